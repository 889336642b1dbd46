"""Topic 01: the numbers the page and its model answer state, and the bar-order test of exercise 2.

Every figure of the reflection's model answer (and the page's own estimates) is recomputed here from
the reported inputs, so that a rubric that grades arithmetic is graded against right arithmetic.
The exercise 2 plot test must accept any idiom that shows the bars in the right order to the reader
(``ax.invert_yaxis()`` included) and reject a chart whose largest bar is at the bottom.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib
import nbformat
import pytest
from course import COURSE, REPO

matplotlib.use("Agg")

TOPIC = "01-state-of-the-market"
ANSWERS = REPO / "exercises" / "answers" / TOPIC / "ex2-solution"


def cells() -> dict[str, str]:
    nb = nbformat.read(COURSE / "source" / TOPIC / f"{TOPIC}.ipynb", as_version=4)
    return {c.get("id"): c.source for c in nb.cells}


def monthly_growth(start: float, end: float, months: int) -> float:
    return (end / start) ** (1 / months) - 1


def text() -> str:
    return "\n".join(cells().values())


def test_calendar_2025_estimate_on_the_page():
    g = monthly_growth(1.0, 9.0, 11)
    revenue_2025 = sum(1.0 * (1 + g) ** m / 12 for m in range(12))  # run-rate / 12 per month
    assert round(g * 100) == 22
    assert round(revenue_2025, 1) == 3.8
    assert revenue_2025 < 9.0 / 2, "less than half of the year-end run-rate"
    money = cells()["money"]
    assert "about 22% growth a month" in money and "less than half" in money
    assert "roughly \\$3.8 billion" in money


def test_reflection_model_answer_numbers():
    g2025 = monthly_growth(1.0, 9.0, 11)  # January to December 2025
    g2026 = monthly_growth(9.0, 47.0, 5)  # December 2025 to May 2026
    run_rate = {m: 1.0 * (1 + g2025) ** (m - 1) for m in range(1, 13)}  # months of 2025
    run_rate.update({12 + k: 9.0 * (1 + g2026) ** k for k in range(1, 6)})  # Jan-May 2026
    ttm = sum(run_rate[m] / 12 for m in range(6, 18))  # June 2025 to May 2026
    answer = cells()["reflection-answer"]
    assert round(g2025 * 100) == 22 and "about 22% a month" in answer
    assert round(g2026 * 100) == 39 and "about 39% a month" in answer
    assert round(ttm) == 14 and "about \\$14 billion" in answer
    assert 47.0 / ttm > 3 and "less than a third" in answer
    assert round(965 / 47) == 21 and "about 21 times" in answer


def test_multiples_and_ratios_on_the_page():
    page = text()
    assert round(29.3 / 1.0) == 29 and "roughly 29 times" in page
    assert round(11 / 0.19) == 58 and "roughly 58 times" in page
    assert round(965 / 47) == 21 and "roughly 21 times" in page
    assert round(109.1 / 9.3) == 12 and "roughly twelve times" in page


def run_exercise2_tests(answer: Path, cell_id: str) -> None:
    source = cells()
    namespace: dict = {}
    exec(source["setup"], namespace)
    exec(answer.read_text(), namespace)
    exec(source[cell_id], namespace)


EX2_TESTS = ["ex2-test-share", "ex2-test-skills", "ex2-test-plot", "ex2-test-plot-order"]


@pytest.mark.parametrize("cell_id", EX2_TESTS)
def test_inverted_axis_chart_passes(cell_id):
    assert "invert_yaxis()" in (ANSWERS / "right-invert-yaxis.py").read_text()
    run_exercise2_tests(ANSWERS / "right-invert-yaxis.py", cell_id)


def test_largest_bar_at_the_bottom_fails():
    with pytest.raises(AssertionError):
        run_exercise2_tests(ANSWERS / "wrong-largest-at-bottom.py", "ex2-test-plot-order")


def test_reference_solution_passes_plot_order():
    source = cells()
    namespace: dict = {}
    exec(source["setup"], namespace)
    exec(source["ex2-solution"], namespace)
    exec(source["ex2-test-plot-order"], namespace)
