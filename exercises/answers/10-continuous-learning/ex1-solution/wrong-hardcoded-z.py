# slip: ignores the z argument and always uses 1.96
def flag_changes(history, z=1.96):
    """Compare each run of each model with that model's previous run, item by item.

    history: a pandas DataFrame with columns model, run_date (ISO date strings), item_id and
        passed (0/1, True/False or 0.0/1.0); other columns are ignored.
    z: the normal quantile of the interval, a positive number (1.96 for 95%).
    Returns a DataFrame with columns model, before, after, n_items, diff, low, high, verdict:
        one row per pair of consecutive runs of the same model, sorted by model then after.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    columns = ["model", "before", "after", "n_items", "diff", "low", "high", "verdict"]
    if not isinstance(history, pd.DataFrame):
        raise TypeError(f"history must be a pandas DataFrame, not {type(history).__name__}")
    if isinstance(z, bool) or not isinstance(z, (int, float, np.integer, np.floating)):
        raise TypeError(f"z must be a number, not {type(z).__name__}")
    if not (math.isfinite(float(z)) and z > 0):
        raise ValueError(f"z must be a positive finite number, not {z}")
    missing = {"model", "run_date", "item_id", "passed"} - set(history.columns)
    if missing:
        raise ValueError(f"history lacks the column(s) {sorted(missing)}")
    if not history["passed"].isin([0, 1]).all():
        raise ValueError("passed must hold only 0 and 1 (or True and False)")
    if history.duplicated(["model", "run_date", "item_id"]).any():
        raise ValueError("an item appears twice in the same run")

    rows = []
    for model in sorted(history["model"].unique()):
        runs = history[history["model"] == model]
        dates = sorted(runs["run_date"].unique())
        for before, after in itertools.pairwise(dates):
            old = runs[runs["run_date"] == before].set_index("item_id")["passed"]
            new = runs[runs["run_date"] == after].set_index("item_id")["passed"]
            shared = old.index.intersection(new.index)
            if len(shared) < 2:
                raise ValueError(f"{model}: runs {before} and {after} share fewer than 2 items")
            d = new.loc[shared].astype(float).to_numpy() - old.loc[shared].astype(float).to_numpy()
            n = len(d)
            diff = float(d.mean())
            se = float(d.std(ddof=1)) / math.sqrt(n)
            low, high = diff - 1.96 * se, diff + 1.96 * se
            if low > 0:
                verdict = "improvement"
            elif high < 0:
                verdict = "regression"
            else:
                verdict = "no clear change"
            rows.append([model, before, after, n, diff, low, high, verdict])
    return pd.DataFrame(rows, columns=columns)
