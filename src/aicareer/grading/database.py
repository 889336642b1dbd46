"""Where the grader keeps its own state: beside a SQLite gradebook, or inside a PostgreSQL one.

The grader keeps three things besides nbgrader's gradebook: the ledger of graded submissions
(the fingerprint each was graded at, its status), the digests of the released sources (so an
assignment is released again only when its source changed), and what keeps two runs apart. Where
they live follows the gradebook's URL (``CourseDirectory.db_url``, which the environment variable
``AICAREER_GRADEBOOK_URL`` overrides in ``exercises/nbgrader_config.py``):

- SQLite (the default): the ledger and the digests are files of the course folder, and the course
  folder's lock file lets one run at a time grade (:class:`LocalState`, today's behavior).
- PostgreSQL: the ledger and the digests are tables of the gradebook's database, so that runs on
  several machines, each with its own copy of the course folder, share them
  (:class:`PostgresState`). Each run still holds its own folder's lock file, which guards that
  folder's files (``autograded/``, ``feedback/``, the report), not the gradebook.

Two runs against one PostgreSQL gradebook take turns per submission, not per run: before a worker
starts on a submission, the run claims it with a session-level advisory lock
(``pg_try_advisory_lock``) keyed by course, assignment and student, and skips it when another run
holds the claim or has recorded it since. Advisory locks rather than a claims table, because a
lock belongs to the run's database session: the server drops it the moment the session ends, so
a run that is killed (SIGKILL, a lost machine, detected by the TCP keepalives set below) never
blocks the next one, with no lease to guess and no heartbeat to keep. Both runs make progress on
different submissions, which one lock for the whole run would not allow.

nbgrader's gradebook is not written for concurrent writers: two runs creating the same student
or assignment row at once would fail on its unique constraints. So every write of a run to the
gradebook (releasing assignments, creating students, recording a submission) happens under one
more advisory lock, held for the few milliseconds a write takes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from aicareer.grading import store
from aicareer.grading.model import Outcome, Status

GRADEBOOK_URL = "AICAREER_GRADEBOOK_URL"
# SQLAlchemy 2.1 reads postgresql:// (and postgresql+psycopg://) with psycopg 3, which
# requirements.txt pins; other drivers (psycopg2, asyncpg, pg8000) are not installed.
DRIVER = "psycopg"

# A session whose machine vanishes without closing its connection is ended by the server after
# about a minute (idle 30 s, then 3 probes 10 s apart), and its claims with it.
KEEPALIVES = {"tcp_keepalives_idle": 30, "tcp_keepalives_interval": 10, "tcp_keepalives_count": 3}

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS aicareer_ledger (
        course TEXT NOT NULL,
        assignment TEXT NOT NULL,
        student TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status TEXT NOT NULL,
        reason TEXT NOT NULL,
        seconds DOUBLE PRECISION NOT NULL,
        notes TEXT NOT NULL,
        graded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (course, assignment, student)
    )""",
    """CREATE TABLE IF NOT EXISTS aicareer_released (
        course TEXT NOT NULL,
        assignment TEXT NOT NULL,
        digest TEXT NOT NULL,
        PRIMARY KEY (course, assignment)
    )""",
)


class DatabaseError(RuntimeError):
    """The gradebook's database cannot hold the grader's state; the message says what to do."""


