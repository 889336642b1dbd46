# slip: the page's baseline, greedy by offer probability per hour (ignores the leftover budget)
def best_weekly_plan(channels, budget_hours):
    """The split of a weekly time budget across channels that maximizes P(at least one offer)."""
    def number(x):
        if isinstance(x, bool) or not isinstance(x, (int, float, np.integer, np.floating)):
            raise TypeError("a number is needed")
        if not math.isfinite(x):
            raise ValueError("numbers must be finite")
        return float(x)

    if not isinstance(channels, (list, tuple)):
        raise TypeError("channels must be a list or tuple")
    rows, names = [], set()
    for entry in channels:
        if not isinstance(entry, (list, tuple)):
            raise TypeError("each channel is a tuple or list")
        if len(entry) != 4:
            raise ValueError("each channel has four values")
        name, hours, p, cap = entry
        if not isinstance(name, str):
            raise TypeError("names are strings")
        if not name.strip() or name in names:
            raise ValueError("names are non-empty and unique")
        names.add(name)
        hours, p = number(hours), number(p)
        if hours <= 0 or not 0 <= p <= 1:
            raise ValueError("hours > 0 and p in [0, 1]")
        if isinstance(cap, bool) or not isinstance(cap, (int, np.integer)):
            raise TypeError("caps are whole numbers")
        if cap < 0:
            raise ValueError("caps cannot be negative")
        rows.append((name, hours, p, int(cap)))
    budget = number(budget_hours)
    if budget < 0:
        raise ValueError("the budget cannot be negative")

    plan = {name: 0 for name, _, _, _ in rows}
    left = budget
    for name, hours, p, cap in sorted(rows, key=lambda r: r[2] / r[1], reverse=True):
        take = min(cap, int((left + 1e-9) // hours))
        plan[name] = take
        left -= take * hours
    prob = 1.0 - math.prod((1.0 - p) ** plan[name] for name, _, p, _ in rows)
    return plan, prob
