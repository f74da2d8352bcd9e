#!/usr/bin/env bash
# The cache changes nothing but speed (`paths` says whether it is used, so it is left out): every command prints the same bytes and exits with
# the same code without the cache, on its first run (writing it) and on a second (reading
# it), over the fixture knowledge bases and a generated one. Then concurrent first runs, and
# a run killed half-way, leave a cache that still gives the same answers.
# usage: cache.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -euo pipefail
aistrat="$1/aistrat"
project=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache" NO_COLOR=1 COLUMNS=100
unset AISTRAT_NO_CACHE AISTRAT_KB

python3 "$project/bench/generate.py" 300 "$work/generated" --per-file 7
fixtures="$project/tests/fixtures"

# run NAME ARGS...: prints stdout, stderr and the exit code of `aistrat ARGS`.
run() {
  local code=0
  "$aistrat" "$@" > "$work/out" 2> "$work/err" || code=$?
  cat "$work/out" "$work/err"
  echo "exit $code"
}

# compare KB_ARGS...: every command, without the cache, then cold, then warm.
compare() {
  local kb=("$@")
  local ids
  ids=$("$aistrat" --no-cache "${kb[@]}" export --format json 2>/dev/null |
        jq -r '[.entities | group_by(.kind)[] | .[0] | "\(.kind) \(.id)"] | .[]' || true)
  local commands=("check" "kinds" "list" "export --format json" "search data" "search 'ai AND NOT china'"
                  "ask 'what does the strategy say about talent'" "report gaps" "--version"
                  "graph --format dot")
  while read -r kind id; do
    [ -n "$kind" ] && commands+=("show $kind $id --format json" "list $kind --format csv")
  done <<< "$ids"
  rm -rf "$XDG_CACHE_HOME"
  local label="${kb[*]:-builtin}"
  for args in "${commands[@]}"; do
    eval "set -- $args"
    run --no-cache "${kb[@]}" "$@" > "$work/plain"
    run "${kb[@]}" "$@" > "$work/cold"
    run "${kb[@]}" "$@" > "$work/warm"
    cmp -s "$work/plain" "$work/cold" || { diff "$work/plain" "$work/cold" | head; fail "$label $args: cold run differs"; }
    cmp -s "$work/plain" "$work/warm" || { diff "$work/plain" "$work/warm" | head; fail "$label $args: warm run differs"; }
  done
  echo "ok: ${#commands[@]} commands alike with and without the cache ($label)"
}

compare
compare --no-builtin --kb "$fixtures/standalone"
compare --kb "$fixtures/extra"
compare --kb "$fixtures/broken"
compare --kb "$fixtures/wide"
compare --no-builtin --kb "$work/generated"

# The cache is really used: a warm run reads no YAML (a file made unreadable would show).
rm -rf "$XDG_CACHE_HOME"
"$aistrat" --no-builtin --kb "$work/generated" list figures > "$work/before"
[ -n "$(find "$XDG_CACHE_HOME" -name '*.knowledge')" ] || fail "no knowledge entry written"

# Four first runs at once: each answers right, and what they leave is a good cache.
rm -rf "$XDG_CACHE_HOME"
for i in 1 2 3 4; do
  "$aistrat" --no-builtin --kb "$work/generated" search data > "$work/par$i" &
done
wait
"$aistrat" --no-cache --no-builtin --kb "$work/generated" search data > "$work/expected"
for i in 1 2 3 4; do
  cmp -s "$work/expected" "$work/par$i" || fail "concurrent run $i differs"
done
"$aistrat" --no-builtin --kb "$work/generated" search data > "$work/after"
cmp -s "$work/expected" "$work/after" || fail "the cache left by concurrent runs differs"
[ -z "$(find "$XDG_CACHE_HOME" -name '*.tmp-*')" ] || fail "concurrent runs left temporary files"
echo "ok: four concurrent first runs"

# Runs killed at once after starting: the cache is whole or absent, never broken.
python3 "$project/bench/generate.py" 3000 "$work/big"
"$aistrat" --no-cache --no-builtin --kb "$work/big" list figures > "$work/expected"
for delay in 0.05 0.1 0.2 0.3 0.5; do
  rm -rf "$XDG_CACHE_HOME"
  "$aistrat" --no-builtin --kb "$work/big" search data > /dev/null &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  "$aistrat" --no-builtin --kb "$work/big" list figures > "$work/got"
  cmp -s "$work/expected" "$work/got" || fail "after a run killed at ${delay}s the answer differs"
