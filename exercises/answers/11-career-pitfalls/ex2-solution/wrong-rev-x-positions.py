# slip: puts the lines at x = 0, 1, 2, ... instead of the numbers of models
def inflation_curves(n_models_values, n_items_values, true_rate=0.7, n_trials=2000, seed=0):
    """Tabulate and plot the winner's-curse inflation for several N and several eval sizes.

    Returns (table, fig): table is a pandas DataFrame indexed by the values of n_models_values,
    with one column per value of n_items_values, holding
    winners_curse(N, n, true_rate, n_trials, seed); fig has one Axes with one line per eval
    size, labeled "<n> items", x = number of models, y = inflation in percentage points.
    """
    if len(n_models_values) == 0 or len(n_items_values) == 0:
        raise ValueError("empty list")
    models = list(n_models_values)
    sizes = list(n_items_values)
    table = pd.DataFrame({n: [winners_curse(N, n, true_rate, n_trials, seed) for N in models]
                          for n in sizes}, index=models)
    fig, ax = plt.subplots(figsize=(7, 4))
    for n, marker in zip(sizes, ["o", "s", "D", "^", "v", "P", "*", "X"] * len(sizes)):
        ax.plot(range(len(models)), 100 * table[n].to_numpy(), marker=marker, label=f"{n} items")
    ax.set_xlabel("Number of candidate models")
    ax.set_ylabel("Inflation of the best score (points)")
    ax.legend()
    plt.close(fig)
    return table, fig
