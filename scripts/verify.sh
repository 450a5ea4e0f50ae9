#!/usr/bin/env bash
# Every gate, in order, one plain summary line per stage: what CI runs (`bash .ci/run`) and what
# `bash scripts/run.sh verify` runs on a developer's machine. scripts/run.sh has already put a new
# enough Node on PATH and installed the npm packages before this starts.
#   chromium, firefox → typecheck → check → unit tests → build tests → build → links (/, the offline archive, /dossier/) → HTML → browser tests → Lighthouse (alone: it times pages)
# Every stage runs even when an earlier one failed, so one run shows every broken gate; the exit
# status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports

summary=()
failed=0
passed_tests=0
failed_tests=0

stage() {
  local name="$1"; shift
  local started=$SECONDS
  echo "── stage: $name"
  if "$@"; then
    summary+=("stage $name: ok ($((SECONDS - started)) s)")
  else
    summary+=("stage $name: FAILED ($((SECONDS - started)) s)")
    failed=1
  fi
}

# Vitest's JSON report gives the counts for the closing `N passed, N failed` line.
count_tests() {
  local file="$1"
  [ -f "$file" ] || return 0
  local counts
  counts=$(node -e "const r=require('./$file');console.log(r.numPassedTests+' '+r.numFailedTests)")
  passed_tests=$((passed_tests + ${counts% *}))
  failed_tests=$((failed_tests + ${counts#* }))
}

vitest() {
  local report="$1"; shift
  rm -f "$report"
  npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@"
  local status=$?
  count_tests "$report"
  return $status
}

build_under_base() {
  rm -rf dist-dossier
  DOSSIER_BASE=/dossier/ npx astro build --outDir dist-dossier >/dev/null && node scripts/postbuild.ts --dist dist-dossier --quiet
}

stage chromium bash scripts/install-chromium.sh
stage firefox bash scripts/install-firefox.sh
# astro sync writes .astro/types.d.ts (the astro:content types), which a fresh clone lacks.
stage typecheck npm run --silent typecheck
stage check npm run --silent check
stage unit vitest reports/vitest-unit.json --project unit
stage build-tests vitest reports/vitest-build.json --project build
stage build npm run --silent build
stage links npm run --silent check:links -- dist
stage links-offline npm run --silent check:links -- dist/dossier-offline.zip
stage links-under-base bash -c "$(declare -f build_under_base); build_under_base && npm run --silent check:links -- dist-dossier --base /dossier/"
stage html npm run --silent check:html -- dist
# The browser tests read the site the build stage made (tests/browser/built-site.ts) instead of building their own.
export DOSSIER_DIST="$PWD/dist"
stage browser vitest reports/vitest-browser.json --project browser
stage lighthouse vitest reports/vitest-lighthouse.json --project lighthouse

echo
printf '%s\n' "${summary[@]}"
echo "verify: ${passed_tests} passed, ${failed_tests} failed"
exit $failed
