# aistrat init never replaces a user's file nor writes through a link; --force adds the
# files that are missing and keeps the others as they are (it replaced them: edits were lost).
$ cd "$SCRATCH" && mkdir d && echo keep > d/README.md && aistrat init d; code=$?; cat d/README.md; ls d; exit $code
> keep
> README.md
! aistrat: error: d/README.md exists already; init replaces no file (--force adds the files that are missing and keeps it)
! Run 'aistrat init --help' for usage.
? 2
$ cd "$SCRATCH" && mkdir d && echo outside > outside && ln -s ../outside d/README.md && aistrat init d; code=$?; cat outside; ls d; exit $code
> outside
> README.md
! aistrat: error: d/README.md exists already; init replaces no file (--force adds the files that are missing and keeps it)
! Run 'aistrat init --help' for usage.
? 2
$ cd "$SCRATCH" && mkdir d && echo outside > outside && ln -s ../outside d/example-pillar.yaml && aistrat init d; code=$?; cat outside; ls d; exit $code
> outside
> example-pillar.yaml
! aistrat: error: d holds YAML files already (d/example-pillar.yaml); init makes a new folder (--force adds the examples anyway)
! Run 'aistrat init --help' for usage.
? 2
$ cd "$SCRATCH" && mkdir d && echo outside > outside && ln -s ../outside d/README.md && echo mine > d/notes.txt && aistrat init --force d > /dev/null && cat outside d/notes.txt && [ -L d/README.md ] && ls -A d | wc -l
> outside
> mine
> 14
? 0
$ cd "$SCRATCH" && mkdir d && echo keep > d/README.md && aistrat init --force d > /dev/null && head -1 d/README.md && aistrat init --force d > /dev/null && aistrat check --kb d 2> /dev/null | cut -c1-14
> keep
> ok: 66 entitie
? 0
# An edited example survives --force, and the output names what was added and what was kept.
$ cd "$SCRATCH" && aistrat init d > /dev/null && sed -i 's/^title: .*/title: My own pillar/' d/example-pillar.yaml && rm d/example-event.yaml && aistrat init --force d && grep -c 'My own pillar' d/example-pillar.yaml
> added to d what was missing:
>   d/example-event.yaml
> kept as they were (remove one to get init's version back):
>   d/README.md
>   d/example-source.yaml
>   d/example-strategy.yaml
>   d/example-pillar.yaml
>   d/example-focus-area.yaml
>   d/example-priority-area.yaml
>   d/example-country.yaml
>   d/example-opportunity.yaml
>   d/example-organization.yaml
>   d/example-person.yaml
>   d/example-figure.yaml
>   d/example-conclusion.yaml
> check it with: aistrat check --kb d
> 1
? 0

# A folder that holds YAML files is refused, unless --force; hidden entries (.git, .github)
# are not knowledge and do not count.
$ cd "$SCRATCH" && mkdir d && echo "kind: note" > d/mine.yaml && aistrat init d
! aistrat: error: d holds YAML files already (d/mine.yaml); init makes a new folder (--force adds the examples anyway)
! Run 'aistrat init --help' for usage.
? 2
$ cd "$SCRATCH" && mkdir -p d/.git d/.github/workflows && touch d/.github/workflows/ci.yml d/.pre-commit-config.yaml && aistrat init d | tail -1
> check it with: aistrat check --kb d
? 0

# Usage errors: no folder name; a file where the folder should be.
$ aistrat init ""
! aistrat: error: the folder name is empty
! Run 'aistrat init --help' for usage.
? 2
$ cd "$SCRATCH" && touch f && aistrat init f
! aistrat: error: f exists and is not a folder
! Run 'aistrat init --help' for usage.
? 2

# The folder's name is the user's, printed with its escapes shown (it was printed raw).
$ cd "$SCRATCH" && aistrat init "$(printf 'x\033]0;pwned\007')" | head -1
> made x\x1b]0;pwned\x07 with a README and one example entity of each kind:
? 0

# A write that fails leaves no half-written file behind, and takes back the folder it made:
# the next init needs no --force.
$ cd "$SCRATCH" && { (ulimit -f 0; aistrat --no-cache init d); echo "exit $?"; } 2>&1 | sed "s|$SCRATCH|S|"; ls -A; aistrat --no-cache init d > /dev/null && ls d | head -2
> aistrat: error: cannot write d/README.md: File too large
> exit 4
> README.md
> example-conclusion.yaml
? 0

# A failure half-way (here a file-size limit some files pass) takes back the files it made,
# and the folders (only those it made, only while empty): init runs again without --force.
$ cd "$SCRATCH" && { (ulimit -f 1; aistrat --no-cache init half/way > /dev/null); echo "exit $?"; } 2>&1 | sed "s|$SCRATCH|S|"; ls -A; aistrat --no-cache init half/way > /dev/null && ls half/way | wc -l
> aistrat: error: cannot write half/way/example-source.yaml: File too large
> exit 4
> 13
? 0
$ cd "$SCRATCH" && mkdir kept && { (ulimit -f 1; aistrat --no-cache init kept/new > /dev/null); echo "exit $?"; } 2>&1 | sed "s|$SCRATCH|S|"; ls -A . kept
> aistrat: error: cannot write kept/new/example-source.yaml: File too large
> exit 4
> .:
> kept
>
> kept:
? 0

