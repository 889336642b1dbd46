"""The course's plot style: readable in the book, in JupyterLab and in print.

>>> import matplotlib.pyplot as plt
>>> from aicareer import plotting
>>> plotting.use_course_style()
>>> fig, ax = plt.subplots()
>>> plotting.format_money_axis(ax, axis="y", unit="k")
"""

from __future__ import annotations

from typing import Literal

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

# Colour-blind-safe palette (Okabe and Ito, 2008), used in this order across the course.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")

_UNITS = {"": 1.0, "k": 1e3, "M": 1e6, "B": 1e9}


def use_course_style() -> None:
    """Set matplotlib's defaults for the course: palette, sizes, light grid, no top/right spines."""
    mpl.rcParams.update(
        {
            "axes.prop_cycle": mpl.cycler(color=PALETTE),
            "figure.figsize": (7.5, 4.2),
            "figure.dpi": 110,
            "savefig.dpi": 110,
            "savefig.bbox": "tight",
            "axes.grid": True,
            "grid.alpha": 0.3,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.titleweight": "bold",
            "axes.titlesize": 12,
            "axes.labelsize": 11,
            "legend.frameon": False,
        }
    )


def money(value: float, unit: str = "k", currency: str = "$") -> str:
    """Format *value* as money in *unit* ('', 'k', 'M' or 'B').

    >>> money(245_000)
    '$245k'
    >>> money(1_250_000, unit="M")
    '$1.25M'
    """
    if unit not in _UNITS:
        raise ValueError(f"unit must be one of {sorted(_UNITS)}, not {unit!r}")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"value must be a number, not {type(value).__name__}")
    scaled = value / _UNITS[unit]
    text = f"{scaled:,.2f}".rstrip("0").rstrip(".")
    return f"{currency}{text}{unit}"


def format_money_axis(
    ax: Axes, axis: Literal["x", "y"] = "y", unit: str = "k", currency: str = "$"
) -> None:
    """Label the ticks of *ax*'s *axis* as money, for example ``$250k``."""
    if axis not in ("x", "y"):
        raise ValueError(f"axis must be 'x' or 'y', not {axis!r}")
    if unit not in _UNITS:
        raise ValueError(f"unit must be one of {sorted(_UNITS)}, not {unit!r}")
    formatter = FuncFormatter(lambda v, _pos: money(float(v), unit=unit, currency=currency))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(formatter)
