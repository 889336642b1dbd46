"""The honest report: a CSV, a terminal summary and an HTML page with plots.

The CSV keeps the columns of ``nbgrader export`` (assignment, duedate, timestamp, student_id,
last_name, first_name, email, raw_score, late_submission_penalty, score, max_score) and adds
``status``, ``reason``, ``seconds`` and ``notes``, so that a crashed, missing, invalid or
tampered submission no longer looks like an honest zero. The HTML page is one self-contained
file (plots are embedded PNG images), readable offline.
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

from aicareer.grading.pipeline import MISSING, STATUSES

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


@dataclass
class Row:
    values: dict
    cells: dict[str, tuple[float | None, float]] = field(default_factory=dict)  # test cells


def collect_rows(
    gb: Gradebook, ledger: dict[tuple[str, str], dict], assignments: list[str] | None = None
) -> list[Row]:
    """One row per assignment and student of the gradebook, as nbgrader's export has them."""
    rows = []
    for assignment in gb.assignments:
        if assignments and assignment.name not in assignments:
            continue
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
                entry = entry or {
                    "status": MISSING,
                    "reason": "no submission",
                    "seconds": 0,
                    "notes": [],
                }
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
                            cells[grade.name] = (grade.auto_score, grade.max_score)
                entry = entry or {
                    "status": "not_graded",
                    "reason": "run aicareer-grade",
                    "seconds": 0,
                    "notes": [],
                }
            values.update(
                status=entry["status"],
                reason=entry["reason"],
                seconds=round(float(entry["seconds"]), 2),
                notes="; ".join(entry.get("notes") or [])[:500],
            )
            rows.append(Row(values, cells))
    return rows


def write_csv(rows: list[Row], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.values.get(k, "") for k in COLUMNS})


def summary_text(rows: list[Row], run: dict | None = None) -> str:
    """The terminal summary: per assignment, how many of each status and the scores."""
    by_assignment: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_assignment[row.values["assignment"]].append(row)
    lines = []
    header = (
        f"{'assignment':<28}{'students':>9}"
        + "".join(f"{s.replace('_grading', ''):>14}" for s in STATUSES)
        + f"{'mean %':>9}"
    )
    lines.append(header)
    for name, group in sorted(by_assignment.items()):
        counts = Counter(r.values["status"] for r in group)
        scored = [r for r in group if r.values["status"] != MISSING and r.values["max_score"]]
        mean = (
            statistics.mean(100 * r.values["score"] / r.values["max_score"] for r in scored)
            if scored
            else 0.0
        )
        lines.append(
            f"{name:<28}{len(group):>9}"
            + "".join(f"{counts.get(s, 0):>14}" for s in STATUSES)
            + f"{mean:>9.1f}"
        )
    problems = [
        r for r in rows if r.values["status"] not in ("graded", "needs_manual_grading", MISSING)
    ]
    if problems:
        lines.append("")
        lines.append("Submissions to look at:")
        for r in problems[:40]:
            v = r.values
            lines.append(f"  {v['assignment']}/{v['student_id']}: {v['status']}: {v['reason']}")
        if len(problems) > 40:
            lines.append(f"  ... and {len(problems) - 40} more (see the CSV)")
    if run:
        lines.append("")
        lines.append(", ".join(f"{k}: {v}" for k, v in run.items()))
    return "\n".join(lines)


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _plots(name: str, group: list[Row]) -> tuple[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = [r for r in group if r.values["status"] != MISSING and r.values["max_score"]]
    fig, ax = plt.subplots(figsize=(5.5, 3))
    values = [100 * r.values["score"] / r.values["max_score"] for r in scored]
    ax.hist(values, bins=[i * 10 for i in range(11)], color="#3b6ea5", edgecolor="white")
    ax.set_xlabel("Score (% of maximum)")
    ax.set_ylabel("Submissions")
    ax.set_title(f"{name}: score distribution (n={len(values)})")
    hist = _png(fig)
    plt.close(fig)

    totals: dict[str, list[bool]] = defaultdict(list)
    for r in scored:
        for gid, (score, maximum) in r.cells.items():
            totals[gid].append(score is not None and maximum > 0 and score >= maximum)
    names = list(totals)
    fig, ax = plt.subplots(figsize=(5.5, 0.35 * max(3, len(names)) + 0.8))
    rates = [100 * sum(totals[n]) / len(totals[n]) for n in names]
    ax.barh(names, rates, color="#5b8c5a")
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("Submissions passing (%)")
    ax.set_title(f"{name}: pass rate per test cell")
    for y, rate in enumerate(rates):
        ax.text(min(rate + 1, 92), y, f"{rate:.0f}%", va="center", fontsize=8)
    bars = _png(fig)
    plt.close(fig)
    return hist, bars


def write_html(rows: list[Row], path: Path, title: str = "Grading report") -> None:
    """Write the self-contained HTML report."""
    esc = html.escape
    by_assignment: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_assignment[row.values["assignment"]].append(row)
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{esc(title)}</title><style>",
        "body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}",
        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
        "padding:3px 8px;text-align:left;font-size:14px}th{background:#eee}",
        ".graded{color:#276b27}.failed,.invalid,.timed_out{color:#a11}.missing{color:#777}",
        ".needs_manual_grading{color:#8a5a00}img{max-width:100%}",
        "</style></head><body>",
        f"<h1>{esc(title)}</h1><p>Made {esc(time.strftime('%Y-%m-%d %H:%M'))}. Statuses: "
        "<b>graded</b> (autograded, nothing to do), <b>needs_manual_grading</b> (answers to "
        "grade by hand in the formgrader), <b>failed</b> (with the reason: a crash, the kernel "
        "died, or tampering), <b>timed_out</b>, <b>missing</b> (no submission), <b>invalid</b> "
        "(not a notebook of this assignment).</p>",
    ]
    parts.append(
        "<h2>Summary</h2><table><tr><th>assignment</th><th>students</th>"
        + "".join(f"<th>{esc(s)}</th>" for s in STATUSES)
        + "<th>mean score</th></tr>"
    )
    for name, group in sorted(by_assignment.items()):
        counts = Counter(r.values["status"] for r in group)
        scored = [r.values["score"] for r in group if r.values["status"] != MISSING]
        mean = statistics.mean(scored) if scored else 0.0
        parts.append(
            f"<tr><td>{esc(name)}</td><td>{len(group)}</td>"
            + "".join(f"<td>{counts.get(s, 0)}</td>" for s in STATUSES)
            + f"<td>{mean:.2f} / {group[0].values['max_score']:g}</td></tr>"
        )
    parts.append("</table>")
    for name, group in sorted(by_assignment.items()):
        hist, bars = _plots(name, group)
        parts.append(f"<h2>{esc(name)}</h2>")
        parts.append(
            f"<img alt='score distribution of {esc(name)}' src='data:image/png;base64,{hist}'>"
        )
        parts.append(
            f"<img alt='pass rate per test cell of {esc(name)}' src='data:image/png;base64,{bars}'>"
        )
        parts.append(
            "<table><tr><th>student</th><th>score</th><th>status</th><th>reason</th>"
            "<th>seconds</th></tr>"
        )
        for r in sorted(group, key=lambda r: r.values["student_id"]):
            v = r.values
            parts.append(
                f"<tr><td>{esc(str(v['student_id']))}</td><td>{v['score']:g} / "
                f"{v['max_score']:g}</td><td class='{esc(v['status'])}'>{esc(v['status'])}</td>"
                f"<td>{esc(str(v['reason']))}</td><td>{v['seconds']}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")
