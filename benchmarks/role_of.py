"""Where the roles (+of) row loses: the `of` of the roles whose person and title are right.

For every dev set and part (benchmarks/splits.py), the roles that score.py pairs with a gold
role on person and title are sorted by what their `of` does against the gold's:

- right: the gold's body (or the gold has none, "gold none");
- missing, body found: factx gives no `of`, though the gold's body is one of its entities
  (the title was not tied to a body factx knows);
- missing, body absent: no `of`, and the body is not among factx's entities either;
- wrong, body found / wrong, body absent: another body, the gold's being an entity or not.

"body found" splits an error of the role layer from one of the entity layers. Blind parts
are counted, never shown; `--show` prints the missing and wrong cases of the working parts
only (own_dev7 and own_dev9, never read, are left out of it).

`--steps` also counts, summed over the sets and parts asked for (numbers only), which step of
`resolve/roles.py` gave each paired role its final `of`: "reader" (the title's own complement,
read by RoleReader), a resolve_roles line (the document-level steps: the story's lead, the
office's body, a place before, ...), another helper by name, or "none". A step whose output is
often wrong is one to narrow.

    python benchmarks/role_of.py [--sets wikinews_dev,regional_dev] [--show] [--steps]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import DEV_SETS, load_scorer
from common import article_texts, require_shared
from splits import NEVER_READ, gold_ids, split

KINDS = ("right", "gold none", "missing, body found", "missing, body absent", "wrong, body found",
         "wrong, body absent")
NEVER_SHOWN = NEVER_READ


def classify(sc: ModuleType, gold: dict[str, Any], pred: dict[str, Any]) -> list[tuple[str, dict, dict]]:
    """(kind, gold role, predicted role) for each role pair score.py makes on person and title."""
    ents = {e["id"]: e for e in pred.get("entities", [])}

    def forms(ref: Any) -> list[str]:
        if isinstance(ref, str) and ref in ents:
            return sc.forms(ents[ref])
        return [ref] if isinstance(ref, str) else []

    roles = [{"person": forms(f.get("person")), "role": f.get("role") or "",
              "of": forms(f.get("of")) if f.get("of") else [],
              "of_name": ents.get(f.get("of"), {}).get("name", f.get("of"))}
             for f in pred.get("facts", []) if f.get("type") == "role"]
    people = {p["name"]: [p["name"], *p.get("mentions", [])] for p in gold["people"]}
    bodies = {o["name"]: [o["name"], *o.get("aliases", [])] for o in gold["organizations"]}
    known = [sc.forms(e) for e in pred.get("entities", []) if e.get("type") in ("organization", "place")]

    def same(g: dict, p: dict) -> bool:
        return sc.forms_match(people.get(g["person"], [g["person"]]), p["person"]) \
            and sc.overlap(g["role"], p["role"])

    out = []
    for g, p in sc.match_sets(gold["roles"], roles, same)[2]:
        if not g.get("of"):
            kind = "gold none"
        else:
            body = bodies.get(g["of"], [g["of"]])
            if sc.forms_match(body, p["of"]) or any(sc.overlap(g["of"], x) for x in p["of"]):
                kind = "right"
            else:
                found = any(sc.forms_match(body, f) for f in known)
                kind = f"{'wrong' if p['of'] else 'missing'}, body {'found' if found else 'absent'}"
        out.append((kind, g, p))
    return out


Article = tuple[str, dict[str, Any], str]  # id, gold, text


class StepTracer:
    """Notes, on each Role, where in `factx.resolve.roles` its `of` (or `of_name`) was last set
    to a value, and keeps the roles `resolve_roles` returned for the last document (the library
    is wrapped at run time, never changed)."""

    def __init__(self) -> None:
        import factx.resolve.facts as facts
        import factx.resolve.roles as roles_mod

        self.roles: list[Any] = []
        original_set = roles_mod.Role.__setattr__
        resolve = facts.resolve_roles

        def close() -> None:
            roles_mod.Role.__setattr__ = original_set  # type: ignore[method-assign]
            facts.resolve_roles = resolve  # type: ignore[assignment]

        self.close = close  # undoes the wrapping

        def traced_set(role: Any, name: str, value: Any) -> None:
            if name in ("of", "of_name") and value is not None and value is not role.__dict__.get(name) \
                    and value != role.__dict__.get(name):  # ("r.of = x or r.of" keeps the step that set it)
                frame = sys._getframe(1)
                if frame.f_code.co_name == "__init__":
                    frame = frame.f_back or frame
                fn = frame.f_code.co_name
                where = f"{fn}:{frame.f_lineno}" if fn == "resolve_roles" else fn
                role.__dict__["_of_step"] = "reader" if fn == "_role" else where
            original_set(role, name, value)

        roles_mod.Role.__setattr__ = traced_set  # type: ignore[method-assign]

        def traced_resolve(*args: Any, **kwargs: Any) -> Any:
            out = resolve(*args, **kwargs)
            self.roles = out[0]
            return out

        facts.resolve_roles = traced_resolve  # type: ignore[assignment]

    def step(self, pred: dict[str, Any]) -> str:
        """The step that gave the paired predicted role (classify's `p`) its `of`."""
        for r in self.roles:
            if r.role == pred["role"] and r.person.name in pred["person"]:
                return r.__dict__.get("_of_step", "none") if (r.of is not None or r.of_name is not None) \
                    else "none"
        return "?"


def dev_parts(names: list[str]) -> Iterator[tuple[str, str, list[Article]]]:
    """(set, part, its articles) for each dev set named, parts as benchmarks/splits.py cuts them."""
    for name in names:
        gold_path, txt_dir = DEV_SETS[name]
        golds = {g["id"]: g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())}
        texts = dict(article_texts(gold_path, txt_dir))
        for part, ids in split(name, gold_ids(gold_path)).items():
            yield name, part, [(doc_id, golds[doc_id], texts[doc_id]) for doc_id in ids]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", help="comma-separated dev sets (default: all)")
    parser.add_argument("--show", action="store_true",
                        help="print the working parts' missing and wrong cases")
    parser.add_argument("--steps", action="store_true",
                        help="count the outcomes per step that gave the `of` (numbers only)")
    args = parser.parse_args()
    require_shared()
    tracer = StepTracer() if args.steps else None
    from factx.api import extract

    sc = load_scorer()
    names = args.sets.split(",") if args.sets else list(DEV_SETS)
    print(f"{'set / part':26}" + "".join(f"{k:>22}" for k in KINDS))
    by_step: dict[str, Counter[str]] = {"working": Counter(), "blind": Counter()}
    for name, part, articles in dev_parts(names):
        counts: Counter[str] = Counter()
        for doc_id, gold, text in articles:
            for kind, g, p in classify(sc, gold, extract(text).to_dict()):
                counts[kind] += 1
                step = tracer.step(p) if tracer is not None else ""
                # (own_dev7 and own_dev9, never read, count as blind whatever their split)
                seen = part == "working" and name not in NEVER_SHOWN
                by_step["working" if seen else "blind"][f"{step}\t{kind}"] += 1
                if args.show and part == "working" and name not in NEVER_SHOWN and kind in KINDS[2:]:
                    print(f"  [{name} {doc_id} {kind}] {g['person']} | {g['role']} | "
                          f"gold of: {g['of']} | factx of: {p['of_name']}"
                          + (f" | step: {step}" if step else ""))
        print(f"{name + ' ' + part:26}" + "".join(f"{counts[k]:>22}" for k in KINDS))
    if tracer is not None:
        for part, tally in by_step.items():
            steps = Counter[str]()
            for key, n in tally.items():
                steps[key.split("\t")[0]] += n
            print(f"\n{'step (' + part + ')':26}" + "".join(f"{k:>22}" for k in KINDS))
            for step, _ in steps.most_common():
                print(f"{step:26}" + "".join(f"{tally[step + chr(9) + k]:>22}" for k in KINDS))


if __name__ == "__main__":
    main()
