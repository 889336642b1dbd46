"""Benchmark: one batch graded with the SQLite gradebook and with a PostgreSQL one, in one run.

    .venv/bin/python benchmarks/bench_grading_postgres.py            # 12 submissions, 2 rounds
    .venv/bin/python benchmarks/bench_grading_postgres.py --n 30 --topic 01-state-of-the-market

Builds one batch (as ``benchmarks/bench_grading.py`` does: a third the solution, a third the
student edition, a third with one exercise solved), then grades identical copies of the course
with ``aicareer-grade --no-feedback``: once with the course folder's SQLite gradebook, once with a
fresh database on a PostgreSQL server that this script starts on 127.0.0.1 with the server's
default (durable) settings (``tests/postgres_server.py``), and then once more each with nothing
left to grade (the cost of planning against each database). The rounds alternate which database
goes first, so a change of the machine's load does not favor one.

Wall times on a shared machine move with its load more than with the database, so the grading
process also measures its own database work (``--grade`` mode, in the child): every SQL statement
through SQLAlchemy (nbgrader's gradebook, and the grader's ledger on PostgreSQL; the SQLite
ledger uses ``sqlite3`` and is not counted) with its time, and the time spent recording outcomes
(``store.save`` with its commits, plus the ledger row). Writes the ratios to
``benchmarks/RESULTS-postgres.md``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests"), str(REPO / "benchmarks")]

from bench_grading import build, copy, env, machine  # noqa: E402
from postgres_server import Server  # noqa: E402

from aicareer.grading.database import GRADEBOOK_URL  # noqa: E402


def grade_here(course: str) -> int:
    """``--grade`` mode: ``aicareer-grade --no-feedback`` in this process, its database work timed.

    Prints the summary, then a JSON line: statements, their seconds, and the seconds spent
    recording outcomes.
    """
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from aicareer.grading import database, grader, store

    spent = {"statements": 0, "statement_s": 0.0, "recording_s": 0.0}

    @event.listens_for(Engine, "before_cursor_execute")
    def _start(conn, *args) -> None:
        conn.info["started"] = time.perf_counter()

    @event.listens_for(Engine, "after_cursor_execute")
    def _end(conn, *args) -> None:
        spent["statements"] += 1
        spent["statement_s"] += time.perf_counter() - conn.info.pop("started")

    def timed(function):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent["recording_s"] += time.perf_counter() - start

        return wrapper

    store.save = timed(store.save)
    database.LocalState.put = timed(database.LocalState.put)
    database.PostgresState.put = timed(database.PostgresState.put)
    code = grader.main(["--course", course, "--no-feedback", "-q"])
    print(json.dumps(spent))
    return code


def grade(course: Path, url: str | None) -> tuple[float, str, dict]:
    """Wall time of a ``--grade`` child on *course*, its summary and its database work."""
    environment = env()
    environment.pop(GRADEBOOK_URL, None)
    if url:
        environment[GRADEBOOK_URL] = url
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, __file__, "--grade", str(course)],
        env=environment,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"aicareer-grade failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    summary, spent = proc.stdout.rstrip().rsplit("\n", 1)
    return seconds, summary, json.loads(spent)


def scores(course: Path, topic: str) -> dict[str, tuple[str, str]]:
    with (course / "grades.csv").open(encoding="utf-8") as fh:
        return {
            r["student_id"]: (r["score"], r["status"])
            for r in csv.DictReader(fh)
            if r["assignment"] == topic
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topic", default="09-compensation")
    parser.add_argument("--n", type=int, default=12)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--write", type=Path, default=REPO / "benchmarks" / "RESULTS-postgres.md")
    parser.add_argument("--grade", metavar="COURSE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.grade:
        return grade_here(args.grade)
    base = Path(tempfile.mkdtemp(prefix="bench-postgres-"))
    server = Server(fast=False).start()
    times: dict[str, list[float]] = {"sqlite": [], "postgres": [], "sqlite-up": [], "pg-up": []}
    work: dict[str, list[dict]] = {"sqlite": [], "postgres": []}
    agree = True
    load_before = os.getloadavg()[0]
    try:
        print(f"building {args.n} submissions of {args.topic} in {base}", flush=True)
        template = build(base, args.topic, args.n)
        for r in range(args.rounds):
            order = ["sqlite", "postgres"] if r % 2 == 0 else ["postgres", "sqlite"]
            graded = {}
            for kind in order:
                course = copy(template, base / f"{kind}-{r}")
                url = server.create_database(f"bench_{r}") if kind == "postgres" else None
                seconds, _, spent = grade(course, url)
                again, summary, _ = grade(course, url)
                work[kind].append(spent)
                assert f"up to date: {args.n}" in summary, summary
                times[kind].append(seconds)
                times["sqlite-up" if kind == "sqlite" else "pg-up"].append(again)
                graded[kind] = scores(course, args.topic)
                print(f"round {r + 1} {kind}: {seconds:.1f} s, rerun {again:.1f} s", flush=True)
            agree = agree and graded["sqlite"] == graded["postgres"]
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)
    load_after = os.getloadavg()[0]
    med = {k: statistics.median(v) for k, v in times.items()}
    ratio = med["postgres"] / med["sqlite"]
    rows = [
        ("SQLite file (default)", "sqlite", "sqlite-up"),
        ("PostgreSQL on 127.0.0.1", "postgres", "pg-up"),
    ]
    lines = [
        "# Grading benchmark: SQLite gradebook against PostgreSQL",
        "",
        f"Date: {date.today().isoformat()}. Machine: {machine()}. Server: PostgreSQL "
        f"{server.bin.parent.name} (Debian), default settings (fsync on), on the same machine.",
        "",
        f"Batch: {args.n} submissions of `{args.topic}`, graded by `aicareer-grade --no-feedback` "
        f"({os.cpu_count()} workers) from identical copies of the course, {args.rounds} rounds "
        "alternating which database goes first, in one run of "
        "`benchmarks/bench_grading_postgres.py`; then each run once more with nothing to grade.",
        "",
        "| Gradebook | Batch (median) | Per submission | Rerun, nothing to grade (median) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label, key, up in rows:
        lines.append(
            f"| {label} | {med[key]:.1f} s | {med[key] / args.n:.2f} s | {med[up]:.1f} s |"
        )
    db = {
        kind: {k: statistics.median(w[k] for w in runs) for k in runs[0]}
        for kind, runs in work.items()
    }
    lines += [
        "",
        "The grading process's own database work per batch (median over the rounds):",
        "",
        "| Gradebook | SQL statements | their time | recording outcomes (save + ledger) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label, key, _ in rows:
        d = db[key]
        lines.append(
            f"| {label} | {d['statements']:.0f} | {d['statement_s']:.2f} s | "
            f"{d['recording_s']:.2f} s ({d['recording_s'] / args.n * 1000:.0f} ms per submission) |"
        )
    lines += [
        "",
        f"**Ratio (PostgreSQL / SQLite), batch: {ratio:.2f}x**; "
        f"rerun with nothing to grade: {med['pg-up'] / med['sqlite-up']:.2f}x; "
        "time in SQL statements: "
        f"{db['postgres']['statement_s'] / max(db['sqlite']['statement_s'], 1e-9):.2f}x; "
        "recording outcomes: "
        f"{db['postgres']['recording_s'] / max(db['sqlite']['recording_s'], 1e-9):.2f}x.",
        "",
        "Every run: " + ", ".join(f"{k} {[round(t, 1) for t in v]} s" for k, v in times.items()),
        "",
        f"Scores and statuses agree between the two gradebooks: {'yes' if agree else 'NO'}.",
        "",
        f"Load average (1 min) of the shared machine: {load_before:.1f} at the start, "
        f"{load_after:.1f} at the end; on a machine this busy only the ratio of the medians "
        "means anything, and the reruns (mostly start-up) vary most.",
    ]
    args.write.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0 if agree else 1


if __name__ == "__main__":
    raise SystemExit(main())
