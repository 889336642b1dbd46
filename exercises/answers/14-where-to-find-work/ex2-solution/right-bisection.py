# style: bisection on N between 0 and a doubling upper bound
def applications_needed(p, target):
    """Smallest int N >= 0 with 1 - (1 - p) ** N >= target (evaluated in floats), or None."""
    for x in (p, target):
        if type(x) is bool or not isinstance(x, (int, float, np.integer, np.floating)):
            raise TypeError("numbers only")
    p, target = float(p), float(target)
    if not (0 <= p <= 1) or not (0 <= target < 1):
        raise ValueError("out of range")

    def ok(n):
        return 1 - (1 - p) ** n >= target

    if ok(0):
        return 0
    if p == 0:
        return None
    hi = 1
    while not ok(hi):
        hi *= 2
    lo = hi // 2  # ok(lo) is False (or lo == 0, which failed above)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if ok(mid):
            hi = mid
        else:
            lo = mid
    return hi
