"""nbgrader's Execute preprocessor, run in the sandbox, with the guard around every test cell.

:class:`GuardedExecute` is nbgrader's ``Execute`` (itself nbclient's ``NotebookClient``) with four
changes:

- the kernel starts in the sandbox (:class:`aicareer.grading.sandbox.SandboxKernelManager`);
- before the first cell, and before and after each autograded test cell, it asks the in-kernel
  guard (:mod:`aicareer.grading.guard`) to undo and report tampering;
- it records, per cell, whether the kernel's reply was ``ok``: the verdict of a test cell comes
  from what the grader saw, and a test cell that never ran (the kernel died, the run was
  stopped) scores nothing, where nbgrader would have seen no error and given full points;
- output is capped per cell and per notebook (errors and results are kept, shortened), so a
  submission that prints megabytes cannot exhaust the grader, and its tests still count.
"""

from __future__ import annotations

import ast
import contextlib
import os
import signal
import time
from pathlib import Path
from queue import Empty

from jupyter_core.utils import ensure_async, run_sync
from nbclient.client import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat import NotebookNode
from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute
from nbgrader.utils import is_grade, is_solution

from aicareer.grading.sandbox import Sandbox, SandboxKernelManager

GUARD = "__import__('aicareer.grading.guard', fromlist=['guard'])"
TEXT_LIMIT = 20_000  # characters kept of one error traceback or result
# How long the guard may take to answer. Arming imports the notebook's libraries, which on a
# loaded machine takes long; a kernel that does not answer a check in this time is broken (its
# interpreter was damaged), not busy. A stuck probe only asks whether the kernel is back.
ARM_SECONDS = 120.0
CHECK_SECONDS = 30.0
PROBE_SECONDS = 5.0


def is_test_cell(cell: NotebookNode) -> bool:
    """An autograded test cell: a graded code cell that is not the student's answer."""
    return cell.cell_type == "code" and is_grade(cell) and not is_solution(cell)


def _size(msg: dict) -> int:
    content = msg.get("content", {})
    if "text" in content:
        return len(content["text"])
    return sum(len(str(v)) for v in content.get("data", {}).values())


class GuardedExecute(Execute):
    """Execute a notebook in the sandbox, guarding test cells; see the module docstring."""

    def __init__(
        self,
        *,
        sandbox: Sandbox,
        workdir: Path,
        rundir: Path,
        slot: int = 0,
        test_names: dict[int, tuple[str, ...]] | None = None,
        trusted: tuple[tuple[str, str, str], ...] = (),
        preload: tuple[str, ...] = (),
        cell_output_limit: int = 200_000,
        total_output_limit: int = 2_000_000,
        **kwargs,
    ):
        super().__init__(**kwargs)
        # nbconvert's preprocess() re-runs NotebookClient.__init__, which forgets keyword
        # arguments: keep them to set them again.
        self._settings = {k: v for k, v in kwargs.items() if k not in ("config", "parent")}
        self._sandbox = sandbox
        self._workdir = workdir
        self._rundir = rundir
        self._slot = slot
        self._test_names = test_names or {}
        self._trusted = trusted
        self._preload = preload
        self._cell_limit = cell_output_limit
        self._total_limit = total_output_limit
        self.reset_report()

    def reset_report(self) -> None:
        self.replies: dict[int, str] = {}
        self.tampering: list[str] = []
        self.timed_out: list[int] = []
        self.kernel_died = False
        self.stuck = False
        self.unresponsive = False
        self.truncated = False
        self.reaped = False
        self._sizes: dict[int, int] = {}
        self._total = 0

    # -- the kernel --------------------------------------------------------------------------
    def create_kernel_manager(self):
        self.km = SandboxKernelManager(
            sandbox=self._sandbox,
            workdir=self._workdir,
            rundir=self._rundir,
            slot=self._slot,
            kernel_name="python3",
            config=self.config,
        )
        return self.km

    async def guard(self, call: str, timeout: float) -> list[str] | None:
        """Evaluate ``guard.<call>`` in the kernel; return its findings, None if no answer."""
        assert self.kc is not None
        msg_id = await ensure_async(
            self.kc.execute(
                "", silent=True, store_history=False, user_expressions={"g": f"{GUARD}.{call}"}
            )
        )
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            try:
                msg = await ensure_async(self.kc.shell_channel.get_msg(timeout=remaining))
            except Empty:
                return None
            if msg["parent_header"].get("msg_id") == msg_id:
                break
        content = msg["content"]
        result = content.get("user_expressions", {}).get("g", {})
        if content.get("status") != "ok" or result.get("status") != "ok":
            return [f"the grader's guard could not run ({result.get('ename', 'no reply')})"]
        try:
            found = ast.literal_eval(result["data"]["text/plain"])
        except (KeyError, ValueError, SyntaxError):
            return ["the grader's guard gave an unreadable answer"]
        if not isinstance(found, list) or not all(isinstance(f, str) for f in found):
            return ["the grader's guard gave an unreadable answer"]
        return found

    async def _guarded(self, call: str, timeout: float = CHECK_SECONDS) -> bool:
        found = await self.guard(call, timeout)
        if found is None:
            self.unresponsive = True
            return False
        self.tampering += [f for f in found if f not in self.tampering]
        return True

    def _kernel_pid(self) -> int | None:
        provisioner = getattr(self.km, "provisioner", None)
        return getattr(provisioner, "pid", None)

    # -- execution ---------------------------------------------------------------------------
    def preprocess(self, nb, resources=None, km=None):
        NotebookClient.__init__(self, nb, km)
        for key, value in self._settings.items():
            setattr(self, key, value)
        # A finished cell's last output can trail its reply by seconds on a loaded machine.
        # Waiting for it is not the student's time: allow as long as a cell may run, rather
        # than nbclient's 4 s, after which a correct cell would be reported as timed out.
        if self.timeout:
            self.iopub_timeout = max(self.iopub_timeout, self.timeout)
        self.reset_execution_trackers()
        self._check_assign_resources(resources)
        self.reset_report()
        run_sync(self._run_notebook)()
        return self.nb, self.resources

    async def _run_notebook(self) -> None:
        async with self.async_setup_kernel():
            assert self.kc is not None
            info = await self.async_wait_for_reply(await ensure_async(self.kc.kernel_info()))
            if info is not None and "language_info" in info["content"]:
                self.nb.metadata["language_info"] = info["content"]["language_info"]
            if not await self._guarded(f"arm({self._preload!r})", timeout=ARM_SECONDS):
                return
            for index, cell in enumerate(self.nb.cells):
                if cell.cell_type != "code" or not cell.source.strip():
                    continue
                test = is_test_cell(cell)
                names = self._test_names.get(index, ())
                if test and not await self._guarded(f"before_test({names!r}, {self._trusted!r})"):
                    return
                try:
                    await self.async_execute_cell(
                        cell,
                        index,
                        execution_count=self.code_cells_executed + 1,
                        store_history=True,
                    )
                except DeadKernelError:
                    self.kernel_died = True
                    return
                except CellTimeoutError:
                    self.replies[index] = "error"
                    self.timed_out.append(index)
                    cell.outputs.append(
                        new_output(
                            "error",
                            ename="CellTimeoutError",
                            evalue="",
                            traceback=[
                                "The cell did not finish in time and ignored the interrupt."
                            ],
                        )
                    )
                if reap_strays(self._kernel_pid()):
                    self.reaped = True
                # Interrupted: is the kernel back? A loop that swallows KeyboardInterrupt
                # keeps it busy, and every later cell would wait its full timeout.
                if (
                    index in self.timed_out
                    and await self.guard("WATCHED_MODULES and []", PROBE_SECONDS) is None
                ):
                    self.stuck = True
                    return
                if test and not await self._guarded("after_test()"):
                    return

    def on_cell_executed(self, **kwargs):
        super().on_cell_executed(**kwargs)
        reply = kwargs["execute_reply"]
        index = kwargs["cell_index"]
        content = reply["content"] if reply else {"status": "error", "ename": "NoReply"}
        self.replies[index] = content["status"]
        if content.get("ename") == "CellTimeoutError" and index not in self.timed_out:
            self.timed_out.append(index)

    # -- output limits -----------------------------------------------------------------------
    def output(self, outs, msg, display_id, cell_index):
        kind = msg["msg_type"]
        if kind in ("error", "execute_result"):
            out = super().output(outs, msg, display_id, cell_index)
            if out is not None:
                _shorten(out)
            return out
        size = _size(msg)
        used = self._sizes.get(cell_index, 0)
        if used + size > self._cell_limit or self._total + size > self._total_limit:
            if used <= self._cell_limit:
                self.truncated = True
                self._sizes[cell_index] = self._cell_limit + 1
                outs.append(
                    new_output(
                        "stream",
                        name="stdout",
                        text="\n[output truncated by the grader: too much output]\n",
                    )
                )
            return None
        self._sizes[cell_index] = used + size
        self._total += size
        return super().output(outs, msg, display_id, cell_index)


