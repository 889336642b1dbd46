"""Release the student edition: ``notebooks/`` generated from ``exercises/source`` by nbgrader.

``make release`` (the console script ``aicareer-release``) does three things:

1. strips outputs and volatile metadata from the source notebooks, so they are committed clean;
2. runs nbgrader's own ``generate_assignment`` on a temporary copy of the course, so the
   instructor's gradebook is never touched and solutions and hidden tests are removed by nbgrader
   itself;
3. writes each released notebook to ``notebooks/NN-slug.ipynb`` in a normalised form (no outputs,
   stable cell ids, sorted keys, fixed kernelspec, book tags on exercise cells), so that a second
   run changes no byte.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
from nbgrader.apps.api import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config, PyFileConfigLoader

from aicareer.environment import put_venv_on_path
from aicareer.leaks import distinctive_lines, leaks

# Cell metadata that belongs in a committed notebook (``mystnb`` holds a figure's alternative text
# for the book); everything else (execution times, scroll state, collapsed flags) is editor noise
# that would make diffs and releases unstable.
CELL_METADATA_KEPT = ("deletable", "editable", "jupyter", "mystnb", "nbgrader", "tags")
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
# In the book, an exercise cell of the student edition shows its starting code only: the stub
# raises NotImplementedError, and a traceback on the page would read as a broken book.
EXERCISE_TAGS = ("raises-exception", "remove-output")


class ReleaseError(RuntimeError):
    """The release could not be generated; the message says what to fix."""


def find_repo_root(start: Path | None = None) -> Path:
    """Return the course's root folder: the nearest parent holding ``exercises/source``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "exercises" / "source").is_dir() and (folder / "_toc.yml").is_file():
            return folder
    raise ReleaseError(
        f"no course found at or above {here}: run this from the course repository, "
        "the folder that holds _toc.yml and exercises/source"
    )


def assignment_ids(course_dir: Path) -> list[str]:
    """Return the assignment ids under ``course_dir/source``, sorted (``01-...`` first)."""
    source = course_dir / "source"
    ids = sorted(p.name for p in source.iterdir() if p.is_dir() and not p.name.startswith("."))
    for name in ids:
        if not (source / name / f"{name}.ipynb").is_file():
            raise ReleaseError(
                f"{source / name} must contain {name}.ipynb: the notebook is named after its folder"
            )
    return ids


def _is_exercise_code_cell(cell: nbformat.NotebookNode) -> bool:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return cell.cell_type == "code" and bool(meta.get("solution") or meta.get("grade"))


