# slip: year k's percentage spread over 12 months uses pcts[m // 12 - 1] (off by one year)
import math


def vesting_schedule(grant_value, years=4, cliff_months=12, yearly_percentages=None):
    """Return the value vesting in each month of an equity grant, as a list of years*12 floats."""
    def is_num(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)
    if not is_num(grant_value):
        raise TypeError("grant_value must be a number")
    for x in (years, cliff_months):
        if type(x) is not int:
            raise TypeError("years and cliff_months must be ints")
    if yearly_percentages is not None:
        if not isinstance(yearly_percentages, (list, tuple)):
            raise TypeError("yearly_percentages must be a list or tuple")
        if not all(is_num(p) for p in yearly_percentages):
            raise TypeError("percentages must be numbers")
    if grant_value < 0 or not math.isfinite(grant_value):
        raise ValueError("grant_value must be finite and >= 0")
    if years < 1:
        raise ValueError("years must be >= 1")
    n = 12 * years
    if not 0 <= cliff_months <= n:
        raise ValueError("cliff out of range")
    if yearly_percentages is None:
        monthly = [grant_value / n] * n
    else:
        pcts = list(yearly_percentages)
        if len(pcts) != years or any(p < 0 for p in pcts):
            raise ValueError("bad percentages")
        if abs(sum(pcts) - 100) > 1e-6:
            raise ValueError("percentages must sum to 100")
        monthly = [grant_value * pcts[m // 12 - 1] / 100 / 12 for m in range(n)]
    out = [float(v) for v in monthly]
    if cliff_months > 0:
        accrued = sum(out[:cliff_months])
        for m in range(cliff_months - 1):
            out[m] = 0.0
        out[cliff_months - 1] = float(accrued)
    return out
