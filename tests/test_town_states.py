"""The state of a foreign town (models/gazetteer/town_states.tsv, built from GeoNames), which
factx reads to tell which state a story is about (factx.resolve.roles.document_country)."""

import pytest

from factx import gazetteer


@pytest.mark.parametrize(("town", "state"), [
    ("Bissau", "Guinée-Bissau"), ("Dresde", "Allemagne"), ("Pékin", "Chine"), ("Le Caire", "Égypte"),
    ("Abidjan", "Côte d’Ivoire"), ("BAMAKO", "Mali"),
    # French communes and names shared by towns of two states give none
    ("Paris", None), ("Valence", None), ("Épinal", None), ("Córdoba", None),
    ("Nowhereville", None),
])
def test_the_state_of_a_town(town: str, state: str | None) -> None:
    assert gazetteer.town_state(town) == state


def test_the_table_is_sorted_for_bisection() -> None:
    lines = gazetteer._town_states()
    assert len(lines) > 10_000
    assert lines == sorted(lines)
    assert all(line.count("\t") == 1 for line in lines)
