#!/usr/bin/env bash
# Makes a Chromium available for the browser, accessibility and hostile-content tests.
# Idempotent: does nothing when one is already there. Installs Debian's `chromium` package only
# when we are root and apt-get exists (CI containers); otherwise says what to do and exits 1.
# The tests find the browser through $CHROME_PATH or /usr/bin/chromium (tests/browser/harness.ts).
set -euo pipefail

found=""
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then
  found="$CHROME_PATH"
elif [ -x /usr/bin/chromium ]; then
  found=/usr/bin/chromium
fi

if [ -n "$found" ]; then
  # Debian's wrapper script prints noise on --version; keep only the version line.
  version="$("$found" --version 2>/dev/null | grep -i chromium | head -n 1 || true)"
  echo "install-chromium: found ${found}${version:+ (${version})}"
  exit 0
fi

if [ -n "${CHROME_PATH:-}" ]; then
  echo "install-chromium: CHROME_PATH=$CHROME_PATH is not an executable file" >&2
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: installing Debian's chromium package with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  if [ -x /usr/bin/chromium ]; then
    echo "install-chromium: installed /usr/bin/chromium"
    exit 0
  fi
  echo "install-chromium: apt-get finished but /usr/bin/chromium is missing" >&2
  exit 1
fi

cat >&2 <<'EOF'
install-chromium: no Chromium found, and this script can only install one as root with apt-get.
  Debian/Ubuntu:  sudo apt-get install chromium      (then re-run the tests)
  elsewhere:      install Chromium or Chrome and set CHROME_PATH=/path/to/the/browser
Without it the browser tests are skipped locally, and fail in CI (CI=1).
EOF
exit 1
