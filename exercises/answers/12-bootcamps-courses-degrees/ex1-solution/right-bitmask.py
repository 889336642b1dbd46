# style: bitmask enumeration with plain loops and an explicit comparison
def plan_courses(courses, budget_hours):
    """Return the best plan of courses within budget_hours."""
    def is_num(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)

    if not isinstance(courses, (list, tuple)):
        raise TypeError("courses must be a list or tuple")
    if not is_num(budget_hours):
        raise TypeError("budget_hours must be a number")
    if budget_hours != budget_hours or budget_hours in (float("inf"),) or budget_hours < 0:
        raise ValueError("bad budget")
    items = []
    seen = set()
    for entry in courses:
        if not isinstance(entry, (list, tuple)) or len(entry) != 3:
            raise TypeError("bad entry")
        name, hours, skills = entry[0], entry[1], entry[2]
        if not isinstance(name, str):
            raise TypeError("bad name")
        if not is_num(hours):
            raise TypeError("bad hours")
        if hours != hours or hours == float("inf") or hours < 0:
            raise ValueError("bad hours")
        if isinstance(skills, str) or not isinstance(skills, (list, tuple, set, frozenset)):
            raise TypeError("bad skills")
        norm = set()
        for s in skills:
            if not isinstance(s, str):
                raise TypeError("bad skill")
            norm.add(s.strip().lower())
        if name in seen:
            raise ValueError("duplicate")
        seen.add(name)
        items.append((name, hours, norm))
    best = None  # (count, hours, names, skills)
    for mask in range(1 << len(items)):
        names, total, cov = [], 0.0, set()
        picked = [items[i] for i in range(len(items)) if mask & (1 << i)]
        total = math.fsum(h for _, h, _ in picked)
        if total > budget_hours + 1e-9:
            continue
        for n_, _, sk in picked:
            names.append(n_)
            cov |= sk
        names.sort()
        cand = (len(cov), total, names, sorted(cov))
        if best is None:
            best = cand
            continue
        if cand[0] != best[0]:
            better = cand[0] > best[0]
        elif abs(cand[1] - best[1]) >= 1e-9:
            better = cand[1] < best[1]
        else:
            better = cand[2] < best[2]
        if better:
            best = cand
    return {"courses": best[2], "skills": best[3], "hours": float(best[1])}
