# style: a table of field weights and normalizers, summed in a loop
def score_case(output, expected):
    """Return (exact, rubric) for one system output against its expected label."""
    weights = {"queue": 2, "priority": 1, "order_id": 1}
    if type(output) is not dict and not isinstance(output, dict):
        return False, 0.0
    exact = True
    earned = 0
    for field, weight in weights.items():
        present = field in output
        got = output[field] if present else None
        want = expected[field]
        if not (present and got == want):
            exact = False
        if field == "order_id":
            if want is None:
                ok = present and got is None
            else:
                ok = isinstance(got, str) and got.strip().upper() == want.strip().upper()
        else:
            ok = isinstance(got, str) and got.strip().lower() == want.strip().lower()
        earned += weight if ok else 0
    return exact, earned / sum(weights.values())
