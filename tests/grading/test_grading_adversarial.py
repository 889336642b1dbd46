"""One test per case of the threat model: no unearned points, no harm to the batch, right status.

Every hostile submission starts from the student edition (it does not know the answers) and tries
to earn points some other way. All of them are graded in one batch, together with honest ones,
so the tests also show that none of them stops or corrupts the others. The scan before the run
only leaves notes: what holds every attack at zero is the rebuild from the gradebook, the
run-time guard and the sandbox. (Correct answers that look unusual are in test_grading_fairness.)
"""

from __future__ import annotations

import copy
import os
import shutil
import socket
import tempfile
import threading
from pathlib import Path

import nbformat
import pytest
from grading_fixture import ASSIGNMENT, HIDDEN_TEXT, OTHER, Course, tree_digest

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grading")]

FULL = 5.0  # test points of the fixture: 2 + 1 + 2
CORRECT_EX2 = '''def mean(xs):
    """The arithmetic mean of a non-empty list of numbers, as a float."""
    if not xs:
        raise ValueError("empty list")
    return float(sum(xs)) / len(xs)'''
WRONG_AREA = '''def area(r):
    """Area of a circle of radius r (a number >= 0)."""
    if not isinstance(r, (int, float)) or isinstance(r, bool):
        raise TypeError("r must be a number")
    if r < 0:
        raise ValueError("r must be >= 0")
    return 3.14159 * r * r if r == 1 else 0.0'''

LIAR_EQ = """class Anything(float):
    def __eq__(self, other):
        return True
    __hash__ = float.__hash__

def area(r):
    return Anything(0.0)"""
LIAR_TYPE = """class Liar:
    @property
    def __class__(self):
        return float
    def __eq__(self, other):
        return True
    def __float__(self):
        return 3.141592653589793

def area(r):
    return Liar()"""
PATCH_BUILTINS = """import builtins
builtins.type = lambda *a: float
builtins.isinstance = lambda *a: True
def area(r):
    return 0.0"""
PATCH_MODULE = """math.isclose = lambda *a, **k: True
def area(r):
    return 0.0
def mean(xs):
    return 0.0"""
SHADOW_MODULE = """class FakeMath:
    pi = 0.0
    def isclose(self, *a, **k):
        return True
math = FakeMath()
def area(r):
    return 0.0"""
AST_TRANSFORMER = """import ast
class NoAsserts(ast.NodeTransformer):
    def visit_Assert(self, node):
        return ast.Pass()
get_ipython().ast_transformers.append(NoAsserts())
def area(r):
    return 0.0
def mean(xs):
    return 0.0"""
INPUT_TRANSFORMER = """get_ipython().input_transformers_post.append(lambda lines: ["pass\\n"])
def area(r):
    return 0.0"""
CUSTOM_EXC = """def _swallow(shell, etype, value, tb, tb_offset=None):
    return None
get_ipython().set_custom_exc((Exception,), _swallow)
def area(r):
    return 0.0
def mean(xs):
    return 0.0"""
EVENT_HOOK = """def _hook(result=None):
    if result is not None and result.error_in_exec is not None:
        result.error_in_exec = None
get_ipython().events.register("post_run_cell", _hook)
get_ipython().showtraceback = lambda *a, **k: None
def area(r):
    return 0.0"""
SETTRACE = """import sys
def _tracer(frame, event, arg):
    return _tracer
sys.settrace(_tracer)
def area(r):
    return 0.0"""
READ_FILES = """import glob, os
found = []
for pattern in ["{course}/source/*/*.ipynb", "{course}/gradebook.db",
                "{course}/submitted/*/*/*.ipynb", "{course}/release/*/*.ipynb",
                "/root/*", "../../*", "/proc/1/environ"]:
    for path in glob.glob(pattern):
        try:
            with open(path, "rb") as fh:
                found.append((path, len(fh.read())))
        except OSError:
            pass
print("FOUND:", found)
try:
    with open("{course}/gradebook.db", "ab") as fh:
        fh.write(b"x")
    print("WROTE-GRADEBOOK")
except OSError as err:
    print("cannot write:", type(err).__name__)
def area(r):
    return 0.0"""
