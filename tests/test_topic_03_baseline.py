"""Topic 03, exercise 3: the held-out test cannot be passed by the page's baseline or by memory.

The hidden held-out cells of ``03-roles-distinguished`` are run here, outside nbgrader, with three
classifiers in place of the student's: the worked example's four-keyword baseline (taken from the
notebook itself), a rule set made of the words that separate the 48 development snippets, and the
reference solution. The first two must fail both held-out cells; the reference must pass them.
"""

from __future__ import annotations

import re
from collections import defaultdict

import nbformat
import pytest
from course import COURSE

from aicareer import datasets

TOPIC = "03-roles-distinguished"
ROLES = ["ai_engineer", "ml_engineer", "research_engineer", "prompt_engineer"]
HELDOUT_CELLS = ["ex3-test-heldout", "ex3-test-heldout-recall"]


def cell_source(cell_id: str) -> str:
    nb = nbformat.read(COURSE / "source" / TOPIC / f"{TOPIC}.ipynb", as_version=4)
    (cell,) = [c for c in nb.cells if c.get("id") == cell_id]
    return cell.source


def page_baseline():
    """The worked example's keyword_baseline, defined by running the page's own cell."""
    namespace: dict = {}
    exec(cell_source("setup"), namespace)
    exec(cell_source("worked-baseline"), namespace)
    return namespace["keyword_baseline"]


def reference_solution():
    namespace: dict = {}
    exec(cell_source("ex3-solution"), namespace)
    return namespace["classify_role"]


def memorized_dev_words():
    """A rule set made of the words that occur in one role's development snippets and no other's."""
    dev = datasets.load("role_snippets")

    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[a-z][a-z0-9+-]*", text.lower()) if len(w) > 2}

    seen: dict[str, set[str]] = defaultdict(set)
    for text, label in zip(dev["snippet"], dev["label"], strict=True):
        seen[label] |= words(text)
    own = {r: seen[r] - set().union(*(seen[o] for o in ROLES if o != r)) for r in ROLES}

    def classify_role(snippet: str) -> str:
        found = words(snippet)
        return max(ROLES, key=lambda r: len(found & own[r]))

    return classify_role


def run_cell(cell_id: str, classify_role) -> None:
    exec(cell_source(cell_id), {"classify_role": classify_role})


def test_heldout_cells_hold_forty_snippets():
    for cell_id in HELDOUT_CELLS:
        source = cell_source(cell_id)
        assert "BEGIN HIDDEN TESTS" in source
        assert source.count("'ai_engineer'),") == 10, "ten held-out snippets per role"


@pytest.mark.parametrize("cell_id", HELDOUT_CELLS)
def test_page_baseline_fails_heldout(cell_id):
    with pytest.raises(AssertionError):
        run_cell(cell_id, page_baseline())


@pytest.mark.parametrize("cell_id", HELDOUT_CELLS)
def test_memorized_dev_words_fail_heldout(cell_id):
    classify = memorized_dev_words()
    dev = datasets.load("role_snippets")
    pairs = zip(dev["snippet"], dev["label"], strict=True)
    dev_accuracy = sum(classify(s) == t for s, t in pairs) / len(dev)
    assert dev_accuracy == 1.0, "the memorizing rule set is perfect on the development set"
    with pytest.raises(AssertionError):
        run_cell(cell_id, classify)


@pytest.mark.parametrize("cell_id", HELDOUT_CELLS)
def test_reference_passes_heldout(cell_id):
    run_cell(cell_id, reference_solution())


def heldout_bar() -> tuple[int, int]:
    """(right out of all 40, right out of each role's 10): the bar the hidden cells apply."""
    (hits,) = re.findall(r"_hits >= (\d+)", cell_source("ex3-test-heldout"))
    (per_role,) = re.findall(r"_tp >= (\d+)", cell_source("ex3-test-heldout-recall"))
    return int(hits), int(per_role)


def test_prompt_states_the_bar_the_hidden_cells_apply():
    """The bar was lowered from 80% / 0.7 to 75% / 0.6 after an honest student-style rule set,
    written from the prompt and the development set only, scored 75% with a lowest recall of 0.6
    (exercises/answers/.../ex3-solution/right-student-weighted-vocab.py)."""
    hits, per_role = heldout_bar()
    assert (hits, per_role) == (30, 6)
    prompt = cell_source("ex3-prompt")
    assert f"at least **{hits * 100 // 40}% accuracy** on the held-out set" in prompt
    assert f"**recall of at least {per_role / 10:.1f} for every role**" in prompt


def held_out_scores(classify) -> tuple[int, int]:
    source = cell_source("ex3-test-heldout")
    namespace: dict = {}
    exec(source[source.index("HELDOUT = [") : source.index("\n]") + 2], namespace)
    pairs = namespace["HELDOUT"]
    pred = [classify(s) for s, _ in pairs]
    hits = sum(p == t for p, (_, t) in zip(pred, pairs, strict=True))
    per_role = min(sum(p == t == r for p, (_, t) in zip(pred, pairs, strict=True)) for r in ROLES)
    return hits, per_role


def test_gamed_answers_stay_well_below_the_lowered_bar():
    """The page's baseline and the memorizing rule set miss the bar by a margin, not by one."""
    hits, per_role = heldout_bar()
    for classify in (page_baseline(), memorized_dev_words()):
        got_hits, got_per_role = held_out_scores(classify)
        assert got_hits <= hits - 5
        assert got_per_role <= per_role - 3
