# slip: one application per channel whatever the counts (1 - prod(1 - p))
def p_at_least_one(rates, counts):
    """P(at least one offer) from counts[i] independent applications at rate rates[i]."""
    for name, seq in (("rates", rates), ("counts", counts)):
        if not isinstance(seq, (list, tuple)):
            raise TypeError(f"{name} must be a list or tuple")
    if len(rates) != len(counts):
        raise ValueError("one count per rate")
    for p in rates:
        if isinstance(p, bool) or not isinstance(p, (int, float, np.integer, np.floating)):
            raise TypeError("rates are numbers")
        if not 0.0 <= float(p) <= 1.0:
            raise ValueError("rates are probabilities")
    for n in counts:
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
            raise TypeError("counts are whole numbers")
        if n < 0:
            raise ValueError("counts cannot be negative")
    all_fail = 1.0
    for p, n in zip(rates, counts):
        if n > 0:
            all_fail *= 1.0 - float(p)
    return 1.0 - all_fail
