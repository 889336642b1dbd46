"""What the workers need to know about an assignment, read once from the gradebook.

The cells of each notebook in the order of the instructor's source (the gradebook holds their
sources, kinds, points and checksums), the kernelspec, the instructor's imports for the guard,
a hash of the source folder, and the grade ids of the other assignments (to recognise a notebook
submitted to the wrong assignment).
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook
from nbgrader.coursedir import CourseDirectory

from aicareer.grading.analysis import imports_of, trusted_imports
from aicareer.grading.files import hash_folder
from aicareer.grading.model import AssignmentInfo, NotebookInfo, SourceCell

DEFAULT_KERNELSPEC = {
    "name": "python3",
    "display_name": "Python 3 (ipykernel)",
    "language": "python",
}


def _kind(cell) -> str:
    meta = cell.metadata.get("nbgrader", {})
    if meta.get("task"):
        return "task"
    if meta.get("solution"):
        return "manual" if meta.get("grade") else "solution"
    if meta.get("grade"):
        return "test"
    return "locked"


def assignment_info(gb: Gradebook, coursedir: CourseDirectory, name: str) -> AssignmentInfo:
    """Read the assignment's cells from the gradebook, in the order of the source notebook."""
    source_dir = Path(coursedir.format_path(coursedir.source_directory, ".", name))
    assignment = gb.find_assignment(name)
    notebooks = []
    for notebook in sorted(assignment.notebooks, key=lambda n: n.name):
        source = nbformat.read(source_dir / f"{notebook.name}.ipynb", as_version=4)
        stored = {c.name: c for c in notebook.source_cells}
        points = {c.name: c.max_score for c in notebook.grade_cells}
        points.update({c.name: c.max_score for c in notebook.task_cells})
        cells = []
        for cell in source.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid is None or gid not in stored:
                continue
            sc = stored[gid]
            cells.append(
                SourceCell(gid, sc.cell_type, _kind(cell), sc.source, points.get(gid), sc.checksum)
            )
        sources = [c.source for c in source.cells if c.cell_type == "code"]
        trusted = trusted_imports(sources)
        preload = tuple(sorted({m for _, m, _ in trusted if m.split(".")[0] != "aicareer"}))
        kernelspec = json.loads(notebook.kernelspec) if notebook.kernelspec else DEFAULT_KERNELSPEC
        notebooks.append(
            NotebookInfo(notebook.name, cells, kernelspec, trusted, imports_of(sources), preload)
        )
    other_ids = {
        other.name: frozenset(c.name for nb in other.notebooks for c in nb.source_cells)
        for other in gb.assignments
        if other.name != name
    }
    source_hash = hash_folder(source_dir).hexdigest()
    return AssignmentInfo(name, notebooks, str(source_dir), source_hash, other_ids)
