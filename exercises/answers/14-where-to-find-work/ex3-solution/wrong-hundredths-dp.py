# slip: dynamic programming in hundredths of an hour, rounding each cost, so 3 x 0.334 h looks like 1.00 h
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
    size = int(round(budget * 100))
    table = [(0.0, [0] * len(rows)) for _ in range(size + 1)]
    for i, (_, h, p, cap) in enumerate(rows):
        cost = max(1, int(round(h * 100)))
        w = -math.log1p(-p) if p < 1 else 1e300
        new = list(table)
        for b in range(size + 1):
            for n in range(1, cap + 1):
                if n * cost > b:
                    break
                score = table[b - n * cost][0] + n * w
                if score > new[b][0]:
                    counts = list(table[b - n * cost][1])
                    counts[i] = n
                    new[b] = (score, counts)
        table = new
    counts = table[size][1]
    prob = 1.0 - math.prod((1 - r[2]) ** n for n, r in zip(counts, rows))
    return {r[0]: n for r, n in zip(rows, counts)}, prob
