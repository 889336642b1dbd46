# style: numpy grid of plans in a compact int16 dtype; counts come back as numpy int16 (numpy integers are accepted)
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
    if not rows:
        return {}, 0.0
    caps = [r[3] for r in rows]
    grid = np.array(np.meshgrid(*(np.arange(c + 1, dtype=np.int16) for c in caps), indexing="ij")).reshape(len(rows), -1).T
    hours = np.array([r[1] for r in rows])
    p = np.array([r[2] for r in rows])
    spent = grid @ hours
    prob = 1.0 - np.prod((1.0 - p) ** grid, axis=1)
    prob[spent > budget + 1e-9] = -1.0
    k = int(np.argmax(prob))
    return {r[0]: grid[k, i] for i, r in enumerate(rows)}, prob[k]
