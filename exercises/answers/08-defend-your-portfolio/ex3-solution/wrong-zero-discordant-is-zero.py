# slip: returns p = 0 when there are no discordant cases
def mcnemar_exact(a_correct, b_correct):
    """Return {"a_only", "b_only", "p_value"}: discordant counts and McNemar's exact p-value."""
    for name, seq in (("a_correct", a_correct), ("b_correct", b_correct)):
        if not isinstance(seq, (list, tuple)):
            raise TypeError(f"{name} must be a list or tuple of booleans")
        if not all(isinstance(x, (bool, np.bool_)) for x in seq):
            raise TypeError(f"{name} must hold only True/False")
    if len(a_correct) == 0:
        raise ValueError("no cases to compare")
    if len(a_correct) != len(b_correct):
        raise ValueError("both versions must be scored on the same cases")
    a_only = sum(1 for a, b in zip(a_correct, b_correct) if a and not b)
    b_only = sum(1 for a, b in zip(a_correct, b_correct) if b and not a)
    m = a_only + b_only
    if m == 0:
        p = 0.0
    else:
        tail = sum(math.comb(m, i) for i in range(min(a_only, b_only) + 1))
        p = min(1.0, 2 * tail / 2**m)
    return {"a_only": a_only, "b_only": b_only, "p_value": float(p)}
