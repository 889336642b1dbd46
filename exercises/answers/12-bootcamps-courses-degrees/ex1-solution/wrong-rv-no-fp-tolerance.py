# slip: compares the total with the budget exactly, so 0.1 + 0.2 h does not fit 0.3 h
def plan_courses(courses, budget_hours):
    """Return the best plan of courses within budget_hours.

    courses: list/tuple of (name, hours, skills); budget_hours: number.
    Returns {"courses": sorted names, "skills": sorted covered skills, "hours": float}.
    Best = most distinct skills, then fewest hours (1e-9 tolerance), then first sorted names.
    """
    if not isinstance(courses, (list, tuple)):
        raise TypeError("courses must be a list or tuple of (name, hours, skills) entries")
    if isinstance(budget_hours, bool) or not isinstance(budget_hours, (int, float)):
        raise TypeError("budget_hours must be a number")
    if not math.isfinite(budget_hours) or budget_hours < 0:
        raise ValueError("budget_hours must be finite and non-negative")
    clean = []
    for entry in courses:
        if not isinstance(entry, (list, tuple)) or len(entry) != 3:
            raise TypeError(f"each course is a (name, hours, skills) triple, not {entry!r}")
        name, hours, skills = entry
        if not isinstance(name, str):
            raise TypeError(f"a course name must be a string, not {name!r}")
        if isinstance(hours, bool) or not isinstance(hours, (int, float)):
            raise TypeError(f"the hours of {name!r} must be a number")
        if not math.isfinite(hours) or hours < 0:
            raise ValueError(f"the hours of {name!r} must be finite and non-negative")
        if isinstance(skills, str) or not isinstance(skills, (list, tuple, set, frozenset)):
            raise TypeError(f"the skills of {name!r} must be a list, tuple or set of strings")
        if not all(isinstance(s, str) for s in skills):
            raise TypeError(f"every skill of {name!r} must be a string")
        clean.append((name, float(hours), frozenset(s.strip().lower() for s in skills)))
    names = [c[0] for c in clean]
    if len(set(names)) != len(names):
        raise ValueError("two courses share a name")

    best_key, best_plan = None, None
    for size in range(len(clean) + 1):
        for combo in itertools.combinations(clean, size):
            hours = sum(c[1] for c in combo)
            if hours > budget_hours:
                continue
            covered = frozenset().union(*(c[2] for c in combo))
            key = (-len(covered), round(hours, 9), sorted(c[0] for c in combo))
            if best_key is None or key < best_key:
                best_key, best_plan = key, (combo, covered, hours)
    combo, covered, hours = best_plan
    return {"courses": sorted(c[0] for c in combo), "skills": sorted(covered),
            "hours": float(hours)}
