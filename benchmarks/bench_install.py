"""Install size and time of the two requirement sets, measured the same way.

For each set (the light ``requirements.txt`` that students, readers, the grader and hosted launches
install; ``requirements-dev.txt``, which adds the developers' tools), a fresh virtual environment
is made in a temporary folder and ``pip install -r`` runs into it, from pip's cache as a second
install on the same machine would (run ``make venv`` once first so that the cache holds every
pinned wheel). Reported: the wall time of the install, the number of packages and the size of the
environment on disk.

    .venv/bin/python benchmarks/bench_install.py                          # print the figures
    .venv/bin/python benchmarks/bench_install.py --write benchmarks/RESULTS-install.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = {"light": "requirements.txt", "developer": "requirements-dev.txt"}


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def measure(requirements: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="aicareer-install-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = str(venv / "bin" / "python")
        empty = folder_size(venv)
        start = time.perf_counter()
        subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "-r", str(REPO / requirements)],
            check=True,
            env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
        )
        seconds = time.perf_counter() - start
        listed = subprocess.run(
            [python, "-m", "pip", "list", "--format=freeze"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        return {
            "seconds": seconds,
            "packages": len(listed),
            "megabytes": (folder_size(venv) - empty) / 1e6,
        }


def render(results: dict[str, dict[str, float]]) -> str:
    light, dev = results["light"], results["developer"]
    lines = [
        "# Install size and time of the requirement sets",
        "",
        "Measured by `benchmarks/bench_install.py`: a fresh venv per set, `pip install -r`",
        "from a warm pip cache (so the time is unpacking and installing, not downloading), the",
        "size being what the install added to the venv.",
        "",
        f"**Date:** {dt.date.today().isoformat()}. **Machine:** {os.cpu_count()} cores, "
        f"{platform.platform()}; Python {platform.python_version()}.",
        "",
        "| Set | File | Packages | Size on disk | Install time |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for name, requirements in SETS.items():
        r = results[name]
        lines.append(
            f"| {name} | `{requirements}` | {r['packages']:.0f} | {r['megabytes']:.0f} MB "
            f"| {r['seconds']:.1f} s |"
        )
    lines += [
        "",
        f"The light set is {light['megabytes'] / dev['megabytes']:.0%} of the developer set's size "
        f"and takes {light['seconds'] / dev['seconds']:.0%} of its install time.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", type=Path, help="also write the results to this Markdown file")
    args = parser.parse_args(argv)
    results = {name: measure(requirements) for name, requirements in SETS.items()}
    text = render(results)
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
