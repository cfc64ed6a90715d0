"""Temporal expressions in French news text: a rule grammar (data in models/dates/) that
finds them, and a resolver that gives each an ISO 8601 value anchored on the document date.

`find_dates(text, ref_date)` is the pure entry point; `factx.components.dates` wraps it
as the spaCy component `factx_dates`.
"""

from factx.temporal.anchor import Anchor
from factx.temporal.finder import TimeExpr, find_dates

__all__ = ["Anchor", "TimeExpr", "find_dates"]
