"""The spaCy pipeline factx runs: a French model plus factx's components, in order."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from factx.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "fr_core_news_md"
MODELS = ("fr_core_news_md", "fr_core_news_sm")

# factx components, in the order they run after the model's own
FACTX_COMPONENTS = (
    "factx_docdate", "factx_entities", "factx_entity_types", "factx_dates", "factx_figures",
)


def _register() -> None:
    # importing a component module registers its factory with spaCy
    from factx.components import dates, docdate, entities, entity_types, figures, paragraphs  # noqa: F401


def load_model(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline alone (no factx component), from a package name or a folder,
    loaded fast (factx.fastload, docs/startup.md; `FACTX_STOCK_SPACY=1`: plain spaCy)."""
    from factx.fastload import load

    try:
        return load(model)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {model!r}: not an installed model package nor a "
            f"model folder (factx ships {', '.join(MODELS)})"
        ) from exc


def check_model(model: str) -> None:
    """A cheap check, without loading spaCy, that `model` names a package or a folder."""
    import importlib.util

    if Path(model).is_dir():
        return
    try:
        found = importlib.util.find_spec(model) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ModelError(f"cannot load the spaCy model {model!r}: not an installed model package nor a "
                         f"model folder (factx ships {', '.join(MODELS)})")


# words that elide before a quotation mark opening right after them, with no space between
# ("Elle trouve qu'« il faut ... »", "lorsqu'« on ... »"): the stock tokenizer cuts "qu" +
# "'" + "«" and the parser no longer sees the conjunction that makes the quotation the
# complement of the verb before it
ELIDED_BEFORE_MARK = ("qu'", "lorsqu'", "puisqu'", "quoiqu'", "jusqu'", "d'", "l'", "s'", "n'")


def _elisions_before_marks(nlp: Language) -> None:
    """Tokenize "qu'«" as "qu'" + "«" (normalize() has already folded "’" to "'")."""
    for word in ELIDED_BEFORE_MARK:
        for variant in (word, word.capitalize()):
            for mark in ("«", "“"):
                nlp.tokenizer.add_special_case(variant + mark, [{"ORTH": variant}, {"ORTH": mark}])


@cache
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The model with factx's components added; loaded once per process and model."""
    _register()
    nlp = load_model(model)
    _elisions_before_marks(nlp)
    if "parser" in nlp.pipe_names:
        # sentence starts at paragraph breaks, which the parser then keeps (components/paragraphs.py)
        nlp.add_pipe("factx_paragraphs", before="parser")
    for name in FACTX_COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp
