# Help, version and usage errors.
$ aistrat --help | head -4
> aistrat: look up, connect and report on national AI strategy and AI partnership.
> The built-in knowledge encodes an article on Indonesia's National AI Strategy (2020),
> the AI profiles of China and Indonesia, and four partnership opportunities.
> Usage: aistrat [OPTIONS] [SUBCOMMAND]
? 0
$ aistrat | head -1
> aistrat: look up, connect and report on national AI strategy and AI partnership.
? 0
$ aistrat list --help
> List the entities of a kind as a table
> Usage: aistrat list [OPTIONS] KIND
>
> Positionals:
>   KIND TEXT REQUIRED          A kind: singular, plural or alias (opportunity, opps)
>
> Options:
>   -h,--help                   Print this help message and exit
>   -w,--where EXPR ...         Keep entities where FIELD=VALUE, !=, ~ (contains), <, >, <=, >= (repeatable; all must hold)
>   -s,--sort FIELD             Sort by FIELD; -FIELD sorts descending
>   --fields F,...              Show these fields: id,title,...
>   -n,--limit N                At most N entities (0: all)
>
> FIELD is id, title, summary, aliases, tags, sources (the ids of the sources cited),
> one of the kind's fields (see 'aistrat kinds'), a relation (supports, supported-by)
> or a linked kind (pillar); a linked entity's VALUE is resolved like an id, and with =
> and != commas separate entities, any of which is equal (pillar=education,regulation).
> A figure's value compares by its full amount (value>1000 finds US$600 billion).
> basis=stated, basis=implied or basis=interpretation keeps only the values and
> links of that basis (and, for the last two, the entities that hold one or are
> linked by one).
>
> Examples:
>   aistrat list opportunities
>   aistrat list opportunities --where pillar=education
>   aistrat list opportunities --where basis=interpretation --fields id,supports
>   aistrat list figures --where 'value>1000000' --sort -value --fields id,value,magnitude,unit
>   aistrat list pillars --format markdown
>   aistrat list figures --format json | jq '.entities[].figure'
>
> Global options (before or after the command):
>   -f,--format FORMAT          text, markdown, html, csv, json, yaml (the first is the default)
>   --template FILE             Print through a Mustache template over the JSON data
>   --kb DIR                    Also load the knowledge folder DIR (repeatable)
>   --no-builtin                Leave out the built-in entities (its schema stays)
>   --no-cache                  Load every file, leaving the cache alone
>   --stated-only               Leave out what no source states
>   --strict                    Exit 3 on errors in your own folder instead of leaving its files out
>   --color WHEN                auto, always or never
>   --no-pager                  Never page long output on a terminal
? 0
$ aistrat --version | sed 's/hash [0-9a-f]*/hash HASH/'
> aistrat 0.1.0
> knowledge: 54 entities from <builtin> (1 folder), content hash HASH
? 0

# Misspelt commands and options, unknown formats: exit 2 with a pointer to help.
$ aistrat lst opportunities
! aistrat: error: unknown command 'lst'; did you mean 'list'?
! Run 'aistrat --help' for usage.
? 2
$ aistrat frobnicate
! aistrat: error: unknown command 'frobnicate' (commands: list, show, search, ask, report, graph, check, quote, kinds, export, paths, cache, init, new, help, completion)
! Run 'aistrat --help' for usage.
? 2
$ aistrat list
! aistrat: error: KIND is required
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --colour
! aistrat: error: unknown option '--colour'; did you mean '--color'?
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --format xml
! aistrat: error: unknown format 'xml'; formats: text, markdown, html, csv, json, yaml
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --format jsn
! aistrat: error: unknown format 'jsn'; did you mean 'json'?
! Run 'aistrat list --help' for usage.
? 2
$ aistrat export --format text
! aistrat: error: export does not print text; formats: json, yaml, bibtex, csl-json
! Run 'aistrat export --help' for usage.
? 2
# --version and help print text only, so any other format is refused, as elsewhere.
$ aistrat --version -f json
! aistrat: error: help does not print json; formats: text
! Run 'aistrat --help' for usage.
? 2
$ aistrat help list --format=csv
! aistrat: error: help does not print csv; formats: text
! Run 'aistrat --help' for usage.
? 2
$ aistrat help -fbogus
! aistrat: error: unknown format 'bogus'; formats: text
! Run 'aistrat --help' for usage.
? 2
$ aistrat help --format=
! aistrat: error: --format needs a value; '' is none
! Run 'aistrat --help' for usage.
? 2
$ aistrat help list -f
! aistrat: error: --format needs a value; '' is none
! Run 'aistrat --help' for usage.
? 2
$ aistrat help list -f text | head -1
> List the entities of a kind as a table
? 0

