# slip: noise model uniform within one binomial sd of the true rate
def winners_curse(n_models, n_items, true_rate=0.7, n_trials=2000, seed=0):
    """Return the expected inflation of the best of n_models equally good models' eval scores.

    Every model's true pass rate is true_rate; each observed score is the share of n_items
    items passed, drawn with one call rng.binomial(n_items, true_rate, size=(n_trials, n_models))
    on rng = np.random.default_rng(seed). Returns the mean over trials of the best score in the
    trial, minus true_rate, as a float.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    for v in (n_models, n_items, n_trials, seed):
        if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer)):
            raise TypeError("counts and seed must be ints")
    if isinstance(true_rate, (bool, np.bool_)) or not isinstance(true_rate, (int, float, np.integer, np.floating)):
        raise TypeError("true_rate must be a number")
    if n_models < 1 or n_items < 1 or n_trials < 1:
        raise ValueError("counts must be at least 1")
    if not 0 <= true_rate <= 1:
        raise ValueError("true_rate must be in [0, 1]")
    rng = np.random.default_rng(seed)
    sd = math.sqrt(true_rate * (1 - true_rate) / n_items)
    scores = rng.uniform(true_rate - sd, true_rate + sd, size=(n_trials, n_models))
    best = scores.max(axis=1)
    return float(best.mean() - true_rate)
