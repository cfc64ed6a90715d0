"""Sentence starts at paragraph breaks, set before the parser runs.

News text is laid out in paragraphs: a paragraph (after a blank line) that follows a
finished sentence (a full stop, a question or exclamation mark, an ellipsis, or a closing
quotation mark after one of them)
starts a new sentence. The stock parser does not always see it: it may run the last
paragraph's closing mark ("... avec les habitants. »") or a whole finished sentence on into
the next paragraph, so that the next paragraph's subject is parsed as the head of a
fragment ("Le Conservatoire, partenaire du plan, salue « ... »": "salue" an `acl` of the noun,
with no subject) and every later step that reads the sentence's subject and verb (who said a
quotation, whose title a noun is) reads a broken parse.

The spaCy parser keeps sentence starts already set on the Doc: this component marks the first
token of such a line as a sentence start, and a closing quotation mark right after a sentence
end as no start (it closes the sentence before). A line that does not follow a finished
sentence (a headline, a colon before a quotation, a hard-wrapped line) is left to the parser, and
so is a single line break (texts that break lines inside a paragraph, or one line per quotation
and its speaker, read better as the parser joins them).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_ENDS = frozenset((".", "!", "?", "…"))
_CLOSING = frozenset(("»", '"', "”"))
_STOPS = _ENDS | {":", ";"}


_LINE = re.compile(r"\n[ \t]*\n\s*(?=\S)")


@Language.component("factx_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    text = doc.text
    for m in _LINE.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is None or span.start < 2:
            continue
        nxt = span[0]
        k = nxt.i - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0:
            continue
        last = doc[k]
        closing = last.text in _CLOSING and k > 0 and doc[k - 1].text in _ENDS
        if last.text in _ENDS or closing:
            nxt.is_sent_start = True
            # the parser may cut a one-word sentence right after a start it is given ("«" alone,
            # "Anne" apart from "Roux"): none until the first end of a sentence or a colon in
            # the line (a colon may open a list: "Valbrun : Dorlan - Ferrel, ...")
            j = nxt.i + 1
            while j < len(doc) and doc[j].text not in _STOPS and "\n" not in doc[j].text:
                doc[j].is_sent_start = False
                j += 1
            if closing:
                last.is_sent_start = False  # "... les habitants. »": the mark ends the sentence
    return doc
