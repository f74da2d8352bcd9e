#!/usr/bin/env bash
# Fuzzes each libFuzzer target for SECONDS (default 60) from seed corpora: the committed
# corpus (past findings and seeds), the knowledge files and the YAML test suite. Prints the
# executions per target; exits non-zero on any finding, whose input is left in fuzz/findings/.
# usage: fuzz/run.sh [SECONDS]   (after: cmake --preset fuzz && cmake --build --preset fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
bin=build/fuzz/fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/load" "$work/query" "$work/snapshot" fuzz/findings
cp fuzz/corpus/load/* "$work/load/"
find knowledge -name '*.yaml' -exec cp {} "$work/load/" \;
suite=../shared/testdata/yaml-test-suite/cases
if [ -d "$suite" ]; then
  for case in "$suite"/*/; do cp "$case/in.yaml" "$work/load/suite-$(basename "$case").yaml"; done
fi
cp fuzz/corpus/query/* "$work/query/"
cp fuzz/corpus/snapshot/* "$work/snapshot/"

status=0
for target in load query snapshot; do
  args=(-max_total_time="$seconds" -print_final_stats=1 -artifact_prefix=fuzz/findings/
        -timeout=10 -rss_limit_mb=2048)
  [ "$target" = load ] && args+=(-dict=fuzz/yaml.dict)
  if "$bin/fuzz_$target" "${args[@]}" "$work/$target" > "$work/$target.log" 2>&1; then
    echo "fuzz_$target: $(grep -o 'number_of_executed_units: [0-9]*' "$work/$target.log" |
      cut -d' ' -f2) executions in ${seconds}s, no findings"
  else
    echo "fuzz_$target: FINDING" >&2
    grep -E 'ERROR|SUMMARY|Test unit written' "$work/$target.log" >&2 || tail -20 "$work/$target.log" >&2
    status=1
  fi
done
exit $status
