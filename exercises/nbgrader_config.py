"""nbgrader settings of the course: hardened defaults for grading at class scale.

Every path is anchored at this file's folder, so nbgrader behaves the same whatever folder it is
started from (make grade, the formgrader, a test's temporary copy of the course).
"""

import os
from pathlib import Path

c = get_config()  # nbgrader provides get_config() when it loads this file
here = Path(__file__).resolve().parent

c.CourseDirectory.course_id = "ai-engineer-2026"
c.CourseDirectory.root = str(here)
# The gradebook: AICAREER_GRADEBOOK_URL when set (any SQLAlchemy URL; a shared PostgreSQL
# gradebook is postgresql://USER:PASSWORD@HOST/DATABASE, see book/grading.md), else a
# SQLite file beside this config. A SQLite lock held for more than 5 s (sqlite's default) aborts a
# whole run with a misleading "run nbgrader db upgrade" message; wait up to 30 s instead.
c.CourseDirectory.db_url = (
    os.environ.get("AICAREER_GRADEBOOK_URL") or f"sqlite:///{here / 'gradebook.db'}?timeout=30"
)
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]

# Every code cell gets 30 s; a cell over that is interrupted and the submission reported.
c.Execute.timeout = 30
c.Execute.interrupt_on_timeout = True
# Kernel shutdown by request stalled ~4 s per submission; immediate shutdown does not.
c.Execute.shutdown_kernel = "immediate"
c.Execute.raise_on_iopub_timeout = True

# A dated figure is written {fact}`key` in the source; the release prints the fact's text from
# src/aicareer/data/facts/ before nbgrader computes checksums (aicareer.render_facts).
c.GenerateAssignment.preprocessors = [
    "aicareer.render_facts.RenderFacts",
    "nbgrader.preprocessors.IncludeHeaderFooter",
    "nbgrader.preprocessors.InstantiateTests",
    "nbgrader.preprocessors.LockCells",
    "nbgrader.preprocessors.ClearSolutions",
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.CheckCellMetadata",
    "nbgrader.preprocessors.ComputeChecksums",
    "nbgrader.preprocessors.SaveCells",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbgrader.preprocessors.ClearMarkScheme",
    "nbgrader.preprocessors.ComputeChecksums",
    "nbgrader.preprocessors.CheckCellMetadata",
]

# The stub students see where a solution was.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

# A student who deletes a test cell does not escape it: autograde puts it back from the gradebook.
c.OverwriteCells.add_missing_cells = True

# Feedback never shows hidden tests: their source is cleared, and the output of a cell that held
# hidden tests is replaced by a plain sentence so no assertion text leaks through a traceback.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "aicareer.grading.feedback.RedactHiddenTestOutput",
    "nbgrader.preprocessors.ClearHiddenTests",
    # A per-topic profile of the points earned, for notebooks whose test cells name a topic
    # (the checkpoint); it shows points only, never a test's source or expected value.
    "aicareer.grading.profile.AddTopicProfile",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
