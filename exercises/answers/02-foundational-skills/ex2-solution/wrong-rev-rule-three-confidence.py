# slip: exact bound ignores the confidence argument (always 95%)
import math
import numbers
from statistics import NormalDist


def _check_n(n):
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError("n must be an int")
    if n < 1:
        raise ValueError("n must be at least 1")


def _z_for(confidence):
    if isinstance(confidence, bool) or not isinstance(confidence, numbers.Real):
        raise TypeError("confidence must be a real number")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be strictly between 0 and 1")
    return NormalDist().inv_cdf(1 - (1 - confidence) / 2)


def wilson_interval(successes, n, confidence=0.95):
    """Return the Wilson score interval (low, high) for successes out of n."""
    _check_n(n)
    if isinstance(successes, bool) or not isinstance(successes, int):
        raise TypeError("successes must be an int")
    if not 0 <= successes <= n:
        raise ValueError("successes must be between 0 and n")
    z = _z_for(confidence)
    p = successes / n
    center = p + z * z / (2 * n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    denom = 1 + z * z / n
    low = max(0.0, (center - half) / denom)
    high = min(1.0, (center + half) / denom)
    return (float(low), float(high))


def rule_of_three(n):
    """Return 3 / n, the approximate 95% upper bound on the failure rate after n clean trials."""
    _check_n(n)
    return 3 / n


def zero_failure_upper_bound(n, confidence=0.95):
    """Return 1 - (1 - confidence) ** (1 / n), the exact bound after n trials with no failure."""
    _check_n(n)
    _z_for(confidence)
    return float(1 - 0.05 ** (1 / n))
