"""Read a submitted notebook, check it belongs to the assignment, and rebuild it from the gradebook.

The notebook that runs is rebuilt, cell by cell, in the order of the instructor's source:

- every locked cell, every test cell with its hidden tests, and the nbgrader metadata of every
  cell come from the gradebook, whatever the submission says (changed sources, tags, points,
  grade ids, kernelspec; deleted, duplicated or reordered cells);
- a student's answer cells keep their source; cells the student added stay after the cell they
  followed; a missing answer cell gets the released stub back.

Everything here is pure: no kernel, no gradebook, no files but the one read.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell
from nbgrader.preprocessors import ClearHiddenTests

from aicareer.grading.model import NotebookInfo, SourceCell

MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024
MISSING_NOTE = "This cell was missing from the submission: the grader put it back."
ANSWER_KINDS = ("solution", "manual")
LOCKED_KINDS = ("test", "locked", "task")


class InvalidSubmission(Exception):
    """The submission cannot be graded as it is: the message says why."""


def read_notebook(path: Path) -> nbformat.NotebookNode:
    """Read a submitted notebook, or raise :class:`InvalidSubmission` saying what is wrong."""
    size = path.stat().st_size
    if size == 0:
        raise InvalidSubmission(f"{path.name} is an empty file")
    if size > MAX_NOTEBOOK_BYTES:
        raise InvalidSubmission(f"{path.name} is {size // 2**20} MB, over the 20 MB limit")
    try:
        raw = json.loads(path.read_bytes())
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InvalidSubmission(
            f"{path.name} is not valid JSON ({err.__class__.__name__})"
        ) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("cells"), list):
        raise InvalidSubmission(f"{path.name} is not a notebook (no list of cells)")
    try:
        nb = nbformat.reads(json.dumps(raw), as_version=4)
    except Exception as err:
        raise InvalidSubmission(f"{path.name} is not a readable notebook: {err}") from None
    for cell in nb.cells:
        if cell.get("cell_type") not in ("code", "markdown", "raw"):
            raise InvalidSubmission(f"{path.name} has a cell of unknown type")
        if not isinstance(cell.get("source", ""), str):
            raise InvalidSubmission(f"{path.name} has a cell whose source is not text")
        if not isinstance(cell.get("metadata", {}), dict):
            raise InvalidSubmission(f"{path.name} has a cell whose metadata is not a dict")
    if not nb.cells:
        raise InvalidSubmission(f"{path.name} is an empty notebook (no cells)")
    return nb


def grade_id(cell) -> str | None:
    meta = cell.get("metadata", {}).get("nbgrader")
    if isinstance(meta, dict) and isinstance(meta.get("grade_id"), str):
        return meta["grade_id"]
    return None


def check_assignment(nb, info: NotebookInfo, other_ids: dict[str, frozenset[str]]) -> None:
    """Raise :class:`InvalidSubmission` if *nb* is not a notebook of this assignment.

    Topics share grade ids (``ex1-solution``), so one shared id proves nothing: the notebook is
    another assignment's when that assignment holds more of its nbgrader cells than this one.
    A notebook with no nbgrader cell at all belongs here only if this assignment has none either.
    """
    ids = {gid for gid in map(grade_id, nb.cells) if gid}
    own = len(ids & info.grade_ids)
    better = sorted(name for name, theirs in other_ids.items() if len(ids & theirs) > own)
    if better:
        raise InvalidSubmission(f"this is the notebook of another assignment ({', '.join(better)})")
    if own == 0 and info.grade_ids:
        raise InvalidSubmission("no cell of this assignment is in the notebook")


def trusted_metadata(sc: SourceCell) -> dict:
    """The nbgrader metadata of a cell, from the gradebook (what nbgrader would write)."""
    kind = sc.kind
    meta = {
        "grade": kind in ("test", "manual"),
        "solution": kind in ANSWER_KINDS,
        "locked": kind in LOCKED_KINDS,
        "task": kind == "task",
        "grade_id": sc.grade_id,
        "schema_version": 3,
    }
    if kind in ("test", "manual", "task"):
        meta["points"] = sc.points or 0
    if sc.checksum:
        meta["checksum"] = sc.checksum
    if kind == "test":
        meta["cell_type"] = sc.cell_type
    return meta


def _new_cell(cell_type: str, source: str):
    return new_code_cell(source) if cell_type == "code" else new_markdown_cell(source)


def _released_text(source: str) -> str:
    """A cell's source as the student edition shows it: no hidden tests, no blank lines."""
    cell = nbformat.v4.new_code_cell(source)
    with contextlib.suppress(RuntimeError):  # unbalanced markers: compare it as it is
        ClearHiddenTests()._remove_hidden_test_region(cell)
    return "\n".join(line.rstrip() for line in cell.source.splitlines() if line.strip())


def rebuild(nb, info: NotebookInfo) -> tuple[nbformat.NotebookNode, list[str]]:
    """Return the notebook to run, rebuilt around the gradebook's cells; and notes on changes."""
    notes: list[str] = []
    known = {c.grade_id: c for c in info.cells}
    answers: dict[str, object] = {}
    submitted: dict[str, object] = {}
    anchored: dict[str | None, list] = {None: []}
    anchor: str | None = None
    seen_order: list[str] = []
    for cell in nb.cells:
        gid = grade_id(cell)
        if gid in known:
            if gid in seen_order:
                notes.append(f"duplicate cell {gid} ignored")
            else:
                seen_order.append(gid)
            if known[gid].kind in ANSWER_KINDS:
                answers[gid] = cell  # nbgrader keeps the last copy of a duplicated cell
            submitted.setdefault(gid, cell)
            anchor = gid
            anchored.setdefault(anchor, [])
            continue
        cell = nbformat.from_dict(dict(cell))
        cell.metadata = {k: v for k, v in cell.get("metadata", {}).items() if k != "nbgrader"}
        if gid:
            notes.append(f"unknown nbgrader cell {gid} treated as a plain cell")
        anchored.setdefault(anchor, []).append(cell)
    expected = [c.grade_id for c in info.cells]
    if [g for g in seen_order if g in expected] != [g for g in expected if g in seen_order]:
        notes.append("cells were reordered: the source's order is restored")

    cells = list(anchored[None])
    for sc in info.cells:
        if sc.kind in ANSWER_KINDS and sc.grade_id in answers:
            cell = _new_cell(sc.cell_type, answers[sc.grade_id].get("source", ""))
        else:
            source = sc.source
            if sc.grade_id not in seen_order:
                notes.append(f"missing cell {sc.grade_id} put back")
                if sc.kind == "test":
                    source = f"# {MISSING_NOTE}\n{source}"
            elif _released_text(submitted[sc.grade_id].get("source", "")) != _released_text(
                sc.source
            ):
                notes.append(f"changed cell {sc.grade_id} restored from the gradebook")
            cell = _new_cell(sc.cell_type, source)
        cell.metadata = {"nbgrader": trusted_metadata(sc)}
        if sc.kind in LOCKED_KINDS:
            cell.metadata.update(deletable=False, editable=False)
        cells.append(cell)
        cells += anchored.get(sc.grade_id, [])
    out = nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": info.kernelspec})
    for i, cell in enumerate(out.cells):
        cell["id"] = f"cell-{i}"
    return out, notes