# Stopped (Ctrl-C) while it writes, init finishes the folder first, then stops: never half a
# folder, an empty one or a temporary file (strace sends SIGINT as the third file is put in
# place, then as the folder is made).
$ cd "$SCRATCH" && strace -f -o /dev/null -e trace=linkat -e inject=linkat:signal=INT:when=3 aistrat --no-cache init d > /dev/null; echo "exit $?"; ls -A d | wc -l; ls -A d | grep tmp | wc -l
> exit 130
> 13
> 0
? 0
$ cd "$SCRATCH" && strace -f -o /dev/null -e trace=mkdir -e inject=mkdir:signal=INT aistrat --no-cache init d > /dev/null; echo "exit $?"; ls -A d | wc -l
> exit 130
> 13
? 0

# A killed init leaves its temporary files, empty; the next init removes those of a process
# that is gone, written over a minute ago (or over an hour ago, whatever the process), and
# nothing else that is hidden.
$ cd "$SCRATCH" && mkdir d && touch -d '-2 minutes' d/.README.md.tmp-4194303-0 d/.example-pillar.yaml.tmp-4194303-1 d/.keep d/.README.md.tmp-x d/.README.md.tmp-4194303-0-notes && touch -d '-2 hours' "d/.example-event.yaml.tmp-$$-0" && touch d/.example-person.yaml.tmp-4194303-0 && aistrat init --force d > /dev/null && ls -A d | grep '^\.'
> .README.md.tmp-4194303-0-notes
> .README.md.tmp-x
> .example-person.yaml.tmp-4194303-0
> .keep
? 0
# A file under such a name that holds anything may be the user's: it stays, as does one that
# is not a plain file.
$ cd "$SCRATCH" && mkdir e && echo notes > e/.README.md.tmp-4194303-0 && mkdir e/.example-pillar.yaml.tmp-4194303-1 && touch -d '-2 hours' e/.README.md.tmp-4194303-0 e/.example-pillar.yaml.tmp-4194303-1 && aistrat init e > /dev/null && ls -A e | grep '^\.' && cat e/.README.md.tmp-4194303-0
> .README.md.tmp-4194303-0
> .example-pillar.yaml.tmp-4194303-1
> notes
? 0

# The hint to check the folder is one the shell reads back.
$ cd "$SCRATCH" && aistrat init "my kb; touch PWNED" | tail -1 && aistrat init "it's" | tail -1 && aistrat init -- -dash | tail -1 && ls
> check it with: aistrat check --kb 'my kb; touch PWNED'
> check it with: aistrat check --kb 'it'\''s'
> check it with: aistrat check --kb ./-dash
> -dash
> it's
> my kb; touch PWNED
? 0
# Without the built-in knowledge there is no source to cite: the examples cite the example
# source written beside them, so the folder checks as it is.
$ aistrat --no-builtin init "$SCRATCH/bare" > /dev/null && grep -h '^  - {source:' "$SCRATCH/bare/example-pillar.yaml" && aistrat --no-builtin check --kb "$SCRATCH/bare" 2> /dev/null
>   - {source: example-source, locator: whole page}
> ok: 12 entities (1 source, 1 strategy, 1 pillar, 1 focus-area, 1 priority-area, 1 country, 1 opportunity, 1 organization, 1 person, 1 event, 1 figure, 1 conclusion)
? 0

# With a schema folder that adds kinds, the check init suggests names that folder too, and
# passes.
$ cd "$SCRATCH" && mkdir s && printf 'kinds:\n  - {name: gadget, plural: gadgets, description: A gadget., fields: [{name: model, type: string, required: true, description: Its model.}]}\n' > s/schema.yaml && aistrat init k --kb s | tail -1 && aistrat --no-builtin init k2 --kb s | tail -1 && aistrat check --kb s --kb k 2>/dev/null | cut -c1-3
> check it with: aistrat check --kb s --kb k
> check it with: aistrat check --no-builtin --kb s --kb k2
> ok:
? 0
# The README's check command, run in the folder, carries the same options, the folders by
# their absolute paths, and passes.
$ cd "$SCRATCH" && mkdir s && printf 'kinds:\n  - {name: gadget, plural: gadgets, description: A gadget., fields: [{name: model, type: string, required: true, description: Its model.}]}\n' > s/schema.yaml && aistrat --no-builtin init k2 --kb s > /dev/null && grep -o 'aistrat check[^`]*' k2/README.md | sed "s|$SCRATCH|S|" && cd k2 && aistrat check --no-builtin --kb "$SCRATCH/s" --kb . 2>/dev/null | cut -c1-3
> aistrat check --no-builtin --kb S/s --kb .
> ok:
? 0
