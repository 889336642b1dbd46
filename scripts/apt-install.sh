#!/usr/bin/env bash
# Install Debian packages for one of the course's tools, as root or with password-less sudo.
# When neither is possible, say what to run and exit 0: the tool (or its tests) then refuses with
# its own message. Used by install-grading-sandbox.sh and install-postgresql.sh.
#   usage: apt-install.sh WHO "WHY" PACKAGE...
set -euo pipefail

who=$1
why=$2
shift 2

if ! command -v apt-get >/dev/null 2>&1; then
    echo "$who: please install $* with your package manager $why" >&2
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "$who: run 'sudo apt-get install $*' $why" >&2
    exit 0
fi
echo "$who: installing $*" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
