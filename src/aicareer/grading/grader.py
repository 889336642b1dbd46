"""``aicareer-grade``: grade every submission of the course, in parallel, in a sandbox.

    aicareer-grade                       # grade what is new or changed, feedback, CSV, report
    aicareer-grade -a 09-compensation    # one assignment
    aicareer-grade --force               # grade everything again
    aicareer-grade collect DOWNLOAD.zip -a 09-compensation   # LMS zip -> submitted/
    aicareer-grade report                # rewrite the CSV and the HTML report only

Outputs (in the course folder, ``exercises/`` by default): ``autograded/``, ``feedback/``,
``grades.csv`` (nbgrader's export columns plus status, reason, seconds, notes), and
``reports/grading-report.html``. The exit code is 0 when every submission was graded (those
needing manual grading included), 1 when some failed, timed out or were invalid, 2 on a usage or
set-up error (no isolation, another run in progress), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm

from aicareer.environment import put_venv_on_path
from aicareer.grading import pipeline, report, sandbox, store
from aicareer.grading.pipeline import FAILED, GRADED, INVALID, NEEDS_MANUAL, TIMED_OUT

GRADER_VERSION = "1"
LEDGER = "reports/grading-ledger.sqlite"
LOCK = "reports/grading.lock"
REPORT = "reports/grading-report.html"


# -- in the worker processes -----------------------------------------------------------------
_api_cache: dict = {}


def _feedback(job: dict) -> tuple[str, str, bool, str]:
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from aicareer.release import load_course_config

    course = job["course"]
    if course not in _api_cache:
        config = load_course_config(Path(course))
        _api_cache[course] = NbGraderAPI(CourseDirectory(config=config), config=config)
    api = _api_cache[course]
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
class Settings:
    course: Path
    assignments: list[str] = field(default_factory=list)
    students: list[str] = field(default_factory=list)
    workers: int = 0
    force: bool = False
    feedback: bool = True
    unsafe: bool = False
    wait: float = 0.0
    quiet: bool = False
    roster: Path | None = None
    options: pipeline.Options = field(default_factory=pipeline.Options)
    limits: sandbox.Limits = field(default_factory=sandbox.Limits)

    def fingerprint(self) -> str:
        keep = {
            "options": asdict(self.options),
            "limits": asdict(self.limits),
            "version": GRADER_VERSION,
            "unsafe": self.unsafe,
        }
        return json.dumps(keep, sort_keys=True)


@dataclass
class RunResult:
    outcomes: list[pipeline.Outcome] = field(default_factory=list)
    skipped: int = 0
    missing: int = 0
    feedback_failed: list[str] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0
    csv: Path | None = None
    html: Path | None = None
    summary: str = ""

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        bad = [o for o in self.outcomes if o.status in (FAILED, TIMED_OUT, INVALID)]
        return 1 if bad or self.feedback_failed else 0


def _say(settings: Settings, text: str) -> None:
    if not settings.quiet:
        tqdm.write(text, file=sys.stderr)


def _source_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and ".ipynb_checkpoints" not in path.parts:
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _ensure_released(api, gb, coursedir, names: list[str], state: Path, settings: Settings):
    """Run nbgrader's generate_assignment for assignments that are new or whose source changed."""
    known = json.loads(state.read_text()) if state.is_file() else {}
    existing = {a.name for a in gb.assignments}
    ready = []
    for name in names:
        folder = Path(coursedir.format_path(coursedir.source_directory, ".", name))
        digest = _source_hash(folder)
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
    state.write_text(json.dumps(known, indent=1, sort_keys=True))
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


def _lost(job: pipeline.Task, why: str) -> pipeline.Outcome:
    over = why.startswith("over the")
    return pipeline.Outcome(
        job.assignment.name,
        job.student,
        TIMED_OUT if over else FAILED,
        reason=why,
        fingerprint=job.fingerprint,
        seconds=float(job.options.submission_timeout) if over else 0.0,
        transient=not over,
    )


