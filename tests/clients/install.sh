#!/usr/bin/env bash
# `cmake --install` puts a binary that works from any directory (the knowledge is embedded)
# and a man page that man renders.
# usage: install.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -euo pipefail
build=$3
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" > /dev/null
[ -x "$prefix/bin/aistrat" ] || fail "no bin/aistrat"
[ -f "$prefix/share/man/man1/aistrat.1" ] || fail "no man page"
[ -f "$prefix/share/doc/aistrat/README.md" ] || fail "no README in share/doc/aistrat"
for file in share/bash-completion/completions/aistrat share/zsh/site-functions/_aistrat \
            share/fish/vendor_completions.d/aistrat.fish share/doc/aistrat/examples/opportunities.md.mustache; do
  [ -f "$prefix/$file" ] || fail "no $file"
done
cmp -s <("$prefix/bin/aistrat" completion bash) "$prefix/share/bash-completion/completions/aistrat" ||
  fail "the installed bash completion is not what 'aistrat completion bash' prints"

# A home folder that does not exist is never made (issue 11: these runs used to write
# /nonexistent/.cache/aistrat as root).
made_home=no
[ -e /nonexistent ] || made_home=yes
lines=$(cd / && env -i HOME=/nonexistent "$prefix/bin/aistrat" list opportunities | wc -l)
if [ "$made_home" = yes ] && [ -e /nonexistent ]; then fail "HOME=/nonexistent was made"; fi
[ "$lines" = 5 ] || fail "installed binary listed $lines lines, expected 5"
MANWIDTH=80 man -l "$prefix/share/man/man1/aistrat.1" > "$prefix/man.txt" 2>&1 ||
  fail "man does not render the page"
grep -q 'EXIT STATUS' "$prefix/man.txt" || fail "the rendered page has no EXIT STATUS"
echo "ok: installed binary and man page work"
