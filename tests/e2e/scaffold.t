# aistrat new: a template entity that checks clean as it is.
$ aistrat new opportunity my-idea
> # kind opportunity: A partnership opportunity the article proposes.
> # Edit the values; `aistrat check --strict` says what is wrong or left as written here.
> kind: opportunity
> id: my-idea  # lower-case kebab-case, unique among opportunities
> title: Title of my-idea
> summary: >-
>   One or two sentences on what it is, in your own words.
> # aliases: [abbreviation, name in another language]
> # tags: [a-tag]
> number: 5  # required: Its number in the article. (integer)
> activities:  # required: What the partners would do. (list)
>   - one item
>   - another item
> benefits:  # required: What the partners would gain. (list)
>   - one item
>   - another item
> # links:
> #   supports: [data-infrastructure]  # ids of: pillar
> #   serves: [bureaucratic-reform]  # ids of: priority-area
> #   involves: [bppt]  # ids of: organization
> #   partners: [china]  # ids of: country
> # A value, list item or link may cite sources of its own (instead of those below) and
> # give its basis: stated (the default), implied (it follows from the source's framing)
> # or interpretation (your own reading, which no source says):
> #   number: {value: ..., sources: [{source: ID, locator: ...}]}
> #   - {value: a list item, basis: implied}
> #   - {to: an-id, basis: interpretation}  # a link
> sources:  # where it comes from, and where in it
>   - {source: article, locator: whole page}
? 0
$ mkdir -p "$HOME/.local/share/aistrat/knowledge" && aistrat new opportunity my-idea > "$HOME/.local/share/aistrat/knowledge/my-idea.yaml" && aistrat list opportunities | tail -2
> cybersecurity        AI-based cybersecurity policy and regulation     4
> my-idea              Title of my-idea                                 5
? 0
# -o writes a new file, and never over one (with '> FILE' the shell empties the file before
# aistrat runs: a second run lost the entity saved there), nor through a link.
$ cd "$SCRATCH" && aistrat new opportunity my-idea -o my-idea.yaml && sed -i 's/^title: .*/title: My idea/' my-idea.yaml && aistrat new opportunity my-idea -o my-idea.yaml; code=$?; grep -c 'My idea' my-idea.yaml; exit $code
> wrote my-idea.yaml
> 1
! aistrat: error: my-idea.yaml exists already; new replaces no file: choose another name, or remove it first
! Run 'aistrat new --help' for usage.
? 2
$ cd "$SCRATCH" && ln -s victim link.yaml && aistrat new pillar p -o link.yaml; code=$?; ls; exit $code
> link.yaml
! aistrat: error: link.yaml exists already; new replaces no file: choose another name, or remove it first
! Run 'aistrat new --help' for usage.
? 2
# A file that is there is said so first, whatever writing would meet (here a full disk).
$ cd "$SCRATCH" && echo mine > ex.yaml && prlimit --fsize=0 aistrat new pillar p -o ex.yaml 2>/dev/null; code=$?; cat ex.yaml; exit $code
> mine
? 2
# Stopped (Ctrl-C) while it writes, new finishes the file first, then stops: no temporary
# file is left beside it (strace sends SIGINT as the file is put in place).
$ cd "$SCRATCH" && strace -f -o /dev/null -e trace=linkat -e inject=linkat:signal=INT aistrat --no-cache new pillar p -o p.yaml; echo "exit $?"; ls -A
> exit 130
> p.yaml
? 0

