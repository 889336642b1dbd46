# style: evaluates the expression on a numpy grid of N sized from the closed form, then converts the first hit to int
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
    guess = math.ceil(math.log1p(-target) / math.log1p(-p))
    grid = np.arange(0, 2 * guess + 3)
    hits = np.flatnonzero(1 - (1 - p) ** grid >= target)
    n = int(hits[0])
    # numpy's power may differ from Python's in the last bit: confirm with the prompt's float expression
    while n > 0 and 1 - (1 - p) ** (n - 1) >= target:
        n -= 1
    while not 1 - (1 - p) ** n >= target:
        n += 1
    return n
