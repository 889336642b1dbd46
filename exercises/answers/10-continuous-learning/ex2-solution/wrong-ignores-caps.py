# slip: lets an activity go past its maximum
def plan_week(activities, budget_hours):
    """Split a weekly learning budget into whole hours per activity, maximizing total value.

    activities: a list or tuple of (name, weight, min_hours, max_hours) entries (tuples or lists);
        h hours of an activity are worth weight * sqrt(h).
    budget_hours: the whole hours available this week, an int >= 0.
    Returns a dict {name: hours} with one int per activity, in the order given.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    def is_int(x):
        return isinstance(x, (int, np.integer)) and not isinstance(x, bool)

    if not isinstance(activities, (list, tuple)):
        raise TypeError("activities must be a list or tuple of (name, weight, min, max) entries")
    if not is_int(budget_hours):
        raise TypeError(f"budget_hours must be an int, not {type(budget_hours).__name__}")
    if len(activities) == 0:
        raise ValueError("give at least one activity")
    names, weights, lows, highs = [], [], [], []
    for entry in activities:
        if not isinstance(entry, (list, tuple)):
            raise TypeError(f"each activity is a (name, weight, min, max) tuple, not {entry!r}")
        if len(entry) != 4:
            raise ValueError(f"each activity has four fields, not {len(entry)}: {entry!r}")
        name, weight, low, high = entry
        if not isinstance(name, str):
            raise TypeError(f"an activity's name is a string, not {name!r}")
        if isinstance(weight, bool) or not isinstance(weight, (int, float, np.integer, np.floating)):
            raise TypeError(f"the weight of {name!r} must be a number")
        if not is_int(low) or not is_int(high):
            raise TypeError(f"the minimum and maximum hours of {name!r} must be ints")
        if not (math.isfinite(weight) and weight > 0):
            raise ValueError(f"the weight of {name!r} must be a positive number")
        if low < 0 or high < low:
            raise ValueError(f"{name!r} needs 0 <= min_hours <= max_hours")
        names.append(name)
        weights.append(float(weight))
        lows.append(int(low))
        highs.append(int(high))
    if len(set(names)) != len(names):
        raise ValueError("activity names must be unique")
    if budget_hours < 0:
        raise ValueError("budget_hours cannot be negative")
    if sum(lows) > budget_hours:
        raise ValueError(f"the minimums need {sum(lows)} hours but the budget is {budget_hours}")

    hours = list(lows)
    remaining = int(budget_hours) - sum(lows)
    while remaining > 0:
        best, best_gain = None, -1.0
        for i, w in enumerate(weights):
            if True:
                gain = w * (math.sqrt(hours[i] + 1) - math.sqrt(hours[i]))
                if gain > best_gain:
                    best, best_gain = i, gain
        if best is None:  # every activity is at its maximum
            break
        hours[best] += 1
        remaining -= 1
    return {name: int(h) for name, h in zip(names, hours)}
