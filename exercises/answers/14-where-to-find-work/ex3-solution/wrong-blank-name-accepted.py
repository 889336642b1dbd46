# slip: rejects only the empty string, so a name made of spaces or a tab passes as a channel name
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
        if name == "" or name in names:
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
    import itertools
    best, best_prob = [0] * len(rows), 0.0
    for combo in itertools.product(*(range(cap + 1) for *_, cap in rows)):
        if sum(n * r[1] for n, r in zip(combo, rows)) > budget + 1e-9:
            continue
        prob = 1 - math.prod((1 - r[2]) ** n for n, r in zip(combo, rows))
        if prob > best_prob:
            best, best_prob = list(combo), prob
    return {r[0]: n for r, n in zip(rows, best)}, best_prob