def _shorten(out: NotebookNode) -> None:
    if out.get("output_type") == "error":
        tb = out.get("traceback", [])
        if sum(len(line) for line in tb) > TEXT_LIMIT:
            out["traceback"] = [*tb[:5], "... traceback shortened by the grader ...", *tb[-5:]]
            out["traceback"] = [line[: TEXT_LIMIT // 10] for line in out["traceback"]]
        out["evalue"] = str(out.get("evalue", ""))[:TEXT_LIMIT]
    else:
        data = out.get("data", {})
        for key, value in list(data.items()):
            if isinstance(value, str) and len(value) > TEXT_LIMIT:
                data[key] = value[:TEXT_LIMIT] + "\n... shortened by the grader ..."


def _children(pid: int) -> list[int]:
    """The child processes of *pid*, from the kernel's per-thread lists (no scan of /proc)."""
    found: list[int] = []
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in threads:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", "rb") as fh:
                found += [int(c) for c in fh.read().split()]
        except OSError:
            continue
    return found


def _is_kernel(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            argv = fh.read().split(b"\0")
    except OSError:
        return False
    # bwrap's own processes carry the kernel's command line as arguments: skip them.
    return os.path.basename(argv[0]).startswith(b"python") and b"aicareer.grading.kernel" in argv


def reap_strays(root_pid: int | None) -> int:
    """Kill every process the kernel started that outlived its cell; return how many.

    A cell's subprocesses are done when the cell is (``subprocess.run`` waits): what is left
    is a fork bomb, or a helper left running to tamper with later cells. The walk follows the
    tree from the sandbox's first process down, reading only the processes in it: on a busy
    machine a scan of every process after every cell costs more than the cell.
    """
    if not root_pid:
        return 0
    queue, kernel = [root_pid], None
    while queue and kernel is None:
        pid = queue.pop(0)
        if _is_kernel(pid):
            kernel = pid
        else:
            queue += _children(pid)
    if kernel is None:
        return 0
    strays, queue = [], _children(kernel)
    while queue:
        pid = queue.pop()
        strays.append(pid)
        queue += _children(pid)
    for pid in strays:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    return len(strays)
