# slip: takes the 5th and 95th percentiles (a 90% interval)
def paired_bootstrap(a_correct, b_correct, n_resamples=2000, seed=0):
    """Return (difference, low, high): B minus A accuracy and its paired 95% percentile interval."""
    for name, seq in (("a_correct", a_correct), ("b_correct", b_correct)):
        if not isinstance(seq, (list, tuple)):
            raise TypeError(f"{name} must be a list or tuple of booleans")
        if not all(isinstance(x, (bool, np.bool_)) for x in seq):
            raise TypeError(f"{name} must hold only True/False")
    for name, value in (("n_resamples", n_resamples), ("seed", seed)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int")
    if len(a_correct) == 0:
        raise ValueError("no cases to compare")
    if len(a_correct) != len(b_correct):
        raise ValueError("both versions must be scored on the same cases")
    if n_resamples < 1:
        raise ValueError("n_resamples must be at least 1")
    a = np.array(a_correct, dtype=float)
    b = np.array(b_correct, dtype=float)
    n = len(a)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_resamples, n))
    diffs = b[idx].mean(axis=1) - a[idx].mean(axis=1)
    low, high = np.percentile(diffs, [5, 95])
    return (float(b.mean() - a.mean()), float(low), float(high))
