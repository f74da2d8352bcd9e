# bash completion for aistrat: commands, options, formats, kinds and the ids of the chosen
# kind, from the knowledge actually loaded (asked of `aistrat __complete`).
# Folder (-d) or file (-f) names that start with the word typed. Readline quotes each as it
# inserts it (-o filenames), so that a name such as 'x;touch y' is one word and runs nothing.
_aistrat_paths() {
    compopt -o filenames 2> /dev/null
    mapfile -t COMPREPLY < <(compgen "$1" -- "$2")
}
_aistrat() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    case $prev in
        --kb)
            _aistrat_paths -d "$cur"
            return
            ;;
        init | --force)
            if [[ $cur != -* ]]; then
                _aistrat_paths -d "$cur"
                return
            fi
            ;;
        --template | -o | --output | --text)
            _aistrat_paths -f "$cur"
            return
            ;;
    esac
    # The candidates come from knowledge files, which anyone may have written: each is
    # matched as plain text and offered quoted, never handed to compgen -W, which would
    # expand $(...), `...` and ${...} in it (that ran commands written in a section name).
    local candidate
    COMPREPLY=()
    while IFS= read -r candidate; do
        if [[ $candidate == "$cur"* ]]; then
            COMPREPLY+=("$(printf '%q' "$candidate")")
        fi
    done < <(aistrat __complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2> /dev/null)
}
complete -F _aistrat aistrat
