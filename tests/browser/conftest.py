"""Fixtures of the browser tests: Debian's Chromium driven by Playwright, the built book served on
a loopback port, a JupyterLab server for the student flow, and a watch on every page.

Chromium comes from Debian (``make browsers`` runs ``scripts/install-chromium.sh``); Playwright's
own browser download does not work offline. A missing Chromium fails the tests: it never skips.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from browsing import CHROMIUM, CHROMIUM_ARGS, StaticServer, new_watched_page, topic_pages
from course import NOTEBOOKS, REPO, venv_env

# Longer than any browser test takes on a loaded machine (the lab flow, the slowest, waits up to
# 180 s for its kernel), far shorter than CI's limit.
RENDERER_HANG_SECONDS = 420


def _renderers_of(ancestor: int) -> list[int]:
    """Chromium renderer processes descended from process *ancestor*."""
    parents, renderers = {}, []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
        if b"--type=renderer" in cmdline:
            renderers.append(int(entry))

    def descends(pid: int) -> bool:
        seen = set()
        while pid > 1 and pid not in seen:
            seen.add(pid)
            pid = parents.get(pid, 0)
            if pid == ancestor:
                return True
        return False

    return [pid for pid in renderers if descends(pid)]


@pytest.fixture(autouse=True)
def renderer_watchdog(request):
    """Kill this worker's Chromium renderers if a test runs past RENDERER_HANG_SECONDS.

    A renderer hung once in a CI-like run on a loaded machine: a test's ``context.close()``
    waited for it for more than ten minutes, and killing the renderers let that test and the
    rest of the run pass. A hang now ends after a bounded time; a test that still needed its page
    then fails with Playwright's "Target crashed" error instead of stalling the whole run.
    """
    done = threading.Event()

    def watch():
        if done.wait(RENDERER_HANG_SECONDS):
            return
        killed = _renderers_of(os.getpid())
        for pid in killed:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        print(
            f"\n{request.node.nodeid}: ran past {RENDERER_HANG_SECONDS} s; killed "
            f"{len(killed)} hung Chromium renderer(s)",
            file=sys.stderr,
        )

    threading.Thread(target=watch, daemon=True).start()
    yield
    done.set()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium per test worker."""
    if not CHROMIUM.is_file():
        pytest.fail(
            f"{CHROMIUM} is missing: run `make browsers` (scripts/install-chromium.sh) first",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# --- The built book, served on loopback --------------------------------------------------------


@pytest.fixture(scope="session")
def site(built_book: Path) -> Iterator[str]:
    """The built book served at http://127.0.0.1:<free port>; yields the base URL."""
    with StaticServer(built_book) as server:
        yield server.url


@pytest.fixture
def book_page(browser, site):
    """A fresh page on the book's site; yields (page, watch)."""
    context, page, watch = new_watched_page(browser, site)
    yield page, watch
    context.close()


# --- JupyterLab as a student meets it ----------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Lab:
    url: str
    token: str
    root: Path
    log: Path

    def log_tail(self, chars: int = 4000) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]


@pytest.fixture(scope="session")
def student_notebooks() -> list[str]:
    """The student edition's notebooks, in table-of-contents order."""
    names = [f"{Path(p).name}.ipynb" for p in topic_pages()]
    names = [n for n in names if (NOTEBOOKS / n).is_file()]
    if not names:
        pytest.fail("no topic notebook of _toc.yml exists in notebooks/: run `make release`")
    return names


@pytest.fixture(scope="session")
def student_lab(tmp_path_factory, student_notebooks) -> Iterator[Lab]:
    """JupyterLab with the students' settings (lab/student) on a copy of notebooks/.

    The server runs in its own process group, which is ended whatever the tests did.
    """
    tmp = tmp_path_factory.mktemp("student-lab")
    root = tmp / "notebooks"
    root.mkdir()
    for name in student_notebooks:
        shutil.copy2(NOTEBOOKS / name, root / name)
    port, token = free_port(), secrets.token_hex(16)
    env = venv_env()
    env["JUPYTER_CONFIG_DIR"] = str(REPO / "lab" / "student")
    log = tmp / "jupyter-lab.log"
    cmd = [
        str(Path(sys.executable).parent / "jupyter"),
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--notebook-dir={root}",
        # Keep the repository clean: workspaces and changed settings go to the temporary folder.
        f"--LabApp.workspaces_dir={tmp / 'workspaces'}",
        f"--LabApp.user_settings_dir={tmp / 'user-settings'}",
    ]
    if os.geteuid() == 0:  # CI runs as root
        cmd.append("--allow-root")
    with log.open("w") as out:
        proc = subprocess.Popen(
            cmd, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    lab = Lab(f"http://127.0.0.1:{port}", token, root, log)
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.fail(f"JupyterLab exited with {proc.returncode}:\n{lab.log_tail()}")
            try:
                with urllib.request.urlopen(f"{lab.url}/api/status?token={token}", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not answer in 90 s:\n{lab.log_tail()}")
                time.sleep(0.3)
        yield lab
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    """End the server's whole process group (server and kernels): TERM, then KILL."""
    if proc.poll() is None:
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                proc.wait(timeout=wait)
                break
            except subprocess.TimeoutExpired:
                continue
    # Kernels live in the same process group; end any that outlived the server.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
