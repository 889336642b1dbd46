"""Bring an LMS download (a zip of submissions) into ``submitted/`` with nbgrader's zip collect.

:class:`LmsCollector` is a ``FileNameCollectorPlugin`` for nbgrader's ``ZipCollectApp`` that
knows the file names of the common learning-management systems:

========== ===================================================================================
Canvas     ``smithjane_12345_67890_01-topic.ipynb`` (also ``_LATE_``, and ``-1`` on resubmits)
Moodle     ``Jane Smith_12345_assignsubmission_file_01-topic.ipynb``, or a folder of that name
Blackboard ``01-topic_jsmith_attempt_2026-01-30-15-00-00_01-topic.ipynb``
a folder   ``jsmith/01-topic.ipynb`` (any zip with one folder per student)
========== ===================================================================================

Files that match none of these, or whose notebook is not one of the assignment's, are listed
as unmatched, with the reason, and not copied. What the names say about each student's LMS
identity (Canvas's user ID, Moodle's participant id, the name) is kept in ``lms-ids.csv`` of the
course, for the export of grades back to the LMS (:mod:`aicareer.grading.export`).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from nbgrader.plugins import FileNameCollectorPlugin
from traitlets import List as ListTrait

from aicareer.grading.export import remember_lms_ids

PATTERNS = [
    (
        "canvas",
        re.compile(
            r"^(?P<student_id>[a-z][a-z0-9]*)_(?:late_)?(?P<lms_id>\d+)_(?P<submission>\d+)_"
            r"(?P<file_id>.+)$",
            re.IGNORECASE,
        ),
    ),
    (
        "moodle",
        re.compile(r"^(?P<name>[^_/]+)_(?P<lms_id>\d+)_assignsubmission_file_/?(?P<file_id>.+)$"),
    ),
    (
        "blackboard",
        re.compile(
            r"^(?P<assignment>.+?)_(?P<student_id>[A-Za-z0-9.\-]+)_attempt_"
            r"(?P<timestamp>\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})_?(?P<file_id>.*)$"
        ),
    ),
    ("folder", re.compile(r"^(?P<student_id>[A-Za-z0-9._\-]+)/(?P<file_id>[^/]+)$")),
]


def lms_identity(relative: str, lms: str) -> tuple[str, str]:
    """(LMS id, display name) that the file name *relative* of a *lms* download carries.

    >>> lms_identity("smithjane_12345_67890_01-topic.ipynb", "canvas")
    ('12345', '')
    >>> lms_identity("Jane Smith_4242_assignsubmission_file_/01-topic.ipynb", "moodle")
    ('4242', 'Jane Smith')
    """
    pattern = dict(PATTERNS)[lms]
    parts = relative.split("/")
    for text in (parts[-1], "/".join(parts[-2:])):
        m = pattern.match(text)
        if m:
            info = m.groupdict()
            return info.get("lms_id") or "", info.get("name") or ""
    return "", ""


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def match(relative: str, expected: list[str]) -> tuple[dict | None, str]:
    """Return (nbgrader's collect info, LMS name) or (None, why it did not match)."""
    parts = relative.split("/")
    candidates = [parts[-1]]
    if len(parts) >= 2:
        candidates.append("/".join(parts[-2:]))  # Moodle's folders, or one folder per student
    why = "matches no LMS naming (Canvas, Moodle, Blackboard, or student/notebook)"
    for text in candidates:
        for lms, pattern in PATTERNS:
            m = pattern.match(text)
            if not m:
                continue
            info = m.groupdict()
            student = info.get("student_id") or slug(info.get("name", ""))
            file_id = info.get("file_id") or ""
            if lms == "blackboard" and not file_id:
                file_id = f"{info['assignment']}.ipynb"
            stem = file_id[:-6] if file_id.endswith(".ipynb") else file_id
            if expected and stem not in expected:
                base = re.sub(r"-\d+$", "", stem)  # Canvas renames resubmissions x-1.ipynb
                base = re.sub(r"\s*\(\d+\)$", "", base)  # browsers: x (1).ipynb
                if base not in expected:
                    why = (
                        f"a {lms} name, but {file_id!r} is not a notebook of this "
                        f"assignment ({', '.join(expected)})"
                    )
                    continue
                stem = base
            result = {"student_id": student, "file_id": f"{stem}.ipynb"}
            if info.get("timestamp"):
                d = info["timestamp"].split("-")
                result["timestamp"] = f"{'-'.join(d[:3])} {':'.join(d[3:])}"
            return result, lms
    return None, why


class LmsCollector(FileNameCollectorPlugin):
    """nbgrader collector plugin for Canvas, Moodle and Blackboard file names."""

    expected = ListTrait([], help="The assignment's notebook names, without .ipynb").tag(
        config=True
    )
    # Filled by collect() for the report (nbgrader's app keeps no list of what it skipped).
    root: ClassVar[str] = ""
    unmatched: ClassVar[list[tuple[str, str]]] = []
    matched: ClassVar[list[tuple[str, str, str]]] = []
    identities: ClassVar[list[tuple[str, str, str, str]]] = []  # student, lms, lms id, name

    def collect(self, submitted_file: str):
        path = Path(submitted_file)
        if path.suffix not in self.valid_ext:
            if not path.name.startswith("."):
                LmsCollector.unmatched.append((str(path), "not a notebook"))
            return None
        relative = path.relative_to(self.root).as_posix() if self.root else path.name
        info, lms = match(relative, list(self.expected))
        if info is None:
            LmsCollector.unmatched.append((relative, lms))
            return None
        LmsCollector.matched.append((relative, info["student_id"], lms))
        LmsCollector.identities.append((info["student_id"], lms, *lms_identity(relative, lms)))
        return info


@dataclass
class CollectReport:
    matched: list[tuple[str, str, str]] = field(default_factory=list)
    unmatched: list[tuple[str, str]] = field(default_factory=list)


def collect_zip(
    course: Path, assignment: str, archive: Path, notebooks: list[str]
) -> CollectReport:
    """Copy *archive* to ``downloaded/<assignment>/archive`` and run nbgrader's zip collect."""
    from nbgrader.apps.zipcollectapp import ZipCollectApp

    from aicareer.release import load_course_config

    dest = course / "downloaded" / assignment / "archive"
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(archive, dest / archive.name)
    config = load_course_config(course)
    config.ZipCollectApp.collector_plugin = LmsCollector
    config.ZipCollectApp.force = True
    config.ZipCollectApp.strict = True
    config.LmsCollector.expected = notebooks
    config.CourseDirectory.assignment_id = assignment
    LmsCollector.unmatched, LmsCollector.matched, LmsCollector.identities = [], [], []
    LmsCollector.root = str(course / "downloaded" / assignment / "extracted")
    app = ZipCollectApp(config=config)
    app.initialize([])
    app.coursedir.assignment_id = assignment
    app.start()
    remember_lms_ids(course, LmsCollector.identities)
    return CollectReport(list(LmsCollector.matched), list(LmsCollector.unmatched))
