"""A throw-away PostgreSQL server for the tests and the benchmarks: ``initdb`` and ``pg_ctl`` in a
temporary folder, listening on 127.0.0.1 only, on a free port, with no Unix socket.

Debian's ``postgresql`` package (installed by ``scripts/install-postgresql.sh``) keeps its binaries
in ``/usr/lib/postgresql/<version>/bin``, off PATH. ``initdb`` and ``postgres`` refuse to run as
root, and CI runs as root: then the server runs as the ``postgres`` system user that the package
creates, in a data folder it owns.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

INSTALL = "scripts/install-postgresql.sh"


class ServerError(RuntimeError):
    """The server cannot start; the message says what to install."""


def binaries() -> Path:
    """The folder of ``initdb``, ``pg_ctl`` and ``postgres``: Debian's newest, else PATH's."""
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if debian:
        return debian[-1].parent
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise ServerError(f"PostgreSQL's initdb is not installed: run `bash {INSTALL}` (as root)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One server; ``url(database)`` is the SQLAlchemy URL of a database on it."""

    def __init__(self, fast: bool = True):
        self.bin = binaries()
        self.fast = fast
        self.port = _free_port()
        # Not below pytest's folders: they are private to root, and the server may run as postgres.
        self.folder = Path(tempfile.mkdtemp(prefix="aicareer-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.user: str | None = None
        if os.getuid() == 0:
            try:
                entry = pwd.getpwnam("postgres")
            except KeyError:
                raise ServerError(
                    f"no 'postgres' system user to run the server as (root may not): "
                    f"run `bash {INSTALL}`"
                ) from None
            self.user = "postgres"
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)

    def start(self) -> Server:
        init = self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"
        )
        if init.returncode != 0:
            raise ServerError(f"initdb failed ({INSTALL} installs PostgreSQL):\n{init.stderr}")
        options = [
            "-c listen_addresses=127.0.0.1",
            f"-p {self.port}",
            "-c unix_socket_directories=''",
            "-c max_connections=100",
        ]
        if self.fast:  # a throw-away server: durability buys nothing here
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        started = self._run(
            "pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log),
            "-o", " ".join(options),
        )  # fmt: skip
        if started.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise ServerError(
                f"PostgreSQL did not start ({INSTALL} installs it):\n{started.stderr}\n{log}"
            )
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.data.exists():
            self._run("pg_ctl", "stop", "-w", "-m", "fast", "-D", str(self.data))
        shutil.rmtree(self.folder, ignore_errors=True)
