#!/usr/bin/env bash
# The shipped knowledge read against the article's own text (../shared/seed, never part of
# the project): `check --strict --text` finds nothing; a copy with a wrong number planted, and
# one citing the wrong paragraph, get a warning each; a paragraph the article does not have is
# an error. `quote` prints the passage a locator names.
# usage: source_text.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -uo pipefail
aistrat="$1/aistrat"
project=$2
seed="$project/../shared/seed/000_698df0ce5ab4541c.txt"
if [ ! -f "$seed" ]; then
  echo "the article's text is not at $seed; skipped"
  exit 77 # ctest's SKIP_RETURN_CODE: reported as skipped, not passed
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CACHE_HOME="$scratch/cache"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The shipped knowledge: nothing to report.
if ! "$aistrat" check --strict --text "article=$seed" > "$scratch/out" 2> "$scratch/err"; then
  fail "check --strict --text on the shipped knowledge exited $?"
  cat "$scratch/err"
fi
grep -q "statements checked, 0 warnings" "$scratch/out" || fail "no summary: $(cat "$scratch/out")"
[ -s "$scratch/err" ] && fail "warnings on the shipped knowledge: $(cat "$scratch/err")"

# A wrong number planted: Indonesia's population of over 270 million becomes 280 million.
cp -r "$project/knowledge" "$scratch/planted"
sed -i 's/^value: 270$/value: 280/' "$scratch/planted/figures/indonesia-population.yaml"
grep -q '^value: 280$' "$scratch/planted/figures/indonesia-population.yaml" ||
  fail "the population figure no longer reads 'value: 270'; update this test"
"$aistrat" --no-builtin --kb "$scratch/planted" check --text "article=$seed" \
  > "$scratch/out" 2> "$scratch/err"
code=$?
[ "$code" = 0 ] || fail "a warning alone exited $code without --strict"
grep -q "indonesia-population.yaml:[0-9]*:[0-9]*: warning: 'value' of figure 'indonesia-population' says 280" "$scratch/err" ||
  fail "no warning on the planted number: $(cat "$scratch/err")"
"$aistrat" --no-builtin --kb "$scratch/planted" check --strict --text "article=$seed" \
  > /dev/null 2>&1
code=$?
[ "$code" = 3 ] || fail "--strict with a warning exited $code, not 3"

# The wrong paragraph cited: Indonesia's population, cited to the paragraph on China.
cp -r "$project/knowledge" "$scratch/moved"
file="$scratch/moved/figures/indonesia-population.yaml"
if ! grep -q 'locator: indonesia/1' "$file"; then
  fail "the population figure no longer cites indonesia/1; update this test"
else
  sed -i 's#locator: indonesia/1#locator: china/1#' "$file"
  "$aistrat" --no-builtin --kb "$scratch/moved" check --text "article=$seed" \
    > "$scratch/out" 2> "$scratch/err"
  grep -q "indonesia-population.yaml:[0-9]*:[0-9]*: warning: .* says 270.*(article china/1)" "$scratch/err" ||
    fail "no warning on the wrong paragraph: $(cat "$scratch/err")"
fi

# A paragraph the article does not have: an error, with where, and every command refuses.
cp -r "$project/knowledge" "$scratch/missing"
sed -i 's#locator: indonesia/1#locator: indonesia/2#' "$scratch/missing/figures/indonesia-population.yaml"
"$aistrat" --no-builtin --kb "$scratch/missing" check > "$scratch/out" 2> "$scratch/err"
code=$?
[ "$code" = 3 ] || fail "a locator past the article's paragraphs exited $code, not 3"
grep -q "indonesia-population.yaml:[0-9]*:[0-9]*: error: citation of 'article': locator 'indonesia/2' names paragraph 2, but section 'indonesia' has 1 paragraph" "$scratch/err" ||
  fail "no error on indonesia/2: $(cat "$scratch/err")"
"$aistrat" --no-builtin --kb "$scratch/missing" list opportunities > /dev/null 2>&1
code=$?
[ "$code" = 3 ] || fail "list over a knowledge base with a bad locator exited $code, not 3"

# quote: the passage a locator names, from the text.
"$aistrat" quote article opportunities/5 --text "$seed" > "$scratch/out" 2> "$scratch/err" ||
  fail "quote exited $?: $(cat "$scratch/err")"
grep -q "BSSN" "$scratch/out" || fail "quote opportunities/5 does not hold BSSN"
"$aistrat" quote article intro --text "$seed" --format json > "$scratch/out" ||
  fail "quote --format json exited $?"
[ "$(jq '.paragraphs | length' "$scratch/out")" = 3 ] || fail "intro is not three paragraphs"
[ "$(jq -r '.paragraphs[1].locator' "$scratch/out")" = "intro/2" ] || fail "no intro/2"
grep -q "golden visa" <(jq -r '.paragraphs[1].text' "$scratch/out") ||
  fail "intro/2 does not speak of the golden visa"

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "ok: the shipped knowledge reads true against the article; planted faults are found"