def run(settings: Settings) -> RunResult:
    """Grade the course as *settings* say; see the module docstring."""
    from nbgrader.api import Gradebook
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
    put_venv_on_path()
    result = RunResult()
    with store.course_lock(course / LOCK, wait=settings.wait):
        scratch_root = Path(tempfile.mkdtemp(prefix="aicareer-grade-"))
        scratch_root.chmod(0o711)
        ledger = store.Ledger(course / LEDGER)
        try:
            box.mpl_cache = sandbox.prepare_matplotlib_cache(scratch_root / "mpl")
            api = NbGraderAPI(coursedir, config=config)
            sources = Path(coursedir.root) / coursedir.source_directory
            names = sorted(
                p.name for p in sources.iterdir() if p.is_dir() and not p.name.startswith(".")
            )
            if settings.assignments:
                unknown = sorted(set(settings.assignments) - set(names))
                if unknown:
                    raise SystemExit(f"no such assignment in {sources}: {', '.join(unknown)}")
                names = [n for n in names if n in settings.assignments]
            with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
                names = _ensure_released(
                    api,
                    gb,
                    coursedir,
                    names,
                    course / "reports" / "released-sources.json",
                    settings,
                )
                infos = {n: store.assignment_info(gb, coursedir, n) for n in names}
                students = _students(gb, coursedir, settings)
            tasks = []
            cfg = json.loads(json.dumps(config, default=str))
            for name in names:
                for student in students:
                    folder = Path(
                        coursedir.format_path(coursedir.submitted_directory, student, name)
                    )
                    if not folder.is_dir():
                        result.missing += 1
                        continue
                    fp = pipeline.fingerprint(folder, infos[name], settings.fingerprint())
                    entry = ledger.get(name, student)
                    autograded = Path(
                        coursedir.format_path(coursedir.autograded_directory, student, name)
                    )
                    if (
                        not settings.force
                        and entry
                        and entry["fingerprint"] == fp
                        and (autograded.is_dir() or entry["status"] == INVALID)
                    ):
                        result.skipped += 1
                        continue
                    scratch = scratch_root / f"{name}--{student}"
                    tasks.append(
                        pipeline.Task(
                            infos[name],
                            student,
                            str(folder),
                            coursedir.db_url,
                            cfg,
                            box,
                            settings.options,
                            str(scratch),
                            fp,
                        )
                    )
            workers = settings.workers or os.cpu_count() or 1
            _say(
                settings,
                f"{len(tasks)} submission(s) to grade, {result.skipped} up to date, "
                f"{result.missing} missing; {min(workers, max(1, len(tasks)))} "
                "worker(s)",
            )
            result.interrupted = _grade_all(tasks, workers, coursedir, ledger, settings, result)
            if settings.feedback and not result.interrupted:
                result.interrupted = _feedback_all(result, workers, course, settings)
            with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
                rows = report.collect_rows(gb, ledger.all())
                for outcome in result.outcomes:  # this run's word on transient failures
                    for row in rows:
                        v = row.values
                        if (v["assignment"], v["student_id"]) == (
                            outcome.assignment,
                            outcome.student,
                        ):
                            v.update(
                                status=outcome.status,
                                reason=outcome.reason,
                                seconds=outcome.seconds,
                            )
            result.csv = course / "grades.csv"
            report.write_csv(rows, result.csv)
            result.html = course / REPORT
            report.write_html(rows, result.html)
            result.seconds = round(time.monotonic() - start, 1)
            result.summary = report.summary_text(
                rows,
                {
                    "graded now": len(result.outcomes),
                    "up to date": result.skipped,
                    "wall time": f"{result.seconds} s",
                },
            )
        finally:
            ledger.close()
            shutil.rmtree(scratch_root, ignore_errors=True)
    return result


def _grade_all(tasks, workers, coursedir, ledger, settings, result) -> bool:
    from nbgrader.api import Gradebook

    if not tasks:
        return False
    bar = tqdm(
        total=len(tasks),
        unit="submission",
        disable=settings.quiet,
        file=sys.stderr,
        dynamic_ncols=True,
    )
    pool = pipeline_pool(workers)
    gb = Gradebook(coursedir.db_url, coursedir.course_id)

    def on_result(task, outcome):
        if isinstance(outcome, tuple):  # not expected from a grading job
            return
        try:
            store.save(gb, coursedir, outcome)
        except Exception as err:  # the gradebook refused: keep it out of the ledger
            outcome.status, outcome.reason = FAILED, f"could not record: {err}"
            outcome.transient = True
        if not outcome.transient:
            ledger.put(outcome)
        result.outcomes.append(outcome)
        bar.update(1)
        bar.set_postfix_str(f"{outcome.student}: {outcome.status} {outcome.seconds:.1f}s")
        if outcome.status not in (GRADED, NEEDS_MANUAL):
            _say(settings, f"{outcome.assignment}/{outcome.student}: {outcome.summary}")

    try:
        pool.run(tasks, on_result, _lost, deadline=lambda t: t.options.submission_timeout + 30)
    except KeyboardInterrupt:
        pool.close()
        _say(
            settings,
            f"\ninterrupted: {len(result.outcomes)} graded and recorded, "
            f"{len(tasks) - len(result.outcomes)} left; run again to continue",
        )
        return True
    finally:
        bar.close()
        gb.close()
    return False


def _feedback_all(result, workers, course, settings) -> bool:
    jobs = [
        {"course": str(course), "assignment": o.assignment, "student": o.student}
        for o in result.outcomes
        if o.notebooks and not o.transient
    ]
    if not jobs:
        return False
    bar = tqdm(total=len(jobs), unit="feedback", disable=settings.quiet, file=sys.stderr)

    def on_result(job, outcome):
        bar.update(1)
        if isinstance(outcome, tuple) and not outcome[2]:
            result.feedback_failed.append(f"{outcome[0]}/{outcome[1]}: {outcome[3][-300:]}")
        elif not isinstance(outcome, tuple):
            result.feedback_failed.append(f"{job['assignment']}/{job['student']}: {outcome}")

    try:
        pipeline_pool(workers).run(jobs, on_result, lambda job, why: why, deadline=lambda job: 300)
    except KeyboardInterrupt:
        return True
    finally:
        bar.close()
    for line in result.feedback_failed:
        _say(settings, f"feedback failed: {line}")
    return False


