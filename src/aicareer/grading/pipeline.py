"""Grade one submission in a worker: read it, rebuild it, scan it for hints, run it, judge it.

This runs in a worker process and never writes the gradebook: it reads the gradebook (through
nbgrader's preprocessors), runs the student's code in the sandbox, and returns an
:class:`~aicareer.grading.model.Outcome` that the grading process records
(:mod:`aicareer.grading.store`). The notebook that runs is rebuilt from the gradebook
(:mod:`aicareer.grading.rebuild`), which does what nbgrader's ``OverwriteKernelspec`` and
``OverwriteCells`` (with ``add_missing_cells``) do; nbgrader's ``ClearOutput`` and
``DeduplicateIds`` then run on it as they would in ``nbgrader autograde``.

Only tampering the guard sees at run time zeroes a submission; what the scan notices before the
run is a note for the instructor (``review: ...``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from nbformat.v4 import nbjson
from nbgrader.preprocessors import ClearOutput, DeduplicateIds, LimitOutput
from nbgrader.utils import get_partial_grade
from traitlets.config import Config

from aicareer.grading import files, scan
from aicareer.grading.analysis import global_names
from aicareer.grading.execute import GuardedExecute, is_test_cell
from aicareer.grading.model import (
    AssignmentInfo,
    NotebookInfo,
    NotebookOutcome,
    Options,
    Outcome,
    Status,
)
from aicareer.grading.rebuild import (
    InvalidSubmission,
    check_assignment,
    read_notebook,
    rebuild,
)
from aicareer.grading.sandbox import Sandbox

MAX_FOLDER_BYTES = 100 * 1024 * 1024


@dataclass
class Task:
    """One submission to grade: everything a worker needs, and nothing it must not see."""

    assignment: AssignmentInfo
    student: str
    submission_dir: str
    db_url: str
    config: dict
    sandbox: Sandbox
    options: Options
    scratch: str
    fingerprint: str
    slot: int = 0


def fingerprint(submission_dir: Path, assignment: AssignmentInfo, settings: str) -> str:
    """A hash of everything that decides a grade: the files, the assignment, the settings."""
    digest = hashlib.sha256()
    digest.update(assignment.source_hash.encode())
    digest.update(settings.encode())
    return files.hash_folder(submission_dir, digest).hexdigest()


def sanitise(nb, resources: dict, config: Config):
    """nbgrader's sanitising steps that the rebuild does not already do.

    ``nbgrader autograde`` also runs ``OverwriteKernelspec``, ``OverwriteCells`` and
    ``CheckCellMetadata``: the rebuild has already put the gradebook's kernelspec, cells and
    metadata in place (the unit tests check that nbgrader's validation accepts it), and those
    three cost a gradebook connection, a query per cell and a schema validation per cell, in
    every submission.
    """
    for pp in (ClearOutput, DeduplicateIds):
        nb, resources = pp(config=config).preprocess(nb, resources)
    return nb, resources


# -- running -------------------------------------------------------------------------------
def _prepare_workdir(task: Task, workdir: Path) -> None:
    """A private copy of the submission's files, then the assignment's files over them.

    As ``nbgrader autograde`` does: the instructor's data files win over a student's copy.
    """
    workdir.mkdir(parents=True)
    if files.copy_data_files(Path(task.submission_dir), workdir) > MAX_FOLDER_BYTES:
        raise InvalidSubmission("the submission's files are over 100 MB")
    files.copy_data_files(Path(task.assignment.source_dir), workdir)


def _chown_tree(root: Path, uid: int) -> None:
    for path in [root, *root.rglob("*")]:
        os.chown(path, uid, uid)


def judge(nb, executor: GuardedExecute) -> dict[str, float | None]:
    """Score each test cell from what the grader saw: it ran, the kernel said ok, no error."""
    verdicts: dict[str, float | None] = {}
    for index, cell in enumerate(nb.cells):
        if not is_test_cell(cell):
            continue
        meta = cell.metadata["nbgrader"]
        points = float(meta.get("points", 0))
        ok = executor.replies.get(index) == "ok" and not any(
            out.get("output_type") == "error" for out in cell.get("outputs", [])
        )
        score = points if ok else 0.0
        if ok:
            for out in cell.outputs:
                if out.get("output_type") == "execute_result":
                    try:
                        score = float(get_partial_grade(out, points))
                    except (KeyError, ValueError):
                        score = 0.0
                    break
        verdicts[meta["grade_id"]] = score
    return verdicts


def run_notebook(
    task: Task,
    info: NotebookInfo,
    nb,
    workdir: Path,
    rundir: Path,
    config: Config,
    outcome: Outcome,
) -> NotebookOutcome:
    result = NotebookOutcome(info.name)
    resources = {
        "nbgrader": {
            "notebook": info.name,
            "assignment": task.assignment.name,
            "student": task.student,
            "db_url": task.db_url,
        },
        "metadata": {"path": str(workdir)},
    }
    nb, notes = rebuild(nb, info)
    outcome.notes += notes
    nb, resources = sanitise(nb, resources, config)

    student_cells = [
        (cell.get("id", str(i)), cell.source)
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and not cell.metadata.get("nbgrader", {}).get("locked")
    ]
    outcome.review += [str(h) for h in scan.scan_notebook(student_cells, info.imported)]

    test_names = {i: global_names(c.source) for i, c in enumerate(nb.cells) if is_test_cell(c)}
    executor = GuardedExecute(
        sandbox=task.sandbox,
        workdir=workdir,
        rundir=rundir,
        slot=task.slot,
        test_names=test_names,
        trusted=info.trusted,
        preload=info.preload,
        cell_output_limit=task.options.cell_output_limit,
        total_output_limit=task.options.total_output_limit,
        config=config,
        # The sandbox and its kernel are thrown away: asking the kernel to shut down politely
        # costs seconds per submission and buys nothing.
        shutdown_kernel="immediate",
    )
    nb, resources = executor.preprocess(nb, resources)
    nb, resources = LimitOutput(config=config).preprocess(nb, resources)
    result.executed = True
    result.verdicts = judge(nb, executor)
    outcome.tampering += [f for f in executor.tampering if f not in outcome.tampering]
    if executor.truncated:
        outcome.notes.append("output truncated")
    if executor.reaped:
        outcome.notes.append("processes left running by a cell were stopped")
    if executor.kernel_died:
        outcome.status, outcome.reason = (
            Status.FAILED,
            "the kernel died (it exited, was killed, or ran out of memory or CPU time)",
        )
    elif executor.stuck:
        outcome.status, outcome.reason = (
            Status.TIMED_OUT,
            f"a cell ignored the interrupt after the {executor.timeout} s limit; "
            "the rest did not run",
        )
    elif executor.unresponsive:
        outcome.status, outcome.reason = (
            Status.FAILED,
            "the kernel stopped answering the grader "
            "(its interpreter was broken, for example by replacing builtins)",
        )
    elif executor.timed_out:
        outcome.status = Status.TIMED_OUT
        outcome.reason = f"{len(executor.timed_out)} cell(s) over the {executor.timeout} s limit"
    # The notebook was built by the grader: nbformat's schema validation would only cost time.
    result.notebook = nbjson.writes(nb)
    return result


def _read_submission(task: Task, outcome: Outcome) -> list[tuple[NotebookInfo, object]] | None:
    """The assignment's notebooks as submitted; None (and the outcome says why) if missing."""
    submitted = Path(task.submission_dir)
    present = sorted(p.name for p in submitted.glob("*.ipynb")) if submitted.is_dir() else []
    if not present:
        outcome.status, outcome.reason = Status.MISSING, "no submission"
        return None
    notebooks = []
    for info in task.assignment.notebooks:
        path = submitted / f"{info.name}.ipynb"
        if not path.is_file():
            raise InvalidSubmission(f"no {info.name}.ipynb (found: {', '.join(present)})")
        nb = read_notebook(path)
        check_assignment(nb, info, task.assignment.other_ids)
        notebooks.append((info, nb))
    return notebooks


def _zero_for_tampering(outcome: Outcome) -> None:
    outcome.status = Status.FAILED
    outcome.reason = "tampering: " + "; ".join(outcome.tampering[:5])
    if len(outcome.tampering) > 5:
        outcome.reason += f"; and {len(outcome.tampering) - 5} more"
    for nbo in outcome.notebooks:
        nbo.verdicts = dict.fromkeys(nbo.verdicts, 0.0)


def grade(task: Task) -> Outcome:
    """Grade one submission (all notebooks of one assignment of one student)."""
    start = time.monotonic()
    outcome = Outcome(
        task.assignment.name, task.student, Status.GRADED, fingerprint=task.fingerprint
    )
    scratch = Path(task.scratch)
    try:
        notebooks = _read_submission(task, outcome)
        if notebooks is None:
            return outcome
        config = Config(task.config)
        workdir = scratch / "work"
        _prepare_workdir(task, workdir)
        for number, (info, nb) in enumerate(notebooks):
            rundir = scratch / f"run{number}"  # short: it holds the kernel's sockets
            rundir.mkdir(parents=True)
            rundir.chmod(0o700)
            if task.sandbox.uid is not None:
                _chown_tree(workdir, task.sandbox.uid + task.slot)
                os.chown(rundir, task.sandbox.uid + task.slot, task.sandbox.uid + task.slot)
            outcome.notebooks.append(run_notebook(task, info, nb, workdir, rundir, config, outcome))
        # What autograded/ keeps beside the notebooks, as nbgrader's does: the submission's
        # files, the assignment's, and what the run wrote.
        outcome.files = files.read_data_files(workdir, MAX_FOLDER_BYTES)
        if outcome.tampering:
            _zero_for_tampering(outcome)
    except InvalidSubmission as err:
        outcome.status, outcome.reason = Status.INVALID, str(err)
        outcome.notebooks = []
    except Exception as err:  # the grader's own failure: report it, grade again next run
        outcome.status = Status.FAILED
        outcome.reason = f"grader error: {err.__class__.__name__}: {err}"
        outcome.notes.append(traceback.format_exc(limit=5))
        outcome.transient = True
        outcome.notebooks = []
    finally:
        outcome.seconds = round(time.monotonic() - start, 3)
        shutil.rmtree(scratch, ignore_errors=True)
    return outcome
