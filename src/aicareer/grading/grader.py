"""``aicareer-grade``: grade every submission of the course, in parallel, in a sandbox.

    aicareer-grade                       # grade what is new or changed, feedback, CSV, report
    aicareer-grade -a 09-compensation    # one assignment
    aicareer-grade --force               # grade everything again
    aicareer-grade collect DOWNLOAD.zip -a 09-compensation   # LMS zip -> submitted/
    aicareer-grade report                # rewrite the CSV and the HTML report only

Outputs (in the course folder, ``exercises/`` by default): ``autograded/``, ``feedback/``,
``grades.csv`` (nbgrader's export columns plus status, reason, seconds, notes; a note
``review: ...`` is what the scan noticed, never a reason for a lower score),
``reports/item-analysis.csv`` (pass rate and discrimination of every test cell) and
``reports/grading-report.html``. The exit code is 0 when every submission was graded (those
needing manual grading included), 1 when some failed, timed out or were invalid, 2 on a usage or
set-up error (no isolation, another run in progress, a gradebook it cannot use), 130 when
interrupted.

The gradebook is the course folder's SQLite file unless the environment variable
``AICAREER_GRADEBOOK_URL`` names another database (``nbgrader_config.py`` reads it, so nbgrader's
own commands see the same one): a PostgreSQL gradebook that runs on several machines share,
claiming submissions so that none is graded twice (:mod:`aicareer.grading.database`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import MISSING, asdict, dataclass, field, fields
from pathlib import Path

from tqdm import tqdm

from aicareer.environment import put_venv_on_path
from aicareer.grading import cluster, database, pipeline, report, sandbox, store
from aicareer.grading.assignment import assignment_info
from aicareer.grading.files import hash_folder
from aicareer.grading.model import Limits, Loss, LossKind, Options, Outcome, Settings, Status
from aicareer.grading.pool import Pool

GRADER_VERSION = "2"
LEDGER = "reports/grading-ledger.sqlite"
LOCK = "reports/grading.lock"
REPORT = "reports/grading-report.html"
ITEMS = "reports/item-analysis.csv"
RELEASED = "reports/released-sources.json"


# -- in the worker processes -----------------------------------------------------------------
_api_cache: dict = {}


def _feedback(job: dict) -> tuple[str, str, bool, str]:
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from aicareer.release import load_course_config

    course = job["course"]
    if (course, job["db_url"]) not in _api_cache:
        config = load_course_config(Path(course))
        # The grading process's gradebook, whatever this worker's environment says.
        config.CourseDirectory.db_url = job["db_url"]
        api = NbGraderAPI(CourseDirectory(config=config), config=config)
        _api_cache[(course, job["db_url"])] = api
    api = _api_cache[(course, job["db_url"])]
    result = api.generate_feedback(job["assignment"], job["student"], force=True)
    return job["assignment"], job["student"], bool(result.get("success")), result.get("error") or ""


def handle(job, slot: int):
    """The worker's entry point: a grading task or a feedback job."""
    if isinstance(job, pipeline.Task):
        job.slot = slot
        return pipeline.grade(job)
    return _feedback(job)


# -- in the grading process ------------------------------------------------------------------
@dataclass
class RunResult:
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: int = 0
    elsewhere: int = 0  # claimed or graded by another run against the same shared gradebook
    missing: int = 0
    feedback_failed: list[str] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0
    csv: Path | None = None
    html: Path | None = None
    items: Path | None = None
    summary: str = ""

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        bad = [o for o in self.outcomes if o.status.is_problem]
        return 1 if bad or self.feedback_failed else 0


def fingerprint_of(settings: Settings) -> str:
    """What of the settings decides a grade: a change grades everything again."""
    keep = {
        "options": asdict(settings.options),
        "limits": asdict(settings.limits),
        "version": GRADER_VERSION,
        "unsafe": settings.unsafe,
    }
    return json.dumps(keep, sort_keys=True)


def _say(settings: Settings, text: str) -> None:
    if not settings.quiet:
        tqdm.write(text, file=sys.stderr)


