# slip: stores the output in the caller's case dicts
def evaluate(system, cases):
    """Run system over cases, score each with score_case, and summarize with a Wilson interval.

    Returns {"n", "exact_accuracy", "exact_interval", "mean_rubric", "per_case"}.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    if not callable(system):
        raise TypeError("system must be callable: text -> output")
    if not isinstance(cases, (list, tuple)):
        raise TypeError("cases must be a list or tuple of dicts")
    if len(cases) == 0:
        raise ValueError("cases is empty: an eval needs at least one case")
    keys = ("text", "queue", "priority", "order_id")
    for case in cases:
        if not isinstance(case, dict):
            raise TypeError("each case must be a dict")
        missing = [k for k in keys if k not in case]
        if missing:
            raise ValueError(f"a case lacks the keys {missing}")

    per_case = []
    for case in cases:
        expected = {"queue": case["queue"], "priority": case["priority"],
                    "order_id": case["order_id"]}
        try:
            output = system(case["text"])
        except Exception:
            per_case.append((False, 0.0))
            continue
        case["output"] = output
        per_case.append(score_case(output, expected))

    n = len(per_case)
    passed = sum(1 for exact, _ in per_case if exact)
    p_hat = passed / n
    z = 1.96
    denom = 1 + z * z / n
    center = (p_hat + z * z / (2 * n)) / denom
    half = z / denom * math.sqrt(p_hat * (1 - p_hat) / n + z * z / (4 * n * n))
    interval = (max(0.0, center - half), min(1.0, center + half))
    return {
        "n": n,
        "exact_accuracy": p_hat,
        "exact_interval": interval,
        "mean_rubric": sum(r for _, r in per_case) / n,
        "per_case": per_case,
    }