$ aistrat new pillar p -o "$SCRATCH/no/such/folder/p.yaml" 2>&1 | sed "s|$SCRATCH|S|"; exit ${PIPESTATUS[0]}
> aistrat: error: cannot open S/no/such/folder: No such file or directory
? 4
$ aistrat new pillar p -o ''
! aistrat: error: --output needs a value; '' is none
! Run 'aistrat new --help' for usage.
? 2
$ aistrat new pillar p -o "$SCRATCH/" 2>&1 | sed "s|$SCRATCH|S|"; exit ${PIPESTATUS[0]}
> aistrat: error: --output needs a file name, not the folder S/
> Run 'aistrat new --help' for usage.
? 2
# A name the loader never reads as entities is refused, and nothing is written.
$ cd "$SCRATCH" && for o in p.txt .p.yaml schema.yaml; do aistrat new pillar p -o "$o" 2>&1 | head -1; done; ls -A | grep -vx .cache | wc -l
> aistrat: error: --output p.txt: only .yaml and .yml files are loaded; give a name that ends in .yaml
> aistrat: error: --output .p.yaml: a hidden file is never loaded; give a name that does not start with '.'
> aistrat: error: --output schema.yaml: schema.yaml is where a folder's schema is read from, not entities; give another name
> 0
? 0
# An id that is another entity's number names that entity: refused (it printed a template
# that did not check).
$ aistrat new pillar 1
! aistrat: error: '1' is the number of pillar 'education' already, and an id must name one entity; choose another
! Run 'aistrat new --help' for usage.
? 2
$ aistrat new pillar 7 | grep -m1 '^id:'
> id: "7"  # lower-case kebab-case, unique among pillars
? 0
$ aistrat new opportunity knowledge-exchange
! aistrat: error: opportunity 'knowledge-exchange' exists already
! Run 'aistrat new --help' for usage.
? 2
$ aistrat new opportunity My_Idea
! aistrat: error: id 'My_Idea' must be lower-case kebab-case (a-z, 0-9 and single hyphens)
! Run 'aistrat new --help' for usage.
? 2
$ aistrat new opportunty x
! aistrat: error: unknown kind 'opportunty'; did you mean 'opportunity'? (kinds: source, strategy, pillar, focus-area, priority-area, country, opportunity, organization, person, event, figure, conclusion)
! Run 'aistrat new --help' for usage.
? 2

# aistrat init: a folder with a README and one example of each kind, accepted by check.
$ aistrat init "$SCRATCH/mine" | sed "s|$SCRATCH|SCRATCH|"
> made SCRATCH/mine with a README and one example entity of each kind:
>   SCRATCH/mine/example-source.yaml
>   SCRATCH/mine/example-strategy.yaml
>   SCRATCH/mine/example-pillar.yaml
>   SCRATCH/mine/example-focus-area.yaml
>   SCRATCH/mine/example-priority-area.yaml
>   SCRATCH/mine/example-country.yaml
>   SCRATCH/mine/example-opportunity.yaml
>   SCRATCH/mine/example-organization.yaml
>   SCRATCH/mine/example-person.yaml
>   SCRATCH/mine/example-event.yaml
>   SCRATCH/mine/example-figure.yaml
>   SCRATCH/mine/example-conclusion.yaml
> check it with: aistrat check --kb SCRATCH/mine
? 0
$ aistrat init "$SCRATCH/mine" > /dev/null && aistrat check --kb "$SCRATCH/mine" 2> /dev/null && head -3 "$SCRATCH/mine/example-opportunity.yaml"
> ok: 66 entities (11 sources, 3 strategies, 7 pillars, 5 focus-areas, 8 priority-areas, 3 countries, 5 opportunities, 8 organizations, 4 people, 2 events, 8 figures, 2 conclusions)
> # kind opportunity: A partnership opportunity the article proposes.
> # Edit the values; `aistrat check --strict` says what is wrong or left as written here.
> kind: opportunity
? 0
$ aistrat init "$SCRATCH/mine" > /dev/null && aistrat init "$SCRATCH/mine" 2>&1 | sed "s|$SCRATCH|SCRATCH|g"
> aistrat: error: SCRATCH/mine holds YAML files already (SCRATCH/mine/example-conclusion.yaml); init makes a new folder (--force adds the examples anyway)
> Run 'aistrat init --help' for usage.
? 0

# aistrat paths: the folders in load order and where the user's folder is.
$ mkdir -p "$HOME/.local/share/aistrat/knowledge" && AISTRAT_KB=extra aistrat paths --kb standalone | sed "s|$HOME|HOME|"
> Knowledge folders, in load order
>
> ORDER  FOLDER                                                   FROM        ENTITIES
> 1      <builtin>                                                builtin     54
> 2      HOME/.local/share/aistrat/knowledge  user        0
> 3      extra                                                    AISTRAT_KB  2
> 4      standalone                                               --kb        2
>
> user folder  HOME/.local/share/aistrat/knowledge
> cache        HOME/.cache/aistrat
? 0

