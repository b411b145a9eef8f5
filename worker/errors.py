"""Akhbar's exception tree. Every failure that sends an input to the DLQ carries a reason.

    AkhbarError
    └── RejectedInput            an input that must go to the dead-letter topic
        ├── DecodeError          bytes are not a JSON object (invalid_utf8, invalid_json, not_an_object)
        ├── InvalidArticle       JSON object that is not a usable RawArticle
        │                        (missing_field, wrong_type, invalid_field, unsupported_schema_version,
        │                         empty_body, body_too_large, not_arabic)
        ├── StageError           a pipeline stage raised on this article (enrich_failed)
        └── StageTimeout         the article outran its time bound in a stage (stage_timeout)

The reason is a short, stable, machine-readable code (``Reason``): dashboards and alerts key on
it, so codes are only ever added, never renamed.
"""

from __future__ import annotations

from enum import Enum

__all__ = ["Reason", "AkhbarError", "RejectedInput", "DecodeError", "InvalidArticle", "StageError", "StageTimeout"]


class Reason(str, Enum):
    INVALID_UTF8 = "invalid_utf8"
    INVALID_JSON = "invalid_json"
    NOT_AN_OBJECT = "not_an_object"
    MISSING_FIELD = "missing_field"
    WRONG_TYPE = "wrong_type"
    INVALID_FIELD = "invalid_field"
    UNSUPPORTED_SCHEMA_VERSION = "unsupported_schema_version"
    EMPTY_BODY = "empty_body"
    BODY_TOO_LARGE = "body_too_large"
    NOT_ARABIC = "not_arabic"
    ENRICH_FAILED = "enrich_failed"
    STAGE_TIMEOUT = "stage_timeout"


class AkhbarError(Exception):
    """Base of every error Akhbar raises on purpose."""


class RejectedInput(AkhbarError):
    """An input that goes to the DLQ with ``reason`` and a human ``detail``."""

    reason: Reason

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


class DecodeError(RejectedInput):
    """The message bytes are not a JSON object."""


class InvalidArticle(RejectedInput):
    """The JSON object is not a usable RawArticle."""


class StageError(RejectedInput):
    """A pipeline stage failed on this article; ``stage`` names it."""

    def __init__(self, stage: str, exc: BaseException) -> None:
        super().__init__(Reason.ENRICH_FAILED, f"stage {stage!r} raised {type(exc).__name__}: {exc}")
        self.stage = stage


class StageTimeout(RejectedInput):
    """The article's processing ran past its time bound while ``stage`` ran."""

    def __init__(self, stage: str, seconds: float) -> None:
        super().__init__(Reason.STAGE_TIMEOUT, f"stage {stage!r} still running after the {seconds:g}s bound")
        self.stage = stage
