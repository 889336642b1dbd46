# style: one resample at a time in a Python loop, differences of plain means
def paired_bootstrap(a_correct, b_correct, n_resamples=2000, seed=0):
    """Return (difference, low, high): B minus A accuracy and its paired 95% percentile interval."""
    for seq in (a_correct, b_correct):
        if type(seq) not in (list, tuple) or not all(type(x) in (bool, np.bool_) for x in seq):
            raise TypeError("a list or tuple of booleans")
    if type(n_resamples) is not int or type(seed) is not int:
        raise TypeError("n_resamples and seed are ints")
    if len(a_correct) == 0 or len(a_correct) != len(b_correct) or n_resamples < 1:
        raise ValueError("non-empty, equal lengths, at least one resample")
    n = len(a_correct)
    a = [1 if x else 0 for x in a_correct]
    b = [1 if x else 0 for x in b_correct]
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(n_resamples):
        idx = rng.integers(0, n, size=n)
        diffs.append(sum(b[i] for i in idx) / n - sum(a[i] for i in idx) / n)
    low, high = np.percentile(diffs, [2.5, 97.5])
    return sum(b) / n - sum(a) / n, float(low), float(high)
