# style: fig.add_subplot and numpy arrays; the same two labeled lines and summary
import math

import matplotlib.pyplot as plt
import numpy as np


def compare_offers(tc_a, tc_b, label_a="Offer A", label_b="Offer B"):
    """Plot two offers' yearly TC and summarize the difference."""
    arrays = []
    for tc in (tc_a, tc_b):
        if not isinstance(tc, (list, tuple)):
            raise TypeError("TC must be a list or tuple")
        for v in tc:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise TypeError("TC values must be numbers")
        if not tc:
            raise ValueError("empty TC")
        arr = np.array(tc, dtype=float)
        if not np.all(np.isfinite(arr)) or np.any(arr < 0):
            raise ValueError("TC values must be finite and >= 0")
        arrays.append(arr)
    a, b = arrays
    if a.shape != b.shape:
        raise ValueError("different numbers of years")
    if not isinstance(label_a, str) or not isinstance(label_b, str):
        raise TypeError("labels must be strings")
    if not label_a.strip() or not label_b.strip() or label_a == label_b:
        raise ValueError("labels must be non-empty and different")
    x = np.arange(1, len(a) + 1)
    fig = plt.figure()
    ax = fig.add_subplot()
    ax.plot(x, a, "o-", label=label_a)
    ax.plot(x, b, "s--", label=label_b)
    ax.set_xticks(x)
    ax.set_xlabel("Year")
    ax.set_ylabel("TC (USD)")
    plotting.format_money_axis(ax, "y", unit="k")
    ax.legend()
    plt.close(fig)
    total_a, total_b = float(a.sum()), float(b.sum())
    if abs(total_a - total_b) <= 1e-6:
        better = "tie"
    elif total_a > total_b:
        better = label_a
    else:
        better = label_b
    return fig, {"difference_by_year": [float(d) for d in a - b], "total_a": total_a,
                 "total_b": total_b, "difference_total": total_a - total_b, "better": better}
