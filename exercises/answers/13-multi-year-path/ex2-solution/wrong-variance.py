# slip: reports the variance as the spread
def compare_trajectories(path_a, path_b, horizon=10, label_a="Path A", label_b="Path B"):
    """Mean and spread of compensation for two career paths, year by year, and a plot.

    Returns (fig, summary) with years, mean/sd per path, cumulative means (years 1..horizon), better.
    """
    if isinstance(horizon, bool) or not isinstance(horizon, int):
        raise TypeError("horizon must be an int")
    if horizon < 1:
        raise ValueError("horizon must be at least 1")
    for label in (label_a, label_b):
        if not isinstance(label, str):
            raise TypeError("labels must be strings")
        if not label.strip():
            raise ValueError("labels must not be empty")
    if label_a == label_b:
        raise ValueError("the two labels must differ")
    years = list(range(horizon + 1))
    stats = {}
    for key, path in (("a", path_a), ("b", path_b)):
        if not isinstance(path, (list, tuple)) or len(path) != 3:
            raise TypeError("a path is a (transition, start, comp) triple")
        transition, start, comp = path
        outlook = level_outlook(transition, start, comp, years=tuple(years))
        c = np.array(comp, dtype=float)
        means, sds = [], []
        for t in years:
            pi = np.array(outlook[t]["distribution"])
            m = float(pi @ c)
            means.append(m)
            sds.append(max(0.0, float(pi @ c**2) - m * m))
        stats[key] = (means, sds)

    fig, ax = plt.subplots()
    for (key, label), color, marker in zip((("a", label_a), ("b", label_b)),
                                            plotting.PALETTE, ("o", "s")):
        means, sds = stats[key]
        lo = [m - s for m, s in zip(means, sds)]
        hi = [m + s for m, s in zip(means, sds)]
        ax.plot(years, means, marker=marker, color=color, label=label)
        ax.fill_between(years, lo, hi, color=color, alpha=0.2)
    ax.set_xlabel("Years from now")
    ax.set_ylabel("Compensation: mean and one standard deviation")
    plotting.format_money_axis(ax, "y", unit="k")
    ax.legend(loc="upper left")
    plt.close(fig)

    cum_a = float(sum(stats["a"][0][1:]))
    cum_b = float(sum(stats["b"][0][1:]))
    better = "tie" if abs(cum_a - cum_b) <= 1e-6 else (label_a if cum_a > cum_b else label_b)
    summary = {"years": years, "mean_a": stats["a"][0], "sd_a": stats["a"][1],
               "mean_b": stats["b"][0], "sd_b": stats["b"][1],
               "cumulative_a": cum_a, "cumulative_b": cum_b, "better": better}
    return fig, summary