# Global options go before or after the command.
$ aistrat --format json list pillars | jq -r '.entities[0].id'
> education
? 0
$ aistrat list pillars -f json | jq -r '.entities[0].id'
> education
? 0
$ aistrat list opportunities --formt json
! aistrat: error: unknown option '--formt'; did you mean '--format'?
! Run 'aistrat list --help' for usage.
? 2
# A value that starts with '-' is read as an option; a negative count is refused as such.
$ aistrat list opportunities --limit -1
! aistrat: error: --limit takes a whole number from 0 up, and -1 is negative
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities -n -1
! aistrat: error: --limit takes a whole number from 0 up, and -1 is negative
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities -n=-1
! aistrat: error: --limit: must be a whole number from 0 to 999999999
! Run 'aistrat list --help' for usage.
? 2
# Any value that starts with '-', as the man page says, rather than a folder '-notes' taken
# silently, or '-f' taken as the folder and 'json' left over (attack 28 F38); after an equals
# sign, it is the value.
$ aistrat --kb -notes list pillars
! aistrat: error: --kb needs a value, and '-notes' is read as an option; to give it as the value, write --kb=-notes
! Run 'aistrat list --help' for usage.
? 2
$ aistrat --kb -f json list pillars
! aistrat: error: --kb needs a value, and '-f' is read as an option; to give it as the value, write --kb=-f
! Run 'aistrat list --help' for usage.
? 2
$ cd "$SCRATCH" && aistrat new person zz -o -out.yaml; ls
! aistrat: error: -o needs a value, and '-out.yaml' is read as an option; to give it as the value, write --output=-out.yaml
! Run 'aistrat new --help' for usage.
? 0
# --sort -field is a descending order, not an option, also when something else is wrong.
$ aistrat list countries --sort -title --limt 3
! aistrat: error: unknown option '--limt'; did you mean '--limit'?
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list figures --sort -f json
! aistrat: error: --sort needs a value, and '-f' is read as an option; to give it as the value, write --sort=-f
! Run 'aistrat list --help' for usage.
? 2
$ cd "$SCRATCH" && aistrat new person zz --output=-out.yaml && ls
> wrote -out.yaml
> -out.yaml
? 0
# CLI11's own messages, in aistrat's words.
$ aistrat report gaps matrix
! aistrat: error: unexpected argument 'matrix'
! Run 'aistrat report gaps --help' for usage.
? 2
$ aistrat list pillars -n 1 -n 2
! aistrat: error: --limit is given 2 times; give it once
! Run 'aistrat list --help' for usage.
? 2
# --color, as -f, takes the last one given (an alias may set it).
$ aistrat list pillars --color always --color never -n 1
> ID         TITLE                      NUMBER
> education  AI education and research  1
? 0
$ aistrat --no-cache=x list pillars
! aistrat: error: --no-cache takes no value such as 'x'
! Run 'aistrat list --help' for usage.
? 2
$ aistrat graph --around china --depth 101
! aistrat: error: --depth: must be a whole number from 0 to 100
! Run 'aistrat graph --help' for usage.
? 2
$ aistrat list pillars -f JSON | jq -r '.kind'
> pillar
? 0
$ aistrat list pillars -f yaml -f json | jq -r '.kind'
> pillar
? 0

# '--kb=' or '--format=' with nothing after the '=' is a usage error (CLI11 took the command
# as the value: '--kb= check' printed the help and exited 0, checking nothing); so is an
# empty format or template (it was ignored).
$ aistrat --kb= check
! aistrat: error: --kb has no value after the '='
! Run 'aistrat --help' for usage.
? 2
$ aistrat --format= report brief
! aistrat: error: --format has no value after the '='
! Run 'aistrat --help' for usage.
? 2
$ aistrat list --where= opportunities
! aistrat: error: --where has no value after the '='
! Run 'aistrat --help' for usage.
? 2
$ aistrat --format '' list pillars
! aistrat: error: --format needs a value; '' is none
! Run 'aistrat list --help' for usage.
? 2
$ aistrat --template '' list pillars
! aistrat: error: --template needs a value; '' is none
! Run 'aistrat list --help' for usage.
? 2

# Help and the version are text only: a template is refused, as for completion.
$ aistrat help list --template /nonexistent/x.mustache
! aistrat: error: help does not take --template
! Run 'aistrat --help' for usage.
? 2
$ aistrat -V --template=/nonexistent/x.mustache
! aistrat: error: help does not take --template
! Run 'aistrat --help' for usage.
? 2

# help COMMAND refuses what COMMAND --help refuses: an unknown option, a colour it lacks.
$ aistrat help list --bogus-opt
! aistrat: error: unknown option '--bogus-opt'
! Run 'aistrat --help' for usage.
? 2
$ aistrat help list --color sometimes
! aistrat: error: --color: sometimes not in {auto,always,never}
! Run 'aistrat --help' for usage.
? 2
# And COMMAND --help refuses what help COMMAND refuses: help is text only.
$ aistrat list --help --template /dev/null
! aistrat: error: help does not take --template
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list --help -f csv
! aistrat: error: help does not print csv; formats: text
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list --help --bogus-opt
! aistrat: error: unknown option '--bogus-opt'
! Run 'aistrat list --help' for usage.
? 2
# Every document has schema_version 2, paths and cache info too.
$ for c in paths "cache info" "list pillars"; do aistrat $c -f json | jq -c .schema_version; done | tr '\n' ' '
> 2 2 2 % no newline at end of output
? 0
$ aistrat help search -n5 > /dev/null && aistrat help -- list | head -1
> List the entities of a kind as a table
? 0
