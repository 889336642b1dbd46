# slip: returns hours as floats (1.0 instead of 1)
def plan_week(activities, budget_hours):
    """Split a weekly learning budget into whole hours per activity, maximizing total value.

    activities: a list or tuple of (name, weight, min_hours, max_hours) entries (tuples or lists);
        h hours of an activity are worth weight * sqrt(h).
    budget_hours: the whole hours available this week, an int >= 0.
    Returns a dict {name: hours} with one int per activity, in the order given.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    def is_int(x):
        return isinstance(x, (int, np.integer)) and not isinstance(x, (bool, np.bool_))
    if not isinstance(activities, (list, tuple)):
        raise TypeError("activities must be a list or tuple")
    if not is_int(budget_hours):
        raise TypeError("budget_hours must be an int")
    if len(activities) == 0:
        raise ValueError("no activities")
    names, weights, lows, highs = [], [], [], []
    for entry in activities:
        if not isinstance(entry, (list, tuple)):
            raise TypeError("each entry must be a tuple or list")
        if len(entry) != 4:
            raise ValueError("each entry has four fields")
        name, w, lo, hi = entry
        if not isinstance(name, str):
            raise TypeError("name must be a string")
        if isinstance(w, (bool, np.bool_)) or not isinstance(w, (int, float, np.integer, np.floating)):
            raise TypeError("weight must be a number")
        if not is_int(lo) or not is_int(hi):
            raise TypeError("hours must be ints")
        if not (math.isfinite(w) and w > 0):
            raise ValueError("weight must be positive")
        if lo < 0 or hi < lo:
            raise ValueError("bad hours")
        names.append(name); weights.append(float(w)); lows.append(int(lo)); highs.append(int(hi))
    if len(set(names)) != len(names):
        raise ValueError("names repeat")
    if budget_hours < 0:
        raise ValueError("negative budget")
    if sum(lows) > budget_hours:
        raise ValueError("minimums exceed the budget")
    hours = list(lows)
    left = int(budget_hours) - sum(lows)
    while left > 0:
        best, gain = None, 0.0
        for i in range(len(hours)):
            if hours[i] < highs[i]:
                g = weights[i] * (math.sqrt(hours[i] + 1) - math.sqrt(hours[i]))
                if best is None or g > gain:
                    best, gain = i, g
        if best is None:
            break
        hours[best] += 1
        left -= 1
    return {n: float(h) for n, h in zip(names, hours)}
