"""Fairness: correct answers written the way students write them keep every mark.

Beside the adversarial suite: each submission here answers both exercises of the fixture
correctly, with ordinary library code (``inspect``, ``pickle``, ``types``, ``threading``,
``setattr``, ``vars``, ``__dict__``, ``operator.attrgetter``, ``sys.path``, ``MappingProxyType``,
numpy, a thread pool, ``IPython.display``), magics, prints, warnings and logging. Every one must
earn full marks, with no tampering reported and no note asking the instructor to review it.
"""

from __future__ import annotations

import shutil

import pytest
from grading_fixture import Course

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grading")]

FULL = 5.0
CHECKS = """    if not isinstance(r, (int, float)) or isinstance(r, bool):
        raise TypeError("r must be a number")
    if r < 0:
        raise ValueError("r must be >= 0")
"""
MEAN = '''def mean(xs):
    """The arithmetic mean of a non-empty list of numbers, as a float."""
    if not xs:
        raise ValueError("empty list")
    return float(sum(xs)) / len(xs)'''

VARIANTS = {
    # The measurement: standard-library code that the old deny-list zeroed.
    "stdlib-introspection": (
        '''import copy, inspect, pickle, types, threading, dataclasses

@dataclasses.dataclass
class Circle:
    radius: float

def area(r):
    """Area of a circle of radius r (a number >= 0)."""
'''
        + CHECKS
        + """    shape = types.SimpleNamespace()
    setattr(shape, "radius", r)
    fields = pickle.loads(pickle.dumps(dict(vars(shape))))
    assert "iterable" in str(inspect.signature(sum))
    result = []
    worker = threading.Thread(target=lambda: result.append(copy.copy(fields["radius"])))
    worker.start()
    worker.join()
    return math.pi * Circle(result[0]).radius ** 2""",
        MEAN,
    ),
    "attrgetter-dict-syspath": (
        '''import operator, sys, types

class Disc:
    def __init__(self, r):
        self.r = r

def area(r):
    """Area of a circle of radius r (a number >= 0)."""
'''
        + CHECKS
        + """    discs = sorted([Disc(0), Disc(r)], key=operator.attrgetter("r"))
    state = types.MappingProxyType(discs[-1].__dict__)
    assert any(isinstance(entry, str) for entry in sys.path)
    return math.pi * state["r"] * state["r"]""",
        MEAN,
    ),
    "magics": (
        '''%matplotlib inline
%time total = sum(range(10))
!echo "computing areas"

def area(r):
    """Area of a circle of radius r (a number >= 0)."""
'''
        + CHECKS
        + "    return math.pi * r * r",
        "%%time\n" + MEAN,
    ),
    "prints-warnings-logging": (
        '''import logging, sys, warnings

def area(r):
    """Area of a circle of radius r (a number >= 0)."""
    print("computing the area of", r)
    print("debug: on stderr", file=sys.stderr)
    warnings.warn("a warning while the tests run")
    logging.warning("a log line while the tests run")
'''
        + CHECKS
        + "    return math.pi * r * r",
        MEAN.replace("    if not xs:", "    print('mean of', xs)\n    if not xs:"),
    ),
    "numpy-display-threadpool": (
        '''import functools
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from IPython.display import Markdown, display

@functools.lru_cache(maxsize=None)
def _area(r):
    return float(np.pi * r * r)

def area(r):
    """Area of a circle of radius r (a number >= 0)."""
'''
        + CHECKS
        + """    display(Markdown(f"**area** of {r}"))
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_area, r).result()""",
        '''import numpy as np

def mean(xs):
    """The arithmetic mean of a non-empty list of numbers, as a float."""
    if not xs:
        raise ValueError("empty list")
    return float(np.mean(xs))''',
    ),
}


@pytest.fixture(scope="module")
def fair_batch(course_template, tmp_path_factory):
    root = tmp_path_factory.mktemp("fairness") / "course"
    shutil.copytree(course_template, root)
    course = Course(root)
    for student, (ex1, ex2) in VARIANTS.items():
        course.submit(student, course.with_answers({"ex1-solution": ex1, "ex2-solution": ex2}))
    return course, course.grade(feedback=False)


@pytest.mark.parametrize("student", sorted(VARIANTS))
def test_a_correct_answer_in_ordinary_code_earns_full_marks(fair_batch, student):
    course, result = fair_batch
    out = course.outcome(result, student)
    assert course.test_points(student) == FULL, (course.scores(student), out.summary)
    assert out.status == "graded", out.summary
    assert out.tampering == [], out.tampering
    assert out.review == [], f"ordinary code flagged for review: {out.review}"
