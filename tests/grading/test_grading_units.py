"""Fast tests of the grader's pure parts: no kernel, no nbgrader run, no sandbox.

LMS file names, the check that a notebook belongs to its assignment, the rebuild from the
gradebook, the scan's hints, the item analysis, the file walk, the ledger, the command line
built from the settings, and the pool's bookkeeping of lost and stopped jobs.
"""

from __future__ import annotations

import os
import time

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from aicareer.grading import collect, files, grader, items, scan, store
from aicareer.grading.model import (
    Limits,
    Loss,
    LossKind,
    NotebookInfo,
    Options,
    Outcome,
    Settings,
    SourceCell,
    Status,
    default_of,
)
from aicareer.grading.pool import Pool
from aicareer.grading.rebuild import InvalidSubmission, check_assignment, rebuild

# -- collecting from an LMS ------------------------------------------------------------------
EXPECTED = ["09-compensation"]


@pytest.mark.parametrize(
    "name, student, lms",
    [
        ("smithjane_12345_67890_09-compensation.ipynb", "smithjane", "canvas"),
        ("doejohn_LATE_222_333_09-compensation-1.ipynb", "doejohn", "canvas"),
        (
            "Ada Lovelace_4242_assignsubmission_file_/09-compensation.ipynb",
            "ada-lovelace",
            "moodle",
        ),
        (
            "09-compensation_bbuser_attempt_2026-01-30-15-00-00_09-compensation.ipynb",
            "bbuser",
            "blackboard",
        ),
        ("jsmith/09-compensation (1).ipynb", "jsmith", "folder"),
    ],
)
def test_lms_names_match_their_student_and_notebook(name, student, lms):
    info, found = collect.match(name, EXPECTED)
    assert found == lms and info["student_id"] == student
    assert info["file_id"] == "09-compensation.ipynb"


def test_blackboard_attempt_time_becomes_the_timestamp():
    info, _ = collect.match("x_bb_attempt_2026-01-30-15-00-00_09-compensation.ipynb", EXPECTED)
    assert info["timestamp"] == "2026-01-30 15:00:00"


@pytest.mark.parametrize(
    "name, why",
    [
        ("random-notes.ipynb", "matches no LMS naming"),
        ("zed_1_2_09-compensation-final-version.ipynb", "is not a notebook of this assignment"),
    ],
)
def test_unmatched_lms_names_say_why(name, why):
    info, reason = collect.match(name, EXPECTED)
    assert info is None and why in reason


# -- the rebuild from the gradebook -----------------------------------------------------------
def _cell(kind: str, gid: str, source: str, points: float | None = None) -> SourceCell:
    return SourceCell(gid, "code", kind, source, points, None)


INFO = NotebookInfo(
    "nb",
    [
        _cell("locked", "setup", "import math"),
        _cell("solution", "answer", "def f():\n    return 1"),
        _cell(
            "test",
            "check",
            "assert f() == 1\n### BEGIN HIDDEN TESTS\nassert f()\n### END HIDDEN TESTS",
            2,
        ),
    ],
    {"name": "python3", "display_name": "Python 3", "language": "python"},
    (),
    {"math": "math"},
    (),
)


def _submitted(*cells) -> nbformat.NotebookNode:
    nb = new_notebook()
    for gid, source in cells:
        cell = new_code_cell(source)
        if gid:
            cell.metadata["nbgrader"] = {"grade_id": gid, "solution": gid == "answer"}
        nb.cells.append(cell)
    return nb


def test_the_rebuild_keeps_answers_and_restores_everything_else():
    nb = _submitted(
        ("setup", "import math"),
        ("answer", "def f():\n    return 2"),
        (None, "print('mine')"),
        ("check", "pass"),
    )
    out, notes = rebuild(nb, INFO)
    sources = [c.source for c in out.cells]
    assert sources[0] == "import math"
    assert sources[1] == "def f():\n    return 2"
    assert sources[2] == "print('mine')"  # a cell the student added stays after its anchor
    assert "BEGIN HIDDEN TESTS" in sources[3]
    assert out.cells[3].metadata["nbgrader"]["points"] == 2
    assert notes == ["changed cell check restored from the gradebook"]


def test_an_unchanged_test_cell_is_not_reported_as_restored():
    released = "assert f() == 1\n"  # the student edition: the hidden tests are cleared
    nb = _submitted(("setup", "import math"), ("answer", "x"), ("check", released))
    _, notes = rebuild(nb, INFO)
    assert notes == []


def test_deleted_duplicated_and_reordered_cells_are_noted():
    nb = _submitted(("answer", "a"), ("setup", "import math"), ("answer", "b"))
    out, notes = rebuild(nb, INFO)
    assert "missing cell check put back" in notes
    assert "duplicate cell answer ignored" in notes
    assert "cells were reordered: the source's order is restored" in notes
    assert out.cells[1].source == "b"  # nbgrader keeps the last copy of a duplicate


