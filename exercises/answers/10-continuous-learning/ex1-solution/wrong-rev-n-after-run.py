# slip: n_items counts the items of the later run, not the shared items
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
    if isinstance(z, bool) or not isinstance(z, (int, float, np.integer, np.floating)):
        raise TypeError("z must be a number")
    if not (math.isfinite(z) and z > 0):
        raise ValueError("z must be positive")
    for c in ["model", "run_date", "item_id", "passed"]:
        if c not in history.columns:
            raise ValueError(f"missing column {c}")
    h = history[["model", "run_date", "item_id", "passed"]].copy()
    if not h["passed"].isin([0, 1]).all():
        raise ValueError("passed must be 0 or 1")
    h["passed"] = h["passed"].astype(int)
    if h.duplicated(["model", "run_date", "item_id"]).any():
        raise ValueError("duplicate item")
    rows = []
    for model in sorted(h["model"].unique()):
        g = h[h["model"] == model]
        dates = sorted(g["run_date"].unique())
        for before, after in zip(dates[:-1], dates[1:]):
            a = g[g["run_date"] == before].set_index("item_id")["passed"]
            b = g[g["run_date"] == after].set_index("item_id")["passed"]
            shared = a.index.intersection(b.index)
            n = len(shared)
            if n < 2:
                raise ValueError("fewer than 2 shared items")
            d = (b[shared] - a[shared]).to_numpy(dtype=float)
            diff = float(d.mean())
            half = z * float(d.std(ddof=1)) / math.sqrt(n)
            low, high = diff - half, diff + half
            verdict = "improvement" if low > 0 else "regression" if high < 0 else "no clear change"
            rows.append([model, before, after, int(len(b)), diff, low, high, verdict])
    return pd.DataFrame(rows, columns=cols)
