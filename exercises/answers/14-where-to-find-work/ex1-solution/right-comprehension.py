# style: a comprehension with math.prod over (1 - p) ** n
def p_at_least_one(rates, counts):
    """P(at least one offer) from counts[i] independent applications at rate rates[i]."""
    if type(rates) not in (list, tuple) or type(counts) not in (list, tuple):
        raise TypeError("lists or tuples, please")
    if len(rates) != len(counts):
        raise ValueError("lengths differ")
    checked = []
    for p, n in zip(rates, counts):
        if isinstance(p, bool) or not isinstance(p, (int, float, np.integer, np.floating)):
            raise TypeError("rate is not a number")
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
            raise TypeError("count is not an int")
        if math.isnan(p) or p < 0 or p > 1 or n < 0:
            raise ValueError("out of range")
        checked.append((float(p), int(n)))
    return 1.0 - math.prod((1.0 - p) ** n for p, n in checked)
