"""The per-topic profile of the feedback (aicareer.grading.profile.AddTopicProfile).

A unit test on a small notebook with the scores GetGrades leaves in the cells, and one end-to-end
test: the checkpoint's reference and its untouched student edition graded by the course's grader
in a temporary copy of the course, whose feedback must hold the profile and no part of the key.
"""

from __future__ import annotations

import base64
import copy
import re
from pathlib import Path

import nbformat
import pytest
from course import COURSE, TOPICS

from aicareer import release
from aicareer.environment import put_venv_on_path
from aicareer.grading import feedback, grader
from aicareer.grading.model import Limits, Options, Settings
from aicareer.grading.profile import ATTACHMENT, AddTopicProfile
from aicareer.leaks import leaks, visible_text

CHECKPOINT = "15-checkpoint"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _test_cell(gid: str, source: str, points: float, score: float | None):
    cell = nbformat.v4.new_code_cell(source)
    meta = {"grade": True, "solution": False, "locked": True, "grade_id": gid, "points": points}
    if score is not None:
        meta["score"] = score
    cell.metadata = {"nbgrader": meta}
    return cell


def _small_notebook() -> nbformat.NotebookNode:
    """Three tagged test cells over two topics, one untagged test cell, a solution cell."""
    solution = nbformat.v4.new_code_cell("answer = 42")
    solution.metadata = {"nbgrader": {"grade": False, "solution": True, "grade_id": "ex1-solution"}}
    return nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# A quiz"),
            solution,
            _test_cell(
                "ex1-test-a",
                "# topic: 09-compensation; section: A worked four-year TC\n"
                "assert type(answer) is int\n",
                points=2,
                score=2,
            ),
            _test_cell(
                "ex1-test-b",
                "# topic: 09-compensation; section: A worked four-year TC\nassert answer > 0\n",
                points=3,
                score=0,
            ),
            _test_cell("ex2-test", "# topic: 04-skill-stack\nassert True\n", points=1, score=1),
            _test_cell("ex3-test", "assert True  # no topic tag\n", points=5, score=0),
        ]
    )


def test_profile_table_chart_and_go_back_list():
    nb, _ = AddTopicProfile().preprocess(_small_notebook(), {})
    cell = nb.cells[-1]
    assert cell.cell_type == "markdown" and cell.source.startswith("## Your profile")
    text = cell.source
    assert "| 09-compensation | 2 | 2 | 5 | 40% |" in text
    assert "| 04-skill-stack | 1 | 1 | 1 | 100% |" in text
    assert "| **All topics** | 3 | 3 | 6 | 50% |" in text, "untagged cells are left out"
    assert "ex3-test" not in text
    go_back = text[text.index("### Go back to") :]
    assert (
        '09-compensation**, section "A worked four-year TC": ex1-test-b (0 of 3 points)' in go_back
    )
    assert "ex1-test-a" not in go_back and "04-skill-stack" not in go_back, "only lost points"
    png = base64.b64decode(cell.attachments[ATTACHMENT]["image/png"])
    assert png.startswith(PNG_MAGIC)
    alt = re.search(r"!\[([^\]]+)\]\(attachment:" + re.escape(ATTACHMENT) + r"\)", text)
    assert alt and "09-compensation" in alt.group(1), "the alt text names the weak topics"
    assert "assert" not in text, "no test source in the profile"


def test_profile_leaves_untagged_notebooks_alone():
    nb = _small_notebook()
    nb.cells = [c for c in nb.cells if "topic:" not in c.source]
    before = copy.deepcopy(nb)
    after, _ = AddTopicProfile().preprocess(nb, {})
    assert after == before


def test_profile_reads_metadata_tags_missing_scores_and_links():
    nb = nbformat.v4.new_notebook(cells=[_test_cell("q-test", "assert True\n", 4, None)])
    nb.cells[0].metadata["aicareer"] = {"topic": "13-multi-year-path", "section": "Levels"}
    profile = AddTopicProfile(
        link_template="https://example.org/{topic}.html", include_figure=False
    )
    nb, _ = profile.preprocess(nb, {})
    text = nb.cells[-1].source
    assert "| 13-multi-year-path | 1 | 0 | 4 | 0% |" in text, "an unscored cell earned nothing"
    assert "[13-multi-year-path](https://example.org/13-multi-year-path.html)" in text
    assert "attachment:" not in text and not nb.cells[-1].get("attachments")


