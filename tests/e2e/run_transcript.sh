#!/usr/bin/env bash
# Runs one transcript test: each `$ command` line of FILE is run with bash in the fixtures
# folder, and its stdout (`> `), stderr (`! `) and exit code (`? `) are compared with the
# lines that follow it. Comment (`#`) and blank lines are kept. With AISTRAT_UPDATE=1 the
# file is rewritten from what the commands print, for review as a diff.
#
# usage: run_transcript.sh BIN_DIR FIXTURES_DIR FILE
set -uo pipefail

bin_dir=$(cd "$1" && pwd)
fixtures=$(cd "$2" && pwd)
file=$3

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

actual="$scratch/actual.t"
: > "$actual"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    '$ '*)
      command=${line#'$ '}
      printf '%s\n' "$line" >> "$actual"
      home="$scratch/home"
      rm -rf "$home" && mkdir -p "$home"
      (
        cd "$fixtures" &&
        env -i PATH="$bin_dir:/usr/bin:/bin" HOME="$home" LANG=C.UTF-8 TERM=dumb NO_COLOR=1 \
          SCRATCH="$home" bash -c "$command" < /dev/null > "$scratch/out" 2> "$scratch/err"
      )
      code=$?
      sed 's/^/> /; s/^> $/>/' "$scratch/out" >> "$actual"
      if [ -s "$scratch/out" ] && [ -n "$(tail -c1 "$scratch/out")" ]; then
        echo '% no newline at end of output' >> "$actual"
      fi
      sed 's/^/! /; s/^! $/!/' "$scratch/err" >> "$actual"
      printf '? %s\n' "$code" >> "$actual"
      ;;
    '> '*|'>'|'! '*|'!'|'? '*|'% '*) ;;
    *) printf '%s\n' "$line" >> "$actual" ;;
  esac
done < "$file"

if [ "${AISTRAT_UPDATE:-0}" = 1 ]; then
  cp "$actual" "$file"
  exit 0
fi
if ! diff -u --label "expected: $file" --label actual "$file" "$actual"; then
  # Each command whose output differs, at its line: FILE:LINE: $ COMMAND.
  python3 - "$file" "$actual" >&2 <<'PY'
import sys


def blocks(path):
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("$ "):
                out.append((number, line.rstrip("\n"), []))
            elif out and line[:1] in (">", "!", "?", "%"):
                out[-1][2].append(line)
    return out


for want, got in zip(blocks(sys.argv[1]), blocks(sys.argv[2])):
    if want[2] != got[2]:
        print(f"{sys.argv[1]}:{want[0]}: output differs: {want[1]}")
PY
  echo "transcript differs; scripts/update-goldens.sh $(basename "$file" .t) accepts the new output (review it with git diff)" >&2
  exit 1
fi
