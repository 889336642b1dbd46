# style: numpy arrays for the yearly components, equity summed by reshaping months
import math

import numpy as np


def total_comp_by_year(base_salary, initial_grant, *, annual_raise=0.0, target_bonus=0.0,
                       sign_on=(), refresh_grants=None, cliff_months=12, yearly_percentages=None):
    """Return four years of compensation by component."""
    def num(x):
        if isinstance(x, bool) or not isinstance(x, (int, float)):
            raise TypeError("expected a number")
        if not math.isfinite(x):
            raise ValueError("expected a finite number")
        return float(x)

    base_salary, initial_grant = num(base_salary), num(initial_grant)
    annual_raise, target_bonus = num(annual_raise), num(target_bonus)
    if base_salary <= 0 or initial_grant < 0:
        raise ValueError("base must be positive and the grant non-negative")
    if not (0 <= annual_raise <= 1 and 0 <= target_bonus <= 1):
        raise ValueError("raise and bonus are fractions in 0..1")
    if not isinstance(sign_on, (list, tuple)):
        raise TypeError("sign_on must be a list or tuple")
    amounts = [num(s) for s in sign_on]
    if len(amounts) > 2 or any(a < 0 for a in amounts):
        raise ValueError("at most two non-negative sign-on amounts")
    grants = {} if refresh_grants is None else refresh_grants
    if not isinstance(grants, dict):
        raise TypeError("refresh_grants must be None or a dict")
    for year, value in grants.items():
        if type(year) is not int:
            raise TypeError("refresh years are ints")
        if not 1 <= year <= 4 or num(value) < 0:
            raise ValueError("refresh years are 1..4 and values non-negative")
    months = np.array(vesting_schedule(initial_grant, 4, cliff_months, yearly_percentages))
    for year, value in grants.items():
        start = 12 * (year - 1)
        months[start:] += float(value) / 48.0
    base = base_salary * (1 + annual_raise) ** np.arange(4)
    bonus = target_bonus * base
    sign = np.zeros(4)
    sign[: len(amounts)] = amounts
    equity = months.reshape(4, 12).sum(axis=1)
    total = base + bonus + sign + equity
    return {k: [float(v) for v in arr] for k, arr in
            (("base", base), ("bonus", bonus), ("sign_on", sign), ("equity", equity), ("total", total))}
