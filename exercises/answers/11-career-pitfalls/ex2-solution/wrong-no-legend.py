# slip: draws the lines but no legend
def inflation_curves(n_models_values, n_items_values, true_rate=0.7, n_trials=2000, seed=0):
    """Tabulate and plot the winner's-curse inflation for several N and several eval sizes.

    Returns (table, fig): table is a pandas DataFrame indexed by the values of n_models_values,
    with one column per value of n_items_values, holding
    winners_curse(N, n, true_rate, n_trials, seed); fig has one Axes with one line per eval
    size, labeled "<n> items", x = number of models, y = inflation in percentage points.
    """
    for name, values in (("n_models_values", n_models_values), ("n_items_values", n_items_values)):
        if not isinstance(values, (list, tuple)):
            raise TypeError(f"{name} must be a list or tuple of ints")
        if len(values) == 0:
            raise ValueError(f"{name} is empty")
    table = pd.DataFrame(
        {n: [winners_curse(m, n, true_rate, n_trials, seed) for m in n_models_values]
         for n in n_items_values},
        index=list(n_models_values),
    )
    fig, ax = plt.subplots()
    markers = ["o", "s", "^", "D", "v", "P", "X", "*"]
    for k, n in enumerate(n_items_values):
        ax.plot(list(n_models_values), [100 * v for v in table[n]],
                marker=markers[k % len(markers)], label=f"{n} items")
    ax.set_xlabel("Number of models compared (N)")
    ax.set_ylabel("Inflation of the best score (percentage points)")
    ax.set_title(f"Winner's curse: all models truly pass {true_rate:.0%}")
    plt.close(fig)
    return table, fig
