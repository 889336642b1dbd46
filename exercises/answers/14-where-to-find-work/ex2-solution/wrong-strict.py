# slip: counts until the probability is strictly above the target (> instead of >=)
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
    if p == 1.0:
        return 1
    n = 0
    while not (1 - (1 - p) ** n > target):
        n += 1
    return n
