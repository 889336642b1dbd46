"""aicareer.plotting."""

import matplotlib
import matplotlib.pyplot as plt
import pytest

from aicareer import plotting


def test_money_formats_units():
    assert plotting.money(245_000) == "$245k"
    assert plotting.money(1_250_000, unit="M") == "$1.25M"
    assert plotting.money(12.5, unit="", currency="£") == "£12.5"
    assert plotting.money(-3_000) == "$-3k"


@pytest.mark.parametrize("value", ["12", None, True])
def test_money_rejects_non_numbers(value):
    with pytest.raises(TypeError, match="must be a number"):
        plotting.money(value)


def test_money_rejects_unknown_unit():
    with pytest.raises(ValueError, match="unit must be one of"):
        plotting.money(1, unit="m")


def test_course_style_sets_palette():
    plotting.use_course_style()
    colors = matplotlib.rcParams["axes.prop_cycle"].by_key()["color"]
    assert tuple(c.upper() for c in colors) == tuple(c.upper() for c in plotting.PALETTE)


def test_format_money_axis_labels_ticks():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [100_000, 300_000])
    plotting.format_money_axis(ax, axis="y", unit="k")
    formatter = ax.yaxis.get_major_formatter()
    assert formatter(200_000, 0) == "$200k"
    plt.close(fig)


def test_format_money_axis_rejects_bad_axis():
    fig, ax = plt.subplots()
    with pytest.raises(ValueError, match="axis must be"):
        plotting.format_money_axis(ax, axis="z")
    with pytest.raises(ValueError, match="unit must be"):
        plotting.format_money_axis(ax, unit="x")
    plt.close(fig)
