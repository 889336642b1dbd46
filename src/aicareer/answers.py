"""Known answers: every wrong answer the course knows stays caught, every right one passes.

For each autograded exercise, the course keeps the wrong answers its authors and instructors know
about, and right answers written in another style than the reference, one file each::

    exercises/answers/<topic>/<grade id of the solution cell>/wrong-<name>.py
    exercises/answers/<topic>/<grade id of the solution cell>/right-<name>.py

A file is the whole replacement text of the solution cell. Its first line says what it is:
``# slip: ...`` for a wrong answer, ``# style: ...`` for a right one.

``aicareer-answers`` (``make answers``) runs a topic's source notebook once, in order, in one
IPython shell. At each solution cell with known answers it forks the process once per answer: the
copy runs the answer in place of the solution, then the code cells that follow up to the next
solution cell (the exercise's test cells), and reports which test cells failed (for a wrong
answer, the first that catches it, or all of them with ``--every-cell``). The original then runs
the reference solution and goes on. A wrong answer must fail at least one test cell of its
exercise; a right answer must pass all of them; the reference must pass all of them too.

Topics run in parallel, one worker process each; answers within a topic share the set-up that came
before their exercise, so a topic costs about one run of its notebook plus a fork per answer.

    >>> Answer.parse_name("wrong-off-by-one.py")
    ('wrong', 'off-by-one')
    >>> Answer.parse_name("notes.txt") is None
    True
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

from aicareer.release import ReleaseError, assignment_ids, find_repo_root

ANSWERS_DIR = Path("exercises") / "answers"
KINDS = {"wrong": "# slip:", "right": "# style:"}
DEFAULT_TIMEOUT = 20.0
# What the course asks of every exercise (see book/authoring.md).
MIN_WRONG = 5
MIN_RIGHT = 1


class AnswersError(ValueError):
    """A known-answers folder is malformed; the message says which file and what to fix."""


@dataclass(frozen=True)
class Answer:
    """One known answer to one solution cell."""

    topic: str
    cell: str
    kind: str  # "wrong" or "right"
    name: str
    note: str  # the slip or the style, from the first line
    source: str
    path: str

    @staticmethod
    def parse_name(filename: str) -> tuple[str, str] | None:
        """Return (kind, name) of an answer file name such as ``wrong-off-by-one.py``."""
        match = re.fullmatch(r"(wrong|right)-([A-Za-z0-9][A-Za-z0-9_.-]*)\.py", filename)
        return (match.group(1), match.group(2)) if match else None

    @property
    def label(self) -> str:
        return f"{self.kind}-{self.name}"


@dataclass
class Verdict:
    """What happened to one answer: the test cells it failed and whether that is as it should be."""

    topic: str
    cell: str
    label: str
    kind: str
    note: str
    tests: list[str]
    failed: list[str]
    error: str = ""  # the answer timed out or crashed the run

    @property
    def ok(self) -> bool:
        if self.kind == "wrong":
            return bool(self.failed or self.error)
        return not self.failed and not self.error


@dataclass
class TopicReport:
    """The verdicts of one topic, and problems of the topic itself (not of one answer)."""

    topic: str
    verdicts: list[Verdict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems and all(v.ok for v in self.verdicts)


# --- finding the answers -------------------------------------------------------------------------


def _nbgrader(cell: nbformat.NotebookNode) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def solution_cells(nb: nbformat.NotebookNode) -> list[str]:
    """Grade ids of the code solution cells of *nb*, in order."""
    return [
        _nbgrader(c)["grade_id"]
        for c in nb.cells
        if c.cell_type == "code" and _nbgrader(c).get("solution")
    ]


def load_answers(folder: Path, topic: str, known_cells: Sequence[str]) -> list[Answer]:
    """Read every answer file under *folder* (``exercises/answers/<topic>``).

    Raises ``AnswersError`` for a sub-folder that names no solution cell of the topic, a file whose
    name is not ``wrong-*.py``/``right-*.py``, or a file without its first-line comment.
    """
    answers: list[Answer] = []
    if not folder.is_dir():
        return answers
    for cell_dir in sorted(p for p in folder.iterdir() if not p.name.startswith(".")):
        if not cell_dir.is_dir() or cell_dir.name not in known_cells:
            raise AnswersError(
                f"{cell_dir}: answers go in a folder named after a solution cell's grade id; "
                f"{topic} has {', '.join(known_cells) or 'no solution cell'}"
            )
        for path in sorted(p for p in cell_dir.iterdir() if not p.name.startswith(".")):
            parsed = Answer.parse_name(path.name)
            if parsed is None:
                raise AnswersError(
                    f"{path}: name an answer file wrong-<name>.py or right-<name>.py"
                )
            kind, name = parsed
            source = path.read_text(encoding="utf-8")
            first = source.splitlines()[0] if source.strip() else ""
            if not first.startswith(KINDS[kind]):
                raise AnswersError(
                    f"{path}: start with a line '{KINDS[kind]} ...' saying what this "
                    f"{kind} answer is"
                )
            note = first[len(KINDS[kind]) :].strip()
            answers.append(Answer(topic, cell_dir.name, kind, name, note, source, str(path)))
    return answers


# --- running one topic (in a worker process) -----------------------------------------------------


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Send what cells print, at the file-descriptor level, to /dev/null."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, devnull):
            os.close(fd)


def _shell():
    """An IPython shell that runs notebook cells, magics included, with no display attached.

    ``%matplotlib inline`` would render every open figure to a PNG after each cell, which is most
    of the cost of a plotting test and shows nobody anything here. The shell keeps the inline
    backend's one visible effect, closing every figure after each cell, and draws nothing.
    """
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    class NotebookShell(InteractiveShell):
        def enable_gui(self, gui=None):  # no GUI event loop is needed
            pass

    config = Config()
    config.HistoryManager.enabled = False  # no history database shared by the forked copies
    shell = NotebookShell.instance(config=config)

    def close_figures() -> None:
        import matplotlib.pyplot as plt

        plt.close("all")

    def matplotlib(line: str) -> None:
        import matplotlib as mpl

        mpl.use("Agg")
        if close_figures not in shell.events.callbacks["post_execute"]:
            shell.events.register("post_execute", close_figures)

    shell.register_magic_function(matplotlib, "line", "matplotlib")
    return shell


def _run(shell, source: str) -> str:
    """Run *source* as a cell; return "" or the error it raised, as ``Name: message``."""
    result = shell.run_cell(source, store_history=False, silent=False)
    error = result.error_before_exec or result.error_in_exec
    return f"{type(error).__name__}: {error}"[:200] if error is not None else ""


def _try_answer(shell, answer: Answer, following, timeout: float, every_cell: bool) -> Verdict:
    """Fork; in the child run *answer* then the *following* cells; return the verdict.

    A wrong answer stops at the first test cell that catches it, unless *every_cell*.
    """
    tests = [_nbgrader(c)["grade_id"] for c in following if _nbgrader(c).get("grade")]
    verdict = Verdict(answer.topic, answer.cell, answer.label, answer.kind, answer.note, tests, [])
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        failed, error = [], ""
        try:
            if crash := _run(shell, answer.source):
                error = f"the answer cell raised {crash}"
            for cell in following:
                if _run(shell, cell.source) and _nbgrader(cell).get("grade"):
                    failed.append(_nbgrader(cell)["grade_id"])
                    if answer.kind == "wrong" and not every_cell:
                        break
        except BaseException as exc:  # anything at all: report it, never escape the fork
            error = f"{type(exc).__name__}: {exc}"
        os.write(write_end, json.dumps({"failed": failed, "error": error}).encode())
        os._exit(0)
    os.close(write_end)
    chunks, deadline = [], time.monotonic() + timeout
    with os.fdopen(read_end, "rb") as pipe:
        while True:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([pipe], [], [], max(left, 0))
            if not ready:
                os.kill(pid, signal.SIGKILL)
                verdict.error = f"timed out after {timeout:g} s"
                break
            chunk = os.read(pipe.fileno(), 65536)
            if not chunk:
                break
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    if not verdict.error:
        if chunks:
            data = json.loads(b"".join(chunks))
            verdict.failed, verdict.error = data["failed"], data["error"]
        else:
            verdict.error = f"the run died (wait status {status})"
    return verdict


def check_topic(
    notebook: Path,
    answers: Sequence[Answer],
    timeout: float = DEFAULT_TIMEOUT,
    every_cell: bool = False,
) -> TopicReport:
    """Run *notebook* once with each answer tried at its solution cell (see the module docstring).

    Runs in this process, which it changes (working folder, IPython shell): call it in a worker.
    """
    nb = nbformat.read(notebook, as_version=4)
    topic = notebook.stem
    report = TopicReport(topic)
    by_cell: dict[str, list[Answer]] = {}
    for answer in answers:
        by_cell.setdefault(answer.cell, []).append(answer)
    os.chdir(notebook.parent)
    shell = _shell()
    code = [c for c in nb.cells if c.cell_type == "code"]
    started = time.monotonic()
    with _quiet():
        for i, cell in enumerate(code):
            meta = _nbgrader(cell)
            if meta.get("solution"):
                following = []
                for later in code[i + 1 :]:
                    if _nbgrader(later).get("solution"):
                        break
                    following.append(later)
                for answer in by_cell.get(meta["grade_id"], []):
                    verdict = _try_answer(shell, answer, following, timeout, every_cell)
                    report.verdicts.append(verdict)
            expected_error = "raises-exception" in cell.get("metadata", {}).get("tags", [])
            if (error := _run(shell, cell.source)) and not expected_error:
                where = meta.get("grade_id") or cell.get("id", f"code cell {i + 1}")
                what = "test cell" if meta.get("grade") else "cell"
                report.problems.append(f"the reference notebook fails in {what} {where}: {error}")
    report.seconds = time.monotonic() - started
    return report


def _counts_problems(topic: str, nb: nbformat.NotebookNode, answers: Sequence[Answer]) -> list[str]:
    """Exercises with fewer known answers than the course asks for."""
    problems = []
    for cell in solution_cells(nb):
        kinds = [a.kind for a in answers if a.cell == cell]
        wrong, right = kinds.count("wrong"), kinds.count("right")
        if wrong < MIN_WRONG or right < MIN_RIGHT:
            problems.append(
                f"{cell} has {wrong} wrong and {right} right answers; keep at least "
                f"{MIN_WRONG} wrong and {MIN_RIGHT} right in {ANSWERS_DIR / topic / cell}/"
            )
    return problems


def _worker(repo: Path, topic: str, timeout: float, every_cell: bool, out: Path) -> None:
    """Entry point of a worker process: check one topic, write its report as JSON to *out*."""
    notebook = repo / "exercises" / "source" / topic / f"{topic}.ipynb"
    report = TopicReport(topic)
    try:
        nb = nbformat.read(notebook, as_version=4)
        answers = load_answers(repo / ANSWERS_DIR / topic, topic, solution_cells(nb))
        counts = _counts_problems(topic, nb, answers)
        report = check_topic(notebook, answers, timeout, every_cell)
        report.problems += counts
    except (AnswersError, OSError, ValueError) as err:
        report.problems.append(str(err))
    out.write_text(json.dumps(asdict(report)), encoding="utf-8")


def keep_answer(repo: Path, submission: Path, cell: str, slip: str, name: str) -> Path:
    """Keep a student's wrong answer that earned points as a known wrong answer; return its file.

    *submission* is a notebook named after its topic (``.../<topic>/<topic>.ipynb``, as nbgrader
    stores it); its cell *cell* becomes ``exercises/answers/<topic>/<cell>/wrong-<name>.py`` with
    the first line ``# slip: <slip>``. Raises ``AnswersError`` if the topic or the cell is unknown,
    the slip is empty, or the file exists already.
    """
    topic = submission.stem
    if topic not in assignment_ids(repo / "exercises"):
        raise AnswersError(f"{submission}: the notebook's name is no topic of this course")
    if not slip.strip() or "\n" in slip:
        raise AnswersError("say in one line what the slip is (--slip)")
    if Answer.parse_name(f"wrong-{name}.py") is None:
        raise AnswersError(f"{name!r} cannot name a file: use letters, digits, '-', '_' or '.'")
    nb = nbformat.read(submission, as_version=4)
    sources = [c.source for c in nb.cells if _nbgrader(c).get("grade_id") == cell]
    if cell not in solution_cells(nb) or not sources:
        raise AnswersError(f"{submission} has no solution cell {cell!r}")
    path = repo / ANSWERS_DIR / topic / cell / f"wrong-{name}.py"
    if path.exists():
        raise AnswersError(f"{path} exists already: choose another --name")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{KINDS['wrong']} {slip.strip()}\n{sources[0].rstrip()}\n", encoding="utf-8")
    return path


# --- the command ---------------------------------------------------------------------------------


def check(
    repo: Path,
    topics: Sequence[str],
    jobs: int = 2,
    timeout: float = DEFAULT_TIMEOUT,
    every_cell: bool = False,
) -> list[TopicReport]:
    """Check *topics* of the course at *repo*, *jobs* topics at a time; reports in topic order.

    A wrong answer is reported with the first test cell that catches it; with *every_cell*, with
    every test cell that does (slower: the rest of its exercise's cells run too).
    """
    env = dict(os.environ, MPLBACKEND="Agg", PYTHONHASHSEED="0")
    reports: dict[str, TopicReport] = {}
    with tempfile.TemporaryDirectory(prefix="aicareer-answers-") as tmp:
        pending, running = list(topics), {}
        while pending or running:
            while pending and len(running) < max(jobs, 1):
                topic = pending.pop(0)
                out = Path(tmp) / f"{topic}.json"
                cmd = [sys.executable, "-m", "aicareer.answers", "--worker", topic]
                cmd += ["--out", str(out), "--repo", str(repo), "--timeout", str(timeout)]
                cmd += ["--every-cell"] if every_cell else []
                running[topic] = (subprocess.Popen(cmd, env=env), out)
            time.sleep(0.05)
            for topic, (proc, out) in list(running.items()):
                if proc.poll() is None:
                    continue
                del running[topic]
                if out.is_file():
                    data = json.loads(out.read_text(encoding="utf-8"))
                    verdicts = [Verdict(**v) for v in data.pop("verdicts")]
                    reports[topic] = TopicReport(verdicts=verdicts, **data)
                else:
                    reports[topic] = TopicReport(
                        topic, problems=[f"the worker died with exit code {proc.returncode}"]
                    )
    return [reports[t] for t in topics]


def format_report(reports: Sequence[TopicReport], verbose: bool = True) -> str:
    """The text the command prints: every answer (or, not verbose, every problem) and a total."""
    lines = []
    for report in reports:
        lines.append(f"{report.topic} ({len(report.verdicts)} answers, {report.seconds:.1f} s)")
        lines += [f"  PROBLEM {p}" for p in report.problems]
        for v in report.verdicts:
            if v.ok and not verbose:
                continue
            if v.kind == "wrong":
                caught = ", ".join(v.failed) or v.error
                missed = ", ".join(v.tests) or "(no test cell follows)"
                state = f"caught by {caught}" if v.ok else f"PASSES {missed}"
            else:
                state = "passes" if v.ok else "FAILS " + (v.error or ", ".join(v.failed))
            lines.append(f"  {v.cell}/{v.label}: {state}  [{v.note}]")
    bad = [v for r in reports for v in r.verdicts if not v.ok]
    problems = sum(len(r.problems) for r in reports)
    good = sum(len(r.verdicts) for r in reports) - len(bad)
    lines.append(f"answers: {good} passed, {len(bad) + problems} failed")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Check the known wrong and right answers of each exercise "
        "(exercises/answers/<topic>/<solution grade id>/{wrong,right}-<name>.py)."
    )
    parser.add_argument("topics", nargs="*", metavar="TOPIC", help="default: every topic")
    parser.add_argument("--repo", type=Path, default=None, help="course root (default: here)")
    parser.add_argument("--jobs", type=int, default=2, help="topics checked at once (default 2)")
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help=f"seconds one answer may run with its tests (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print only what is wrong")
    parser.add_argument(
        "--every-cell",
        action="store_true",
        help="run every test cell after a wrong answer, to list all that catch it "
        "(default: stop at the first)",
    )
    parser.add_argument(
        "--keep",
        nargs=2,
        metavar=("NOTEBOOK", "CELL"),
        help="keep cell CELL of a graded NOTEBOOK as a known wrong answer (with --slip, --name)",
    )
    parser.add_argument("--slip", default="", help="with --keep: what is wrong, in one line")
    parser.add_argument("--name", default="", help="with --keep: the answer's file name part")
    parser.add_argument("--worker", metavar="TOPIC", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        repo = find_repo_root(args.repo)
        if args.worker:
            _worker(repo, args.worker, args.timeout, args.every_cell, args.out)
            return 0
        if args.keep:
            path = keep_answer(repo, Path(args.keep[0]), args.keep[1], args.slip, args.name)
            print(f"kept {path.relative_to(repo)}: now make its exercise's tests catch it")
            return 0
        known = assignment_ids(repo / "exercises")
        unknown = sorted(set(args.topics) - set(known))
        if unknown:
            raise ReleaseError(f"no such topic under exercises/source: {', '.join(unknown)}")
    except (ReleaseError, AnswersError) as err:
        print(f"aicareer-answers: {err}", file=sys.stderr)
        return 2
    reports = check(repo, args.topics or known, args.jobs, args.timeout, args.every_cell)
    print(format_report(reports, verbose=not args.quiet))
    return 0 if all(r.ok for r in reports) else 1


if __name__ == "__main__":
    raise SystemExit(main())
