"""Where a student's kernel runs: a bubblewrap sandbox with limits, talking over unix sockets.

The kernel of each submission starts inside ``bwrap`` (Debian package ``bubblewrap``) with:

- a root file system that holds only what Python needs, read-only: ``/usr``, ``/etc``, the Python
  installation, the virtual environment and this package; a private ``/tmp``; and one writable
  folder, a copy of that submission. The gradebook, ``exercises/source``, other submissions, the
  repository and the instructor's home are not in it at all;
- no network (a new, empty network namespace), its own process and IPC namespaces, no
  capabilities, a new session (no terminal to inject keystrokes into), and death with its parent;
- as root: a user id of its own per worker (not root, not the instructor), so even a file that
  were visible would be checked against an unprivileged user;
- limits (:class:`Limits`) on memory, CPU time, processes, file size and open files, set by
  :mod:`aicareer.grading.kernel` before ipykernel starts.

The kernel talks to the grader over ZeroMQ's IPC transport: unix sockets in a folder shared with
the sandbox, so no TCP port crosses the network namespace.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import asdict, dataclass, field
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

import aicareer
from aicareer.grading.model import Limits

# User ids of the sandboxed kernels when the grader runs as root: one per worker slot, so a
# process limit in one sandbox does not starve another.
SANDBOX_UID_BASE = 61000
# Seconds for a trial sandbox to start, and for matplotlib to build its font cache once: both
# take a fraction of that on an idle machine, and much longer on a loaded one.
PROBE_SECONDS = 60
FONT_CACHE_SECONDS = 300


class IsolationError(RuntimeError):
    """Student code cannot be isolated here; the message says why and what to do."""


@dataclass
class Sandbox:
    """How kernels are started: ``mode`` is ``"bwrap"`` or ``"none"`` (no isolation)."""

    mode: str = "bwrap"
    limits: Limits = field(default_factory=Limits)
    uid: int | None = None  # the kernel's user id when the grader runs as root
    mpl_cache: str | None = None  # a prepared matplotlib cache, mounted read-only
    bwrap: str = "bwrap"

    @property
    def isolated(self) -> bool:
        return self.mode == "bwrap"


def _bwrap_works(bwrap: str) -> str | None:
    """Return None if bwrap can build a sandbox here, else the reason it cannot."""
    cmd = [
        bwrap,
        "--ro-bind",
        "/",
        "/",
        "--unshare-net",
        "--unshare-pid",
        "--dev",
        "/dev",
        "--proc",
        "/proc",
    ]
    if os.geteuid() == 0:
        cmd += [
            "setpriv",
            f"--reuid={SANDBOX_UID_BASE}",
            f"--regid={SANDBOX_UID_BASE}",
            "--clear-groups",
            "--inh-caps=-all",
        ]
    else:
        cmd[1:1] = ["--unshare-user", "--cap-drop", "ALL"]
    try:
        proc = subprocess.run(
            [*cmd, "true"], capture_output=True, text=True, timeout=PROBE_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        return str(err)
    return None if proc.returncode == 0 else (proc.stderr.strip() or f"exit {proc.returncode}")


def detect(allow_unsafe: bool = False, limits: Limits | None = None) -> Sandbox:
    """Return the sandbox to use, or raise :class:`IsolationError`.

    Without bubblewrap (or where the kernel forbids the user namespaces it needs), the grader
    refuses to run student code unless *allow_unsafe* is set; then kernels run with the
    limits only, as the instructor, and the caller must warn.
    """
    limits = limits or Limits()
    bwrap = shutil.which("bwrap")
    reason = None
    if bwrap is None:
        reason = "bubblewrap is not installed (run: sudo scripts/install-grading-sandbox.sh)"
    elif sys.platform != "linux":
        reason = "the sandbox needs Linux"
    elif os.geteuid() == 0 and not shutil.which("setpriv"):
        reason = "running as root needs setpriv (util-linux) to drop to an unprivileged user"
    else:
        failure = _bwrap_works(bwrap)
        if failure:
            reason = (
                f"bubblewrap cannot create a sandbox here ({failure}); unprivileged user "
                "namespaces may be disabled (sysctl kernel.unprivileged_userns_clone=1)"
            )
    if reason is None:
        uid = SANDBOX_UID_BASE if os.geteuid() == 0 else None
        return Sandbox(mode="bwrap", limits=limits, uid=uid, bwrap=bwrap)
    if allow_unsafe:
        return Sandbox(mode="none", limits=limits)
    raise IsolationError(
        f"cannot isolate student code: {reason}. Refusing to grade. To grade anyway, without "
        "isolation (student code could read the gradebook and the solutions), pass --unsafe."
    )


def readonly_paths() -> list[str]:
    """What the kernel needs to read: the system, Python, the venv and this package."""
    candidates = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/etc"]
    candidates += [sys.base_prefix, sys.prefix, sysconfig.get_paths()["purelib"]]
    # The folder that holds the aicareer package (src/ for an editable install). It holds code
    # and course data only: solutions live in exercises/source, never in the package.
    candidates.append(str(Path(aicareer.__file__).resolve().parent.parent))
    seen: list[str] = []
    for path in candidates:
        real = os.path.realpath(path)
        if os.path.exists(path) and path not in seen:
            seen.append(path)
        if real != path and os.path.exists(real) and real not in seen:
            seen.append(real)
    return seen


def kernel_env(sandbox: Sandbox) -> dict[str, str]:
    """The whole environment of a sandboxed kernel: nothing of the instructor's leaks in."""
    env = {
        "PATH": os.pathsep.join(
            [str(Path(sys.executable).parent), "/usr/local/bin", "/usr/bin", "/bin"]
        ),
        "HOME": "/tmp/home",
        "USER": "student",
        "LOGNAME": "student",
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "IPYTHONDIR": "/tmp/home/.ipython",
        "JUPYTER_RUNTIME_DIR": "/tmp/home/.jupyter-runtime",
        "JUPYTER_PLATFORM_DIRS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "NBGRADER_EXECUTION": "autograde",
        "AICAREER_LIMITS": json.dumps(asdict(sandbox.limits)),
    }
    for name in ("MPLBACKEND", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "TZ"):
        if name in os.environ:
            env[name] = os.environ[name]
    env["MPLCONFIGDIR"] = sandbox.mpl_cache or "/tmp/home/.matplotlib"
    return env


