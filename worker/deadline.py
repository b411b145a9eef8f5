"""A wall-clock bound on the processing of one article.

Why: a regex that backtracks catastrophically, or a body shaped to make a stage quadratic, must
cost one article (dead-lettered with reason ``stage_timeout``), not the partition: without a
bound the agent stalls, the consumer lags and every article behind it waits.

How: ``ITIMER_REAL`` + ``SIGALRM`` raise ``Deadline`` in the main thread, where the worker's
event loop and the stages run. CPython's regex engine checks for signals while it matches, so
even a runaway ``re`` search is interrupted; a C function that never checks (``unicodedata``
on a pathological string) is interrupted only when it returns, so such inputs are also cut
where they enter (``normalize`` caps runs of combining marks). Off the main thread (or without
SIGALRM) the bound is not enforced; the worker never runs stages there.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

__all__ = ["Deadline", "time_limit"]


class Deadline(Exception):
    """The article's time bound ran out; raised from inside whatever stage was running."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"time bound of {seconds:g}s exceeded")
        self.seconds = seconds


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``Deadline`` inside the block once ``seconds`` have passed (0 or less: no bound)."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise Deadline(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
