# style: broken_barh spans (one per activity) instead of barh, first activity at the top (reviewer's)
def plot_plan(plan, budget_hours):
    """Draw a weekly plan as horizontal bars, first activity at the top.

    plan: a dict {activity name: hours}, in the order to show.
    budget_hours: the week's budget, a number > 0, marked by a vertical dashed line.
    Returns the matplotlib Figure.
    """
    fig, ax = plt.subplots()
    names = list(plan)
    for k, name in enumerate(names):
        ax.broken_barh([(0, plan[name])], (k - 0.4, 0.8))
    ax.set_yticks(range(len(names)), names)
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.axvline(budget_hours, linestyle=":")
    ax.set_xlim(0, max(budget_hours, max(plan.values())) + 1)
    ax.set_xlabel("Hours")
    ax.set_title("Plan for the week")
    plt.close(fig)
    return fig
