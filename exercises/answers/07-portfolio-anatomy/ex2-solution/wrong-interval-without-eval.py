# slip: awards the interval points even when there are no eval cases
def score_projects(projects, weights=None):
    """Score projects against the portfolio rubric and rank them, best first.

    Returns a list of {"name", "score", "breakdown", "to_fix"} dicts (see the exercise).
    Raises TypeError or ValueError for invalid arguments.
    """
    import functools

    criteria = ("problem", "baseline", "eval", "interval", "demo", "failures", "cost")
    flags = {"problem": "states_problem", "baseline": "has_baseline", "demo": "live_demo",
             "failures": "failure_writeup", "cost": "reports_cost_latency"}
    w = {"problem": 2, "baseline": 2, "eval": 3, "interval": 2, "demo": 2, "failures": 2, "cost": 1}
    if weights is not None:
        if not isinstance(weights, dict):
            raise TypeError("weights must be None or a dict of criterion -> weight")
        for key, value in weights.items():
            if key not in w:
                raise ValueError(f"unknown criterion {key!r}; the criteria are {criteria}")
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"the weight of {key!r} must be a number")
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"the weight of {key!r} must be finite and >= 0")
        w.update(weights)
    if not isinstance(projects, (list, tuple)):
        raise TypeError("projects must be a list or tuple of dicts")
    if len(projects) == 0:
        raise ValueError("give at least one project")
    required = ("name", "eval_cases", "reports_interval", *flags.values())
    seen = set()
    results = []
    for project in projects:
        if not isinstance(project, dict):
            raise TypeError("each project must be a dict")
        for key in required:
            if key not in project:
                raise ValueError(f"a project is missing the key {key!r}")
        name = project["name"]
        if not isinstance(name, str):
            raise TypeError("name must be a str")
        if name in seen:
            raise ValueError(f"two projects are called {name!r}")
        seen.add(name)
        for key in (*flags.values(), "reports_interval"):
            if type(project[key]) is not bool:
                raise TypeError(f"{key} must be True or False")
        cases = project["eval_cases"]
        if isinstance(cases, bool) or not isinstance(cases, int):
            raise TypeError("eval_cases must be an int")
        if cases < 0:
            raise ValueError("eval_cases cannot be negative")

        if cases == 0:
            fraction = 0.0
        elif cases < 50:
            fraction = 1 / 3
        elif cases < 100:
            fraction = 2 / 3
        else:
            fraction = 1.0
        breakdown = {}
        for criterion in criteria:
            if criterion == "eval":
                points = w["eval"] * fraction
            elif criterion == "interval":
                points = w["interval"] if project["reports_interval"] else 0
            else:
                points = w[criterion] if project[flags[criterion]] else 0
            breakdown[criterion] = float(points)
        lost = [(w[c] - breakdown[c], i, c) for i, c in enumerate(criteria) if breakdown[c] < w[c]]
        to_fix = [c for _, _, c in sorted(lost, key=lambda t: (-t[0], t[1]))]
        score = float(sum(breakdown[c] for c in criteria))
        results.append({"name": name, "score": score, "breakdown": breakdown, "to_fix": to_fix})

    def order(a, b):
        if abs(a["score"] - b["score"]) >= 1e-9:
            return -1 if a["score"] > b["score"] else 1
        return (a["name"] > b["name"]) - (a["name"] < b["name"])

    return sorted(results, key=functools.cmp_to_key(order))
