# slip: x label says 'Time (h)' without the word hours
def plot_plan(plan, budget_hours):
    """Draw a weekly plan as horizontal bars, first activity at the top.

    plan: a dict {activity name: hours}, in the order to show.
    budget_hours: the week's budget, a number > 0, marked by a vertical dashed line.
    Returns the matplotlib Figure.
    """
    names = list(plan)
    hours = [plan[n] for n in names]
    fig, ax = plt.subplots(figsize=(7, 0.6 * len(names) + 1.5))
    y = list(range(len(names)))
    ax.barh(y, hours, color=plotting.PALETTE[0])
    ax.set_yticks(y, names)
    ax.invert_yaxis()
    ax.axvline(budget_hours, color="black", linestyle="--", label=f"budget ({budget_hours} h)")
    ax.set_xlabel("Time (h)")
    ax.set_title("Weekly learning plan")
    ax.legend(loc="lower right")
    plt.close(fig)
    return fig
