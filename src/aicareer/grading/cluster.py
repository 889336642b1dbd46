"""Grading tasks on the workers of a Dask distributed cluster, in place of the local pool.

One machine's cores set the pace of a deadline's batch; a Dask cluster (a few machines, a
Kubernetes or Slurm allocation) lends more. :class:`ClusterPool` offers what the grader uses of
:class:`aicareer.grading.pool.Pool` (``size``, ``start``, ``run``, ``close``), so the grader
changes in one place: the rest of a run (planning, recording, feedback, the report) is the same.

- A task carries everything a worker needs (a :class:`Parcel`): the grading task (with the
  assignment's trusted cells, limits and settings), the submission's files, and the
  assignment's data files. These travel with every task, not scattered once: Dask keeps one
  copy of scattered data, and the loss of the worker holding it would cancel every task that
  needs it. A worker needs neither the course folder nor the gradebook, and writes nothing but
  its own temporary folder: the grading process alone records grades, as with local workers.
- A worker runs the submission with the local workers' handler, in a sandbox it detects itself
  with the grading run's limits; it never grades without isolation unless the run itself does
  (``--unsafe``). Workers are checked before any grading starts.
- At most twice as many tasks as worker threads are in flight: Ctrl-C cancels only those, and a
  finished grade is recorded as it arrives. A worker that dies or leaves mid-task costs that task
  a retry on another worker (Dask reschedules it; the outcome's notes say so); after
  ``distributed.scheduler.allowed-failures`` such losses the submission is reported ``failed``,
  never the batch. A task past the
  submission's time limit is cancelled and its worker restarted, as a local worker is replaced.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import CancelledError
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from aicareer.grading import files, pipeline, sandbox
from aicareer.grading.model import Limits, Loss, LossKind, Outcome, Status

# The environment variable that names the scheduler when --scheduler is not given.
SCHEDULER_ENV = "AICAREER_DASK_SCHEDULER"
# How often the grading process looks at its stop flag and its deadlines while tasks run.
TICK_SECONDS = 0.5
# The topic on which a worker says it started a task: the time limit counts from then.
STARTED = "aicareer-grading-started"
# Slots of Dask worker threads start above those of a local pool (one per core), and each
# worker process has this many.
SLOT_OFFSET = 1000
THREADS_PER_PROCESS = 16


class ClusterError(RuntimeError):
    """The Dask cluster cannot grade; the message says what to check."""


def scheduler_address(configured: str) -> str:
    """The scheduler to grade on: the setting, else ``$AICAREER_DASK_SCHEDULER``; "" is local."""
    return configured or os.environ.get(SCHEDULER_ENV, "")


# -- what travels to a worker ------------------------------------------------------------------
@dataclass
class Parcel:
    """One grading task with the submission's files: all a remote worker needs of the course."""

    task: pipeline.Task
    submission: dict[str, bytes]  # every file of the submission folder, notebooks included
    assignment: dict[str, bytes]  # the assignment's data files, not its notebooks
    oversize: bool = False  # its data files exceed the limit: only its notebooks travel


def _read(folder: Path, notebooks: bool) -> dict[str, bytes]:
    return {p.as_posix(): (folder / p).read_bytes() for p in files.files_in(folder, notebooks)}


def pack(task: pipeline.Task, assignment: dict[str, bytes]) -> Parcel:
    """The parcel of *task*; a submission over the size limit travels without its data files."""
    folder = Path(task.submission_dir)
    data_bytes = sum((folder / p).stat().st_size for p in files.files_in(folder, notebooks=False))
    if data_bytes > pipeline.MAX_FOLDER_BYTES:
        notebooks = [p for p in files.files_in(folder) if p.suffix == ".ipynb"]
        found = {p.as_posix(): (folder / p).read_bytes() for p in notebooks}
        return Parcel(task, found, assignment, oversize=True)
    return Parcel(task, _read(folder, notebooks=True), assignment)


def assignment_files(task: pipeline.Task) -> dict[str, bytes]:
    """The assignment's data files (not its notebooks, which hold the solutions)."""
    return _read(Path(task.assignment.source_dir), notebooks=False)


def unpack(found: dict[str, bytes], folder: Path) -> Path:
    """Write packed files into *folder* (new); a path that would lead outside it is skipped."""
    folder.mkdir(parents=True)
    for relative, data in found.items():
        target = (folder / relative).resolve()
        if not target.is_relative_to(folder.resolve()):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


# -- on a worker -------------------------------------------------------------------------------
_local = threading.Lock()
_sandboxes: dict[str, sandbox.Sandbox] = {}
_slots: dict[int, int] = {}


