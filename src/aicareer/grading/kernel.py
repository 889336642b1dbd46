"""The kernel launcher of a sandboxed submission: resource limits first, then a plain ipykernel.

Run as ``python -m aicareer.grading.kernel -f CONNECTION_FILE``. The limits come from the
environment variable ``AICAREER_LIMITS`` (JSON, see :class:`aicareer.grading.model.Limits`);
they apply to the kernel and to every process it starts, and cannot be raised from inside.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys

MB = 1024 * 1024


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent (the grading worker) dies."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except Exception:  # not Linux: the sandbox's --die-with-parent still applies
        pass


def apply_limits(limits: dict) -> None:
    """Set the hard and soft limits of this process (inherited by its children)."""
    pairs = {
        resource.RLIMIT_AS: limits.get("memory_mb", 0) * MB,
        resource.RLIMIT_CPU: limits.get("cpu_seconds", 0),
        resource.RLIMIT_FSIZE: limits.get("file_size_mb", 0) * MB,
        resource.RLIMIT_NOFILE: limits.get("open_files", 0),
        resource.RLIMIT_NPROC: limits.get("processes", 0),
        resource.RLIMIT_CORE: 0,
    }
    for which, value in pairs.items():
        if value or which == resource.RLIMIT_CORE:
            resource.setrlimit(which, (value, value))


def main() -> None:
    _die_with_parent()
    # The grading worker ignores Ctrl-C, and an ignored SIGINT is inherited: give the kernel
    # back Python's KeyboardInterrupt, or no interrupt would ever stop a cell.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    apply_limits(json.loads(os.environ.pop("AICAREER_LIMITS", "{}")))
    from ipykernel.kernelapp import launch_new_instance

    sys.argv[0] = "ipykernel_launcher"
    launch_new_instance()


if __name__ == "__main__":
    main()
