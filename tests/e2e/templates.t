# Templates are bounded: their size, how deep sections nest, how much they print and how
# long they run (see tests/unit). Each limit is a usage error (exit 2) that names the template.
$ cd "$SCRATCH" && python3 -c 'print("{{#entities}}" * 5000 + "{{/entities}}" * 5000)' > deep.mustache && timeout 20 aistrat list opportunities --template deep.mustache
! aistrat: error: template deep.mustache:1:417: sections nest more than 32 deep
! Run 'aistrat list --help' for usage.
? 2
$ cd "$SCRATCH" && python3 -c 'print("{{#a}}" * 10000 + "{{/a}}" * 10000)' > a.mustache && timeout 20 aistrat list opportunities --template a.mustache
! aistrat: error: template a.mustache:1:193: sections nest more than 32 deep
! Run 'aistrat list --help' for usage.
? 2
$ cd "$SCRATCH" && python3 -c 'print("{{=<% %>=}}" + "<%#entities%>" * 33 + "<%/entities%>" * 33)' > custom.mustache && timeout 20 aistrat list opportunities --template custom.mustache
! aistrat: error: template custom.mustache:1:428: sections nest more than 32 deep
! Run 'aistrat list --help' for usage.
? 2
# 11^6 repetitions of 200 bytes would be 354 MB. (The step limit, which bounds a template
# that repeats without printing, is tested in tests/unit with a lower limit: at the real
# one it takes a minute in the sanitizer build, a few seconds in a release build.)
$ cd "$SCRATCH" && python3 -c 'print("{{#entities}}" * 6 + "x" * 200 + "{{/entities}}" * 6)' > big.mustache && timeout 120 aistrat list sources --template big.mustache > out; code=$?; wc -c < out; exit $code
> 0
! aistrat: error: template big.mustache: the output would pass 64 MiB
! Run 'aistrat list --help' for usage.
? 2
$ cd "$SCRATCH" && head -c 1048577 /dev/zero | tr '\0' x > huge.mustache && aistrat list opportunities --template huge.mustache
! aistrat: error: template huge.mustache: larger than 1 MiB
! Run 'aistrat list --help' for usage.
? 2
$ timeout 20 aistrat list opportunities --template /dev/zero
! aistrat: error: template /dev/zero: larger than 1 MiB
! Run 'aistrat list --help' for usage.
? 2

# A named FIFO no program writes to is never waited on (opening it waited for a writer
# forever), and an I/O error rather than an empty template; a pipe is read to its end.
$ cd "$SCRATCH" && mkfifo t.fifo && timeout 20 aistrat list opportunities --template t.fifo; echo "exit $?"
> exit 4
! aistrat: error: cannot read template t.fifo: a pipe that nothing was written to (a FIFO is read only while a program writes to it)
? 0
$ aistrat list opportunities --template <(printf '{{#entities}}{{id}} {{/entities}}'); echo
> knowledge-exchange training-education product-development cybersecurity 
? 0

# Partials would read data as a template: refused. Custom delimiters work.
$ cd "$SCRATCH" && echo '{{#entities}}{{>title}}{{/entities}}' > partial.mustache && aistrat list opportunities --template partial.mustache
! aistrat: error: template partial.mustache:1:14: partials ('>title') are not supported
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --template templates/delimiters.mustache
> knowledge-exchange: Knowledge exchange in AI
> training-education: Cooperation in AI training and education
> product-development: Joint AI product development for Southeast Asia
> cybersecurity: AI-based cybersecurity policy and regulation
? 0

# A tag holds at most 256 characters: a dotted name of 140,000 parts in nested sections stayed
# under every other limit and ran for minutes.
$ python3 -c "print('{{#entities}}' * 3 + '{{' + 'fields.' * 140000 + 'x}}' + '{{/entities}}' * 3)" > "$SCRATCH/d.mustache" && aistrat export --template "$SCRATCH/d.mustache" 2>&1 | sed "s|$SCRATCH|S|"
> aistrat: error: template S/d.mustache:1:40: a tag may hold at most 256 characters
> Run 'aistrat export --help' for usage.
? 0
$ python3 -c "print('{{#entities}}{{' + 'a.' * 127 + 'b}}{{/entities}}')" > "$SCRATCH/ok.mustache" && aistrat export --template "$SCRATCH/ok.mustache" > /dev/null && echo accepted
> accepted
? 0

# Each part of a dotted name is a lookup and counts as a step: fifty 127-part names in three
# nested sections over the graph's nodes are refused at the limit (they ran for 23 s).
$ python3 -c "n='.'.join(['a'] * 127); print('{{#nodes}}{{#nodes}}{{#nodes}}' + ('{{' + n + '}}') * 50 + '{{/nodes}}{{/nodes}}{{/nodes}}')" > "$SCRATCH/slow.mustache" && timeout 60 aistrat graph --template "$SCRATCH/slow.mustache" 2>&1 | sed "s|$SCRATCH|S|"
> aistrat: error: template S/slow.mustache: the template takes more than 10000000 steps (lookups of a name); nest fewer sections over long lists
> Run 'aistrat graph --help' for usage.
? 0

