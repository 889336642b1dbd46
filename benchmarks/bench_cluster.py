"""Benchmark: one batch graded by local worker processes and by a loopback Dask cluster.

    .venv/bin/python benchmarks/bench_cluster.py            # 6 submissions of 4 topics
    .venv/bin/python benchmarks/bench_cluster.py --per-topic 3 --topics 01-state-of-the-market

Builds one batch of submissions of several real topics (in turn the solution, the untouched
student edition, the first exercise solved, as ``bench_grading.py`` does), starts a
``dask scheduler`` and two ``dask worker`` processes (one thread each) on 127.0.0.1, then grades
identical copies of the course in one run:

1. ``aicareer-grade --no-feedback -j 2``: two local worker processes;
2. ``aicareer-grade --no-feedback --scheduler FILE``: the two Dask workers.

It checks that both give every submission the same score and status, and writes the wall times,
their ratio and what the cluster costs per submission over local workers, with the machine, to
``benchmarks/RESULTS-cluster.md``. The cluster is started before either run and is not timed:
an instructor's cluster runs before the deadline's batch.
"""

from __future__ import annotations

import argparse
import csv
import os
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
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_grading import copy, env, machine, one_exercise, timed  # noqa: E402

from aicareer import release  # noqa: E402
from aicareer.environment import venv_bin  # noqa: E402

TOPICS = [
    "01-state-of-the-market",
    "05-specialization-tracks",
    "09-compensation",
    "13-multi-year-path",
]


def build(base: Path, topics: list[str], per_topic: int) -> Path:
    course = release.copy_course(REPO / "exercises", base / "template", topics)
    release.generate_assignments(course)
    for topic in topics:
        source = nbformat.read(course / "source" / topic / f"{topic}.ipynb", as_version=4)
        released = nbformat.read(course / "release" / topic / f"{topic}.ipynb", as_version=4)
        kinds = [source, released, one_exercise(source, released)]
        for i in range(per_topic):
            folder = course / "submitted" / f"student-{i:03d}" / topic
            folder.mkdir(parents=True)
            nbformat.write(kinds[i % 3], folder / f"{topic}.ipynb")
    return course


