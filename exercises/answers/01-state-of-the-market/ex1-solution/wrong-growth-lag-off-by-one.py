# slip: off-by-one: compares with the month lag - 1 months earlier
import math
import numbers


def _check_series(monthly_revenue):
    """Validate a monthly revenue series and return it as a list of floats (oldest first)."""
    if not isinstance(monthly_revenue, (list, tuple)):
        raise TypeError(
            f"monthly_revenue must be a list or tuple, not {type(monthly_revenue).__name__}"
        )
    if len(monthly_revenue) == 0:
        raise ValueError("monthly_revenue is empty: give at least one month")
    values = []
    for i, x in enumerate(monthly_revenue):
        if isinstance(x, bool) or not isinstance(x, numbers.Real):
            raise TypeError(f"month {i} is {x!r}, not a number")
        x = float(x)
        if not math.isfinite(x):
            raise ValueError(f"month {i} is {x}, not a finite number")
        if x < 0:
            raise ValueError(f"month {i} is negative ({x}); revenue cannot be negative")
        values.append(x)
    return values
def run_rate(monthly_revenue):
    """Return the run-rate: the latest month's revenue times 12, as a float."""
    values = _check_series(monthly_revenue)
    return values[-1] * 12.0
def ttm_revenue(monthly_revenue):
    """Return the trailing-twelve-month revenue: the sum of the last 12 months, as a float."""
    values = _check_series(monthly_revenue)
    if len(values) < 12:
        raise ValueError(f"ttm_revenue needs at least 12 months, got {len(values)}")
    return float(sum(values[-12:]))
def growth_rate(monthly_revenue, lag=1):
    """Return latest / (month `lag` months earlier) - 1, as a float (0.05 means +5%)."""
    values = _check_series(monthly_revenue)
    if isinstance(lag, bool) or not isinstance(lag, int):
        raise TypeError(f"lag must be an int number of months, not {type(lag).__name__}")
    if lag < 1:
        raise ValueError(f"lag must be at least 1 month, got {lag}")
    if len(values) < lag + 1:
        raise ValueError(
            f"growth over {lag} months needs at least {lag + 1} months, got {len(values)}"
        )
    earlier = values[-lag]
    if earlier == 0:
        raise ValueError("the earlier month's revenue is 0, so growth is undefined")
    return values[-1] / earlier - 1.0
