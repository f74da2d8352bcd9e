# aistrat check: a one-line summary when the knowledge base is valid.
$ aistrat check
> ok: 54 entities (10 sources, 2 strategies, 6 pillars, 4 focus-areas, 7 priority-areas, 2 countries, 4 opportunities, 7 organizations, 3 people, 1 event, 7 figures, 1 conclusion)
? 0

# Every problem of a broken folder, each with its position; exit 3.
$ aistrat check --kb broken
! broken/bad-fields.yaml:1:1: error: missing required field 'activities' (kind 'opportunity')
! broken/bad-fields.yaml:1:1: error: missing required field 'benefits' (kind 'opportunity')
! broken/bad-fields.yaml:5:9: error: field 'number' must be a whole number, found 'three'
! broken/bad-fields.yaml:6:1: error: unknown field 'benefit' for kind 'opportunity'; did you mean 'benefits'?
! broken/bad-fields.yaml:9:14: error: 'supports' links to unknown pillar 'educaton'; did you mean 'education'?
! broken/bad-fields.yaml:10:3: error: unknown relation 'servs'; did you mean 'serves'?
! broken/bad-fields.yaml:12:14: error: cites unknown source 'artcle'; did you mean 'article'?
! broken/duplicates.yaml:1:1: error: duplicate id 'education' of kind 'pillar' (first defined at <builtin>/pillars/education.yaml:1:1)
! broken/duplicates.yaml:4:1: error: duplicate key 'title' (first at line 3)
! broken/syntax.yaml:4:8: error: YAML syntax: end of sequence flow not found
! broken/unknown-kind.yaml:1:7: error: unknown kind 'opportunty'; did you mean 'opportunity'?
? 3

# Any other command on an invalid knowledge base prints the same and exits 3.
$ aistrat list opportunities --kb broken 2>&1 | tail -2
> broken/unknown-kind.yaml:1:7: error: unknown kind 'opportunty'; did you mean 'opportunity'?
> aistrat: error: the knowledge base has 11 errors; run 'aistrat check' for details
? 0
$ aistrat list opportunities --kb broken 2>/dev/null
? 3

# JSON output of check.
$ aistrat check --kb broken --format json 2>/dev/null | jq -c '[.valid, (.diagnostics | length), .diagnostics[0]]'
> [false,11,{"path":"broken/bad-fields.yaml","line":1,"column":1,"severity":"error","message":"missing required field 'activities' (kind 'opportunity')"}]
? 0

# A folder may extend the schema with a kind of its own and add entities.
$ aistrat check --kb extra
> ok: 56 entities (10 sources, 2 strategies, 6 pillars, 4 focus-areas, 7 priority-areas, 2 countries, 5 opportunities, 7 organizations, 3 people, 1 event, 7 figures, 1 conclusion, 1 treaty)
? 0
$ aistrat list opportunities --kb extra
> ID                   TITLE                                            NUMBER
> knowledge-exchange   Knowledge exchange in AI                         1
> training-education   Cooperation in AI training and education         2
> product-development  Joint AI product development for Southeast Asia  3
> cybersecurity        AI-based cybersecurity policy and regulation     4
> joint-data-centre    A joint AI data centre                           5
? 0
$ aistrat list agreements --kb extra
! aistrat: error: unknown kind 'agreements'; did you mean 'treaty'? (kinds: source, strategy, pillar, focus-area, priority-area, country, opportunity, organization, person, event, figure, conclusion, treaty)
! Run 'aistrat list --help' for usage.
? 2
$ aistrat show opportunity 5 --kb extra | tail -8
>   partners  country  indonesia            Indonesia
>
> Linked from
>   RELATION    KIND    ID           TITLE
>   enabled-by  treaty  digital-mou  A digital economy memorandum
>
> Sources
>   - [1] article (opportunities/1): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, Modern Diplomacy <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0

