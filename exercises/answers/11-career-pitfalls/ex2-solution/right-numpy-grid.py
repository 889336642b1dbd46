# style: fills a numpy grid, then one plt.plot per column via the pyplot state machine
def inflation_curves(n_models_values, n_items_values, true_rate=0.7, n_trials=2000, seed=0):
    """Tabulate and plot the winner's-curse inflation for several N and several eval sizes.

    Returns (table, fig): table is a pandas DataFrame indexed by the values of n_models_values,
    with one column per value of n_items_values, holding
    winners_curse(N, n, true_rate, n_trials, seed); fig has one Axes with one line per eval
    size, labeled "<n> items", x = number of models, y = inflation in percentage points.
    """
    if not n_models_values or not n_items_values:
        raise ValueError("empty")
    grid = np.array([[winners_curse(int(m), int(n), true_rate, n_trials, seed)
                      for n in n_items_values] for m in n_models_values])
    table = pd.DataFrame(grid, index=pd.Index(n_models_values), columns=pd.Index(n_items_values))
    fig = plt.figure()
    for j, n in enumerate(n_items_values):
        plt.plot(n_models_values, grid[:, j] * 100, marker="os^Dv<>ph"[j % 9], label=f"{n} items")
    plt.xlabel("models")
    plt.ylabel("inflation (points)")
    plt.legend()
    plt.close(fig)
    return table, fig