NETWORK = """import socket
for host, port in [("127.0.0.1", {port}), ("1.1.1.1", 80)]:
    try:
        socket.create_connection((host, port), timeout=2).close()
        print("CONNECTED", host)
    except OSError as err:
        print("no network:", type(err).__name__)
def area(r):
    return 0.0"""
EXIT = """import os
os._exit(0)"""
KILL = """import os
os.kill(os.getpid(), 9)"""
INFINITE = """def area(r):
    while True:
        pass
area(1)"""
IGNORE_INTERRUPT = """def area(r):
    while True:
        try:
            while True:
                pass
        except KeyboardInterrupt:
            pass
area(1)"""
MEGABYTES = (
    """import sys
for _ in range(200):
    print("x" * 100_000)
"""
    + """def area(r):
    if not isinstance(r, (int, float)) or isinstance(r, bool):
        raise TypeError("r must be a number")
    if r < 0:
        raise ValueError("r must be >= 0")
    print("y" * 1_000_000)
    return math.pi * r * r"""
)
MEMORY = """hog = []
while True:
    hog.append(bytearray(50 * 2**20))"""
FORK = """import os
children = 0
try:
    while True:
        if os.fork() == 0:
            while True:
                pass
        children += 1
except OSError as err:
    print("fork stopped after", children, type(err).__name__)
def area(r):
    return 0.0"""


def _edit(nb, gid, fn):
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == gid:
            fn(cell)
    return nb


def _drop(nb, *gids):
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") not in gids]
    return nb


