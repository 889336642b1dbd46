"""Grades back to the LMS: the gradebook-import file of Canvas, Moodle and Blackboard, and a
per-question CSV.

``aicareer-grade export -a ASSIGNMENT`` (``make export``) writes, under
``exports/<assignment>/``:

- ``canvas-gradebook.csv``: Canvas's gradebook import, with the columns ``Student, ID, SIS User
  ID, SIS Login ID, Section`` and one assignment column, and the ``Points Possible`` row of
  Canvas's own export. A student is matched by the Canvas user ID seen in the download's file names.
- ``moodle-grading-worksheet.csv``: the file of a Moodle assignment's "Upload grading worksheet",
  with ``Identifier`` (``Participant <id>``, the id in the file names of Moodle's download),
  ``Full name``, ``Email address``, ``Grade``, ``Maximum Grade`` and ``Last modified (grade)``;
  Moodle requires the identifier, the grade and the date.
- ``blackboard-grade-center.csv``: Blackboard Grade Center's "Work Offline > Upload" file, every
  value quoted, students matched by ``Username``, the score column named ``<title> [Total Pts:
  <max> Score]`` (with `` |<column id>`` when given; without it Blackboard adds a new column).
- ``per-question.csv``: one row per submission, one column per graded cell (autograded tests and
  hand-graded answers), for analysis or for posting per-question scores.

Only final grades leave: by default a submission is exported when it is graded with nothing left
to grade by hand. Submissions still waiting for hand grading, and failed, invalid or ungraded
ones, are listed on the terminal and left out (``--include-pending`` and ``--include-failed``
put them in), so no provisional zero reaches a student's LMS record. Students who submitted
nothing are never exported.

LMS ids come from the collect step, which keeps what it read in the file names in
``lms-ids.csv`` of the course; a roster CSV (``--roster``; columns ``student_id`` and any of
``lms_id``, ``name``, ``sis_user_id``, ``sis_login_id``, ``section``, ``email``) fills in or
overrides them. A late penalty is applied the nbgrader way: nbgrader's ``LateSubmissionPlugin``
(set ``c.LateSubmissionPlugin.penalty_method`` in ``nbgrader_config.py``) decides it from the
assignment's due date and the submission's time stamp, and it is shown in its own column.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from aicareer.grading.model import Status

LMS_IDS = "lms-ids.csv"
LMS_ID_COLUMNS = ["student_id", "lms", "lms_id", "name"]
ROSTER_FIELDS = ("lms_id", "name", "sis_user_id", "sis_login_id", "section", "email")
FORMATS = ("canvas", "moodle", "blackboard")
EXPORTED = Status.GRADED  # nothing left to grade
PENDING = Status.NEEDS_MANUAL


class ExportError(ValueError):
    """The export cannot be written; the message says what to do."""


@dataclass
class Person:
    """What an LMS needs to recognise a student."""

    student_id: str
    lms_id: str = ""
    name: str = ""
    lms: str = ""  # the LMS whose download gave lms_id ("" when a roster gave it)
    sis_user_id: str = ""
    sis_login_id: str = ""
    section: str = ""
    email: str = ""


@dataclass
class Submission:
    """One student's final (or, if asked for, provisional) grade on one assignment."""

    person: Person
    status: str
    raw_score: float
    late_penalty: float
    max_score: float
    timestamp: str
    cells: dict[str, float | None] = field(default_factory=dict)

    @property
    def score(self) -> float:
        return max(0.0, self.raw_score - self.late_penalty)


@dataclass
class Export:
    """What the export found: the submissions to write and the ones it left out, with why."""

    assignment: str
    max_score: float
    cell_names: list[str]
    included: list[Submission] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (student, why)
    files: list[Path] = field(default_factory=list)


# --- the LMS ids the collect step saw -----------------------------------------------------------


def remember_lms_ids(course: Path, rows: Iterable[tuple[str, str, str, str]]) -> None:
    """Add (student_id, lms, lms_id, name) rows to ``lms-ids.csv``; a student's newer row wins."""
    path = course / LMS_IDS
    known = {r["student_id"]: r for r in _read_csv(path)} if path.is_file() else {}
    for student_id, lms, lms_id, name in rows:
        known[student_id] = dict(zip(LMS_ID_COLUMNS, (student_id, lms, lms_id, name), strict=True))
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=LMS_ID_COLUMNS)
        writer.writeheader()
        writer.writerows(known[s] for s in sorted(known))


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return [
            {k.strip(): (v or "").strip() for k, v in row.items() if k}
            for row in csv.DictReader(fh)
        ]


def people(course: Path, roster: Path | None = None) -> dict[str, Person]:
    """Student id -> Person, from ``lms-ids.csv`` and then the roster (which wins)."""
    found: dict[str, Person] = {}
    if (course / LMS_IDS).is_file():
        for row in _read_csv(course / LMS_IDS):
            found[row["student_id"]] = Person(
                row["student_id"], row["lms_id"], row["name"], lms=row.get("lms", "")
            )
    if roster is not None:
        if not roster.is_file():
            raise ExportError(f"no roster file at {roster}")
        rows = _read_csv(roster)
        if rows and "student_id" not in rows[0]:
            raise ExportError(f"{roster} needs a 'student_id' column (the nbgrader student id)")
        for row in rows:
            person = found.setdefault(row["student_id"], Person(row["student_id"]))
            for name in ROSTER_FIELDS:
                if row.get(name):
                    setattr(person, name, row[name])
            if row.get("lms_id"):
                person.lms = ""  # the roster's id is the instructor's word: good for any LMS
    return found