def test_a_notebook_of_another_assignment_is_invalid_even_with_shared_ids():
    other = {"other": frozenset({"answer", "other-test", "other-intro"})}
    nb = _submitted(("answer", "x"), ("other-test", "y"), ("other-intro", "z"))
    with pytest.raises(InvalidSubmission, match=r"another assignment \(other\)"):
        check_assignment(nb, INFO, other)
    # One of this assignment's notebooks with cells deleted is still this assignment's.
    check_assignment(_submitted(("answer", "x")), INFO, other)


def test_an_assignment_without_nbgrader_cells_accepts_its_own_notebook():
    plain = NotebookInfo("nb", [], {}, (), {}, ())
    check_assignment(_submitted((None, "print(1)")), plain, {"other": frozenset({"answer"})})
    with pytest.raises(InvalidSubmission, match="no cell of this assignment"):
        check_assignment(_submitted((None, "print(1)")), INFO, {})


# -- the scan: hints, never zeroes -----------------------------------------------------------
ORDINARY = [
    "import copy, inspect, pickle, types, threading, dataclasses\n"
    "ns = types.SimpleNamespace()\nsetattr(ns, 'a', 1)\nvars(ns)\ninspect.signature(sum)\n"
    "pickle.loads(pickle.dumps({'a': 1}))",
    "import operator, sys, types\nsorted([], key=operator.attrgetter('r'))\n"
    "class C:\n    pass\nC().__dict__\n[p for p in sys.path]\ntypes.MappingProxyType({})",
    "%matplotlib inline\n%time x = 1\n!ls",
    "import logging, warnings\nlogging.warning('x')\nwarnings.warn('y')\nprint('z')",
    "from IPython.display import Markdown, display\ndisplay(Markdown('**x**'))",
    "class Shape(metaclass=type):\n    pass",
]


@pytest.mark.parametrize("source", ORDINARY)
def test_ordinary_code_gets_no_hint(source):
    assert scan.scan_cell("c", source, {"math": "math"}) == []


@pytest.mark.parametrize(
    "source, words",
    [
        ("get_ipython().ast_transformers.append(t)", "ast_transformers"),
        (
            "import IPython.core.interactiveshell as s\ns.InteractiveShell.showtraceback = 1",
            "IPython",
        ),
        ("math.isclose = lambda *a: True", "changes math.isclose"),
        ("math = object()", "rebinds math"),
        ("import sys\nsys.settrace(f)", "settrace"),
        ("import sys\nsys.modules['math'] = m", "sys.modules"),
        ("class L:\n    @property\n    def __class__(self):\n        return float", "__class__"),
        ("exec('x = 1')", "exec"),
    ],
)
def test_tampering_shaped_code_gets_a_hint(source, words):
    hints = [str(h) for h in scan.scan_cell("c", source, {"math": "math"})]
    assert any(words in h for h in hints), hints


def test_hints_become_review_notes_first():
    outcome = Outcome("a", "s", Status.GRADED, review=["uses exec (cell 3, line 1)"], notes=["x"])
    assert outcome.all_notes == ["review: uses exec (cell 3, line 1)", "x"]


# -- the item analysis -----------------------------------------------------------------------
def test_item_analysis_flags_cells_that_tell_nobody_apart_or_the_wrong_way():
    scores = {
        f"{level}-{i}": {
            "easy": (1, 1),
            "good": (2, 2) if level == "strong" else (0, 2),
            "broken": (0, 1),
            "odd": (0, 1) if level == "strong" else (1, 1),
            "also-good": (2, 2) if level == "strong" else (0, 2),
        }
        for level in ("strong", "weak")
        for i in (1, 2)
    }
    stats = {s.grade_id: s for s in items.analyze(scores)}
    assert list(stats) == ["easy", "good", "broken", "odd", "also-good"]
    assert stats["easy"].flags == [items.EVERYBODY] and stats["easy"].discrimination is None
    assert stats["broken"].flags == [items.NOBODY] and stats["broken"].pass_rate == 0
    assert stats["good"].flags == [] and stats["good"].discrimination == pytest.approx(1.0)
    assert stats["odd"].flags == [items.NEGATIVE] and stats["odd"].discrimination < 0
    assert stats["good"].pass_rate == 0.5 and stats["good"].submissions == 4


def test_correlation_is_pearsons():
    assert items.correlation([0, 1, 0, 1], [1, 3, 1, 3]) == pytest.approx(1.0)
    assert items.correlation([0, 1], [2, 2]) is None


