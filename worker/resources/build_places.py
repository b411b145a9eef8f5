"""Build ``places.tsv`` (shipped) from the open gazetteers in ``../shared/data/gazetteers``.

Only sources whose licence allows redistribution go in: umpirsky/country-list (MIT) and
world-cities-translations (CC BY 4.0), plus ``places_extra.tsv`` written for this project.
ANERGazet and ANETAC are research-only and stay out. Deterministic: sorted output, so a
rebuild on the same inputs gives the same file.

    python -m worker.resources.build_places ../shared/data/gazetteers
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

HERE = Path(__file__).parent


def _rows(gazetteers: Path):
    for line in (HERE / "places_extra.tsv").read_text("utf-8").splitlines():  # curated first: they win
        if line and not line.startswith("#"):
            yield tuple(line.split("\t"))
    ar = json.loads((gazetteers / "countries_umpirsky" / "country.ar.json").read_text("utf-8"))
    en = json.loads((gazetteers / "countries_umpirsky" / "country.en.json").read_text("utf-8"))
    for code, name in ar.items():
        yield name, en.get(code, ""), "country", en.get(code, "")
    with (gazetteers / "world_cities_wikidata" / "world-cities.csv").open(encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            city = r["CityNameAr"].strip()
            yield city, r["CityNameEn"].strip(), "city", r["CountryNameEn"].strip()
            if city.startswith(("ولاية ", "محافظة ", "مدينة ")):
                yield city.split(" ", 1)[1], r["CityNameEn"].strip(), "city", r["CountryNameEn"].strip()


def build(gazetteers: Path, out: Path) -> int:
    seen: dict[str, tuple[str, str, str, str]] = {}
    for row in _rows(gazetteers):
        arabic = row[0].strip()
        if arabic and arabic not in seen:  # first source wins: curated, countries, cities
            seen[arabic] = (arabic, *row[1:])
    with out.open("w", encoding="utf-8") as f:
        f.write("# arabic\tenglish\tkind\tcountry — built by worker.resources.build_places; see LICENSES.md\n")
        for arabic in sorted(seen):
            f.write("\t".join(seen[arabic]) + "\n")
    return len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gazetteers", type=Path, help="the ../shared/data/gazetteers folder")
    parser.add_argument("--out", type=Path, default=HERE / "places.tsv")
    args = parser.parse_args()
    print(f"{build(args.gazetteers, args.out)} places → {args.out}")


if __name__ == "__main__":
    main()
