# slip: accepts an empty string where no order id is expected
def score_case(output, expected):
    """Return (exact, rubric) for one system output against its expected label.

    exact: True if output is a dict whose queue, priority and order_id equal the expected ones.
    rubric: (2 * queue + 1 * priority + 1 * order_id) / 4 with formatting forgiven (see above).
    Never raises for a malformed output.
    """
    keys = ("queue", "priority", "order_id")
    if not isinstance(output, dict):
        return (False, 0.0)
    exact = all(key in output and output[key] == expected[key] for key in keys)

    def same_label(key):
        value = output.get(key)
        return isinstance(value, str) and value.strip().lower() == expected[key].strip().lower()

    got_id, want_id = output.get("order_id", "missing"), expected["order_id"]
    if want_id is None:
        id_ok = "order_id" in output and got_id in (None, "")
    else:
        id_ok = isinstance(got_id, str) and got_id.strip().upper() == want_id.strip().upper()
    points = 2 * same_label("queue") + 1 * same_label("priority") + 1 * id_ok
    return (bool(exact), points / 4)
