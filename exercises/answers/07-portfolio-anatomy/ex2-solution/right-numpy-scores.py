# style: pandas-free numpy version: breakdown values and scores are numpy float64
def score_projects(projects, weights=None):
    """Score projects against the portfolio rubric and rank them, best first."""
    criteria = ["problem", "baseline", "eval", "interval", "demo", "failures", "cost"]
    w = dict(zip(criteria, [2.0, 2.0, 3.0, 2.0, 2.0, 2.0, 1.0]))
    if weights is not None:
        if not isinstance(weights, dict):
            raise TypeError("weights must be a dict")
        for k, v in weights.items():
            if k not in w:
                raise ValueError("unknown criterion")
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise TypeError("a weight is a number")
            if not np.isfinite(v) or v < 0:
                raise ValueError("weights are finite and >= 0")
        w = {**w, **weights}
    if not isinstance(projects, (list, tuple)):
        raise TypeError("projects is a list or tuple")
    if len(projects) == 0:
        raise ValueError("no projects")
    flags = ["states_problem", "has_baseline", "reports_interval", "live_demo", "failure_writeup",
             "reports_cost_latency"]
    rows, names = [], set()
    weight_vec = np.array([w[c] for c in criteria], dtype=float)
    for p in projects:
        if not isinstance(p, dict):
            raise TypeError("a project is a dict")
        if any(k not in p for k in ["name", "eval_cases", *flags]):
            raise ValueError("missing key")
        if not isinstance(p["name"], str):
            raise TypeError("name is a str")
        if any(type(p[f]) is not bool for f in flags):
            raise TypeError("flags are bools")
        if type(p["eval_cases"]) is not int:
            raise TypeError("eval_cases is an int")
        if p["eval_cases"] < 0:
            raise ValueError("eval_cases >= 0")
        if p["name"] in names:
            raise ValueError("duplicate")
        names.add(p["name"])
        n = p["eval_cases"]
        fraction = np.select([n >= 100, n >= 50, n >= 1], [1.0, 2 / 3, 1 / 3], 0.0)
        earned = np.array([p["states_problem"], p["has_baseline"], fraction,
                           p["reports_interval"] and n >= 1, p["live_demo"],
                           p["failure_writeup"], p["reports_cost_latency"]], dtype=float)
        points = weight_vec * earned
        lost = weight_vec - points
        order = np.lexsort((np.arange(7), -lost))
        to_fix = [criteria[i] for i in order if points[i] < weight_vec[i]]
        rows.append({"name": p["name"], "score": points.sum(),
                     "breakdown": dict(zip(criteria, points)), "to_fix": to_fix})
    rows.sort(key=lambda r: r["name"])
    rows.sort(key=lambda r: -np.round(r["score"], 9))
    return rows