def _parents(paths: list[str]) -> list[str]:
    """Folders above the mounted paths, created world-traversable inside the sandbox.

    bwrap gives a folder it creates the mode of the real one: ``/root`` (0700) would stop the
    kernel's unprivileged user on its way to a Python installed under it.
    """
    found: list[str] = []
    for path in paths:
        parent = Path(path).parent
        chain = []
        while str(parent) != "/":
            chain.append(str(parent))
            parent = parent.parent
        for folder in reversed(chain):
            covered = any(folder == p or folder.startswith(p.rstrip("/") + "/") for p in paths)
            if not covered and folder not in found:
                found.append(folder)
    return found


def wrap_command(
    sandbox: Sandbox, inner: list[str], workdir: Path, rundir: Path, slot: int = 0
) -> list[str]:
    """Return the command that runs *inner* in the sandbox, with *workdir* as its only home.

    As root, bwrap builds the namespaces itself and ``setpriv`` inside drops to an
    unprivileged user with no capabilities before Python starts. Otherwise bwrap runs in a
    new user namespace with every capability dropped.
    """
    if not sandbox.isolated:
        return inner
    as_root = sandbox.uid is not None
    args = [sandbox.bwrap]
    if as_root:
        args += [
            "--unshare-net",
            "--unshare-pid",
            "--unshare-ipc",
            "--unshare-uts",
            "--unshare-cgroup-try",
        ]
    else:
        args += ["--unshare-all", "--cap-drop", "ALL"]
    args += ["--die-with-parent", "--new-session", "--hostname", "grading", "--clearenv"]
    readonly = readonly_paths()
    mounts = [*readonly, str(workdir), str(rundir)]
    if sandbox.mpl_cache:
        mounts.append(sandbox.mpl_cache)
    for folder in _parents(mounts):
        if not folder.startswith("/tmp"):
            args += ["--perms", "0755", "--dir", folder]
    # A path under /tmp (a clone in /tmp, as CI may make) is bound after the private /tmp is
    # mounted, or the tmpfs would hide it.
    in_tmp = [p for p in readonly if p == "/tmp" or p.startswith("/tmp/")]
    for path in readonly:
        if path not in in_tmp:
            args += ["--ro-bind", path, path]
    args += ["--dev", "/dev", "--proc", "/proc"]
    if sandbox.limits.tmp_mb:
        args += ["--size", str(sandbox.limits.tmp_mb * 1024 * 1024)]
    args += ["--perms", "1777", "--tmpfs", "/tmp", "--perms", "0777", "--dir", "/tmp/home"]
    for folder in _parents(mounts):
        if folder.startswith("/tmp/"):
            args += ["--perms", "0755", "--dir", folder]
    for path in in_tmp:
        args += ["--ro-bind", path, path]
    if sandbox.mpl_cache:
        args += ["--ro-bind", sandbox.mpl_cache, sandbox.mpl_cache]
    args += ["--bind", str(workdir), str(workdir), "--bind", str(rundir), str(rundir)]
    args += ["--chdir", str(workdir)]
    for key, value in kernel_env(sandbox).items():
        args += ["--setenv", key, value]
    args.append("--")
    if as_root:
        uid = sandbox.uid + slot
        args += [
            "setpriv",
            f"--reuid={uid}",
            f"--regid={uid}",
            "--clear-groups",
            "--inh-caps=-all",
            "--bounding-set=-all",
            "--no-new-privs",
        ]
    return [*args, *inner]