def start_cluster(folder: Path) -> tuple[Path, list[subprocess.Popen], float]:
    """A scheduler and two one-thread workers on loopback; the scheduler file and start time."""
    from distributed import Client

    start = time.perf_counter()
    dask = str(Path(venv_bin()) / "dask")
    file = folder / "scheduler.json"
    where = ["--host", "127.0.0.1", "--no-dashboard"]
    one = ["--nworkers", "1", "--nthreads", "1"]
    log = (folder / "cluster.log").open("w")
    procs = [
        subprocess.Popen(
            [dask, "scheduler", *where, "--port", "0", "--scheduler-file", str(file)],
            env=env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    ]
    while not file.is_file():
        time.sleep(0.2)
    for i in range(2):
        own = ["--name", f"w{i}", "--local-directory", str(folder / f"w{i}")]
        procs.append(
            subprocess.Popen(
                [dask, "worker", "--scheduler-file", str(file), *where, *one, *own],
                env=env(),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
    with Client(scheduler_file=str(file), timeout=60, set_as_default=False) as client:
        client.wait_for_workers(2, timeout=300)
    return file, procs, time.perf_counter() - start


def results(course: Path) -> dict[tuple[str, str], tuple[str, str, str]]:
    """Per submission: the seconds its grading took on its worker, its status, its score."""
    with (course / "grades.csv").open() as fh:
        return {
            (r["assignment"], r["student_id"]): (r["seconds"] or "0", r["status"], r["score"])
            for r in csv.DictReader(fh)
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topics", nargs="+", default=TOPICS)
    parser.add_argument("--per-topic", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=2, help="local and cluster runs, in turn")
    parser.add_argument("--write", type=Path, default=REPO / "benchmarks" / "RESULTS-cluster.md")
    args = parser.parse_args()
    n = args.per_topic * len(args.topics)
    base = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    procs: list[subprocess.Popen] = []
    try:
        print(f"building {n} submissions of {', '.join(args.topics)} in {base}", flush=True)
        template = build(base, args.topics, args.per_topic)
        print("starting a dask scheduler and two workers on 127.0.0.1...", flush=True)
        file, procs, startup = start_cluster(base)
        print(f"  {startup:.1f} s", flush=True)
        runs: dict[str, list[float]] = {"local": [], "cluster": []}
        inside: dict[str, list[float]] = {"local": [], "cluster": []}
        courses: dict[str, Path] = {}
        modes = {"local": ["-j", "2"], "cluster": ["--scheduler", str(file)]}
        loads = [os.getloadavg()[0]]
        # Local and cluster in turn, several rounds: a shared machine's load drifts.
        for round_ in range(args.rounds):
            for mode, extra in modes.items():
                courses[mode] = copy(template, base / f"{mode}-{round_}")
                cmd = [sys.executable, "-m", "aicareer.grading.grader"]
                cmd += ["--course", str(courses[mode]), "--no-feedback", "-q", *extra]
                print(f"round {round_ + 1}: aicareer-grade {' '.join(extra)}...", flush=True)
                seconds, proc = timed(cmd, courses[mode])
                print(f"  {seconds:.1f} s (exit {proc.returncode})", flush=True)
                if proc.returncode not in (0, 1):
                    print(proc.stdout[-3000:], proc.stderr[-3000:])
                    return 1
                runs[mode].append(seconds)
                loads.append(os.getloadavg()[0])
                inside[mode].append(
                    sum(float(s) for s, _st, _sc in results(courses[mode]).values())
                )
        local, remote = results(courses["local"]), results(courses["cluster"])
        disagree = sorted(k for k in local if local[k][1:] != remote.get(k, ())[1:])
        statuses: dict[str, int] = {}
        for _seconds, status, _score in remote.values():
            statuses[status] = statuses.get(status, 0) + 1
        wall = {mode: sum(times) / len(times) for mode, times in runs.items()}
        busy = {mode: sum(times) / len(times) for mode, times in inside.items()}
        ratio = wall["cluster"] / wall["local"]
        extra = (wall["cluster"] - wall["local"]) / n
        lines = [
            "# Grading on a Dask cluster: benchmark",
            "",
            f"Date: {date.today().isoformat()}. Machine: {machine()}.",
            "",
            f"Batch: {n} submissions, {args.per_topic} of each of {', '.join(args.topics)} (in "
            "turn the reference solution, the untouched student edition, the first exercise "
            "solved), graded from identical copies of the course in one run of "
            "`benchmarks/bench_cluster.py`. The cluster is a `dask scheduler` and two "
            "`dask worker --nworkers 1 --nthreads 1` on 127.0.0.1 of the same machine, started "
            f"before the runs ({startup:.1f} s, not counted).",
            "",
            "| Grader | Wall time (each round) | Mean | Per submission | Grading on workers |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        names = {
            "local": "`aicareer-grade --no-feedback -j 2` (two local workers)",
            "cluster": "`aicareer-grade --no-feedback --scheduler FILE` (two Dask workers)",
        }
        for mode, name in names.items():
            each = ", ".join(f"{t:.1f} s" for t in runs[mode])
            lines.append(
                f"| {name} | {each} | {wall[mode]:.1f} s | {wall[mode] / n:.2f} s | "
                f"{busy[mode] / n:.2f} s |"
            )
        lines += [
            "",
            f"**Ratio (cluster / local, mean wall times): {ratio:.2f}x.** The cluster costs "
            f"**{extra:+.2f} s per submission** over local workers (difference of the mean wall "
            f"times / {n}). *Grading on workers* is the mean time one submission took inside its "
            "worker (the `seconds` column of `grades.csv`); the rest of the wall time is the "
            "run's own work (release, planning, recording) and, on the cluster, shipping each "
            "submission to a worker and its outcome back, the scheduler's round trips, and the "
            "connection and worker checks before the first task.",
            "",
            f"Scores and statuses agree on {n - len(disagree)} of {n} submissions"
            + (f"; they differ on {disagree[:10]}" if disagree else "")
            + f". Statuses on the cluster: {statuses}.",
            "",
            "Load average (1 min) of the shared machine before the first run and after each: "
            + ", ".join(f"{x:.1f}" for x in loads)
            + ".",
            "",
        ]
        text = "\n".join(lines)
        print(text)
        args.write.write_text(text, encoding="utf-8")
        return 0
    finally:
        for proc in procs[::-1]:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
