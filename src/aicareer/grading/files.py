"""The files of a folder that grading looks at: which they are, their hash, and copies of them.

One walk serves the fingerprint of a submission, the hash of an assignment's source, the copy of
a submission's files into the kernel's folder, and what a run leaves behind for ``autograded/``.
Checkpoints are never part of a folder, and a symbolic link is never followed: a student's
kernel could point one at a file of the instructor.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

IGNORED_FOLDERS = {".ipynb_checkpoints", "__pycache__"}


def files_in(folder: Path, notebooks: bool = True) -> Iterator[Path]:
    """The regular files under *folder*, sorted, relative to it; no links, no checkpoints."""
    found: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in IGNORED_FOLDERS)
        for name in names:
            path = Path(root) / name
            if path.is_symlink() or not path.is_file():
                continue
            if not notebooks and path.suffix == ".ipynb":
                continue
            found.append(path.relative_to(folder))
    yield from sorted(found)


def hash_folder(folder: Path, digest=None):
    """Add every file's path and bytes under *folder* to *digest* (a new SHA-256 by default)."""
    digest = digest if digest is not None else hashlib.sha256()
    if folder.is_dir():
        for relative in files_in(folder):
            digest.update(str(relative).encode() + b"\0")
            with (folder / relative).open("rb") as fh:
                for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                    digest.update(block)
    return digest


def copy_data_files(source: Path, dest: Path) -> int:
    """Copy the files of *source* that are not notebooks into *dest*; return their bytes."""
    total = 0
    for relative in files_in(source, notebooks=False):
        target = dest / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / relative, target)
        total += target.stat().st_size
    return total


def read_data_files(folder: Path, limit: int) -> dict[str, bytes]:
    """The files of *folder* that are not notebooks, up to *limit* bytes in all, by path."""
    found: dict[str, bytes] = {}
    total = 0
    for relative in files_in(folder, notebooks=False):
        try:
            # O_NOFOLLOW: the kernel may have swapped the file for a link since the walk.
            fd = os.open(folder / relative, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(limit - total + 1)
        total += len(data)
        if total > limit:
            break
        found[relative.as_posix()] = data
    return found
