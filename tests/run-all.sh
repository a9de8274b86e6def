#!/usr/bin/env bash
# `npm test`: builds the workbench page, then runs the jest projects in order (unit → integration → browser).
# Fails when any project fails or runs zero tests (jest's default without --passWithNoTests). The LAST line,
# `N passed, N failed`, summarises every project; CI reads it.
# The browser project needs Chromium (/usr/bin/chromium, or $CHROMIUM_PATH). When it is missing, this script
# installs it as root where apt-get exists (Debian's `chromium` package); otherwise it says what to install and
# counts the browser project as failed, without starting it.
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS_DIR="test-results"
mkdir -p "$RESULTS_DIR"
PROJECTS=(unit integration browser)
status=0
failed_projects=()

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
chromium_missing=""
# Makes sure Chromium is there for the browser tests; on failure sets chromium_missing to a plain message.
ensure_chromium() {
  if [ -x "$CHROMIUM" ]; then return 0; fi
  local how="install Debian's chromium package (as root: apt-get update && apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or Chrome executable"
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    chromium_missing="CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file: $how"
    return 1
  fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get > /dev/null 2>&1; then
    chromium_missing="Chromium is not installed at $CHROMIUM and this script can only install it as root with apt-get: $how"
    return 1
  fi
  echo "== installing Chromium for the browser tests (apt-get install chromium)"
  if DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq < /dev/null \
    && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium < /dev/null > /dev/null \
    && [ -x "$CHROMIUM" ]; then
    return 0
  fi
  chromium_missing="apt-get could not install chromium (see the messages above): $how"
  return 1
}

echo "== building the workbench page"
npx tsx workbench/page/build.ts

for project in "${PROJECTS[@]}"; do
  out="$RESULTS_DIR/jest-$project.json"
  rm -f "$out"
  echo "== jest: $project"
  if [ "$project" = browser ]; then
    if ensure_chromium; then
      echo "Chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
    else
      echo "browser tests not run: $chromium_missing" >&2
      status=1
      failed_projects+=("$project (no Chromium)")
      continue
    fi
  fi
  # Browser test files mostly wait on pages (loads, timers), so two run side by side even on two cores; Jest's
  # default (cores − 1) would run them one after another.
  workers=()
  if [ "$project" = browser ]; then workers=(--maxWorkers=2); fi
  if ! npx jest --ci --selectProjects "$project" "${workers[@]}" --json --outputFile="$out"; then
    status=1
    failed_projects+=("$project")
  fi
done

# Sum the per-project JSON results. A project whose JSON is missing (jest crashed) or that ran zero tests counts
# as one failure, so the summary can never read "0 failed" for a broken run.
summary=$(node -e '
  const fs = require("fs");
  let passed = 0, failed = 0;
  for (const p of process.argv.slice(1)) {
    const f = `test-results/jest-${p}.json`;
    let r;
    try { r = JSON.parse(fs.readFileSync(f, "utf8")); } catch { console.error(`no results for ${p}`); failed += 1; continue; }
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    if (r.numTotalTests === 0) { console.error(`${p}: ran zero tests`); failed += 1; }
    else if (!r.success && r.numFailedTests === 0) { console.error(`${p}: failed outside a test (suite error)`); failed += Math.max(1, r.numFailedTestSuites || r.numRuntimeErrorTestSuites || 1); }
  }
  console.log(`${passed} passed, ${failed} failed`);
' "${PROJECTS[@]}")

if [ "$status" -ne 0 ]; then
  echo "failed projects: ${failed_projects[*]}"
fi
echo "$summary"
exit "$status"