def _worker_sandbox(isolated: bool, limits: Limits) -> sandbox.Sandbox:
    """This worker's sandbox for the run's limits: detected once per worker process."""
    key = f"{isolated}:{sorted(asdict(limits).items())}"
    with _local:
        if key not in _sandboxes:
            box = sandbox.detect(allow_unsafe=not isolated, limits=limits)
            cache = Path(tempfile.gettempdir()) / f"aicareer-mpl-{os.getpid()}"
            box.mpl_cache = sandbox.prepare_matplotlib_cache(cache)
            _sandboxes[key] = box
        return _sandboxes[key]


def _slot() -> int:
    """This worker thread's slot: as root, the sandbox's user id is the base plus the slot.

    A machine runs several Dask worker processes, each numbering its threads from 0: the
    process id keeps every thread's slot apart from every other worker's on the machine, and
    from the slots of a local pool (below ``SLOT_OFFSET``), so that a process limit reached in
    one sandbox never starves another.
    """
    with _local:
        index = _slots.setdefault(threading.get_ident(), len(_slots))
    return SLOT_OFFSET + os.getpid() * THREADS_PER_PROCESS + index % THREADS_PER_PROCESS


def check_worker(isolated: bool, limits: Limits) -> str:
    """Run on every worker before grading: "" if it can grade as the run asks, else why not."""
    try:
        _worker_sandbox(isolated, limits)
    except sandbox.IsolationError as err:
        return str(err)
    return ""


def grade_remote(parcel: Parcel, handler: Callable[[Any, int], Any]) -> Outcome:
    """Grade one parcel on this worker with the local workers' *handler*; return its outcome."""
    from distributed import get_worker

    worker = get_worker()
    worker.log_event(STARTED, {"key": worker.get_current_task(), "worker": worker.address})
    os.environ.setdefault("MPLBACKEND", "Agg")
    task = parcel.task
    if parcel.oversize:
        limit = pipeline.MAX_FOLDER_BYTES // (1024 * 1024)
        reason = f"the submission's files are over {limit} MB"
        return Outcome(
            task.assignment.name,
            task.student,
            Status.INVALID,
            reason,
            fingerprint=task.fingerprint,
        )
    try:
        box = _worker_sandbox(task.sandbox.isolated, task.sandbox.limits)
    except sandbox.IsolationError as err:
        return Outcome(
            task.assignment.name,
            task.student,
            Status.FAILED,
            f"the Dask worker {worker.address} cannot isolate student code: {err}",
            fingerprint=task.fingerprint,
            transient=True,
        )
    root = Path(tempfile.mkdtemp(prefix="aicareer-task-"))
    root.chmod(0o711)  # a sandboxed kernel's own user id must reach its folders
    try:
        source = unpack(parcel.assignment, root / "a")
        local = replace(
            task,
            assignment=replace(task.assignment, source_dir=str(source)),
            submission_dir=str(unpack(parcel.submission, root / "s")),
            sandbox=box,
            scratch=str(root / "k"),
        )
        return handler(local, _slot())
    finally:
        shutil.rmtree(root, ignore_errors=True)


# -- in the grading process --------------------------------------------------------------------
def connect(address: str, isolated: bool, limits: Limits):
    """A client of the scheduler at *address* (or a scheduler file), its workers checked.

    Raises :class:`ClusterError`, before any grading starts, when the scheduler does not answer,
    has no worker, or a worker cannot load the grader or isolate student code.
    """
    import dask
    from dask.utils import parse_timedelta
    from distributed import Client

    # Dask's own setting (30 s by default; $DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT).
    seconds = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"))
    target = {"scheduler_file": address} if Path(address).is_file() else {"address": address}
    try:
        client = Client(**target, timeout=seconds, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address} ({err}). Check the address "
            "(tcp://HOST:8786, or the path of a scheduler file), that `dask scheduler` runs "
            "there, and that this machine can reach its port; or grade on this machine without "
            f"--scheduler and ${SCHEDULER_ENV}."
        ) from err
    try:
        client.wait_for_workers(1, timeout=seconds)
    except (OSError, TimeoutError) as err:
        client.close()
        raise ClusterError(
            f"the Dask scheduler at {address} has no worker after {seconds:.0f} s: "
            f"start some, e.g. `dask worker {address} --nthreads 1` on each grading machine."
        ) from err
    try:
        answers = client.run(check_worker, isolated, limits)
    except Exception as err:  # a worker could not even load the grader
        client.close()
        raise ClusterError(
            f"a Dask worker cannot run the grader ({err.__class__.__name__}: {err}): install the "
            "course's requirements.txt and this package (pip install -e .) on every worker."
        ) from err
    refused = {w: why for w, why in answers.items() if why}
    if refused:
        client.close()
        lines = "\n".join(f"  {w}: {why}" for w, why in sorted(refused.items()))
        raise ClusterError(
            f"{len(refused)} Dask worker(s) cannot grade as this run asks:\n{lines}\n"
            "Install bubblewrap on them (scripts/install-grading-sandbox.sh) and allow user "
            "namespaces, or stop those workers."
        )
    return client


@dataclass
class _Flight:
    job: pipeline.Task
    future: Any