def normalise(nb: nbformat.NotebookNode, *, student_edition: bool) -> nbformat.NotebookNode:
    """Return a copy of *nb* without outputs or volatile metadata, ready to commit.

    In the student edition, exercise code cells (solution stubs and tests) also get the book tags
    ``raises-exception`` and ``remove-output``.
    """
    nb = copy.deepcopy(nb)
    nb.metadata = nbformat.from_dict(
        {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"}}
    )
    nb.nbformat, nb.nbformat_minor = 4, 5
    for cell in nb.cells:
        cell.metadata = nbformat.from_dict(
            {k: v for k, v in cell.metadata.items() if k in CELL_METADATA_KEPT}
        )
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        if "attachments" in cell and not cell.attachments:
            del cell["attachments"]
        if student_edition and _is_exercise_code_cell(cell):
            tags = list(cell.metadata.get("tags", []))
            tags += [t for t in EXERCISE_TAGS if t not in tags]
            cell.metadata["tags"] = tags
    nbformat.validate(nb)
    return nb


def dumps(nb: nbformat.NotebookNode) -> str:
    """Serialise *nb* the way Jupyter does (indent 1, sorted keys), ending in a newline."""
    text = nbformat.writes(nb, version=4)
    return text if text.endswith("\n") else text + "\n"


def _write_if_changed(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def clean_sources(course_dir: Path, only: list[str] | None = None) -> list[Path]:
    """Strip outputs and volatile metadata from every source notebook (or those in *only*);
    return those rewritten."""
    changed = []
    for name in only if only is not None else assignment_ids(course_dir):
        path = course_dir / "source" / name / f"{name}.ipynb"
        nb = nbformat.read(path, as_version=4)
        if _write_if_changed(path, dumps(normalise(nb, student_edition=False))):
            changed.append(path)
    return changed


def copy_course(course_dir: Path, dest: Path, only: list[str] | None = None) -> Path:
    """Copy the instructor's course into *dest*: the config and the sources, no student data.

    With *only*, copy just those assignments.
    """
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(course_dir / "nbgrader_config.py", dest / "nbgrader_config.py")
    for name in only if only is not None else assignment_ids(course_dir):
        shutil.copytree(
            course_dir / "source" / name,
            dest / "source" / name,
            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
        )
    return dest


def load_course_config(course_dir: Path) -> Config:
    """Load ``course_dir/nbgrader_config.py`` as nbgrader would."""
    return PyFileConfigLoader("nbgrader_config.py", path=str(course_dir)).load_config()


def generate_assignments(course_copy: Path) -> Path:
    """Run nbgrader's ``generate_assignment`` for every assignment of *course_copy*.

    nbgrader runs in this process (its start-up is paid once, not once per topic). Returns the
    folder ``course_copy/release``. Raises ``ReleaseError`` with nbgrader's log when it fails, for
    example on a solution region without its END marker.
    """
    config = load_course_config(course_copy)
    put_venv_on_path()
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    for name in assignment_ids(course_copy):
        result = api.generate_assignment(name, force=True, create=True)
        if not result["success"]:
            # nbgrader's "error" is its own wrapper's traceback; the cause is in the log.
            log = result.get("log", "").strip().splitlines()
            causes = [line for line in log if "Error:" in line or "error" in line.lower()]
            detail = "\n".join(causes[-5:] or log[-20:]) or result.get("error", "")
            raise ReleaseError(f"nbgrader could not release {name}:\n{detail}")
    return course_copy / "release"


def student_text(nb: nbformat.NotebookNode) -> str:
    """Return all cell sources of *nb*, the text a student can read."""
    return "\n".join(cell.source for cell in nb.cells)


def write_student_edition(
    course_copy: Path, notebooks_dir: Path, *, remove_stale: bool = True
) -> list[Path]:
    """Write every notebook released in *course_copy* to ``notebooks_dir/NN-slug.ipynb``.

    Each notebook is normalised and checked against its source: if a line of a solution or hidden
    test reached it, ``ReleaseError`` names the line and nothing is written. With *remove_stale*,
    notebooks in *notebooks_dir* that no longer have a source are removed. Returns the paths
    written or removed (an unchanged file is not rewritten).
    """
    pending = {}
    for name in assignment_ids(course_copy):
        released = nbformat.read(course_copy / "release" / name / f"{name}.ipynb", as_version=4)
        source = nbformat.read(course_copy / "source" / name / f"{name}.ipynb", as_version=4)
        student = normalise(released, student_edition=True)
        leaked = leaks(distinctive_lines(source), student_text(student))
        if leaked:
            raise ReleaseError(f"solution or hidden-test text would reach {name}: {leaked[:3]}")
        pending[notebooks_dir / f"{name}.ipynb"] = dumps(student)
    notebooks_dir.mkdir(parents=True, exist_ok=True)
    changed = [path for path, text in pending.items() if _write_if_changed(path, text)]
    for stale in sorted(notebooks_dir.glob("*.ipynb")) if remove_stale else []:
        if stale not in pending:
            stale.unlink()
            changed.append(stale)
    return changed


def release(repo_root: Path, only: list[str] | None = None) -> list[Path]:
    """Clean the sources and regenerate ``notebooks/``; return every file that changed.

    With *only* (assignment ids), just those topics are cleaned and released, and the student
    notebooks of the other topics are left as they are.
    """
    course_dir = repo_root / "exercises"
    if only is not None:
        unknown = sorted(set(only) - set(assignment_ids(course_dir)))
        if unknown:
            raise ReleaseError(f"no such topic under exercises/source: {', '.join(unknown)}")
    changed = clean_sources(course_dir, only)
    with tempfile.TemporaryDirectory(prefix="aicareer-release-") as tmp:
        course_copy = copy_course(course_dir, Path(tmp) / "course", only)
        generate_assignments(course_copy)
        changed += write_student_edition(
            course_copy, repo_root / "notebooks", remove_stale=only is None
        )
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Regenerate the student edition notebooks/ from exercises/source."
    )
    parser.add_argument("--repo", type=Path, default=None, help="course root (default: here)")
    parser.add_argument(
        "topics",
        nargs="*",
        metavar="TOPIC",
        help="release only these topics (for example 09-compensation); default: every topic",
    )
    args = parser.parse_args(argv)
    try:
        root = find_repo_root(args.repo)
        changed = release(root, args.topics or None)
    except ReleaseError as err:
        print(f"release failed: {err}", file=sys.stderr)
        return 1
    for path in changed:
        print(f"updated {path.relative_to(root)}")
    print(f"notebooks/ is up to date with exercises/source ({len(changed)} file(s) changed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
