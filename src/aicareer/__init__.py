"""Shared code of the course "The AI Engineer role in 2026".

What the topic notebooks and the instructor tools share: the data sets and their datasheets
(:mod:`aicareer.datasets`), the course's plot style (:mod:`aicareer.plotting`), the calculators of
worked examples (:mod:`aicareer.compensation`, :mod:`aicareer.stats`), the two stand-in systems
that topic 08 evaluates (:mod:`aicareer.toy_systems`), the release of the student edition
(:mod:`aicareer.release`, :mod:`aicareer.leaks`), the known-answers check
(:mod:`aicareer.answers`), the book's Sphinx extensions (:mod:`aicareer.book`,
:mod:`aicareer.book_execution`) and grading (:mod:`aicareer.grading`).

No exercise's solution lives here: a function that an exercise asks for is written by the student.
"""

__version__ = "0.1.0"
