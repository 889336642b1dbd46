# slip: computes 2 ** m as a float power, which overflows for large m
def mcnemar_exact(a_correct, b_correct):
    """Return {"a_only", "b_only", "p_value"}: discordant counts and McNemar's exact p-value."""
    for arg in (a_correct, b_correct):
        if not isinstance(arg, (list, tuple)):
            raise TypeError("a list or tuple of booleans")
        if not all(isinstance(x, (bool, np.bool_)) for x in arg):
            raise TypeError("booleans only")
    if len(a_correct) == 0 or len(a_correct) != len(b_correct):
        raise ValueError("two non-empty sequences of the same length")
    b = sum(1 for x, y in zip(a_correct, b_correct) if x and not y)
    c = sum(1 for x, y in zip(a_correct, b_correct) if y and not x)
    m = b + c
    if m == 0:
        return {"a_only": 0, "b_only": 0, "p_value": 1.0}
    tail = sum(math.comb(m, i) for i in range(min(b, c) + 1)) / 2.0 ** m
    return {"a_only": b, "b_only": c, "p_value": min(1.0, 2 * tail)}