# --- reading the gradebook ----------------------------------------------------------------------


def late_penalty(config, student: str, score: float, seconds_late: float) -> float:
    """The penalty nbgrader's LateSubmissionPlugin gives (0 when the work was on time)."""
    if seconds_late <= 0:
        return 0.0
    from nbgrader.plugins import LateSubmissionPlugin

    return float(
        LateSubmissionPlugin(config=config).late_submission_penalty(student, score, seconds_late)
        or 0.0
    )


def notebook_cell_order(course: Path, assignment: str) -> list[str]:
    """Grade ids of the graded cells of *assignment*'s source notebooks, in the order they stand."""
    import nbformat

    names = []
    for path in sorted((course / "source" / assignment).glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if meta.get("grade"):
                names.append(meta["grade_id"])
    return names


def _cell_score(grade) -> float | None:
    """A cell's score: the hand grade if given, else the autograde; None if neither exists yet.

    (nbgrader's ``Grade.score`` shows an answer nobody has graded yet as 0.)
    """
    value = grade.manual_score if grade.manual_score is not None else grade.auto_score
    return None if value is None else float(value)


def gather(
    gb,
    config,
    assignment: str,
    statuses: dict[tuple[str, str], str],
    who: dict[str, Person],
    cell_names: list[str],
    *,
    include_pending: bool = False,
    include_failed: bool = False,
) -> Export:
    """Read *assignment*'s submissions from the gradebook *gb* and decide which to export.

    *statuses* is the grader's status per (assignment, student); a submission with no status was
    never graded by this course's grader and is left out like a failed one.
    """
    from nbgrader.api import MissingEntry

    try:
        record = gb.find_assignment(assignment)
    except MissingEntry:
        raise ExportError(f"the gradebook has no assignment {assignment!r}") from None
    result = Export(assignment, float(record.max_score), list(cell_names))
    for sub in record.submissions:
        student = sub.student.id
        status = statuses.get((assignment, student), "not graded by aicareer-grade")
        if status in (EXPORTED, PENDING):
            # The formgrader clears needs_manual_grade once every answer has its hand grade.
            status = PENDING if sub.needs_manual_grade else EXPORTED
        if status not in (EXPORTED, PENDING):
            if not include_failed:
                result.left_out.append((student, f"{status} (export it with --include-failed)"))
                continue
        elif status == PENDING and not include_pending:
            result.left_out.append((student, "waiting for hand grading (--include-pending)"))
            continue
        person = who.get(student) or Person(student)
        if not person.name:
            person.name = " ".join(p for p in (sub.student.first_name, sub.student.last_name) if p)
        person.email = person.email or (sub.student.email or "")
        cells = {grade.name: _cell_score(grade) for nb in sub.notebooks for grade in nb.grades}
        result.cell_names += [name for name in sorted(cells) if name not in result.cell_names]
        raw = float(sub.score or 0.0)
        result.included.append(
            Submission(
                person=person,
                status={EXPORTED: "final", PENDING: "pending"}.get(status, status),
                raw_score=raw,
                late_penalty=late_penalty(config, student, raw, float(sub.total_seconds_late or 0)),
                max_score=result.max_score,
                timestamp=sub.timestamp.isoformat(sep=" ") if sub.timestamp else "",
                cells=cells,
            )
        )
    result.included.sort(key=lambda s: s.person.student_id)
    return result


# --- writing the files --------------------------------------------------------------------------


def points(value: float) -> str:
    """A score as LMSs read it: two decimals at most, no trailing zeros (``7``, ``6.5``)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def write_canvas(export: Export, path: Path, title: str, canvas_id: str = "") -> Path:
    """Canvas's gradebook import CSV (UTF-8)."""
    column = f"{title} ({canvas_id})" if canvas_id else title
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", column])
        writer.writerow(["    Points Possible", "", "", "", "", points(export.max_score)])
        for s in export.included:
            p, score = s.person, points(s.score)
            canvas_user = lms_id(p, "canvas")
            writer.writerow([p.name, canvas_user, p.sis_user_id, p.sis_login_id, p.section, score])
    return path


def write_moodle(export: Export, path: Path, when: dt.datetime) -> Path:
    """Moodle's grading worksheet CSV (UTF-8), for the assignment's "Upload grading worksheet"."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            [
                "Identifier",
                "Full name",
                "Email address",
                "Grade",
                "Maximum Grade",
                "Last modified (grade)",
            ]
        )
        for s in export.included:
            p = s.person
            writer.writerow(
                [
                    f"Participant {lms_id(p, 'moodle')}",
                    p.name,
                    p.email,
                    points(s.score),
                    points(export.max_score),
                    when.strftime("%Y-%m-%d %H:%M:%S"),
                ]
            )
    return path


def write_blackboard(export: Export, path: Path, title: str, column_id: str = "") -> Path:
    """Blackboard Grade Center's upload CSV: comma-delimited, every value quoted."""
    column = f"{title} [Total Pts: {points(export.max_score)} Score]"
    if column_id:
        column += f" |{column_id}"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(["Last Name", "First Name", "Username", "Student ID", column])
        for s in export.included:
            p = s.person
            first, _, last = p.name.rpartition(" ") if " " in p.name else ("", "", p.name)
            writer.writerow([last, first, p.student_id, p.sis_user_id, points(s.score)])
    return path


def write_per_question(export: Export, path: Path) -> Path:
    """One row per exported submission, one column per graded cell, then the totals."""
    columns = ["student_id", "status", "timestamp", *export.cell_names]
    columns += ["raw_score", "late_penalty", "score", "max_score"]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for s in export.included:
            cells = [
                "" if s.cells.get(c) is None else points(s.cells[c]) for c in export.cell_names
            ]
            writer.writerow(
                [
                    s.person.student_id,
                    s.status,
                    s.timestamp,
                    *cells,
                    points(s.raw_score),
                    points(s.late_penalty),
                    points(s.score),
                    points(s.max_score),
                ]
            )
    return path


def lms_id(person: Person, lms: str) -> str:
    """*person*'s id in *lms*: "" when it is unknown or was seen in another LMS's download."""
    return person.lms_id if person.lms in ("", lms) else ""


def missing_ids(export: Export, lms: str) -> list[str]:
    """Students whose LMS id this format needs but nobody supplied."""
    if lms == "blackboard":  # Blackboard matches by user name, the nbgrader student id
        return []
    return [s.person.student_id for s in export.included if not lms_id(s.person, lms)]


def write(
    export: Export,
    folder: Path,
    formats: Iterable[str],
    *,
    title: str,
    canvas_id: str = "",
    blackboard_column: str = "",
    when: dt.datetime | None = None,
) -> list[Path]:
    """Write the chosen LMS files and the per-question CSV into *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    when = when or dt.datetime.now().replace(microsecond=0)
    written = []
    for lms in formats:
        if lms == "canvas":
            written.append(write_canvas(export, folder / "canvas-gradebook.csv", title, canvas_id))
        elif lms == "moodle":
            written.append(write_moodle(export, folder / "moodle-grading-worksheet.csv", when))
        elif lms == "blackboard":
            path = folder / "blackboard-grade-center.csv"
            written.append(write_blackboard(export, path, title, blackboard_column))
        else:
            raise ExportError(f"unknown LMS {lms!r}: choose from {', '.join(FORMATS)}")
    written.append(write_per_question(export, folder / "per-question.csv"))
    export.files = written
    return written


def run(
    course: Path,
    assignments: list[str],
    *,
    formats: Iterable[str] = FORMATS,
    roster: Path | None = None,
    include_pending: bool = False,
    include_failed: bool = False,
    title: str = "",
    canvas_id: str = "",
    blackboard_column: str = "",
    out: Path | None = None,
) -> int:
    """The ``export`` command: write each assignment's files, say what was left out and why.

    Returns 0, or 1 when a written file lacks an LMS id it needs (the file is still written, with
    an empty id, and the students are named so that a roster can supply them).
    """
    from nbgrader.api import Gradebook
    from nbgrader.coursedir import CourseDirectory

    from aicareer.grading import database
    from aicareer.grading.grader import LEDGER, RELEASED
    from aicareer.release import load_course_config

    if not assignments:
        raise ExportError("name the assignment to export: -a ASSIGNMENT (repeatable)")
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ExportError(f"unknown LMS {', '.join(unknown)}: choose from {', '.join(FORMATS)}")
    config = load_course_config(course)
    where = CourseDirectory(config=config)
    state = database.open_state(where.db_url, where.course_id, course / LEDGER, course / RELEASED)
    try:
        statuses = {key: entry["status"] for key, entry in state.all().items()}
    finally:
        state.close()
    who = people(course, roster)
    code = 0
    with Gradebook(config.CourseDirectory.db_url) as gb:
        for name in assignments:
            export = gather(
                gb,
                config,
                name,
                statuses,
                who,
                notebook_cell_order(course, name),
                include_pending=include_pending,
                include_failed=include_failed,
            )
            folder = (out or course / "exports") / name
            write(
                export,
                folder,
                formats,
                title=title or name,
                canvas_id=canvas_id,
                blackboard_column=blackboard_column,
            )
            print(f"{name}: {len(export.included)} submission(s) exported to {folder}")
            for path in export.files:
                print(f"  {path.name}")
            if export.left_out:
                print(f"  {len(export.left_out)} left out:")
                for student, why in sorted(export.left_out):
                    print(f"    {student}: {why}")
            for lms in formats:
                lacking = missing_ids(export, lms)
                if lacking:
                    code = 1
                    print(
                        f"  {lms}: no LMS id for {', '.join(lacking)}: collect their work from "
                        f"the {lms} download, or give --roster with student_id,lms_id"
                    )
    return code
