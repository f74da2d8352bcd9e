#!/usr/bin/env bash
# `cpack -G DEB` builds a package whose binary runs from the unpacked tree and whose man
# page renders, with the completions and docs in place.
# usage: deb.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -euo pipefail
build=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out" > "$scratch/cpack.log" 2>&1) ||
  { cat "$scratch/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$scratch"/out/*.deb)
dpkg-deb -I "$deb" > "$scratch/info"
grep -q 'Depends:.*libyaml-cpp' "$scratch/info" || fail "no shared library dependencies"
dpkg-deb -x "$deb" "$scratch/root"
root=$scratch/root/usr
for file in bin/aistrat share/man/man1/aistrat.1 share/bash-completion/completions/aistrat \
            share/zsh/site-functions/_aistrat share/fish/vendor_completions.d/aistrat.fish \
            share/doc/aistrat/README.md share/doc/aistrat/examples/opportunities.md.mustache; do
  [ -e "$root/$file" ] || fail "the package lacks $file"
done
# A home folder that does not exist is never made (issue 11: these runs used to write
# /nonexistent/.cache/aistrat as root).
made_home=no
[ -e /nonexistent ] || made_home=yes
lines=$(cd / && env -i HOME=/nonexistent "$root/bin/aistrat" list opportunities | wc -l)
if [ "$made_home" = yes ] && [ -e /nonexistent ]; then fail "HOME=/nonexistent was made"; fi
[ "$lines" = 5 ] || fail "the packaged binary listed $lines lines"
MANWIDTH=80 man -l "$root/share/man/man1/aistrat.1" > "$scratch/man.txt" 2>&1 || fail "man -l"
grep -q 'EXIT STATUS' "$scratch/man.txt" || fail "the man page does not render"
echo "ok: $(basename "$deb") builds, unpacks and runs"
