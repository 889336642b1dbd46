# style: a table of scoring rules and a sort key with rounded scores
def score_projects(projects, weights=None):
    """Score projects against the portfolio rubric and rank them, best first."""
    defaults = {"problem": 2, "baseline": 2, "eval": 3, "interval": 2, "demo": 2, "failures": 2, "cost": 1}
    if weights is None:
        weights = {}
    if type(weights) is not dict:
        raise TypeError("weights must be a dict or None")
    for key, value in weights.items():
        if key not in defaults:
            raise ValueError(f"unknown criterion {key}")
        if type(value) not in (int, float):
            raise TypeError("weights are numbers")
        if not (value >= 0 and math.isfinite(value)):
            raise ValueError("weights are finite and non-negative")
    w = {**defaults, **weights}
    if type(projects) not in (list, tuple):
        raise TypeError("projects must be a list or tuple")
    if not projects:
        raise ValueError("no projects")

    def eval_fraction(n):
        return 0.0 if n == 0 else 1 / 3 if n < 50 else 2 / 3 if n < 100 else 1.0

    rules = {
        "problem": lambda p: w["problem"] * p["states_problem"],
        "baseline": lambda p: w["baseline"] * p["has_baseline"],
        "eval": lambda p: w["eval"] * eval_fraction(p["eval_cases"]),
        "interval": lambda p: w["interval"] * (p["reports_interval"] and p["eval_cases"] > 0),
        "demo": lambda p: w["demo"] * p["live_demo"],
        "failures": lambda p: w["failures"] * p["failure_writeup"],
        "cost": lambda p: w["cost"] * p["reports_cost_latency"],
    }
    names = []
    out = []
    for p in projects:
        if type(p) is not dict:
            raise TypeError("a project is a dict")
        need = ["name", "states_problem", "has_baseline", "eval_cases", "reports_interval",
                "live_demo", "failure_writeup", "reports_cost_latency"]
        if any(k not in p for k in need):
            raise ValueError("a project lacks a key")
        if type(p["name"]) is not str:
            raise TypeError("name is a str")
        if any(type(p[k]) is not bool for k in need[1:] if k != "eval_cases"):
            raise TypeError("flags are bools")
        if type(p["eval_cases"]) is not int:
            raise TypeError("eval_cases is an int")
        if p["eval_cases"] < 0:
            raise ValueError("eval_cases >= 0")
        if p["name"] in names:
            raise ValueError("duplicate name")
        names.append(p["name"])
        breakdown = {c: float(rule(p)) for c, rule in rules.items()}
        order = list(rules)
        to_fix = sorted((c for c in order if breakdown[c] < w[c]),
                        key=lambda c: (-(w[c] - breakdown[c]), order.index(c)))
        out.append({"name": p["name"], "score": float(math.fsum(breakdown.values())),
                    "breakdown": breakdown, "to_fix": to_fix})
    return sorted(out, key=lambda r: (-round(r["score"], 9), r["name"]))
