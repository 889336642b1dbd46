"""Small statistics helpers for the worked examples on eval pass rates.

What lives here is what the worked examples need and no exercise asks for: the textbook
normal-approximation (Wald) interval, the binomial probability mass function, and the exact
coverage of an interval method. The Wilson interval and the rule of three are exercises and are
deliberately *not* here.

    >>> from aicareer import stats
    >>> lo, hi = stats.wald_interval(45, 50)
    >>> round(lo, 3), round(hi, 3)
    (0.817, 0.983)
    >>> round(stats.binomial_pmf(2, 4, 0.5), 4)
    0.375
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from numbers import Real


def _check_count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    return value


def _check_counts(successes: object, n: object) -> tuple[int, int]:
    s = _check_count("successes", successes)
    total = _check_count("n", n)
    if total <= 0:
        raise ValueError(f"n must be positive (the number of eval items), not {total}")
    if not 0 <= s <= total:
        raise ValueError(f"successes must be between 0 and n={total}, not {s}")
    return s, total


def _check_probability(name: str, p: object, *, open_interval: bool = False) -> float:
    if isinstance(p, bool) or not isinstance(p, Real):
        raise TypeError(f"{name} must be a number, not {type(p).__name__}")
    value = float(p)
    if math.isnan(value):
        raise ValueError(f"{name} must be a number between 0 and 1, not NaN")
    if open_interval and not 0.0 < value < 1.0:
        raise ValueError(f"{name} must be strictly between 0 and 1, not {value}")
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, not {value}")
    return value


def wald_interval(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Return the normal-approximation (Wald) interval ``p_hat +/- z * sqrt(p_hat(1-p_hat)/n)``.

    The bounds are returned *unclipped* on purpose: a worked example shows that they can fall
    outside [0, 1], and that the interval has zero width when every item passes or every item
    fails. ``successes`` and ``n`` are ints with ``n > 0`` and ``0 <= successes <= n``; ``z`` is a
    positive number (1.96 for a two-sided 95% interval). Raises ``TypeError`` or ``ValueError``
    otherwise.
    """
    s, total = _check_counts(successes, n)
    if isinstance(z, bool) or not isinstance(z, Real):
        raise TypeError(f"z must be a number, not {type(z).__name__}")
    if not (math.isfinite(float(z)) and z > 0):
        raise ValueError(f"z must be a positive finite number (1.96 for 95%), not {z}")
    p_hat = s / total
    half = float(z) * math.sqrt(p_hat * (1.0 - p_hat) / total)
    return (p_hat - half, p_hat + half)


def binomial_pmf(k: int, n: int, p: float) -> float:
    """Return P(K = k) for K ~ Binomial(n, p): ``C(n, k) p^k (1-p)^(n-k)``.

    ``k`` and ``n`` are ints with ``n > 0`` and ``0 <= k <= n``; ``p`` is in [0, 1].
    """
    k, n = _check_counts(k, n)
    prob = _check_probability("p", p)
    return math.comb(n, k) * prob**k * (1.0 - prob) ** (n - k)


def coverage_probability(intervals: Sequence[tuple[float, float]], p: float) -> float:
    """Return the exact probability that an interval method covers the true pass rate *p*.

    ``intervals[k]`` is the interval the method reports when ``k`` of ``n = len(intervals) - 1``
    items pass, for ``k = 0 .. n``. The coverage is the sum of ``binomial_pmf(k, n, p)`` over the
    ``k`` whose interval contains ``p`` (bounds included). A 95% method should give about 0.95 for
    every ``p``; the Wald interval falls far short near 0 and 1.
    """
    if not isinstance(intervals, Sequence) or isinstance(intervals, (str, bytes)):
        raise TypeError("intervals must be a list of (low, high) pairs, one per k = 0..n")
    if len(intervals) < 2:
        raise ValueError("intervals needs at least two entries (k = 0 and k = 1 for n = 1)")
    prob = _check_probability("p", p)
    n = len(intervals) - 1
    total = 0.0
    for k, pair in enumerate(intervals):
        if len(pair) != 2:
            raise ValueError(f"intervals[{k}] must be a (low, high) pair, not {pair!r}")
        low, high = float(pair[0]), float(pair[1])
        if low > high:
            raise ValueError(f"intervals[{k}] has low > high: {pair!r}")
        if low <= prob <= high:
            total += binomial_pmf(k, n, prob)
    return total
