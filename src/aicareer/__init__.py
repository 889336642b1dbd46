"""Shared code of the course "The AI Engineer role in 2026".

What the topic notebooks and the instructor tools share: the data sets and their datasheets
(:mod:`aicareer.datasets`), the course's plot style (:mod:`aicareer.plotting`), the release of the
student edition (:mod:`aicareer.release`) and grading (:mod:`aicareer.grading`).

No exercise's solution lives here: a function that an exercise asks for is written by the student.
"""

__version__ = "0.1.0"
