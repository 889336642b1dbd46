# style: vectorised, returns numpy float64 scalars without converting
def paired_bootstrap(a_correct, b_correct, n_resamples=2000, seed=0):
    """Return (difference, low, high): B minus A accuracy and its paired 95% percentile interval."""
    for seq in (a_correct, b_correct):
        if not isinstance(seq, (list, tuple)) or any(type(x) not in (bool, np.bool_) for x in seq):
            raise TypeError("a list or tuple of booleans")
    for value in (n_resamples, seed):
        if type(value) is not int:
            raise TypeError("n_resamples and seed are ints")
    if not a_correct or len(a_correct) != len(b_correct):
        raise ValueError("two non-empty sequences of the same length")
    if n_resamples < 1:
        raise ValueError("at least one resample")
    d = np.array(b_correct, dtype=float) - np.array(a_correct, dtype=float)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(d), size=(n_resamples, len(d)))
    low, high = np.percentile(d[idx].mean(axis=1), [2.5, 97.5])
    return (d.mean(), low, high)
