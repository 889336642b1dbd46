# slip: finds N with numpy argmax over a range, returning a numpy integer where an int is promised
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
    n = np.arange(0, 200_000)
    return np.argmax(1 - (1 - p) ** n >= target)
