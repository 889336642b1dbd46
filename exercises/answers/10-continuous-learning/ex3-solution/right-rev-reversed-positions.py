# style: bars at descending y positions (n-1 .. 0) without inverting the axis, vlines for the budget (reviewer's)
def plot_plan(plan, budget_hours):
    """Draw a weekly plan as horizontal bars, first activity at the top.

    plan: a dict {activity name: hours}, in the order to show.
    budget_hours: the week's budget, a number > 0, marked by a vertical dashed line.
    Returns the matplotlib Figure.
    """
    items = list(plan.items())
    n = len(items)
    fig = plt.figure(figsize=(7, 4))
    ax = fig.add_subplot()
    ys = [n - 1 - k for k in range(n)]
    ax.barh(ys, [h for _, h in items], height=0.6, hatch="//", edgecolor="black")
    ax.set_yticks(ys)
    ax.set_yticklabels([name for name, _ in items])
    ax.vlines(budget_hours, -0.5, n - 0.5, colors="grey", linestyles="dashed")
    for y, (_, h) in zip(ys, items):
        ax.text(h + 0.1, y, f"{h} h", va="center")
    ax.set_xlabel("HOURS")
    ax.set_title("Plan")
    plt.close(fig)
    return fig
