# slip: pays the last sign-on amount in every later year
def total_comp_by_year(base_salary, initial_grant, *, annual_raise=0.0, target_bonus=0.0,
                       sign_on=(), refresh_grants=None, cliff_months=12, yearly_percentages=None):
    """Return four years of compensation by component.

    Returns {"base", "bonus", "sign_on", "equity", "total"}: each a list of 4 numbers (years 1-4).
    The initial grant vests with vesting_schedule(initial_grant, 4, cliff_months,
    yearly_percentages); each refresh grant {year: value} vests evenly monthly over four years,
    no cliff, from the start of its year. Raises TypeError/ValueError on invalid arguments.
    """
    def number(x, name):
        if isinstance(x, bool) or not isinstance(x, (int, float)):
            raise TypeError(f"{name} must be a number, not {type(x).__name__}")
        if not math.isfinite(x):
            raise ValueError(f"{name} must be finite")
        return float(x)

    base_salary = number(base_salary, "base_salary")
    initial_grant = number(initial_grant, "initial_grant")
    annual_raise = number(annual_raise, "annual_raise")
    target_bonus = number(target_bonus, "target_bonus")
    if base_salary <= 0:
        raise ValueError("base_salary must be positive")
    if initial_grant < 0:
        raise ValueError("initial_grant cannot be negative")
    if not 0 <= annual_raise <= 1:
        raise ValueError("annual_raise is a fraction between 0 and 1, e.g. 0.03")
    if not 0 <= target_bonus <= 1:
        raise ValueError("target_bonus is a fraction between 0 and 1, e.g. 0.15")
    if not isinstance(sign_on, (list, tuple)):
        raise TypeError("sign_on must be a list or tuple of up to two amounts")
    sign_on = [number(s, "a sign-on amount") for s in sign_on]
    if len(sign_on) > 2:
        raise ValueError("sign_on holds at most two amounts (year 1 and year 2)")
    if any(s < 0 for s in sign_on):
        raise ValueError("sign-on amounts cannot be negative")
    if refresh_grants is None:
        refresh_grants = {}
    if not isinstance(refresh_grants, dict):
        raise TypeError("refresh_grants must be None or a dict {year_granted: value}")
    for year, value in refresh_grants.items():
        if isinstance(year, bool) or not isinstance(year, int):
            raise TypeError("refresh grant years must be ints")
        if not 1 <= year <= 4:
            raise ValueError(f"refresh grant year must be between 1 and 4, not {year}")
        if number(value, "a refresh grant") < 0:
            raise ValueError("refresh grants cannot be negative")

    months = [0.0] * 48
    for m, v in enumerate(vesting_schedule(initial_grant, 4, cliff_months, yearly_percentages)):
        months[m] += v
    for year, value in refresh_grants.items():
        start = 12 * (year - 1)
        for m, v in enumerate(vesting_schedule(float(value), 4, 0)):
            if start + m < 48:
                months[start + m] += v

    base = [base_salary * (1 + annual_raise) ** k for k in range(4)]
    bonus = [target_bonus * b for b in base]
    sign = ([*sign_on] + [sign_on[-1]] * 4)[:4] if sign_on else [0.0] * 4
    equity = [sum(months[12 * k:12 * (k + 1)]) for k in range(4)]
    total = [b + bo + s + e for b, bo, s, e in zip(base, bonus, sign, equity)]
    return {"base": base, "bonus": bonus, "sign_on": sign, "equity": equity, "total": total}
