"""The honest report: a CSV, an item analysis, a terminal summary and an HTML page with plots.

The CSV keeps the columns of ``nbgrader export`` (assignment, duedate, timestamp, student_id,
last_name, first_name, email, raw_score, late_submission_penalty, score, max_score) and adds
``status``, ``reason``, ``seconds`` and ``notes``, so that a crashed, missing, invalid or
tampered submission no longer looks like an honest zero; a note ``review: ...`` is what the scan
noticed in the code, for the instructor to read, and never lowered a score. The item analysis
(:mod:`aicareer.grading.items`) goes to its own CSV and to the report. The HTML page is one
self-contained file (plots are embedded PNG images), readable offline; it opens with what was
graded, and an assignment nobody has submitted yet takes one line.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry

from aicareer.grading.items import ItemStats, analyze
from aicareer.grading.model import SUMMARY_STATUSES, Status

NBGRADER_COLUMNS = [
    "assignment",
    "duedate",
    "timestamp",
    "student_id",
    "last_name",
    "first_name",
    "email",
    "raw_score",
    "late_submission_penalty",
    "score",
    "max_score",
]
COLUMNS = [*NBGRADER_COLUMNS, "status", "reason", "seconds", "notes"]
ITEM_COLUMNS = [
    "assignment",
    "grade_id",
    "max_score",
    "submissions",
    "pass_rate",
    "discrimination",
    "flags",
]
# Submissions whose scores come from running the tests: the item analysis counts these.
ANALYSED = (Status.GRADED, Status.NEEDS_MANUAL, Status.TIMED_OUT)
NOTES_CHARACTERS = 500  # of the notes column; the ledger keeps the first 20 notes whole


@dataclass
class Row:
    values: dict
    cells: dict[str, tuple[float | None, float]] = field(default_factory=dict)  # test cells
    notes: list[str] = field(default_factory=list)

    @property
    def status(self) -> Status:
        return self.values["status"]


def _no_entry(status: Status, reason: str) -> dict:
    return {"status": status, "reason": reason, "seconds": 0, "notes": []}


def collect_rows(gb: Gradebook, ledger: dict[tuple[str, str], dict]) -> list[Row]:
    """One row per assignment and student of the gradebook, as nbgrader's export has them."""
    rows = []
    for assignment in gb.assignments:
        solution_ids = {c.name for nb in assignment.notebooks for c in nb.solution_cells}
        for student in gb.students:
            values = {
                "assignment": assignment.name,
                "duedate": assignment.duedate or "",
                "student_id": student.id,
                "last_name": student.last_name or "",
                "first_name": student.first_name or "",
                "email": student.email or "",
                "max_score": assignment.max_score,
            }
            entry = ledger.get((assignment.name, student.id))
            cells: dict[str, tuple[float | None, float]] = {}
            try:
                submission = gb.find_submission(assignment.name, student.id)
            except MissingEntry:
                values.update(timestamp="", raw_score=0.0, late_submission_penalty=0.0, score=0.0)
                entry = entry or _no_entry(Status.MISSING, "no submission")
            else:
                values.update(
                    timestamp=submission.timestamp or "",
                    raw_score=submission.score,
                    late_submission_penalty=submission.late_submission_penalty,
                    score=max(0.0, submission.score - submission.late_submission_penalty),
                )
                for nb in submission.notebooks:
                    for grade in nb.grades:
                        if grade.cell.cell_type == "code" and grade.name not in solution_ids:
                            cells[grade.name] = (grade.score, grade.max_score)
                entry = entry or _no_entry(Status.NOT_GRADED, "run aicareer-grade")
            notes = list(entry.get("notes") or [])
            values.update(
                status=Status(entry["status"]),
                reason=entry["reason"],
                seconds=round(float(entry["seconds"]), 2),
                notes="; ".join(notes)[:NOTES_CHARACTERS],
            )
            rows.append(Row(values, cells, notes))
    return rows


def write_csv(rows: list[Row], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.values.get(k, "") for k in COLUMNS})


def _by_assignment(rows: list[Row]) -> tuple[dict[str, list[Row]], list[str]]:
    """The assignments with at least one submission, and the names of those with none."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row.values["assignment"]].append(row)
    submitted = {n: g for n, g in sorted(groups.items()) if _submitted(g)}
    return submitted, sorted(set(groups) - set(submitted))


def _submitted(group: list[Row]) -> bool:
    return any(r.status is not Status.MISSING for r in group)


def item_stats(group: list[Row]) -> list[ItemStats]:
    """The item analysis of one assignment's rows (see :mod:`aicareer.grading.items`)."""
    scores = {r.values["student_id"]: r.cells for r in group if r.status in ANALYSED and r.cells}
    return analyze(scores)


