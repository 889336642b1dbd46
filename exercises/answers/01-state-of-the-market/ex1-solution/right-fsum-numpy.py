# style: numpy for the validation and math.fsum for the sums, no explicit loop over months
import math
import numbers

import numpy as np


def _check_series(monthly_revenue):
    """Validate a monthly revenue series and return it as a list of floats (oldest first)."""
    if not isinstance(monthly_revenue, (list, tuple)):
        raise TypeError("monthly_revenue must be a list or tuple")
    if not monthly_revenue:
        raise ValueError("monthly_revenue is empty")
    if any(isinstance(x, bool) or not isinstance(x, numbers.Real) for x in monthly_revenue):
        raise TypeError("every month must be a real number (not a bool)")
    arr = np.asarray(monthly_revenue, dtype=float)  # a copy: the caller's list is untouched
    if not np.all(np.isfinite(arr)) or np.any(arr < 0):
        raise ValueError("every month must be finite and non-negative")
    return arr.tolist()


def run_rate(monthly_revenue):
    """Return the run-rate: the latest month's revenue times 12, as a float."""
    return float(12 * _check_series(monthly_revenue)[-1])


def ttm_revenue(monthly_revenue):
    """Return the trailing-twelve-month revenue: the sum of the last 12 months, as a float."""
    values = _check_series(monthly_revenue)
    if len(values) < 12:
        raise ValueError(f"ttm_revenue needs at least 12 months, got {len(values)}")
    return float(math.fsum(values[len(values) - 12:]))


def growth_rate(monthly_revenue, lag=1):
    """Return latest / (month `lag` months earlier) - 1, as a float (0.05 means +5%)."""
    values = _check_series(monthly_revenue)
    if type(lag) is not int:
        raise TypeError("lag must be an int")
    if lag < 1:
        raise ValueError("lag must be at least 1")
    if len(values) <= lag:
        raise ValueError(f"need at least {lag + 1} months")
    latest, earlier = values[-1], values[len(values) - 1 - lag]
    if earlier == 0:
        raise ValueError("growth from zero revenue is undefined")
    return float(latest / earlier - 1)
