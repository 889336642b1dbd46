"""Feedback that keeps hidden tests hidden.

nbgrader's ``ClearHiddenTests`` removes a hidden test's source from the feedback, but a failing
hidden ``assert`` still prints its own line in the traceback. :class:`RedactHiddenTestOutput`
replaces the output of every graded cell that holds hidden tests with a sentence that tells the
student what happened without telling them what was checked. It also scrubs every other output
of the notebook that quotes a line of a hidden test (a student's function can print the code
that called it). It must run before ``ClearHiddenTests``, while the hidden-test markers are
still in the cells.
"""

from __future__ import annotations

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

from aicareer.leaks import protected_lines

HIDDEN_MARKER = "BEGIN HIDDEN TESTS"
END_MARKER = "END HIDDEN TESTS"
MIN_LINE = 12  # shorter hidden lines (``assert ok``) are too common to be a leak


def holds_hidden_tests(cell: nbformat.NotebookNode) -> bool:
    """Return True for a code cell whose source contains a hidden-test region."""
    return cell.cell_type == "code" and HIDDEN_MARKER in cell.source


def hidden_lines(nb: nbformat.NotebookNode) -> list[str]:
    """The distinctive lines inside the hidden-test regions of *nb*."""
    lines = protected_lines(nb, regions=((HIDDEN_MARKER, END_MARKER),))
    return [line for line in lines if len(line) >= MIN_LINE]


def _output_text(out) -> str:
    parts = [str(out.get("text", "")), str(out.get("evalue", ""))]
    parts += [str(line) for line in out.get("traceback", [])]
    parts += [str(v) for v in out.get("data", {}).values()]
    return "\n".join(parts)


class RedactHiddenTestOutput(NbGraderPreprocessor):
    """Replace the outputs of cells with hidden tests by a neutral message."""

    failed_message = Unicode(
        "A test in this cell failed. Some of its checks are hidden: read the exercise again, "
        "test your function on edge cases (empty input, wrong types, boundaries), and resubmit.",
        help="What a student reads where a cell with hidden tests failed.",
    ).tag(config=True)

    passed_message = Unicode(
        "All tests in this cell passed.",
        help="What a student reads where a cell with hidden tests passed.",
    ).tag(config=True)

    scrubbed_message = Unicode(
        "[This output quoted a hidden test and was removed.]",
        help="What replaces any other output that quotes a line of a hidden test.",
    ).tag(config=True)

    def preprocess(self, nb, resources):
        self._hidden = hidden_lines(nb)
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        if holds_hidden_tests(cell):
            failed = any(out.get("output_type") == "error" for out in cell.get("outputs", []))
            text = self.failed_message if failed else self.passed_message
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text + "\n")]
        elif cell.cell_type == "code" and self._hidden:
            cell.outputs = [
                nbformat.v4.new_output("stream", name="stdout", text=self.scrubbed_message + "\n")
                if any(line in _output_text(out) for line in self._hidden)
                else out
                for out in cell.get("outputs", [])
            ]
        return cell, resources