# -- files -----------------------------------------------------------------------------------
def test_the_file_walk_skips_links_and_checkpoints(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.csv").write_text("1")
    (tmp_path / "nb.ipynb").write_text("{}")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "nb-checkpoint.ipynb").write_text("{}")
    os.symlink("/etc/hostname", tmp_path / "link.txt")
    assert [str(p) for p in files.files_in(tmp_path)] == ["data/a.csv", "nb.ipynb"]
    assert list(files.read_data_files(tmp_path, 10)) == ["data/a.csv"]
    before = files.hash_folder(tmp_path).hexdigest()
    (tmp_path / "data" / "a.csv").write_text("2")
    assert files.hash_folder(tmp_path).hexdigest() != before


def test_reading_a_folders_files_stops_at_the_limit(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"x" * 8)
    (tmp_path / "b.bin").write_bytes(b"y" * 8)
    assert list(files.read_data_files(tmp_path, 10)) == ["a.bin"]


# -- the ledger ------------------------------------------------------------------------------
def test_the_ledger_keeps_statuses_as_values_and_review_notes(tmp_path):
    ledger = store.Ledger(tmp_path / "ledger.sqlite")
    ledger.put(Outcome("a", "s", Status.TIMED_OUT, "slow", 1.5, "fp", review=["uses exec (c, 1)"]))
    entry = ledger.get("a", "s")
    ledger.close()
    assert entry["status"] is Status.TIMED_OUT and entry["status"].is_problem
    assert entry["notes"] == ["review: uses exec (c, 1)"]


# -- settings and the command line -----------------------------------------------------------
def test_the_command_line_takes_its_defaults_from_the_settings():
    args = grader.build_parser().parse_args([])
    settings = grader.settings_from(args, course=None)
    assert settings.options == Options() and settings.limits == Limits()
    assert settings.workers == default_of(Settings, "workers") and settings.feedback is True
    args = grader.build_parser().parse_args(["--timeout", "7", "--no-feedback", "-a", "x"])
    settings = grader.settings_from(args, course=None)
    assert settings.options.cell_timeout == 7 and settings.feedback is False
    assert settings.assignments == ["x"]


def test_a_lost_job_is_timed_out_only_when_it_was_overdue():
    assert str(Loss(LossKind.OVERDUE, "600")) == "over the 600 s limit for one submission"
    assert "died" in str(Loss(LossKind.DIED, "-9"))


# -- the pool's bookkeeping ------------------------------------------------------------------
def _crash_on_two(job, slot):
    if job == 2:
        os._exit(3)
    if job == 4:
        time.sleep(60)
    return job * 10


def test_a_killed_or_stuck_worker_costs_only_its_own_job():
    results, lost = {}, {}
    finished = Pool(2, _crash_on_two).run(
        range(6),
        lambda job, r: results.__setitem__(job, r),
        lambda job, loss: lost.setdefault(job, loss),
        deadline=lambda job: 2 if job == 4 else 600,
    )
    assert finished
    assert {j: results[j] for j in (0, 1, 3, 5)} == {0: 0, 1: 10, 3: 30, 5: 50}
    assert lost[2].kind is LossKind.DIED and lost[4].kind is LossKind.OVERDUE
    assert results[2] is lost[2] and results[4] is lost[4]


def _echo(job, slot):
    return job


def test_a_stopped_pool_starts_nothing_more_and_reports_nothing_lost():
    results, lost = [], []
    finished = Pool(1, _echo).run(
        range(5),
        lambda job, r: results.append(r),
        lambda job, loss: lost.append(loss),
        deadline=lambda job: 600,
        stop=lambda: len(results) >= 2,
    )
    assert not finished and results == [0, 1] and lost == []


def test_markdown_cells_of_a_rebuilt_notebook_keep_their_type():
    info = NotebookInfo(
        "nb",
        [SourceCell("words", "markdown", "manual", "stub", 2, None)],
        INFO.kernelspec,
        (),
        {},
        (),
    )
    nb = new_notebook(cells=[new_markdown_cell("my answer")])
    nb.cells[0].metadata["nbgrader"] = {"grade_id": "words"}
    out, _ = rebuild(nb, info)
    assert out.cells[0].cell_type == "markdown" and out.cells[0].source == "my answer"


def test_a_rebuilt_notebook_is_valid_for_nbformat_and_nbgrader():
    # The rebuild replaces nbgrader's OverwriteCells and OverwriteKernelspec: what it makes
    # must pass the validation nbgrader's CheckCellMetadata would have run.
    from nbgrader.preprocessors import CheckCellMetadata

    nb = _submitted(("setup", "import math"), ("answer", "def f():\n    return 2"))
    out, _ = rebuild(nb, INFO)
    nbformat.validate(out)
    CheckCellMetadata().preprocess(out, {})
