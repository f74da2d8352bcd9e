#!/usr/bin/env bash
# The documentation's examples run as shown: each `$ ` command of a ```console block in
# README.md prints exactly the lines under it, and each `.Dl $ aistrat ...` example of the
# man page runs and exits 0.
# usage: docs.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -uo pipefail
bin_dir=$(cd "$1" && pwd)
project=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0

run() { # COMMAND: runs it from the project root in a clean environment
  (cd "$project" && env -i PATH="$bin_dir:/usr/bin:/bin" HOME="$scratch/home" LANG=C.UTF-8 \
    bash -c "$1" 2>&1)
}

check_block() { # COMMAND EXPECTED-FILE
  local actual
  actual=$(run "$1")
  if [ "$actual" != "$(cat "$2")" ]; then
    echo "FAIL: README example differs: \$ $1" >&2
    diff -u --label expected --label actual "$2" <(printf '%s\n' "$actual") >&2
    failures=$((failures + 1))
  else
    echo "ok: README \$ $1"
  fi
}

in_block=0
command=""
: > "$scratch/expected"
while IFS= read -r line || [ -n "$line" ]; do
  if [ $in_block = 0 ]; then
    [ "$line" = '```console' ] && in_block=1
    continue
  fi
  if [ "$line" = '```' ] || [[ "$line" == '$ '* ]]; then
    [ -n "$command" ] && check_block "$command" "$scratch/expected"
    command=""
    : > "$scratch/expected"
    if [ "$line" = '```' ]; then
      in_block=0
    else
      command=${line#'$ '}
    fi
    continue
  fi
  printf '%s\n' "$line" >> "$scratch/expected"
done < "$project/README.md"

while IFS= read -r example; do
  command=$(printf '%s' "${example#.Dl \$ }" | sed -e 's/\\-/-/g' -e "s/\\\\(aq/'/g" -e 's/\\e/\\/g')
  # An example must succeed, every command of its pipeline, and print something.
  if ! (cd "$project" && env -i PATH="$bin_dir:/usr/bin:/bin" HOME="$scratch/home" LANG=C.UTF-8 \
        bash -o pipefail -c "$command" > "$scratch/out" 2> "$scratch/err") || [ ! -s "$scratch/out" ]; then
    echo "FAIL: man page example fails: \$ $command" >&2
    failures=$((failures + 1))
  else
    echo "ok: man \$ $command"
  fi
done < <(grep '^\.Dl \$ aistrat' "$project/man/aistrat.1")

[ $failures = 0 ]
