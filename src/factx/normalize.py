"""French and Québec typography, folded for the statistical model.

Every substitution here replaces one character by one character, so offsets in the
normalized text are offsets in the input: `input[start:end]` is always the mention as
written, and no offset map is needed.
"""

from __future__ import annotations

# one input character -> one character the model was trained on
_TABLE = {
    "\u2019": "'",  # ’ right single quotation mark, the French apostrophe
    "\u2018": "'",  # ‘
    "\u02bc": "'",  # ʼ modifier letter apostrophe
    "\u00b4": "'",  # ´ acute accent used as an apostrophe
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space (before ; : ! ? » and in 3 605)
    "\u2007": " ",  # figure space
    "\u2009": " ",  # thin space
    "\u200a": " ",  # hair space
    "\u2002": " ",  # en space
    "\u2003": " ",  # em space
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2212": "-",  # minus sign
    "\ufeff": " ",  # a stray byte-order mark inside the text
    "\r": " ",  # the carriage return of a Windows line end ("\r\n" reads as " \n")
}
_TRANS = str.maketrans(_TABLE)


def normalize(text: str) -> str:
    """The text the pipeline sees: same length as `text`, typography folded."""
    return text.translate(_TRANS)
