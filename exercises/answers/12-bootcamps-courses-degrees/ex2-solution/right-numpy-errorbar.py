# style: numpy for the discounting, errorbar plus an inverted y-axis for the chart
def compare_learning_options(options, years=5, discount_rate=0.05, hour_value=50.0):
    """Price learning options by net present value in three scenarios, and plot the ranges."""
    def num(x, minimum=None):
        if isinstance(x, bool) or not isinstance(x, (int, float)):
            raise TypeError("number expected")
        if not np.isfinite(x) or (minimum is not None and x < minimum):
            raise ValueError("bad number")
        return float(x)

    if not isinstance(options, (list, tuple)):
        raise TypeError("options must be a list or tuple")
    if not options:
        raise ValueError("no options")
    if isinstance(years, bool) or not isinstance(years, int):
        raise TypeError("years must be an int")
    if years < 1:
        raise ValueError("years >= 1")
    r, v = num(discount_rate, 0), num(hour_value, 0)
    t = np.arange(1, years + 1)
    factor = float(np.sum((1.0 + r) ** -t))
    names, lows, mids, highs, summary = [], [], [], [], {}
    for o in options:
        if not isinstance(o, dict):
            raise TypeError("dict expected")
        try:
            name, cash, hrs, up = o["name"], o["cash_cost"], o["hours"], o["uplift"]
        except KeyError as err:
            raise TypeError(f"missing key {err}") from None
        if not isinstance(name, str):
            raise TypeError("name must be a string")
        if not name.strip() or name in summary:
            raise ValueError("bad name")
        if not isinstance(up, (list, tuple)):
            raise TypeError("uplift must be a list or tuple")
        if len(up) != 3:
            raise ValueError("uplift needs three values")
        u = np.array([num(x) for x in up])
        if not (u[0] <= u[1] <= u[2]):
            raise ValueError("uplift must be ordered")
        total = num(cash, 0) + num(hrs, 0) * v + num(o.get("lost_salary", 0), 0)
        npv = u * factor - total
        summary[name] = {"total_cost": float(total), "npv": [float(x) for x in npv],
                         "roi_mid": float(npv[1] / total) if total > 0 else None}
        names.append(name)
        lows.append(npv[0]); mids.append(npv[1]); highs.append(npv[2])
    mids, lows, highs = np.array(mids), np.array(lows), np.array(highs)
    y = np.arange(len(names))
    fig, ax = plt.subplots()
    ax.errorbar(mids, y, xerr=[mids - lows, highs - mids], fmt="o", capsize=4)
    ax.axvline(0.0, color="black", linewidth=0.8)
    ax.set_yticks(y)
    ax.set_yticklabels(names)
    ax.invert_yaxis()
    ax.set_xlabel("NPV (USD)")
    plt.close(fig)
    return fig, summary
