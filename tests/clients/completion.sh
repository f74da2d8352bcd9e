#!/usr/bin/env bash
# The bash, zsh and fish completions complete commands, kinds and the ids of a kind from the knowledge
# loaded; `aistrat completion SHELL` prints the committed scripts; shellcheck passes.
# usage: completion.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -euo pipefail
bin_dir=$1
project=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
export PATH="$bin_dir:$PATH"

shellcheck --shell=bash "$project/completions/aistrat.bash" || fail "shellcheck"
for shell in bash zsh fish; do
  case $shell in bash) file=aistrat.bash ;; zsh) file=_aistrat ;; fish) file=aistrat.fish ;; esac
  cmp -s <(aistrat completion "$shell") "$project/completions/$file" ||
    fail "aistrat completion $shell differs from completions/$file"
done

# shellcheck source=/dev/null
source "$project/completions/aistrat.bash"
complete_line() { # WORDS...: the candidates bash offers for the last word
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _aistrat
  printf '%s\n' "${COMPREPLY[@]}"
}
[ "$(complete_line aistrat sh)" = show ] || fail "'aistrat sh' did not complete to show"
[ "$(complete_line aistrat show pil)" = pillar ] || fail "'aistrat show pil' did not complete to pillar"
[ "$(complete_line aistrat show pillar ed)" = education ] ||
  fail "'aistrat show pillar ed' did not complete to education"
[ "$(complete_line aistrat list --format ya)" = yaml ] || fail "formats"
# grep without -q reads to the end: an early exit would kill the printf with SIGPIPE, and
# pipefail would count that as a failure.
complete_line aistrat report "" | grep -x matrix > /dev/null || fail "report names"
[ "$(complete_line aistrat cache "" | tr '\n' ' ')" = "info clear " ] || fail "cache subcommands"
[ "$(complete_line aistrat --no-c)" = --no-cache ] || fail "--no-cache"
[ "$(complete_line aistrat init --forc)" = --force ] || fail "init --force"
mkdir -p "${TMPDIR:-/tmp}/aistrat-completion-$$/knowledge-dir"
(cd "${TMPDIR:-/tmp}/aistrat-completion-$$" && [ "$(complete_line aistrat init --force know)" = knowledge-dir ]) ||
  fail "init --force completes folders"
# Names of folders and files are data too: readline must quote each as it inserts it, so that
# a folder named to run a command is one word (it ran 'touch' on Enter), and a name typed
# with a backslash or an opening quote still completes. Only a real interactive bash on a
# terminal shows what is inserted.
python3 "$project/tests/clients/bash_pty.py" "$project/completions/aistrat.bash" ||
  fail "completed names on a terminal"
touch "${TMPDIR:-/tmp}/aistrat-completion-$$/idea-file.yaml"
(cd "${TMPDIR:-/tmp}/aistrat-completion-$$" && [ "$(complete_line aistrat new pillar p -o idea)" = idea-file.yaml ]) ||
  fail "new -o completes files"
rm -rf "${TMPDIR:-/tmp}/aistrat-completion-$$"
complete_line aistrat --kb "$project/tests/fixtures/extra" show treaty "" | grep -x digital-mou > /dev/null ||
  fail "ids from a --kb folder"
# Candidates are data, never code: a section name written to run a command when expanded
# is offered as text, quoted, and runs nothing; "whole page" stays one word.
hostile="${TMPDIR:-/tmp}/aistrat-completion-hostile-$$"
mkdir -p "$hostile/kb" "$hostile/cwd"
cat > "$hostile/kb/notes.yaml" <<'YAML'
kind: source
id: shared-notes
title: Shared notes
summary: Notes shared by a colleague.
form: article
sections: ["intro`touch${IFS}PWNED`", "more${HOME}"]
YAML
offered=$(cd "$hostile/cwd" && complete_line aistrat --kb "$hostile/kb" quote shared-notes "")
[ -z "$(ls -A "$hostile/cwd")" ] || fail "completion ran a command written in the knowledge: $(ls -A "$hostile/cwd")"
# shellcheck disable=SC2016 # the literal text, as offered
printf '%s\n' "$offered" | grep -xF 'intro\`touch\$\{IFS\}PWNED\`' > /dev/null ||
  fail "hostile section not offered quoted: $offered"
printf '%s\n' "$offered" | grep -xF 'more\$\{HOME\}' > /dev/null || fail "\${HOME} expanded: $offered"
printf '%s\n' "$offered" | grep -xF 'whole\ page' > /dev/null || fail "a name with a space: $offered"
echo "ok: bash completion"

# zsh runs its script for real, with the two completion-system functions it calls (compadd,
# _files) standing in to print what they are given; fish completes a command line itself.
# The hostile sections arrive as text, and nothing in the knowledge runs.
offered_as_text() { # SHELL OFFERED: the hostile section came as text, and nothing ran
  [ -z "$(ls -A "$hostile/cwd")" ] || fail "$1 ran a command written in the knowledge"
  # shellcheck disable=SC2016 # the literal text, as offered
  printf '%s\n' "$2" | grep -xF 'intro`touch${IFS}PWNED`' > /dev/null ||
    fail "$1: hostile section not offered as text: $2"
}
if command -v zsh > /dev/null; then
  cat > "$hostile/complete.zsh" <<'ZSH'
compadd() { [[ $1 == -a ]] && print -l -- "${(@P)2}"; }
_files() { print -- "(files${1:+ $1})"; }
words=("$@"); CURRENT=${#words}
source "$AISTRAT_COMPLETION"
ZSH
  zsh_line() { AISTRAT_COMPLETION="$project/completions/_aistrat" zsh -f "$hostile/complete.zsh" "$@"; }
  [ "$(zsh_line aistrat sh)" = show ] || fail "zsh: 'aistrat sh' did not complete to show"
  [ "$(zsh_line aistrat show pillar ed)" = education ] || fail "zsh: show pillar ed"
  [ "$(zsh_line aistrat export --format '' | tr '\n' ' ')" = "json yaml bibtex csl-json " ] ||
    fail "zsh: export's formats"
  [ "$(zsh_line aistrat --kb '')" = "(files -/)" ] || fail "zsh: --kb completes folders"
  offered=$(cd "$hostile/cwd" && zsh_line aistrat --kb "$hostile/kb" quote shared-notes "")
  offered_as_text zsh "$offered"
  echo "ok: zsh completion"
else
  echo "SKIP: zsh is not installed" >&2
  exit 77
fi
if command -v fish > /dev/null; then
  # shellcheck disable=SC2016 # fish expands $argv, not bash
  fish_line() { # LINE: what fish offers for the command line LINE
    AISTRAT_COMPLETION="$project/completions/aistrat.fish" fish --no-config -c \
      'source $AISTRAT_COMPLETION; complete -C $argv[1]' "$1"
  }
  [ "$(fish_line 'aistrat sh')" = show ] || fail "fish: 'aistrat sh' did not complete to show"
  [ "$(fish_line 'aistrat show pillar ed')" = education ] || fail "fish: show pillar ed"
  [ "$(fish_line 'aistrat list --format ' | sort | tr '\n' ' ')" = "csv html json markdown text yaml " ] ||
    fail "fish: list's formats: $(fish_line 'aistrat list --format ')"
  offered=$(cd "$hostile/cwd" && fish_line "aistrat --kb $hostile/kb quote shared-notes ")
  offered_as_text fish "$offered"
  echo "ok: fish completion"
else
  echo "SKIP: fish is not installed" >&2
  exit 77
fi
rm -rf "$hostile"
