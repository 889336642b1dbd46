"""Grading at class scale: parallel, sandboxed, tamper-resistant, with honest reports.

The console script ``aicareer-grade`` (:mod:`aicareer.grading.grader`) grades every submission
under ``exercises/submitted`` with nbgrader's gradebook and preprocessors:

- :mod:`~aicareer.grading.model` holds the statuses, the settings and the outcome types that
  every other module uses (it imports none of them);
- :mod:`~aicareer.grading.pool` runs submissions on worker processes that survive crashes;
- :mod:`~aicareer.grading.pipeline` grades one submission in a worker;
  :mod:`~aicareer.grading.rebuild` reads it and rebuilds it from the gradebook;
- :mod:`~aicareer.grading.sandbox` and :mod:`~aicareer.grading.kernel` start the kernel in a
  bubblewrap sandbox with resource limits; :mod:`~aicareer.grading.guard` runs inside it;
- :mod:`~aicareer.grading.execute` is nbgrader's Execute preprocessor with the guard;
- :mod:`~aicareer.grading.scan` notes code shaped like tampering, for the instructor to review;
  :mod:`~aicareer.grading.analysis` reads imports and names from source;
- :mod:`~aicareer.grading.assignment` reads an assignment from the gradebook;
- :mod:`~aicareer.grading.files` lists, hashes and copies the files of a folder;
- :mod:`~aicareer.grading.store` writes the gradebook, the ledger and the lock;
- :mod:`~aicareer.grading.report` writes the CSVs and the HTML report, with the item analysis of
  :mod:`~aicareer.grading.items`;
- :mod:`~aicareer.grading.feedback` keeps hidden tests out of feedback;
- :mod:`~aicareer.grading.collect` brings an LMS zip into ``submitted/``.
"""
