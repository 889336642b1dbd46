# style: field table with per-field normalizers
def score_case(output, expected):
    """Return (exact, rubric) for one system output against its expected label.

    exact: True if output is a dict whose queue, priority and order_id equal the expected ones.
    rubric: (2 * queue + 1 * priority + 1 * order_id) / 4 with formatting forgiven (see above).
    Never raises for a malformed output.
    """
    fields = [("queue", 2.0, lambda s: s.strip().lower()),
              ("priority", 1.0, lambda s: s.strip().lower()),
              ("order_id", 1.0, lambda s: s.strip().upper())]
    out = output if isinstance(output, dict) else {}
    missing = object()
    exact = isinstance(output, dict)
    earned = 0.0
    for key, weight, norm in fields:
        got = out.get(key, missing)
        want = expected[key]
        if got is missing:
            exact = False
            continue
        try:
            exact = exact and bool(got == want)
        except Exception:
            exact = False
        if key == "order_id" and got is None and want is None:
            earned += weight
        elif type(got) is str and type(want) is str and norm(got) == norm(want):
            earned += weight
    return exact, earned / 4.0
