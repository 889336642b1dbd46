# style: dynamic programming over channels, keeping the best log-survival per reachable spend
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

    # states: total hours spent (rounded key) -> (sum of n * log(1 - p), counts so far, exact hours)
    states = {0.0: (0.0, [], 0.0)}
    for _, hours, p, cap in rows:
        log_fail = math.log1p(-p) if p < 1 else -math.inf
        new = {}
        for log_sum, counts, spent in states.values():
            for n in range(cap + 1):
                total = spent + n * hours
                if total > budget + 1e-9:
                    break
                value = log_sum + (n * log_fail if n else 0.0)
                key = round(total, 9)
                if key not in new or value < new[key][0]:
                    new[key] = (value, counts + [n], total)
        states = new
    best_counts = min(states.values(), key=lambda s: s[0])[1]
    prob = 1.0 - math.prod((1.0 - p) ** n for n, (_, _, p, _) in zip(best_counts, rows))
    return {name: n for (name, _, _, _), n in zip(rows, best_counts)}, prob
