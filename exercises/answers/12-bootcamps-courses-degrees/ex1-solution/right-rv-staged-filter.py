# style: all fitting plans from bit masks, then filtered in three stages with tuples
def plan_courses(courses, budget_hours):
    """Return the best plan of courses within budget_hours.

    courses: list/tuple of (name, hours, skills); budget_hours: number.
    Returns {"courses": sorted names, "skills": sorted covered skills, "hours": float}.
    Best = most distinct skills, then fewest hours (1e-9 tolerance), then first sorted names.
    """
    if type(courses) not in (list, tuple):
        raise TypeError("courses")
    if type(budget_hours) not in (int, float):
        raise TypeError("budget")
    if not math.isfinite(budget_hours) or budget_hours < 0:
        raise ValueError("budget")
    rows = []
    for e in courses:
        if type(e) not in (list, tuple) or len(e) != 3:
            raise TypeError("entry")
        if type(e[0]) is not str:
            raise TypeError("name")
        if type(e[1]) not in (int, float):
            raise TypeError("hours")
        if not math.isfinite(e[1]) or e[1] < 0:
            raise ValueError("hours")
        if type(e[2]) not in (list, tuple, set, frozenset) or any(type(s) is not str for s in e[2]):
            raise TypeError("skills")
        rows.append((e[0], e[1], tuple(s.strip().lower() for s in e[2])))
    if len({r[0] for r in rows}) < len(rows):
        raise ValueError("duplicate names")
    plans = []
    for mask in range(2 ** len(rows)):
        picked = [r for i, r in enumerate(rows) if mask >> i & 1]
        total = np.sum([r[1] for r in picked], dtype=float) if picked else 0.0
        if total <= budget_hours + 1e-9:
            cover = set()
            for r in picked:
                cover.update(r[2])
            plans.append((tuple(sorted(r[0] for r in picked)), float(total), cover))
    most = max(len(p[2]) for p in plans)
    plans = [p for p in plans if len(p[2]) == most]
    least = min(p[1] for p in plans)
    plans = [p for p in plans if p[1] - least < 1e-9]
    names, total, cover = min(plans, key=lambda p: p[0])
    return {"courses": list(names), "skills": sorted(cover), "hours": total}
