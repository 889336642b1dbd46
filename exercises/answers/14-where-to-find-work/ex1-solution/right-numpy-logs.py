# style: numpy and logarithms, -expm1(sum n * log1p(-p)), with p = 1 handled apart
def p_at_least_one(rates, counts):
    """P(at least one offer) from counts[i] independent applications at rate rates[i]."""
    if not isinstance(rates, (list, tuple)) or not isinstance(counts, (list, tuple)):
        raise TypeError("rates and counts must be lists or tuples")
    if len(rates) != len(counts):
        raise ValueError("rates and counts differ in length")
    if any(isinstance(p, bool) or not isinstance(p, (int, float, np.number)) for p in rates):
        raise TypeError("rates must be numbers")
    if any(isinstance(n, bool) or not isinstance(n, (int, np.integer)) for n in counts):
        raise TypeError("counts must be ints")
    p = np.array(rates, dtype=float)
    n = np.array(counts, dtype=float)
    if np.isnan(p).any() or (p < 0).any() or (p > 1).any():
        raise ValueError("rates must lie in [0, 1]")
    if (n < 0).any():
        raise ValueError("counts must be >= 0")
    if ((p == 1.0) & (n > 0)).any():
        return 1.0
    used = n > 0
    log_all_fail = float(np.sum(n[used] * np.log1p(-p[used])))
    return float(-np.expm1(log_all_fail))