# Knowledge folders: AISTRAT_KB (colon-separated) and the user's folder are loaded too.
$ AISTRAT_KB=extra: aistrat list opportunities | tail -1
> joint-data-centre    A joint AI data centre                           5
? 0
$ mkdir -p "$SCRATCH/data/aistrat" && cp -r extra "$SCRATCH/data/aistrat/knowledge" && XDG_DATA_HOME="$SCRATCH/data" aistrat list treaties
> ID           TITLE                         SIGNED
> digital-mou  A digital economy memorandum  2021-01-12
? 0
# Something else with the user folder's name (a file, a link to nowhere) is left out with a
# warning, not silently.
$ mkdir -p "$SCRATCH/data/aistrat" && echo oops > "$SCRATCH/data/aistrat/knowledge" && XDG_DATA_HOME="$SCRATCH/data" aistrat list pillars -f json 2>&1 >/dev/null | sed "s|$SCRATCH|S|" && XDG_DATA_HOME="$SCRATCH/data" aistrat paths 2>/dev/null | grep 'user folder' | sed "s|$SCRATCH|S|"
> aistrat: warning: your knowledge folder S/data/aistrat/knowledge is not a folder; going on without it
> user folder  S/data/aistrat/knowledge (not a folder: left out)
? 0
$ mkdir -p "$SCRATCH/data/aistrat" && ln -s nowhere "$SCRATCH/data/aistrat/knowledge" && XDG_DATA_HOME="$SCRATCH/data" aistrat list pillars -f json 2>&1 >/dev/null | sed "s|$SCRATCH|S|" && XDG_DATA_HOME="$SCRATCH/data" aistrat paths 2>/dev/null | grep 'user folder' | sed "s|$SCRATCH|S|"
> aistrat: warning: your knowledge folder S/data/aistrat/knowledge is a link that leads to no folder; going on without it
> user folder  S/data/aistrat/knowledge (a link that leads to no folder: left out)
? 0
$ mkdir -p "$HOME/.local/share/aistrat" && cp -r extra "$HOME/.local/share/aistrat/knowledge" && aistrat list treaties
> ID           TITLE                         SIGNED
> digital-mou  A digital economy memorandum  2021-01-12
? 0

