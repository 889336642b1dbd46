"""What the tests share: the course's paths, its topics, and a topic graded by nbgrader.

Import it as ``from course import ...`` (pytest puts tests/ on the path, see pyproject.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from aicareer import release
from aicareer.environment import with_venv_on_path

REPO = Path(__file__).resolve().parents[1]
COURSE = REPO / "exercises"
NOTEBOOKS = REPO / "notebooks"
TOPICS = release.assignment_ids(COURSE)
# The two submissions every assignment is graded with.
REFERENCE = "reference-solution"
UNTOUCHED = "untouched-release"


def topic_params():
    """One pytest parameter per topic, grouped so that xdist runs a topic's tests on one worker."""
    return [pytest.param(t, id=t, marks=pytest.mark.xdist_group(t)) for t in TOPICS]


def venv_env() -> dict[str, str]:
    """The environment for nbgrader commands: this venv's bin first on PATH (alembic, kernels)."""
    return with_venv_on_path()


@dataclass
class GradedTopic:
    """A topic released and autograded by the real nbgrader commands in a temporary course."""

    name: str
    course: Path
    source: nbformat.NotebookNode

    def released(self) -> nbformat.NotebookNode:
        path = self.course / "release" / self.name / f"{self.name}.ipynb"
        return nbformat.read(path, as_version=4)

    def autograded(self, student: str) -> nbformat.NotebookNode:
        path = self.course / "autograded" / student / self.name / f"{self.name}.ipynb"
        return nbformat.read(path, as_version=4)

    def grades(self, student: str) -> dict[str, dict]:
        """Return grade_id -> {auto_score, max_score, needs_manual_grade, cell_type, kind}."""
        url = f"sqlite:///{self.course / 'gradebook.db'}"
        with Gradebook(url) as gb:
            nb = gb.find_submission_notebook(self.name, self.name, student)
            return {
                g.name: {
                    "auto_score": g.auto_score,
                    "max_score": g.max_score,
                    "needs_manual_grade": g.needs_manual_grade,
                    "cell_type": g.cell.cell_type,
                    "autograded_test": g.cell.cell_type == "code"
                    and g.name not in _solution_ids(self.source),
                }
                for g in nb.grades
            }


def _solution_ids(nb: nbformat.NotebookNode) -> set[str]:
    return {
        c.metadata["nbgrader"]["grade_id"]
        for c in nb.cells
        if c.metadata.get("nbgrader", {}).get("solution")
    }


BUILD = REPO / "_build"
SITE = BUILD / "html"
