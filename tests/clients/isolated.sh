#!/usr/bin/env bash
# Runs one client test script with a HOME and XDG folders of its own, made for the run and
# removed after it, so that no test reads or writes the tester's own knowledge, cache or
# configuration. Passes on the script's exit code (77: skipped).
# usage: isolated.sh SCRIPT ARGS...
set -uo pipefail
script=$1
shift
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT
mkdir -p "$base/home" "$base/cache" "$base/data" "$base/config" "$base/state"
export HOME="$base/home" XDG_CACHE_HOME="$base/cache" XDG_DATA_HOME="$base/data" \
  XDG_CONFIG_HOME="$base/config" XDG_STATE_HOME="$base/state"
unset AISTRAT_KB AISTRAT_PAGER AISTRAT_NO_CACHE AISTRAT_MAX_FILE_SIZE
bash "$script" "$@"