class Server:
    """A TCP server on the host's loopback: a sandboxed kernel must not reach it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.hits += 1
            conn.close()

    def close(self):
        self.sock.close()


def _cases(course: Course, port: int) -> dict:
    """student id -> the submission (a notebook, or raw bytes)."""
    c = course
    ans = c.with_answers
    nb_changed = _edit(c.stub(), "ex1-test-value", lambda cell: setattr(cell, "source", "pass"))
    _edit(nb_changed, "ex1-test-errors", lambda cell: setattr(cell, "source", "x = 1"))
    _edit(nb_changed, "ex2-test", lambda cell: setattr(cell, "source", "print('ok')"))

    def meta(cell):
        cell.metadata["nbgrader"].update(points=100, locked=False, grade=False, solution=True)
        cell.metadata["tags"] = ["skip-execution"]
        cell.source = "pass"

    nb_meta = c.stub()
    for gid in ("ex1-test-value", "ex1-test-errors", "ex2-test"):
        _edit(nb_meta, gid, meta)
    nb_meta.metadata["kernelspec"] = {"name": "bash", "display_name": "Bash", "language": "bash"}

    def rename(cell):
        cell.metadata["nbgrader"]["grade_id"] = "my-own-test"
        cell.source = "pass"

    nb_ids = _edit(c.stub(), "ex1-test-value", rename)
    nb_dup = c.stub()
    test = next(
        cell
        for cell in nb_dup.cells
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "ex2-test"
    )
    fake = copy.deepcopy(test)
    fake.source = "pass"
    fake.id = "fake"
    nb_dup.cells.insert(1, fake)
    fake2 = copy.deepcopy(fake)
    fake2.id = "fake2"
    nb_dup.cells.append(fake2)
    nb_reorder = c.reference()
    nb_reorder.cells = list(reversed(nb_reorder.cells))
    for i, cell in enumerate(nb_reorder.cells):
        cell.id = f"r{i}"
    nb_other = copy.deepcopy(c.other)

    return {
        # honest work, graded in the same batch
        "honest-full": c.reference(),
        "honest-stub": c.stub(),
        "honest-ex2": ans({"ex2-solution": CORRECT_EX2}),
        "honest-wrong-area": ans({"ex1-solution": WRONG_AREA}),
        # the threat model
        "changed-test-source": nb_changed,
        "changed-metadata": nb_meta,
        "changed-grade-id": nb_ids,
        "deleted-tests": _drop(c.stub(), "ex1-test-value", "ex1-test-errors", "ex2-test"),
        "duplicated-tests": nb_dup,
        "reordered-reference": nb_reorder,
        "liar-eq": ans({"ex1-solution": LIAR_EQ}),
        "liar-type": ans({"ex1-solution": LIAR_TYPE}),
        "patch-builtins": ans({"ex1-solution": PATCH_BUILTINS}),
        "patch-module": ans({"ex1-solution": PATCH_MODULE}),
        "shadow-module": ans({"ex1-solution": SHADOW_MODULE}),
        "ast-transformer": ans({"ex1-solution": AST_TRANSFORMER}),
        "input-transformer": ans({"ex1-solution": INPUT_TRANSFORMER}),
        "custom-exc": ans({"ex1-solution": CUSTOM_EXC}),
        "event-hook": ans({"ex1-solution": EVENT_HOOK}),
        "settrace": ans({"ex1-solution": SETTRACE}),
        "read-files": ans({"ex1-solution": READ_FILES.format(course=course.root)}),
        "network": ans({"ex1-solution": NETWORK.format(port=port)}),
        "os-exit": ans({"ex1-solution": EXIT}),
        "kill-kernel": ans({"ex1-solution": KILL}),
        "infinite-loop": ans({"ex1-solution": INFINITE, "ex2-solution": CORRECT_EX2}),
        "ignore-interrupt": ans({"ex1-solution": IGNORE_INTERRUPT, "ex2-solution": CORRECT_EX2}),
        "megabytes": ans({"ex1-solution": MEGABYTES}),
        "memory": ans({"ex1-solution": MEMORY, "ex2-solution": CORRECT_EX2}),
        "fork-bomb": ans({"ex1-solution": FORK}),
        "invalid-json": b'{"cells": [ this is not json',
        "empty-file": b"",
        "empty-notebook": nbformat.writes(nbformat.v4.new_notebook()).encode(),
        "wrong-assignment": nb_other,
    }


RUNTIME_CASES = (
    "patch-builtins",
    "patch-module",
    "shadow-module",
    "ast-transformer",
    "input-transformer",
    "custom-exc",
    "event-hook",
    "settrace",
)


@pytest.fixture(scope="module")
def batch(course_template, tmp_path_factory):
    """Every case graded in one batch; returns (course, run result, server, submitted digest)."""
    root = tmp_path_factory.mktemp("adversarial") / "course"
    shutil.copytree(course_template, root)
    course = Course(root)
    server = Server()
    for student, sub in _cases(course, server.port).items():
        if isinstance(sub, bytes):
            course.submit(student, raw=sub)
        else:
            course.submit(student, sub)
    (root / "submitted" / "no-notebook" / ASSIGNMENT).mkdir(parents=True)
    (root / "submitted" / "no-notebook" / ASSIGNMENT / "notes.txt").write_text("oops")
    roster = root / "roster.csv"
    roster.write_text("student_id\nnever-submitted\n")
    before = tree_digest(root / "submitted")
    # This run's scratch folder goes in a folder of its own, so that the check for leftover
    # processes looks at this run alone, not at grading runs of other tests beside it.
    scratch = Path(tempfile.mkdtemp(prefix="adversarial-scratch-"))
    scratch.chmod(0o711)
    result = course.grade(roster=roster, scratch=scratch)
    yield course, result, server, before, scratch
    server.close()
    shutil.rmtree(scratch, ignore_errors=True)


def _status(batch, student):
    course, result = batch[:2]
    return course.outcome(result, student)


# -- honest work in the same batch -------------------------------------------------------------
def test_reference_solution_earns_every_test_point(batch):
    course = batch[0]
    out = _status(batch, "honest-full")
    assert out.status == "needs_manual_grading", out.summary
    assert course.test_points("honest-full") == FULL
    assert out.tampering == [] and out.review == []


def test_untouched_stub_earns_nothing(batch):
    assert batch[0].test_points("honest-stub") == 0
    assert _status(batch, "honest-stub").status == "graded"


def test_partial_work_earns_partial_credit(batch):
    course = batch[0]
    assert course.scores("honest-ex2")["ex2-test"] == 2
    assert course.test_points("honest-ex2") == 2
    scores = course.scores("honest-wrong-area")
    assert scores["ex1-test-value"] == 0 and scores["ex1-test-errors"] == 1


# -- changed, deleted, duplicated, reordered cells -----------------------------------------
def test_changed_test_source_is_restored_and_the_notes_say_which(batch):
    course = batch[0]
    assert course.test_points("changed-test-source") == 0
    nb = course.autograded("changed-test-source")
    sources = "\n".join(c.source for c in nb.cells)
    assert "area(1) is pi" in sources and HIDDEN_TEXT in sources
    notes = _status(batch, "changed-test-source").notes
    for gid in ("ex1-test-value", "ex1-test-errors", "ex2-test"):
        assert f"changed cell {gid} restored from the gradebook" in notes, notes
    assert not any("restored" in n for n in _status(batch, "honest-full").notes)


def test_changed_metadata_tags_points_and_kernelspec_are_restored(batch):
    course = batch[0]
    out = _status(batch, "changed-metadata")
    assert course.test_points("changed-metadata") == 0
    assert out.status == "graded", out.summary
    nb = course.autograded("changed-metadata")
    assert nb.metadata["kernelspec"]["name"] == "python3"
    points = {
        c.metadata["nbgrader"]["grade_id"]: c.metadata["nbgrader"].get("points")
        for c in nb.cells
        if c.metadata.get("nbgrader", {}).get("grade")
    }
    assert points == {
        "ex1-test-value": 2,
        "ex1-test-errors": 1,
        "ex2-test": 2,
        "reflection-answer": 2,
    }


def test_changed_grade_id_does_not_create_a_test(batch):
    course = batch[0]
    assert course.test_points("changed-grade-id") == 0
    assert set(course.scores("changed-grade-id")) == {
        "ex1-test-value",
        "ex1-test-errors",
        "ex2-test",
        "reflection-answer",
    }


def test_deleted_tests_are_put_back(batch):
    course = batch[0]
    assert course.test_points("deleted-tests") == 0
    nb = course.autograded("deleted-tests")
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    assert {"ex1-test-value", "ex1-test-errors", "ex2-test"} <= set(ids)
    assert any("missing cell" in n for n in _status(batch, "deleted-tests").notes)


def test_duplicated_tests_run_once_from_the_gradebook(batch):
    course = batch[0]
    assert course.test_points("duplicated-tests") == 0
    nb = course.autograded("duplicated-tests")
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    assert ids.count("ex2-test") == 1


def test_reordered_cells_are_put_back_in_order(batch):
    course = batch[0]
    assert course.test_points("reordered-reference") == FULL
    assert any("reordered" in n for n in _status(batch, "reordered-reference").notes)


# -- objects that lie, patched builtins and modules -------------------------------------------
def test_object_lying_about_equality_earns_nothing(batch):
    assert batch[0].scores("liar-eq")["ex1-test-value"] == 0


def test_object_lying_about_its_type_earns_nothing_and_is_noted_for_review(batch):
    out = _status(batch, "liar-type")
    assert batch[0].test_points("liar-type") == 0
    assert any("__class__" in hint for hint in out.review), out.review


@pytest.mark.parametrize("student", RUNTIME_CASES)
def test_tampering_with_the_interpreter_earns_nothing(batch, student):
    course = batch[0]
    out = _status(batch, student)
    assert course.test_points(student) == 0
    assert out.review, "the scan should leave the instructor a note"
    if student == "shadow-module":
        # A name that hides a module is set aside while tests run: they see the real math, so
        # the wrong answer simply fails. Nothing was tampered with that needs reporting.
        assert out.status == "graded", out.summary
    elif student == "patch-builtins":
        # Replacing isinstance breaks the kernel's own messaging: it stops answering, and the
        # submission is reported as such, with nothing earned.
        assert out.status in ("failed", "timed_out"), out.summary
    else:
        assert out.status == "failed" and out.reason.startswith("tampering"), out.summary
        assert out.tampering, out.summary


# -- the sandbox --------------------------------------------------------------------------------
def _outputs(course, student) -> str:
    nb = course.autograded(student)
    return "\n".join(
        str(o.get("text", "")) + str(o.get("ename", "")) + str(o.get("evalue", ""))
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
    )


def test_student_code_cannot_read_or_write_instructor_files(batch):
    course = batch[0]
    text = _outputs(course, "read-files")
    assert "FOUND: []" in text, text[:2000]
    assert "WROTE-GRADEBOOK" not in text
    assert course.test_points("read-files") == 0


def test_student_code_has_no_network(batch):
    course, server = batch[0], batch[2]
    text = _outputs(course, "network")
    assert "CONNECTED" not in text and text.count("no network") == 2, text[:2000]
    assert server.hits == 0


@pytest.mark.parametrize("student", ["os-exit", "kill-kernel"])
def test_a_kernel_that_exits_or_is_killed_fails_the_submission_only(batch, student):
    out = _status(batch, student)
    assert out.status == "failed" and "kernel died" in out.reason, out.summary
    assert batch[0].test_points(student) == 0


def test_an_infinite_loop_times_out_and_the_rest_still_counts(batch):
    out = _status(batch, "infinite-loop")
    assert out.status == "timed_out", out.summary
    assert batch[0].scores("infinite-loop")["ex2-test"] == 2
    assert batch[0].scores("infinite-loop")["ex1-test-value"] == 0


def test_a_loop_that_ignores_interrupts_times_out_without_points(batch):
    out = _status(batch, "ignore-interrupt")
    assert out.status == "timed_out" and "ignored the interrupt" in out.reason, out.summary
    assert batch[0].test_points("ignore-interrupt") == 0


def test_megabytes_of_output_are_cut_and_a_correct_answer_keeps_its_marks(batch):
    course = batch[0]
    out = _status(batch, "megabytes")
    assert "output truncated" in out.notes
    scores = course.scores("megabytes")
    assert scores["ex1-test-value"] == 2 and scores["ex1-test-errors"] == 1
    path = course.root / "autograded" / "megabytes" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert path.stat().st_size < 3_000_000


def test_memory_exhaustion_is_stopped_by_the_limit(batch):
    course = batch[0]
    out = _status(batch, "memory")
    assert out.status in ("graded", "needs_manual_grading", "failed"), out.summary
    assert course.scores("memory")["ex1-test-value"] == 0
    assert "MemoryError" in _outputs(course, "memory") or "kernel died" in out.reason


def test_a_fork_bomb_is_contained(batch):
    course = batch[0]
    out = _status(batch, "fork-bomb")
    assert course.test_points("fork-bomb") == 0
    assert out.status in ("graded", "failed", "timed_out"), out.summary
    # Nothing of this run's sandboxes outlives it: no sandbox process still works in a folder
    # that was deleted with this run's scratch folder (other tests' runs have their own).
    scratch = str(batch[4])
    leftovers = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            uid = os.stat(f"/proc/{pid}").st_uid
            cwd = os.readlink(f"/proc/{pid}/cwd")
        except OSError:
            continue
        if 61000 <= uid < 61100 and cwd.startswith(scratch) and cwd.endswith("(deleted)"):
            leftovers.append(pid)
    assert leftovers == []


# -- broken, empty, missing and misplaced submissions ------------------------------------------
@pytest.mark.parametrize(
    "student, words",
    [
        ("invalid-json", "not valid JSON"),
        ("empty-file", "empty file"),
        ("empty-notebook", "empty notebook"),
        ("wrong-assignment", OTHER),
    ],
)
def test_unreadable_or_misplaced_notebooks_are_invalid(batch, student, words):
    out = _status(batch, student)
    assert out.status == "invalid" and words in out.reason, out.summary
    assert batch[0].test_points(student) == 0


def test_missing_submissions_are_reported_as_missing(batch):
    course = batch[0]
    rows = (course.root / "grades.csv").read_text().splitlines()
    by_student = {line.split(",")[3]: line for line in rows[1:]}
    assert ",missing," in by_student["never-submitted"]
    assert ",missing," in by_student["no-notebook"]


def test_hostile_submissions_do_not_stop_the_batch_and_are_not_modified(batch):
    course, result, _, before, _ = batch
    graded = {o.student for o in result.outcomes}
    assert len(graded) >= 30
    assert all(not o.transient for o in result.outcomes), [
        o.summary for o in result.outcomes if o.transient
    ]
    assert tree_digest(course.root / "submitted") == before
