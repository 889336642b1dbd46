# style: numpy repeat and cumsum, floats converted at the end
import math

import numpy as np


def vesting_schedule(grant_value, years=4, cliff_months=12, yearly_percentages=None):
    """Return the value vesting in each month of an equity grant, as a list of years*12 floats."""
    if isinstance(grant_value, bool) or not isinstance(grant_value, (int, float)):
        raise TypeError("grant_value must be a number")
    if not math.isfinite(grant_value) or grant_value < 0:
        raise ValueError("grant_value must be finite and >= 0")
    if type(years) is not int or type(cliff_months) is not int:
        raise TypeError("years and cliff_months must be ints")
    if years < 1 or not 0 <= cliff_months <= 12 * years:
        raise ValueError("years >= 1 and 0 <= cliff_months <= 12 * years")
    if yearly_percentages is None:
        shares = np.full(years, 100.0 / years)
    else:
        if not isinstance(yearly_percentages, (list, tuple)):
            raise TypeError("yearly_percentages must be a list or tuple")
        if any(isinstance(p, bool) or not isinstance(p, (int, float)) for p in yearly_percentages):
            raise TypeError("percentages are numbers")
        if len(yearly_percentages) != years or min(yearly_percentages) < 0:
            raise ValueError("one non-negative percentage per year")
        if not math.isclose(math.fsum(yearly_percentages), 100.0, rel_tol=0, abs_tol=1e-6):
            raise ValueError("percentages must sum to 100")
        shares = np.array(yearly_percentages, dtype=float)
    monthly = np.repeat(grant_value * shares / 100.0 / 12.0, 12)
    if cliff_months:
        at_cliff = monthly[:cliff_months].sum()
        monthly[:cliff_months] = 0.0
        monthly[cliff_months - 1] = at_cliff
    return [float(v) for v in monthly]