class Interrupt:
    """Ctrl-C as a flag: the run stops at the next safe point, never in the middle of a write."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def __call__(self, signum=None, frame=None) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    @contextlib.contextmanager
    def installed(self) -> Iterator[Interrupt]:
        """Catch SIGINT meanwhile (in the main thread only: elsewhere Python cannot)."""
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = signal.signal(signal.SIGINT, self)
        try:
            yield self
        finally:
            signal.signal(signal.SIGINT, previous)


def _ensure_released(
    api, gb, coursedir, names: list[str], state: database.State, settings: Settings
):
    """Run nbgrader's generate_assignment for assignments that are new or whose source changed."""
    known = state.released()
    existing = {a.name for a in gb.assignments}
    ready = []
    for name in names:
        folder = Path(coursedir.format_path(coursedir.source_directory, ".", name))
        digest = hash_folder(folder).hexdigest()
        if name in existing and known.get(name) == digest:
            ready.append(name)
            continue
        result = api.generate_assignment(name, force=True, create=True)
        if not result.get("success"):
            _say(
                settings,
                f"cannot release {name}; it is skipped:\n{result.get('error') or ''}"
                f"{result.get('log', '')[-2000:]}",
            )
            continue
        known[name] = digest
        ready.append(name)
    state.set_released(known)
    return ready


def _students(gb, coursedir, settings: Settings) -> list[str]:
    submitted = Path(coursedir.root) / coursedir.submitted_directory
    found = {s.id for s in gb.students}
    if submitted.is_dir():
        found |= {p.name for p in submitted.iterdir() if p.is_dir() and not p.name.startswith(".")}
    if settings.roster:
        for line in settings.roster.read_text(encoding="utf-8").splitlines():
            sid = line.split(",")[0].strip()
            if sid and sid.lower() not in ("student_id", "id"):
                found.add(sid)
                gb.update_or_create_student(sid)
    if settings.students:
        found &= set(settings.students)
    return sorted(found)


def _lost(job: pipeline.Task, loss: Loss) -> Outcome:
    """The outcome of a submission whose worker did not finish it."""
    overdue = loss.kind is LossKind.OVERDUE
    return Outcome(
        job.assignment.name,
        job.student,
        Status.TIMED_OUT if overdue else Status.FAILED,
        reason=str(loss),
        fingerprint=job.fingerprint,
        seconds=float(job.options.submission_timeout) if overdue else 0.0,
        transient=not overdue,
    )


def _announce_isolation(box: sandbox.Sandbox, settings: Settings) -> None:
    if box.isolated:
        who = f"user ids {box.uid}+" if box.uid is not None else "your user id, in a user namespace"
        _say(
            settings,
            f"isolation: bubblewrap sandbox ({who}), no network; limits: "
            f"{box.limits.memory_mb} MB, {box.limits.cpu_seconds} s CPU, "
            f"{box.limits.processes} processes, {box.limits.file_size_mb} MB files",
        )
    else:
        _say(
            settings,
            "WARNING: grading WITHOUT isolation (--unsafe): student code runs as "
            "you and can read the gradebook, the solutions and other submissions.",
        )


def _assignment_names(coursedir, settings: Settings) -> list[str]:
    sources = Path(coursedir.root) / coursedir.source_directory
    names = sorted(p.name for p in sources.iterdir() if p.is_dir() and not p.name.startswith("."))
    if settings.assignments:
        unknown = sorted(set(settings.assignments) - set(names))
        if unknown:
            raise SystemExit(f"no such assignment in {sources}: {', '.join(unknown)}")
        names = [n for n in names if n in settings.assignments]
    return names


@dataclass
class _Plan:
    """What a run has to grade, and what it found it need not."""

    tasks: list[pipeline.Task]
    skipped: int
    missing: int


def _plan(
    api, config, coursedir, box, state: database.State, scratch_root: Path, settings: Settings
) -> _Plan:
    from nbgrader.api import Gradebook

    with state.writing(), Gradebook(coursedir.db_url, coursedir.course_id) as gb:
        names = _ensure_released(
            api, gb, coursedir, _assignment_names(coursedir, settings), state, settings
        )
        infos = {n: assignment_info(gb, coursedir, n) for n in names}
        students = _students(gb, coursedir, settings)
    if settings.options.cell_timeout:
        config.Execute.timeout = settings.options.cell_timeout
    worker_config = json.loads(json.dumps(config, default=str))
    settings_print = fingerprint_of(settings)
    plan = _Plan([], 0, 0)
    for name in names:
        for student in students:
            folder = Path(coursedir.format_path(coursedir.submitted_directory, student, name))
            if not folder.is_dir():
                plan.missing += 1
                continue
            fp = pipeline.fingerprint(folder, infos[name], settings_print)
            entry = state.get(name, student)
            autograded = Path(coursedir.format_path(coursedir.autograded_directory, student, name))
            # In a shared gradebook the ledger alone says what is graded: another machine's run
            # wrote that submission's autograded/ and feedback/ in its own course folder.
            up_to_date = (
                entry is not None
                and entry["fingerprint"] == fp
                and (autograded.is_dir() or state.shared or entry["status"] == Status.INVALID)
            )
            if up_to_date and not settings.force:
                plan.skipped += 1
                continue
            plan.tasks.append(
                pipeline.Task(
                    infos[name],
                    student,
                    str(folder),
                    coursedir.db_url,
                    worker_config,
                    box,
                    settings.options,
                    # Short: the kernel's sockets live below it, and a unix socket's path
                    # may not exceed 107 bytes, whatever the student id or the $TMPDIR.
                    str(scratch_root / str(len(plan.tasks))),
                    fp,
                )
            )
    return plan


