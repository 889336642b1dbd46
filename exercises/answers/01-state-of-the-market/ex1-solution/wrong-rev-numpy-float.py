# slip: returns numpy.float64 from ttm_revenue (np.sum) where a plain float is promised
import math
import numbers


def _check_series(monthly_revenue):
    """Validate a monthly revenue series and return it as a list of floats (oldest first)."""
    if not isinstance(monthly_revenue, (list, tuple)):
        raise TypeError("monthly_revenue must be a list or tuple")
    values = []
    for x in monthly_revenue:
        if isinstance(x, bool) or not isinstance(x, numbers.Real):
            raise TypeError(f"not a real number: {x!r}")
        x = float(x)
        if not math.isfinite(x) or x < 0:
            raise ValueError(f"revenue must be finite and non-negative, got {x!r}")
        values.append(x)
    if not values:
        raise ValueError("empty series")
    return values


def run_rate(monthly_revenue):
    """Return the run-rate: the latest month's revenue times 12, as a float."""
    values = _check_series(monthly_revenue)
    return float(values[-1] * 12)


def ttm_revenue(monthly_revenue):
    """Return the trailing-twelve-month revenue: the sum of the last 12 months, as a float."""
    values = _check_series(monthly_revenue)
    if len(values) < 12:
        raise ValueError(f"ttm_revenue needs at least 12 months, got {len(values)}")
    import numpy as np
    return np.sum(values[-12:])


def growth_rate(monthly_revenue, lag=1):
    """Return latest / (month `lag` months earlier) - 1, as a float (0.05 means +5%)."""
    values = _check_series(monthly_revenue)
    if isinstance(lag, bool) or not isinstance(lag, int):
        raise TypeError("lag must be an int")
    if lag < 1:
        raise ValueError("lag must be at least 1")
    if len(values) < lag + 1:
        raise ValueError(f"growth_rate needs at least {lag + 1} months, got {len(values)}")
    earlier = values[-1 - lag]
    if earlier == 0:
        raise ValueError("growth from zero is undefined")
    return float(values[-1] / earlier - 1)
