# style: recursive include/exclude search, names kept as a tuple, pairwise comparison with explicit tolerance
def plan_courses(courses, budget_hours):
    """Return the best plan of courses within budget_hours.

    courses: list/tuple of (name, hours, skills); budget_hours: number.
    Returns {"courses": sorted names, "skills": sorted covered skills, "hours": float}.
    Best = most distinct skills, then fewest hours (1e-9 tolerance), then first sorted names.
    """
    def num(x):
        return not isinstance(x, bool) and isinstance(x, (int, float))
    if not isinstance(courses, (list, tuple)):
        raise TypeError("courses must be a list or tuple")
    if not num(budget_hours):
        raise TypeError("budget must be a number")
    if budget_hours != budget_hours or budget_hours in (float("inf"), float("-inf")) or budget_hours < 0:
        raise ValueError("bad budget")
    items, seen = [], set()
    for e in courses:
        if not isinstance(e, (list, tuple)) or len(e) != 3:
            raise TypeError("entry")
        n, h, sk = e
        if not isinstance(n, str):
            raise TypeError("name")
        if not num(h):
            raise TypeError("hours")
        if h != h or h in (float("inf"), float("-inf")) or h < 0:
            raise ValueError("hours")
        if isinstance(sk, str) or not isinstance(sk, (list, tuple, set, frozenset)):
            raise TypeError("skills")
        for s in sk:
            if not isinstance(s, str):
                raise TypeError("skill")
        if n in seen:
            raise ValueError("duplicate")
        seen.add(n)
        items.append((n, h, {s.strip().lower() for s in sk}))

    best = [None]  # (n_skills, hours, names tuple, skills set)

    def better(a, b):
        if a[0] != b[0]:
            return a[0] > b[0]
        if abs(a[1] - b[1]) >= 1e-9:
            return a[1] < b[1]
        return a[2] < b[2]

    def walk(i, names, hours, skills):
        if i == len(items):
            cand = (len(skills), hours, tuple(sorted(names)), skills)
            if best[0] is None or better(cand, best[0]):
                best[0] = cand
            return
        walk(i + 1, names, hours, skills)
        n, h, sk = items[i]
        if hours + h <= budget_hours + 1e-9:
            walk(i + 1, names + [n], hours + h, skills | sk)

    walk(0, [], 0.0, set())
    _, hours, names, skills = best[0]
    return {"courses": list(names), "skills": sorted(skills), "hours": float(hours)}
