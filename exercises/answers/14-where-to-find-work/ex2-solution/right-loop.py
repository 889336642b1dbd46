# style: a plain loop from zero applications upwards, no logarithms
def applications_needed(p, target):
    """Smallest int N >= 0 with 1 - (1 - p) ** N >= target (evaluated in floats), or None."""
    for x in (p, target):
        if isinstance(x, bool) or not isinstance(x, (int, float, np.number)):
            raise TypeError("p and target must be numbers")
    p, target = float(p), float(target)
    if math.isnan(p) or math.isnan(target) or p < 0 or p > 1 or target < 0 or target >= 1:
        raise ValueError("p in [0, 1] and target in [0, 1)")
    if p == 0 and target > 0:
        return None
    n = 0
    while 1 - (1 - p) ** n < target:
        n += 1
    return n
