"""Benchmark: ``aicareer-grade`` against stock serial ``nbgrader autograde`` on the same batch.

    .venv/bin/python benchmarks/bench_grading.py       # 200 submissions of 09-compensation
    .venv/bin/python benchmarks/bench_grading.py --n 20 --topic 01-state-of-the-market

Builds one batch of submissions of a real topic (a third the solution, a third the untouched
student edition, a third with one exercise solved), then grades identical copies of the course
in one run:

1. stock: ``nbgrader autograde TOPIC`` with nbgrader's default settings (serial), in a course
   whose config sets only the gradebook's location;
2. stock with the course's hardened config (``exercises/nbgrader_config.py``: immediate kernel
   shutdown, 30 s cells), for reference;
3. ``aicareer-grade --no-feedback`` (parallel, sandboxed, guarded), default workers.

It checks that the two graders agree on every submission's score, and writes the ratio of wall
times, with the machine, to ``benchmarks/RESULTS-grading.md``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from aicareer import release  # noqa: E402
from aicareer.environment import with_venv_on_path  # noqa: E402

DEFAULT_CONFIG = """from pathlib import Path
c = get_config()
here = Path(__file__).resolve().parent
c.CourseDirectory.root = str(here)
c.CourseDirectory.course_id = "bench"
c.CourseDirectory.db_url = f"sqlite:///{here / 'gradebook.db'}"
"""


def env() -> dict[str, str]:
    e = with_venv_on_path()
    e.setdefault("MPLBACKEND", "Agg")
    return e


def one_exercise(source, released):
    """The student edition with only the first exercise's solution cell filled in."""
    nb = nbformat.from_dict(released)
    first = next(
        c.metadata["nbgrader"]["grade_id"]
        for c in source.cells
        if c.metadata.get("nbgrader", {}).get("solution") and c.cell_type == "code"
    )
    answer = next(
        c.source for c in source.cells if c.metadata.get("nbgrader", {}).get("grade_id") == first
    )
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == first:
            cell.source = answer
    return nb


def build(base: Path, topic: str, n: int) -> Path:
    course = release.copy_course(REPO / "exercises", base / "template", [topic])
    release.generate_assignments(course)
    source = nbformat.read(course / "source" / topic / f"{topic}.ipynb", as_version=4)
    released = nbformat.read(course / "release" / topic / f"{topic}.ipynb", as_version=4)
    kinds = [source, released, one_exercise(source, released)]
    for i in range(n):
        folder = course / "submitted" / f"student-{i:03d}" / topic
        folder.mkdir(parents=True)
        nbformat.write(kinds[i % 3], folder / f"{topic}.ipynb")
    return course


def copy(template: Path, dest: Path, config: str | None = None) -> Path:
    shutil.copytree(template, dest)
    if config is not None:
        (dest / "nbgrader_config.py").write_text(config)
        (dest / "gradebook.db").unlink(missing_ok=True)
    return dest


def timed(cmd: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env(), capture_output=True, text=True)
    return time.perf_counter() - start, proc


def scores(course: Path, topic: str) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        return {s.student.id: s.score for s in gb.find_assignment(topic).submissions}


