# style: builds the table with a dict of dicts and draws it with DataFrame.plot and a style list (reviewer's)
def inflation_curves(n_models_values, n_items_values, true_rate=0.7, n_trials=2000, seed=0):
    """Tabulate and plot the winner's-curse inflation for several N and several eval sizes.

    Returns (table, fig): table is a pandas DataFrame indexed by the values of n_models_values,
    with one column per value of n_items_values, holding
    winners_curse(N, n, true_rate, n_trials, seed); fig has one Axes with one line per eval
    size, labeled "<n> items", x = number of models, y = inflation in percentage points.
    """
    if not n_models_values or not n_items_values:
        raise ValueError("both lists must be non-empty")
    data = {n: {N: winners_curse(N, n, true_rate, n_trials, seed) for N in n_models_values}
            for n in n_items_values}
    table = pd.DataFrame(data).reindex(index=list(n_models_values), columns=list(n_items_values))
    shown = (100 * table).rename(columns=lambda n: f"{n} items")
    fig, ax = plt.subplots()
    shown.plot(ax=ax, style=[m + "-" for m in "osD^vP*Xh<>"][:len(shown.columns)])
    ax.set_xlabel("Models compared (N)")
    ax.set_ylabel("Inflation (percentage points)")
    ax.legend(title="Eval size")
    plt.close(fig)
    return table, fig