# A file with errors in the user's own folder never takes the rest down: other commands leave
# it out with one warning naming it, and run on the rest (exit 0); the cache keeps both.
$ u="$SCRATCH/data/aistrat/knowledge" && mkdir -p "$SCRATCH/data/aistrat" && cp -r extra "$u" && printf 'kind: treaty\nid: broken-one\ntitle: [unclosed\n' > "$u/bad.yaml" && for run in 1 2; do XDG_DATA_HOME="$SCRATCH/data" aistrat list treaties 2>&1 | sed "s|$SCRATCH|S|"; done; ls "$HOME/.cache/aistrat" | grep -c knowledge
> aistrat: warning: S/data/aistrat/knowledge/bad.yaml left out: it has 1 error (line 4: YAML syntax: end of sequence flow not found); 'aistrat check' lists them, and --strict stops instead
> ID           TITLE                         SIGNED
> digital-mou  A digital economy memorandum  2021-01-12
> aistrat: warning: S/data/aistrat/knowledge/bad.yaml left out: it has 1 error (line 4: YAML syntax: end of sequence flow not found); 'aistrat check' lists them, and --strict stops instead
> ID           TITLE                         SIGNED
> digital-mou  A digital economy memorandum  2021-01-12
> 2
? 0
# paths counts what the commands see, and names what it left out.
$ u="$SCRATCH/data/aistrat/knowledge" && mkdir -p "$SCRATCH/data/aistrat" && cp -r extra "$u" && printf 'kind: treaty\nid: broken-one\ntitle: [unclosed\n' > "$u/bad.yaml" && XDG_DATA_HOME="$SCRATCH/data" aistrat paths -f json 2>/dev/null | jq -c '[.folders[1].entities, (.left_out | map(sub(".*/"; ""))), .errors]'
> [2,["bad.yaml"],0]
? 0
# check reports it (exit 3); --strict, before or after the command, makes every command stop.
$ u="$SCRATCH/data/aistrat/knowledge" && mkdir -p "$u" && printf 'kind: treaty\nid: broken-one\ntitle: [unclosed\n' > "$u/bad.yaml" && export XDG_DATA_HOME="$SCRATCH/data" && { aistrat check; echo "check: $?"; aistrat --strict list pillars; echo "--strict list: $?"; aistrat list pillars --strict; echo "list --strict: $?"; } 2>&1 | sed "s|$SCRATCH|S|"
> S/data/aistrat/knowledge/bad.yaml:4:1: error: YAML syntax: end of sequence flow not found
> check: 3
> S/data/aistrat/knowledge/bad.yaml:4:1: error: YAML syntax: end of sequence flow not found
> aistrat: error: the knowledge base has 1 error; run 'aistrat check' for details
> --strict list: 3
> S/data/aistrat/knowledge/bad.yaml:4:1: error: YAML syntax: end of sequence flow not found
> aistrat: error: the knowledge base has 1 error; run 'aistrat check' for details
> list --strict: 3
? 0
# Leaving a file out can break a link in another: that one is left out too. A duplicate of a
# built-in id is the user file's error.
$ u="$SCRATCH/data/aistrat/knowledge" && mkdir -p "$u" && printf 'kind: country\nid: laos\ntitle: Laos\nsummary: s\ncolour: blue\nsources: [{source: article, locator: intro/1}]\n' > "$u/a.yaml" && printf 'kind: organization\nid: lao-ai\ntitle: Lao AI\nsummary: s\nlinks: {based-in: laos}\nsources: [{source: article, locator: intro/1}]\n' > "$u/b.yaml" && printf 'kind: pillar\nid: education\ntitle: Again\nsummary: s\nsources: [{source: article, locator: intro/1}]\n' > "$u/c.yaml" && XDG_DATA_HOME="$SCRATCH/data" aistrat list countries 2>&1 | sed "s|$SCRATCH|S|"
> aistrat: warning: S/data/aistrat/knowledge/a.yaml left out: it has 1 error (line 5: unknown field 'colour' for kind 'country'); 'aistrat check' lists them, and --strict stops instead
> aistrat: warning: S/data/aistrat/knowledge/b.yaml left out: it has 1 error (line 5: 'based-in' links to unknown country 'laos'); 'aistrat check' lists them, and --strict stops instead
> aistrat: warning: S/data/aistrat/knowledge/c.yaml left out: it has 1 error (line 1: duplicate id 'education' of kind 'pillar' (first defined at <builtin>/pillars/education.yaml:1:1)); 'aistrat check' lists them, and --strict stops instead
> ID         TITLE      REGION
> china      China
> indonesia  Indonesia  Southeast Asia
? 0
# A file's own errors go first: a broken draft holding an id leaves out only itself, not the
# file that holds the id as well (here in a --kb folder, which would otherwise stop everything).
$ u="$SCRATCH/data/aistrat/knowledge" && mkdir -p "$u" "$SCRATCH/proj" && printf 'kind: organization\nid: acme\ntitle: Acme draft\nsummary: s\nbogus: 1\nsources: [{source: article, locator: intro/1}]\n' > "$u/draft.yaml" && printf 'kind: organization\nid: acme\ntitle: Acme\nsummary: s\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/proj/acme.yaml" && XDG_DATA_HOME="$SCRATCH/data" aistrat --kb "$SCRATCH/proj" show acme -f json 2>&1 | sed "s|$SCRATCH|S|" | grep -o 'warning: S/[^ ]*\|"title": "[^"]*"' | head -2
> warning: S/data/aistrat/knowledge/draft.yaml
> "title": "Acme"
? 0
# A good file of the user's that holds an id or a number a --kb folder holds too: the clash is
# the user's file's, which is left out, not the named folder's, which would stop everything.
$ u="$SCRATCH/data/aistrat/knowledge" && mkdir -p "$u" "$SCRATCH/kb" && printf 'kind: organization\nid: acme\ntitle: Mine\nsummary: s\nsources: [{source: article, locator: intro/1}]\n' > "$u/a.yaml" && printf 'kind: organization\nid: acme\ntitle: Theirs\nsummary: s\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/kb/a.yaml" && XDG_DATA_HOME="$SCRATCH/data" aistrat --kb "$SCRATCH/kb" show acme 2>&1 | sed "s|$SCRATCH|S|g" | head -2
> aistrat: warning: S/data/aistrat/knowledge/a.yaml left out: it has 1 error (line 1: duplicate id 'acme' of kind 'organization' (also defined at S/kb/a.yaml:1:1)); 'aistrat check' lists them, and --strict stops instead
> Theirs
? 0
# The same for a number of the user's that a --kb entity's alias (or title) reads as, and for
# a kind the user's schema.yaml defines that a --kb schema defines too, differently: the user's
# schema is read after the named folders', so the clash is its error and it is left out.
$ u="$SCRATCH/d2/aistrat/knowledge" && mkdir -p "$u" "$SCRATCH/kb2" && printf 'kind: pillar\nid: user-pillar\ntitle: Mine\nsummary: s\nnumber: 10\nsources: [{source: article, locator: intro/1}]\n' > "$u/u.yaml" && printf 'kind: pillar\nid: kb-pillar\ntitle: Theirs\nsummary: s\nnumber: 12\naliases: ["10"]\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/kb2/p.yaml" && XDG_DATA_HOME="$SCRATCH/d2" aistrat --kb "$SCRATCH/kb2" show pillar 10 2>&1 | sed "s|$SCRATCH|S|g" | head -2
> aistrat: warning: S/d2/aistrat/knowledge/u.yaml left out: it has 1 error (line 5: number 10 of pillar 'user-pillar' is also the alias of pillar 'kb-pillar' (S/kb2/p.yaml:1:1); a name must name one entity); 'aistrat check' lists them, and --strict stops instead
> Theirs
? 0
$ u="$SCRATCH/d3/aistrat/knowledge" && mkdir -p "$u" "$SCRATCH/kb3" && printf 'kinds:\n  - name: gizmo\n    cites: false\n    description: Mine.\n' > "$u/schema.yaml" && printf 'kinds:\n  - name: gizmo\n    cites: false\n    description: Theirs.\n' > "$SCRATCH/kb3/schema.yaml" && printf 'kind: gizmo\nid: g1\ntitle: G\nsummary: s\n' > "$SCRATCH/kb3/g.yaml" && XDG_DATA_HOME="$SCRATCH/d3" aistrat --kb "$SCRATCH/kb3" list gizmos 2>&1 | sed "s|$SCRATCH|S|g"; XDG_DATA_HOME="$SCRATCH/d3" aistrat --kb "$SCRATCH/kb3" check 2>&1 | sed "s|$SCRATCH|S|g"
> aistrat: warning: S/d3/aistrat/knowledge/schema.yaml left out: it has 1 error (line 2: kind 'gizmo' is already defined, differently (S/kb3/schema.yaml:2)); 'aistrat check' lists them, and --strict stops instead
> ID  TITLE
> g1  G
> S/d3/aistrat/knowledge/schema.yaml:2:5: error: kind 'gizmo' is already defined, differently (S/kb3/schema.yaml:2)
? 0
# Past four rounds of files breaking others, the whole folder is left out, with one warning.
$ u="$SCRATCH/data/aistrat/knowledge" && mkdir -p "$u" && printf 'kind: figure\nid: f0\ntitle: [bad\n' > "$u/f0.yaml" && for i in 1 2 3 4 5; do printf 'kind: figure\nid: f%s\ntitle: F\nsummary: s\nvalue: 1\nunit: USD\nmeasure: m\nlinks: {part-of: f%s}\nsources: [{source: article, locator: intro/1}]\n' $i $((i-1)) > "$u/f$i.yaml"; done && XDG_DATA_HOME="$SCRATCH/data" aistrat list figures 2>&1 >/dev/null | sed "s|$SCRATCH|S|"; XDG_DATA_HOME="$SCRATCH/data" aistrat paths -f json 2>/dev/null | jq -c '.left_out' | sed "s|$SCRATCH|S|"
> aistrat: warning: your knowledge folder S/data/aistrat/knowledge left out: leaving out its files with errors (4 of them) left errors in others; 'aistrat check' lists them, and --strict stops instead
> ["S/data/aistrat/knowledge"]
? 0
# Many files left out: twenty lines, then one that counts the rest.
$ u="$SCRATCH/data/aistrat/knowledge" && mkdir -p "$u" && for i in $(seq 10 34); do printf 'kind: event\nid: e%s\ntitle: [bad\n' $i > "$u/e$i.yaml"; done && XDG_DATA_HOME="$SCRATCH/data" aistrat list pillars 2>&1 >/dev/null | sed "s|$SCRATCH|S|" | tail -2; XDG_DATA_HOME="$SCRATCH/data" aistrat list pillars 2>&1 >/dev/null | wc -l
> aistrat: warning: S/data/aistrat/knowledge/e29.yaml left out: it has 1 error (line 4: YAML syntax: end of sequence flow not found); 'aistrat check' lists them, and --strict stops instead
> aistrat: warning: 5 more files of your knowledge folder left out, with errors; 'aistrat check' lists them
> 21
? 0
# The user's folder named with --kb or AISTRAT_KB too is as strict as they are.
$ u="$SCRATCH/data/aistrat/knowledge" && mkdir -p "$u" && printf 'kind: event\nid: e\ntitle: [bad\n' > "$u/e.yaml" && XDG_DATA_HOME="$SCRATCH/data" aistrat --kb "$u" list pillars > /dev/null 2>&1; echo $?; XDG_DATA_HOME="$SCRATCH/data" AISTRAT_KB="$u" aistrat list pillars > /dev/null 2>&1; echo $?; XDG_DATA_HOME="$SCRATCH/data" aistrat list pillars > /dev/null 2>&1; echo $?
> 3
> 3
> 0
? 0
# Folders named with --kb or AISTRAT_KB stay strict: their errors stop every command, and then
# every error is listed, the user folder's too.
$ u="$SCRATCH/data/aistrat/knowledge" && mkdir -p "$u" && printf 'kind: treaty\n' > "$u/bad.yaml" && XDG_DATA_HOME="$SCRATCH/data" aistrat --kb broken list pillars 2>&1 | sed "s|$SCRATCH|S|" | grep -E 'bad.yaml|aistrat:'; XDG_DATA_HOME="$SCRATCH/data" AISTRAT_KB=broken aistrat list pillars > /dev/null 2>&1; echo $?
> S/data/aistrat/knowledge/bad.yaml:1:7: error: unknown kind 'treaty' (kinds: source, strategy, pillar, focus-area, priority-area, country, opportunity, organization, person, event, figure, conclusion)
> aistrat: error: the knowledge base has 12 errors; run 'aistrat check' for details
> 3
? 0

