"""Grading at class scale: parallel, sandboxed, tamper-resistant, with honest reports.

The console script ``aicareer-grade`` (:mod:`aicareer.grading.grader`) grades every submission
under ``exercises/submitted`` with nbgrader's gradebook and preprocessors:

- :mod:`~aicareer.grading.pool` runs submissions on worker processes that survive crashes;
- :mod:`~aicareer.grading.pipeline` rebuilds each submission from the gradebook and judges it;
- :mod:`~aicareer.grading.sandbox` and :mod:`~aicareer.grading.kernel` start the kernel in a
  bubblewrap sandbox with resource limits; :mod:`~aicareer.grading.guard` runs inside it;
- :mod:`~aicareer.grading.scan` reads the student's code for tampering before it runs;
- :mod:`~aicareer.grading.execute` is nbgrader's Execute preprocessor with the guard;
- :mod:`~aicareer.grading.store` writes the gradebook, the ledger and the lock;
- :mod:`~aicareer.grading.report` writes the CSV and the HTML report;
- :mod:`~aicareer.grading.feedback` keeps hidden tests out of feedback;
- :mod:`~aicareer.grading.collect` brings an LMS zip into ``submitted/``.
"""
