# style: a pivot table (items x runs) and vectorized numpy per model
def flag_changes(history, z=1.96):
    """Compare each run of each model with that model's previous run, item by item.

    history: a pandas DataFrame with columns model, run_date (ISO date strings), item_id and
        passed (0/1, True/False or 0.0/1.0); other columns are ignored.
    z: the normal quantile of the interval, a positive number (1.96 for 95%).
    Returns a DataFrame with columns model, before, after, n_items, diff, low, high, verdict:
        one row per pair of consecutive runs of the same model, sorted by model then after.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    cols = ["model", "before", "after", "n_items", "diff", "low", "high", "verdict"]
    if not isinstance(history, pd.DataFrame):
        raise TypeError("history must be a DataFrame")
    if isinstance(z, (bool, np.bool_)) or not np.isscalar(z) or not np.issubdtype(type(z), np.number):
        raise TypeError("z must be a number")
    if not np.isfinite(z) or z <= 0:
        raise ValueError("z must be a positive finite number")
    if not {"model", "run_date", "item_id", "passed"} <= set(history.columns):
        raise ValueError("missing columns")
    if not history["passed"].isin([0, 1]).all():
        raise ValueError("passed must be 0/1")
    if history.duplicated(["model", "run_date", "item_id"]).any():
        raise ValueError("duplicate item")
    frames = []
    for model, g in history.groupby("model", sort=True):
        wide = g.pivot(index="item_id", columns="run_date", values="passed").astype(float)
        wide = wide.reindex(sorted(wide.columns), axis=1)
        for b, a in zip(wide.columns[:-1], wide.columns[1:]):
            pair = wide[[b, a]].dropna()
            if len(pair) < 2:
                raise ValueError("fewer than 2 shared items")
            d = (pair[a] - pair[b]).to_numpy()
            mean, se = d.mean(), d.std(ddof=1) / np.sqrt(len(d))
            lo, hi = mean - z * se, mean + z * se
            verdict = np.select([lo > 0, hi < 0], ["improvement", "regression"], "no clear change")
            frames.append([model, b, a, len(d), float(mean), float(lo), float(hi), str(verdict)])
    return pd.DataFrame(frames, columns=cols)
