# slip: returns the rubric as an int when it is whole (points // 4)
def score_case(output, expected):
    """Return (exact, rubric) for one system output against its expected label.

    exact: True if output is a dict whose queue, priority and order_id equal the expected ones.
    rubric: (2 * queue + 1 * priority + 1 * order_id) / 4 with formatting forgiven (see above).
    Never raises for a malformed output.
    """
    if not isinstance(output, dict):
        return (False, 0.0)
    keys = ("queue", "priority", "order_id")
    exact = all(k in output and output[k] == expected[k] for k in keys)
    points = 0
    for key, weight in (("queue", 2), ("priority", 1)):
        got = output.get(key)
        if isinstance(got, str) and got.strip().lower() == expected[key].strip().lower():
            points += weight
    if "order_id" in output:
        got, want = output["order_id"], expected["order_id"]
        if got is None and want is None:
            points += 1
        elif isinstance(got, str) and isinstance(want, str) and got.strip().upper() == want.strip().upper():
            points += 1
    return (bool(exact), points / 4 if points % 4 else points // 4)
