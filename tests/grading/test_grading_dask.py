"""Grading on a Dask cluster: a real ``dask scheduler`` and two ``dask worker`` processes on
loopback, started and stopped here. The cluster grades as local workers do, survives a worker
killed mid-task, keeps finished grades on Ctrl-C, and an unreachable scheduler is a clear error.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from grading_fixture import Course

from aicareer.environment import venv_bin, with_venv_on_path
from aicareer.grading import grader
from aicareer.grading.cluster import SCHEDULER_ENV, STARTED, scheduler_address, unpack
from aicareer.grading.model import Options

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("dask")]

SLEEPY = """import time
time.sleep({seconds})
def area(r):
    return 0.0"""
ONE_THREAD = ["--nworkers", "1", "--nthreads", "1"]
INSTALL = "the venv's dask and distributed (requirements.txt; run `make venv`)"


def _env() -> dict[str, str]:
    return {**with_venv_on_path(), "MPLBACKEND": "Agg"}


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A scheduler and two one-thread workers on 127.0.0.1; yields the scheduler file."""
    from distributed import Client

    dask = str(Path(venv_bin()) / "dask")
    if not Path(dask).is_file():
        pytest.fail(f"no {dask}: install {INSTALL}")
    root = tmp_path_factory.mktemp("dask")
    file = root / "scheduler.json"
    logs = [open(root / f"{name}.log", "w") for name in ("scheduler", "w0", "w1")]  # noqa: SIM115
    where = ["--host", "127.0.0.1", "--no-dashboard"]
    procs = [
        subprocess.Popen(
            [dask, "scheduler", *where, "--port", "0", "--scheduler-file", str(file)],
            cwd=root,
            env=_env(),
            stdout=logs[0],
            stderr=subprocess.STDOUT,
        )
    ]
    for i in range(2):
        own = ["--name", f"w{i}", "--local-directory", str(root / f"w{i}")]
        procs.append(
            subprocess.Popen(
                [dask, "worker", "--scheduler-file", str(file), *where, *ONE_THREAD, *own],
                cwd=root,
                env=_env(),
                stdout=logs[i + 1],
                stderr=subprocess.STDOUT,
            )
        )
    try:
        deadline = time.monotonic() + 120
        while not file.is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        if not file.is_file():
            pytest.fail(f"dask scheduler did not start: {(root / 'scheduler.log').read_text()}")
        with Client(scheduler_file=str(file), timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield file
    finally:
        _stop(procs[1:] + procs[:1])
        for log in logs:
            log.close()


def _client(cluster: Path):
    from distributed import Client

    return Client(scheduler_file=str(cluster), timeout=60, set_as_default=False)


def _ledger(course: Course) -> dict[str, str]:
    path = course.root / grader.LEDGER
    if not path.exists():
        return {}
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT student, status FROM outcome").fetchall())


def _submit_batch(course: Course) -> None:
    course.submit("reference", course.reference())
    course.submit("stub", course.stub())
    course.submit("loop", course.with_answers({"ex1-solution": "while True:\n    pass"}))
    course.submit("crash", course.with_answers({"ex1-solution": "import os\nos._exit(3)"}))
    course.submit("half", course.with_answers({"ex2-solution": "def mean(xs):\n    return 2.5"}))
    course.submit("bad", raw=b"not json")


def test_a_cluster_grades_as_local_workers_do(course, course_template, tmp_path, cluster):
    _submit_batch(course)
    local = course.grade(feedback=False)
    remote_course = Course(Path(shutil.copytree(course_template, tmp_path / "remote")))
    _submit_batch(remote_course)
    remote = remote_course.grade(scheduler=str(cluster))
    students = ["reference", "stub", "loop", "crash", "half", "bad"]
    status = {o.student: o.status for o in local.outcomes}
    assert status["reference"] == "needs_manual_grading" and status["loop"] == "timed_out"
    assert status["crash"] == "failed" and status["bad"] == "invalid"
    assert {o.student: o.status for o in remote.outcomes} == status
    for student in students:
        if student != "bad":
            assert remote_course.scores(student) == course.scores(student), student
    assert course.test_points("reference") == 5.0 and course.test_points("stub") == 0.0
    assert all(o.seconds > 0 for o in remote.outcomes if o.student != "bad")
    # The grading process wrote the autograded notebooks and the feedback, as locally.
    assert remote_course.autograded("reference").cells
    assert "area(1) is pi" in remote_course.feedback_html("half")
    assert remote.exit_code == local.exit_code == 1
    assert remote.feedback_failed == []


def test_a_worker_killed_mid_task_costs_that_task_a_retry_not_the_batch(course, cluster):
    course.submit("sleepy", course.with_answers({"ex1-solution": SLEEPY.format(seconds=8)}))
    for i in range(3):
        course.submit(f"s{i}", course.reference())
    found: dict[str, object] = {}
    run = threading.Thread(
        target=lambda: found.update(result=course.grade(feedback=False, scheduler=str(cluster)))
    )
    started: list[str] = []  # the workers that started the sleepy task, as they announce it

    def on_started(event: tuple[float, dict]) -> None:
        if "-sleepy-" in str(event[1]["key"]):
            started.append(event[1]["worker"])

    killed = None
    with _client(cluster) as client:
        client.subscribe_topic(STARTED, on_started)
        run.start()
        deadline = time.monotonic() + 300
        while not started and time.monotonic() < deadline and run.is_alive():
            time.sleep(0.1)
        if started:
            time.sleep(2)  # into the sleepy cell
            killed = started[0]
            os.kill(client.run(os.getpid, workers=[killed])[killed], signal.SIGKILL)
        run.join(timeout=600)
    assert killed, "the sleepy submission was never seen running on a worker"
    result = found["result"]
    statuses = {o.student: o for o in result.outcomes}
    assert set(statuses) == {"sleepy", "s0", "s1", "s2"}
    for i in range(3):
        assert statuses[f"s{i}"].status == "needs_manual_grading"
        assert course.test_points(f"s{i}") == 5.0
    sleepy = statuses["sleepy"]
    # Retried on another worker (graded, and the notes say so), or reported failed with the
    # reason: never lost.
    if sleepy.status == "graded":
        assert "graded again after losing 1 Dask worker(s)" in sleepy.notes, sleepy.notes
    else:
        assert sleepy.status == "failed" and "Dask workers" in sleepy.reason, sleepy.summary


def test_ctrl_c_during_a_cluster_run_keeps_finished_grades(course, cluster):
    for i in range(6):
        answer = SLEEPY.format(seconds=3) if i else "def area(r):\n    return 0.0"
        course.submit(f"s{i}", course.with_answers({"ex1-solution": answer}))
    cmd = [sys.executable, "-m", "aicareer.grading.grader", "--course", str(course.root)]
    cmd += ["--scheduler", str(cluster), "--no-feedback"]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(_ledger(course)) < 1 and proc.poll() is None:
        time.sleep(0.2)
    assert _ledger(course), f"nothing was graded before the interrupt: {proc.stderr.read()}"
    os.killpg(proc.pid, signal.SIGINT)
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 130, err[-2000:]
    assert "Traceback" not in err, err[-2000:]
    kept = _ledger(course)
    assert 1 <= len(kept) < 6
    assert all(status == "graded" for status in kept.values())
    assert "interrupted:" in err and "run again to continue" in err
    with _client(cluster) as client:  # the cancelled tasks leave the workers
        deadline = time.monotonic() + 120
        while any(client.processing().values()) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not any(client.processing().values())


def test_a_task_over_the_submission_limit_is_timed_out_and_its_worker_replaced(course, cluster):
    course.submit("sleepy", course.with_answers({"ex1-solution": SLEEPY.format(seconds=120)}))
    options = Options(cell_timeout=300, submission_timeout=20)
    result = course.grade(feedback=False, scheduler=str(cluster), options=options)
    sleepy = course.outcome(result, "sleepy")
    assert sleepy.status == "timed_out", sleepy.summary
    assert "over the 20 s limit for one submission" in sleepy.reason
    with _client(cluster) as client:  # the stuck task's worker was restarted, not lost
        client.wait_for_workers(2, timeout=120)
        assert not any(client.processing().values())


def test_an_unreachable_scheduler_is_a_clear_error_before_grading(course):
    course.submit("alice", course.reference())
    env = {**_env(), "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "3s"}
    cmd = [sys.executable, "-m", "aicareer.grading.grader", "--course", str(course.root), "-q"]
    proc = subprocess.run(
        [*cmd, "--scheduler", "tcp://127.0.0.1:9"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in proc.stderr
    assert "dask scheduler" in proc.stderr and "Traceback" not in proc.stderr
    assert _ledger(course) == {}


def test_the_scheduler_is_a_setting_with_an_environment_fallback(monkeypatch, tmp_path):
    args = grader.build_parser().parse_args(["--scheduler", "tcp://127.0.0.1:8786"])
    assert grader.settings_from(args, tmp_path).scheduler == "tcp://127.0.0.1:8786"
    unset = grader.settings_from(grader.build_parser().parse_args([]), tmp_path)
    monkeypatch.delenv(SCHEDULER_ENV, raising=False)
    assert scheduler_address(unset.scheduler) == ""  # local grading, as before
    monkeypatch.setenv(SCHEDULER_ENV, "tcp://127.0.0.1:9999")
    assert scheduler_address(unset.scheduler) == "tcp://127.0.0.1:9999"
    assert scheduler_address("tcp://127.0.0.1:1") == "tcp://127.0.0.1:1"


def test_a_parcel_unpacks_inside_its_folder_only(tmp_path):
    folder = unpack({"a.ipynb": b"{}", "data/x.csv": b"1", "../escape.txt": b"no"}, tmp_path / "s")
    assert (folder / "a.ipynb").read_bytes() == b"{}"
    assert (folder / "data" / "x.csv").read_bytes() == b"1"
    assert not (tmp_path / "escape.txt").exists()