# aistrat help COMMAND is aistrat COMMAND --help.
$ aistrat help list | head -2
> List the entities of a kind as a table
> Usage: aistrat list [OPTIONS] KIND
? 0
$ aistrat help report matrix | head -2
> Which entities of one kind link to which of another
> Usage: aistrat report matrix [OPTIONS]
? 0
$ aistrat help lst
! aistrat: error: no help for 'lst'; did you mean 'list'?
! Run 'aistrat --help' for usage.
? 2

# The hidden completion command behind the shell scripts.
$ aistrat __complete -- sh
> show
? 0
$ aistrat __complete -- show pillar ed
> education
? 0
$ aistrat __complete -- --kb extra show treaty ''
> digital-mou
? 0
# A flag takes no value, so the word after it is still the command; --kb=DIR is a folder too.
$ aistrat __complete -- --no-cache --no-builtin --kb=extra show treaty ''
> digital-mou
? 0
$ aistrat __complete -- --no-pager list pill
> pillar
? 0
# --format offers what the command prints.
$ aistrat __complete -- list --format '' | tr '\n' ' '
> text markdown html csv json yaml % no newline at end of output
? 0
$ aistrat __complete -- report brief -f '' | tr '\n' ' '
> text markdown html json yaml % no newline at end of output
? 0
$ aistrat __complete -- graph -f '' | tr '\n' ' '
> dot mermaid json yaml % no newline at end of output
? 0
# Anywhere but first, it is refused: the words after it would run as a command (here, init).
$ aistrat --no-cache __complete -- init "$SCRATCH/made"; code=$?; test -e "$SCRATCH/made" && echo made; exit $code
! aistrat: error: __complete is for the completion scripts and comes first, with the options among the words it completes: aistrat __complete -- WORD...
! Run 'aistrat --help' for usage.
? 2
# One command a run: a second among the words of the first is not run (it made the folder).
$ aistrat completion bash __complete -- init "$SCRATCH/made2" 2>&1 | sed "s|$SCRATCH|S|"; code=${PIPESTATUS[0]}; test -e "$SCRATCH/made2" && echo made; exit $code
> aistrat: error: unexpected arguments: S/made2 init __complete
> Run 'aistrat completion --help' for usage.
? 2
$ aistrat list pillars init "$SCRATCH/made3" 2>&1 | sed "s|$SCRATCH|S|"; code=${PIPESTATUS[0]}; test -e "$SCRATCH/made3" && echo made; exit $code
> aistrat: error: unexpected arguments: S/made3 init
> Run 'aistrat list --help' for usage.
? 2
$ aistrat completion bash | head -3
> # bash completion for aistrat: commands, options, formats, kinds and the ids of the chosen
> # kind, from the knowledge actually loaded (asked of `aistrat __complete`).
> # Folder (-d) or file (-f) names that start with the word typed. Readline quotes each as it
? 0
$ aistrat completion tcsh
! aistrat: error: SHELL: tcsh not in {bash,zsh,fish}
! Run 'aistrat completion --help' for usage.
? 2
$ aistrat --kb extra help list | head -2
> List the entities of a kind as a table
> Usage: aistrat list [OPTIONS] KIND
? 0

# Commands that print text of their own refuse another format or a template, as every command does.
$ aistrat new country vietnam -f json
! aistrat: error: new does not print json; formats: text, yaml
! Run 'aistrat new --help' for usage.
? 2
$ aistrat new country vietnam -f yaml | head -1
> # kind country: A country and its profile in AI.
? 0
$ aistrat init "$SCRATCH/d" --template /dev/null
! aistrat: error: init does not take --template
! Run 'aistrat init --help' for usage.
? 2
$ aistrat completion bash -f csv
! aistrat: error: completion does not print csv; formats: text
! Run 'aistrat completion --help' for usage.
? 2
$ aistrat cache clear -f json
! aistrat: error: cache clear does not print json; formats: text
! Run 'aistrat cache clear --help' for usage.
? 2
# A long id gets a title cut to stay within the 500 characters of a title, and still checks
# clean (and is still recognised as the template's).
$ cd "$SCRATCH" && mkdir long && aistrat new person "$(python3 -c 'print("-".join(["abcdefghij"] * 60))')" -o long/p.yaml > /dev/null && grep -c '^title: Title of abcdefghij.*\.\.\.$' long/p.yaml && aistrat --no-cache --kb long check > /dev/null 2>&1 && aistrat --no-cache --kb long check --strict 2>&1 | grep -c 'still as its template'
> 1
> 1
? 0
# With no source to cite, the template says so above its placeholder (it claimed to check clean).
$ aistrat --no-builtin new pillar p1 | tail -3
> # No source exists yet to cite: add one (aistrat new source ID) and name it below; until then this does not check.
> sources:  # where it comes from, and where in it
>   - {source: a-source-id, locator: whole page}
? 0

