# style: numpy repeat and cumsum; the cliff month takes the cumulative sum; floats converted back
import math

import numpy as np


def vesting_schedule(grant_value, years=4, cliff_months=12, yearly_percentages=None):
    """Return the value vesting in each month of an equity grant, as a list of years*12 floats."""
    number = (int, float)
    if isinstance(grant_value, bool) or not isinstance(grant_value, number):
        raise TypeError("grant_value")
    if isinstance(years, bool) or not isinstance(years, int) or isinstance(cliff_months, bool) or not isinstance(cliff_months, int):
        raise TypeError("years/cliff_months")
    if yearly_percentages is not None and (not isinstance(yearly_percentages, (list, tuple)) or any(isinstance(p, bool) or not isinstance(p, number) for p in yearly_percentages)):
        raise TypeError("yearly_percentages")
    if not math.isfinite(grant_value) or grant_value < 0 or years < 1 or not 0 <= cliff_months <= 12 * years:
        raise ValueError("bad value")
    if yearly_percentages is None:
        pct = np.full(years, 100.0 / years)
    else:
        pct = np.array(yearly_percentages, dtype=float)
        if pct.shape != (years,) or (pct < 0).any() or not math.isclose(pct.sum(), 100.0, rel_tol=0, abs_tol=1e-6):
            raise ValueError("bad percentages")
    monthly = np.repeat(grant_value * pct / 100.0 / 12.0, 12)
    if yearly_percentages is None:
        monthly = np.full(12 * years, grant_value / (12 * years))
    if cliff_months:
        head = np.cumsum(monthly)[cliff_months - 1]
        monthly[:cliff_months] = 0.0
        monthly[cliff_months - 1] = head
    return [float(v) for v in monthly]
