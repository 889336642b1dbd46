"""Fixtures of the grading tests: the fixture course (see grading_fixture.py), released once per
test worker and copied for each test; a PostgreSQL server for the shared-gradebook tests."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from grading_fixture import Course, build_course
from postgres_server import Server, ServerError


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


@pytest.fixture(scope="session")
def postgres():
    """This test worker's own PostgreSQL server on 127.0.0.1 (see tests/postgres_server.py)."""
    try:
        server = Server().start()
    except ServerError as err:
        pytest.fail(f"no PostgreSQL server for the gradebook tests: {err}")
    yield server
    server.stop()


@pytest.fixture
def gradebook_url(postgres) -> str:
    """The URL of a new, empty database on the test server: one shared gradebook per test."""
    return postgres.create_database(f"gradebook_{uuid.uuid4().hex[:12]}")
