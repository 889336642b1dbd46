# slip: simulates one model too few (range stops early)
def winners_curse(n_models, n_items, true_rate=0.7, n_trials=2000, seed=0):
    """Return the expected inflation of the best of n_models equally good models' eval scores.

    Every model's true pass rate is true_rate; each observed score is the share of n_items
    items passed, drawn with one call rng.binomial(n_items, true_rate, size=(n_trials, n_models))
    on rng = np.random.default_rng(seed). Returns the mean over trials of the best score in the
    trial, minus true_rate, as a float.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    for name, value in (("n_models", n_models), ("n_items", n_items), ("n_trials", n_trials),
                        ("seed", seed)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if isinstance(true_rate, bool) or not isinstance(true_rate, (int, float, np.integer, np.floating)):
        raise TypeError(f"true_rate must be a number, not {type(true_rate).__name__}")
    for name, value in (("n_models", n_models), ("n_items", n_items), ("n_trials", n_trials)):
        if value < 1:
            raise ValueError(f"{name} must be at least 1, not {value}")
    if not 0.0 <= float(true_rate) <= 1.0:
        raise ValueError(f"true_rate must be between 0 and 1, not {true_rate}")
    rng = np.random.default_rng(seed)
    scores = rng.binomial(n_items, true_rate, size=(n_trials, max(n_models - 1, 1))) / n_items
    return float(scores.max(axis=1).mean() - true_rate)
