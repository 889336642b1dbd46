# style: solves the quadratic (p_hat - p)^2 = z^2 p (1 - p) / n for its two roots
import math
from statistics import NormalDist


def _n(n):
    if type(n) is not int:
        raise TypeError("n must be an int")
    if n < 1:
        raise ValueError("n must be at least 1")
    return n


def _z(confidence):
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)):
        raise TypeError("confidence must be a number")
    if not (0 < confidence < 1):
        raise ValueError("confidence must be in (0, 1)")
    return NormalDist().inv_cdf((1 + confidence) / 2)


def wilson_interval(successes, n, confidence=0.95):
    """Return the Wilson score interval (low, high) for successes out of n."""
    n = _n(n)
    if type(successes) is not int:
        raise TypeError("successes must be an int")
    if successes < 0 or successes > n:
        raise ValueError("successes must be between 0 and n")
    z2 = _z(confidence) ** 2
    p = successes / n
    # (1 + z2/n) p^2 - (2 p_hat + z2/n) p + p_hat^2 = 0
    a, b, c = 1 + z2 / n, -(2 * p + z2 / n), p * p
    root = math.sqrt(max(0.0, b * b - 4 * a * c))
    low, high = (-b - root) / (2 * a), (-b + root) / (2 * a)
    if successes == 0:
        low = 0.0
    if successes == n:
        high = 1.0
    return (min(1.0, max(0.0, float(low))), min(1.0, max(0.0, float(high))))


def rule_of_three(n):
    """Return 3 / n, the approximate 95% upper bound on the failure rate after n clean trials."""
    return 3 / _n(n)


def zero_failure_upper_bound(n, confidence=0.95):
    """Return 1 - (1 - confidence) ** (1 / n), the exact bound after n trials with no failure."""
    n = _n(n)
    _z(confidence)
    return float(-math.expm1(math.log1p(-confidence) / n))
