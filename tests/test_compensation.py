"""Unit tests of aicareer.compensation and of the comp_bands data set and its generator."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from aicareer import compensation, datasets

ROOT = Path(__file__).resolve().parents[1]


# --- the data set -------------------------------------------------------------------------------


def test_generator_reproduces_shipped_csv(tmp_path):
    out = tmp_path / "comp_bands.csv"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_comp_bands.py"), str(out)], check=True
    )
    shipped = ROOT / "src" / "aicareer" / "data" / "comp_bands.csv"
    assert out.read_bytes() == shipped.read_bytes()


def test_generator_needs_exactly_one_argument():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_comp_bands.py")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert "usage" in proc.stderr


def test_data_set_shape_and_consistency():
    bands = datasets.load("comp_bands")
    assert len(bands) == 4 * 4 * 6
    assert set(bands["level"]) == set(compensation.LEVELS)
    assert set(bands["tier"]) == set(compensation.TIERS)
    assert set(bands["city"]) == set(compensation.CITIES)
    assert (bands["base_low_usd"] <= bands["base_high_usd"]).all()
    assert (bands["tc_low_usd"] <= bands["tc_high_usd"]).all()
    assert (bands["base_low_usd"] <= bands["tc_low_usd"]).all()
    assert (bands["tc_low_usd"] % 5_000 == 0).all()
    assert set(bands["as_of"]) == {"2026-11"}


def test_bay_area_is_the_top_city_in_every_band():
    bands = datasets.load("comp_bands")
    sf = bands[bands["city"] == "San Francisco Bay Area"].set_index(["level", "tier"])
    for city in compensation.CITIES:
        other = bands[bands["city"] == city].set_index(["level", "tier"])
        assert (other["tc_high_usd"] <= sf["tc_high_usd"]).all()


# The vocabulary every data set and topic of the course shares (book/authoring.md).
COURSE_CITIES = {
    "San Francisco Bay Area",
    "New York",
    "Seattle",
    "Austin",
    "London",
    "Berlin",
    "Toronto",
    "Bangalore",
    "Remote (US)",
}
COURSE_TIERS = {"frontier_lab", "big_tech", "ai_native_scaleup", "saas", "other_enterprise"}


def test_data_set_uses_the_course_vocabulary():
    bands = datasets.load("comp_bands")
    assert set(bands["city"]) <= COURSE_CITIES
    assert set(bands["tier"]) <= COURSE_TIERS
    assert set(compensation.CITIES) <= COURSE_CITIES and set(compensation.TIERS) <= COURSE_TIERS
    labels = dict(zip(bands["level"], bands["level_label"], strict=True))
    assert labels == {"L3": "L3 Junior", "L4": "L4 Mid-level", "L5": "L5 Senior", "L6": "L6 Staff"}
    sheet = datasets.datasheet("comp_bands")
    for name in [*compensation.CITIES, *compensation.TIERS]:
        assert f"`{name}`" in sheet, f"the datasheet does not name {name!r}"


def test_remote_band_used_by_the_compensation_topic():
    # 09-compensation's model answer places $315k in this band at (315 - 265) / (495 - 265).
    b = compensation.band("L5", "ai_native_scaleup", "Remote (US)")
    assert (b["tc_low"], b["tc_high"]) == (265_000, 495_000)
    assert math.isclose(compensation.position_in_band(315_000, 265_000, 495_000), 50 / 230)


def test_datasheet_says_what_the_bands_are_not():
    text = datasets.datasheet("comp_bands")
    for phrase in ("Not survey data", "levels.fyi", "Not an offer benchmark", "November 2026"):
        assert phrase in text


# --- load_bands and band ------------------------------------------------------------------------


def test_load_bands_filters():
    assert len(compensation.load_bands()) == 96
    london = compensation.load_bands(city="London")
    assert len(london) == 16 and set(london["city"]) == {"London"}
    assert list(london.index) == list(range(16))
    one = compensation.load_bands(city="Seattle", tier="big_tech")
    assert list(one["level"]) == ["L3", "L4", "L5", "L6"]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"city": "Paris"}, ValueError),
        ({"city": 3}, TypeError),
        ({"tier": "faang"}, ValueError),
        ({"tier": None, "city": ["London"]}, TypeError),
    ],
)
def test_load_bands_rejects_bad_names(kwargs, error):
    with pytest.raises(error):
        compensation.load_bands(**kwargs)


def test_band_returns_ints():
    b = compensation.band("L5", "big_tech", "San Francisco Bay Area")
    assert b == {"base_low": 195_000, "base_high": 250_000, "tc_low": 330_000, "tc_high": 480_000}
    assert all(type(v) is int for v in b.values())


def test_band_rejects_unknown_level_tier_city():
    with pytest.raises(ValueError, match="level"):
        compensation.band("L9", "big_tech", "London")
    with pytest.raises(ValueError, match="tier"):
        compensation.band("L4", "startup", "London")
    with pytest.raises(ValueError, match="city"):
        compensation.band("L4", "big_tech", "Berlin")


# --- position_in_band ---------------------------------------------------------------------------


def test_position_in_band_values():
    assert compensation.position_in_band(250_000, 200_000, 300_000) == 0.5
    assert compensation.position_in_band(200_000, 200_000, 300_000) == 0.0
    assert math.isclose(compensation.position_in_band(150_000, 200_000, 300_000), -0.5)
    assert math.isclose(compensation.position_in_band(350_000, 200_000, 300_000), 1.5)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((1.0, 2.0, 2.0), ValueError),
        ((1.0, 3.0, 2.0), ValueError),
        ((True, 1.0, 2.0), TypeError),
        (("1", 1.0, 2.0), TypeError),
        ((float("nan"), 1.0, 2.0), ValueError),
        ((1.0, float("-inf"), 2.0), ValueError),
    ],
)
def test_position_in_band_rejects_bad_args(args, error):
    with pytest.raises(error):
        compensation.position_in_band(*args)


# --- plot_band_ranges ---------------------------------------------------------------------------


def test_plot_band_ranges_draws_one_container_per_tier():
    ax = compensation.plot_band_ranges(compensation.load_bands(city="New York"))
    try:
        assert len(ax.containers) == 4
        labels = [t.get_text() for t in ax.get_legend().get_texts()]
        assert labels == [compensation.TIER_LABELS[t] for t in compensation.TIERS]
        bars = ax.containers[2]  # big tech
        expected = compensation.band("L3", "big_tech", "New York")
        assert bars[0].get_y() == expected["tc_low"]
        assert bars[0].get_height() == expected["tc_high"] - expected["tc_low"]
        assert "New York" in ax.get_title()
        hatches = [container[0].get_hatch() or "" for container in ax.containers]
        assert len(set(hatches)) == 4, "each tier has its own hatch, not only its own color"
    finally:
        plt.close(ax.figure)


def test_plot_band_ranges_base_measure_and_given_axes():
    fig, ax = plt.subplots()
    try:
        bands = compensation.load_bands(city="London", tier="saas")
        out = compensation.plot_band_ranges(bands, measure="base", ax=ax, title="T")
        assert out is ax
        assert len(ax.containers) == 1
        assert ax.get_title() == "T"
        assert "Base" in ax.get_ylabel()
        assert ax.containers[0][3].get_y() == bands["base_low_usd"].iloc[3]
    finally:
        plt.close(fig)


def test_plot_band_ranges_rejects_bad_input():
    with pytest.raises(ValueError, match="one city"):
        compensation.plot_band_ranges(compensation.load_bands())
    with pytest.raises(ValueError, match="empty"):
        compensation.plot_band_ranges(compensation.load_bands(city="London").iloc[0:0])
    with pytest.raises(ValueError, match="columns"):
        compensation.plot_band_ranges(pd.DataFrame({"city": ["London"]}))
    with pytest.raises(TypeError):
        compensation.plot_band_ranges([1, 2, 3])
    with pytest.raises(ValueError, match="measure"):
        compensation.plot_band_ranges(compensation.load_bands(city="London"), measure="bonus")
    plt.close("all")
