# style: exact rational arithmetic with fractions and a running binomial term
def mcnemar_exact(a_correct, b_correct):
    """Return {"a_only", "b_only", "p_value"}: discordant counts and McNemar's exact p-value."""
    from fractions import Fraction

    for seq in (a_correct, b_correct):
        if type(seq) not in (list, tuple):
            raise TypeError("a list or tuple of booleans")
        for x in seq:
            if not (x is True or x is False or type(x) is np.bool_):
                raise TypeError("booleans only")
    if not a_correct or len(a_correct) != len(b_correct):
        raise ValueError("two non-empty sequences of the same length")
    pairs = list(zip(a_correct, b_correct))
    b = sum(1 for x, y in pairs if bool(x) and not bool(y))
    c = sum(1 for x, y in pairs if bool(y) and not bool(x))
    m = b + c
    if m == 0:
        return {"a_only": 0, "b_only": 0, "p_value": 1.0}
    term = Fraction(1, 2 ** m)          # C(m, 0) / 2^m
    tail = Fraction(0)
    for i in range(min(b, c) + 1):
        tail += term
        term = term * (m - i) / (i + 1)
    return {"a_only": b, "b_only": c, "p_value": float(min(Fraction(1), 2 * tail))}
