#!/usr/bin/env bash
# Rewrites the expected outputs from what the binary prints now, for review as a diff: the
# transcripts tests/e2e/NAME.t and the ```console examples of README.md (all, or those
# named: NAME or README), each run as the tests run them (tests/e2e/run_transcript.sh, and
# tests/clients/docs.sh: from the project root, in a clean environment).
# usage: scripts/update-goldens.sh [NAME|README...]   (AISTRAT_BIN: the binary's folder, else
# build/dev/src)
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
bin_dir=$(cd "${AISTRAT_BIN:-$project/build/dev/src}" && pwd)
[ -x "$bin_dir/aistrat" ] || { echo "no aistrat in $bin_dir; build first" >&2; exit 2; }

names=("$@")
if [ ${#names[@]} = 0 ]; then
  for file in "$project"/tests/e2e/*.t; do names+=("$(basename "$file" .t)"); done
  names+=(README)
fi
readme=0
for name in "${names[@]}"; do
  if [ "$name" = README ]; then
    readme=1
    continue
  fi
  file="$project/tests/e2e/$name.t"
  [ -f "$file" ] || { echo "no transcript $file" >&2; exit 2; }
  AISTRAT_UPDATE=1 bash "$project/tests/e2e/run_transcript.sh" "$bin_dir" \
    "$project/tests/fixtures" "$file"
done

# README: each `$ ` line of a console block, its output replaced by what it prints now.
if [ $readme = 1 ]; then
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  python3 - "$project" "$bin_dir" "$home" <<'PY'
import subprocess
import sys

project, bin_dir, home = sys.argv[1:4]
path = f"{project}/README.md"
lines = open(path, encoding="utf-8").read().split("\n")
out, in_block, i = [], False, 0
while i < len(lines):
    line = lines[i]
    out.append(line)
    i += 1
    if not in_block:
        in_block = line == "```console"
        continue
    if line == "```":
        in_block = False
        continue
    if line.startswith("$ "):
        env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": f"{home}/home", "LANG": "C.UTF-8"}
        run = subprocess.run(["bash", "-c", line[2:] + " 2>&1"], cwd=project, env=env,
                             capture_output=True, text=True)
        printed = run.stdout.rstrip("\n")  # as docs.sh compares: $(...) drops them
        if printed:
            out.extend(printed.split("\n"))
        while i < len(lines) and lines[i] != "```" and not lines[i].startswith("$ "):
            i += 1
open(path, "w", encoding="utf-8").write("\n".join(out))
PY
fi
git -C "$project" diff --stat -- tests/e2e README.md
