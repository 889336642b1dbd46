"""What every data-set generator in scripts/ shares: its command line and the CSV format.

A generator is run as ``python scripts/generate_<name>.py OUT.csv`` and must write the shipped
``src/aicareer/data/<name>.csv`` byte for byte: UTF-8, ``\\n`` line endings, minimal quoting by
Python's csv module.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write *header* and *rows* to *path* in the course's CSV format."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def run(
    argv: Sequence[str], header: Sequence[str], make_rows: Callable[[], Iterable[Sequence[object]]]
) -> int:
    """The main program of a generator: *argv* is ``sys.argv``; returns the exit code."""
    if len(argv) != 2:
        print(f"usage: python {argv[0] if argv else 'generate.py'} OUT.csv", file=sys.stderr)
        return 2
    write_csv(Path(argv[1]), header, make_rows())
    return 0
