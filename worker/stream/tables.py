"""A faust table seen as a ``MutableMapping[str, value]`` of JSON values.

The dedup logic (``worker/stages/dedup.py``) is written against plain mappings so it runs on
dicts in tests and file mode; in the worker the same code runs on faust tables, whose
writes go to a changelog topic (restored on restart, replicated to standbys). Keys and
values are stored as raw bytes (utf-8 / orjson) so the changelog stays compact and
readable with any Kafka tool.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any, Iterator

import orjson

__all__ = ["JsonTable", "ROCKSDB_OPTIONS"]

# faust's RocksDB defaults give every table a 2 GiB block cache and 3 x 64 MiB memtables; the
# dedup stage reads few keys per article, so these bound the three tables to ~200 MiB together.
ROCKSDB_OPTIONS = {"write_buffer_size": 16 << 20, "max_write_buffer_number": 2, "block_cache_size": 32 << 20}

_MISSING = object()


class JsonTable(MutableMapping):
    def __init__(self, table: Any) -> None:
        self.table = table

    def get(self, key: str, default: Any = None) -> Any:
        raw = self.table.get(key.encode("utf-8"))
        return default if raw is None else orjson.loads(raw)

    def __getitem__(self, key: str) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.table.get(key.encode("utf-8")) is not None

    def __setitem__(self, key: str, value: Any) -> None:
        self.table[key.encode("utf-8")] = orjson.dumps(value)

    def __delitem__(self, key: str) -> None:
        del self.table[key.encode("utf-8")]

    def __iter__(self) -> Iterator[str]:
        for key in self.table.keys():
            yield key.decode("utf-8")

    def items(self):  # one pass over the store, not a lookup per key
        for key, raw in self.table.items():
            if raw is not None:
                yield key.decode("utf-8"), orjson.loads(raw)

    def __len__(self) -> int:
        dbs = getattr(getattr(self.table, "data", None), "_dbs", None)
        if dbs is not None:  # RocksDB: len() would read every key; its estimate is what a gauge needs
            return sum(db.property_int_value("rocksdb.estimate-num-keys") or 0 for db in dbs.values())
        return len(self.table)
