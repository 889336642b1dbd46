# slip: greedy by -log(1 - p) per hour, then fills the leftover hours with any channel that still fits
def best_weekly_plan(channels, budget_hours):
    """The split of a weekly budget that maximizes P(at least one offer)."""
    nums = (int, float, np.integer, np.floating)

    def num(x):
        if isinstance(x, bool) or not isinstance(x, nums):
            raise TypeError("a number is needed")
        if not math.isfinite(x):
            raise ValueError("numbers must be finite")
        return float(x)

    if not isinstance(channels, (list, tuple)):
        raise TypeError("channels must be a list or tuple")
    rows, names = [], set()
    for entry in channels:
        if not isinstance(entry, (list, tuple)):
            raise TypeError("an entry is a list or tuple")
        if len(entry) != 4:
            raise ValueError("an entry has four values")
        name, hours, p, cap = entry
        if not isinstance(name, str):
            raise TypeError("a name is a string")
        if not name.strip() or name in names:
            raise ValueError("names are non-empty and unique")
        names.add(name)
        hours, p = num(hours), num(p)
        if hours <= 0 or not 0 <= p <= 1:
            raise ValueError("hours above 0, p in [0, 1]")
        if isinstance(cap, bool) or not isinstance(cap, (int, np.integer)):
            raise TypeError("cap is a whole number")
        if cap < 0:
            raise ValueError("cap cannot be negative")
        rows.append((name, hours, p, int(cap)))
    budget = num(budget_hours)
    if budget < 0:
        raise ValueError("budget cannot be negative")
    plan = {r[0]: 0 for r in rows}
    left = budget
    order = sorted(rows, key=lambda r: (-math.log1p(-r[2]) if r[2] < 1 else math.inf) / r[1], reverse=True)
    for name, h, _, cap in order:
        take = min(cap, int((left + 1e-9) // h))
        plan[name] += take
        left -= take * h
    for name, h, _, cap in sorted(rows, key=lambda r: r[1]):
        while plan[name] < cap and h <= left + 1e-9:
            plan[name] += 1
            left -= h
    prob = 1 - math.prod((1 - p) ** plan[name] for name, _, p, _ in rows)
    return plan, prob
