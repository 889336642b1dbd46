# style: sorts each trial's scores and takes the last column; np.float64 result (reviewer's)
def winners_curse(n_models, n_items, true_rate=0.7, n_trials=2000, seed=0):
    """Return the expected inflation of the best of n_models equally good models' eval scores.

    Every model's true pass rate is true_rate; each observed score is the share of n_items
    items passed, drawn with one call rng.binomial(n_items, true_rate, size=(n_trials, n_models))
    on rng = np.random.default_rng(seed). Returns the mean over trials of the best score in the
    trial, minus true_rate, as a float.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    for name, v in [("n_models", n_models), ("n_items", n_items), ("n_trials", n_trials),
                    ("seed", seed)]:
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
            raise TypeError(f"{name} must be an int")
        if name != "seed" and v < 1:
            raise ValueError(f"{name} must be at least 1")
    if isinstance(true_rate, bool) or not isinstance(true_rate, (int, float, np.number)):
        raise TypeError("true_rate must be a number")
    if not 0.0 <= true_rate <= 1.0:
        raise ValueError("true_rate must lie in [0, 1]")
    counts = np.random.default_rng(seed).binomial(n_items, true_rate, size=(n_trials, n_models))
    best = np.sort(counts, axis=1)[:, -1] / n_items
    return np.mean(best - true_rate)
