"""Fixtures of the grading tests: the fixture course (see grading_fixture.py), released once per
test worker and copied for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from grading_fixture import Course, build_course


@pytest.fixture(scope="session")
def course_template(tmp_path_factory) -> Path:
    """The released fixture course, built once per test worker; copy it, never change it."""
    root = tmp_path_factory.mktemp("grading-template") / "course"
    build_course(root)
    return root


@pytest.fixture
def course(course_template, tmp_path) -> Course:
    """A fresh copy of the released fixture course for one test."""
    root = tmp_path / "course"
    shutil.copytree(course_template, root)
    # The gradebook URL in the config is anchored at the config's folder: nothing to rewrite.
    return Course(root)