def write_items_csv(rows: list[Row], path: Path) -> None:
    """The item analysis of every assignment with submissions, one row per test cell."""
    path.parent.mkdir(parents=True, exist_ok=True)
    groups, _ = _by_assignment(rows)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=ITEM_COLUMNS)
        writer.writeheader()
        for name, group in groups.items():
            for s in item_stats(group):
                writer.writerow(
                    {
                        "assignment": name,
                        "grade_id": s.grade_id,
                        "max_score": s.max_score,
                        "submissions": s.submissions,
                        "pass_rate": round(s.pass_rate, 3),
                        "discrimination": ""
                        if s.discrimination is None
                        else round(s.discrimination, 3),
                        "flags": "; ".join(s.flags),
                    }
                )


def _mean_percent(group: list[Row]) -> float | None:
    scored = [r for r in group if r.status is not Status.MISSING and r.values["max_score"]]
    if not scored:
        return None
    return statistics.mean(100 * r.values["score"] / r.values["max_score"] for r in scored)


def summary_text(rows: list[Row], run: dict | None = None) -> str:
    """The terminal summary: per assignment, how many of each status and the scores."""
    groups, empty = _by_assignment(rows)
    lines = [
        f"{'assignment':<28}{'students':>9}"
        + "".join(f"{s.replace('_grading', ''):>14}" for s in SUMMARY_STATUSES)
        + f"{'mean %':>9}"
    ]
    for name, group in groups.items():
        counts = Counter(r.status for r in group)
        mean = _mean_percent(group)
        lines.append(
            f"{name:<28}{len(group):>9}"
            + "".join(f"{counts.get(s, 0):>14}" for s in SUMMARY_STATUSES)
            + (f"{mean:>9.1f}" if mean is not None else f"{'-':>9}")
        )
    if empty:
        lines.append(f"No submission yet: {', '.join(empty)}")
    problems = [r for r in rows if r.status.is_problem]
    if problems:
        lines += ["", "Submissions to look at:"]
        for r in problems[:40]:
            v = r.values
            lines.append(f"  {v['assignment']}/{v['student_id']}: {v['status']}: {v['reason']}")
        if len(problems) > 40:
            lines.append(f"  ... and {len(problems) - 40} more (see the CSV)")
    review = [r for r in rows if any(n.startswith("review: ") for n in r.notes)]
    if review:
        lines += ["", "Code to review (the scan noticed it; scores are not affected):"]
        for r in review[:40]:
            hints = [n.removeprefix("review: ") for n in r.notes if n.startswith("review: ")]
            lines.append(f"  {r.values['assignment']}/{r.values['student_id']}: {hints[0]}")
            if len(hints) > 1:
                lines[-1] += f" (and {len(hints) - 1} more)"
        if len(review) > 40:
            lines.append(f"  ... and {len(review) - 40} more (see the CSV)")
    if run:
        lines += ["", ", ".join(f"{k}: {v}" for k, v in run.items())]
    return "\n".join(lines)


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _score_plot(name: str, group: list[Row]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = [r for r in group if r.status is not Status.MISSING and r.values["max_score"]]
    values = [100 * r.values["score"] / r.values["max_score"] for r in scored]
    fig, ax = plt.subplots(figsize=(5.5, 3))
    ax.hist(values, bins=[i * 10 for i in range(11)], color="#3b6ea5", edgecolor="white")
    ax.set_xlabel("Score (% of maximum)")
    ax.set_ylabel("Submissions")
    ax.set_title(f"{name}: score distribution (n={len(values)})")
    image = _png(fig)
    plt.close(fig)
    return image


def _items_plot(name: str, stats: list[ItemStats]) -> str:
    """Pass rate and discrimination of every test cell, side by side; flagged cells in red."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [s.grade_id for s in stats]
    height = 0.35 * max(3, len(names)) + 1.0
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, height), sharey=True)
    colors = ["#b03a2e" if s.flags else "#5b8c5a" for s in stats]
    left.barh(names, [100 * s.pass_rate for s in stats], color=colors)
    left.set_xlim(0, 100)
    left.set_xlabel("Submissions passing (%)")
    left.set_title(f"{name}: pass rate")
    left.invert_yaxis()
    right.barh(names, [s.discrimination or 0.0 for s in stats], color=colors)
    right.set_xlim(-1, 1)
    right.axvline(0, color="#444", linewidth=0.8)
    right.set_xlabel("Correlation with the rest of the score")
    right.set_title("discrimination")
    for y, s in enumerate(stats):
        if s.discrimination is None:
            right.text(0.02, y, "n/a", va="center", fontsize=8)
    image = _png(fig)
    plt.close(fig)
    return image


STYLE = (
    "body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}"
    "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
    "padding:3px 8px;text-align:left;font-size:14px}th{background:#eee}"
    ".graded{color:#276b27}.failed,.invalid,.timed_out,.flag{color:#a11}.missing{color:#777}"
    ".needs_manual_grading{color:#8a5a00}img{max-width:100%}"
)
STATUS_HELP = (
    "Statuses: <b>graded</b> (autograded, nothing to do), <b>needs_manual_grading</b> (answers "
    "to grade by hand in the formgrader), <b>failed</b> (with the reason: a crash, the kernel "
    "died, or tampering seen while the tests ran), <b>timed_out</b>, <b>missing</b> (no "
    "submission), <b>invalid</b> (not a notebook of this assignment). A note <b>review: ...</b> "
    "is code the scan noticed, for you to read; it never lowered a score."
)
ITEMS_HELP = (
    "Item analysis over the graded submissions: the <b>pass rate</b> of each test cell, and "
    "its <b>discrimination</b>, the correlation between passing it and the rest of the score. "
    "A cell nobody passes, everybody passes, or that discriminates negatively is flagged: "
    "it is often a badly worded exercise or a broken test. If a flagged cell let a wrong answer "
    "through, keep that answer with <code>aicareer-answers --keep NOTEBOOK CELL --slip ... "
    "--name ...</code>, make the test catch it, and <code>make answers</code> proves the fix "
    "(instructor guide, section 7)."
)


def _items_table(stats: list[ItemStats]) -> list[str]:
    esc = html.escape
    parts = [
        "<table><tr><th>test cell</th><th>points</th><th>submissions</th><th>pass rate</th>"
        "<th>discrimination</th><th>flags</th></tr>"
    ]
    for s in stats:
        disc = "n/a" if s.discrimination is None else f"{s.discrimination:.2f}"
        parts.append(
            f"<tr><td>{esc(s.grade_id)}</td><td>{s.max_score:g}</td><td>{s.submissions}</td>"
            f"<td>{100 * s.pass_rate:.0f}%</td><td>{disc}</td>"
            f"<td class='flag'>{esc('; '.join(s.flags))}</td></tr>"
        )
    parts.append("</table>")
    return parts


def _assignment_section(name: str, group: list[Row]) -> list[str]:
    esc = html.escape
    parts = [f"<h2>{esc(name)}</h2>"]
    parts.append(
        f"<img alt='score distribution of {esc(name)}' "
        f"src='data:image/png;base64,{_score_plot(name, group)}'>"
    )
    stats = item_stats(group)
    if stats:
        parts.append(f"<h3>Test cells</h3><p>{ITEMS_HELP}</p>")
        parts.append(
            f"<img alt='item analysis of {esc(name)}' "
            f"src='data:image/png;base64,{_items_plot(name, stats)}'>"
        )
        parts += _items_table(stats)
    parts.append(
        "<h3>Students</h3><table><tr><th>student</th><th>score</th><th>status</th>"
        "<th>reason</th><th>seconds</th><th>notes</th></tr>"
    )
    for r in sorted(group, key=lambda r: (r.status is Status.MISSING, r.values["student_id"])):
        v = r.values
        parts.append(
            f"<tr><td>{esc(str(v['student_id']))}</td><td>{v['score']:g} / "
            f"{v['max_score']:g}</td><td class='{esc(v['status'])}'>{esc(v['status'])}</td>"
            f"<td>{esc(str(v['reason']))}</td><td>{v['seconds']}</td>"
            f"<td>{esc(v['notes'])}</td></tr>"
        )
    parts.append("</table>")
    return parts


def write_html(rows: list[Row], path: Path, title: str = "Grading report") -> None:
    """Write the self-contained HTML report."""
    esc = html.escape
    groups, empty = _by_assignment(rows)
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{esc(title)}</h1><p>Made {esc(time.strftime('%Y-%m-%d %H:%M'))}. {STATUS_HELP}</p>",
        "<h2>Summary</h2><table><tr><th>assignment</th><th>students</th>"
        + "".join(f"<th>{esc(s)}</th>" for s in SUMMARY_STATUSES)
        + "<th>mean score</th></tr>",
    ]
    for name, group in groups.items():
        counts = Counter(r.status for r in group)
        scored = [r.values["score"] for r in group if r.status is not Status.MISSING]
        parts.append(
            f"<tr><td><a href='#{esc(name)}'>{esc(name)}</a></td><td>{len(group)}</td>"
            + "".join(f"<td>{counts.get(s, 0)}</td>" for s in SUMMARY_STATUSES)
            + f"<td>{statistics.mean(scored):.2f} / {group[0].values['max_score']:g}</td></tr>"
        )
    parts.append("</table>")
    if empty:
        parts.append(f"<p>No submission yet: {esc(', '.join(empty))}.</p>")
    for name, group in groups.items():
        parts.append(f"<div id='{esc(name)}'>")
        parts += _assignment_section(name, group)
        parts.append("</div>")
    parts.append("</body></html>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")
