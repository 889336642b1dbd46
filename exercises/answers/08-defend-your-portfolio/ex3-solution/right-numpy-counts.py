# style: numpy arrays: counts are numpy ints, the tail is a float64 sum
def mcnemar_exact(a_correct, b_correct):
    """Return {"a_only", "b_only", "p_value"}: discordant counts and McNemar's exact p-value."""
    for seq in (a_correct, b_correct):
        if not isinstance(seq, (list, tuple)):
            raise TypeError("a list or tuple of booleans")
        if any(type(x) not in (bool, np.bool_) for x in seq):
            raise TypeError("booleans only")
    if len(a_correct) == 0 or len(a_correct) != len(b_correct):
        raise ValueError("two non-empty sequences of the same length")
    a = np.array(a_correct, dtype=bool)
    b = np.array(b_correct, dtype=bool)
    a_only = np.sum(a & ~b)
    b_only = np.sum(~a & b)
    m = int(a_only + b_only)
    if m == 0:
        return {"a_only": a_only, "b_only": b_only, "p_value": np.float64(1.0)}
    k = np.arange(int(min(a_only, b_only)) + 1)
    log_pmf = [math.lgamma(m + 1) - math.lgamma(i + 1) - math.lgamma(m - i + 1) - m * math.log(2)
               for i in k]
    p = np.minimum(1.0, 2 * np.sum(np.exp(log_pmf)))
    return {"a_only": a_only, "b_only": b_only, "p_value": np.float64(p)}
