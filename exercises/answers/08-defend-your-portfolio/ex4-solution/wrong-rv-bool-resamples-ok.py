# slip: checks isinstance(n_resamples, int) only, so True is accepted as one resample
def paired_bootstrap(a_correct, b_correct, n_resamples=2000, seed=0):
    """Return (difference, low, high): B minus A accuracy and its paired 95% percentile interval."""
    for arg in (a_correct, b_correct):
        if not isinstance(arg, (list, tuple)):
            raise TypeError("a list or tuple of booleans")
        if not all(isinstance(x, (bool, np.bool_)) for x in arg):
            raise TypeError("booleans only")
    for arg in (n_resamples, seed):
        if not isinstance(arg, int):
            raise TypeError("n_resamples and seed are ints")
    if len(a_correct) == 0 or len(a_correct) != len(b_correct):
        raise ValueError("two non-empty sequences of the same length")
    if n_resamples < 1:
        raise ValueError("n_resamples must be at least 1")
    a = np.array(a_correct, dtype=float)
    b = np.array(b_correct, dtype=float)
    n = a.size
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_resamples, n))
    diffs = (b[idx] - a[idx]).mean(axis=1)
    low, high = np.percentile(diffs, [2.5, 97.5])
    return (float(b.mean() - a.mean()), float(low), float(high))

