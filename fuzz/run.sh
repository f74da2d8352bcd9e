#!/usr/bin/env bash
# Fuzzes libFuzzer targets for SECONDS each (default 45) from seed corpora: the committed
# corpus (past findings and seeds), the knowledge files and the YAML test suite. Prints the
# executions per target; exits non-zero on any finding, whose input is left in fuzz/findings/.
# usage: fuzz/run.sh [SECONDS] [TARGET...]   TARGET: load query ask template snapshot (default all)
#        (after: cmake --preset fuzz && cmake --build --preset fuzz)
# With MERGE=1, the inputs that found new coverage are merged (-merge=1: only those that add
# coverage) into the committed corpus, fuzz/corpus/TARGET, to be committed.
#
# CI runs `fuzz/run.sh 45`: five targets, four minutes in all. The long runs (ten minutes a
# target, two at a time on two cores, keeping what they grow):
#   MERGE=1 fuzz/run.sh 600 query ask & MERGE=1 fuzz/run.sh 600 load template snapshot; wait
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-45}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load query ask template snapshot)
bin=build/fuzz/fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p fuzz/findings

status=0
for target in "${targets[@]}"; do
  [ -x "$bin/fuzz_$target" ] || { echo "fuzz/run.sh: no target fuzz_$target" >&2; exit 2; }
  mkdir -p "$work/$target"
  cp fuzz/corpus/"$target"/* "$work/$target/"
  # Each input's size limit: a command-line argument may be 128 KiB (MAX_ARG_STRLEN); a
  # search query reaches deep nesting only with tens of kilobytes.
  # -entropic=0: the default schedule's bookkeeping (UpdateFeatureFrequency) was a third to
  # a half of the time with the thousands of features these targets reach; without it
  # fuzz_load ran 1.6 times the inputs in the same minute (fuzz/README.md).
  args=(-max_total_time="$seconds" -print_final_stats=1 -artifact_prefix=fuzz/findings/
        -timeout=10 -rss_limit_mb=2048 -entropic=0)
  case $target in
  load)
    find knowledge -name '*.yaml' -exec cp {} "$work/load/" \;
    suite=../shared/testdata/yaml-test-suite/cases
    if [ -d "$suite" ]; then
      for case in "$suite"/*/; do cp "$case/in.yaml" "$work/load/suite-$(basename "$case").yaml"; done
    fi
    args+=(-dict=fuzz/yaml.dict -max_len=65536) ;;
  query) args+=(-dict=fuzz/query.dict -max_len=131072) ;;
  # ask reads 64 words and search takes 64 terms: beyond 32 KiB an input adds length, not paths.
  ask) args+=(-dict=fuzz/query.dict -max_len=32768) ;;
  template) args+=(-dict=fuzz/mustache.dict -max_len=65536) ;;
  snapshot) args+=(-max_len=65536) ;;
  esac
  if "$bin/fuzz_$target" "${args[@]}" "$work/$target" > "$work/$target.log" 2>&1; then
    runs=$(grep -o 'number_of_executed_units: [0-9]*' "$work/$target.log" | cut -d' ' -f2)
    echo "fuzz_$target: $runs executions in ${seconds}s ($((runs / seconds))/s), no findings"
  else
    echo "fuzz_$target: FINDING" >&2
    grep -E 'ERROR|SUMMARY|Test unit written' "$work/$target.log" >&2 || tail -20 "$work/$target.log" >&2
    status=1
  fi
  if [ "${MERGE:-0}" = 1 ]; then
    before=$(ls fuzz/corpus/"$target" | wc -l)
    "$bin/fuzz_$target" -merge=1 "${args[@]:3}" fuzz/corpus/"$target" "$work/$target" \
      > "$work/$target.merge.log" 2>&1 || echo "fuzz_$target: the merge failed" >&2
    echo "fuzz_$target: corpus $before -> $(ls fuzz/corpus/"$target" | wc -l) files"
  fi
done
exit $status