done
echo "ok: runs killed half-way leave no broken cache"

# Damaged cache files are rebuilt, never served and never an error: a page of zeros in the
# search index, and bytes flipped anywhere in either file (issue 11, findings 3 and 4).
rm -rf "$XDG_CACHE_HOME"
"$aistrat" --no-cache search education > "$work/expected-search"
"$aistrat" --no-cache export --format json > "$work/expected-export"
"$aistrat" search education > /dev/null
search_file=$(find "$XDG_CACHE_HOME" -name '*.search')
knowledge_file=$(find "$XDG_CACHE_HOME" -name '*.knowledge')
{ [ -f "$search_file" ] && [ -f "$knowledge_file" ]; } || fail "no cache entry written"
cp "$search_file" "$work/search.good"
cp "$knowledge_file" "$work/knowledge.good"
pages=$(( $(stat -c %s "$search_file") / 4096 ))
for page in $(seq 0 $(( pages - 1 ))); do
  cp "$work/search.good" "$search_file"
  dd if=/dev/zero of="$search_file" bs=4096 seek="$page" count=1 conv=notrunc status=none
  run search education > "$work/got"
  [ "$(tail -1 "$work/got")" = "exit 0" ] || { cat "$work/got"; fail "zeroed page $page of the search index: not exit 0"; }
  diff <(sed '$d' "$work/got") "$work/expected-search" > /dev/null ||
    fail "zeroed page $page of the search index: the answer differs"
done
# shellcheck disable=SC2016
flip='import sys, random
path, seed = sys.argv[1], int(sys.argv[2])
data = bytearray(open(path, "rb").read())
rng = random.Random(seed)
i = rng.randrange(len(data))
data[i] ^= 1 << rng.randrange(8)
open(path, "wb").write(bytes(data))'
for seed in $(seq 1 25); do
  cp "$work/knowledge.good" "$knowledge_file"
  python3 -c "$flip" "$knowledge_file" "$seed"
  run export --format json > "$work/got"
  diff <(sed '$d' "$work/got") "$work/expected-export" > /dev/null ||
    fail "knowledge entry with a flipped bit (seed $seed): export differs"
  cp "$work/search.good" "$search_file"
  python3 -c "$flip" "$search_file" "$seed"
  run search education > "$work/got"
  diff <(sed '$d' "$work/got") "$work/expected-search" > /dev/null ||
    fail "search index with a flipped bit (seed $seed): the answer differs"
done
echo "ok: $pages zeroed pages and 25 flipped bits in each file, all rebuilt"

# `cache clear` while other runs write the cache: it leaves their unfinished files alone,
# so they neither warn nor leave an index without its knowledge entry (finding 12).
rm -rf "$XDG_CACHE_HOME"
for round in $(seq 1 15); do
  rm -rf "$XDG_CACHE_HOME"
  "$aistrat" --no-builtin --kb "$work/generated" search data > /dev/null 2> "$work/err-a" &
  a=$!
  "$aistrat" --kb "$fixtures/extra" search data > /dev/null 2> "$work/err-b" &
  b=$!
  "$aistrat" cache clear > /dev/null 2>&1 || true
  "$aistrat" cache clear > /dev/null 2>&1 || true
  wait "$a" "$b"
  if [ -s "$work/err-a" ] || [ -s "$work/err-b" ]; then
    cat "$work/err-a" "$work/err-b" >&2
    fail "round $round: a run warned while the cache was cleared"
  fi
done
# An index whose knowledge entry is gone is removed when the next entry is written.
"$aistrat" cache clear > /dev/null
"$aistrat" search data > /dev/null
for f in "$XDG_CACHE_HOME"/aistrat/*.search; do cp "$f" "$XDG_CACHE_HOME/aistrat/0000000000000000.search"; done
"$aistrat" --kb "$fixtures/extra" list pillars > /dev/null
[ ! -e "$XDG_CACHE_HOME/aistrat/0000000000000000.search" ] || fail "an orphaned search index was kept"
echo "ok: cache clear during writing runs"
