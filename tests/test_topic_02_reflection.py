"""Topic 02: every number of the reflection's model answer and of the page's arithmetic, recomputed.

The model answer is written for the made-up candidate of the worked example. Its readiness, gaps,
60-hour plan and Wilson interval are recomputed here from the checklist and the rules stated on the
page, independently of the exercise's reference solution, and must appear in the text as written.
"""

from __future__ import annotations

import math
from statistics import NormalDist

import nbformat
from course import COURSE

from aicareer import datasets

TOPIC = "02-foundational-skills"


def cells() -> dict[str, str]:
    nb = nbformat.read(COURSE / "source" / TOPIC / f"{TOPIC}.ipynb", as_version=4)
    return {c.get("id"): c.source for c in nb.cells}


def candidate() -> tuple[dict, dict]:
    """The worked example's example_input and example_hours, built by the page's own cells."""
    namespace: dict = {"datasets": datasets}
    source = cells()["we1-format"]
    exec("checklist = datasets.load('skills_checklist')\n" + source, namespace)
    return namespace["example_input"], namespace["example_hours"]


def readiness(items: dict) -> float:
    total = sum(w for w, _, _ in items.values())
    return sum(w * min(s, t) / t for w, t, s in items.values()) / total


def level(items: dict) -> str:
    r = readiness(items)
    if r >= 0.8 and all(t - s < 2 for _, t, s in items.values()):
        return "ready"
    return "almost" if r >= 0.6 else "not yet"


def test_readiness_level_and_gaps():
    items, _ = candidate()
    answer = cells()["reflection-answer"]
    assert round(readiness(items) * 100) == 66 and "Readiness 66%, level 'almost'" in answer
    assert level(items) == "almost"
    gaps = sorted(
        ((k, w * (t - s)) for k, (w, t, s) in items.items() if s < t), key=lambda g: (-g[1], g[0])
    )
    assert gaps[:4] == [
        ("intervals_for_pass_rates", 12),
        ("evals", 10),
        ("error_analysis", 8),
        ("retrieval", 8),
    ]
    assert "intervals for pass rates (priority 12" in answer and "evals (10)" in answer
    assert "error analysis (8, tied with retrieval and ahead of it by name)" in answer


def test_sixty_hour_plan():
    items, hours = candidate()
    total = sum(w for w, _, _ in items.values())
    ranked = sorted(
        ((w / (t * hours[k] * total), k) for k, (w, t, s) in items.items() if s < t),
        key=lambda g: (-g[0], g[1]),
    )
    left, plan, scores = 60.0, [], {k: s for k, (_, _, s) in items.items()}
    for _, k in ranked:
        if left <= 0:
            break
        _, t, s = items[k]
        spend = min(left, hours[k] * (t - s))
        plan.append((k, spend))
        scores[k] = s + spend / hours[k]
        left -= spend
    assert plan == [
        ("llm_observability", 8.0),
        ("paired_comparisons", 16.0),
        ("error_analysis", 16.0),
        ("intervals_for_pass_rates", 20.0),
    ]
    after = {k: (w, t, scores[k]) for k, (w, t, _) in items.items()}
    answer = cells()["reflection-answer"]
    assert round(readiness(after) * 100) == 82 and "readiness would rise to 82%" in answer
    assert level(after) == "almost" and items["evals"][1] - items["evals"][2] == 2
    assert (
        "8 on LLM observability, 16 on paired comparisons, 16 on error analysis and 20 of the 24"
        in answer
    )
    assert (
        hours["intervals_for_pass_rates"] * 3 == 24
        and hours["evals"] == 15
        and "at 15 hours a level" in answer
    )
    assert hours["evals"] * 2 == 30 and "the first 30 hours go to closing evals" in answer


def test_wilson_interval_for_120_cases():
    z = NormalDist().inv_cdf(0.975)
    n, k = 120, 102
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    answer = cells()["reflection-answer"]
    assert round(p * 100) == 85 and "(102 of 120)" in answer
    assert (round((c - h) * 100), round((c + h) * 100)) == (
        78,
        90,
    ) and "from about 78% to 90%" in answer
    assert round(h * 100) == 6 and "roughly plus or minus 6 points" in answer


def test_page_arithmetic():
    text = "\n".join(cells().values())
    se = math.sqrt(0.8 * 0.2 / 164)
    assert round(se, 3) == 0.031 and "\\approx 0.031" in text
    assert round(1.96 * se * 100) == 6 and "about plus or minus 6 points" in text
    assert round(math.sqrt(2) * 3.1, 1) == 4.4 and "\\sqrt{2} \\times 3.1 \\approx 4.4" in text
    assert round(1.96 * math.sqrt(2) * se * 100, 1) == 8.7 and "plus or minus 8.7 points" in text
    checklist = datasets.load("skills_checklist")
    weights = checklist.groupby("area")["weight"].sum()
    share = (weights["software_engineering"] + weights["ai_engineering"]) / weights.sum()
    assert round(share, 2) == 0.73 and "about three quarters" in text
    software_only = weights["software_engineering"] / weights.sum()
    assert round(software_only * 100) == 34 and "(34%)" in text
    assert round(math.log(20), 2) == 3.0 and round(1 - 0.05 ** (1 / 50), 3) == 0.058
    assert round(1 / (1 - 0.05 ** (1 / 50))) == 17 and "one failure in every 17 requests" in text
