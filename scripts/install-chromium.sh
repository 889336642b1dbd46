#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (Playwright drives /usr/bin/chromium; its own
# browser download does not work offline). Idempotent: does nothing when Chromium is already there.
# Needs root (or sudo) and Debian's package archive; prints what to do when it cannot install.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "install-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) is installed"
  exit 0
fi

fail() {
  echo "install-chromium: ERROR: $*" >&2
  echo "install-chromium: the browser tests need Debian's Chromium at $CHROMIUM." >&2
  echo "install-chromium: install it by hand: sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core" >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "apt-get not found: this script supports Debian and Ubuntu only"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    fail "not root and no password-less sudo"
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-chromium: installing Debian's chromium (about 150 MB, once)"
$SUDO apt-get update -qq || fail "apt-get update failed (no access to the package archive?)"
# fonts-dejavu-core: a real font, so pages render (and screenshots read) like on a desktop.
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-liberation \
  >/dev/null || fail "apt-get install chromium failed"

[ -x "$CHROMIUM" ] || fail "apt-get finished but $CHROMIUM is missing"
echo "install-chromium: $("$CHROMIUM" --version 2>/dev/null) installed"
