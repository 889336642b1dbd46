"""Unit tests of aicareer.stats: the helpers of the worked examples on eval pass rates."""

from __future__ import annotations

import doctest
import math

import pytest

from aicareer import stats


def test_doctests_pass():
    result = doctest.testmod(stats)
    assert result.failed == 0


# wald_interval -------------------------------------------------------------------------------


def test_wald_interval_matches_hand_computation():
    lo, hi = stats.wald_interval(30, 40)
    half = 1.96 * math.sqrt(0.75 * 0.25 / 40)
    assert math.isclose(lo, 0.75 - half)
    assert math.isclose(hi, 0.75 + half)


def test_wald_interval_is_unclipped_and_degenerate_at_the_edges():
    _lo, hi = stats.wald_interval(19, 20)
    assert hi > 1.0
    assert stats.wald_interval(20, 20) == (1.0, 1.0)
    assert stats.wald_interval(0, 20) == (0.0, 0.0)


def test_wald_interval_uses_z():
    narrow = stats.wald_interval(10, 20, z=1.0)
    wide = stats.wald_interval(10, 20, z=2.0)
    assert math.isclose(wide[1] - wide[0], 2 * (narrow[1] - narrow[0]))


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((1.0, 10), TypeError),
        ((1, 10.0), TypeError),
        ((True, 10), TypeError),
        ((1, 0), ValueError),
        ((-1, 10), ValueError),
        ((11, 10), ValueError),
    ],
)
def test_wald_interval_rejects_bad_counts(args, error):
    with pytest.raises(error):
        stats.wald_interval(*args)


@pytest.mark.parametrize(("z", "error"), [("1.96", TypeError), (0, ValueError), (-1, ValueError)])
def test_wald_interval_rejects_bad_z(z, error):
    with pytest.raises(error):
        stats.wald_interval(5, 10, z=z)


def test_wald_interval_rejects_nan_z():
    with pytest.raises(ValueError):
        stats.wald_interval(5, 10, z=float("nan"))


# binomial_pmf --------------------------------------------------------------------------------


def test_binomial_pmf_sums_to_one():
    assert math.isclose(sum(stats.binomial_pmf(k, 12, 0.3) for k in range(13)), 1.0)


def test_binomial_pmf_known_values():
    assert math.isclose(stats.binomial_pmf(0, 5, 0.1), 0.9**5)
    assert math.isclose(stats.binomial_pmf(3, 3, 0.5), 0.125)
    assert stats.binomial_pmf(0, 4, 0.0) == 1.0


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((2, 4, 1.5), ValueError),
        ((2, 4, -0.1), ValueError),
        ((2, 4, float("nan")), ValueError),
        ((2, 4, "0.5"), TypeError),
        ((5, 4, 0.5), ValueError),
        ((2.0, 4, 0.5), TypeError),
    ],
)
def test_binomial_pmf_rejects_bad_arguments(args, error):
    with pytest.raises(error):
        stats.binomial_pmf(*args)


# coverage_probability ------------------------------------------------------------------------


def test_coverage_of_an_interval_that_always_covers_is_one():
    intervals = [(0.0, 1.0)] * 11
    assert math.isclose(stats.coverage_probability(intervals, 0.37), 1.0)


def test_coverage_of_wald_collapses_near_zero():
    n = 20
    wald = [stats.wald_interval(k, n) for k in range(n + 1)]
    # At p = 0.01 the Wald interval covers p only when k >= 1 and the interval reaches down to p.
    assert stats.coverage_probability(wald, 0.01) < 0.5
    assert 0.85 < stats.coverage_probability(wald, 0.5) < 1.0


def test_coverage_counts_only_covering_outcomes():
    # n = 1: the interval for k = 0 covers p = 0.3, the one for k = 1 does not.
    assert math.isclose(stats.coverage_probability([(0.0, 0.5), (0.6, 1.0)], 0.3), 0.7)


@pytest.mark.parametrize(
    ("intervals", "error"),
    [
        ("abc", TypeError),
        ([(0.0, 1.0)], ValueError),
        ([(0.0, 1.0), (0.5,)], ValueError),
        ([(0.0, 1.0), (0.9, 0.1)], ValueError),
    ],
)
def test_coverage_rejects_bad_intervals(intervals, error):
    with pytest.raises(error):
        stats.coverage_probability(intervals, 0.5)


def test_coverage_rejects_bad_p():
    with pytest.raises(ValueError):
        stats.coverage_probability([(0.0, 1.0), (0.0, 1.0)], 2.0)
