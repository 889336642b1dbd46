# style: matplotlib.figure.Figure with fig.add_subplot (no pyplot state), numpy sums converted to float, math.isclose tie test
import math

import matplotlib.figure
import matplotlib.pyplot as plt
import numpy as np

from aicareer import plotting


def compare_offers(tc_a, tc_b, label_a="Offer A", label_b="Offer B"):
    """Plot two offers' yearly TC and summarize the difference."""
    for tc in (tc_a, tc_b):
        if type(tc) not in (list, tuple) or any(type(v) not in (int, float) for v in tc):
            raise TypeError("offers are lists or tuples of numbers")
    if type(label_a) is not str or type(label_b) is not str:
        raise TypeError("labels are strings")
    a = np.array(tc_a, dtype=float)
    b = np.array(tc_b, dtype=float)
    if a.size == 0 or a.shape != b.shape or not np.isfinite(a).all() or not np.isfinite(b).all() \
            or (a < 0).any() or (b < 0).any() or "" in (label_a, label_b) or label_a == label_b:
        raise ValueError("bad offers or labels")
    fig = matplotlib.figure.Figure(figsize=(6, 4))
    ax = fig.add_subplot(1, 1, 1)
    x = np.arange(1, a.size + 1)
    ax.plot(x, a, "o-", label=label_a)
    ax.plot(x, b, "s--", label=label_b)
    ax.set(xlabel="Year", ylabel="TC")
    plotting.format_money_axis(ax, "y", unit="k")
    ax.legend(loc="best")
    plt.close(fig)
    total_a, total_b = float(a.sum()), float(b.sum())
    better = "tie" if math.isclose(total_a, total_b, rel_tol=0.0, abs_tol=1e-6) else (label_a if total_a > total_b else label_b)
    return fig, {"difference_by_year": [float(d) for d in a - b], "total_a": total_a, "total_b": total_b,
                 "difference_total": total_a - total_b, "better": better}
