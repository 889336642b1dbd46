# slip: rounds the probability to four decimal places before returning it
def p_at_least_one(rates, counts):
    """P(at least one offer)."""
    for name, seq in (("rates", rates), ("counts", counts)):
        if not isinstance(seq, (list, tuple)):
            raise TypeError(f"{name} must be a list or tuple")
    if len(rates) != len(counts):
        raise ValueError("one count per rate")
    for p in rates:
        if isinstance(p, bool) or not isinstance(p, (int, float, np.integer, np.floating)):
            raise TypeError("a rate must be a number")
        if not 0 <= p <= 1:
            raise ValueError("a rate is a probability")
    for n in counts:
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
            raise TypeError("a count must be a whole number")
        if n < 0:
            raise ValueError("a count cannot be negative")
    fail = 1.0
    for p, n in zip(rates, counts):
        fail *= (1 - p) ** n
    return round(1 - fail, 4)
