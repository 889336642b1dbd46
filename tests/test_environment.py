"""aicareer.environment: the venv's bin first on PATH, once."""

import os

from aicareer import environment


def test_with_venv_on_path_puts_venv_first_and_keeps_the_rest():
    env = environment.with_venv_on_path({"PATH": "/usr/bin:/bin", "HOME": "/h"})
    assert env["PATH"].split(os.pathsep) == [environment.venv_bin(), "/usr/bin", "/bin"]
    assert env["HOME"] == "/h"


def test_with_venv_on_path_handles_a_missing_path():
    assert environment.with_venv_on_path({})["PATH"] == environment.venv_bin()


def test_put_venv_on_path_is_idempotent(monkeypatch):
    monkeypatch.setenv("PATH", "/usr/bin")
    environment.put_venv_on_path()
    environment.put_venv_on_path()
    assert os.environ["PATH"] == os.pathsep.join([environment.venv_bin(), "/usr/bin"])
