# style: pyplot state machine, tick positions 1..n, budget as a plotted two-point line (reviewer's)
def plot_plan(plan, budget_hours):
    """Draw a weekly plan as horizontal bars, first activity at the top.

    plan: a dict {activity name: hours}, in the order to show.
    budget_hours: the week's budget, a number > 0, marked by a vertical dashed line.
    Returns the matplotlib Figure.
    """
    fig = plt.figure()
    positions = np.arange(1, len(plan) + 1)
    plt.barh(positions, np.array(list(plan.values()), dtype=float))
    plt.yticks(positions, list(plan.keys()))
    plt.ylim(len(plan) + 0.5, 0.5)
    plt.plot([budget_hours, budget_hours], [0.5, len(plan) + 0.5], "k--")
    plt.xlabel("Planned hours")
    plt.title("This week's plan")
    plt.close(fig)
    return fig
