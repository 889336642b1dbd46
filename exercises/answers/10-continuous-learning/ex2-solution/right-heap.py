# style: a heap of marginal gains (heapq) instead of a linear scan
def plan_week(activities, budget_hours):
    """Split a weekly learning budget into whole hours per activity, maximizing total value.

    activities: a list or tuple of (name, weight, min_hours, max_hours) entries (tuples or lists);
        h hours of an activity are worth weight * sqrt(h).
    budget_hours: the whole hours available this week, an int >= 0.
    Returns a dict {name: hours} with one int per activity, in the order given.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    import heapq
    from numbers import Integral, Real
    if not isinstance(activities, (list, tuple)):
        raise TypeError("activities must be a list or tuple")
    if isinstance(budget_hours, bool) or not isinstance(budget_hours, Integral):
        raise TypeError("budget_hours must be an int")
    if not activities:
        raise ValueError("no activities")
    parsed = []
    for a in activities:
        if not isinstance(a, (list, tuple)):
            raise TypeError("an activity is a tuple or list")
        if len(a) != 4:
            raise ValueError("four fields per activity")
        name, w, lo, hi = a
        if not isinstance(name, str):
            raise TypeError("names are strings")
        if isinstance(w, bool) or not isinstance(w, Real):
            raise TypeError("weights are numbers")
        if any(isinstance(x, bool) or not isinstance(x, Integral) for x in (lo, hi)):
            raise TypeError("hours are ints")
        if not (w > 0 and math.isfinite(w)) or lo < 0 or hi < lo:
            raise ValueError("bad activity")
        parsed.append((name, float(w), int(lo), int(hi)))
    if len({p[0] for p in parsed}) != len(parsed):
        raise ValueError("duplicate names")
    if budget_hours < 0 or sum(p[2] for p in parsed) > budget_hours:
        raise ValueError("budget too small")
    plan = {p[0]: p[2] for p in parsed}
    heap = [(-(w * (math.sqrt(lo + 1) - math.sqrt(lo))), k) for k, (_, w, lo, hi) in enumerate(parsed) if lo < hi]
    heapq.heapify(heap)
    left = budget_hours - sum(plan.values())
    while left > 0 and heap:
        _, k = heapq.heappop(heap)
        name, w, lo, hi = parsed[k]
        plan[name] += 1
        left -= 1
        h = plan[name]
        if h < hi:
            heapq.heappush(heap, (-(w * (math.sqrt(h + 1) - math.sqrt(h))), k))
    return plan
