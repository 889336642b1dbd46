# style: pyplot state machine (plt.figure, plt.plot, plt.legend) and line styles instead of markers
import math

import matplotlib.pyplot as plt

from aicareer import plotting


def compare_offers(tc_a, tc_b, label_a="Offer A", label_b="Offer B"):
    """Plot two offers' yearly TC and summarize the difference."""
    def is_num(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)
    if not isinstance(tc_a, (list, tuple)) or not isinstance(tc_b, (list, tuple)):
        raise TypeError("offers are lists or tuples")
    if not all(is_num(v) for v in [*tc_a, *tc_b]):
        raise TypeError("offers hold numbers")
    if not (isinstance(label_a, str) and isinstance(label_b, str)):
        raise TypeError("labels are strings")
    if len(tc_a) == 0 or len(tc_a) != len(tc_b):
        raise ValueError("same non-zero length")
    if not all(math.isfinite(v) and v >= 0 for v in [*tc_a, *tc_b]):
        raise ValueError("finite, non-negative values")
    if label_a == "" or label_b == "" or label_a == label_b:
        raise ValueError("distinct, non-empty labels")
    n = len(tc_a)
    fig = plt.figure()
    plt.plot(range(1, n + 1), tc_a, linestyle="-", label=label_a)
    plt.plot(range(1, n + 1), tc_b, linestyle=":", label=label_b)
    plt.xlabel("Year")
    plt.ylabel("TC per year")
    plotting.format_money_axis(plt.gca(), "y", unit="k")
    plt.legend()
    plt.close(fig)
    diffs = [float(a) - float(b) for a, b in zip(tc_a, tc_b)]
    total_a = math.fsum(float(v) for v in tc_a)
    total_b = math.fsum(float(v) for v in tc_b)
    gap = total_a - total_b
    if abs(gap) <= 1e-6:
        better = "tie"
    elif gap > 0:
        better = label_a
    else:
        better = label_b
    return fig, {"difference_by_year": diffs, "total_a": total_a, "total_b": total_b,
                 "difference_total": gap, "better": better}
