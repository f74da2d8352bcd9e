#!/usr/bin/env bash
# References for citation tools, read by real ones: `export --format csl-json` by jq and
# pandoc's citeproc, `export --format bibtex` by bibtool (biblatex's entry types) and pandoc;
# a brief with `--citations pandoc` rendered through citeproc with either bibliography,
# every citation found and the titles, TeX specials included, arriving exactly.
# usage: citations.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -euo pipefail
aistrat="$1/aistrat"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in jq pandoc bibtool; do
  command -v "$tool" > /dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

# The built-in sources: one item each, keyed by id, in both formats.
sources=$("$aistrat" list sources --format json | jq '.count')
"$aistrat" export --format csl-json > "$out/refs.json"
jq -e --argjson n "$sources" 'length == $n and all(.[]; (.id | type == "string") and
  (.type | IN("article-newspaper", "entry-encyclopedia", "report", "webpage")) and
  (.title | length > 0))' "$out/refs.json" > /dev/null || fail "CSL JSON items"
jq -e '.[] | select(.id == "article") | .issued["date-parts"] == [[2024, 4, 1]] and
  ."container-title" == "Modern Diplomacy"' "$out/refs.json" > /dev/null ||
  fail "the article's CSL item"
"$aistrat" export --format bibtex > "$out/refs.bib"
bibtool -r biblatex -q -o "$out/tidy.bib" "$out/refs.bib" 2> "$out/bibtool.err" ||
  fail "bibtool failed: $(cat "$out/bibtool.err")"
[ ! -s "$out/bibtool.err" ] || fail "bibtool complained: $(cat "$out/bibtool.err")"
[ "$(grep -c '^@' "$out/tidy.bib")" = "$sources" ] || fail "bibtool read a wrong number of entries"

# A brief on the four opportunities, cited for citeproc: every key is a source, and pandoc
# renders it with either bibliography without a warning.
"$aistrat" report brief --kind opportunity --citations pandoc --format markdown > "$out/brief.md"
grep -q '\[@article, opportunities/1' "$out/brief.md" || fail "no pandoc citation in the brief"
! grep -q '\\\[' "$out/brief.md" || fail "a citation's bracket is escaped"
for bib in refs.json refs.bib; do
  pandoc --citeproc --bibliography "$out/$bib" --fail-if-warnings -t plain "$out/brief.md" \
    > "$out/brief.txt" 2> "$out/pandoc.err" || fail "pandoc with $bib: $(cat "$out/pandoc.err")"
  [ ! -s "$out/pandoc.err" ] || fail "pandoc warned with $bib: $(cat "$out/pandoc.err")"
  grep -q 'Modern Diplomacy' "$out/brief.txt" || fail "$bib: no bibliography entry for the article"
  ! grep -q '@article\|???' "$out/brief.txt" || fail "$bib: a citation was left unresolved"
done

# A source whose title holds every TeX special, cited with a locator that holds pandoc's
# citation syntax: both reach the rendered brief as written.
mkdir -p "$out/kb"
cat > "$out/kb/odd.yaml" <<'YAML'
kind: source
id: odd-source
title: 'Braces {x} and 100% R&D for $5: #1 a_b ~ ^ \back'
summary: A source whose title holds every character TeX treats specially.
form: report
publisher: 'The {Odd} Company & Co} @misc(pwned, title = {INJECTED}) @comment{'
url: https://example.org/a_b%20c?x=1#frag
published: "2021-03"
---
kind: conclusion
id: odd-conclusion
title: A conclusion that cites the odd source
summary: Cites the odd source with a locator holding an at sign and a semicolon.
points: ['Joint work with @article, costs of x^2^ and $E=mc^2$ -- or ~less~ {.hidden}']
sources:
  - {source: odd-source, locator: "table 2; see @other"}
YAML
odd=(--kb "$out/kb")
"$aistrat" "${odd[@]}" export --format bibtex odd-source > "$out/odd.bib"
bibtool -r biblatex -q -o "$out/odd.tidy.bib" "$out/odd.bib" 2> "$out/bibtool.err" &&
  [ ! -s "$out/bibtool.err" ] || fail "bibtool on TeX specials: $(cat "$out/bibtool.err")"
# Unbalanced braces close no field early: one entry, none injected.
[ "$(grep -c '^@' "$out/odd.tidy.bib")" = 1 ] || fail "an entry was injected: $(grep '^@' "$out/odd.tidy.bib")"
"$aistrat" "${odd[@]}" export --format csl-json odd-source > "$out/odd.json"
"$aistrat" "${odd[@]}" report brief odd-conclusion --citations pandoc --format markdown \
  > "$out/odd.md"
