#!/usr/bin/env bash
# `npm test`: builds the workbench page, then runs the jest projects in order (unit → integration → browser).
# Fails when any project fails or runs zero tests (jest's default without --passWithNoTests). The LAST line,
# `N passed, N failed`, summarises every project; CI reads it.
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS_DIR="test-results"
mkdir -p "$RESULTS_DIR"
PROJECTS=(unit integration browser)
status=0
failed_projects=()

echo "== building the workbench page"
npx tsx workbench/page/build.ts

for project in "${PROJECTS[@]}"; do
  out="$RESULTS_DIR/jest-$project.json"
  rm -f "$out"
  echo "== jest: $project"
  if ! npx jest --ci --selectProjects "$project" --json --outputFile="$out"; then
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
