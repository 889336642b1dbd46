# slip: checks the type and range of the first rate and the first count only (any vs all)
def p_at_least_one(rates, counts):
    """P(at least one offer)."""
    if not isinstance(rates, (list, tuple)) or not isinstance(counts, (list, tuple)):
        raise TypeError("rates and counts must be lists or tuples")
    if len(rates) != len(counts):
        raise ValueError("one count per rate")
    if rates:
        p, n = rates[0], counts[0]
        if isinstance(p, bool) or not isinstance(p, (int, float, np.integer, np.floating)):
            raise TypeError("a rate must be a number")
        if not 0 <= p <= 1:
            raise ValueError("a rate is a probability")
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
            raise TypeError("a count must be a whole number")
        if n < 0:
            raise ValueError("a count cannot be negative")
    fail = 1.0
    for p, n in zip(rates, counts):
        fail *= (1 - float(p)) ** int(n)
    return 1.0 - fail
