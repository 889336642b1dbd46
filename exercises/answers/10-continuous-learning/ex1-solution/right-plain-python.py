# style: plain Python dictionaries and statistics.stdev instead of pandas indexing
def flag_changes(history, z=1.96):
    """Compare each run of each model with that model's previous run, item by item.

    history: a pandas DataFrame with columns model, run_date (ISO date strings), item_id and
        passed (0/1, True/False or 0.0/1.0); other columns are ignored.
    z: the normal quantile of the interval, a positive number (1.96 for 95%).
    Returns a DataFrame with columns model, before, after, n_items, diff, low, high, verdict:
        one row per pair of consecutive runs of the same model, sorted by model then after.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    import statistics
    from numbers import Real
    if type(history) is not pd.DataFrame and not isinstance(history, pd.DataFrame):
        raise TypeError("history must be a DataFrame")
    if isinstance(z, bool) or not isinstance(z, Real):
        raise TypeError("z must be a number")
    if not (z > 0 and math.isfinite(z)):
        raise ValueError("z must be positive and finite")
    for col in ("model", "run_date", "item_id", "passed"):
        if col not in history.columns:
            raise ValueError(f"missing column {col}")
    results = {}
    for m, date, item, p in zip(history["model"], history["run_date"], history["item_id"],
                                history["passed"]):
        if p not in (0, 1):
            raise ValueError("passed must be 0 or 1")
        run = results.setdefault(m, {}).setdefault(date, {})
        if item in run:
            raise ValueError("duplicate item in a run")
        run[item] = int(p)
    out = []
    for m in sorted(results):
        dates = sorted(results[m])
        for i in range(1, len(dates)):
            a, b = results[m][dates[i - 1]], results[m][dates[i]]
            common = [k for k in a if k in b]
            if len(common) < 2:
                raise ValueError("too few shared items")
            d = [b[k] - a[k] for k in common]
            mean = sum(d) / len(d)
            half = z * statistics.stdev(d) / len(d) ** 0.5
            lo, hi = mean - half, mean + half
            v = "improvement" if lo > 0 else ("regression" if hi < 0 else "no clear change")
            out.append({"model": m, "before": dates[i - 1], "after": dates[i], "n_items": len(d),
                        "diff": float(mean), "low": float(lo), "high": float(hi), "verdict": v})
    return pd.DataFrame(out, columns=["model", "before", "after", "n_items", "diff", "low",
                                      "high", "verdict"])