def test_profile_full_marks_has_nothing_to_go_back_to():
    nb = nbformat.v4.new_notebook(
        cells=[_test_cell("a-test", "# topic: 01-state-of-the-market\nassert 1\n", 2, 2)]
    )
    nb, _ = AddTopicProfile(include_figure=False).preprocess(nb, {})
    assert "nothing to go back to" in nb.cells[-1].source


# -- end to end --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def graded_checkpoint(tmp_path_factory) -> Path:
    if CHECKPOINT not in TOPICS:
        pytest.skip(f"{CHECKPOINT} does not exist")
    root = release.copy_course(
        COURSE, tmp_path_factory.mktemp("checkpoint") / "course", only=[CHECKPOINT]
    )
    release.generate_assignments(root)
    put_venv_on_path()
    source = nbformat.read(root / "source" / CHECKPOINT / f"{CHECKPOINT}.ipynb", as_version=4)
    released = nbformat.read(root / "release" / CHECKPOINT / f"{CHECKPOINT}.ipynb", as_version=4)
    for student, nb in (("reference", source), ("stub", released)):
        folder = root / "submitted" / student / CHECKPOINT
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / f"{CHECKPOINT}.ipynb")
    result = grader.run(
        Settings(
            course=Path(root),
            workers=2,
            quiet=True,
            feedback=True,
            options=Options(cell_timeout=60),
            limits=Limits(memory_mb=1024, cpu_seconds=60, processes=64),
        )
    )
    assert result.feedback_failed == [], result.feedback_failed
    return Path(root)


def _feedback(root: Path, student: str) -> str:
    return (root / "feedback" / student / CHECKPOINT / f"{CHECKPOINT}.html").read_text("utf-8")


def _profile_text(page: str) -> str:
    text = visible_text(page)
    assert "Your profile across the topics" in text, "the feedback holds the profile"
    return text[text.rindex("Your profile across the topics") :]


@pytest.mark.slow
def test_checkpoint_feedback_holds_the_profile(graded_checkpoint):
    reference = _feedback(graded_checkpoint, "reference")
    profile = _profile_text(reference)
    assert re.search(r"All topics\s*\|?\s*23\s*\|?\s*53\s*\|?\s*53\s*\|?\s*100%", profile)
    assert "nothing to go back to" in profile
    assert 'src="data:image/png;base64,' in reference, "the chart is embedded in the page"
    stub_profile = _profile_text(_feedback(graded_checkpoint, "stub"))
    assert re.search(r"All topics\s*\|?\s*23\s*\|?\s*0\s*\|?\s*53\s*\|?\s*0%", stub_profile)
    for topic in TOPICS[:14]:
        assert topic in stub_profile, f"the go-back list names {topic}"
    assert "A worked four-year TC" in stub_profile


@pytest.mark.slow
def test_checkpoint_feedback_reveals_no_key(graded_checkpoint):
    source = nbformat.read(COURSE / "source" / CHECKPOINT / f"{CHECKPOINT}.ipynb", as_version=4)
    hidden = feedback.hidden_lines(source)
    assert len(hidden) >= 17, "every question has hidden checks"
    for student in ("reference", "stub"):
        page = visible_text(_feedback(graded_checkpoint, student))
        shown = leaks(hidden, page)  # whole lines: the reference's own code may share a part
        assert shown == [], f"hidden test lines in {student}'s feedback: {shown[:3]}"
        profile = page[page.rindex("Your profile across the topics") :]
        for key in ("0.0654", "8317.9", "ACDFG", "444", "0.258", "0.2686", '"D"', "0.7283"):
            assert key not in profile, f"the profile shows {key!r}"
    stub = visible_text(_feedback(graded_checkpoint, "stub"))
    for key in ("0.0654296875", "8317.90", 'set("ACDFG")', '== "D"', "first_hit = [None"):
        assert key not in stub, f"the stub's feedback shows {key!r}"
