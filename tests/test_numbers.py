"""Number parsing (factx.numbers): pure functions, no spaCy model, fast tables."""

from __future__ import annotations

import pytest

from factx.numbers import as_number, find_numbers, parse_digits, words_value

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("3 605", 3605),
        (f"3{NBSP}605", 3605),
        (f"3{NNBSP}605", 3605),
        ("1.200", 1200),
        ("3.000.000", 3000000),
        ("84,97", 84.97),
        ("6 700,54", 6700.54),
        ("12.5", 12.5),
        ("0.250", 0.25),
        ("-4", -4),
        ("1e10", 10_000_000_000),
        ("12,32e+14", 1232000000000000),
        ("1.458.000,00", 1458000),
        ("quinze", None),
        ("", None),
    ],
)
def test_parse_digits(written: str, value: float | None) -> None:
    got = parse_digits(written)
    assert got == value
    if value is not None:
        assert type(got) is type(value)  # int when integral, float otherwise


# Our own table of French number words, checked against text2num (which computes them).
WORDS = [
    ("zéro", 0),
    ("quinze", 15),
    ("seize", 16),
    ("vingt et un", 21),
    ("vingt-et-un", 21),
    ("vingt-et-une", 21),
    ("trente-deux", 32),
    ("soixante-dix", 70),
    ("soixante et onze", 71),
    ("quatre-vingts", 80),
    ("quatre-vingt-dix-neuf", 99),
    ("quatre vingt douze", 92),
    ("septante-cinq", 75),
    ("huitante", 80),
    ("octante-deux", 82),
    ("nonante-neuf", 99),
    ("deux cents", 200),
    ("deux cent trois", 203),
    ("mille", 1000),
    ("deux mille vingt-quatre", 2024),
    ("deux cent mille", 200000),
    ("trois millions", 3000000),
    ("un milliard deux cents millions", 1200000000),
]


@pytest.mark.parametrize(("written", "value"), WORDS)
def test_words_value_matches_our_table(written: str, value: int) -> None:
    assert words_value(written) == value


@pytest.mark.parametrize("written", ["vingt un", "quarante douze", "soixante et", "cinq zéro", "chat"])
def test_words_value_rejects_invalid_sequences(written: str) -> None:
    assert words_value(written) is None


def spans(text: str) -> list[tuple[str, float, str | None]]:
    return [(text[n.start:n.end], n.value, n.qualifier) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plus de 3 605 entreprises", [("3 605", 3605, None)]),
        (f"soit 3{NNBSP}605 dossiers", [(f"3{NNBSP}605", 3605, None)]),
        ("1.200 manifestants et 84,97 %", [("1.200", 1200, None), ("84,97", 84.97, None)]),
        ("2,5 millions de voix", [("2,5 millions", 2500000, None)]),
        ("un budget de 1,2 Md€", [("1,2 Md", 1200000000, None)]),
        ("15 M€ et 3 M$", [("15 M", 15000000, None), ("3 M", 3000000, None)]),
        ("un prix de 40 k€", [("40 k", 40000, None)]),
        ("10k abonnés", [("10k", 10000, None)]),
        ("trois milliards de dollars", [("trois milliards", 3000000000, None)]),
        ("un million et demi de visiteurs", [("un million et demi", 1500000, None)]),
        ("4 millions et demi", [("4 millions et demi", 4500000, None)]),
        ("un demi-million de touristes", [("un demi-million", 500000, None)]),
        ("vingt-et-un chats", [("vingt-et-un", 21, None)]),
        ("deux cents chiens", [("deux cents", 200, None)]),
        ("septante-huit ans", [("septante-huit", 78, None)]),
        ("les deux tiers des votants", [("deux tiers", 2 / 3, None)]),
        ("une centaine d'entreprises", [("une centaine", 100, "approx")]),
        ("une douzaine d'oeufs", [("une douzaine", 12, "approx")]),
        ("deux douzaines d'oeufs", [("deux douzaines", 24, "approx")]),
        ("des dizaines de blessés", [("des dizaines", 10, "more_than")]),
        ("plusieurs centaines de bulletins", [("plusieurs centaines", 100, "more_than")]),
        ("quelques milliers de fans", [("quelques milliers", 1000, "more_than")]),
        ("des dizaines de milliers de personnes", [("des dizaines de milliers", 10000, "more_than")]),
        ("des millions de foyers", [("des millions", 1000000, "more_than")]),
        ("un million de foyers", [("un million", 1000000, None)]),
        ("placé en quarantaine", []),
        ("une petite centaine de curieux", [("une petite centaine", 100, "approx")]),
        ("une bonne dizaine de témoins", [("une bonne dizaine", 10, "approx")]),
        ("la quarantaine de passagers", [("la quarantaine", 40, "approx")]),
        # articles, ordinals and invalid sequences
        ("un homme et une femme", []),
        ("la 3e édition et le 1er prix", []),
        ("le vingt-cinquième anniversaire", []),
        ("cinq zéro", [("cinq", 5, None), ("zéro", 0, None)]),
        ("50 cents", [("50", 50, None)]),
        ("entre 10 - 20 euros", [("10", 10, None), ("20", 20, None)]),
        # fractions, ratios, halves and ordinals
        ("un tiers des voix", [("un tiers", 1 / 3, None)]),
        ("confié à un tiers.", []),
        ("trois cinquièmes du budget", [("trois cinquièmes", 0.6, None)]),
        ("un élève sur trois", [("trois", 3, None)]),  # the ratio is read by the figures layer
        ("un sur quatre", [("un sur quatre", 0.25, None)]),
        ("9 sur 10", [("9 sur 10", 0.9, None)]),
        ("3/4 des sondés", [("3/4", 0.75, None)]),
        ("cinq et un quart", [("cinq et un quart", 5.25, None)]),
        ("cent et trois quarts", [("cent et trois quarts", 100.75, None)]),
        ("le vingt et unième jour", []),
        ("la cent vingt-cinquième séance", []),
        ("trois et quatre", [("trois", 3, None), ("quatre", 4, None)]),
        ("à -10 °C", [("-10", -10, None)]),
        ("entre 10 euros - 20 euros", [("10", 10, None), ("20", 20, None)]),
        ("un demi-litre", [("un demi-", 0.5, None)]),
        ("½ litre", [("½", 0.5, None)]),
        ("1e400", [("1", 1, None)]),  # no exponent beyond two digits: no infinite value
    ],
)
def test_find_numbers(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    got = spans(text)
    assert [(s, q) for s, _, q in got] == [(s, q) for s, _, q in expected]
    for (_, v, _), (_, w, _) in zip(got, expected, strict=True):
        assert v == pytest.approx(w)


def test_as_number_is_int_when_integral() -> None:
    assert as_number(7.0) == 7 and isinstance(as_number(7.0), int)
    assert as_number(3.6) == 3.6 and isinstance(as_number(3.6), float)


def test_a_malformed_numbers_lexicon_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import factx.numbers as numbers
    from factx.errors import PatternError
    from factx.resources import load_json

    data = load_json("figures/numbers.json")
    broken = {k: v for k, v in data.items() if k != "scales"}
    monkeypatch.setattr(numbers, "load_json", lambda name: broken)
    with pytest.raises(PatternError, match="numbers"):
        numbers._lex.__wrapped__()  # the uncached loader
