#!/usr/bin/env bash
# Make sure PostgreSQL's server binaries (initdb, pg_ctl, postgres) are installed: the tests of a
# gradebook on PostgreSQL start and stop a server of their own on 127.0.0.1 (they do not use a
# system cluster). Called by `make test`. Debian keeps the binaries in /usr/lib/postgresql/<N>/bin,
# off PATH, and its package creates the `postgres` system user that the tests run the server as
# when they run as root (initdb and postgres refuse to run as root).
# Installs Debian's package when it can (as root, or with password-less sudo); otherwise says what
# to install and exits 0, and the tests then fail with a message naming this script.
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ] || id postgres >/dev/null 2>&1; then
        exit 0
    fi
fi

exec bash "$(dirname "$0")/apt-install.sh" install-postgresql \
    "for the gradebook tests on PostgreSQL" postgresql