# The same folder named twice is loaded once.
$ AISTRAT_KB=extra aistrat check --kb extra --kb ./extra/
> ok: 56 entities (10 sources, 2 strategies, 6 pillars, 4 focus-areas, 7 priority-areas, 2 countries, 5 opportunities, 7 organizations, 3 people, 1 event, 7 figures, 1 conclusion, 1 treaty)
? 0

# --no-builtin leaves the built-in entities out; its schema stays.
$ aistrat check --no-builtin --kb standalone
> ok: 2 entities (2 notes)
? 0
$ aistrat list notes --no-builtin --kb standalone
> ID      TITLE
> first   First note
> second  Second note
? 0
$ aistrat list opportunities --no-builtin
> No opportunities to list.
? 0

# A folder that does not exist is an I/O error.
$ aistrat check --kb no-such-folder
! aistrat: error: cannot read the knowledge: no-such-folder: no such directory (from --kb)
? 4
$ AISTRAT_KB=also-missing aistrat list pillars
! aistrat: error: cannot read the knowledge: also-missing: no such directory (from AISTRAT_KB)
? 4

# A copy of the built-in folder repeats its schema word for word: no conflict.
$ aistrat check --no-builtin --kb ../../knowledge
> ok: 54 entities (10 sources, 2 strategies, 6 pillars, 4 focus-areas, 7 priority-areas, 2 countries, 4 opportunities, 7 organizations, 3 people, 1 event, 7 figures, 1 conclusion)
? 0

