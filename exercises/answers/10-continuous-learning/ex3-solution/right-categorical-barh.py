# style: barh with string categories and bar_label
def plot_plan(plan, budget_hours):
    """Draw a weekly plan as horizontal bars, first activity at the top.

    plan: a dict {activity name: hours}, in the order to show.
    budget_hours: the week's budget, a number > 0, marked by a vertical dashed line.
    Returns the matplotlib Figure.
    """
    fig, ax = plt.subplots()
    names = list(plan)[::-1]
    bars = ax.barh(names, [plan[n] for n in names], hatch="//")
    ax.bar_label(bars, fmt="%g h")
    ax.axvline(x=budget_hours, ls=":")
    ax.set(xlabel="hours", title="Plan")
    plt.close(fig)
    return fig
