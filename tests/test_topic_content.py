"""The content standard every topic notebook meets (see book/authoring.md)."""

from __future__ import annotations

import itertools
import re

import nbformat
import pytest
from course import COURSE, TOPICS

MIN_PROSE_WORDS = 1500


def load(topic: str) -> nbformat.NotebookNode:
    return nbformat.read(COURSE / "source" / topic / f"{topic}.ipynb", as_version=4)


def nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def prose_cells(nb) -> list[str]:
    """Markdown written by the authors: every markdown cell except answer cells."""
    return [
        c.source for c in nb.cells if c.cell_type == "markdown" and not nbgrader(c).get("solution")
    ]


def headings(text: str) -> list[tuple[int, str]]:
    """(level, title) of the Markdown headings in *text*, outside code fences."""
    found, fenced = [], False
    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and (m := re.match(r"^(#{1,6})\s+(.*)", line)):
            found.append((len(m.group(1)), m.group(2).strip()))
    return found


def first_list(text: str) -> list[str]:
    """The items of the first Markdown list in *text* (continuation lines are indented)."""
    items: list[str] = []
    for line in text.splitlines():
        if re.match(r"^\s*(?:[-*]|\d+\.)\s+\S", line):
            items.append(line.strip())
        elif items and line.strip() and not line.startswith((" ", "\t")):
            break
    return items


def section(nb, title: str) -> str:
    """The text of the ## section called *title*, up to the next heading of level 1 or 2."""
    text = "\n\n".join(prose_cells(nb))
    match = re.search(rf"^## {re.escape(title)}\s*$(.*?)(?=^#{{1,2}} |\Z)", text, re.M | re.S)
    assert match, f"no '## {title}' section"
    return match.group(1)


@pytest.mark.parametrize("topic", TOPICS)
def test_title_summary_and_objectives(topic):
    nb = load(topic)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# "), "start with '# Title'"
    assert "**In one line:**" in first.source, "the first cell gives a one-line summary"
    opening = "\n".join(prose_cells(nb)[:2])
    heading = re.search(r"learning objectives", opening, re.I)
    assert heading, "the opening names its learning objectives"
    assert 3 <= len(first_list(opening[heading.end() :])) <= 5, "list 3 to 5 learning objectives"


@pytest.mark.parametrize("topic", TOPICS)
def test_heading_levels(topic):
    levels = [level for text in prose_cells(load(topic)) for level, _ in headings(text)]
    assert levels.count(1) == 1, "exactly one '#' heading: the title"
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"heading levels skip from {before} to {after}"


@pytest.mark.parametrize("topic", TOPICS)
def test_prose_length(topic):
    words = sum(len(re.findall(r"[A-Za-z][A-Za-z'’-]*", t)) for t in prose_cells(load(topic)))
    assert words >= MIN_PROSE_WORDS, f"{words} words of prose; the standard is {MIN_PROSE_WORDS}"


@pytest.mark.parametrize("topic", TOPICS)
def test_exercises_and_reflection(topic):
    cells = load(topic).cells
    solutions = [c for c in cells if c.cell_type == "code" and nbgrader(c).get("solution")]
    tests = [
        c
        for c in cells
        if c.cell_type == "code" and nbgrader(c).get("grade") and not nbgrader(c).get("solution")
    ]
    manual = [c for c in cells if c.cell_type == "markdown" and nbgrader(c).get("grade")]
    assert len(solutions) >= 2, "at least two autograded exercises"
    assert len(tests) >= len(solutions), "every exercise has its own test cells"
    assert any("BEGIN HIDDEN TESTS" in c.source for c in tests), "hidden tests guard the answers"
    assert manual, "at least one reflection graded by hand"
    for cell in manual:
        assert "BEGIN SOLUTION" in cell.source, "keep the rubric between solution markers"


@pytest.mark.parametrize("topic", TOPICS)
def test_takeaways_and_reading_cited_from_the_bibliography(topic):
    nb = load(topic)
    assert re.search(r"^\s*[-*] ", section(nb, "Key takeaways"), re.M), "list the key takeaways"
    items = re.findall(r"^\s*(?:[-*]|\d+\.) (.+)$", section(nb, "Further reading"), re.M)
    assert len(items) >= 3, "at least three items of further reading"
    # Each item cites book/references.bib, where every entry is dated (test_bibliography.py).
    uncited = [i[:60] for i in items if not re.search(r"\{cite(?::[tp])?\}`[^`]+`", i)]
    assert not uncited, f"further reading that does not cite the bibliography: {uncited}"


@pytest.mark.parametrize("topic", TOPICS)
def test_worked_example_code_outside_exercises(topic):
    plain = [c for c in load(topic).cells if c.cell_type == "code" and not nbgrader(c)]
    assert len(plain) >= 2, "set-up plus at least one worked example that runs in the book"
