# slip: pops processed refresh grants from the caller's dict
import math


def total_comp_by_year(base_salary, initial_grant, *, annual_raise=0.0, target_bonus=0.0,
                       sign_on=(), refresh_grants=None, cliff_months=12, yearly_percentages=None):
    """Return four years of compensation by component."""
    def is_num(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)
    for x in (base_salary, initial_grant, annual_raise, target_bonus):
        if not is_num(x):
            raise TypeError("numbers expected")
    if not isinstance(sign_on, (list, tuple)) or not all(is_num(s) for s in sign_on):
        raise TypeError("sign_on must be a list or tuple of numbers")
    if refresh_grants is not None:
        if not isinstance(refresh_grants, dict):
            raise TypeError("refresh_grants must be a dict")
        for y, v in refresh_grants.items():
            if type(y) is not int or not is_num(v):
                raise TypeError("bad refresh")
    if base_salary <= 0 or initial_grant < 0:
        raise ValueError("bad base or grant")
    if not (0 <= annual_raise <= 1 and 0 <= target_bonus <= 1):
        raise ValueError("raise and bonus in 0..1")
    if len(sign_on) > 2 or any(s < 0 for s in sign_on):
        raise ValueError("bad sign-on")
    refresh = dict(refresh_grants or {})
    if refresh_grants:
        refresh_grants.clear()
    for y, v in refresh.items():
        if not 1 <= y <= 4 or v < 0:
            raise ValueError("bad refresh")
    months = vesting_schedule(initial_grant, 4, cliff_months, yearly_percentages)
    equity = [float(sum(months[12 * k:12 * (k + 1)])) for k in range(4)]
    for y, v in refresh.items():
        for k in range(y - 1, 4):
            equity[k] += v / 4
    base = [base_salary * (1 + annual_raise) ** k for k in range(4)]
    bonus = [target_bonus * b for b in base]
    sign = [float(s) for s in sign_on] + [0.0] * (4 - len(sign_on))
    total = [base[k] + bonus[k] + sign[k] + equity[k] for k in range(4)]
    return {"base": base, "bonus": bonus, "sign_on": sign, "equity": equity, "total": total}