def _key(*parts: str) -> int:
    """A signed 64-bit advisory lock key for *parts* (collisions: about 1 in 2**64 per pair)."""
    digest = hashlib.sha256("\0".join(("aicareer-grade", *parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class LocalState:
    """A SQLite gradebook's state: the ledger file and the released sources' digests file."""

    shared = False

    def __init__(self, ledger: Path, released: Path):
        self.ledger = store.Ledger(ledger)
        self.released_file = released

    def get(self, assignment: str, student: str) -> dict | None:
        return self.ledger.get(assignment, student)

    def put(self, outcome: Outcome) -> None:
        self.ledger.put(outcome)

    def all(self) -> dict[tuple[str, str], dict]:
        return self.ledger.all()

    def released(self) -> dict[str, str]:
        path = self.released_file
        return json.loads(path.read_text()) if path.is_file() else {}

    def set_released(self, known: dict[str, str]) -> None:
        self.released_file.parent.mkdir(parents=True, exist_ok=True)
        self.released_file.write_text(json.dumps(known, indent=1, sort_keys=True))

    def writing(self) -> contextlib.AbstractContextManager:
        return contextlib.nullcontext()  # the course lock already keeps other runs out

    def claim(self, assignment: str, student: str, fingerprint: str, force: bool) -> bool:
        return True

    def unclaim(self, assignment: str, student: str) -> None:
        pass

    def close(self) -> None:
        self.ledger.close()


class PostgresState:
    """A PostgreSQL gradebook's state: tables of its database, claims as advisory locks."""

    shared = True

    def __init__(self, url: str, course_id: str):
        from sqlalchemy import create_engine, text
        from sqlalchemy.exc import SQLAlchemyError
        from sqlalchemy.pool import NullPool

        self.course = course_id
        self._text = text
        self._claims: set[int] = set()
        self.engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            self.conn = self.engine.connect()
        except SQLAlchemyError as err:
            self.engine.dispose()
            raise DatabaseError(
                f"cannot connect to the gradebook {_shown(url)}: {err.__cause__ or err}\n"
                f"Check the server, the database and the role, or unset {GRADEBOOK_URL} to "
                "grade with the course folder's SQLite gradebook."
            ) from None
        for name, value in KEEPALIVES.items():
            self._sql(f"SET {name} = {int(value)}")
        with self.writing():  # CREATE TABLE IF NOT EXISTS is not safe from two sessions at once
            for statement in SCHEMA:
                self._sql(statement)
        self.started = self._sql("SELECT now()").scalar_one()

    def _sql(self, statement: str, **params):
        return self.conn.execute(self._text(statement), params)

    def get(self, assignment: str, student: str) -> dict | None:
        row = self._sql(
            "SELECT fingerprint, status, reason, seconds, notes FROM aicareer_ledger "
            "WHERE course = :c AND assignment = :a AND student = :s",
            c=self.course,
            a=assignment,
            s=student,
        ).one_or_none()
        return None if row is None else _entry(row)

    def put(self, outcome: Outcome) -> None:
        entry = store.ledger_entry(outcome)
        self._sql(
            "INSERT INTO aicareer_ledger "
            "(course, assignment, student, fingerprint, status, reason, seconds, notes) "
            "VALUES (:c, :a, :s, :f, :st, :r, :sec, :n) "
            "ON CONFLICT (course, assignment, student) DO UPDATE SET "
            "fingerprint = EXCLUDED.fingerprint, status = EXCLUDED.status, "
            "reason = EXCLUDED.reason, seconds = EXCLUDED.seconds, notes = EXCLUDED.notes, "
            "graded_at = now()",
            c=self.course,
            a=outcome.assignment,
            s=outcome.student,
            f=entry["fingerprint"],
            st=str(entry["status"]),
            r=entry["reason"],
            sec=entry["seconds"],
            n=json.dumps(entry["notes"]),
        )

    def all(self) -> dict[tuple[str, str], dict]:
        rows = self._sql(
            "SELECT assignment, student, fingerprint, status, reason, seconds, notes "
            "FROM aicareer_ledger WHERE course = :c",
            c=self.course,
        )
        return {(row[0], row[1]): _entry(row[2:]) for row in rows}

    def released(self) -> dict[str, str]:
        rows = self._sql(
            "SELECT assignment, digest FROM aicareer_released WHERE course = :c", c=self.course
        )
        return {name: digest for name, digest in rows}

    def set_released(self, known: dict[str, str]) -> None:
        for name, digest in known.items():
            self._sql(
                "INSERT INTO aicareer_released VALUES (:c, :a, :d) "
                "ON CONFLICT (course, assignment) DO UPDATE SET digest = EXCLUDED.digest",
                c=self.course,
                a=name,
                d=digest,
            )

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the course's gradebook-write lock meanwhile (waits for another run's write)."""
        key = _key(self.course, "gradebook writes")
        self._sql("SELECT pg_advisory_lock(:k)", k=key)
        try:
            yield
        finally:
            self._sql("SELECT pg_advisory_unlock(:k)", k=key)

    def claim(self, assignment: str, student: str, fingerprint: str, force: bool) -> bool:
        """Claim a submission for this run; False if another run holds it or graded it meanwhile.

        Graded meanwhile: recorded at this fingerprint (another run planned it too and finished
        first), or, with ``force``, recorded since this run started.
        """
        key = _key(self.course, assignment, student)
        if not self._sql("SELECT pg_try_advisory_lock(:k)", k=key).scalar_one():
            return False
        row = self._sql(
            "SELECT fingerprint, graded_at >= :t FROM aicareer_ledger "
            "WHERE course = :c AND assignment = :a AND student = :s",
            t=self.started,
            c=self.course,
            a=assignment,
            s=student,
        ).one_or_none()
        if row is not None and row[0] == fingerprint and (row[1] or not force):
            self._sql("SELECT pg_advisory_unlock(:k)", k=key)
            return False
        self._claims.add(key)
        return True

    def unclaim(self, assignment: str, student: str) -> None:
        key = _key(self.course, assignment, student)
        if key in self._claims:
            self._claims.discard(key)
            self._sql("SELECT pg_advisory_unlock(:k)", k=key)

    def close(self) -> None:
        """End the session: the server releases every claim and lock still held."""
        self.conn.close()
        self.engine.dispose()


def _entry(row) -> dict:
    fingerprint, status, reason, seconds, notes = row
    return {
        "fingerprint": fingerprint,
        "status": Status(status),
        "reason": reason,
        "seconds": seconds,
        "notes": json.loads(notes),
    }


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


State = LocalState | PostgresState


def open_state(db_url: str, course_id: str, ledger: Path, released: Path) -> State:
    """The grader's state for the gradebook at *db_url* (the files are for a SQLite one)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db_url)
    except ArgumentError as err:
        raise DatabaseError(f"the gradebook URL is not a database URL: {err}") from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        return LocalState(ledger, released)
    if backend != "postgresql":
        raise DatabaseError(
            f"the grader keeps its ledger in SQLite or PostgreSQL, not {backend}: set "
            f"{GRADEBOOK_URL} to a postgresql:// URL, or unset it for the SQLite gradebook"
        )
    if url.get_driver_name() != DRIVER:
        raise DatabaseError(
            f"the gradebook URL {_shown(db_url)} asks for the driver {url.get_driver_name()}; "
            "the course installs psycopg 3: write it as postgresql://USER:PASSWORD@HOST/DATABASE"
        )
    return PostgresState(db_url, course_id)
