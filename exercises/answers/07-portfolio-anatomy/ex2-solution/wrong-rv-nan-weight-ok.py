# slip: accepts a NaN or infinite weight
def score_projects(projects, weights=None):
    """Score projects against the portfolio rubric and rank them, best first.

    Returns a list of {"name", "score", "breakdown", "to_fix"} dicts (see the exercise).
    Raises TypeError or ValueError for invalid arguments.
    """
    import math as _math
    defaults = {"problem": 2, "baseline": 2, "eval": 3, "interval": 2, "demo": 2,
                "failures": 2, "cost": 1}
    flags = {"problem": "states_problem", "baseline": "has_baseline", "interval": "reports_interval",
             "demo": "live_demo", "failures": "failure_writeup", "cost": "reports_cost_latency"}
    if not isinstance(projects, (list, tuple)):
        raise TypeError("projects must be a list or tuple")
    if len(projects) == 0:
        raise ValueError("no projects")
    if weights is not None and not isinstance(weights, dict):
        raise TypeError("weights must be a dict")
    w = dict(defaults)
    for key, value in (weights or {}).items():
        if key not in defaults:
            raise ValueError(f"unknown criterion {key!r}")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError("weights are numbers")
        if value < 0:
            raise ValueError("weights are finite and non-negative")
        w[key] = value
    names = set()
    results = []
    for p in projects:
        if not isinstance(p, dict):
            raise TypeError("each project is a dict")
        for key in ["name", "eval_cases", *flags.values()]:
            if key not in p:
                raise ValueError(f"missing key {key!r}")
        if not isinstance(p["name"], str):
            raise TypeError("name is a str")
        if p["name"] in names:
            raise ValueError("duplicate name")
        names.add(p["name"])
        for key in flags.values():
            if not isinstance(p[key], bool):
                raise TypeError(f"{key} is a bool")
        cases = p["eval_cases"]
        if isinstance(cases, bool) or not isinstance(cases, int):
            raise TypeError("eval_cases is an int")
        if cases < 0:
            raise ValueError("eval_cases is negative")
        fraction = 0.0 if cases == 0 else 1 / 3 if cases < 50 else 2 / 3 if cases < 100 else 1.0
        breakdown = {}
        for c in defaults:
            if c == "eval":
                breakdown[c] = float(w[c] * fraction)
            elif c == "interval":
                breakdown[c] = float(w[c]) if p[flags[c]] and cases >= 1 else 0.0
            else:
                breakdown[c] = float(w[c]) if p[flags[c]] else 0.0
        order = list(defaults)
        lost = [c for c in order if breakdown[c] < w[c]]
        lost.sort(key=lambda c: -(w[c] - breakdown[c]))
        results.append({"name": p["name"], "score": float(sum(breakdown.values())),
                        "breakdown": breakdown, "to_fix": lost})
    import functools

    def cmp(a, b):
        if abs(a["score"] - b["score"]) >= 1e-9:
            return -1 if a["score"] > b["score"] else 1
        return (a["name"] > b["name"]) - (a["name"] < b["name"])
    return sorted(results, key=functools.cmp_to_key(cmp))