# What a template writes is not knowledge: check warns of every entity left as written, and of
# a source with sections cited whole; --strict makes them errors.
$ aistrat init "$SCRATCH/fresh" > /dev/null && aistrat check --kb "$SCRATCH/fresh" 2>&1 | sed "s|$SCRATCH|S|g" | grep example-pillar
> S/fresh/example-pillar.yaml:3:1: warning: pillar 'example-pillar' is still as its template wrote it (title, summary); write its own
> S/fresh/example-pillar.yaml:21:14: warning: cites the whole of 'article', which is divided into sections (intro, china, indonesia, opportunities, conclusion): name the one that says it, such as intro/1
? 0
$ aistrat init "$SCRATCH/fresh" > /dev/null && aistrat check --kb "$SCRATCH/fresh" > /dev/null 2>&1; echo $?; aistrat check --strict --kb "$SCRATCH/fresh" > /dev/null 2>&1; echo $?; aistrat check --strict > /dev/null; echo $?
> 0
> 3
> 0
? 0

# An identifying value that is not a number is one no other entity of the kind holds, so a
# second template checks beside the first; a yes/no field cannot identify.
$ cd "$SCRATCH" && mkdir g && printf 'kinds:\n  - {name: gizmo, plural: gizmos, description: d, fields: [{name: code, type: string, identifies: true, required: true, description: Its code.}, {name: day, type: date, identifies: true, required: true, description: D.}, {name: site, type: url, identifies: true, description: U.}]}\n' > g/schema.yaml && aistrat new gizmo g-one --kb g -o g/one.yaml > /dev/null && aistrat new gizmo g-two --kb g | grep -E '^(code|day|site):' && aistrat new gizmo g-two --kb g -o g/two.yaml > /dev/null && aistrat check --kb g 2>&1 | grep -c 'still as its template'
> code: a short value for g-two  # required: Its code. (string)
> day: 2026-01-02  # required: D. (date)
> site: https://example.org/g-two  # U. (url)
> 2
? 0
$ cd "$SCRATCH" && mkdir b && printf 'kinds:\n  - {name: gizmo, plural: gizmos, description: d, fields: [{name: on, type: bool, identifies: true, description: D.}]}\n' > b/schema.yaml && aistrat check --kb b
! b/schema.yaml:2:95: error: field 'on' is a yes or no, which names two entities at most, and cannot identify one
? 3
# A placeholder another entity holds already (as its identifying value, title or alias, in any
# case) gets a number after it, and the template still checks.
$ cd "$SCRATCH" && mkdir s && printf 'kinds:\n  - {name: k-string, plural: k-strings, description: d, fields: [{name: ident, type: string, identifies: true, required: true}, {name: site, type: url, identifies: true}]}\n' > s/schema.yaml && printf 'kind: k-string\nid: first\ntitle: First\nsummary: s\nident: A SHORT VALUE FOR second\nsite: https://example.org/second\naliases: [Title of second]\nsources: [{source: article, locator: intro/1}]\n' > s/a.yaml && aistrat new k-string second --kb s -o s/n.yaml > /dev/null && grep -E '^(title|ident|site):' s/n.yaml && aistrat check --kb s 2>&1 | grep -c 'still as its template'
> title: Title of second 2
> ident: a short value for second 2  # required:  (string)
> site: https://example.org/second-2  #  (url)
> 1
? 0
# init's hint for a folder whose name holds a control character is bash's $'...' form: shown
# safely, and runnable.
$ cd "$SCRATCH" && aistrat init "$(printf 'new\tone')" | tail -1
> check it with: aistrat check --kb $'new\x09one'
? 0
