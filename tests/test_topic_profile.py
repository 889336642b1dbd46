"""aicareer.topic_profile: points by topic, and the profile chart."""

import math

import numpy as np
import pytest

from aicareer import topic_profile


def test_percent_by_topic_groups_in_order_of_first_appearance():
    rows = [("b", 1, 2), ("a", 3, 3), ("b", 0.5, 2), ("a", 0, 1)]
    table = topic_profile.percent_by_topic(rows)
    assert list(table) == ["b", "a"]
    assert table["b"] == {"items": 2, "earned": 1.5, "possible": 4.0, "percent": 37.5}
    assert table["a"]["percent"] == 75.0


def test_percent_by_topic_accepts_numpy_and_handles_zero_possible():
    table = topic_profile.percent_by_topic([("x", np.int64(1), np.float64(4.0)), ("y", 0, 0)])
    assert math.isclose(table["x"]["percent"], 25.0) and type(table["x"]["earned"]) is float
    assert table["y"]["percent"] == 0.0


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        ([("a", 2, 1)], ValueError),
        ([("a", -1, 1)], ValueError),
        ([("a", float("nan"), 1)], ValueError),
        ([("a", True, 1)], TypeError),
        ([("a", "1", 1)], TypeError),
        ([("", 1, 1)], TypeError),
        ([("a", 1)], TypeError),
    ],
)
def test_percent_by_topic_rejects_bad_rows(rows, error):
    with pytest.raises(error):
        topic_profile.percent_by_topic(rows)


def test_percent_by_topic_does_not_change_its_input():
    rows = [("a", 1, 2)]
    topic_profile.percent_by_topic(rows)
    assert rows == [("a", 1, 2)]


def test_plot_labels_every_bar_and_hatches_the_weak_ones():
    fig = topic_profile.plot_topic_profile(
        {"01-market": 100.0, "02-skills": 40.0, "09-pay": 59.9},
        markers={"01-market": 80.0, "09-pay": 90.0},
    )
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["01", "02", "09"]
    assert [t.get_text() for t in ax.texts] == ["100%", "40%", "60%"]
    bars = ax.patches
    assert [b.get_height() for b in bars] == [100.0, 40.0, 59.9]
    assert [bool(b.get_hatch()) for b in bars] == [False, True, True], "weak bars are hatched"
    (line,) = ax.get_lines()[:1]
    assert list(line.get_ydata()) == [80.0, 90.0] and line.get_marker() == "D"
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("below 60%" in label for label in labels) and "confidence" in labels
    assert ax.get_xlabel() and ax.get_ylabel()


@pytest.mark.parametrize(
    ("percent", "error"),
    [
        ({}, ValueError),
        ({"a": 120.0}, ValueError),
        ({"a": -1}, ValueError),
        ({"a": "x"}, TypeError),
    ],
)
def test_plot_rejects_bad_values(percent, error):
    with pytest.raises(error):
        topic_profile.plot_topic_profile(percent)
