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

# Only what would change the rendering is escaped, and the text arrives as written: each of
# these, as a heading, a paragraph, a field's value and a table cell, reads back from
# cmark-gfm's HTML, pandoc's from GFM and pandoc's from its own markdown (without smart
# typography, which turns -- into a dash by design; where `\x` would be
# TeX and `$` math) exactly as the file holds it; and plain text is left plain.
mkdir -p "$out/kb"
python3 - "$out/kb/tricky.yaml" <<'PY'
import json, sys
texts = [
    "R&D &amp; more &#169; &copy and [x](y) [1: a] ![img](u) <b>bold</b> a < b",
    "a_b_c _x_ *y* ~z~ `c` | p \\ \\x1b @cite [@c] [^1] C# [a]: http://x [b] [c][d] [e]{.x}",
    "1. starts like a list", "# looks like a heading", "> quote", "- dash", "+ plus", "2) paren",
    "[ ] task", "[x] done", "Title ends with #", "Trailing ## ##", "snake_case_name and __init__",
    "[x [y] z](http://evil.example) and x ![y [z] w](u) and [a [b]]{.cls}",
    "\u201c_b_\u201d \u2014_b_\u2014 a\u00a0_b_\u00a0c \u3000_b_\u3000 \u00e9_\u00e9",
    "a\\b and c\\", "<!-- comment --> <?php ?> </end>", "~~strike~~ and ~ single", "**bold**",
    "Team :smile: and :+1: at 10:30, ratio 3:2, a::b",
    "\u8be6\u89c1https://de.wikipedia.org/wiki/C*-Algebra und https://example.com/?a=1&amp;b=2",
    "Siehe:https://example.com/a_b*c, Link:https://example.com/a\\b and www.example.com/x_y*z",
]
docs = []
for i, t in enumerate(texts):
    docs.append(f"kind: organization\nid: t{i}\ntitle: {json.dumps(t)}\nsummary: {json.dumps(t)}\n"
                f"role: {json.dumps(t)}\nsources: [{{source: article, locator: intro/1}}]\n")
open(sys.argv[1], "w").write("---\n".join(docs))
json.dump(texts, open(sys.argv[1] + ".json", "w"))
PY
count=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$out/kb/tricky.yaml.json")
for ((i = 0; i < count; i++)); do
  "$aistrat" --kb "$out/kb" show "t$i" --format markdown > "$out/t$i.md"
  "$aistrat" --kb "$out/kb" list organizations --where "id=t$i" --fields id,title --format markdown > "$out/t$i.table.md"
  for tool in "cmark-gfm --extension table --extension strikethrough --extension autolink --to html" \
    "pandoc --from gfm --to html" "pandoc --from markdown-smart --to html"; do
    $tool "$out/t$i.md" > "$out/t$i.html" 2> /dev/null
    $tool "$out/t$i.table.md" > "$out/t$i.table.html" 2> /dev/null
    python3 - "$out/kb/tricky.yaml.json" "$i" "$out/t$i.html" "$out/t$i.table.html" "$tool" <<'PY' || fail "text $i does not arrive as written"
