# style: statistics with numpy arrays, Wilson bounds from the quadratic's roots
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
    exact = np.array([e for e, _ in per_case], dtype=float)
    rubric = np.array([r for _, r in per_case], dtype=float)
    n = exact.size
    p = exact.mean()
    z2 = 1.96 ** 2
    a, b, c = 1 + z2 / n, -(2 * p + z2 / n), p * p
    roots = np.roots([a, b, c]) if p * (1 - p) > 0 else None
    if roots is None:
        center = (p + z2 / (2 * n)) / a
        half = np.sqrt(z2) / a * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
        low, high = center - half, center + half
    else:
        low, high = np.sort(roots.real)
    return {"n": n, "exact_accuracy": p, "exact_interval": (np.float64(np.clip(low, 0, 1)), np.float64(np.clip(high, 0, 1))),
            "mean_rubric": rubric.mean(), "per_case": per_case}

