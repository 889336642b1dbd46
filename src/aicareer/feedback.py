"""Feedback that keeps hidden tests hidden.

nbgrader's ``ClearHiddenTests`` removes a hidden test's source from the feedback, but a failing
hidden ``assert`` still prints its own line in the traceback. :class:`RedactHiddenTestOutput`
replaces the output of every graded cell that holds hidden tests with a sentence that tells the
student what happened without telling them what was checked. It must run before
``ClearHiddenTests``, while the hidden-test markers are still in the cell.
"""

from __future__ import annotations

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

HIDDEN_MARKER = "BEGIN HIDDEN TESTS"


def holds_hidden_tests(cell: nbformat.NotebookNode) -> bool:
    """Return True for a code cell whose source contains a hidden-test region."""
    return cell.cell_type == "code" and HIDDEN_MARKER in cell.source


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

    def preprocess_cell(self, cell, resources, index):
        if holds_hidden_tests(cell):
            failed = any(out.get("output_type") == "error" for out in cell.get("outputs", []))
            text = self.failed_message if failed else self.passed_message
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text + "\n")]
        return cell, resources
