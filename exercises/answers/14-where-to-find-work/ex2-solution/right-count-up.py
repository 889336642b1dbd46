# style: counts upwards from 0 with the prompt's float expression; no logarithms
def applications_needed(p, target):
    """Smallest N with 1 - (1 - p) ** N >= target, or None."""
    for x in (p, target):
        if type(x) is bool or not isinstance(x, (int, float, np.integer, np.floating)):
            raise TypeError("p and target are numbers")
    p = float(p)
    target = float(target)
    if math.isnan(p) or math.isnan(target):
        raise ValueError("NaN is not a probability")
    if p < 0 or p > 1:
        raise ValueError("p is a probability")
    if target < 0 or target >= 1:
        raise ValueError("target must be in [0, 1)")
    n = 0
    while not 1 - (1 - p) ** n >= target:
        if p == 0.0:
            return None
        n += 1
    return n
