"""An experiment, not part of factx: fine-tune the NER of the spaCy French model on our own
annotated articles (scripts/ner_data.py), to see whether a learned component carries the
annotation guideline to unseen text better than the rules. It did not, at round 13
(docs/accuracy.md, "Round 13: a fine-tuned NER, measured and left out"); factx ships no
weights from it. Kept so that the figures can be reproduced and the idea taken up again.

Usage: python scripts/train_ner.py DATA_DIR OUT_DIR [--model fr_core_news_md] [--epochs 12]

Only the `ner` component learns (it has its own tok2vec in the French models); the others
are not touched. After each epoch the dev part is scored (entity F1 per label) and the best
epoch's weights are written to OUT_DIR with `Pipe.to_disk` (without the vocab), to be loaded
into a model's own `ner` with `nlp.get_pipe("ner").from_disk(OUT_DIR, exclude=["vocab"])`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--drop", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch
    fix_random_seed(a.seed)
    nlp = spacy.load(a.model)
    train = list(DocBin().from_disk(a.data / "train.spacy").get_docs(nlp.vocab))
    dev = list(DocBin().from_disk(a.data / "dev.spacy").get_docs(nlp.vocab))
    mk = lambda docs: [Example(nlp.make_doc(d.text), d) for d in docs]  # noqa: E731
    train_ex, dev_ex = mk(train), mk(dev)
    ner = nlp.get_pipe("ner")
    with nlp.select_pipes(enable=["ner"]):
        base = nlp.evaluate(dev_ex)
        print("epoch 0", json.dumps({k: round(v["f"], 3) for k, v in base["ents_per_type"].items()}),
              round(base["ents_f"], 3), file=sys.stderr)
        optimizer = nlp.resume_training()
        best = -1.0
        for epoch in range(1, a.epochs + 1):
            random.shuffle(train_ex)
            losses: dict[str, float] = {}
            for batch in minibatch(train_ex, size=8):
                nlp.update(batch, sgd=optimizer, drop=a.drop, losses=losses)
            sc = nlp.evaluate(dev_ex)
            f = sc["ents_f"]
            print(f"epoch {epoch}", json.dumps({k: round(v["f"], 3) for k, v in sc["ents_per_type"].items()}),
                  round(f, 3), "loss", round(losses.get("ner", 0.0), 1), file=sys.stderr)
            if f > best:
                best = f
                with ner.model.use_params(optimizer.averages):
                    ner.to_disk(a.out, exclude=["vocab"])
    print(f"best dev ents F1 {best:.3f}; written to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
