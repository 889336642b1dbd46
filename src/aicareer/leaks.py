"""Find solution and hidden-test text that escaped into what students and readers see.

The distinctive lines of a source notebook are the lines inside its ``BEGIN SOLUTION`` and
``BEGIN HIDDEN TESTS`` regions that are long enough to be specific and that appear nowhere else in
the notebook. If one of them shows up in the student edition or the built book, a solution or a
hidden test has leaked.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

import nbformat

REGIONS = (("BEGIN SOLUTION", "END SOLUTION"), ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS"))
MIN_LENGTH = 16


def protected_lines(
    nb: nbformat.NotebookNode, regions: tuple[tuple[str, str], ...] = REGIONS
) -> list[str]:
    """Return the lines inside the *regions* (by default solutions and hidden tests), stripped,
    in order."""
    found = []
    for cell in nb.cells:
        inside = None
        for line in cell.source.splitlines():
            if inside is None:
                inside = next((end for begin, end in regions if begin in line), None)
            elif inside in line:
                inside = None
            elif line.strip():
                found.append(line.strip())
    return found


def distinctive_lines(nb: nbformat.NotebookNode, min_length: int = MIN_LENGTH) -> list[str]:
    """Return protected lines of at least *min_length* characters found nowhere else in *nb*."""
    protected = protected_lines(nb)
    outside = set()
    for cell in nb.cells:
        inside = None
        for line in cell.source.splitlines():
            if inside is None:
                inside = next((end for begin, end in REGIONS if begin in line), None)
                if inside is None:
                    outside.add(line.strip())
            elif inside in line:
                inside = None
    return [ln for ln in dict.fromkeys(protected) if len(ln) >= min_length and ln not in outside]


def visible_text(page: str) -> str:
    """Return the text of an HTML page as a reader sees it: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def leaks(lines: Iterable[str], text: str) -> list[str]:
    """Return the *lines* that occur in *text* as whole lines (leading and trailing space ignored).

    Whole lines, not substrings: a hidden test's ``"research_engineer": [`` may legitimately be
    part of a longer visible line, but never a line of its own.
    """
    present = {line.strip() for line in text.splitlines()}
    return [line for line in lines if line in present]
