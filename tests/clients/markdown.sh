#!/usr/bin/env bash
# Markdown that aistrat prints is read by real parsers: cmark-gfm finds the tables we meant,
# pandoc converts it without a warning, and data never turns into markup or raw HTML.
# usage: markdown.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -euo pipefail
aistrat="$1/aistrat"
fixtures="$2/tests/fixtures"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

check() { # NAME TABLES ARGS...: the markdown of `aistrat ARGS` holds TABLES tables
  local name=$1 tables=$2
  shift 2
  "$aistrat" "$@" --format markdown > "$out/$name.md"
  cmark-gfm --extension table --to html "$out/$name.md" > "$out/$name.html"
  local found
  found=$(grep -c '<table>' "$out/$name.html" || true)
  [ "$found" = "$tables" ] || fail "$name: cmark-gfm found $found tables, expected $tables"
  pandoc --from gfm --to html --fail-if-warnings "$out/$name.md" -o "$out/$name.pandoc.html" 2> "$out/$name.err" ||
    fail "$name: pandoc failed: $(cat "$out/$name.err")"
  [ ! -s "$out/$name.err" ] || fail "$name: pandoc warned: $(cat "$out/$name.err")"
  echo "ok: $name ($found tables)"
}

check list-opportunities 1 list opportunities
check list-pillars 1 list pillars
check show-education 2 show pillar education
check show-china 1 show country china
check kinds 2 kinds
check untrusted 0 show cas --kb "$fixtures/wide"

# Data stays data: the fixture's <b> and * are text in the HTML, not markup.
grep -q '&lt;b&gt;like this&lt;/b&gt;' "$out/untrusted.html" || fail "untrusted: <b> was not escaped"
! grep -q '<b>' "$out/untrusted.html" || fail "untrusted: raw <b> reached the HTML"
! grep -q '<em>' "$out/untrusted.html" || fail "untrusted: *state* became emphasis"
grep -q '中国科学院 | Chinese Academy of Sciences' "$out/untrusted.html" || fail "untrusted: title lost"
echo "ok: untrusted data escaped"

# A web address with a pipe in it neither breaks a table row nor its link.
cells=$("$aistrat" list organizations --kb "$fixtures/wide" --where id=formula-corp --fields id,summary \
  --format markdown | cmark-gfm --extension table --to html | grep -c '<td>')
[ "$cells" = 2 ] || fail "a URL with | broke the table row ($cells cells)"
echo "ok: URLs in table cells"