class SandboxKernelManager(AsyncKernelManager):
    """A kernel manager that starts ipykernel in the sandbox and talks to it over unix sockets."""

    def __init__(self, *, sandbox: Sandbox, workdir: Path, rundir: Path, slot: int = 0, **kwargs):
        kwargs.setdefault("transport", "ipc")
        kwargs.setdefault("ip", str(rundir / "k"))
        kwargs.setdefault("connection_file", str(rundir / "kernel.json"))
        super().__init__(**kwargs)
        self._sandbox = sandbox
        self._workdir = workdir
        self._rundir = rundir
        self._slot = slot

    def write_connection_file(self, **kwargs):
        super().write_connection_file(**kwargs)
        if self._sandbox.isolated and self._sandbox.uid is not None:
            uid = self._sandbox.uid + self._slot
            os.chown(self.connection_file, uid, uid)

    def format_kernel_cmd(self, extra_arguments=None):
        inner = [
            sys.executable,
            "-m",
            "aicareer.grading.kernel",
            "-f",
            self.connection_file,
            *(extra_arguments or []),
        ]
        return wrap_command(self._sandbox, inner, self._workdir, self._rundir, self._slot)

    async def _async_pre_start_kernel(self, **kw):
        # The instructor's environment stays outside: the sandbox gets kernel_env() only.
        kw["env"] = {**os.environ} if not self._sandbox.isolated else {}
        if not self._sandbox.isolated:
            kw["env"].update(kernel_env(self._sandbox))
            kw["env"]["HOME"] = str(self._workdir)
            kw["env"]["IPYTHONDIR"] = str(self._rundir / "ipython")
            kw["env"]["JUPYTER_RUNTIME_DIR"] = str(self._rundir)
            if not self._sandbox.mpl_cache:
                kw["env"]["MPLCONFIGDIR"] = str(self._rundir / "mpl")
        kw["cwd"] = str(self._workdir)
        # What the kernel process writes to its own stdout/stderr (not through Jupyter) goes
        # nowhere: it must not flood the instructor's terminal.
        kw["stdout"] = subprocess.DEVNULL
        kw["stderr"] = subprocess.DEVNULL
        return await super()._async_pre_start_kernel(**kw)

    async def _async_interrupt_kernel(self):
        # The kernel runs in its own session inside the sandbox: a signal to the sandbox's
        # process group would not reach it, so interrupt by message (ipykernel signals itself).
        if self.has_kernel:
            msg = self.session.msg("interrupt_request", content={})
            self._connect_control_socket()
            self.session.send(self._control_socket, msg)

    interrupt_kernel = _async_interrupt_kernel


def prepare_matplotlib_cache(folder: Path) -> str | None:
    """Build matplotlib's font cache once in *folder*, so no kernel spends a second on it."""
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "MPLCONFIGDIR": str(folder), "MPLBACKEND": "Agg"}
    try:
        subprocess.run(
            [sys.executable, "-c", "import matplotlib.font_manager"],
            env=env,
            capture_output=True,
            timeout=FONT_CACHE_SECONDS,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return str(folder)
