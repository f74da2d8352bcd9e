# bash completion for aistrat: commands, options, formats, kinds and the ids of the chosen
# kind, from the knowledge actually loaded (asked of `aistrat __complete`).
_aistrat() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    case $prev in
        --kb)
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return
            ;;
        init | --force)
            if [[ $cur != -* ]]; then
                mapfile -t COMPREPLY < <(compgen -d -- "$cur")
                return
            fi
            ;;
        --template | -o | --output | --text)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return
            ;;
    esac
    local candidates
    candidates=$(aistrat __complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2> /dev/null)
    local IFS=$'\n'
    mapfile -t COMPREPLY < <(compgen -W "$candidates" -- "$cur")
}
complete -F _aistrat aistrat