# On a terminal, each diagnostic quotes its line with a caret under the column.
$ script -qec "aistrat check --kb broken 2>&1" /dev/null | tail -3 | tr -d '\r'
> broken/unknown-kind.yaml:1:7: error: unknown kind 'opportunty'; did you mean 'opportunity'?
>   kind: opportunty
>         ^
? 0

# Entries that are no regular file are reported and not loaded.
$ mkdir -p "$SCRATCH/odd/dir.yaml" && mkfifo "$SCRATCH/odd/fifo.yaml" && aistrat check --kb "$SCRATCH/odd" 2>&1 | sed "s|$SCRATCH|SCRATCH|"
> SCRATCH/odd/dir.yaml: error: not a regular file (a folder, FIFO or device): not loaded
> SCRATCH/odd/fifo.yaml: error: not a regular file (a folder, FIFO or device): not loaded
? 0

# Files that are not UTF-8 text, and a lone ',' (which yaml-cpp reads as endless empty
# documents), are rejected.
$ mkdir -p "$SCRATCH/bad" && printf 'kind: person\nid: a\x00b\n' > "$SCRATCH/bad/nul.yaml" && printf 'title: caf\xe9\n' > "$SCRATCH/bad/latin1.yaml" && printf ',' > "$SCRATCH/bad/comma.yaml" && aistrat check --no-builtin --kb "$SCRATCH/bad" 2>&1 | sed "s|$SCRATCH|SCRATCH|"
> SCRATCH/bad/comma.yaml:1:1: error: YAML syntax: did not find expected node content
> SCRATCH/bad/latin1.yaml:1:11: error: invalid UTF-8 at byte 10: a knowledge file must be UTF-8
> SCRATCH/bad/nul.yaml:2:6: error: NUL byte at byte 18: a knowledge file is text
? 0
$ mkdir -p "$SCRATCH/bom" && printf '\xef\xbb\xbfkind: note\nid: b\ntitle: t\nsummary: s\nbody: with a byte-order mark\n' > "$SCRATCH/bom/b.yaml" && aistrat check --no-builtin --kb standalone --kb "$SCRATCH/bom"
> ok: 3 entities (3 notes)
? 0

