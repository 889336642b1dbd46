# slip: labels each line with the other offer's label
def compare_offers(tc_a, tc_b, label_a="Offer A", label_b="Offer B"):
    """Plot two offers' yearly TC and summarize the difference.

    Returns (fig, summary): fig holds one Axes with two labelled lines (x = 1..n);
    summary has "difference_by_year", "total_a", "total_b", "difference_total", "better".
    Raises TypeError/ValueError on invalid arguments.
    """
    for name, tc in (("tc_a", tc_a), ("tc_b", tc_b)):
        if not isinstance(tc, (list, tuple)):
            raise TypeError(f"{name} must be a list or tuple of yearly TC")
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in tc):
            raise TypeError(f"every value in {name} must be a number")
        if len(tc) == 0:
            raise ValueError(f"{name} is empty: give at least one year")
        if not all(math.isfinite(v) and v >= 0 for v in tc):
            raise ValueError(f"{name} values must be finite and non-negative")
    if len(tc_a) != len(tc_b):
        raise ValueError(f"the offers cover different numbers of years: {len(tc_a)} vs {len(tc_b)}")
    for label in (label_a, label_b):
        if not isinstance(label, str):
            raise TypeError("labels must be strings")
        if not label.strip():
            raise ValueError("labels cannot be empty")
    if label_a == label_b:
        raise ValueError("the two labels must differ so the legend can tell the offers apart")

    years = list(range(1, len(tc_a) + 1))
    fig, ax = plt.subplots()
    ax.plot(years, [float(v) for v in tc_a], marker="o", label=label_b)
    ax.plot(years, [float(v) for v in tc_b], marker="s", label=label_a)
    ax.set_xticks(years)
    ax.set_xlabel("Year")
    ax.set_ylabel("Total compensation (USD)")
    ax.set_title(f"{label_a} vs {label_b}: TC per year")
    ax.set_ylim(bottom=0)
    plotting.format_money_axis(ax, "y", unit="k")
    ax.legend()
    plt.close(fig)

    total_a, total_b = float(sum(tc_a)), float(sum(tc_b))
    if math.isclose(total_a, total_b, rel_tol=0, abs_tol=1e-6):
        better = "tie"
    else:
        better = label_a if total_a > total_b else label_b
    summary = {
        "difference_by_year": [float(a) - float(b) for a, b in zip(tc_a, tc_b)],
        "total_a": total_a,
        "total_b": total_b,
        "difference_total": total_a - total_b,
        "better": better,
    }
    return fig, summary
