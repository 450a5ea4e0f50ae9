#!/usr/bin/env bash
# Makes a Firefox available for the offline archive's Firefox test (tests/browser/offline-firefox.test.ts):
# many readers who download the site open it in Firefox. Idempotent; installs Debian's `firefox-esr`
# only when we are root and apt-get exists (CI containers); otherwise says what to do and exits 1.
# The test finds the browser through $FIREFOX_PATH or /usr/bin/firefox-esr and drives it with
# puppeteer-core over WebDriver BiDi (no browser download).
set -euo pipefail

found=""
if [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; then
  found="$FIREFOX_PATH"
elif [ -x /usr/bin/firefox-esr ]; then
  found=/usr/bin/firefox-esr
fi

if [ -n "$found" ]; then
  echo "install-firefox: found ${found} ($("$found" --version 2>/dev/null | head -n 1 || true))"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "install-firefox: installing Debian's firefox-esr package with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends firefox-esr >/dev/null
  if [ -x /usr/bin/firefox-esr ]; then
    echo "install-firefox: installed /usr/bin/firefox-esr"
    exit 0
  fi
  echo "install-firefox: apt-get finished but /usr/bin/firefox-esr is missing" >&2
  exit 1
fi

cat >&2 <<'MSG'
install-firefox: no Firefox found, and this script can only install one as root with apt-get.
  Debian/Ubuntu:  sudo apt-get install firefox-esr    (then re-run the tests)
  elsewhere:      install Firefox and set FIREFOX_PATH=/path/to/firefox
Without it the Firefox test is skipped locally, and fails in CI (CI=1).
MSG
exit 1
