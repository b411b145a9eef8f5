"""How common a word is in general Arabic text: the tagger's evidence for names it never saw.

More than half the names in new text are absent from the training data, and a transliterated
name (خوريلسوخ, توكاييف) is rare in general text while the words around it are common. A
second signal separates proper nouns from common nouns: a common noun is often seen with the
article (سائح / السائح), a person's name almost never (بوتين / البوتين). Both come from the
wordfreq project's Arabic list (Wikipedia, news, subtitles, web; CC BY-SA 4.0), folded into
matching form at training time and stored with the model, so wordfreq is needed to train,
not to run.
"""

from __future__ import annotations

import functools
import gzip
import math
from pathlib import Path

from ..lang.ar.normalize import normalize

__all__ = ["Frequencies"]

_MIN_ZIPF = 1.0  # rarer words are treated as unseen: keeps the file small
COMMON_ZIPF = 5.0  # above this a word is everyday vocabulary (الرئيس 5.7, بوتين 4.2)


class Frequencies:
    def __init__(self, zipf: dict[str, float] | None = None) -> None:
        self.zipf = zipf or {}

    def __bool__(self) -> bool:
        return bool(self.zipf)

    def common(self, norm: str) -> bool:
        """An everyday word: never a name on its own (الرئيس, الدول, على)."""
        return self.zipf.get(norm, 0.0) >= COMMON_ZIPF

    def features(self, norm: str, core: str) -> list[str]:
        if not self.zipf:
            return []
        z = self.zipf.get(norm, 0.0)
        out = [f"zf={int(z)}"]
        bare = core[2:] if core.startswith("ال") else core
        zb, za = self.zipf.get(bare, 0.0), self.zipf.get("ال" + bare, 0.0)
        if zb or za:  # how much more often the word takes the article than not, in buckets
            out.append(f"alr={max(-3, min(3, round(za - zb)))}")
        return out

    @classmethod
    def from_wordfreq(cls) -> "Frequencies":
        import wordfreq  # training-time only

        total: dict[str, float] = {}
        for word, freq in wordfreq.get_frequency_dict("ar", wordlist="large").items():
            norm = normalize(word)
            if norm:
                total[norm] = total.get(norm, 0.0) + freq
        zipf = {w: round(math.log10(f) + 9, 1) for w, f in total.items()}
        return cls({w: z for w, z in zipf.items() if z >= _MIN_ZIPF})

    def dump(self, path: Path) -> None:
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
            f.writelines(f"{w}\t{z}\n" for w, z in sorted(self.zipf.items()))

    @classmethod
    def load(cls, path: Path) -> "Frequencies":
        """The table in ``path``, read once per process: the tagger and the entity stage share it."""
        if not path.is_file():
            return cls()
        return _load(path.resolve(), path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _load(path: Path, _mtime_ns: int) -> Frequencies:
    zipf = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            w, _, z = line.rstrip("\n").partition("\t")
            zipf[w] = float(z)
    return Frequencies(zipf)
