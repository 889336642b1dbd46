# slip: uses z = 2 instead of 1.96
def evaluate(system, cases):
    """Run system over cases, score each with score_case, and summarize with a Wilson interval.

    Returns {"n", "exact_accuracy", "exact_interval", "mean_rubric", "per_case"}.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    if not callable(system):
        raise TypeError("system must be callable")
    if not isinstance(cases, (list, tuple)):
        raise TypeError("cases must be a list or tuple")
    if len(cases) == 0:
        raise ValueError("no cases")
    for case in cases:
        if not isinstance(case, dict):
            raise TypeError("each case is a dict")
        for key in ("text", "queue", "priority", "order_id"):
            if key not in case:
                raise ValueError(f"a case lacks {key!r}")
    per_case = []
    for case in cases:
        expected = {"queue": case["queue"], "priority": case["priority"], "order_id": case["order_id"]}
        try:
            output = system(case["text"])
        except Exception:
            per_case.append((False, 0.0))
            continue
        exact, rubric = score_case(output, expected)
        per_case.append((bool(exact), float(rubric)))
    n = len(cases)
    k = sum(1 for e, _ in per_case if e)
    p = k / n
    z = 2.0
    center = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    low, high = max(0.0, center - half), min(1.0, center + half)
    return {"n": n, "exact_accuracy": p, "exact_interval": (low, high),
            "mean_rubric": sum(r for _, r in per_case) / n, "per_case": per_case}
