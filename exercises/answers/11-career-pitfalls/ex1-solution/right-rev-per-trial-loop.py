# style: one binomial draw of n_models per trial in trial order, plain Python max and mean (reviewer's)
def winners_curse(n_models, n_items, true_rate=0.7, n_trials=2000, seed=0):
    """Return the expected inflation of the best of n_models equally good models' eval scores.

    Every model's true pass rate is true_rate; each observed score is the share of n_items
    items passed, drawn with one call rng.binomial(n_items, true_rate, size=(n_trials, n_models))
    on rng = np.random.default_rng(seed). Returns the mean over trials of the best score in the
    trial, minus true_rate, as a float.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    ints = (n_models, n_items, n_trials, seed)
    if any(type(v) is bool or not isinstance(v, (int, np.integer)) for v in ints):
        raise TypeError("n_models, n_items, n_trials and seed must be ints")
    if type(true_rate) is bool or not isinstance(true_rate, (int, float, np.number)):
        raise TypeError("true_rate must be a number")
    if min(n_models, n_items, n_trials) < 1:
        raise ValueError("n_models, n_items and n_trials must be at least 1")
    if true_rate < 0 or true_rate > 1:
        raise ValueError("true_rate must lie in [0, 1]")
    rng = np.random.default_rng(seed)
    total = 0.0
    for _ in range(n_trials):
        counts = rng.binomial(n_items, true_rate, size=n_models)
        total += max(int(c) for c in counts) / n_items
    return total / n_trials - true_rate
