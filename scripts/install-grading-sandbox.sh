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

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-grading-sandbox: please install ${missing[*]} (bubblewrap) with your package manager" >&2
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "install-grading-sandbox: run 'sudo apt-get install ${missing[*]}' to let the grader isolate student code" >&2
    exit 0
fi
echo "install-grading-sandbox: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
