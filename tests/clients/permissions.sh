#!/usr/bin/env bash
# Folders and files aistrat may not read or write, as a user without the rights (run as
# nobody through setpriv when the tests run as root, as CI does): an unreadable knowledge
# file is an I/O error that names it; the user's own knowledge folder unreadable, or the
# cache folder unwritable, is one warning each and the command still works.
# usage: permissions.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -euo pipefail
aistrat="$1/aistrat"
project=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  # 77: ctest's SKIP_RETURN_CODE, reported as skipped, not passed.
  command -v setpriv > /dev/null || { echo "skip: no setpriv to drop root"; exit 77; }
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
# A copy of the binary, which the user can reach wherever the build folder is.
cp "$aistrat" "$work/aistrat"
aistrat="$work/aistrat"
mkdir -p "$work/home" "$work/data/aistrat/knowledge" "$work/cache" "$work/kb"
cp -r "$project/tests/fixtures/standalone/." "$work/kb/"
[ "$(id -u)" -eq 0 ] && chown -R 65534:65534 "$work/home" "$work/kb"

# run ARGS...: aistrat as the user, stdout to out, stderr to err; prints the exit code.
run() {
  local code=0
  env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_DATA_HOME="$work/data" \
    XDG_CACHE_HOME="${cache_home:-$work/home/.cache}" NO_COLOR=1 \
    "${as_user[@]}" "$aistrat" "$@" > "$work/out" 2> "$work/err" || code=$?
  echo "$code"
}

# The user's knowledge folder, there but unreadable: one warning, the rest loads.
chmod 000 "$work/data/aistrat/knowledge"
code=$(run list pillars)
[ "$code" = 0 ] || fail "unreadable user folder: exit $code"
grep -q education "$work/out" || fail "unreadable user folder: no pillars listed"
[ "$(grep -c 'warning: cannot read your knowledge folder' "$work/err")" = 1 ] ||
  fail "unreadable user folder: not one warning: $(cat "$work/err")"
chmod 755 "$work/data/aistrat/knowledge"
echo "ok: an unreadable user folder is one warning"

# The cache folder not writable: one warning, the same answer, the same exit code.
chmod 555 "$work/cache"
cache_home="$work/cache"
code=$(run search talent)
[ "$code" = 0 ] || fail "unwritable cache: exit $code"
grep -q talent-development "$work/out" || fail "unwritable cache: no hits"
[ "$(grep -c 'warning: cannot write the cache in' "$work/err")" = 1 ] ||
  fail "unwritable cache: not one warning: $(cat "$work/err")"
grep -q 'Permission denied' "$work/err" || fail "unwritable cache: no reason given"
code=$(run --no-builtin --kb "$work/kb" check)
[ "$code" = 0 ] || fail "unwritable cache, check: exit $code"
unset cache_home
echo "ok: an unwritable cache folder is one warning"

# The cache folder's place taken by another user's link (in a folder everyone may write in,
# such as /tmp): not followed, for the cache or for `cache clear`.
if [ "$(id -u)" -eq 0 ]; then
  # planted FOLDER LINK TARGET WARNING WHAT: as nobody, with the cache in FOLDER/LINK/...
  # (LINK, root's link to TARGET, in FOLDER that everyone may write in), the cache is not
  # used, with WARNING, nothing is written in TARGET, and `cache clear` refuses (exit 4).
  planted() {
    mkdir -p "$1" "$3"
    chmod 1777 "$1"
    chown 65534:65534 "$3"
    ln -s "$3" "$1/$2"
    code=$(run search talent)
    [ "$code" = 0 ] || fail "$5: exit $code"
    grep -q "$4" "$work/err" || fail "$5: no warning: $(cat "$work/err")"
    [ -z "$(ls -A "$3")" ] || fail "$5: followed: $(ls -A "$3")"
    code=$(run cache clear)
    [ "$code" = 4 ] || fail "$5, cache clear: exit $code"
  }
  # The cache folder's own place.
  cache_home="$work/shared"
  planted "$work/shared" aistrat "$work/home/keys" \
    "cannot use the cache in .*: it is a link that belongs to another user" "planted cache link"
  echo "ok: another user's link in the cache folder's place is not followed"
  # One level up: the cache base folder (say HOME/.cache, HOME in a folder everyone may
  # write in).
  cache_home="$work/shared2/.cache"
  planted "$work/shared2" .cache "$work/home/docs" \
    "cannot use the cache in .*: .*/shared2/.cache is a link another user made" \
    "planted link above the cache"
  unset cache_home
  echo "ok: another user's link above the cache folder is not followed"
fi

# An unreadable knowledge file: exit 4, and the message names it.
chmod 000 "$work/kb/notes.yaml"
code=$(run --no-builtin --kb "$work/kb" check)
[ "$code" = 4 ] || fail "unreadable file: exit $code"
grep -q "notes.yaml: cannot read: Permission denied" "$work/err" ||
  fail "unreadable file not named: $(cat "$work/err")"
echo "ok: an unreadable knowledge file is named"

# A file of the user's own folder that cannot be read: left out with one warning that names
# it, as the folder is, for every command; the knowledge is not cached without it, so a
# second run warns again. A folder named with --kb stays strict (above).
user_kb="$work/data/aistrat/knowledge"
cp "$project/tests/fixtures/extra/opportunities/"*.yaml "$user_kb/"
[ "$(id -u)" -eq 0 ] && chown -R 65534:65534 "$work/data"
unreadable=$(find "$user_kb" -name '*.yaml' | sort | head -1)
chmod 000 "$unreadable"
for command in "list pillars" "paths" "check" "list pillars"; do
  # shellcheck disable=SC2086 # the command's words
  code=$(run $command)
  [ "$code" = 0 ] || fail "unreadable file in the user folder, $command: exit $code: $(cat "$work/err")"
  [ "$(grep -c "warning: $unreadable: cannot read: Permission denied; going on without it" \
    "$work/err")" = 1 ] || fail "unreadable file in the user folder, $command: $(cat "$work/err")"
done
run init "$work/home/new-kb" > /dev/null
grep -q "going on without it" "$work/err" || fail "init: no warning: $(cat "$work/err")"
chmod 644 "$unreadable"
rm -f "$user_kb"/*.yaml
echo "ok: an unreadable file in the user folder is left out with a warning"

# init into a folder part of which cannot be read: it may hold YAML files, so it is not
# known to be new; refused, exit 4, and nothing is written.
mkdir -p "$work/home/part/locked"
chmod 000 "$work/home/part/locked"
[ "$(id -u)" -eq 0 ] && chown -R 65534:65534 "$work/home/part"
code=$(run init "$work/home/part")
[ "$code" = 4 ] || fail "init into a partly unreadable folder: exit $code"
grep -q "cannot tell whether .* holds YAML files already" "$work/err" ||
  fail "init into a partly unreadable folder: $(cat "$work/err")"
[ "$(ls -A "$work/home/part")" = locked ] || fail "init wrote into a partly unreadable folder"
chmod 755 "$work/home/part/locked"
echo "ok: init refuses a folder it cannot wholly read"