def run(settings: Settings) -> RunResult:
    """Grade the course as *settings* say; see the module docstring."""
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from sqlalchemy.exc import SAWarning

    from aicareer.release import load_course_config

    # nbgrader's own gradebook code triggers SQLAlchemy autoflush warnings: noise, not news.
    warnings.filterwarnings("ignore", category=SAWarning)
    start = time.monotonic()
    course = settings.course.resolve()
    config = load_course_config(course)
    coursedir = CourseDirectory(config=config)
    box = sandbox.detect(allow_unsafe=settings.unsafe, limits=settings.limits)
    _announce_isolation(box, settings)
    put_venv_on_path()
    result = RunResult()
    interrupt = Interrupt()
    with interrupt.installed(), store.course_lock(course / LOCK, wait=settings.wait):
        workers = settings.workers or os.cpu_count() or 1
        address = cluster.scheduler_address(settings.scheduler)
        pool = cluster.ClusterPool(address, handle, box) if address else Pool(workers, handle)
        scratch_root = Path(tempfile.mkdtemp(prefix="aicareer-grade-", dir=settings.scratch))
        scratch_root.chmod(0o711)
        state = database.open_state(
            coursedir.db_url, coursedir.course_id, course / LEDGER, course / RELEASED
        )
        try:
            # The workers' imports and matplotlib's font cache take seconds: let them run
            # while this process releases assignments and plans the batch.
            pool.start()
            with ThreadPoolExecutor(max_workers=1) as background:
                fonts = background.submit(sandbox.prepare_matplotlib_cache, scratch_root / "mpl")
                api = NbGraderAPI(coursedir, config=config)
                plan = _plan(api, config, coursedir, box, state, scratch_root, settings)
                box.mpl_cache = fonts.result()
            result.skipped, result.missing = plan.skipped, plan.missing
            _say(
                settings,
                f"{len(plan.tasks)} submission(s) to grade, {result.skipped} up to date, "
                f"{result.missing} missing; {min(pool.size, max(1, len(plan.tasks)))} worker(s)"
                + (f" of the Dask cluster at {address}" if address else ""),
            )
            _grade_all(pool, plan.tasks, coursedir, state, settings, result, interrupt)
            if settings.feedback and not interrupt.is_set():
                _feedback_all(result, workers, course, coursedir.db_url, settings, interrupt)
            result.interrupted = interrupt.is_set()
            if result.interrupted:
                left = len(plan.tasks) - len(result.outcomes) - result.elsewhere
                _say(
                    settings,
                    f"\ninterrupted: {len(result.outcomes)} graded and recorded, {left} left; "
                    "run again to continue",
                )
            entries = state.all()
            for outcome in result.outcomes:  # this run's word on transient failures
                entries[(outcome.assignment, outcome.student)] = store.ledger_entry(outcome)
            rows = _write_outputs(course, coursedir, entries, result)
            result.seconds = round(time.monotonic() - start, 1)
            counts = {"graded now": len(result.outcomes), "up to date": result.skipped}
            if state.shared:
                counts["graded by another run"] = result.elsewhere
            result.summary = report.summary_text(
                rows, {**counts, "wall time": f"{result.seconds} s"}
            )
        finally:
            pool.close()
            state.close()
            shutil.rmtree(scratch_root, ignore_errors=True)
    return result


