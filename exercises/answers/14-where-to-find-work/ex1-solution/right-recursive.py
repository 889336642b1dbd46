# style: recursion over the channels, validating with a helper; tuples and numpy numbers accepted
def p_at_least_one(rates, counts):
    """P(at least one offer)."""
    def check(seq, name):
        if not isinstance(seq, (list, tuple)):
            raise TypeError(f"{name} must be a list or tuple")

    check(rates, "rates")
    check(counts, "counts")
    if len(rates) != len(counts):
        raise ValueError("one count per rate")
    for p in rates:
        if type(p) is bool or not isinstance(p, (int, float, np.number)) or isinstance(p, np.complexfloating):
            raise TypeError("a rate must be a real number")
        if math.isnan(p) or p < 0 or p > 1:
            raise ValueError("a rate is a probability")
    for n in counts:
        if type(n) is bool or not isinstance(n, (int, np.integer)):
            raise TypeError("a count must be a whole number")
        if n < 0:
            raise ValueError("a count cannot be negative")

    def all_fail(i):
        if i == len(rates):
            return 1.0
        return (1.0 - float(rates[i])) ** int(counts[i]) * all_fail(i + 1)

    return 1.0 - all_fail(0)
