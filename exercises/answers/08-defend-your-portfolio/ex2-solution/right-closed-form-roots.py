# style: list comprehensions and the Wilson bounds as the roots of the quadratic
def evaluate(system, cases):
    """Run system over cases, score each with score_case, and summarize with a Wilson interval."""
    if not callable(system):
        raise TypeError("system must be callable")
    if type(cases) not in (list, tuple):
        raise TypeError("cases must be a list or tuple")
    if not cases:
        raise ValueError("no cases")
    for c in cases:
        if not isinstance(c, dict):
            raise TypeError("a case is a dict")
        if not {"text", "queue", "priority", "order_id"} <= set(c):
            raise ValueError("a case lacks a key")

    def run(case):
        try:
            out = system(case["text"])
        except Exception:
            return (False, 0.0)
        return score_case(out, {k: case[k] for k in ("queue", "priority", "order_id")})

    per_case = [run(c) for c in cases]
    n = len(per_case)
    k = sum(bool(e) for e, _ in per_case)
    p = k / n
    z2 = 1.96 ** 2
    root = 1.96 * math.sqrt(z2 + 4 * n * p * (1 - p))
    low = (2 * n * p + z2 - root) / (2 * (n + z2))
    high = (2 * n * p + z2 + root) / (2 * (n + z2))
    return {"n": n, "exact_accuracy": float(p),
            "exact_interval": (float(min(max(low, 0.0), 1.0)), float(min(max(high, 0.0), 1.0))),
            "mean_rubric": float(np.mean([r for _, r in per_case])), "per_case": per_case}
