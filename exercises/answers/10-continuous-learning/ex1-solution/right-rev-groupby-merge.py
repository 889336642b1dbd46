# style: groupby over (model, run_date), pandas merge on item_id, np.select for the verdicts (reviewer's)
def flag_changes(history, z=1.96):
    """Compare each run of each model with that model's previous run, item by item.

    history: a pandas DataFrame with columns model, run_date (ISO date strings), item_id and
        passed (0/1, True/False or 0.0/1.0); other columns are ignored.
    z: the normal quantile of the interval, a positive number (1.96 for 95%).
    Returns a DataFrame with columns model, before, after, n_items, diff, low, high, verdict:
        one row per pair of consecutive runs of the same model, sorted by model then after.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    if type(history) is not pd.DataFrame:
        raise TypeError("history must be a DataFrame")
    if type(z) is bool or not isinstance(z, (int, float, np.number)):
        raise TypeError("z must be a number")
    if not np.isfinite(z) or z <= 0:
        raise ValueError("z must be a positive finite number")
    missing = {"model", "run_date", "item_id", "passed"} - set(history.columns)
    if missing:
        raise ValueError(f"missing columns: {sorted(missing)}")
    data = history.loc[:, ["model", "run_date", "item_id", "passed"]]
    ok = data["passed"].map(lambda v: v in (0, 1) and not isinstance(v, str))
    if not ok.all():
        raise ValueError("passed must be 0 or 1")
    if data.duplicated(subset=["model", "run_date", "item_id"]).any():
        raise ValueError("an item_id appears twice in one run")
    runs = {key: grp.set_index("item_id")["passed"].astype(float)
            for key, grp in data.groupby(["model", "run_date"])}
    records = []
    for model in sorted({m for m, _ in runs}):
        dates = sorted(d for m, d in runs if m == model)
        for before, after in zip(dates, dates[1:]):
            merged = pd.merge(runs[(model, before)].rename("b"), runs[(model, after)].rename("a"),
                              left_index=True, right_index=True, how="inner")
            if len(merged) < 2:
                raise ValueError("two consecutive runs share fewer than 2 items")
            d = merged["a"] - merged["b"]
            mean, se = d.mean(), d.std() / np.sqrt(len(d))
            records.append({"model": model, "before": before, "after": after,
                            "n_items": len(d), "diff": mean, "low": mean - z * se,
                            "high": mean + z * se})
    out = pd.DataFrame(records, columns=["model", "before", "after", "n_items", "diff", "low",
                                         "high"])
    out["verdict"] = np.select([out["low"] > 0, out["high"] < 0],
                               ["improvement", "regression"], default="no clear change")
    return out
