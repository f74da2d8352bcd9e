#!/usr/bin/env bash
# Every report in every format, read by a real client: markdown by cmark-gfm (tables where
# expected) and pandoc (no warnings); HTML by headless Chromium (DOM checked, screenshot
# kept under the build folder); JSON by jq; CSV by Python's csv module; DOT by Graphviz.
# usage: reports.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -euo pipefail
aistrat="$1/aistrat"
shots="$3/screenshots"
mkdir -p "$shots"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

reports=(brief matrix "matrix --cols priority-area" gaps "compare china indonesia" "country indonesia")
tables=(0 1 1 1 1 0)
for i in "${!reports[@]}"; do
  args=${reports[$i]}
  name=$(echo "$args" | tr ' ' '-')
  # shellcheck disable=SC2086
  "$aistrat" report $args --format markdown > "$out/$name.md"
  cmark-gfm --extension table --to html "$out/$name.md" > "$out/$name.cmark.html"
  found=$(grep -c '<table>' "$out/$name.cmark.html" || true)
  [ "$found" = "${tables[$i]}" ] || fail "$name: cmark-gfm found $found tables, expected ${tables[$i]}"
  pandoc --from gfm --to html --fail-if-warnings "$out/$name.md" -o /dev/null 2> "$out/$name.err" ||
    fail "$name: pandoc failed: $(cat "$out/$name.err")"
  [ ! -s "$out/$name.err" ] || fail "$name: pandoc warned: $(cat "$out/$name.err")"

  # shellcheck disable=SC2086
  "$aistrat" report $args --format json | jq -e '.schema_version == 2 and (.report | type == "string")' \
    > /dev/null || fail "$name: JSON without schema_version and report"

  # shellcheck disable=SC2086
  "$aistrat" report $args --format html > "$out/$name.html"
  ! grep -Eq '(src="(https?:)?//|<link[^>]*href=|@import|url\()' "$out/$name.html" ||
    fail "$name: HTML makes an external request"
  chromium=(chromium --headless --no-sandbox --disable-gpu --disable-background-networking
            --disable-component-update --disable-sync --no-first-run --disable-dev-shm-usage
            --user-data-dir="$out/profile-$name")
  timeout 60 "${chromium[@]}" --dump-dom "file://$out/$name.html" > "$out/$name.dom" 2> /dev/null ||
    fail "$name: chromium could not load the page"
  grep -q '<h1>' "$out/$name.dom" || fail "$name: no h1 in the DOM"
  if [ "${tables[$i]}" = 1 ]; then
    grep -q '<table' "$out/$name.dom" || fail "$name: no table in the DOM"
  fi
  timeout 60 "${chromium[@]}" --window-size=1200,1600 --screenshot="$shots/$name.png" \
    "file://$out/$name.html" > /dev/null 2>&1 || fail "$name: no screenshot"
  [ -s "$shots/$name.png" ] || fail "$name: empty screenshot"

  if [ "${tables[$i]}" = 1 ]; then
    # shellcheck disable=SC2086
    "$aistrat" report $args --format csv > "$out/$name.csv"
    python3 - "$out/$name.csv" <<'PY' || fail "$name: CSV does not parse into even rows"
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
assert len(rows) >= 2, rows
assert all(len(r) == len(rows[0]) for r in rows), rows
PY
  fi
  echo "ok: report $args"
done

# The matrix page marks links clearly and explains the marks.
grep -q 'class="matrix"' "$out/matrix.dom" || fail "matrix: not a matrix table"
grep -q 'class="mark"' "$out/matrix.dom" || fail "matrix: no marked cell"
grep -q 'Legend' "$out/matrix.dom" || fail "matrix: no legend"

# Graphviz renders the graph, whole and around one entity.
"$aistrat" graph | dot -Tsvg > "$out/graph.svg" || fail "graph: dot failed"
grep -q '<svg' "$out/graph.svg" || fail "graph: no SVG"
"$aistrat" graph --around cybersecurity --depth 2 | dot -Tsvg > "$shots/cybersecurity.svg" ||
  fail "graph --around: dot failed"
echo "ok: graph renders with graphviz"

# CSV with hostile cells re-reads as the same text, formulas defused.
"$aistrat" list organizations --kb "$2/tests/fixtures/wide" --where id=formula-corp \
  --fields id,title,summary --format csv > "$out/formula.csv"
python3 - "$out/formula.csv" <<'PY' || fail "formula CSV"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[1][1].startswith("'=HYPERLINK("), rows
assert rows[1][2].startswith("'+1 cell, -2 cell"), rows
PY
echo "ok: csv defuses formulas and re-reads"
