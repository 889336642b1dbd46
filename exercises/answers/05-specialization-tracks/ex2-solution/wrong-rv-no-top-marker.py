# slip: the top choice is marked by color only (a different bar color, no hatch or label)
def track_decision(scores, weights):
    """Weighted totals, ranking and the smallest one-weight change that flips the top track.

    Returns (fig, result): fig is a horizontal bar chart of the totals, top choice at the top;
    result has "totals", "ranking", "top" and "flip" (a dict or None).
    """
    import math

    import matplotlib.pyplot as plt

    def _num(x):
        return not isinstance(x, bool) and isinstance(x, (int, float))

    if not isinstance(scores, dict) or not isinstance(weights, dict):
        raise TypeError("scores and weights must be dicts")
    for c, w in weights.items():
        if not _num(w):
            raise TypeError("weights must be numbers")
        if not math.isfinite(w) or w < 0:
            raise ValueError("weights must be finite and non-negative")
    if len(scores) < 2:
        raise ValueError("at least two tracks")
    for t, row in scores.items():
        if not isinstance(row, dict):
            raise TypeError("a track's scores must be a dict")
        for v in row.values():
            if not _num(v):
                raise TypeError("scores must be numbers")
        if set(row) != set(weights):
            raise ValueError("criteria differ from the weights")
    wsum = sum(weights.values())
    if wsum == 0:
        raise ValueError("weights are all zero")
    totals = {t: float(sum(weights[c] * row[c] for c in weights) / wsum) for t, row in scores.items()}
    ranking = []
    for t in sorted(totals):
        pos = 0
        while pos < len(ranking) and (totals[ranking[pos]] > totals[t] + 1e-9
                                      or (abs(totals[ranking[pos]] - totals[t]) <= 1e-9 and ranking[pos] < t)):
            pos += 1
        ranking.insert(pos, t)
    top = ranking[0]
    best = None
    for c in sorted(weights):
        for b in sorted(scores):
            if b == top:
                continue
            d = {j: scores[top][j] - scores[b][j] for j in weights}
            D = sum(weights[j] * d[j] for j in weights)
            if D <= 1e-12:
                change, new = 0.0, float(weights[c])
            elif d[c] < 0:
                change = D / (-d[c])
                new = weights[c] + change
            elif d[c] > 0:
                new = weights[c] - D / d[c]
                if new < -1e-12:
                    continue
                new = max(0.0, new)
                change = D / d[c]
            else:
                continue
            if best is None or abs(change) < best[0] - 1e-9:
                best = (abs(change), {"criterion": c, "rival": b, "weight_from": float(weights[c]),
                                      "weight_to": float(new)})
    flip = None if best is None else best[1]
    fig, ax = plt.subplots()
    order = ranking[::-1]
    bars = ax.barh(range(len(order)), [totals[t] for t in order])
    bars[-1].set_color("tab:red")
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels(order)
    ax.set_xlabel("Weighted total")
    plt.close(fig)
    return fig, {"totals": totals, "ranking": ranking, "top": top, "flip": flip}
