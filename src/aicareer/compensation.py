"""Helpers for the compensation topic: look up and draw the illustrative bands in ``comp_bands``.

    >>> from aicareer import compensation
    >>> sf = compensation.load_bands(city="San Francisco Bay Area")
    >>> len(sf)
    16
    >>> compensation.position_in_band(250_000, 200_000, 300_000)
    0.5

The bands are illustrative estimates, not survey data: read ``datasets.datasheet("comp_bands")``
before you use them. This module deliberately contains no vesting, total-compensation or
offer-comparison calculator: those are the topic's exercises.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from aicareer import datasets, plotting

LEVELS: tuple[str, ...] = ("L3", "L4", "L5", "L6")
TIERS: tuple[str, ...] = ("frontier_lab", "ai_native_scaleup", "big_tech", "saas")
CITIES: tuple[str, ...] = (
    "San Francisco Bay Area",
    "New York",
    "Seattle",
    "Remote (US)",
    "London",
    "Bangalore",
)
TIER_LABELS: dict[str, str] = {
    "frontier_lab": "Frontier lab",
    "ai_native_scaleup": "AI-native scaleup",
    "big_tech": "Big tech",
    "saas": "SaaS",
}
_MEASURES = ("tc", "base")
# One hatch per tier, so that the tiers differ by more than color (print, color blindness).
TIER_HATCHES: dict[str, str] = {
    "frontier_lab": "",
    "ai_native_scaleup": "//",
    "big_tech": "..",
    "saas": "xx",
}


def _check_choice(value: object, allowed: tuple[str, ...], what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a string such as {allowed[0]!r}, not {value!r}")
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; choose one of {', '.join(allowed)}")
    return value


def load_bands(city: str | None = None, tier: str | None = None) -> pd.DataFrame:
    """Return the ``comp_bands`` data set, optionally only one *city* and/or one *tier*.

    Rows keep the data set's order (level, then tier, then city) and the index is reset.
    Raises ``ValueError`` for an unknown city or tier and ``TypeError`` for a non-string.
    """
    bands = datasets.load("comp_bands")
    if city is not None:
        bands = bands[bands["city"] == _check_choice(city, CITIES, "city")]
    if tier is not None:
        bands = bands[bands["tier"] == _check_choice(tier, TIERS, "tier")]
    return bands.reset_index(drop=True)


def band(level: str, tier: str, city: str) -> dict[str, int]:
    """Return one band as a dict with keys ``base_low``, ``base_high``, ``tc_low``, ``tc_high``.

    >>> band("L5", "big_tech", "San Francisco Bay Area")["tc_low"]
    330000
    """
    _check_choice(level, LEVELS, "level")
    row = load_bands(city=city, tier=tier)
    row = row[row["level"] == level]
    r = row.iloc[0]
    return {
        "base_low": int(r["base_low_usd"]),
        "base_high": int(r["base_high_usd"]),
        "tc_low": int(r["tc_low_usd"]),
        "tc_high": int(r["tc_high_usd"]),
    }


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite, not {value!r}")
    return float(value)


def position_in_band(value: float, low: float, high: float) -> float:
    """Return where *value* sits in the band [*low*, *high*]: 0.0 at low, 1.0 at high.

    The result is not clipped: below the band gives a negative number, above it more than 1.
    Raises ``ValueError`` unless ``low < high`` and ``TypeError`` for non-numbers.

    >>> position_in_band(330_000, 300_000, 400_000)
    0.3
    """
    v, lo, hi = _number(value, "value"), _number(low, "low"), _number(high, "high")
    if not lo < hi:
        raise ValueError(f"a band needs low < high, got low={lo:g}, high={hi:g}")
    return (v - lo) / (hi - lo)


def plot_band_ranges(
    bands: pd.DataFrame,
    *,
    measure: str = "tc",
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """Draw each tier's band as a vertical range bar per level; return the Axes.

    *bands* holds rows of one city (for example ``load_bands(city="London")``); *measure* is
    ``"tc"`` or ``"base"``. One bar container per tier is added, labeled with the tier's readable
    name and hatched with ``TIER_HATCHES[tier]`` (color is not the only cue), so
    ``len(ax.containers)`` is the number of tiers present.
    Raises ``ValueError`` if *bands* mixes cities, is empty or lacks the data set's columns.
    """
    _check_choice(measure, _MEASURES, "measure")
    if not isinstance(bands, pd.DataFrame):
        raise TypeError(f"bands must be a pandas DataFrame, not {type(bands).__name__}")
    needed = {"level", "tier", "city", f"{measure}_low_usd", f"{measure}_high_usd"}
    missing = needed - set(bands.columns)
    if missing:
        raise ValueError(f"bands lacks the columns {sorted(missing)}; use load_bands()")
    if bands.empty:
        raise ValueError("bands is empty: there is nothing to draw")
    cities = bands["city"].unique()
    if len(cities) != 1:
        raise ValueError(f"draw one city at a time; bands holds {sorted(cities)}")
    if ax is None:
        _, ax = plt.subplots()
    tiers = [t for t in TIERS if t in set(bands["tier"])]
    width = 0.8 / len(tiers)
    for i, tier in enumerate(tiers):
        rows = bands[bands["tier"] == tier].set_index("level").reindex(LEVELS).dropna(how="all")
        xs = [LEVELS.index(level) - 0.4 + width * (i + 0.5) for level in rows.index]
        low = rows[f"{measure}_low_usd"].astype(float)
        high = rows[f"{measure}_high_usd"].astype(float)
        ax.bar(
            xs,
            (high - low).to_list(),
            bottom=low.to_list(),
            width=width * 0.9,
            color=plotting.PALETTE[i % len(plotting.PALETTE)],
            hatch=TIER_HATCHES[tier],
            edgecolor="white",
            label=TIER_LABELS[tier],
        )
    # Range bars start at zero so that the eye can compare bands as ratios, not only as gaps.
    ax.set_ylim(0, float(bands[f"{measure}_high_usd"].max()) * 1.05)
    ax.set_xticks(range(len(LEVELS)), [str(level) for level in LEVELS])
    ax.set_xlabel("Level")
    ax.set_ylabel("Total compensation per year" if measure == "tc" else "Base salary per year")
    plotting.format_money_axis(ax, "y", unit="k")
    ax.set_title(title if title is not None else f"Illustrative bands, {cities[0]} (estimates)")
    ax.legend(loc="upper left")
    return ax
