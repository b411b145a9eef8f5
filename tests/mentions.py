"""The people of an enriched article, as the entity tests compare them."""

from worker.pipeline import enrich
from worker.records import RawArticle


def people_mentions(body: str) -> dict[str, list[str]]:
    """canonical form → mention texts of each person ``enrich`` finds in ``body``."""
    return {e["canonical"]: [m["text"] for m in e["mentions"]]
            for e in enrich(RawArticle(source="t", body=body)).entities if e["type"] == "PER"}
