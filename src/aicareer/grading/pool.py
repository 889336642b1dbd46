"""Worker processes that survive their submissions.

A small pool, not ``concurrent.futures``: there, one worker killed (by the OOM killer, by hand)
breaks the whole pool and every pending result. Here, a dead or overdue worker costs only the
submission it was grading, which is reported, and a fresh worker takes its slot.

Workers never see Ctrl-C: they and the fork server they come from start with SIGINT ignored, so
no interrupt lands in the middle of a worker's start-up or of a kernel's shutdown. The grading
process alone decides what to stop: :meth:`Pool.run` checks ``stop()`` between results, and
finished grades are already recorded.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import multiprocessing.forkserver
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from aicareer.grading.model import Loss, LossKind

# How often the pool looks at its stop flag and its deadlines while workers are busy.
TICK_SECONDS = 0.5
# How long a worker that was asked to exit, or killed, may take to go.
EXIT_SECONDS = 5.0


@contextlib.contextmanager
def sigint_ignored() -> Iterator[None]:
    """Ignore Ctrl-C in this process meanwhile; processes started meanwhile inherit it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _worker_main(conn: Connection, slot: int, handler: Callable[[Any], Any]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("MPLBACKEND", "Agg")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            result = handler(job, slot)
        except BaseException as err:  # the handler reports its own failures; this is a bug
            result = err
        conn.send(result)


@dataclass
class _Worker:
    slot: int
    process: mp.Process
    conn: Connection
    job: Any = None
    started: float = 0.0


class Pool:
    """Run ``handler(job, slot)`` for every job on *size* worker processes."""

    def __init__(self, size: int, handler: Callable[[Any, int], Any]):
        self._deadline: Callable[[Any], float] = lambda job: float("inf")
        self.size = max(1, size)
        self.handler = handler
        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        self.ctx = mp.get_context(method)
        if method == "forkserver":
            # A fork server started now ignores Ctrl-C, and so does every worker it forks,
            # from its first instruction on.
            with sigint_ignored():
                multiprocessing.forkserver.ensure_running()
        self.workers: dict[int, _Worker] = {}

    def start(self, jobs: int | None = None) -> None:
        """Start the workers that *jobs* jobs need (all by default), if not yet started.

        Starting them early lets their imports overlap with the caller's own preparation.
        """
        for slot in range(min(self.size, self.size if jobs is None else jobs)):
            if slot not in self.workers:
                self._start(slot)

    def _start(self, slot: int) -> _Worker:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(
            target=_worker_main,
            args=(child, slot, self.handler),
            daemon=True,
            name=f"grading-worker-{slot}",
        )
        with sigint_ignored():
            process.start()
        child.close()
        worker = _Worker(slot, process, parent)
        self.workers[slot] = worker
        return worker

    def _kill(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(EXIT_SECONDS)
        worker.conn.close()

    def run(
        self,
        jobs: Iterable[Any],
        on_result: Callable[[Any, Any], None],
        on_lost: Callable[[Any, Loss], Any],
        deadline: Callable[[Any], float],
        stop: Callable[[], bool] = lambda: False,
        admit: Callable[[Any], bool] = lambda job: True,
    ) -> bool:
        """Give every job to a worker; call ``on_result(job, result)`` as each one ends.

        A job whose worker dies, or that runs past ``deadline(job)`` seconds, gets
        ``on_result(job, on_lost(job, loss))`` instead, and the worker is replaced. Once
        ``stop()`` is true, no job starts, the busy workers are stopped and their jobs dropped
        (not lost: they never finished); returns False then, True when every job ended.
        A job for which ``admit(job)``, asked just before it would start, is false is dropped.
        """
        self._deadline = deadline
        queue = deque(jobs)
        self.start(len(queue))
        idle = deque(self.workers.values())
        busy: dict[int, _Worker] = {}
        try:
            while queue or busy:
                if stop():
                    return False
                while idle and queue:
                    job = queue.popleft()
                    if not admit(job):
                        continue
                    worker = idle.popleft()
                    worker.job, worker.started = job, time.monotonic()
                    worker.conn.send(worker.job)
                    busy[worker.slot] = worker
                waitables = [w.conn for w in busy.values()]
                waitables += [w.process.sentinel for w in busy.values()]
                ready = set(wait(waitables, timeout=TICK_SECONDS))
                for worker in list(busy.values()):
                    loss = self._check(worker, ready)
                    if loss is None:
                        continue
                    job = worker.job
                    del busy[worker.slot]
                    worker.job = None
                    if isinstance(loss, Loss):
                        self._kill(worker)
                        on_result(job, on_lost(job, loss))
                        if queue:
                            idle.append(self._start(worker.slot))
                    else:
                        idle.append(worker)
                        on_result(job, loss.result)
            return True
        finally:
            self.close()

    def _check(self, worker: _Worker, ready: set) -> Loss | _Done | None:
        """What became of a busy worker's job: done, lost, or still running (None)."""
        if worker.conn in ready:
            try:
                result = worker.conn.recv()
            except (EOFError, OSError):
                result = None
            if result is not None and not isinstance(result, BaseException):
                return _Done(result)
            worker.process.join(EXIT_SECONDS)
            if result is None and worker.process.exitcode is not None:
                return Loss(LossKind.DIED, str(worker.process.exitcode))
            return Loss(LossKind.BROKEN, repr(result))
        if worker.process.sentinel in ready or not worker.process.is_alive():
            return Loss(LossKind.DIED, str(worker.process.exitcode))
        limit = self._deadline(worker.job)
        if time.monotonic() - worker.started > limit:
            return Loss(LossKind.OVERDUE, f"{limit:.0f}")
        return None

    def close(self) -> None:
        for worker in self.workers.values():
            try:
                if worker.process.is_alive() and worker.job is None:
                    worker.conn.send(None)
                    worker.process.join(EXIT_SECONDS)
            except OSError:
                pass
            self._kill(worker)
        self.workers.clear()


@dataclass
class _Done:
    result: Any
