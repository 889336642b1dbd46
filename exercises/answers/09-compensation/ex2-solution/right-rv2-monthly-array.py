# style: numpy 48-month equity array, refreshes added month by month, yearly sums via reshape
import numpy as np


def total_comp_by_year(base_salary, initial_grant, *, annual_raise=0.0, target_bonus=0.0,
                       sign_on=(), refresh_grants=None, cliff_months=12, yearly_percentages=None):
    """Return four years of compensation by component."""
    def num(x):
        return type(x) in (int, float) or isinstance(x, (np.integer, np.floating))
    if not all(num(x) for x in (base_salary, initial_grant, annual_raise, target_bonus)):
        raise TypeError("numbers expected")
    if type(sign_on) not in (list, tuple) or not all(num(s) for s in sign_on):
        raise TypeError("sign_on")
    if refresh_grants is not None and type(refresh_grants) is not dict:
        raise TypeError("refresh_grants")
    items = list((refresh_grants or {}).items())
    if any(type(y) is not int or not num(v) for y, v in items):
        raise TypeError("refresh entries")
    if base_salary <= 0 or initial_grant < 0 or not 0 <= annual_raise <= 1 or not 0 <= target_bonus <= 1:
        raise ValueError("range")
    if len(sign_on) > 2 or min(sign_on, default=0) < 0:
        raise ValueError("sign_on")
    if any(not 1 <= y <= 4 or v < 0 for y, v in items):
        raise ValueError("refresh")
    monthly = np.array(vesting_schedule(initial_grant, 4, cliff_months, yearly_percentages), dtype=float)
    for y, v in items:
        monthly[12 * (y - 1):] += v / 48
    equity = monthly.reshape(4, 12).sum(axis=1)
    base = base_salary * (1 + annual_raise) ** np.arange(4)
    bonus = target_bonus * base
    sign = np.zeros(4)
    sign[:len(sign_on)] = sign_on
    total = base + bonus + sign + equity
    return {key: [float(v) for v in arr] for key, arr in
            (("base", base), ("bonus", bonus), ("sign_on", sign), ("equity", equity), ("total", total))}
