#!/usr/bin/env bash
# Make sure bubblewrap (bwrap) and setpriv are available: aicareer-grade runs every student
# kernel in a bubblewrap sandbox and refuses to grade without one. Called by `make grade` and
# `make test`. Installs Debian's packages when it can (as root, or with password-less sudo);
# otherwise says what to install and exits 0, and the grader then refuses with its own message.
set -euo pipefail

missing=()
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
command -v setpriv >/dev/null 2>&1 || missing+=(util-linux)
[ ${#missing[@]} -eq 0 ] && exit 0

exec bash "$(dirname "$0")/apt-install.sh" install-grading-sandbox \
    "to let the grader isolate student code" "${missing[@]}"