def _write_outputs(course: Path, coursedir, entries: dict, result: RunResult) -> list:
    """The CSV, the item analysis and the HTML report, from the gradebook and the ledger."""
    from nbgrader.api import Gradebook

    with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
        rows = report.collect_rows(gb, entries)
    result.csv, result.items, result.html = course / "grades.csv", course / ITEMS, course / REPORT
    report.write_csv(rows, result.csv)
    report.write_items_csv(rows, result.items)
    report.write_html(rows, result.html)
    return rows


def _grade_all(pool, tasks, coursedir, state, settings, result, interrupt) -> None:
    from nbgrader.api import Gradebook

    if not tasks:
        return
    bar = tqdm(
        total=len(tasks),
        unit="submission",
        disable=settings.quiet,
        file=sys.stderr,
        dynamic_ncols=True,
    )
    gb = Gradebook(coursedir.db_url, coursedir.course_id)

    def admit(task) -> bool:
        """Claim the submission before a worker starts on it (always granted with SQLite)."""
        if state.claim(task.assignment.name, task.student, task.fingerprint, settings.force):
            return True
        result.elsewhere += 1
        bar.update(1)
        return False

    def on_result(task, outcome):
        try:
            with state.writing():
                store.save(gb, coursedir, outcome)
        except Exception as err:  # the gradebook refused: keep it out of the ledger
            outcome.status, outcome.reason = Status.FAILED, f"could not record: {err}"
            outcome.transient = True
        if not outcome.transient:
            state.put(outcome)
        state.unclaim(outcome.assignment, outcome.student)
        result.outcomes.append(outcome)
        bar.update(1)
        bar.set_postfix_str(f"{outcome.student}: {outcome.status} {outcome.seconds:.1f}s")
        if outcome.status.is_problem or outcome.review:
            _say(settings, f"{outcome.assignment}/{outcome.student}: {outcome.summary}")
            for hint in outcome.review:
                _say(settings, f"  review: {hint}")

    try:
        pool.run(
            tasks,
            on_result,
            _lost,
            deadline=lambda t: t.options.submission_timeout,
            stop=interrupt.is_set,
            admit=admit,
        )
    finally:
        bar.close()
        gb.close()


def _feedback_all(result, workers, course, db_url, settings, interrupt) -> None:
    jobs = [
        {"course": str(course), "db_url": db_url, "assignment": o.assignment, "student": o.student}
        for o in result.outcomes
        if o.notebooks and not o.transient
    ]
    if not jobs:
        return
    bar = tqdm(total=len(jobs), unit="feedback", disable=settings.quiet, file=sys.stderr)

    def on_result(job, outcome):
        bar.update(1)
        if isinstance(outcome, Loss):
            result.feedback_failed.append(f"{job['assignment']}/{job['student']}: {outcome}")
        elif not outcome[2]:
            result.feedback_failed.append(f"{outcome[0]}/{outcome[1]}: {outcome[3][-300:]}")

    try:
        Pool(workers, handle).run(
            jobs,
            on_result,
            lambda job, loss: loss,
            deadline=lambda job: settings.options.feedback_timeout,
            stop=interrupt.is_set,
        )
    finally:
        bar.close()
    for line in result.feedback_failed:
        _say(settings, f"feedback failed: {line}")


# -- command line --------------------------------------------------------------------------
def _default_course() -> Path:
    here = Path.cwd()
    if (here / "nbgrader_config.py").is_file():
        return here
    from aicareer.release import find_repo_root

    return find_repo_root(here) / "exercises"


def _add_settings(parser: argparse.ArgumentParser, owner: type, prefix: str = "") -> None:
    """One option per setting of *owner* that has flags, with the setting's default and help."""
    for f in fields(owner):
        flags = f.metadata.get("flags") if f.metadata else None
        if not flags:
            continue
        extra = dict(f.metadata["argparse"])
        if "action" not in extra and "type" not in extra:
            extra["type"] = int
        default = f.default_factory() if f.default_factory is not MISSING else f.default
        parser.add_argument(
            *flags, dest=prefix + f.name, default=default, help=f.metadata["help"], **extra
        )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aicareer-grade",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument(
        "command", nargs="?", default="grade", choices=["grade", "collect", "report", "export"]
    )
    parser.add_argument("archive", nargs="?", type=Path, help="the LMS zip (collect only)")
    _add_settings(parser, Settings)
    _add_settings(parser, Options, "options.")
    _add_settings(parser, Limits, "limits.")
    lms = parser.add_argument_group("export (grades back to the LMS, see aicareer.grading.export)")
    lms.add_argument(
        "--lms",
        action="append",
        choices=["canvas", "moodle", "blackboard"],
        help="the LMS file to write (repeatable; default: all three)",
    )
    lms.add_argument(
        "--include-pending",
        action="store_true",
        help="also export submissions still waiting for hand grading (provisional grades)",
    )
    lms.add_argument(
        "--include-failed",
        action="store_true",
        help="also export failed, invalid and ungraded submissions",
    )
    lms.add_argument("--title", default="", help="the assignment's name in the LMS")
    lms.add_argument("--canvas-id", default="", help="Canvas's assignment id, if it exists")
    lms.add_argument(
        "--blackboard-column", default="", help="the Grade Center column id, if it exists"
    )
    lms.add_argument("--out", type=Path, default=None, help="folder (default: exports/)")
    return parser


