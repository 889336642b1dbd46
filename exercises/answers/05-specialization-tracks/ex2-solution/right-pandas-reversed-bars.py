# style: pandas for the totals, a linear scan for the flip, bars drawn in reversed order without inverting the axis
def track_decision(scores, weights):
    """Weighted totals, ranking and the smallest one-weight change that flips the top track.

    Returns (fig, result): fig is a horizontal bar chart of the totals, top choice at the top;
    result has "totals", "ranking", "top" and "flip" (a dict or None).
    """
    if not isinstance(scores, dict) or not isinstance(weights, dict):
        raise TypeError("dicts expected")
    num = lambda x: isinstance(x, (int, float)) and not isinstance(x, bool)
    if not all(num(w) for w in weights.values()):
        raise TypeError("weights must be numbers")
    if any((not math.isfinite(w)) or w < 0 for w in weights.values()) or not any(w > 0 for w in weights.values()):
        raise ValueError("weights must be non-negative, not all zero")
    if len(scores) < 2:
        raise ValueError("need two tracks")
    for row in scores.values():
        if not isinstance(row, dict):
            raise TypeError("scores rows must be dicts")
        if set(row) != set(weights):
            raise ValueError("criteria differ")
        if not all(num(v) for v in row.values()):
            raise TypeError("scores must be numbers")
    crit = sorted(weights)
    table = pd.DataFrame({t: [float(scores[t][c]) for c in crit] for t in scores}, index=crit).T
    w = pd.Series({c: float(weights[c]) for c in crit})
    tot = (table * w).sum(axis=1) / w.sum()
    names = sorted(tot.index)
    ranking = []
    while names:
        best = max(tot[n] for n in names)
        pick = min(n for n in names if tot[n] >= best - 1e-9)
        ranking.append(pick)
        names.remove(pick)
    top = ranking[0]
    best_key, flip = None, None
    for c in crit:
        for rival in sorted(ranking[1:]):
            d = table.loc[top] - table.loc[rival]
            gap = float((d * w).sum())
            if gap <= 1e-12:
                ch = 0.0
            elif d[c] < 0:
                ch = gap / -d[c]
            elif d[c] > 0 and w[c] - gap / d[c] >= -1e-12:
                ch = -gap / d[c]
            else:
                continue
            if best_key is None or abs(ch) < best_key - 1e-9:
                best_key = abs(ch)
                flip = {"criterion": c, "rival": rival, "weight_from": float(w[c]),
                        "weight_to": float(max(0.0, w[c] + ch))}
    fig = plt.figure()
    ax = fig.add_subplot()
    rev = ranking[::-1]
    ax.barh(rev, [float(tot[t]) for t in rev], hatch=["" if t != top else "xx" for t in rev])
    ax.set_xlabel("weighted total")
    plt.close(fig)
    return fig, {"totals": {t: float(tot[t]) for t in scores}, "ranking": ranking, "top": top, "flip": flip}
