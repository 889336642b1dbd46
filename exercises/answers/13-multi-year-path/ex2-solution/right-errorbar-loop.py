# style: own year-by-year iteration and an errorbar chart
def compare_trajectories(path_a, path_b, horizon=10, label_a="Path A", label_b="Path B"):
    """Mean and spread of compensation for two career paths, year by year, and a plot."""
    if isinstance(horizon, bool) or not isinstance(horizon, int):
        raise TypeError("horizon must be an int")
    if horizon < 1:
        raise ValueError("horizon >= 1")
    if not isinstance(label_a, str) or not isinstance(label_b, str):
        raise TypeError("labels must be strings")
    if not label_a.strip() or not label_b.strip() or label_a == label_b:
        raise ValueError("labels must be non-empty and distinct")
    results = []
    for path in (path_a, path_b):
        if not isinstance(path, (list, tuple)) or len(path) != 3:
            raise TypeError("a path is (transition, start, comp)")
        P, start, comp = path
        level_outlook(P, start, comp, years=(0,))   # validates the inputs
        M = np.array(P, dtype=float)
        c = np.array(comp, dtype=float)
        pi = np.zeros(len(c))
        pi[int(start)] = 1.0
        means, sds = [], []
        for _ in range(horizon + 1):
            m = float(np.dot(pi, c))
            var = float(np.dot(pi, (c - m) ** 2))
            means.append(m)
            sds.append(math.sqrt(max(var, 0.0)))
            pi = pi @ M
        results.append((means, sds))
    years = list(range(horizon + 1))
    fig, ax = plt.subplots()
    for (means, sds), label in zip(results, (label_a, label_b)):
        ax.errorbar(years, means, yerr=sds, capsize=3, label=label)
    ax.legend()
    ax.set_xlabel("Year")
    ax.set_ylabel("Compensation (USD)")
    plt.close(fig)
    ca, cb = sum(results[0][0][1:]), sum(results[1][0][1:])
    if abs(ca - cb) <= 1e-6:
        better = "tie"
    else:
        better = label_a if ca > cb else label_b
    return fig, {"years": years, "mean_a": results[0][0], "sd_a": results[0][1],
                 "mean_b": results[1][0], "sd_b": results[1][1],
                 "cumulative_a": float(ca), "cumulative_b": float(cb), "better": better}