def settings_from(args: argparse.Namespace, course: Path) -> Settings:
    """The settings the parsed command line describes."""
    values = vars(args)

    def part(owner: type, prefix: str) -> dict:
        return {f.name: values[prefix + f.name] for f in fields(owner) if prefix + f.name in values}

    settings = Settings(**part(Settings, ""))
    settings.course = course
    settings.options = Options(**part(Options, "options."))
    settings.limits = Limits(**part(Limits, "limits."))
    return settings


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        course = (args.course or _default_course()).resolve()
    except Exception as err:
        print(f"aicareer-grade: {err}", file=sys.stderr)
        return 2
    if args.command == "collect":
        return _collect_main(course, args)
    if args.command == "export":
        return _export_main(course, args)
    settings = settings_from(args, course)
    try:
        if args.command == "report":
            return _report_main(settings)
        result = run(settings)
    except (
        sandbox.IsolationError,
        store.LockedError,
        cluster.ClusterError,
        database.DatabaseError,
    ) as err:
        print(f"aicareer-grade: {err}", file=sys.stderr)
        return 2
    print(result.summary)
    print(
        f"Grades: {result.csv}\nItem analysis: {result.items}\nReport: {result.html}\n"
        f"Feedback: {course / 'feedback'}"
    )
    return result.exit_code


def _report_main(settings: Settings) -> int:
    from nbgrader.coursedir import CourseDirectory

    from aicareer.release import load_course_config

    config = load_course_config(settings.course)
    coursedir = CourseDirectory(config=config)
    state = database.open_state(
        coursedir.db_url, coursedir.course_id, settings.course / LEDGER, settings.course / RELEASED
    )
    try:
        rows = _write_outputs(settings.course, coursedir, state.all(), RunResult())
    finally:
        state.close()
    print(report.summary_text(rows))
    return 0


def _export_main(course: Path, args) -> int:
    from aicareer.grading import export

    try:
        return export.run(
            course,
            args.assignments,
            formats=args.lms or export.FORMATS,
            roster=args.roster,
            include_pending=args.include_pending,
            include_failed=args.include_failed,
            title=args.title,
            canvas_id=args.canvas_id,
            blackboard_column=args.blackboard_column,
            out=args.out,
        )
    except (export.ExportError, database.DatabaseError) as err:
        print(f"aicareer-grade export: {err}", file=sys.stderr)
        return 2


def _collect_main(course: Path, args) -> int:
    from aicareer.grading.collect import collect_zip

    if args.archive is None or len(args.assignments) != 1:
        print("usage: aicareer-grade collect ARCHIVE.zip -a ASSIGNMENT", file=sys.stderr)
        return 2
    name = args.assignments[0]
    folder = course / "source" / name
    notebooks = sorted(p.stem for p in folder.glob("*.ipynb"))
    if not notebooks:
        print(f"aicareer-grade: no notebook in {folder}", file=sys.stderr)
        return 2
    put_venv_on_path()
    rep = collect_zip(course, name, args.archive.resolve(), notebooks)
    for relative, student, lms in rep.matched:
        print(f"collected {relative} -> submitted/{student}/{name}/ ({lms})")
    if rep.unmatched:
        print(f"\n{len(rep.unmatched)} file(s) NOT collected (no student could be matched):")
        for relative, why in rep.unmatched:
            print(f"  {relative}: {why}")
    print(f"\n{len(rep.matched)} collected, {len(rep.unmatched)} not collected")
    return 1 if rep.unmatched else 0


if __name__ == "__main__":
    raise SystemExit(main())