class ClusterPool:
    """Run ``handler(job, slot)`` for every job on the workers of a Dask cluster.

    The same interface and promises as :class:`aicareer.grading.pool.Pool`; see the module
    docstring for what differs underneath.
    """

    def __init__(self, address: str, handler: Callable[[Any, int], Any], box: sandbox.Sandbox):
        self.address = address
        self.handler = handler
        self.client = connect(address, box.isolated, box.limits)
        self._started: dict[str, tuple[float, str]] = {}
        self._attempts: dict[str, int] = {}
        self.client.subscribe_topic(STARTED, self._on_started)

    @property
    def size(self) -> int:
        """The worker threads of the cluster now (workers may come and go)."""
        return max(1, sum(self.client.nthreads().values()))

    def start(self, jobs: int | None = None) -> None:
        """Nothing to start: the cluster's workers run already (checked when connecting)."""

    def _on_started(self, event: tuple[float, dict]) -> None:
        msg = event[1]
        self._started[msg["key"]] = (time.monotonic(), msg["worker"])
        self._attempts[msg["key"]] = self._attempts.get(msg["key"], 0) + 1

    def run(
        self,
        jobs: Iterable[pipeline.Task],
        on_result: Callable[[Any, Any], None],
        on_lost: Callable[[Any, Loss], Any],
        deadline: Callable[[Any], float],
        stop: Callable[[], bool] = lambda: False,
        admit: Callable[[Any], bool] = lambda job: True,
    ) -> bool:
        """As :meth:`aicareer.grading.pool.Pool.run`: every job's outcome through ``on_result``.

        Once ``stop()`` is true, the tasks in flight are cancelled and dropped (not lost: they
        never finished) and False is returned; True when every job ended. A job for which
        ``admit(job)``, asked just before it would be sent, is false is dropped.
        """
        from distributed import wait

        queue = deque(jobs)
        data: dict[str, dict[str, bytes]] = {}  # the assignments' files, by source folder
        flying: dict[str, _Flight] = {}
        try:
            while queue or flying:
                if stop():
                    self.client.cancel([f.future for f in flying.values()], force=True)
                    return False
                room = 2 * self.size - len(flying)
                while queue and room > 0:
                    job = queue.popleft()
                    if not admit(job):
                        continue
                    source = job.assignment.source_dir
                    if source not in data:
                        data[source] = assignment_files(job)
                    key = f"grade-{job.assignment.name}-{job.student}-{uuid.uuid4().hex[:8]}"
                    future = self.client.submit(
                        grade_remote, pack(job, data[source]), self.handler, key=key, pure=False
                    )
                    flying[key] = _Flight(job, future)
                    room -= 1
                # A cancelled task ends the wait early; _check reports it.
                with contextlib.suppress(TimeoutError, CancelledError), self.client.as_current():
                    wait([f.future for f in flying.values()], TICK_SECONDS, "FIRST_COMPLETED")
                for key, flight in list(flying.items()):
                    outcome = self._check(key, flight, deadline)
                    if outcome is None:
                        continue
                    del flying[key]
                    self._started.pop(key, None)
                    lost = self._attempts.pop(key, 1) - 1
                    if isinstance(outcome, Loss):
                        on_result(flight.job, on_lost(flight.job, outcome))
                        continue
                    if lost:
                        outcome.notes.append(f"graded again after losing {lost} Dask worker(s)")
                    on_result(flight.job, outcome)
            return True
        finally:
            self.client.cancel([f.future for f in flying.values()], force=True)

    def _check(self, key: str, flight: _Flight, deadline: Callable[[Any], float]):
        """What became of a task: its outcome, a :class:`Loss`, or None while it runs."""
        from distributed import KilledWorker

        future = flight.future
        if future.status == "finished":
            return future.result()
        if future.status == "error":
            err = future.exception()
            if isinstance(err, KilledWorker):
                last = getattr(err.last_worker, "address", err.last_worker)
                tries = err.allowed_failures + 1
                return Loss(LossKind.GONE, f"{tries} times, the last on {last}; see its log")
            return Loss(LossKind.BROKEN, repr(err))
        if future.status in ("cancelled", "lost"):
            if self.client.status != "running":
                raise ClusterError(
                    f"lost the Dask scheduler at {self.address}: the grades finished so far are "
                    "recorded; check the scheduler and run again to grade the rest."
                )
            return Loss(LossKind.GONE, f"the scheduler reports the task {future.status}")
        started = self._started.get(key)
        limit = deadline(flight.job)
        if started is not None and time.monotonic() - started[0] > limit:
            self.client.cancel([future], force=True)
            # The task's thread cannot be stopped: a fresh worker process replaces it.
            self.client.restart_workers([started[1]], raise_for_error=False)
            return Loss(LossKind.OVERDUE, f"{limit:.0f}")
        return None

    def close(self) -> None:
        self.client.close()
