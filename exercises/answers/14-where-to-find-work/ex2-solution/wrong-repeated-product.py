# slip: multiplies the survival probability step by step instead of evaluating (1 - p) ** N, so rounding differs at the boundary
def applications_needed(p, target):
    """Smallest int N >= 0 with 1 - (1 - p) ** N >= target (evaluated in floats), or None."""
    for x in (p, target):
        if isinstance(x, bool) or not isinstance(x, (int, float, np.integer, np.floating)):
            raise TypeError("numbers only")
    p, target = float(p), float(target)
    if not 0.0 <= p <= 1.0:
        raise ValueError("p must be in [0, 1]")
    if not 0.0 <= target < 1.0:
        raise ValueError("target must be in [0, 1)")
    if target == 0.0:
        return 0
    if p == 0.0:
        return None
    n, survive = 0, 1.0
    while not (1 - survive >= target):
        survive *= 1 - p
        n += 1
    return n
