"""aicareer.datasets, and the promises every shipped data set keeps: a datasheet with source,
date and method, and (for synthetic data) a seeded script that regenerates it byte for byte."""

from __future__ import annotations

import re
import subprocess
import sys

import pandas as pd
import pytest
from course import REPO

from aicareer import datasets

DATA = REPO / "src" / "aicareer" / "data"
NAMES = datasets.available()


def test_available_lists_every_csv():
    assert sorted(p.stem for p in DATA.glob("*.csv")) == NAMES
    assert NAMES, "the package ships no data set"


@pytest.mark.parametrize("name", NAMES)
def test_load_returns_a_non_empty_frame(name):
    frame = datasets.load(name)
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) > 0 and len(frame.columns) > 1


@pytest.mark.parametrize("name", NAMES)
def test_datasheet_states_source_date_and_method(name):
    sheet = datasets.datasheet(name).lower()
    for word in ("source", "method"):
        assert word in sheet, f"the datasheet of {name} does not state its {word}"
    assert re.search(r"\b20\d\d\b", sheet), f"the datasheet of {name} gives no date"
    for column in datasets.load(name).columns:
        assert column.lower() in sheet, f"the datasheet of {name} does not describe {column!r}"


@pytest.mark.parametrize("name", NAMES)
def test_synthetic_data_have_a_generator(name):
    if "synthetic" in datasets.datasheet(name).lower():
        script = REPO / "scripts" / f"generate_{name}.py"
        assert script.is_file(), f"{name} is synthetic but {script} does not exist"


GENERATORS = sorted((REPO / "scripts").glob("generate_*.py"))


@pytest.mark.parametrize("script", GENERATORS, ids=[g.stem for g in GENERATORS])
def test_generator_reproduces_the_shipped_file(script, tmp_path):
    name = script.stem.removeprefix("generate_")
    out = tmp_path / f"{name}.csv"
    subprocess.run([sys.executable, str(script), str(out)], check=True, timeout=120)
    assert out.read_bytes() == (DATA / f"{name}.csv").read_bytes(), f"{name}.csv is not reproduced"


def test_unknown_name_lists_what_exists():
    with pytest.raises(ValueError, match="no data set called 'nope'") as err:
        datasets.load("nope")
    assert NAMES[0] in str(err.value)


def test_name_must_be_a_string():
    with pytest.raises(TypeError, match="a string"):
        datasets.datasheet(3)
