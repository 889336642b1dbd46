# slip: vertical bars (bar instead of barh)
def plot_plan(plan, budget_hours):
    """Draw a weekly plan as horizontal bars, first activity at the top.

    plan: a dict {activity name: hours}, in the order to show.
    budget_hours: the week's budget, a number > 0, marked by a vertical dashed line.
    Returns the matplotlib Figure.
    """
    if not isinstance(plan, dict):
        raise TypeError(f"plan must be a dict of activity -> hours, not {type(plan).__name__}")
    if len(plan) == 0:
        raise ValueError("the plan has no activities")
    names = list(plan)
    hours = [float(plan[n]) for n in names]
    fig, ax = plt.subplots(figsize=(7, 0.5 * len(names) + 1.5))
    y = list(range(len(names)))
    ax.bar(y, hours, color=plotting.PALETTE[0])
    ax.set_xticks(y, names)
    ax.invert_yaxis()
    for yi, h in zip(y, hours):
        ax.text(h + 0.1, yi, f"{h:g} h", va="center")
    ax.axvline(budget_hours, color="grey", linestyle="--", label=f"budget: {budget_hours:g} h")
    ax.set_xlabel("Hours per week")
    ax.set_title(f"Learning plan: {sum(hours):g} of {budget_hours:g} hours")
    ax.legend(loc="lower right")
    plt.close(fig)
    return fig
