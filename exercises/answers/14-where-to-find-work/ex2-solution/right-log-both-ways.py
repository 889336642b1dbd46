# style: closed form with math.log (not log1p), then corrected in both directions with the float test
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

    def ok(k):
        return 1 - (1 - p) ** k >= target

    n = max(0, math.ceil(math.log(1 - target) / math.log(1 - p)))
    while not ok(n):
        n += 1
    while n > 0 and ok(n - 1):
        n -= 1
    return n