def pipeline_pool(workers: int):
    from aicareer.grading.pool import Pool

    return Pool(workers, handle)


# -- command line --------------------------------------------------------------------------
def _default_course() -> Path:
    here = Path.cwd()
    if (here / "nbgrader_config.py").is_file():
        return here
    from aicareer.release import find_repo_root

    return find_repo_root(here) / "exercises"


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
    parser.add_argument(
        "--course",
        type=Path,
        default=None,
        help="the nbgrader course folder (default: exercises/ of this repo)",
    )
    parser.add_argument(
        "-a",
        "--assignment",
        action="append",
        default=[],
        help="grade only this assignment (repeatable)",
    )
    parser.add_argument(
        "-s", "--student", action="append", default=[], help="grade only this student (repeatable)"
    )
    parser.add_argument(
        "-j",
        "--workers",
        type=int,
        default=0,
        help="worker processes (default: the number of cores)",
    )
    parser.add_argument(
        "--force", action="store_true", help="grade again even what has not changed"
    )
    parser.add_argument("--no-feedback", action="store_true", help="skip the HTML feedback")
    parser.add_argument(
        "--timeout",
        type=int,
        default=None,
        help="seconds per cell (default: Execute.timeout of the config, 30)",
    )
    parser.add_argument(
        "--submission-timeout",
        type=int,
        default=600,
        help="seconds per submission before its worker is stopped",
    )
    parser.add_argument("--memory-mb", type=int, default=2048, help="memory per kernel")
    parser.add_argument("--cpu-seconds", type=int, default=120, help="CPU time per kernel")
    parser.add_argument(
        "--processes", type=int, default=128, help="processes and threads per kernel"
    )
    parser.add_argument(
        "--wait", type=float, default=0.0, help="wait this long for another grading run to finish"
    )
    parser.add_argument(
        "--roster",
        type=Path,
        default=None,
        help="a file of student ids (first column), so that whoever did not "
        "submit is reported as missing",
    )
    parser.add_argument(
        "--unsafe",
        action="store_true",
        help="grade without isolation when no sandbox is available (warns)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
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
    from aicareer.release import load_course_config

    timeout = args.timeout
    if timeout is None:
        timeout = int(load_course_config(course).Execute.get("timeout", 30) or 30)
    settings = Settings(
        course=course,
        assignments=args.assignment,
        students=args.student,
        workers=args.workers,
        force=args.force,
        feedback=not args.no_feedback,
        unsafe=args.unsafe,
        wait=args.wait,
        quiet=args.quiet,
        roster=args.roster,
        options=pipeline.Options(timeout=timeout, submission_timeout=args.submission_timeout),
        limits=sandbox.Limits(
            memory_mb=args.memory_mb, cpu_seconds=args.cpu_seconds, processes=args.processes
        ),
    )
    if args.command == "report":
        settings.assignments = ["\0none"]  # nothing to grade: only the outputs
    try:
        if args.command == "report":
            return _report_main(settings)
        result = run(settings)
    except sandbox.IsolationError as err:
        print(f"aicareer-grade: {err}", file=sys.stderr)
        return 2
    except store.LockedError as err:
        print(f"aicareer-grade: {err}", file=sys.stderr)
        return 2
    print(result.summary)
    print(f"Grades: {result.csv}\nReport: {result.html}\nFeedback: {course / 'feedback'}")
    return result.exit_code


def _report_main(settings: Settings) -> int:
    from nbgrader.api import Gradebook
    from nbgrader.coursedir import CourseDirectory

    from aicareer.release import load_course_config

    config = load_course_config(settings.course)
    coursedir = CourseDirectory(config=config)
    ledger = store.Ledger(settings.course / LEDGER)
    with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
        rows = report.collect_rows(gb, ledger.all())
    ledger.close()
    report.write_csv(rows, settings.course / "grades.csv")
    report.write_html(rows, settings.course / REPORT)
    print(report.summary_text(rows))
    return 0


def _export_main(course: Path, args) -> int:
    from aicareer.grading import export

    try:
        return export.run(
            course,
            args.assignment,
            formats=args.lms or export.FORMATS,
            roster=args.roster,
            include_pending=args.include_pending,
            include_failed=args.include_failed,
            title=args.title,
            canvas_id=args.canvas_id,
            blackboard_column=args.blackboard_column,
            out=args.out,
        )
    except export.ExportError as err:
        print(f"aicareer-grade export: {err}", file=sys.stderr)
        return 2


def _collect_main(course: Path, args) -> int:
    from aicareer.grading.collect import collect_zip

    if args.archive is None or len(args.assignment) != 1:
        print("usage: aicareer-grade collect ARCHIVE.zip -a ASSIGNMENT", file=sys.stderr)
        return 2
    name = args.assignment[0]
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
