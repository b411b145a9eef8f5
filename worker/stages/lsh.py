"""A compact MinHash-LSH index: bands in sorted numpy arrays, evicted oldest first.

Why not ``datasketch.MinHashLSH``: measured here it takes ~7.8 GB and ~320 µs an insert per
million articles (dicts of sets of keys per band); a streaming dedup window of 1M articles
must stay under 500 MB. This index keeps one 32-bit key and one 32-bit slot per band per
article (25 bands: 200 bytes an article) in sorted arrays, plus the id in a fixed-width
bytes array; recent inserts wait in a small block of band keys (compared by brute force) that
is merged in batches. Articles are evicted in insertion order (the window is time-ordered),
so eviction is moving a pointer.

Signatures come from datasketch's MinHash; this only indexes and queries them.
"""

from __future__ import annotations

import numpy as np

__all__ = ["BandIndex", "band_keys"]

_MERGE_EVERY = 4096  # recent slots compared by brute force (4096 x 25 keys a query), then merged
_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0xD3A2646C, 0xFD7046C5, 0xB55A4F09],
                dtype=np.uint64)


def band_keys(signature: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 32-bit key per band: a multiply-add hash of the band's ``rows`` signature values."""
    table = signature[: bands * rows].astype(np.uint64).reshape(bands, rows)
    mixed = (table * _MIX[:rows] if rows <= len(_MIX) else table * np.resize(_MIX, rows)).sum(axis=1)
    return ((mixed ^ (mixed >> np.uint64(29))) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


class _Ids:
    """Slot → article id, ~24 bytes an id: ids live in a fixed-width bytes array (a Python list
    of str costs ~80 bytes an id, 80 MB per million); a rare longer id goes to a dict."""

    WIDTH = 24

    def __init__(self) -> None:
        self._arr = np.zeros(1024, dtype=f"S{self.WIDTH}")
        self._long: dict[int, str] = {}
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def append(self, article_id: str) -> None:
        if self._n == len(self._arr):
            self._arr = np.concatenate([self._arr, np.zeros(len(self._arr), dtype=self._arr.dtype)])
        raw = article_id.encode("utf-8")
        if len(raw) < self.WIDTH:
            self._arr[self._n] = raw
        else:
            self._long[self._n] = article_id
        self._n += 1

    def __getitem__(self, i: int) -> str | None:
        if i in self._long:
            return self._long[i]
        raw = self._arr[i]
        return raw.decode("utf-8") if raw else None  # b"": evicted

    def clear(self, i: int) -> None:
        self._arr[i] = b""
        self._long.pop(i, None)

    def drop_first(self, count: int) -> None:
        keep = self._arr[count:self._n]
        self._arr = np.zeros(max(1024, 2 * len(keep)), dtype=self._arr.dtype)
        self._arr[: len(keep)] = keep
        self._long = {i - count: v for i, v in self._long.items() if i >= count}
        self._n = len(keep)

    def nbytes(self) -> int:
        return self._arr.nbytes


class BandIndex:
    def __init__(self, bands: int, rows: int) -> None:
        self.bands, self.rows = bands, rows
        self._keys = [np.empty(0, np.uint32) for _ in range(bands)]  # sorted
        self._slots = [np.empty(0, np.uint32) for _ in range(bands)]  # aligned with _keys
        self._pending = np.empty((_MERGE_EVERY, bands), np.uint32)  # band keys of recent slots, not merged yet
        self._pending_n = 0
        self._ids = _Ids()  # slot - _base → article id
        self._base = 0  # slot number of _ids[0] (slots before it were evicted and dropped)
        self._live_from = 0  # first slot still in the window

    def __len__(self) -> int:
        return self._base + len(self._ids) - self._live_from

    def add(self, article_id: str, signature: np.ndarray) -> None:
        self._ids.append(article_id)
        self._pending[self._pending_n] = band_keys(signature, self.bands, self.rows)
        self._pending_n += 1
        if self._pending_n >= _MERGE_EVERY:
            self._merge()

    def query(self, signature: np.ndarray, limit: int | None = None) -> list[str]:
        """Ids of live articles sharing at least one band with ``signature``.

        Most shared bands first (ties: oldest first), at most ``limit``: a big story cluster
        (a template wire repeated thousands of times) must not make every lookup verify
        thousands of candidates.
        """
        hits: dict[int, int] = {}
        wanted = band_keys(signature, self.bands, self.rows)
        for band, key in enumerate(wanted.tolist()):
            keys = self._keys[band]
            if len(keys):
                # a uint32 needle: a Python int would make numpy cast the whole array (O(n) a lookup)
                lo = int(keys.searchsorted(wanted[band], "left"))
                hi = int(keys.searchsorted(wanted[band], "right"))
                for slot in self._slots[band][lo:hi].tolist():
                    hits[slot] = hits.get(slot, 0) + 1
        if self._pending_n:  # recent slots: one vectorised comparison of their band keys
            first = self._base + len(self._ids) - self._pending_n
            rows, _bands = np.nonzero(self._pending[: self._pending_n] == wanted)
            for row in rows.tolist():
                hits[first + row] = hits.get(first + row, 0) + 1
        out = []
        for slot in sorted(hits, key=lambda s: (-hits[s], s)):
            if slot >= self._live_from:
                article_id = self._ids[slot - self._base]
                if article_id is not None:
                    out.append(article_id)
                    if limit is not None and len(out) >= limit:
                        break
        return out

    def evict_oldest(self) -> str | None:
        """Drop the oldest live article; return its id (None when empty)."""
        while self._live_from < self._base + len(self._ids):
            slot = self._live_from
            self._live_from += 1
            article_id = self._ids[slot - self._base]
            self._ids.clear(slot - self._base)
            if article_id is not None:
                if self._live_from - self._base > max(_MERGE_EVERY, len(self._ids) // 2):
                    self._merge()
                return article_id
        return None

    def oldest(self) -> str | None:
        for slot in range(self._live_from, self._base + len(self._ids)):
            if (article_id := self._ids[slot - self._base]) is not None:
                return article_id
        return None

    def nbytes(self) -> int:
        return sum(k.nbytes + s.nbytes for k, s in zip(self._keys, self._slots)) + self._ids.nbytes() + self._pending.nbytes

    def _merge(self) -> None:
        """Fold the recent buffer into the sorted arrays and drop evicted slots."""
        live_from, n = self._live_from, self._pending_n
        first = self._base + len(self._ids) - n
        new_slots = np.arange(first, first + n, dtype=np.uint32)
        for band in range(self.bands):
            keys = np.concatenate([self._keys[band], self._pending[:n, band]])
            slots = np.concatenate([self._slots[band], new_slots])
            keep = slots >= live_from
            keys, slots = keys[keep], slots[keep]
            order = np.argsort(keys, kind="stable")  # radix sort for uint32: linear
            self._keys[band], self._slots[band] = keys[order], slots[order]
        self._pending_n = 0
        drop = live_from - self._base
        if drop > 0:
            self._ids.drop_first(drop)
            self._base = live_from
