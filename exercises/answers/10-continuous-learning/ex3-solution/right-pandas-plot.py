# style: pandas' plot.barh, budget as ax.vlines, categories by name
def plot_plan(plan, budget_hours):
    """Draw a weekly plan as horizontal bars, first activity at the top.

    plan: a dict {activity name: hours}, in the order to show.
    budget_hours: the week's budget, a number > 0, marked by a vertical dashed line.
    Returns the matplotlib Figure.
    """
    series = pd.Series(plan, dtype=float)
    ax = series.iloc[::-1].plot.barh(figsize=(6, 3), color="#0072B2")
    ax.vlines(budget_hours, -0.5, len(series) - 0.5, linestyles="dashed", colors="black")
    ax.set_xlabel("Planned HOURS")
    ax.set_title("This week's plan")
    fig = ax.figure
    plt.close(fig)
    return fig