# "Did you mean" is given for the first 100 unknown names: 2,000 near misses took 7.6 s,
# the time growing with their square.
$ mkdir -p "$SCRATCH/k" && python3 -c "f = open('$SCRATCH/k/f.yaml', 'w'); [f.write(f'---\nkind: figure\nid: figure-number-{i}\ntitle: F\nsummary: s\nvalue: 1\nunit: u\nmeasure: m\nsources: [{{source: article, locator: intro/1}}]\nlinks:\n  part-of: figure-numbr-{i}x\n') for i in range(3000)]" && timeout 60 aistrat --no-cache check --kb "$SCRATCH/k" 2>&1 | grep -c 'did you mean'; timeout 60 aistrat --no-cache check --kb "$SCRATCH/k" 2>&1 | grep -c 'links to unknown'
> 100
> 3000
? 0

# A blank title or summary, an empty list of sources on a kind that must cite, and the same
# link twice are errors (they were accepted; the link showed twice).
$ mkdir -p "$SCRATCH/k" && printf 'kind: pillar\nid: p-a\ntitle: ""\nsummary: "  "\nnumber: 11\nsources: []\n---\nkind: pillar\nid: p-b\ntitle: B\nsummary: s\nnumber: 12\nlinks:\n  corresponds-to: [ethics-policy, ethics-policy]\nsources:\n  - {source: article, locator: intro/1}\n' > "$SCRATCH/k/p.yaml" && aistrat check --kb "$SCRATCH/k" 2>&1 | sed "s|$SCRATCH|S|"
> S/k/p.yaml:3:8: error: 'title' is empty
> S/k/p.yaml:4:10: error: 'summary' is empty
> S/k/p.yaml:6:10: error: 'sources' is empty (every pillar must cite where it comes from)
> S/k/p.yaml:14:35: error: 'corresponds-to' links to 'ethics-policy' twice
? 0

# An alias or a tag of blanks only names nothing and can never be typed: an error where it is.
$ mkdir -p "$SCRATCH/k" && printf 'kind: note\nid: n\ntitle: t\nsummary: s\nbody: b\naliases: ["", " ", ok]\ntags: [fine, "  "]\n' > "$SCRATCH/k/n.yaml" && aistrat check --no-builtin --kb standalone --kb "$SCRATCH/k" 2>&1 | sed "s|$SCRATCH|S|"
> S/k/n.yaml:6:11: error: an item of 'aliases' is empty
> S/k/n.yaml:6:15: error: an item of 'aliases' is empty
> S/k/n.yaml:7:14: error: an item of 'tags' is empty
? 0

# A title or an alias is one line by every line break Unicode knows (CR, LINE SEPARATOR), and
# an alias has no blanks around it (names are read trimmed: " 4" was never found).
$ mkdir -p "$SCRATCH/k" && printf 'kind: note\nid: n\ntitle: "a\\rb"\nsummary: s\nbody: b\naliases: [" 4", "x\\u2028y"]\n' > "$SCRATCH/k/n.yaml" && aistrat check --no-builtin --kb standalone --kb "$SCRATCH/k" 2>&1 | sed "s|$SCRATCH|S|"
> S/k/n.yaml:3:8: error: 'title' must be one line of text (use a folded '>-' scalar)
> S/k/n.yaml:6:11: error: an item of 'aliases' ' 4' has blanks around it; names are typed without them
> S/k/n.yaml:6:17: error: each of 'aliases' must be one line of text (use a folded '>-' scalar)
? 0

