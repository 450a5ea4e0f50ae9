#!/usr/bin/env bash
# One entry point for a fresh machine: makes sure a new enough Node is on PATH
# (the machine's may be older than Astro needs), installs dependencies, then
# runs an npm script:  bash scripts/run.sh build | test | preview | annotate | bench | check
set -euo pipefail
cd "$(dirname "$0")/.."

# The one Node version of the project is .nvmrc's (package.json's engines says the same).
required_major="$(cat .nvmrc)"
node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e "process.exit(Number(process.versions.node.split('.')[0]) >= $required_major ? 0 : 1)"
}

# A Node from the npm registry's `node` package, kept out of the project's dependencies.
if [ -x .node/node_modules/.bin/node ]; then
  export PATH="$PWD/.node/node_modules/.bin:$PATH"
fi
if ! node_ok; then
  echo "run.sh: Node $(node --version 2>/dev/null || echo none) is older than $required_major; installing Node $required_major from the npm registry into .node/" >&2
  mkdir -p .node
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix .node "node@$(cat .nvmrc)" >&2
  export PATH="$PWD/.node/node_modules/.bin:$PATH"
  node_ok || { echo "run.sh: could not provide Node $required_major" >&2; exit 1; }
fi

# Install dependencies when the lock file changed since the last install. `npm install` rather than
# `npm ci`: the registry here serves only this platform's optional binaries (@astrojs/compiler-binding-*,
# @pagefind/*), so the lock cannot list the others and `npm ci` refuses it as out of sync.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund --loglevel=error >&2
fi

task="${1:-build}"; shift || true
exec npm run "$task" -- "$@"