# A syntax error in a template names its line and column (in characters).
$ printf 'line one\n\xe4\xb8\xad {{#entities}}\n' > "$SCRATCH/u.mustache" && aistrat list pillars --template "$SCRATCH/u.mustache" 2>&1 | sed "s|$SCRATCH|S|"
> aistrat: error: template S/u.mustache:2:3: unclosed section "entities"
> Run 'aistrat list --help' for usage.
? 0

# Section tags alone on their lines (indented or not, any delimiters) leave no line behind,
# rendered or skipped; a table whose rows come from either branch stays one table.
$ printf 'A\n  {{#entity.nosuch}}\nX\n  {{/entity.nosuch}}\n{{=<%% %%>=}}\n<%%^entity.id%%>\nY\n<%%/entity.id%%>\n\nend\n' > "$SCRATCH/s.mustache" && aistrat show china --template "$SCRATCH/s.mustache"
> A
>
> end
? 0
$ printf '| id | n |\n| --- | --- |\n{{#entities}}\n{{#fields.number}}\n| {{id}} | {{fields.number}} |\n{{/fields.number}}\n{{^fields.number}}\n| {{id}} | none |\n{{/fields.number}}\n{{/entities}}\n' > "$SCRATCH/t.mustache" && aistrat list countries --template "$SCRATCH/t.mustache" | cmark-gfm --extension table | grep -c '<tr>'
> 3
? 0

# A closing tag that names another section is the error, where it stands.
$ printf 'line1\nline2 {{#entities}}\n{{id}}\n{{/kind}}\nline5\n' > "$SCRATCH/mm.mustache" && aistrat list pillars --template "$SCRATCH/mm.mustache" 2>&1 | sed "s|$SCRATCH|S|"
> aistrat: error: template S/mm.mustache:4:1: closing tag "kind" does not match the open section "entities" (opened at 2:7)
> Run 'aistrat list --help' for usage.
? 0

# The example brief template: text as written, and a source without an address has no '<>'
# (what a source lacks is absent from the data, not empty).
$ aistrat report brief 'opportunity 1' --template ../../examples/brief.md.mustache | sed -n '1p;3p;$p'
> # Brief
> ## Knowledge exchange in AI
> - article: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0
$ mkdir -p "$SCRATCH/nourl" && printf 'kind: source\nid: notes\ntitle: "The team'"'"'s notes"\nsummary: Notes.\n---\nkind: conclusion\nid: c\ntitle: C\nsummary: "A strategy'"'"'s point."\npoints: [p]\nsources: [{source: notes, locator: page 2}]\n' > "$SCRATCH/nourl/a.yaml" && aistrat --kb "$SCRATCH/nourl" report brief c --template ../../examples/brief.md.mustache | grep -E "^A strategy|^- notes"
> A strategy's point. [notes, page 2]
> - notes: The team's notes
? 0

# A null in the data is nothing to a section, as a missing key is: the documented
# "{{#url}}<{{{url}}}>{{/url}}" prints nothing for a source without an address.
$ mkdir -p "$SCRATCH/nourl" && printf 'kind: source\nid: nourl\ntitle: No address\nsummary: s\n' > "$SCRATCH/nourl/s.yaml" && printf '{{#entities}}- {{id}}{{#url}} <{{{url}}}>{{/url}}\n{{/entities}}' > "$SCRATCH/url.mustache" && aistrat list sources --kb "$SCRATCH/nourl" --fields id,url --template "$SCRATCH/url.mustache" | grep nourl
> - nourl
? 0
$ printf '{{#answers}}{{rank}}:{{#entity}}entity {{id}}{{/entity}}{{^entity}}a list{{/entity}};{{/answers}}\n' > "$SCRATCH/null.mustache" && aistrat ask 'What are the pillars?' -n 2 --template "$SCRATCH/null.mustache"
> 1:a list;2:entity openai;
? 0

# A boolean prints as the JSON writes it; a standalone comment or delimiter change takes its
# line with it (the Mustache spec); a search with no match still renders over its empty result.
$ cd "$SCRATCH" && printf 'valid={{valid}}\n{{! a comment }}\n{{=<%% %%>=}}\nerrors=<%%#diagnostics%%>x<%%/diagnostics%%>.\n' > bool.mustache && aistrat check --template bool.mustache
> valid=true
> errors=.
? 0
$ cd "$SCRATCH" && printf 'total={{total}}{{^hits}} (none){{/hits}}\n' > none.mustache && aistrat search zzzzq --template none.mustache
> total=0 (none)
! aistrat: error: nothing matches 'zzzzq'
? 1
# A template from standard input that the caller closed is an I/O error, not an empty template.
$ aistrat list pillars --template /dev/stdin <&-
! aistrat: error: cannot read template /dev/stdin: standard input is closed
? 4