# Identifying text values are names: two that differ only in case or composition clash.
$ mkdir -p "$SCRATCH/ident" && printf 'kinds:\n  - name: gadget\n    plural: gadgets\n    cites: false\n    fields:\n      - {name: code, type: string, identifies: true}\n' > "$SCRATCH/ident/schema.yaml" && printf 'kind: gadget\nid: g1\ntitle: G1\nsummary: s\ncode: Ab\n---\nkind: gadget\nid: g2\ntitle: G2\nsummary: s\ncode: aB\n---\nkind: gadget\nid: g3\ntitle: G3\nsummary: s\ncode: "\\u00C4b"\n---\nkind: gadget\nid: g4\ntitle: G4\nsummary: s\ncode: "A\\u0308B"\n' > "$SCRATCH/ident/g.yaml" && aistrat --no-builtin --kb "$SCRATCH/ident" check 2>&1 | sed "s|$SCRATCH|S|g"
> S/ident/g.yaml:11:7: error: code aB is also the code of gadget 'g1' (S/ident/g.yaml:1:1); it must name one entity
> S/ident/g.yaml:23:7: error: code ÄB is also the code of gadget 'g3' (S/ident/g.yaml:13:1); it must name one entity
? 0

# "an" before a vowel in a link's message.
$ cd "$SCRATCH" && mkdir k && printf 'kind: opportunity\nid: f11\ntitle: F11\nsummary: s\nnumber: 311\nactivities: [a]\nbenefits: [b]\nlinks: {supports: [knowledge-exchange]}\nsources: [{source: article, locator: intro/1}]\n' > k/o.yaml && aistrat check --kb k 2>&1 | grep -o "('knowledge-exchange' is an opportunity)"
> ('knowledge-exchange' is an opportunity)
? 0
# An entity without an id is left out, but all else wrong with it is said at once.
$ cd "$SCRATCH" && mkdir n && printf 'kind: person\nid:\ntitle:\nsummary: s\nrole:\nsources: [{source: article, locator: intro/1}]\n' > n/a.yaml && aistrat --no-cache check --kb n
! n/a.yaml:2:4: error: 'id' must be text, found nothing
! n/a.yaml:3:7: error: 'title' must be text, found nothing
! n/a.yaml:5:6: error: field 'role' has no value
? 3
# An empty value is where its key leaves it, not at the next line (nor past the file's end).
$ cd "$SCRATCH" && mkdir e && printf 'kind: figure\nid: e6\ntitle: E6\nsummary: s\nvalue: 5\nmeasure: m\nsources: [{source: article, locator: intro/1}]\nunit:\n' > e/e6.yaml && aistrat --no-cache check --kb e
! e/e6.yaml:8:6: error: field 'unit' has no value
? 3
$ cd "$SCRATCH" && mkdir o && printf 'kind: opportunity\nid: o1\ntitle: O1\nsummary:   # to write\n\nnumber: 311\nactivities: [a]\nbenefits: [b]\nsources: [{source: article, locator: intro/1}]\n' > o/o1.yaml && aistrat --no-cache check --kb o
! o/o1.yaml:4:9: error: 'summary' must be text, found nothing
? 3

# `!!null` is the null `null` is; empty text ("", `!!str`, blanks) is no value either, in a
# field, in an item of a list field and in a link's target.
$ cd "$SCRATCH" && mkdir e && printf 'kind: figure\nid: e1\ntitle: E1\nsummary: s\nvalue: 5\nunit: !!null\nmeasure: ""\nsources: [{source: article, locator: intro/1}]\n---\nkind: figure\nid: e2\ntitle: E2\nsummary: s\nvalue: 5\nunit: !!str\nmeasure: "  "\nsources: [{source: article, locator: intro/1}]\n' > e/e.yaml && printf 'kind: opportunity\nid: p1\ntitle: P1\nsummary: s\nnumber: 401\nactivities:\n  - ""\n  - b\nbenefits: [b, " "]\nlinks:\n  supports: [""]\nsources: [{source: article, locator: intro/1}]\n' > e/p.yaml && aistrat --no-cache check --kb e
! e/e.yaml:6:7: error: field 'unit' has no value
! e/e.yaml:7:10: error: field 'measure' is empty
! e/e.yaml:15:7: error: field 'unit' is empty
! e/e.yaml:16:10: error: field 'measure' is empty
! e/p.yaml:7:5: error: an item of field 'activities' is empty
! e/p.yaml:9:15: error: an item of field 'benefits' is empty
! e/p.yaml:11:14: error: a target of 'supports' is empty
? 3
