# style: numpy for the flip candidates, barh on string categories (top choice drawn last), a text label instead of a hatch
import math

import matplotlib.pyplot as plt
import numpy as np


def track_decision(scores, weights):
    """Weighted totals, ranking and the smallest one-weight change that flips the top track.

    Returns (fig, result): fig is a horizontal bar chart of the totals, top choice at the top;
    result has "totals", "ranking", "top" and "flip" (a dict or None).
    """
    def is_num(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)

    if not (isinstance(scores, dict) and isinstance(weights, dict)):
        raise TypeError("scores and weights must be dicts")
    if any(not is_num(w) for w in weights.values()):
        raise TypeError("weights are numbers")
    if any(not math.isfinite(w) or w < 0 for w in weights.values()):
        raise ValueError("weights are finite and non-negative")
    if len(scores) < 2:
        raise ValueError("two tracks or more")
    for row in scores.values():
        if not isinstance(row, dict):
            raise TypeError("scores of a track are a dict")
        if any(not is_num(v) for v in row.values()):
            raise TypeError("scores are numbers")
        if sorted(row) != sorted(weights):
            raise ValueError("criteria must match the weights")
    crit = sorted(weights)
    w = np.array([weights[c] for c in crit], dtype=float)
    if w.sum() == 0:
        raise ValueError("all weights zero")
    names = sorted(scores)
    S = np.array([[scores[t][c] for c in crit] for t in names], dtype=float)
    tot = S @ w / w.sum()
    totals = {t: float(v) for t, v in zip(names, tot)}
    ranking = []
    remaining = list(names)
    while remaining:
        best = max(totals[t] for t in remaining)
        pick = min(t for t in remaining if totals[t] >= best - 1e-9)
        ranking.append(pick)
        remaining.remove(pick)
    top = ranking[0]
    a = names.index(top)
    cands = []
    for b_i, b in enumerate(names):
        if b == top:
            continue
        d = S[a] - S[b_i]
        D = float(d @ w)
        for j, c in enumerate(crit):
            if D <= 1e-12:
                cands.append((0.0, c, b, float(w[j])))
            elif d[j] < 0:
                cands.append((D / -d[j], c, b, float(w[j] + D / -d[j])))
            elif d[j] > 0 and w[j] - D / d[j] >= -1e-12:
                cands.append((D / d[j], c, b, max(0.0, float(w[j] - D / d[j]))))
    flip = None
    if cands:
        smallest = min(x[0] for x in cands)
        near = sorted((x for x in cands if x[0] <= smallest + 1e-9), key=lambda x: (x[1], x[2]))
        _, c, b, new = near[0]
        flip = {"criterion": c, "rival": b, "weight_from": float(weights[c]), "weight_to": new}
    fig, ax = plt.subplots()
    bottom_up = ranking[::-1]
    ax.barh(bottom_up, [totals[t] for t in bottom_up], color="0.6")
    ax.text(totals[top], len(ranking) - 1, "  top choice", va="center")
    ax.set_xlabel("Weighted total (1-5 scale)")
    plt.close(fig)
    return fig, {"totals": totals, "ranking": ranking, "top": top, "flip": flip}
