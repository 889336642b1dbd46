# slip: checks the type of p but only the range of target, so a bool target passes as 0 or 1
def applications_needed(p, target):
    """Smallest N with 1 - (1 - p) ** N >= target, or None."""
    if isinstance(p, bool) or not isinstance(p, (int, float, np.integer, np.floating)):
        raise TypeError("p must be a number")
    try:
        target = float(target)
    except (TypeError, ValueError):
        raise TypeError("target must be a number") from None
    p = float(p)
    if not 0.0 <= p <= 1.0:
        raise ValueError("p is a probability")
    if not 0.0 <= target < 1.0:
        raise ValueError("target must be in [0, 1)")
    if target == 0.0:
        return 0
    if p == 0.0:
        return None
    n = 0
    while not 1 - (1 - p) ** n >= target:
        n += 1
    return n
