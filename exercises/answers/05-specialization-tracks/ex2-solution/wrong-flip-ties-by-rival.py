# slip: breaks ties between equal changes by rival name before criterion name
def track_decision(scores, weights):
    """Weighted totals, ranking and the smallest one-weight change that flips the top track.

    Returns (fig, result): fig is a horizontal bar chart of the totals, top choice at the top;
    result has "totals", "ranking", "top" and "flip" (a dict or None).
    """
    if not isinstance(scores, dict) or not isinstance(weights, dict):
        raise TypeError("scores and weights must be dicts")

    def is_number(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)

    for c, w in weights.items():
        if not is_number(w):
            raise TypeError(f"weight of {c!r} must be a number")
        if not math.isfinite(w) or w < 0:
            raise ValueError(f"weight of {c!r} must be finite and non-negative")
    if sum(weights.values()) <= 0:
        raise ValueError("at least one weight must be positive")
    if len(scores) < 2:
        raise ValueError("compare at least two tracks")
    for track, row in scores.items():
        if not isinstance(row, dict):
            raise TypeError(f"scores of {track!r} must be a dict")
        if set(row) != set(weights):
            raise ValueError(f"{track!r} must score exactly the weighted criteria")
        if not all(is_number(s) for s in row.values()):
            raise TypeError(f"every score of {track!r} must be a number")
        if not all(math.isfinite(s) for s in row.values()):
            raise ValueError(f"every score of {track!r} must be finite")

    total_weight = sum(weights.values())
    totals = {t: float(sum(weights[c] * row[c] for c in weights) / total_weight)
              for t, row in scores.items()}
    ranking = []
    for t in sorted(totals):  # name order first, so that near-ties keep it
        pos = 0
        while pos < len(ranking) and totals[ranking[pos]] >= totals[t] - 1e-9:
            pos += 1
        ranking.insert(pos, t)
    top = ranking[0]

    candidates = []
    for rival in ranking[1:]:
        d = {c: scores[top][c] - scores[rival][c] for c in weights}
        gap = sum(weights[c] * d[c] for c in weights)
        for c in weights:
            if gap <= 1e-12:
                change = 0.0
            elif d[c] < 0:
                change = gap / -d[c]
            elif d[c] > 0 and weights[c] - gap / d[c] >= -1e-12:
                change = -gap / d[c]
            else:
                continue
            candidates.append((abs(change), c, rival, change))
    flip = None
    if candidates:
        best = min(a for a, _, _, _ in candidates)
        near = sorted((r, c, ch) for a, c, r, ch in candidates if a - best <= 1e-9)
        rival, c, change = near[0]
        flip = {"criterion": c, "rival": rival, "weight_from": float(weights[c]),
                "weight_to": float(max(0.0, weights[c] + change))}

    fig, ax = plt.subplots()
    y = list(range(len(ranking)))
    bars = ax.barh(y, [totals[t] for t in ranking], color=plotting.PALETTE[0])
    bars[0].set_hatch("//")
    ax.set_yticks(y)
    ax.set_yticklabels(ranking)
    ax.invert_yaxis()
    ax.annotate("top choice", xy=(totals[top], 0), xytext=(4, 0), textcoords="offset points",
                va="center")
    ax.set_xlabel("Weighted total (1-5 scale)")
    ax.set_title("Tracks by weighted total")
    plt.close(fig)
    return fig, {"totals": totals, "ranking": ranking, "top": top, "flip": flip}
