"""The document date a relative expression is resolved against, at its own grain."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex


@dataclass(frozen=True)
class Anchor:
    """A reference date known to the year, the month or the day ("2019", "2019-07", ...)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Anchor:
        """`"2019-07"` -> Anchor(2019, 7); None or anything unreadable -> an empty anchor."""
        if not value:
            return cls()
        m = regex.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
        if not m:
            return cls()
        year, month, day = int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            return cls()
        return cls(year, month, day)

    @property
    def date(self) -> dt.date | None:
        """The anchor as a day, when it is known to the day."""
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None

    @property
    def approx_date(self) -> dt.date | None:
        """A day standing for the anchor (the middle of its month or year if coarser)."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month or 7, self.day or (15 if self.month else 1))

    def __bool__(self) -> bool:
        return self.year is not None
