"""Generate the illustrative compensation bands ``comp_bands.csv`` (see ``comp_bands.md``).

Usage::

    python scripts/generate_comp_bands.py src/aicareer/data/comp_bands.csv

The bands are NOT survey data. They are arithmetic on two stated inputs:

1. ``SF_ANCHORS``: the course author's estimates, as of November 2026, of a plausible range of
   annual base salary and annual total compensation (TC = base + target bonus + one year of
   equity vesting at grant value + amortized sign-on) for an AI engineer in the San Francisco Bay
   Area, per level and company tier;
2. ``CITY_MULTIPLIERS``: a low and a high ratio of each city's pay to the Bay Area's. All of them
   are the course author's estimates (the datasheet says how they were made and what they are not).

Each city's low bound is the Bay Area low times the city's low ratio, and its high bound is the
Bay Area high times the city's high ratio, rounded to the nearest $5,000. No random numbers are
drawn, so the output is the same byte for byte on every run.
"""

from __future__ import annotations

import sys

from csv_output import run

AS_OF = "2026-11"
ROUND_TO = 5_000

LEVELS = (
    ("L3", "L3 Junior"),
    ("L4", "L4 Mid-level"),
    ("L5", "L5 Senior"),
    ("L6", "L6 Staff"),
)
TIERS = ("frontier_lab", "ai_native_scaleup", "big_tech", "saas")
CITIES = ("San Francisco Bay Area", "New York", "Seattle", "Remote (US)", "London", "Bangalore")

# (base_low, base_high, tc_low, tc_high) in USD per year, San Francisco Bay Area.
# Author's estimates.
SF_ANCHORS: dict[tuple[str, str], tuple[int, int, int, int]] = {
    ("L3", "frontier_lab"): (170_000, 230_000, 220_000, 330_000),
    ("L3", "ai_native_scaleup"): (150_000, 200_000, 170_000, 260_000),
    ("L3", "big_tech"): (140_000, 180_000, 170_000, 240_000),
    ("L3", "saas"): (120_000, 165_000, 130_000, 190_000),
    ("L4", "frontier_lab"): (200_000, 270_000, 300_000, 450_000),
    ("L4", "ai_native_scaleup"): (180_000, 230_000, 230_000, 350_000),
    ("L4", "big_tech"): (165_000, 215_000, 230_000, 330_000),
    ("L4", "saas"): (150_000, 195_000, 170_000, 250_000),
    ("L5", "frontier_lab"): (260_000, 340_000, 450_000, 750_000),
    ("L5", "ai_native_scaleup"): (210_000, 270_000, 330_000, 520_000),
    ("L5", "big_tech"): (195_000, 250_000, 330_000, 480_000),
    ("L5", "saas"): (180_000, 230_000, 230_000, 340_000),
    ("L6", "frontier_lab"): (320_000, 420_000, 700_000, 1_200_000),
    ("L6", "ai_native_scaleup"): (250_000, 320_000, 480_000, 800_000),
    ("L6", "big_tech"): (235_000, 290_000, 480_000, 700_000),
    ("L6", "saas"): (210_000, 270_000, 320_000, 470_000),
}

# (low ratio, high ratio) of a city's pay to the San Francisco Bay Area's.
# Author's estimates, see the datasheet.
CITY_MULTIPLIERS: dict[str, tuple[float, float]] = {
    "San Francisco Bay Area": (1.00, 1.00),
    "New York": (0.90, 1.00),
    "Seattle": (0.90, 1.00),
    "Remote (US)": (0.80, 0.95),
    "London": (0.50, 0.60),
    "Bangalore": (0.20, 0.30),
}

COLUMNS = (
    "level",
    "level_label",
    "tier",
    "city",
    "base_low_usd",
    "base_high_usd",
    "tc_low_usd",
    "tc_high_usd",
    "city_ratio_low",
    "city_ratio_high",
    "as_of",
)


def round_to(value: float, step: int = ROUND_TO) -> int:
    """Round *value* to the nearest multiple of *step* (halves away from zero)."""
    return int((value + step / 2) // step * step)


def rows() -> list[dict[str, object]]:
    """Return every row of the data set: level x tier x city, in a fixed order."""
    out = []
    for level, label in LEVELS:
        for tier in TIERS:
            base_lo, base_hi, tc_lo, tc_hi = SF_ANCHORS[(level, tier)]
            for city in CITIES:
                lo, hi = CITY_MULTIPLIERS[city]
                out.append(
                    {
                        "level": level,
                        "level_label": label,
                        "tier": tier,
                        "city": city,
                        "base_low_usd": round_to(base_lo * lo),
                        "base_high_usd": round_to(base_hi * hi),
                        "tc_low_usd": round_to(tc_lo * lo),
                        "tc_high_usd": round_to(tc_hi * hi),
                        "city_ratio_low": f"{lo:.2f}",
                        "city_ratio_high": f"{hi:.2f}",
                        "as_of": AS_OF,
                    }
                )
    return out


def check(data: list[dict[str, object]]) -> None:
    """Raise ValueError if any band is inverted or base exceeds TC."""
    for r in data:
        where = f"{r['level']}/{r['tier']}/{r['city']}"
        if not (r["base_low_usd"] <= r["base_high_usd"] and r["tc_low_usd"] <= r["tc_high_usd"]):
            raise ValueError(f"{where}: a band's low bound is above its high bound")
        if r["base_low_usd"] > r["tc_low_usd"] or r["base_high_usd"] > r["tc_high_usd"]:
            raise ValueError(f"{where}: base pay cannot exceed total compensation")


def table() -> list[list[object]]:
    """The checked rows of the data set, as lists in COLUMNS order."""
    data = rows()
    check(data)
    return [[row[column] for column in COLUMNS] for row in data]


if __name__ == "__main__":
    raise SystemExit(run(sys.argv, COLUMNS, table))
