# fish completion for aistrat: commands, options, formats, kinds and the ids of the chosen
# kind, from the knowledge actually loaded (asked of `aistrat __complete`).
complete -c aistrat -f -a '(aistrat __complete -- (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
complete -c aistrat -l kb -r -a '(__fish_complete_directories)'
complete -c aistrat -l template -r -F
complete -c aistrat -n '__fish_seen_subcommand_from quote check' -l text -r -F
complete -c aistrat -n '__fish_seen_subcommand_from new' -s o -l output -r -F
