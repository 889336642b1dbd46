"""Worker processes that survive their submissions.

A small pool, not ``concurrent.futures``: there, one worker killed (by the OOM killer, by hand)
breaks the whole pool and every pending result. Here, a dead or overdue worker costs only the
submission it was grading, which is reported, and a fresh worker takes its slot. Workers ignore
Ctrl-C: the grading process decides what to stop, and finished grades are already recorded.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any


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
        self.size = max(1, size)
        self.handler = handler
        self.ctx = mp.get_context(
            "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        )
        self.workers: dict[int, _Worker] = {}

    def _start(self, slot: int) -> _Worker:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(
            target=_worker_main,
            args=(child, slot, self.handler),
            daemon=True,
            name=f"grading-worker-{slot}",
        )
        process.start()
        child.close()
        worker = _Worker(slot, process, parent)
        self.workers[slot] = worker
        return worker

    def _kill(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()

    def run(
        self,
        jobs: Iterable[Any],
        on_result: Callable[[Any, Any], None],
        on_lost: Callable[[Any, str], Any],
        deadline: Callable[[Any], float],
    ) -> None:
        """Give every job to a worker; call ``on_result(job, result)`` as each one ends.

        A job whose worker dies, or that runs past ``deadline(job)`` seconds, gets
        ``on_result(job, on_lost(job, why))`` instead, and the worker is replaced.
        """
        queue = deque(jobs)
        for slot in range(min(self.size, len(queue))):
            self._start(slot)
        idle = deque(self.workers.values())
        busy: dict[int, _Worker] = {}
        try:
            while queue or busy:
                while idle and queue:
                    worker = idle.popleft()
                    worker.job, worker.started = queue.popleft(), time.monotonic()
                    worker.conn.send(worker.job)
                    busy[worker.slot] = worker
                waitables = [w.conn for w in busy.values()]
                waitables += [w.process.sentinel for w in busy.values()]
                ready = set(wait(waitables, timeout=1.0))
                now = time.monotonic()
                for worker in list(busy.values()):
                    job = worker.job
                    if worker.conn in ready:
                        try:
                            result = worker.conn.recv()
                        except (EOFError, OSError):
                            result = None
                        if result is not None and not isinstance(result, BaseException):
                            del busy[worker.slot]
                            worker.job = None
                            idle.append(worker)
                            on_result(job, result)
                            continue
                        worker.process.join(2)
                        if result is None and worker.process.exitcode is not None:
                            why = f"the grading worker died (exit code {worker.process.exitcode})"
                        else:
                            why = f"the worker failed ({result!r})"
                    elif worker.process.sentinel in ready or not worker.process.is_alive():
                        code = worker.process.exitcode
                        why = f"the grading worker died (exit code {code})"
                    elif now - worker.started > deadline(job):
                        why = f"over the {deadline(job):.0f} s limit for one submission"
                    else:
                        continue
                    del busy[worker.slot]
                    self._kill(worker)
                    on_result(job, on_lost(job, why))
                    if queue:
                        idle.append(self._start(worker.slot))
        finally:
            self.close()

    def close(self) -> None:
        for worker in self.workers.values():
            try:
                if worker.process.is_alive() and worker.job is None:
                    worker.conn.send(None)
                    worker.process.join(2)
            except (OSError, BrokenPipeError):
                pass
            self._kill(worker)
        self.workers.clear()