def machine() -> str:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import nbgrader

    return (
        f"{os.cpu_count()} cores (nproc), {cpu}, Python {platform.python_version()}, "
        f"nbgrader {nbgrader.__version__}, {platform.system()} {platform.release()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topic", default="09-compensation")
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument(
        "--skip-course-config",
        action="store_true",
        help="skip the second stock run (course config)",
    )
    parser.add_argument("--write", type=Path, default=REPO / "benchmarks" / "RESULTS-grading.md")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="bench-grading-"))
    try:
        print(f"building {args.n} submissions of {args.topic} in {base}", flush=True)
        template = build(base, args.topic, args.n)
        runs = {}

        stock = copy(template, base / "stock", DEFAULT_CONFIG)
        subprocess.run(
            [sys.executable, "-m", "nbgrader", "generate_assignment", args.topic, "--force"],
            cwd=stock,
            env=env(),
            capture_output=True,
            check=True,
        )
        print("stock nbgrader autograde (default settings)...", flush=True)
        runs["stock"], proc = timed(
            [sys.executable, "-m", "nbgrader", "autograde", args.topic], stock
        )
        print(f"  {runs['stock']:.1f} s (exit {proc.returncode})", flush=True)

        if not args.skip_course_config:
            hardened = copy(template, base / "hardened")
            print("stock nbgrader autograde (course config)...", flush=True)
            runs["hardened"], proc = timed(
                [sys.executable, "-m", "nbgrader", "autograde", args.topic], hardened
            )
            print(f"  {runs['hardened']:.1f} s (exit {proc.returncode})", flush=True)

        ours = copy(template, base / "ours")
        print("aicareer-grade --no-feedback...", flush=True)
        runs["ours"], proc = timed(
            [
                sys.executable,
                "-m",
                "aicareer.grading.grader",
                "--course",
                str(ours),
                "--no-feedback",
                "-q",
            ],
            ours,
        )
        print(f"  {runs['ours']:.1f} s (exit {proc.returncode})", flush=True)
        if proc.returncode not in (0, 1):
            print(proc.stdout[-3000:], proc.stderr[-3000:])
            return 1

        import csv

        with (ours / "grades.csv").open() as fh:
            rows = [r for r in csv.DictReader(fh) if r["assignment"] == args.topic]
        statuses = {}
        for r in rows:
            statuses[r["status"]] = statuses.get(r["status"], 0) + 1
        odd = [
            f"{r['student_id']}: {r['status']}: {r['reason']}"
            for r in rows
            if r["status"] not in ("graded", "needs_manual_grading")
        ]
        a, b = scores(stock, args.topic), scores(ours, args.topic)
        disagree = sorted(s for s in a if abs(a[s] - b.get(s, -1)) > 1e-9)
        ratio = runs["ours"] / runs["stock"]
        lines = [
            "# Grading benchmark",
            "",
            f"Date: {date.today().isoformat()}. Machine: {machine()}.",
            "",
            f"Batch: {args.n} submissions of `{args.topic}` (a third the reference solution, a "
            "third the untouched student edition, a third with the first exercise solved), "
            "graded from identical copies of the course in one run of "
            "`benchmarks/bench_grading.py`.",
            "",
            "| Grader | Wall time | Per submission |",
            "| --- | ---: | ---: |",
            f"| stock `nbgrader autograde`, default settings, serial | {runs['stock']:.1f} s | "
            f"{runs['stock'] / args.n:.2f} s |",
        ]
        if "hardened" in runs:
            lines.append(
                f"| stock `nbgrader autograde`, course config (immediate shutdown) | "
                f"{runs['hardened']:.1f} s | {runs['hardened'] / args.n:.2f} s |"
            )
        lines += [
            f"| `aicareer-grade --no-feedback` ({os.cpu_count()} workers, sandbox, guard) | "
            f"{runs['ours']:.1f} s | {runs['ours'] / args.n:.2f} s |",
            "",
            f"**Ratio (aicareer-grade / stock default): {ratio:.2f}x** "
            "(target: at most 0.45x at 40 submissions on 2 cores).",
        ]
        if "hardened" in runs:
            lines.append(
                f"Ratio against stock with the course config: "
                f"{runs['ours'] / runs['hardened']:.2f}x."
            )
        lines += [
            "",
            f"Scores agree on {args.n - len(disagree)} of {args.n} submissions"
            + (f"; they differ on {disagree[:10]}" if disagree else "")
            + ".",
            f"Statuses from aicareer-grade: {statuses}."
            + (f" Not graded: {odd[:10]}" if odd else ""),
            "",
        ]
        text = "\n".join(lines)
        print(text)
        args.write.write_text(text, encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
