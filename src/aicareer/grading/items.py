"""Item analysis: which test cells of an assignment tell students apart, and which do not.

For each autograded test cell, over the submissions whose scores come from running the tests
(graded, needing manual grading, or timed out; not missing, invalid or failed):

- the **pass rate**, the share of submissions that earn the cell's full points;
- the **discrimination**, the correlation between passing the cell and the rest of the
  student's autograded score (the corrected item-total, or point-biserial, correlation): a good
  test is passed more often by students who do well elsewhere;
- **flags** for a cell that nobody passes or everybody passes (it tells nothing apart), or
  that discriminates negatively (the stronger students fail it): usually a badly worded exercise
  or a broken test.

    >>> stats = analyze({"a": {"t1": (1, 1), "t2": (0, 1)}, "b": {"t1": (1, 1), "t2": (1, 1)}})
    >>> [(s.grade_id, s.pass_rate, s.flags) for s in stats]
    [('t1', 1.0, ['everybody passes']), ('t2', 0.5, [])]
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

NOBODY = "nobody passes"
EVERYBODY = "everybody passes"
NEGATIVE = "negative discrimination"


@dataclass
class ItemStats:
    grade_id: str
    max_score: float
    submissions: int
    pass_rate: float
    discrimination: float | None  # None when it is undefined (no variation)
    flags: list[str] = field(default_factory=list)


def correlation(xs: list[float], ys: list[float]) -> float | None:
    """Pearson's correlation of two equally long lists; None if either does not vary."""
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return sxy / math.sqrt(sxx * syy)


def analyze(scores: dict[str, dict[str, tuple[float | None, float]]]) -> list[ItemStats]:
    """Item statistics from ``student -> test grade_id -> (score, max_score)``.

    Cells keep the order in which they first appear.
    """
    order: list[str] = []
    maxima: dict[str, float] = {}
    for cells in scores.values():
        for gid, (_, maximum) in cells.items():
            if gid not in maxima:
                order.append(gid)
                maxima[gid] = maximum
    totals = {s: sum(score or 0.0 for score, _ in cells.values()) for s, cells in scores.items()}
    found = []
    for gid in order:
        passed, rest = [], []
        for student, cells in scores.items():
            if gid not in cells:
                continue
            score, maximum = cells[gid]
            passed.append(1.0 if score is not None and score >= maximum else 0.0)
            rest.append(totals[student] - (score or 0.0))
        rate = sum(passed) / len(passed)
        stats = ItemStats(gid, maxima[gid], len(passed), rate, correlation(passed, rest))
        if rate == 0:
            stats.flags.append(NOBODY)
        elif rate == 1:
            stats.flags.append(EVERYBODY)
        if stats.discrimination is not None and stats.discrimination < 0:
            stats.flags.append(NEGATIVE)
        found.append(stats)
    return found
