# slip: roi_mid divides the low NPV, not the mid one, by the total cost
def compare_learning_options(options, years=5, discount_rate=0.05, hour_value=50.0):
    """Price learning options by net present value in three scenarios, and plot the ranges.

    Returns (fig, summary); summary[name] has "total_cost", "npv" [low, mid, high], "roi_mid".
    """
    def number(value, what, minimum=None):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{what} must be a number")
        if not math.isfinite(value):
            raise ValueError(f"{what} must be finite")
        if minimum is not None and value < minimum:
            raise ValueError(f"{what} must be at least {minimum}")
        return float(value)

    if not isinstance(options, (list, tuple)):
        raise TypeError("options must be a list or tuple of dicts")
    if len(options) == 0:
        raise ValueError("give at least one option")
    if isinstance(years, bool) or not isinstance(years, int):
        raise TypeError("years must be an int")
    if years < 1:
        raise ValueError("years must be at least 1")
    rate = number(discount_rate, "discount_rate", 0)
    value_of_hour = number(hour_value, "hour_value", 0)
    factor = sum(1 / (1 + rate) ** t for t in range(1, years + 1))

    summary, names = {}, []
    for option in options:
        if not isinstance(option, dict):
            raise TypeError("each option must be a dict")
        for key in ("name", "cash_cost", "hours", "uplift"):
            if key not in option:
                raise TypeError(f"an option lacks the key {key!r}")
        name = option["name"]
        if not isinstance(name, str):
            raise TypeError("an option's name must be a string")
        if not name.strip() or name in summary:
            raise ValueError(f"names must be non-empty and unique: {name!r}")
        cash = number(option["cash_cost"], f"cash_cost of {name}", 0)
        hours = number(option["hours"], f"hours of {name}", 0)
        lost = number(option.get("lost_salary", 0), f"lost_salary of {name}", 0)
        uplift = option["uplift"]
        if not isinstance(uplift, (list, tuple)):
            raise TypeError(f"uplift of {name} must be a list or tuple of three numbers")
        if len(uplift) != 3:
            raise ValueError(f"uplift of {name} needs (low, mid, high)")
        low, mid, high = (number(u, f"uplift of {name}") for u in uplift)
        if not low <= mid <= high:
            raise ValueError(f"uplift of {name} must be ordered low <= mid <= high")
        total = cash + hours * value_of_hour + lost
        npv = [u * factor - total for u in (low, mid, high)]
        summary[name] = {"total_cost": total, "npv": npv,
                         "roi_mid": npv[0] / total if total > 0 else None}
        names.append(name)

    fig, ax = plt.subplots(figsize=(7.5, 0.6 * len(names) + 1.8))
    rows = list(range(len(names)))[::-1]          # first option on the top row
    for y, name in zip(rows, names):
        low, mid, high = summary[name]["npv"]
        ax.hlines(y, low, high, color=plotting.PALETTE[0], linewidth=3)
        ax.plot([mid], [y], marker="D", color=plotting.PALETTE[1], linestyle="none")
    ax.axvline(0, color="grey", linestyle=":")
    ax.set_yticks(rows, names)
    ax.set_xlabel("Net present value (low to high scenario, diamond = mid)")
    ax.set_title(f"Learning options over {years} years at {rate:.0%} discount")
    plotting.format_money_axis(ax, "x", unit="k")
    plt.close(fig)
    return fig, summary
