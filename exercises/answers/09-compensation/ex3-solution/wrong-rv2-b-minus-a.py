# slip: difference_by_year is b - a
import math

import matplotlib.pyplot as plt

from aicareer import plotting


def compare_offers(tc_a, tc_b, label_a="Offer A", label_b="Offer B"):
    """Plot two offers' yearly TC and summarize the difference."""
    def is_num(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)
    for tc in (tc_a, tc_b):
        if not isinstance(tc, (list, tuple)) or not all(is_num(v) for v in tc):
            raise TypeError("offers are lists or tuples of numbers")
    if not isinstance(label_a, str) or not isinstance(label_b, str):
        raise TypeError("labels are strings")
    if not tc_a or len(tc_a) != len(tc_b):
        raise ValueError("same non-zero length")
    if any(v < 0 or not math.isfinite(v) for v in list(tc_a) + list(tc_b)):
        raise ValueError("finite, non-negative values")
    if not label_a or not label_b or label_a == label_b:
        raise ValueError("distinct, non-empty labels")
    years = list(range(1, len(tc_a) + 1))
    fig, ax = plt.subplots()
    ax.plot(years, list(tc_a), marker="o", label=label_a)
    ax.plot(years, list(tc_b), marker="s", linestyle="--", label=label_b)
    ax.set_xlabel("Year")
    ax.set_ylabel("Total compensation (USD)")
    plotting.format_money_axis(ax, "y", unit="k")
    ax.legend()
    plt.close(fig)
    total_a = float(sum(tc_a))
    total_b = float(sum(tc_b))
    diff = total_a - total_b
    better = "tie" if abs(diff) <= 1e-6 else (label_a if diff > 0 else label_b)
    return fig, {"difference_by_year": [float(b - a) for a, b in zip(tc_a, tc_b)],
                 "total_a": total_a, "total_b": total_b, "difference_total": float(diff), "better": better}
