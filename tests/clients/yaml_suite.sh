#!/usr/bin/env bash
# Every document of the YAML test suite, loaded as a knowledge file: no crash, no hang, no
# sanitizer report; every rejected one with a positioned error. An invalid case must get a
# YAML syntax error (or an encoding or nesting one), not only schema errors; the few that
# do not are listed in tests/yaml-suite-accepted-invalid.txt, and the valid cases refused for
# their syntax in tests/yaml-suite-refused-valid.txt; a change to either list fails.
# usage: yaml_suite.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -uo pipefail
aistrat="$1/aistrat"
project=$2
suite="$project/../shared/testdata/yaml-test-suite/cases"
if [ ! -d "$suite" ]; then
  echo "the YAML test suite is not at $suite; skipped"
  exit 77 # ctest's SKIP_RETURN_CODE: reported as skipped, not passed
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
count=0
: > "$scratch/accepted"
: > "$scratch/refused"
for case in "$suite"/*/; do
  id=$(basename "$case")
  mkdir -p "$scratch/kb/$id"
  cp "$case/in.yaml" "$scratch/kb/$id/in.yaml"
  timeout 10 "$aistrat" check --no-builtin --kb "$scratch/kb/$id" > "$scratch/out" 2> "$scratch/err"
  code=$?
  count=$((count + 1))
  case $code in
    0) [ -f "$case/error" ] && echo "$id" >> "$scratch/accepted" ;;
    3)
      # An invalid case must be refused for its YAML, not only for what the schema wants
      # of a knowledge file (a missing 'kind' says nothing about the syntax).
      if [ -f "$case/error" ] &&
        ! grep -Eq ': error: (YAML syntax: |invalid UTF-8|NUL byte|more than [0-9]+ .\[. or|nesting too deep)' "$scratch/err"; then
        echo "$id" >> "$scratch/accepted"
      fi
      # A valid case refused for its syntax: yaml-cpp's own mistakes, listed, so that a
      # stricter second reading (libfyaml) refusing valid YAML is caught.
      if [ ! -f "$case/error" ] && grep -q ': error: YAML syntax: ' "$scratch/err"; then
        echo "$id" >> "$scratch/refused"
      fi
      # Each diagnostic names the file, with a position where one exists.
      if grep -Ev '^(\S+\.yaml(:[0-9]+:[0-9]+)?: error: |aistrat: error: )' "$scratch/err" | grep -q .; then
        echo "FAIL $id: an unpositioned or malformed diagnostic:" >&2
        head -3 "$scratch/err" >&2
        failures=$((failures + 1))
      fi
      ;;
    124) echo "FAIL $id: hung" >&2; failures=$((failures + 1)) ;;
    *) echo "FAIL $id: exit $code" >&2; head -5 "$scratch/err" >&2; failures=$((failures + 1)) ;;
  esac
done
if ! diff <(grep -v '^#' "$project/tests/yaml-suite-accepted-invalid.txt") "$scratch/accepted" >&2; then
  echo "FAIL: the invalid cases read as YAML have changed (see the diff above)" >&2
  failures=$((failures + 1))
fi
if ! diff <(grep -v '^#' "$project/tests/yaml-suite-refused-valid.txt") "$scratch/refused" >&2; then
  echo "FAIL: the valid cases refused as YAML have changed (see the diff above)" >&2
  failures=$((failures + 1))
fi
echo "$count cases, $failures failures"
[ $failures = 0 ]