for bib in odd.json odd.bib; do
  pandoc --citeproc --bibliography "$out/$bib" -t plain --wrap=none "$out/odd.md" \
    > "$out/odd.txt" 2> "$out/pandoc.err" || fail "pandoc with $bib: $(cat "$out/pandoc.err")"
  grep -qF 'table 2; see @other' "$out/odd.txt" || fail "$bib: the locator did not arrive whole"
  grep -qiF 'Braces {x} and 100% R&D for $5: #1 a_b ~ ^ \back' "$out/odd.txt" ||
    fail "$bib: the title did not arrive as written: $(grep -i braces "$out/odd.txt")"
  grep -qF 'https://example.org/a_b%20c?x=1#frag' "$out/odd.txt" ||
    fail "$bib: the address changed: $(grep -i example "$out/odd.txt")"
  # (pandoc's BibTeX reader drops the lone braces, written as \textbraceleft{} for TeX.)
  [ "$bib" = odd.bib ] || grep -qF 'The {Odd} Company & Co} @misc(pwned, title = {INJECTED}) @comment{' "$out/odd.txt" ||
    fail "$bib: the publisher did not arrive as written: $(grep -i odd "$out/odd.txt" | head -3)"
  # Pandoc's own markup in the data stays text: no citation, superscript, math or dash.
  grep -qF 'Joint work with @article, costs of x^2^ and $E=mc^2$ -- or ~less~ {.hidden}' "$out/odd.txt" ||
    fail "$bib: pandoc read markup in the data: $(grep -i 'joint work' "$out/odd.txt")"
  ! grep -q 'Modern Diplomacy' "$out/odd.txt" || fail "$bib: text in the data cited a source"
done
# A '[' with no ']' after it in its own text pairs with none blocks later: pandoc would drop
# all between (the next entity's heading and summary went).
mkdir -p "$out/brackets"
cat > "$out/brackets/k.yaml" <<'YAML'
kind: opportunity
id: joint-lab
title: A joint AI lab [proposed
summary: A shared laboratory [draft for applied AI research.
number: 5
activities: [run a joint laboratory in Jakarta]
benefits: [faster applied research]
sources: [{source: article, locator: opportunities/1}]
---
kind: opportunity
id: data-sharing
title: Data sharing (phase 2]
summary: An agreement to share anonymised health data.
number: 6
activities: ['draft a data-sharing agreement (see annex 2]']
benefits: [better health models]
sources: [{source: article, locator: opportunities/1}]
YAML
"$aistrat" --kb "$out/brackets" report brief --kind opportunity --citations pandoc \
  --format markdown > "$out/brackets.md"
"$aistrat" export --format csl-json > "$out/refs.json"
pandoc --citeproc --bibliography "$out/refs.json" -f markdown -t plain --wrap=none \
  "$out/brackets.md" > "$out/brackets.txt" 2> "$out/pandoc.err" ||
  fail "pandoc on brackets: $(cat "$out/pandoc.err")"
for text in 'A joint AI lab [proposed' 'A shared laboratory [draft for applied AI research.' \
  'run a joint laboratory in Jakarta' 'faster applied research' 'Data sharing (phase 2]' \
  'An agreement to share anonymised health data.' 'draft a data-sharing agreement (see annex 2]'; do
  grep -qF "$text" "$out/brackets.txt" || fail "pandoc lost '$text' to an unmatched bracket"
done
# CSL processors read <b>, <i>, <sup>, <sub>, <sc> and <span> in a CSL string as markup: a
# title that holds them reads as written through citeproc (an invisible U+2060 WORD JOINER
# after each '<' of such a tag, which is all that differs).
mkdir -p "$out/csl"
cat > "$out/csl/k.yaml" <<'YAML'
kind: source
id: tagged-src
title: "Tags <b>bold</b>, <I>it</I>, x<sup>2</sup> and <span class=\"nocase\">kept</span>; 5 < 6"
summary: A source whose title holds CSL markup.
form: web page
publisher: The <sc>Small</sc> Press
url: "https://example.com/o'brien/tagged"
---
kind: conclusion
id: tagged-conclusion
title: Tagged
summary: A conclusion citing it.
points: [a point]
sources: [{source: tagged-src, locator: whole page}]
YAML
"$aistrat" --kb "$out/csl" export --format csl-json tagged-src > "$out/csl.json"
"$aistrat" --kb "$out/csl" report brief tagged-conclusion --citations pandoc --format markdown \
  > "$out/csl.md"
pandoc --citeproc --bibliography "$out/csl.json" -t plain --wrap=none "$out/csl.md" 2> "$out/pandoc.err" |
  python3 -c 'import sys; sys.stdout.write(sys.stdin.read().replace("\u2060", ""))' > "$out/csl.txt" ||
  fail "pandoc on CSL markup: $(cat "$out/pandoc.err")"
# (CSL's title case and quotes still apply: '</Sup>', "<Span Class='nocase'>".)
for text in '<b>bold</b>' '<I>it</I>' 'x<sup>2</sup>' '<span class=' 'kept</span>; 5 < 6' \
  'The <sc>Small</sc> Press'; do
  grep -qiF "$text" "$out/csl.txt" || fail "CSL markup in the data was read as markup: $(grep -i tags "$out/csl.txt")"
done
# An organization is a list in biblatex, split at " and ": a publisher's name stays one.
mkdir -p "$out/org"
printf 'kind: source\nid: ristek\ntitle: A report\nsummary: s\nform: report\npublisher: Ministry of Research and Technology\n' \
  > "$out/org/s.yaml"
"$aistrat" --kb "$out/org" export --format bibtex ristek > "$out/org.bib"
[ "$(pandoc -f biblatex -t csljson "$out/org.bib" | jq -r '.[0].publisher')" = "Ministry of Research and Technology" ] ||
  fail "biblatex split the publisher: $(pandoc -f biblatex -t csljson "$out/org.bib" | jq -c '.[0].publisher')"
# An apostrophe in an address is percent-encoded: citeproc made it a curly quote, in the link too.
grep -qF 'https://example.com/o%27brien/tagged' "$out/csl.txt" ||
  fail "the address changed: $(grep -i example "$out/csl.txt")"
echo "ok: csl-json, bibtex and pandoc citations"
