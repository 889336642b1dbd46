# slip: exact bound computed as 1 - confidence ** (1 / n): confidence and its complement swapped
import math
import numbers
from statistics import NormalDist


def _check_n(n):
    if isinstance(n, bool) or not isinstance(n, numbers.Integral):
        raise TypeError(f"n must be an int, not {type(n).__name__}")
    if n < 1:
        raise ValueError(f"n must be at least 1 (the number of eval items), got {n}")
    return int(n)
def _z_for(confidence):
    if isinstance(confidence, bool) or not isinstance(confidence, numbers.Real):
        raise TypeError(f"confidence must be a number such as 0.95, not {confidence!r}")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be strictly between 0 and 1, got {confidence}")
    return NormalDist().inv_cdf(1 - (1 - float(confidence)) / 2)
def wilson_interval(successes, n, confidence=0.95):
    """Return the Wilson score interval (low, high) for successes out of n."""
    n = _check_n(n)
    if isinstance(successes, bool) or not isinstance(successes, numbers.Integral):
        raise TypeError(f"successes must be an int, not {type(successes).__name__}")
    if not 0 <= successes <= n:
        raise ValueError(f"successes must be between 0 and n={n}, got {successes}")
    z = _z_for(confidence)
    p_hat = successes / n
    denom = 1 + z * z / n
    center = (p_hat + z * z / (2 * n)) / denom
    half = z * math.sqrt(p_hat * (1 - p_hat) / n + z * z / (4 * n * n)) / denom
    return (float(max(0.0, center - half)), float(min(1.0, center + half)))
def rule_of_three(n):
    """Return 3 / n, the approximate 95% upper bound on the failure rate after n clean trials."""
    return 3.0 / _check_n(n)
def zero_failure_upper_bound(n, confidence=0.95):
    """Return 1 - (1 - confidence) ** (1 / n), the exact bound after n trials with no failure."""
    n = _check_n(n)
    _z_for(confidence)  # validates confidence
    return float(1 - float(confidence) ** (1 / n))
