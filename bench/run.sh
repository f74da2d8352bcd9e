#!/usr/bin/env bash
# Builds aistrat for speed with the benchmark programs, installs the tools it is compared
# with (hyperfine, jq, yq, GNU time), and runs bench/run.py, which writes bench/RESULTS.md.
# Takes some minutes; never part of the test suite.
#
# usage: bench/run.sh [--sizes 50,1000,10000,50000] [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh
missing=()
for package in hyperfine time jq yq; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi

cmake --preset release -DAISTRAT_BENCH=ON > /dev/null
cmake --build --preset release > /dev/null
python3 bench/run.py build/release/src/aistrat build/release/bench/yaml_floor \
  build/release/bench/stat_floor bench/RESULTS.md "$@"
echo "wrote bench/RESULTS.md" >&2
