# style: appends rows one at a time with .loc (object-dtype columns holding Python numbers)
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
    if isinstance(z, bool) or not isinstance(z, (int, float)):
        raise TypeError("z must be a number")
    if not (math.isfinite(z) and z > 0):
        raise ValueError("z must be positive")
    if any(c not in history.columns for c in ("model", "run_date", "item_id", "passed")):
        raise ValueError("missing column")
    if not all(v in (0, 1) for v in history["passed"]):
        raise ValueError("passed must be 0/1")
    if history.duplicated(["model", "run_date", "item_id"]).any():
        raise ValueError("duplicate item")
    out = pd.DataFrame(columns=cols)
    for model in sorted(set(history["model"])):
        sub = history[history["model"] == model]
        dates = sorted(set(sub["run_date"]))
        for k in range(len(dates) - 1):
            a = dict(zip(sub[sub["run_date"] == dates[k]]["item_id"], sub[sub["run_date"] == dates[k]]["passed"]))
            b = dict(zip(sub[sub["run_date"] == dates[k + 1]]["item_id"], sub[sub["run_date"] == dates[k + 1]]["passed"]))
            shared = [i for i in a if i in b]
            if len(shared) < 2:
                raise ValueError("too few shared items")
            d = [float(b[i]) - float(a[i]) for i in shared]
            n = len(d)
            mean = sum(d) / n
            sd = math.sqrt(sum((x - mean) ** 2 for x in d) / (n - 1))
            lo, hi = mean - z * sd / math.sqrt(n), mean + z * sd / math.sqrt(n)
            verdict = "improvement" if lo > 0 else "regression" if hi < 0 else "no clear change"
            out.loc[len(out)] = [model, dates[k], dates[k + 1], n, mean, lo, hi, verdict]
    return out
