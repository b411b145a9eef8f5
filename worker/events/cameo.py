"""The event types Akhbar extracts and the CAMEO code each maps to: the one table.

CAMEO (Conflict and Mediation Event Observations, Gerner et al. 2002; the coding GDELT and
PETRARCH use) gives downstream users a shared vocabulary: an analyst who filters GDELT on
``042`` can filter ``news.events`` the same way. Where CAMEO has no code (an invitation, a
trade figure) the type is ours, ``cameo`` is None and ``nearest`` names the codes it sits
between, so nobody has to guess.

Adding a type: one ``register(EventType(...))`` call here (or in a plugin module imported at
start-up) and trigger words for it in ``worker.events.triggers``. The extractor reads both
tables; nothing else changes.

| type | CAMEO | meaning |
|---|---|---|
| statement | 010 | make public statement (012 pessimistic, 013 optimistic, 019 express accord when clear) |
| cooperation_intent | 030 | express intent to cooperate (031 material, 0311 economic cooperation) |
| invitation | — (nearest 036, 043) | invite a leader to visit / to attend |
| meeting | 040 | consult; 042 make a visit, 043 host a visit, 044 meet at a third location |
| phone_call | 041 | discuss by telephone |
| negotiation | 046 | engage in negotiation |
| summit | 040 | a summit or conference of states, with its participants |
| visit | 042 | a trip to another country (043 when the host is the subject) |
| agreement | 057 | sign formal agreement |
| economic_cooperation | 061 | cooperate economically (supplies, joint projects carried out) |
| trade_figure | — (nearest 061) | a trade value or growth figure between parties |
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EventType", "TYPES", "register", "cameo_of", "CAMEO_NAMES"]


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    cameo: str | None  # default code; the extractor refines it (042/043/044, 012/013/019, 031/0311)
    description: str
    nearest: tuple[str, ...] = ()  # for types CAMEO has no code for


TYPES: dict[str, EventType] = {}


def register(event_type: EventType) -> EventType:
    """Add (or replace) a type; returns it so a module can keep a handle."""
    TYPES[event_type.name] = event_type
    return event_type


for _t in (
    EventType("statement", "010", "make public statement"),
    EventType("cooperation_intent", "030", "express intent to cooperate"),
    EventType("invitation", None, "invite to visit or attend", nearest=("036", "043")),
    EventType("meeting", "040", "consult / meet"),
    EventType("phone_call", "041", "discuss by telephone"),
    EventType("negotiation", "046", "engage in negotiation"),
    EventType("summit", "040", "summit or conference of states"),
    EventType("visit", "042", "make a visit"),
    EventType("agreement", "057", "sign formal agreement"),
    EventType("economic_cooperation", "061", "cooperate economically"),
    EventType("trade_figure", None, "trade value or growth between parties", nearest=("061",)),
):
    register(_t)

# The codes the extractor may emit, with CAMEO's own names (documentation and validation).
CAMEO_NAMES = {
    "010": "Make statement", "012": "Make pessimistic comment", "013": "Make optimistic comment",
    "019": "Express accord", "030": "Express intent to cooperate",
    "031": "Express intent to engage in material cooperation", "0311": "Express intent to cooperate economically",
    "036": "Express intent to meet or negotiate", "040": "Consult", "041": "Discuss by telephone",
    "042": "Make a visit", "043": "Host a visit", "044": "Meet at a third location",
    "046": "Engage in negotiation", "057": "Sign formal agreement", "061": "Cooperate economically",
}


def cameo_of(type_name: str) -> str | None:
    return TYPES[type_name].cameo
