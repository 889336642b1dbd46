# style: a loop that draws one trial at a time, in trial order
def winners_curse(n_models, n_items, true_rate=0.7, n_trials=2000, seed=0):
    """Return the expected inflation of the best of n_models equally good models' eval scores.

    Every model's true pass rate is true_rate; each observed score is the share of n_items
    items passed, drawn with one call rng.binomial(n_items, true_rate, size=(n_trials, n_models))
    on rng = np.random.default_rng(seed). Returns the mean over trials of the best score in the
    trial, minus true_rate, as a float.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    from numbers import Integral, Real
    for v in (n_models, n_items, n_trials, seed):
        if isinstance(v, bool) or not isinstance(v, Integral):
            raise TypeError("counts and seed must be ints")
    if isinstance(true_rate, bool) or not isinstance(true_rate, Real):
        raise TypeError("true_rate must be a number")
    if min(n_models, n_items, n_trials) < 1 or not 0 <= true_rate <= 1:
        raise ValueError("invalid argument")
    rng = np.random.default_rng(seed)
    total = 0.0
    for _ in range(n_trials):
        total += rng.binomial(n_items, true_rate, size=n_models).max() / n_items
    return total / n_trials - true_rate
