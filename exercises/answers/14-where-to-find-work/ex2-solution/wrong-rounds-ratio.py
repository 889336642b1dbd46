# slip: rounds the logarithm ratio to the nearest whole number instead of rounding it up
def applications_needed(p, target):
    """Smallest N with 1 - (1 - p) ** N >= target, or None."""
    for x in (p, target):
        if isinstance(x, bool) or not isinstance(x, (int, float, np.integer, np.floating)):
            raise TypeError("a number is needed")
    p, target = float(p), float(target)
    if not 0.0 <= p <= 1.0:
        raise ValueError("p is a probability")
    if not 0.0 <= target < 1.0:
        raise ValueError("target must be in [0, 1)")
    if target == 0.0:
        return 0
    if p == 0.0:
        return None
    if p == 1.0:
        return 1
    return round(math.log(1 - target) / math.log(1 - p))
