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


def _split(
    nb: nbformat.NotebookNode, regions: tuple[tuple[str, str], ...]
) -> tuple[list[str], set[str]]:
    """Return the stripped lines inside *regions* (in order) and the set of lines outside them.

    The marker lines themselves belong to neither.
    """
    inside_lines, outside_lines = [], set()
    for cell in nb.cells:
        end = None
        for line in cell.source.splitlines():
            if end is None:
                end = next((e for begin, e in regions if begin in line), None)
                if end is None:
                    outside_lines.add(line.strip())
            elif end in line:
                end = None
            elif line.strip():
                inside_lines.append(line.strip())
    return inside_lines, outside_lines


def protected_lines(
    nb: nbformat.NotebookNode, regions: tuple[tuple[str, str], ...] = REGIONS
) -> list[str]:
    """Return the lines inside the *regions* (by default solutions and hidden tests), stripped,
    in order."""
    return _split(nb, regions)[0]


def distinctive_lines(nb: nbformat.NotebookNode, min_length: int = MIN_LENGTH) -> list[str]:
    """Return protected lines of at least *min_length* characters found nowhere else in *nb*."""
    protected, outside = _split(nb, REGIONS)
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
