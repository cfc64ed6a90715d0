"""Figures layer (issue 4): every quantity of the text, with value, unit, qualifier, kind.

Match, then annotate. `find_figures(doc)` reads the numbers of the text (factx.numbers),
drops those that are not figures, and for each of the others finds

- the hedge before it ("plus de", "près de", "au moins", "jusqu'à") or after it
  ("15 % environ"), or the one a collective amount implies ("une centaine": approx);
- what it counts or measures, as written, lower case: a sign ("%", "€", "$"), a unit word
  ("euros", "km", "degrés celsius", "fois"), else the noun after it, through pre-nominal
  adjectives ("8 grands gagnants" counts "gagnants") and with a bare "de" complement
  ("166 plans d'affaires");
- its kind: percent, money, measure, age, ratio, count (a counted noun) or other;
- for a change ("une augmentation de près de 15 % par rapport à l'an dernier"): its
  direction and baseline, in the optional keys "change" and "baseline".

Not figures: numbers of dates and times (a `date` candidate, or the layer's own guard:
day before a month, year, "15 h", durations such as "pendant 3 ans"), ordinals ("3e"),
numbers inside names ("France 5", or inside an organization/place/person candidate),
identifiers ("article 49"), phone numbers, postal codes, list numbering, and a lone
"un"/"une" (an article). The lexicons are data in models/figures/.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from factx.components import base
from factx.errors import PatternError
from factx.numbers import NumberMatch, Rx, as_number, find_numbers
from factx.resources import load_json
from factx.types import Candidate

NAME_LABELS = ("person", "organization", "place", "misc")
NOUNISH = ("NOUN", "PROPN")
# tokens that never start a counted noun
NOT_UNIT_POS = ("DET", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "PUNCT", "SYM", "NUM", "ADV", "PART",
                "SPACE", "X", "INTJ")
# "N X sur M" is a rate when the whole is a small round base ("deux Français sur cinq", "sept sur
# dix": 0.4, 0.7); over it, it is a tally of a finite body ("27 élus sur 35", "328 députés sur 450"):
# the count and the whole are two figures, the whole counting the same noun
RATE_MAX_WHOLE = 10
LEAGUE_WINDOW = 160  # characters either side of "N journées" searched for a league word
ROUND_UNITS = ("journées", "journée")  # a league's rounds near a league word (_classify_time)
# determiners after "de" that make a part of a whole: "deux de ces services", "trois de ses clients"
PARTITIVE_DETS = ("ces", "ses", "mes", "tes", "nos", "vos", "leurs", "cette")
# adjectives after a number that stand for a noun already counted ("deux autres")
NOT_COUNTED = ("autres", "premiers", "premières", "derniers", "dernières", "seuls", "seules",
               "prochains", "prochaines")


@dataclass
class _Fig:
    """A figure being built: number, then span edges, unit and qualifier."""

    num: NumberMatch
    start: int
    end: int
    unit: str | None = None
    unit_start: int = 0  # where the unit is written (the unit is read back from the input)
    kind: str = "other"
    qualifier: str | None = None
    skip: str | None = None  # why it is not a figure: "time", "date", "name", ...
    extra_value: float | None = None  # a value read across words ("un sur trois", "300 à 600 millions")
    shared: bool = False  # the unit was read after a later number of a range or list
    baseline_span: tuple[int, int] | None = None  # "passé de 7 % à 9 %": where the baseline is
    extra: dict[str, Any] = field(default_factory=dict)


def _alt(words: Any) -> str:
    import regex

    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


QUALIFIERS = ("approx", "more_than", "less_than", "at_least", "at_most")
UNIT_LISTS = ("percent", "money_symbols", "money_words", "measure", "ratio", "time_units", "age_units",
              "age_cues", "duration_cues", "duration_after", "points", "baseline_cues", "identifier_cues",
              "league_words",
              "definite_determiners", "street_words", "day_cues", "not_units", "passage_verbs",
              "tally_nouns")


def _validate(units: Any, quals: Any) -> None:
    """models/figures/*.json have the shape this layer reads; a PatternError says what is wrong."""
    def words(where: str, value: Any) -> None:
        if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
            raise PatternError(f"models/figures/{where} must be a list of non-empty strings")

    for key in UNIT_LISTS:
        words(f"units.json: {key}", units.get(key))
    if set(units.get("change_words", {})) != {"increase", "decrease"}:
        raise PatternError("models/figures/units.json: change_words needs 'increase' and 'decrease'")
    for d, w in units["change_words"].items():
        words(f"units.json: change_words.{d}", w)
    for side, allowed in (("before", {*QUALIFIERS, "exact"}), ("after", set(QUALIFIERS))):
        table = quals.get(side)
        if not isinstance(table, dict) or not set(table) <= allowed:
            raise PatternError(f"models/figures/qualifiers.json: '{side}' maps qualifiers "
                               f"({', '.join(sorted(allowed))}) to hedges")
        for q, hedges in table.items():
            words(f"qualifiers.json: {side}.{q}", hedges)
    words("qualifiers.json: negative", quals.get("negative"))
    verbs = quals.get("verbs")
    if not isinstance(verbs, dict) or not set(verbs) <= set(QUALIFIERS):
        raise PatternError("models/figures/qualifiers.json: 'verbs' maps qualifiers to verbs")
    for q, forms in verbs.items():
        words(f"qualifiers.json: verbs.{q}", forms)
    words("qualifiers.json: verb_negations", quals.get("verb_negations"))
    words("qualifiers.json: verb_objects", quals.get("verb_objects"))


@cache
def _lex() -> dict[str, Any]:
    """Lexicons of models/figures/ and the patterns built from them, once per process."""
    import regex

    units = load_json("figures/units.json")
    quals = load_json("figures/qualifiers.json")
    _validate(units, quals)
    months = load_json("calendar.json")["months"]
    flags = regex.IGNORECASE | regex.VERSION1

    kinds: dict[str, str] = {}
    for kind, key in (("measure", "measure"), ("money", "money_words"), ("money", "money_symbols"),
                      ("ratio", "ratio"), ("time", "time_units"), ("percent", "points"),
                      ("percent", "percent")):
        for u in units[key]:
            kinds[u.lower()] = kind
    before = "|".join(f"(?P<{q}>{'|'.join(sorted(p, key=len, reverse=True))})"
                      for q, p in quals["before"].items())
    negative = _alt(quals["negative"])
    after = "|".join(f"(?P<{q}>{_alt(p)})" for q, p in quals["after"].items())
    verbs = "|".join(f"(?P<{q}>{'|'.join(sorted(p, key=len, reverse=True))})"
                     for q, p in quals["verbs"].items())
    verb_neg = _alt(quals["verb_negations"])
    change = "|".join(f"(?P<{d}>{_alt(w)})" for d, w in units["change_words"].items())
    month = _alt(months)
    return {
        "kinds": kinds,
        "points": {p.lower() for p in units["points"]},
        "age_units": set(units["age_units"]),
        "unit_after": Rx(
            rf"[ ]*(?P<de>de[ ]+|d')?(?P<u>{_alt(kinds)})(?![\w'])", flags),
        "symbol_after": Rx(rf"[ ]?(?P<u>[%€$£¥°]|{_alt(units['money_symbols'])})(?![\w])"),
        "currency_before": Rx(
            r"(?P<u>(?:usd|cad|aud|nzd|us|ca)?\$|€|£|(?-i:EUR|USD|GBP|CHF|CAD))[ ]?$", flags),
        # "d'au moins", "d'environ": the elided "d'" stays out of the figure
        "hedge_before": Rx(rf"(?<![\w])(?:{before})[ ]*$", flags),
        "negative_before": Rx(
            rf"(?<![\w'])(?<!(?:au|pas|le|la|les|fois|non|du|en|de|d'|ou|plus)[ ]+)(?:{negative})[ ]+$",
            flags, re_source=None),  # variable-width look-behind: `regex` only
        # the same without that look-behind: where it finds nothing, negative_before neither
        "negative_hint": Rx(rf"(?<![\w'])(?:{negative})[ ]+$", flags),
        # "le bilan dépasse 300 morts", "ne dépasse pas 40 %", "pouvant atteindre 5 000 euros"
        "verb_before": Rx(
            rf"(?<![\w'])(?:{verbs})(?P<neg>[ ]+(?:{verb_neg}))?"
            rf"(?:[ ]+(?:{_alt(quals['verb_objects'])}))?[ ]*$", flags),
        # the negation before the verb: "n'a pas dépassé", "ne devrait pas dépasser"
        "verb_negated": Rx(rf"(?<![\w'])(?:{verb_neg})[ ]+(?:[^\W\d_]+[ ]+)?$", flags),
        "hedge_after": Rx(rf"[ ]*,?[ ]*(?:{after})(?![\w'])", flags),
        "change_before": Rx(rf"(?<![\w'])(?:{change})[ ]+(?:de[ ]+|d'|à[ ]+)?$", flags),
        "baseline_after": Rx(
            rf"[ ]*,?[ ]*(?P<b>(?:{_alt(units['baseline_cues'])})(?:[ ]*[^,.;:!?()«»\"\n]{{0,60}}?)?)"
            rf"(?=[ ]*(?:[,.;:!?()«»\"\n]|$))", flags),
        "and_cents": Rx(r"[ ]+et[ ]+(?P<c>\d{1,2})[ ]+(?:cents?|centimes?)(?![\w])", flags),
        "below_zero": Rx(
            r"[ ]+(?:en[ ]+)?(?:dessous|au-dessous|sous)[ ]+(?:de[ ]+)?z[ée]ro(?![\w])", flags),
        "duration_after": Rx(rf"[ ]*(?:{_alt(units['duration_after'])})(?![\w])", flags),
        "not_units": frozenset(units["not_units"]),
        # "élève à neuf le nombre des blessés": the noun after "le nombre de" is what is counted
        "tally": Rx(rf"[ ]+(?:le|la)[ ]+(?:{_alt(units['tally_nouns'])})[ ]+(?:de[ ]+|d')(?=[^\W\d_])",
                    flags),
        "passage": Rx(rf"(?<![\w'])(?:{_alt(units['passage_verbs'])})[ ]+(?:de[ ]+|d')$", flags),
        "age_cue": Rx(rf"(?<![\w'])(?:{_alt(units['age_cues'])})[ ]*$", flags),
        "duration_cue": Rx(rf"(?<![\w'])(?:{_alt(units['duration_cues'])})[ ]*$", flags),
        "league": Rx(rf"(?<![\w'])(?:{_alt(units['league_words'])})(?![\w])", flags),
        "day_cue": Rx(rf"(?<![\w'])(?:{_alt(units['day_cues'])})[ ]+$", flags),
        "ident_cue": Rx(rf"(?<![\w])(?:{_alt(units['identifier_cues'])})[ ]*$", flags),
        "month_after": Rx(
            rf"(?:er|re)?[ ]*(?:(?:au|et|à|-|–|,)[ ]*\d{{1,2}}(?:er)?[ ]*)*(?:{month})(?![\w])", flags),
        "month_before": Rx(rf"(?<![\w])(?:{month})\.?[ ]*$", flags),
        "time_before": Rx(r"\d[ ]?h[ ]?$", flags),
        "street_after": Rx(
            rf"[ ]*(?:bis|ter)?,?[ ]*(?:{_alt(units['street_words'])})(?![\w])", flags),
        "time_after": Rx(r"[ ]?h(?:[ ]?\d{2})?(?![\w])|:\d{2}(?![\w])", flags),
        "date_shape": Rx(
            r"(?<![\d/.-])(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}/\d{4}"
            r"|\d{4}[-/]\d{2,4})(?![\d/-])"),
        "phone": Rx(
            r"(?<!\d)(?:\+\d{1,3}[ .]?(?:\(0\)[ .]?)?\d(?:[ .-]?\d{2}){4}|0\d([ .-]?)\d{2}(?:\1\d{2}){3}"
            r"|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|0[89]\d{2}[ .]?\d{3}[ .]?\d{3})(?!\d)"),
        "dimensions": Rx(r"(?<![\w])\d+[x×]\d+(?![\w])"),
        "chrono": Rx(r"(?<![\w])\d+'\d{2}(?![\w])"),  # 2'44: minutes and seconds
        "list_item": Rx(r"(?:^|\n)[ \t]*$"),
        "list_after": Rx(r"[.)°](?:[ \t]|$)|\)", regex.MULTILINE),
        "definite": Rx(rf"(?<![\w'])(?:{_alt(units['definite_determiners'])})[ ]+$", flags),
        "ratio_before": Rx(r"(?<![\w'])(?P<noun>[^\W\d_]+)[ ]+sur[ ]+$", flags),
        "article_before": Rx(r"(?<![\w'])une?[ ]+$", flags),
        "sentence_break": Rx(r"[.!?;][ \n\t]|\n"),
        "restate_link": Rx(r"(?<![\w'])(?:contre|dont|sur)[ ]+$", flags),
        "source_after": Rx(r"[ ]*»?[ ]*,?[ ]*(?:selon|d'après)(?![\w])", flags),
        "source_in": Rx(r"(?<![\w'])(?:selon|d'après)(?![\w])", flags),
        "range_gap": Rx(r"[ ]*(?:,[ ]*et|,|à|-|–|et|ou|sur)[ ]*$", flags),
    }


@cache
def _number_words() -> frozenset[str]:
    data = load_json("figures/numbers.json")
    return frozenset([*data["words"], *data["collectives"], *data["scales"]])


@cache
def _calendar_words() -> frozenset[str]:
    data = load_json("calendar.json")
    return frozenset([*data["months"], *data["weekdays"]])


@dataclass(frozen=True)
class _Page:
    """The parsed document, its text (read once) and where each token starts."""

    doc: Doc
    text: str
    starts: dict[int, int]


def _token_index(doc: Doc) -> dict[int, int]:
    """Character offset -> token index (from the Doc's arrays: no Token object is built)."""
    return {int(idx): i for i, idx in enumerate(doc.to_array("IDX"))}


def _next_token(p: _Page, pos: int) -> Token | None:
    """The first token starting at or after character `pos` (skipping spaces)."""
    text = p.text
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    i = p.starts.get(pos)
    if i is not None:
        return p.doc[i]
    # pos inside a token (e.g. "15%" read as one token): no noun there
    return None


def _prev_token(p: _Page, pos: int) -> Token | None:
    i = p.starts.get(pos)
    if i is not None and i > 0:
        return p.doc[i - 1]
    return None


def _noun_unit(p: _Page, f: _Fig, allow_de: bool) -> tuple[str, int] | None:
    """The counted noun after the number: (its text, its end), through pre-nominal
    adjectives and a bare "de" complement. Never past a blank line: a headline's number
    ("National 2", "Nationale 3") ends its paragraph, the next one's first word counts nothing."""
    tok = _next_token(p, f.end)
    if tok is None or p.text.count("\n", f.end, tok.idx) >= 2:  # only blanks lie between
        return None
    if allow_de and tok.lower_ in ("de", "d'"):
        nxt = tok.nbor() if tok.i + 1 < len(p.doc) else None
        if nxt is None:
            return None
        tok = nxt
    elif f.num.scaled:
        return None  # "deux douzaines menacées": a scale or collective counts through "de"
    if not tok.text.replace("-", "").isalpha() or (tok.pos_ in NOT_UNIT_POS and tok.lower_ != "fois"):
        return None
    if tok.is_title and tok.lower_ in ("de", "des", "du"):
        return None
    head = tok
    if tok.lower_ in _number_words() or tok.lower_ in _calendar_words() or len(tok) == 1 \
            or tok.lower_ in _lex()["not_units"]:
        return None  # "cinq zéro": two numbers; "trois samedi": a day, not a count
    if tok.is_upper and len(tok) >= 2:  # an acronym counts: "16 ORPEX membres"
        return tok.text, tok.idx + len(tok)
    # pre-nominal adjectives: "8 grands gagnants", "trois jeunes femmes"
    j = tok.i
    hops = 0
    doc = p.doc
    while doc[j].pos_ == "ADJ" and hops < 2 and j + 1 < len(doc) and doc[j + 1].pos_ in (*NOUNISH, "ADJ"):
        j += 1
        hops += 1
    if p.doc[j].pos_ in NOUNISH:
        head = p.doc[j]
    elif tok.lower_ in NOT_COUNTED or tok.pos_ not in (*NOUNISH, "ADJ", "VERB"):
        return None
    elif tok.pos_ == "VERB" and "Part" not in tok.morph.get("VerbForm"):
        return None  # "cinq partent": a verb; "2 blessés" (a participle) counts
    if head.is_lower and abs(f.num.value) >= 2 and not head.lower_.endswith(("s", "x", "z")):
        return None  # "un Français sur deux part": a count of two takes a plural noun
    end = head.idx + len(head)
    unit = head.text
    # a bare complement: "plans d'affaires", "membres d'équipage" (no article after "de")
    k = head.i + 1
    if head.pos_ == "NOUN" and k + 1 < len(p.doc) and p.doc[k].lower_ in ("de", "d'") \
            and p.doc[k + 1].pos_ == "NOUN" and p.doc[k + 1].is_lower and p.doc[k + 1].is_alpha:
        last = p.doc[k + 1]
        end = last.idx + len(last)
        unit = p.text[head.idx:end]
    return unit, end


def _lexicon_unit(text: str, f: _Fig, allow_de: bool) -> tuple[str, str, int] | None:
    """A unit of the lexicons right after the number: (unit, kind, end)."""
    lex = _lex()
    m = lex["symbol_after"].match(text, f.end)
    if m:
        u = m["u"]
        kind = lex["kinds"].get(u.lower(), "money" if u in "€$£¥" else "measure")
        if u == "%":
            kind = "percent"
        # "°C", "° celsius": prefer the longer lexicon unit
        m2 = lex["unit_after"].match(text, f.end)
        if m2 and not m2["de"] and m2.end() > m.end():
            return m2["u"], lex["kinds"][m2["u"].lower()], m2.end()
        return u, kind, m.end()
    m = lex["unit_after"].match(text, f.end)
    if m and (not m["de"] or allow_de):
        u = m["u"]
        return u, lex["kinds"][u.lower()], m.end()
    return None


def _is_name_number(p: _Page, f: _Fig, names: list[Candidate]) -> bool:
    n = f.num
    for c in names:
        if base.overlaps(n.start, n.end, c.start, c.end) and n.start > c.start:
            return True
    prev = _prev_token(p, n.start)
    if prev is None or f.unit is not None or n.scaled:
        return False  # "France 2" is a name, "la CFDT 7,2 millions" an amount
    return bool(prev.is_alpha and (prev.is_title or prev.is_upper) and not prev.is_sent_start
                and prev.pos_ in ("PROPN", "NOUN", "X"))


def _classify_time(text: str, f: _Fig, unit: str, end: int) -> str | None:
    """A number with a time unit: "age" when it is an age, "count" when "journées" are the
    rounds of a sports league ("après dix journées" near "championnat", "classement"...),
    None (not a figure: a date or a duration) otherwise."""
    lex = _lex()
    u = unit.lower()
    if u in ROUND_UNITS:
        lo = max(0, f.start - LEAGUE_WINDOW)
        k = text.rfind("\n\n", lo, f.start)
        hi = text.find("\n\n", end, end + LEAGUE_WINDOW)
        window = text[lo if k < 0 else k:end + LEAGUE_WINDOW if hi < 0 else hi]
        return "count" if lex["league"].search(window) else None
    if u not in lex["age_units"]:
        return None
    before = text[max(0, f.start - 50):f.start]
    hedge = lex["hedge_before"].search(before)
    if hedge:  # "depuis plus de 10 ans": the cue is before the hedge
        before = before[:hedge.start()]
    if lex["age_cue"].search(before):
        return "age"
    if u in ("ans", "an") and not lex["duration_cue"].search(before) \
            and not lex["duration_after"].match(text, end):
        return "age"
    return None


def find_figures(doc: Doc) -> list[Candidate]:
    """The figure candidates of a parsed Doc (pure: reads the doc, writes nothing)."""
    lex = _lex()
    text = doc.text  # Doc.text joins the tokens on every access: read it once
    p = _Page(doc, text, _token_index(doc))
    orig = base.original_text(doc)
    dates = base.get_candidates(doc, "date")
    names = [c for c in base.get_candidates(doc) if c.label in NAME_LABELS]
    blocked = [(m.start(), m.end()) for m in lex["phone"].finditer(text)]
    blocked += [(m.start(), m.end()) for m in lex["date_shape"].finditer(text)]
    blocked += [(m.start(), m.end()) for m in lex["dimensions"].finditer(text)]
    blocked += [(m.start(), m.end()) for m in lex["chrono"].finditer(text)]

    figs: list[_Fig] = []
    last: _Fig | None = None  # the last number kept so far
    for n in find_numbers(text):
        f = _Fig(n, n.start, n.end, qualifier=n.qualifier)
        figs.append(f)
        if any(base.overlaps(n.start, n.end, s, e) for s, e in blocked):
            f.skip = "shape"
            continue
        if any(base.overlaps(n.start, n.end, c.start, c.end) for c in dates) \
                and not _league_rounds(text, n):
            f.skip = "date"
            continue
        if n.source != "collective" and not n.scaled and abs(n.value) <= 31 \
                and lex["month_after"].match(text, n.end):
            f.skip = "date"  # "7 novembre", "du 22 au 24 juin", "16 et 17 juin"
            continue
        if last is not None and n.start < last.end:
            f.skip = "inside"  # the "cent" of "15 pour cent"
            continue
        _read_unit(p, f)
        if f.skip:
            continue
        _guard(p, f, names)
        if not f.skip:
            last = f

    figs = _listed_ones(p, figs, names)
    _distribute(text, figs)
    _scores(text, figs)
    _ratios(p, figs)
    _restated_units(text, figs)
    _scaled_units(text, figs)
    _passages(text, figs)
    out: list[Candidate] = []
    for f in figs:
        if f.skip:
            continue
        if f.num.form == "half" and f.kind not in ("measure", "money"):
            continue  # "demi-litre" is a figure, "demi-finale" is not
        if f.num.form in ("fraction", "ratio") and f.kind in ("other", "count"):
            f.kind = "ratio"
        value = f.num.value if f.extra_value is None else as_number(f.extra_value)
        neg = None
        if lex["negative_hint"].search(text, max(0, f.start - 12), f.start):
            neg = lex["negative_before"].search(text, max(0, f.start - 12), f.start)
        if neg and value > 0 and f.kind in ("other", "measure"):
            value, f.start = -value, neg.start()  # "moins 5 degrés"
        _read_qualifier(text, f)
        if text[f.start - 1:f.start] == "+" and f.kind in ("percent", "money", "count", "other"):
            f.start -= 1
            f.extra = {"change": "increase", "baseline": None}  # "+12 %"
        elif value < 0 and f.kind == "percent":
            f.extra = {"change": "decrease", "baseline": None}  # "-3 %"
        _read_change(text, orig, f)
        if f.unit and f.unit.lower() in lex["points"]:
            # "une hausse de 3 points" (of a rate) is a percent change; "84,97 points" a count
            f.kind = "percent" if "change" in f.extra else "count"
        unit = orig[f.unit_start:f.unit_start + len(f.unit)].lower() if f.unit else None
        attrs: dict[str, Any] = {"value": value, "unit": unit,
                                 "qualifier": f.qualifier, "kind": f.kind}
        attrs.update(f.extra)
        out.append(Candidate("figure", f.start, f.end, "figures", attrs))
    return out


def _read_unit(p: _Page, f: _Fig) -> None:
    lex = _lex()
    text = p.text
    n = f.num
    allow_de = n.scaled or abs(n.value) >= 1_000_000
    # a currency written before the number: "$10", "EUR 20", "£ 50 millions"
    m = lex["currency_before"].search(text, max(0, n.start - 8), n.start)
    if m and not (text[m.start() - 1:m.start()].isalpha() if m.start() else False):
        f.start, f.unit, f.unit_start, f.kind = m.start(), m["u"], m.start(), "money"
        return
    found = _lexicon_unit(text, f, allow_de)
    if found:
        unit, kind, end = found
        if kind == "time":
            age = _classify_time(text, f, unit, end)
            if age is None:
                f.skip = "time"
                return
            kind = age
        f.unit, f.unit_start, f.kind, f.end = unit, end - len(unit), kind, end
        if kind == "money" and not n.form:
            m = lex["and_cents"].match(text, end)
            if m:  # "15 dollars et 15 cents"
                f.extra_value = float(n.value) + int(m["c"]) / 100
                f.end = m.end()
        elif kind == "measure":
            m = lex["below_zero"].match(text, end)
            if m and n.value > 0:  # "10 degrés sous zéro"
                f.extra_value = -float(n.value)
                f.end = m.end()
        return
    # "15 h", "10h45", "7:30": a time
    if lex["time_after"].match(text, n.end) and not n.scaled:
        f.skip = "time"
        return
    noun = _noun_unit(p, f, allow_de)
    if noun:
        f.unit, f.end = noun
        f.unit_start, f.kind = f.end - len(f.unit), "count"
        return
    part = _partitive_unit(p, f)
    if part:
        f.unit, f.unit_start = part
        f.kind = "count"
        return
    m = lex["tally"].match(text, f.end)
    if m and text[max(0, n.start - 2):n.start] == "à ":
        tok = _next_token(p, m.end())  # "évalue à 60 le nombre de sorties"
        if tok is not None and tok.pos_ == "NOUN" and tok.is_alpha and tok.is_lower:
            f.unit, f.unit_start, f.kind = tok.text, tok.idx, "count"


LIST_TAIL_POS = ("ADJ", "ADV")  # what may follow a listed item's noun: "trois blessés graves"
ONE_WORDS = ("un", "une")


def _list_tail(t: Token) -> bool:
    """An adjective, adverb or participle after a listed item's noun ("blessés graves")."""
    return t.pos_ in LIST_TAIL_POS or (t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm"))


def _item_end(p: _Page, f: _Fig) -> int | None:
    """The token index right after a counted item "trois petits-enfants", "cinq vitrines
    brisées", "14 secrétaires d'État": its unit noun, then up to three adjectives, participles
    or a bare "de" complement. None when the item has no counted noun."""
    if f.kind != "count" or not f.unit:
        return None
    tok = _next_token(p, f.end)
    if tok is None:
        return None
    doc, j = p.doc, tok.i
    for _ in range(3):
        t = doc[j] if j < len(doc) else None
        if t is None:
            return None
        if _list_tail(t):
            j += 1
        elif t.lower_ in ("de", "d'") and j + 1 < len(doc) and doc[j + 1].pos_ in NOUNISH:
            j += 2
        else:
            break
    return j


def _one_at(p: _Page, i: int, names: list[Candidate]) -> _Fig | None:
    """A "un"/"une" at token i that counts one of a listed noun: a count figure with its noun
    ("un soldat", "une seule femme"), or None (a time unit, no noun, a subject of its own)."""
    doc = p.doc
    if i + 1 >= len(doc) or doc[i].lower_ not in ONE_WORDS or doc[i].pos_ not in ("DET", "NUM"):
        return None
    t = doc[i]
    f = _Fig(NumberMatch(t.idx, t.idx + len(t), 1, "words"), t.idx, t.idx + len(t))
    _read_unit(p, f)
    if f.skip or f.kind != "count" or not f.unit:
        return None  # "trois jours et une nuit": a span of time; "et un autre": no noun
    _guard(p, f, names)
    return None if f.skip else f


def _new_clause(p: _Page, f: _Fig, one: _Fig) -> bool:
    """"Il a marqué deux buts et un journaliste l'a interrogé": the "un" item is the subject
    of a clause of its own (a verb or clitic follows it) while the count before it hangs on an
    earlier verb. A list that is itself the subject ("neuf blessés et un mort ont été...",
    "selon la police, deux hommes et une femme ont été...") opens its clause."""
    doc = p.doc
    end = _item_end(p, one)
    if end is None or end >= len(doc) or doc[end].pos_ not in ("VERB", "AUX", "PRON"):
        return False
    start = p.starts.get(f.start)
    if start is None or start == 0 or doc[start].is_sent_start:
        return False
    return not doc[start - 1].is_punct


def _list_goes_on(p: _Page, one: _Fig, joint: str) -> bool:
    """The "un" item is a member of the list, not a phrase hung on it: no "de" complement
    after its noun ("un neveu du président", "une partie du matériel": a relation, a share),
    and after a comma the list goes on past it ("cinq vitrines, un container, une quinzaine
    de..."); a comma alone opens an apposition ("3 605 entreprises, une augmentation de...")."""
    doc = p.doc
    tok = _next_token(p, one.end)
    if tok is None or not one.unit or " " in one.unit or "'" in one.unit or "’" in one.unit:
        return False
    j = tok.i
    while j < len(doc) and j - tok.i < 3 and _list_tail(doc[j]):
        j += 1
    nxt = doc[j].lower_ if j < len(doc) else ""
    if nxt in ("de", "d'", "du", "des"):
        return False
    return joint == "et" or nxt in (",", "et")


def _listed_ones(p: _Page, figs: list[_Fig], names: list[Candidate]) -> list[_Fig]:
    """A "un"/"une" in a list of counted items is the number one, not an article: "neuf
    Palestiniens et un soldat", "17 ministres et un porte-parole", "cinq vitrines brisées, un
    container brûlé", "un mort et trois blessés" (the item after or before a count, joined by
    "et" or a comma). A lone "un homme" elsewhere stays an article."""
    doc = p.doc
    added: list[_Fig] = []
    taken = {f.start for f in figs}
    queue = [f for f in figs if not f.skip]
    while queue:
        f = queue.pop(0)
        start = p.starts.get(f.start)
        if start is None or (start > 0 and doc[start - 1].lower_ in ("de", "d'", "à")):
            continue  # "une salle de 600 places, une cuisine": the count is no item of the list
        j = _item_end(p, f)
        if j is not None and j + 1 < len(doc) and doc[j].lower_ in (",", "et") \
                and doc[j + 1].idx not in taken:
            one = _one_at(p, j + 1, names)
            if one is not None and not _new_clause(p, f, one) and _list_goes_on(p, one, doc[j].lower_):
                added.append(one)
                taken.add(one.start)
                queue.append(one)  # "trois morts, un blessé grave et un disparu"
        if f.kind != "count" or f.num.value == 1:
            continue
        k = start - 1  # "un mort et trois blessés": the item before the count
        if k < 2 or doc[k].lower_ != "et":
            continue
        for i in range(max(0, k - 5), k - 1):
            opens = i == 0 or doc[i - 1].is_punct or doc[i - 1].is_sent_start \
                or doc[i - 1].pos_ in ("VERB", "AUX")  # the item opens the list
            if doc[i].lower_ in ONE_WORDS and doc[i].idx not in taken and opens:
                one = _one_at(p, i, names)
                if one is not None and _item_end(p, one) == k and _list_goes_on(p, one, "et"):
                    added.append(one)
                    taken.add(one.start)
                break
    if not added:
        return figs
    return sorted(figs + added, key=lambda f: f.start)


def _partitive_unit(p: _Page, f: _Fig) -> tuple[str, int] | None:
    """A part of a whole counts the whole's noun: "10 des 17 ministères", "sept des seize
    mausolées", "1 200 de ces postes", "deux de ses clients" (a partitive "des", or "de"
    with a demonstrative or possessive, then the noun, after the whole's own number if any).
    The span stays on the number (the whole's number is a figure of its own): (noun, its start)."""
    tok = _next_token(p, f.end)
    if tok is None or tok.i + 2 >= len(p.doc):
        return None
    doc = p.doc
    j = tok.i + 1
    if tok.lower_ in ("de", "d'") and doc[j].lower_ in PARTITIVE_DETS:
        j += 1
    elif tok.lower_ != "des":
        return None
    while j < len(doc) and (doc[j].like_num or doc[j].lower_ in _number_words()) and j - tok.i < 5:
        j += 1  # the whole's number: "des 3 550 soldats"
    while j + 1 < len(doc) and doc[j].pos_ == "ADJ" and doc[j + 1].pos_ in (*NOUNISH, "ADJ") \
            and j - tok.i < 6:
        j += 1  # "des cinq grands groupes"
    head = doc[j] if j < len(doc) else None
    if head is None or head.pos_ != "NOUN" or not head.is_alpha or not head.is_lower \
            or head.lower_ in _lex()["not_units"] or head.lower_ in _calendar_words():
        return None
    return head.text, head.idx


def _neuf_counts(p: _Page, f: _Fig, tok: int) -> bool:
    """"Neuf" the number stands before the counted noun ("Neuf Palestiniens ont été tués",
    the model tagging the capital word a name); "neuf" the adjective follows a noun or a
    preposition ("un bâtiment neuf", "remis à neuf", "rien de neuf")."""
    unit = p.starts.get(f.unit_start) if f.unit else None
    if unit is None or f.kind != "count" or p.doc[unit].pos_ not in NOUNISH:
        return False
    if tok == 0 or p.doc[tok].is_sent_start or _lex()["tally"].match(p.text, f.num.end):
        return True  # "porte à neuf le nombre de blessés"
    prev = p.doc[tok - 1]
    return prev.pos_ not in (*NOUNISH, "ADJ") and prev.lower_ not in ("à", "de", "d'", "flambant", "tout")


def _guard(p: _Page, f: _Fig, names: list[Candidate]) -> None:
    """Dates, names, identifiers, postal codes and list numbers the number may be part of."""
    lex = _lex()
    text = p.text
    n = f.num
    written = text[n.start:n.end]
    before = text[max(0, n.start - 30):n.start]
    if n.source == "digits" and not n.scaled:
        if written.isdigit() and len(written) == 4 and 1000 <= n.value <= 2100 \
                and f.kind in ("other", "count") and (f.unit is None or lex["month_before"].search(before)
                                                      or not f.unit.islower()):
            f.skip = "date"  # a year: "en 2014", "juin 2012", "© 2008 Numéro"
            return
        if lex["month_before"].search(before) and f.unit is None:
            f.skip = "date"
            return
        if f.unit is None and written.isdigit() and 1 <= n.value <= 31 and lex["day_cue"].search(before):
            f.skip = "date"  # "jusqu'au 18", "le 7 au soir": a day of the month
            return
        if f.unit is None and n.value > 0 and lex["list_item"].search(text, 0, n.start) \
                and lex["list_after"].match(text, n.end):
            f.skip = "list"
            return
        if text[n.end:n.end + 1] == ")" and "(" not in text[max(0, n.start - 3):n.start]:
            f.skip = "list"
            return
        if f.unit is None and lex["list_after"].match(text, n.end) \
                and before.rstrip()[-1:] in (":", ";", ","):
            f.skip = "list"  # "les arrêts se feront : 1. à la gare, 2. au centre"
            return
        if lex["time_before"].search(before):
            f.skip = "time"  # the minutes of "15 h 30"
            return
        if lex["street_after"].match(text, n.end):
            f.skip = "address"  # "12 rue Victor-Hugo"
            return
        if written.isdigit() and len(written) == 5:
            nxt = _next_token(p, n.end)
            places = [c for c in names if c.label in ("place", "organization")]
            if nxt is not None and nxt.is_title and nxt.is_alpha and (
                    any(c.start == nxt.idx for c in places) or before.rstrip().endswith(",")):
                f.skip = "postal"  # "69002 Lyon"
                return
    if lex["ident_cue"].search(before):
        f.skip = "identifier"
        return
    if n.source == "words" and text[n.start].isupper():
        tok = p.starts.get(n.start)
        if tok is not None and not p.doc[tok].is_sent_start and f.unit is None:
            f.skip = "name"
            return
    if n.source == "digits" and written[0] == "0" and len(written) > 1 and written[1].isdigit():
        f.skip = "identifier"  # "007", "0800"
        return
    if text[n.start - 1:n.start] in ("[", "(") and text[n.end:n.end + 1] in ("]", ")") \
            and f.unit is None and n.source == "digits" and not n.scaled:
        f.skip = "reference"  # a footnote mark "[1]", "(2)"
        return
    if n.source == "words" and abs(n.value) <= 4 and lex["definite"].search(before):
        f.skip = "anaphora"  # "les deux produits", "tous deux": both, not a new count
        return
    if n.source == "words" and written.lower() in ("neuf", "neufs"):
        tok = p.starts.get(n.start)
        if tok is not None and p.doc[tok].pos_ != "NUM" and not _neuf_counts(p, f, tok):
            f.skip = "adjective"  # "un bâtiment neuf"
            return
    if _is_name_number(p, f, names):
        f.skip = "name"


def _distribute(text: str, figs: list[_Fig]) -> None:
    """Ranges and lists share the unit written after the last number: "19, 23 et 27 ans",
    "deux à trois fois", "entre 10 et 20 euros"; a number joined to a date or a duration
    is part of it ("16 et 17 juin", "pendant 2 ou 3 jours")."""
    lex = _lex()
    for i in range(len(figs) - 2, -1, -1):
        f, g = figs[i], figs[i + 1]
        if f.skip is not None or f.unit is not None:
            continue
        gap = text[f.num.end:g.num.start]
        if not lex["range_gap"].fullmatch(gap) or (gap.strip() == "," and not g.shared):
            continue  # "19, 23 et 27 ans" shares; "530 millions, 50 %" does not
        if g.skip in ("time", "date"):
            f.skip = g.skip
            continue
        if g.skip or g.unit is None:
            continue
        f.unit, f.unit_start, f.kind, f.end, f.shared = g.unit, g.unit_start, g.kind, g.end, True
        if g.num.scale > 1 and not f.num.scaled and f.num.form is None and abs(f.num.value) < 1000:
            f.extra_value = f.num.value * g.num.scale  # "300 à 600 millions de francs"


def _scores(text: str, figs: list[_Fig]) -> None:
    """"1-0", "(3-1)": a score, not two figures (a range with a unit, "18-25 ans", is kept)."""
    for f, g in itertools.pairwise(figs):
        gap = text[f.num.end:g.num.start]
        if f.unit is None and g.unit is None and f.num.source == g.num.source == "digits" \
                and max(f.num.value, g.num.value) < 1000 \
                and (gap == "-" or (gap.strip() == "à" and f.num.value > g.num.value)):
            f.skip = g.skip = "score"  # "(3-1)", "s'est imposé 2 à 1"


def _restated_units(text: str, figs: list[_Fig]) -> None:
    """A bare number right after a figure of the same sentence counts what it counts when a
    comparison or a source links them: "26 voix contre 7", "96 millions d'euros, dont 12
    millions", "3 000 pharmacies, sur 21 000", "9 000 manifestants selon les organisateurs,
    4 100 selon la préfecture". Only the number just before counts (a date or a duration between
    breaks the link: "six mois de prison dont deux avec sursis")."""
    lex = _lex()
    for g, f in itertools.pairwise(figs):
        if f.skip or f.unit is not None or g.skip or g.unit is None or f.num.form:
            continue
        gap = text[g.end:f.num.start]
        if len(gap) > 80 or lex["sentence_break"].search(gap):
            continue
        if lex["restate_link"].search(gap) or (lex["source_after"].match(text, f.end)
                                               and lex["source_in"].search(gap)):
            f.unit, f.unit_start, f.kind = g.unit, g.unit_start, g.kind


# how far back (characters) a bare "3,8 millions" looks for the amount whose unit it drops
SCALED_REACH = 250


def _scaled_units(text: str, figs: list[_Fig]) -> None:
    """A bare amount of millions or billions counts what the last such amount of its paragraph
    counted: after "9,4 millions d'euros pour les routes", the writer drops "d'euros" in
    "puis 3,8 millions pour les écoles", "contre 150 millions l'an passé". Only an amount with
    a scale word takes it (a bare "12" after "6 millions d'euros" may count anything), and only
    from one with a scale word, a duration between them not breaking the link."""
    last: _Fig | None = None
    for f in figs:
        if f.skip:
            continue
        if f.unit is None and f.num.scale >= 1_000_000 and f.num.form is None and last is not None:
            gap = text[last.end:f.num.start]
            if len(gap) <= SCALED_REACH and "\n" not in gap:
                f.unit, f.unit_start, f.kind = last.unit, last.unit_start, last.kind
        if f.unit is not None and f.num.scale >= 1_000_000:
            last = f


def _passages(text: str, figs: list[_Fig]) -> None:
    """"est passé de 7,1 % à 8,4 %": the second figure is a change from the first."""
    lex = _lex()
    for f, g in itertools.pairwise(figs):
        if f.skip or g.skip or text[f.end:g.start].strip().lower() not in ("à", "a") or f.kind != g.kind:
            continue
        if not lex["passage"].search(text, max(0, f.start - 30), f.start):
            continue
        g.extra["change"] = "increase" if g.num.value > f.num.value else "decrease"
        g.baseline_span = (f.num.start, f.end)


def _ratios(p: _Page, figs: list[_Fig]) -> None:
    """"deux Français sur cinq" (2/5 of the French), "un électeur sur trois" (1/3)."""
    lex = _lex()
    text = p.text
    for f in figs:
        if f.skip or f.unit is not None or f.num.form:
            continue
        m = lex["ratio_before"].search(text, max(0, f.num.start - 40), f.num.start)
        if not m:
            continue
        num = next((g for g in figs if g is not f and g.end == m.end("noun") and not g.skip
                    and g.kind == "count"), None)
        art = lex["article_before"].search(text, max(0, m.start() - 6), m.start())
        if art and num is None:
            n, start = 1, art.start()
        elif num is not None:
            if f.num.value > RATE_MAX_WHOLE:
                # "27 élus sur 35", "17 cantons sur 26": a tally of a finite body, two figures
                f.unit, f.unit_start, f.kind = m["noun"], m.start("noun"), "count"
                continue
            n, start = num.num.value, num.start
            num.skip = "ratio"
        else:
            continue
        if n > f.num.value or f.num.value == 0:
            continue
        f.extra_value = n / f.num.value
        f.start, f.kind = start, "ratio"
        f.unit, f.unit_start = m["noun"], m.start("noun")


def _read_qualifier(text: str, f: _Fig) -> None:
    lex = _lex()
    m = lex["hedge_before"].search(text, max(0, f.start - 40), f.start)
    if m:
        q = next(k for k, v in m.groupdict().items() if v is not None)
        if q == "approx" and m.group(q).lower().startswith("quelques") and f.num.source != "digits":
            return  # "quelques milliers" is a collective, read already
        f.qualifier = None if q == "exact" else q
        f.start = m.start()
        return
    if f.qualifier is None:
        m = lex["hedge_after"].match(text, f.end)
        if m:
            f.qualifier = next(k for k, v in m.groupdict().items() if v is not None)
            return
    if f.qualifier is None:
        _verb_qualifier(text, f)


def _verb_qualifier(text: str, f: _Fig) -> None:
    """A verb that bounds the number right before it: "le bilan dépasse 300 morts" (more_than),
    "des amendes pouvant atteindre 5 000 euros" (at_most); negated, a verb of exceeding bounds it
    from above ("le taux de réussite n'a pas dépassé 40 %": at_most). The span stays on the number."""
    lex = _lex()
    m = lex["verb_before"].search(text, max(0, f.start - 50), f.start)
    if not m:
        return
    q = next(k for k, v in m.groupdict().items() if v is not None and k in QUALIFIERS)
    negated = bool(m["neg"]) or bool(lex["verb_negated"].search(text, max(0, m.start() - 25), m.start()))
    if negated:
        if q != "more_than":
            return  # "ne peut pas atteindre 5 %": no bound is stated
        q = "at_most"
    f.qualifier = q


def _read_change(text: str, orig: str, f: _Fig) -> None:
    """Direction and baseline of a change; the baseline is read back from the input."""
    lex = _lex()
    if f.baseline_span is not None:
        f.extra["baseline"] = orig[f.baseline_span[0]:f.baseline_span[1]]
        return
    if "change" in f.extra:
        return
    m = lex["change_before"].search(text, max(0, f.start - 40), f.start)
    if not m:
        return
    f.extra["change"] = "increase" if m["increase"] else "decrease"
    b = lex["baseline_after"].match(text, f.end)
    f.extra["baseline"] = orig[b.start("b"):b.end("b")].strip() if b else None


def _league_rounds(text: str, n: NumberMatch) -> bool:
    """"après dix journées", "à sept journées de la fin" near a league word: the rounds of a
    sports league, counted (the date layer reads them as a span of days)."""
    m = _lex()["unit_after"].match(text, n.end)
    if not m or m["de"] or m["u"].lower() not in ROUND_UNITS:
        return False
    f = _Fig(n, n.start, n.end)
    return _classify_time(text, f, m["u"], m.end()) == "count"


@Language.component("factx_figures")
def figures_component(doc: Doc) -> Doc:
    figs = find_figures(doc)
    rounds = [c for c in figs if c.attrs.get("kind") == "count"
              and (c.attrs.get("unit") or "") in ROUND_UNITS]
    if rounds:  # the league's rounds are a count, not a span of days: drop that date
        base.set_candidates(doc, [c for c in base.get_candidates(doc) if not (
            c.label == "date" and any(base.overlaps(c.start, c.end, r.start, r.end) for r in rounds))])
    base.add_candidates(doc, figs)
    return doc
