# slip: treats cliff_months=0 as the default twelve-month cliff
def vesting_schedule(grant_value, years=4, cliff_months=12, yearly_percentages=None):
    """Return the value vesting in each month of an equity grant, as a list of years*12 floats.

    grant_value: total grant value (USD at grant price), >= 0.
    years: length of the vesting period in years, an int >= 1.
    cliff_months: months before anything vests (0 = no cliff); at the cliff month everything
        accrued so far vests at once. An int in 0 .. years*12.
    yearly_percentages: None for even monthly vesting, or `years` non-negative numbers summing
        to 100; year k's percentage is spread evenly over its 12 months.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    def is_number(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)

    if not is_number(grant_value):
        raise TypeError(f"grant_value must be a number, not {type(grant_value).__name__}")
    if not math.isfinite(grant_value) or grant_value < 0:
        raise ValueError(f"grant_value must be a finite number >= 0, not {grant_value!r}")
    for name, value in (("years", years), ("cliff_months", cliff_months)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if years < 1:
        raise ValueError(f"years must be at least 1, not {years}")
    n_months = 12 * years
    if not 0 <= cliff_months <= n_months:
        raise ValueError(f"cliff_months must be between 0 and {n_months}, not {cliff_months}")

    if yearly_percentages is None:
        percentages = [100 / years] * years
    else:
        if not isinstance(yearly_percentages, (list, tuple)):
            raise TypeError("yearly_percentages must be None, a list or a tuple")
        if not all(is_number(p) for p in yearly_percentages):
            raise TypeError("every yearly percentage must be a number")
        if len(yearly_percentages) != years:
            raise ValueError(f"yearly_percentages needs {years} entries, "
                             f"got {len(yearly_percentages)}")
        if any(p < 0 for p in yearly_percentages):
            raise ValueError("yearly percentages cannot be negative")
        if abs(sum(yearly_percentages) - 100) > 1e-6:
            raise ValueError(f"yearly percentages must sum to 100, not {sum(yearly_percentages)}")
        percentages = list(yearly_percentages)

    monthly = [float(grant_value * percentages[m // 12] / 100 / 12) for m in range(n_months)]
    if cliff_months == 0:
        cliff_months = min(12, n_months)
    if cliff_months > 0:
        accrued = sum(monthly[:cliff_months])
        monthly[:cliff_months] = [0.0] * cliff_months
        monthly[cliff_months - 1] = float(accrued)
    return monthly
