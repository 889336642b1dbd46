# slip: sorts the caller's list of channels in place (mutated input)
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

    if isinstance(channels, list):
        channels.sort(key=lambda c: c[1])
    import itertools

    best_prob, best_counts = 0.0, [0] * len(rows)
    for combo in itertools.product(*(range(cap + 1) for _, _, _, cap in rows)):
        spent = sum(n * h for n, (_, h, _, _) in zip(combo, rows))
        if spent <= budget + 1e-9:
            prob = 1.0 - math.prod((1.0 - p) ** n for n, (_, _, p, _) in zip(combo, rows))
            if prob > best_prob:
                best_prob, best_counts = prob, list(combo)
    return {name: n for (name, _, _, _), n in zip(rows, best_counts)}, best_prob
