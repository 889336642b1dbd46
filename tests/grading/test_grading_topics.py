"""The grader on every real topic: the solution earns every test point with no false alarm, the
student edition earns nothing, and an answer made of objects that lie earns nothing either.

The last check is how the authoring guide's rule "check the type before the value" is enforced
for every topic that exists: a topic whose tests a lying object can pass fails here.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest
from course import COURSE, TOPICS

from aicareer import release
from aicareer.grading import grader
from aicareer.grading.model import Options, Settings

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grading")]

LIAR = '''class _Liar:
    """Equal to everything, greater and smaller than everything, any shape you ask for."""
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    def __lt__(self, other): return True
    def __le__(self, other): return True
    def __gt__(self, other): return True
    def __ge__(self, other): return True
    def __bool__(self): return True
    def __hash__(self): return 0
    def __float__(self): return 0.0
    def __int__(self): return 0
    def __index__(self): return 0
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, item): return True
    def __getitem__(self, key): return _Liar()
    def __getattr__(self, name): return _Liar()
    def __call__(self, *args, **kwargs): return _Liar()
    def __abs__(self): return _Liar()
    def __neg__(self): return _Liar()
    def __round__(self, n=None): return _Liar()
    def __add__(self, other): return _Liar()
    __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __add__
'''


def _assigned_names(source_region: str) -> list[str]:
    names = []
    for line in source_region.splitlines():
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)\s*=", line)
        if m and m.group(1) not in names:
            names.append(m.group(1))
    return names


def liar_submission(source: nbformat.NotebookNode, released: nbformat.NotebookNode):
    """The student edition where every stub returns (or assigns) a lying object."""
    regions = {}
    for cell in source.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        m = re.search(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", cell.source, re.S)
        if gid and m:
            regions[gid] = m.group(1)
    nb = nbformat.from_dict(released)
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or not meta.get("solution"):
            continue
        lines = []
        for line in cell.source.splitlines():
            if line.strip() == "raise NotImplementedError()":
                indent = line[: len(line) - len(line.lstrip())]
                if indent:
                    lines.append(f"{indent}return _Liar()")
                else:
                    names = _assigned_names(regions.get(meta.get("grade_id"), ""))
                    lines += [f"{name} = _Liar()" for name in names] or ["pass"]
            else:
                lines.append(line)
        cell.source = LIAR + "\n".join(lines)
    return nb


@pytest.fixture(scope="module")
def graded_topics(tmp_path_factory):
    if not TOPICS:
        pytest.fail("exercises/source holds no topic")
    root = release.copy_course(COURSE, tmp_path_factory.mktemp("topics") / "course")
    release.generate_assignments(root)
    for name in TOPICS:
        source = nbformat.read(root / "source" / name / f"{name}.ipynb", as_version=4)
        released = nbformat.read(root / "release" / name / f"{name}.ipynb", as_version=4)
        for student, nb in (
            ("reference", source),
            ("stub", released),
            ("liar", liar_submission(source, released)),
        ):
            folder = root / "submitted" / student / name
            folder.mkdir(parents=True)
            nbformat.write(nb, folder / f"{name}.ipynb")
    result = grader.run(
        Settings(
            course=Path(root),
            workers=2,
            quiet=True,
            feedback=False,
            options=Options(cell_timeout=60),
        )
    )
    return root, result


def _test_scores(root: Path, topic: str, student: str) -> dict[str, tuple[float, float]]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        assignment = gb.find_assignment(topic)
        solution_ids = {c.name for nb in assignment.notebooks for c in nb.solution_cells}
        nb = gb.find_submission_notebook(topic, topic, student)
        return {
            g.name: (g.auto_score or 0.0, g.max_score)
            for g in nb.grades
            if g.cell.cell_type == "code" and g.name not in solution_ids
        }


def _outcome(result, topic, student):
    return next(o for o in result.outcomes if (o.assignment, o.student) == (topic, student))


@pytest.mark.parametrize("topic", TOPICS)
def test_reference_solution_earns_every_test_point_without_false_alarm(graded_topics, topic):
    root, result = graded_topics
    out = _outcome(result, topic, "reference")
    assert out.review == [], f"the scan notes the instructor's own solution: {out.review}"
    assert out.tampering == [], f"the guard flags the instructor's own solution: {out.tampering}"
    assert out.status in ("graded", "needs_manual_grading"), out.summary
    scores = _test_scores(root, topic, "reference")
    short = {k: v for k, v in scores.items() if v[0] != v[1]}
    assert scores and not short, f"the reference solution loses points: {short}"


@pytest.mark.parametrize("topic", TOPICS)
def test_student_edition_earns_nothing(graded_topics, topic):
    root, result = graded_topics
    assert _outcome(result, topic, "stub").status == "graded"
    earned = {k: v for k, v in _test_scores(root, topic, "stub").items() if v[0]}
    assert not earned, earned


@pytest.mark.parametrize("topic", TOPICS)
def test_lying_objects_earn_nothing(graded_topics, topic):
    root, _result = graded_topics
    earned = {k: v for k, v in _test_scores(root, topic, "liar").items() if v[0]}
    assert not earned, (
        f"test cells of {topic} that an object lying about equality and "
        f"comparison passes (check the type before the value): {sorted(earned)}"
    )


def test_every_topic_was_graded_in_one_batch(graded_topics):
    _, result = graded_topics
    assert len(result.outcomes) == 3 * len(TOPICS)
    assert not [o.summary for o in result.outcomes if o.transient]
    shutil.rmtree(graded_topics[0] / "autograded", ignore_errors=True)
