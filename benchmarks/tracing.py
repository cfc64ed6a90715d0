"""The run-time wrapping shared by `entity_sources.py` and `orgs_sources.py`: each rule step
of `components/organizations.py` and `components/entity_types.py` is wrapped so that a tracer
notes, after it ran, the label it left on each candidate (nothing in the library changes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class BaseTracer:
    """Tags of candidates kept by object id (the objects are held so that an id is never reused
    within a document): id -> (candidate, source, last label); `note` is each script's."""

    def __init__(self) -> None:
        self.tags: dict[int, tuple[Any, str, str]] = {}

    def reset(self) -> None:
        self.tags.clear()

    def note(self, cands: list, step: str) -> None:
        raise NotImplementedError

    def source(self, c: Any) -> str:
        old = self.tags.get(id(c))
        return old[1] if old and old[1] else "?"


def rule_steps(module: Any, caller: str) -> list[str]:
    """The module's functions that `caller` calls (its rule steps), by name."""
    code = getattr(module, caller).__code__
    return [n for n in code.co_names
            if callable(fn := getattr(module, n, None)) and getattr(fn, "__module__", "") == module.__name__]


def install(tracer: BaseTracer, ner_source: Callable[[Any, Any], str],
            org_steps: dict[str, str], type_steps: dict[str, str]) -> None:
    """Wraps the model's candidates (tagged with `ner_source(doc, candidate)`), the token
    patterns ("pattern") and the steps named in `org_steps` and `type_steps` (step -> label),
    in that order."""
    from factx.components import entities, entity_types, organizations

    def wrap(mod: Any, name: str, label: str) -> None:
        original: Callable[..., Any] = getattr(mod, name)

        def traced(*args: Any, **kwargs: Any) -> Any:
            result = original(*args, **kwargs)
            if isinstance(result, list) and (not result or hasattr(result[0], "label")):
                cands = result
            else:
                cands = next((a for a in args if isinstance(a, list) and a and hasattr(a[0], "label")), [])
            tracer.note(cands, label)
            return result

        setattr(mod, name, traced)

    original_ner = entities.ner_candidates

    def traced_ner(doc: Any) -> Any:
        tracer.reset()
        cands = original_ner(doc)
        for c in cands:
            tracer.tags[id(c)] = (c, ner_source(doc, c), c.label)
        return cands

    entities.ner_candidates = traced_ner
    wrap(entities, "pattern_candidates", "pattern")
    for name, label in org_steps.items():
        wrap(organizations, name, label)
    for name, label in type_steps.items():
        wrap(entity_types, name, label)