import html, json, re, sys
expected = re.sub(r"\s+", " ", json.load(open(sys.argv[1]))[int(sys.argv[2])]).strip()
def texts(path, tag):
    page = open(path).read()
    return [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", m))).strip()
            for m in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", page, re.S)]
heading = texts(sys.argv[3], "h1")
paragraphs = texts(sys.argv[3], "p")
cells = texts(sys.argv[4], "td")
problems = []
if heading != [expected]:
    problems.append(f"heading {heading}")
if expected not in paragraphs:
    problems.append(f"summary not among {paragraphs[:2]}")
if not any(p.endswith(": " + expected) or p == "role: " + expected or ("role: " + expected) in p for p in paragraphs):
    problems.append("field value")
if expected not in cells:
    problems.append(f"cell not among {cells}")
# A link goes where the text says: to an address the text holds as written, or to a source's.
for path in sys.argv[3:5]:
    for href in re.findall(r'href="([^"]*)"', open(path).read()):
        href = html.unescape(href)
        if href not in expected and not href.startswith(("https://moderndiplomacy.eu/", "https://exbulletin.com/")):
            problems.append(f"a link to {href!r}")
if problems:
    sys.exit(f"{sys.argv[5]}: {expected!r}: {'; '.join(problems)}")
PY
  done
done
# A list item that ends in a line break (a YAML "|" block keeps one) shows no backslash: a hard
# break there breaks nothing.
mkdir -p "$out/trail"
printf 'kind: opportunity\nid: tr-opp\ntitle: Trailing\nsummary: sum\nnumber: 9\nactivities:\n  - "abc\\n"\n  - |\n    a block with a final line break\nbenefits: [b]\nsources:\n  - {source: article, locator: intro/1}\n' \
  > "$out/trail/o.yaml"
"$aistrat" --kb "$out/trail" show tr-opp --format markdown > "$out/trail.md"
for tool in "cmark-gfm" "pandoc --from gfm --to html"; do
  $tool "$out/trail.md" > "$out/trail.html"
  ! grep -q '\\' "$out/trail.html" || fail "$tool: a trailing line break showed as a backslash: $(grep '\\' "$out/trail.html")"
  grep -q '<li>abc</li>' "$out/trail.html" && grep -q '<li>a block with a final line break</li>' "$out/trail.html" ||
    fail "$tool: the items did not arrive as written: $(grep '<li>' "$out/trail.html")"
done
echo "ok: a line break that ends an item"

# Values joined into one paragraph (a field list's rows, an item's lines) make no link
# between them: a '[' in one and '](address)' in the next.
mkdir -p "$out/joined"
cat > "$out/joined/o.yaml" <<'YAML'
kind: organization
id: acme
title: Acme agency
summary: An agency.
type: "[official site"
official-name: "](https://evil.example/phish)"
sources: [{source: article, locator: intro/1}]
---
kind: opportunity
id: br-opp
title: Bracket opp
summary: Summary.
number: 9
activities: ["read the [official plan\n](https://evil.example/plan)"]
benefits: [ben]
sources: [{source: article, locator: intro/1}]
YAML
for id in acme br-opp; do
  "$aistrat" --kb "$out/joined" show "$id" --format markdown > "$out/joined-$id.md"
  for tool in "cmark-gfm" "pandoc --from gfm --to html"; do
    ! $tool "$out/joined-$id.md" | grep -q 'href="https://evil[^"]*">official' ||
      fail "$tool: values of $id made a link: $($tool "$out/joined-$id.md" | grep evil)"
  done
done
echo "ok: no link across joined values"

# In pandoc's markdown an address that ends in what reads as an entity ("&amp", "&copy", its
# ';' left out as the sentence's) is written as text: pandoc decodes it in an autolink.
mkdir -p "$out/amp"
printf 'kind: opportunity\nid: amp-opp\ntitle: AMP\nsummary: sum\nnumber: 9\nactivities:\n  - "see https://x.example/&amp; now"\n  - "see https://x.example/&copy now"\nbenefits: [b]\nsources:\n  - {source: article, locator: intro/1}\n' \
  > "$out/amp/o.yaml"
"$aistrat" --kb "$out/amp" report brief amp-opp --citations pandoc --format markdown |
  pandoc --from markdown --to plain --wrap=none > "$out/amp.txt"
for text in 'see https://x.example/&amp; now' 'see https://x.example/&copy now'; do
  grep -qF "$text" "$out/amp.txt" || fail "pandoc read an entity in '$text': $(grep 'x.example' "$out/amp.txt")"
done
echo "ok: entities in addresses for pandoc"

# A list item that opens with "[x] " or "[ ] " is no checkbox to pandoc's markdown (task_lists):
# pandoc -t plain gives the brackets back as written (attack 28 F10: it gave a ballot box), and
# the GFM output keeps them for cmark-gfm's tasklist extension too.
mkdir -p "$out/task"
printf 'kind: opportunity\nid: task-opp\ntitle: Tasks\nsummary: sum\nnumber: 9\nactivities: ["[x] done", "[ ] todo", "[X]", "plain [x] here"]\nbenefits: [b]\nsources:\n  - {source: article, locator: intro/1}\n' \
  > "$out/task/o.yaml"
"$aistrat" --kb "$out/task" report brief task-opp --citations pandoc --format markdown |
  pandoc --from markdown --to plain --wrap=none > "$out/task.txt"
"$aistrat" --kb "$out/task" report brief task-opp --format markdown |
  cmark-gfm --extension tasklist --to html > "$out/task.html"
for text in '[x] done' '[ ] todo' '[X]' 'plain [x] here'; do
  grep -qF -- "$text" "$out/task.txt" || fail "pandoc made a checkbox of '$text': $(grep -n 'done\|todo\|X' "$out/task.txt")"
  grep -qF -- "$text" "$out/task.html" || fail "cmark-gfm made a checkbox of '$text'"
done
! grep -q checkbox "$out/task.html" || fail "cmark-gfm drew a checkbox"
echo "ok: no task list checkboxes from data"

# Plain text stays plain: no &amp; before a word, no escaped brackets, no escaped list
# numbers in headings.
"$aistrat" report brief --format markdown > "$out/brief.md"
! grep -q '&amp; \|R&amp;D' "$out/brief.md" || fail "an & escaped where it reads as itself"
! grep -q '^- \\\[1\]' "$out/brief.md" || fail "a reference number escaped"
grep -q '^### 1\. Knowledge exchange' "$out/brief.md" || fail "a heading's number escaped"
echo "ok: markdown escapes only what would change the rendering"
