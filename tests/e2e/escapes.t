# Data is untrusted in every format: a title holding CSI (ESC [ and the one-byte U+009B),
# OSC (ESC ] ... BEL) or a right-to-left override reaches no terminal raw, whether through
# CSV, a template, JSON, YAML or a scaffold. escapes/unsafe.py says "clean" when the output
# holds no control or format character (tab, newline and CRLF aside).
$ aistrat list organizations --kb escapes -f csv | python3 escapes/unsafe.py
> clean
? 0
$ aistrat list organizations --kb escapes -f csv | grep hostile
> hostile,Red \x1b[31mred\x1b[0m title \x1b]0;pwned\x07 csi \u{9b}31m bidi \u{202e}evil,\x1b[1mbold\x1b[0m agency
? 0
$ aistrat search pwned --kb escapes -f csv | python3 escapes/unsafe.py
> clean
? 0
$ aistrat search pwned --kb escapes -f csv | cut -d, -f1-3
> kind,id,title
> gadget,lamp,A lamp \x1b]0;pwned\x07
> organization,hostile,Red \x1b[31mred\x1b[0m title \x1b]0;pwned\x07 csi \u{9b}31m bidi \u{202e}evil
? 0
$ aistrat show hostile --kb escapes --template templates/values.mustache
> escaped: Red \x1b[31mred\x1b[0m title \x1b]0;pwned\x07 csi \u{9b}31m bidi \u{202e}evil
> raw: Red \x1b[31mred\x1b[0m title \x1b]0;pwned\x07 csi \u{9b}31m bidi \u{202e}evil
> ampersand: A summary with \x1b[31mred\x1b[0m, a tab	here, \u{2066}isolated\u{2069}, \u{200b}zero width and \u{feff}a BOM.
? 0
$ aistrat show hostile --kb escapes --template templates/values.mustache | python3 escapes/unsafe.py
> clean
? 0
$ aistrat list gadgets --kb escapes --template templates/delimiters.mustache | python3 escapes/unsafe.py
> clean
? 0

# The template's own text is data too (a template may come from anywhere): an escape, a lone
# CR and a bidi override in it are shown escaped; its CRLF line endings stay.
$ printf 'a\033[31mred\rx\342\200\256y {{#entities}}{{id}} {{/entities}}\r\nend\r\n' > "$SCRATCH/t.mustache" && aistrat list gadgets --kb escapes --template "$SCRATCH/t.mustache" | python3 -c 'import sys; print(repr(sys.stdin.read()))'
> 'a\\x1b[31mred\\x0dx\\u{202e}y lamp \r\nend\r\n'
? 0

# JSON escapes them as \u escapes, which jq decodes to the very same string.
$ aistrat show hostile --kb escapes -f json | python3 escapes/unsafe.py
> clean
? 0
$ aistrat show hostile --kb escapes -f json | grep '"title"'
>     "title": "Red \u001b[31mred\u001b[0m title \u001b]0;pwned\u0007 csi \u009b31m bidi \u202eevil",
>         "title": "A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together",
>         "title": "A lamp \u001b]0;pwned\u0007"
? 0
$ [ "$(aistrat show hostile --kb escapes -f json | jq -j .entity.title)" = $'Red \e[31mred\e[0m title \e]0;pwned\a csi \u009b31m bidi \u202eevil' ] && echo same
> same
? 0
$ aistrat export --kb escapes | python3 escapes/unsafe.py
> clean
? 0
$ aistrat show hostile --kb escapes -f yaml | python3 escapes/unsafe.py
> clean
? 0
$ aistrat show hostile --kb escapes -f yaml | python3 -c 'import sys, yaml; print(yaml.safe_load(sys.stdin)["entity"]["title"] == "Red \x1b[31mred\x1b[0m title \x1b]0;pwned\x07 csi \x9b31m bidi \u202eevil")'
> True
? 0
$ aistrat show hostile --kb escapes -f text | python3 escapes/unsafe.py
> clean
? 0

# Scaffolds: a schema's description holds line breaks (LF, CRLF, NEL, U+2028) meant to
# end a comment and start keys, and escapes; the scaffold stays clean YAML with exactly
# the keys a gadget has.
$ aistrat new gadget my-gadget --kb escapes
> # kind gadget: A gadget. sources: evil id: injected\x0d kind: other\u{85}title: nel\u{2028}summary: ls \x1b]0;pwned\x07 \x1b[31mred \u{9b}31m \u{202e}evil
> # Edit the values; `aistrat check --strict` says what is wrong or left as written here.
> kind: gadget
> id: my-gadget  # lower-case kebab-case, unique among gadgets
> title: Title of my-gadget
> summary: >-
>   One or two sentences on what it is, in your own words.
> # aliases: [abbreviation, name in another language]
> # tags: [a-tag]
> power: 1  # required: Watts. id: injected-too   - list: item (integer)
> note: a short value  # \x1b[2J\u{2066}isolate\u{2069} \u{200b}zero (string)
> # links:
> #   powers: [bppt]  # ids of: organization
> # A value, list item or link may cite sources of its own (instead of those below) and
> # give its basis: stated (the default), implied (it follows from the source's framing)
> # or interpretation (your own reading, which no source says):
> #   power: {value: ..., sources: [{source: ID, locator: ...}]}
> #   - {value: a list item, basis: implied}
> #   - {to: an-id, basis: interpretation}  # a link
> sources:  # where it comes from, and where in it
>   - {source: article, locator: whole page}
? 0
$ aistrat new gadget my-gadget --kb escapes | python3 escapes/unsafe.py
> clean
? 0
$ aistrat new gadget my-gadget --kb escapes | python3 -c 'import sys, yaml; print(yaml.safe_load(sys.stdin))'
> {'kind': 'gadget', 'id': 'my-gadget', 'title': 'Title of my-gadget', 'summary': 'One or two sentences on what it is, in your own words.', 'power': 1, 'note': 'a short value', 'sources': [{'source': 'article', 'locator': 'whole page'}]}
? 0
$ mkdir "$SCRATCH/k" && aistrat new gadget my-gadget --kb escapes > "$SCRATCH/k/my-gadget.yaml" && aistrat check --kb escapes --kb "$SCRATCH/k" 2> /dev/null
> ok: 57 entities (10 sources, 2 strategies, 6 pillars, 4 focus-areas, 7 priority-areas, 2 countries, 4 opportunities, 8 organizations, 3 people, 1 event, 7 figures, 1 conclusion, 2 gadgets)
? 0
$ aistrat init "$SCRATCH/mine" --kb escapes > /dev/null && cat "$SCRATCH"/mine/* | python3 escapes/unsafe.py && for f in "$SCRATCH"/mine/*.yaml; do python3 -c 'import sys, yaml; d = yaml.safe_load(open(sys.argv[1])); assert d["id"].startswith("example-") and "injected" not in str(d) and d.get("sources") != "evil", d' "$f" || echo "bad: $f"; done; aistrat check --kb escapes --kb "$SCRATCH/mine" 2> /dev/null
> clean
> ok: 69 entities (11 sources, 3 strategies, 7 pillars, 5 focus-areas, 8 priority-areas, 3 countries, 5 opportunities, 9 organizations, 4 people, 2 events, 8 figures, 2 conclusions, 2 gadgets)
? 0
$ aistrat init "$SCRATCH/mine" --kb escapes | python3 escapes/unsafe.py
> clean
? 0

# What a user types is quoted in an error on one line: a newline cannot start a line that
# reads as a message of its own, an escape is shown, not run; the caret stays under the fault.
$ aistrat show pillar "$(printf 'foo\naistrat: all good\e[31m')"
! aistrat: error: no pillar 'foo\x0aaistrat: all good\x1b[31m' (see 'aistrat list pillars')
? 1
$ aistrat list "$(printf 'opp\nx')"
! aistrat: error: unknown kind 'opp\x0ax' (kinds: source, strategy, pillar, focus-area, priority-area, country, opportunity, organization, person, event, figure, conclusion)
! Run 'aistrat list --help' for usage.
? 2
$ aistrat --kb "$(printf '/nonexistent\nok')" list pillars
! aistrat: error: cannot read the knowledge: /nonexistent\x0aok: no such directory (from --kb)
? 4
$ aistrat list opportunities --where "$(printf 'number\n>x')"
! aistrat: error: --where: opportunities has no field 'number\x0a'; did you mean 'number'? (fields: id, title, summary, aliases, tags, sources, number, activities, benefits, supports, pillar, serves, priority-area, involves, organization, partners, country, recapped-in, conclusion)
!   number\x0a>x
!   ^
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --where "$(printf 'ti\u4e2d\u6587tle\n=x')"
! aistrat: error: --where: opportunities has no field 'ti中文tle\x0a' (fields: id, title, summary, aliases, tags, sources, number, activities, benefits, supports, pillar, serves, priority-area, involves, organization, partners, country, recapped-in, conclusion)
!   ti中文tle\x0a=x
!   ^
! Run 'aistrat list --help' for usage.
? 2
$ aistrat search "$(printf 'china\nAND (')"
! aistrat: error: a term is missing at the end:
!   china\x0aAND (
!                 ^
! Run 'aistrat search --help' for usage.
? 2

# check through a template gets the same data as check --format json.
$ printf '{{#valid}}valid{{/valid}} {{counts.pillar}} pillars {{#diagnostics}}x{{/diagnostics}}\n' > "$SCRATCH/c.mustache" && aistrat check --template "$SCRATCH/c.mustache"
> valid 6 pillars 
? 0

# A long value quoted in an error is cut in the middle, with how much was left out: a
# 100,000-digit number made a 100 KB line.
$ mkdir -p "$SCRATCH/k" && python3 -c "open('$SCRATCH/k/n.yaml', 'w').write('kind: figure\nid: f\ntitle: t\nsummary: s\nunit: u\nmeasure: m\nsources: [{source: article, locator: intro/1}]\nvalue: ' + '9' * 100000 + '\n')" && aistrat check --kb "$SCRATCH/k" 2>&1 | sed "s|$SCRATCH|S|" | sed -E 's/(9{5})9+/\1.../g'
> S/k/n.yaml:8:8: error: field 'value' is too large or too small for a number, found '99999...… (99108 bytes left out) …99999...'
? 0
# What ends the line is kept: the reason after a 60 KB path (attack 28 F20: it was cut
# away with the path).
$ cd "$SCRATCH" && mkdir k && python3 -c "exec('import os\nfd = os.open(\'k\', os.O_RDONLY)\nfor i in range(300):\n    os.mkdir(\'d\' * 200, dir_fd=fd); fd = os.open(\'d\' * 200, os.O_RDONLY, dir_fd=fd)\nos.close(os.open(\'x.yaml\', os.O_WRONLY | os.O_CREAT, dir_fd=fd))')" && aistrat --no-cache --kb k check 2>&1 | sed -E 's/d{5}d+/d.../g'
> aistrat: error: cannot read the knowledge: k/d.../d.../d.../d...… (59368 bytes left out) …d.../d.../x.yaml: cannot read: File name too long
? 0
$ aistrat list opportunities -n "$(python3 -c "print('9' * 5000)")" 2>&1 | wc -c
> 105
? 0

# The private-use marks aistrat writes for highlights and pandoc citations (U+E000 to U+E005)
# are not taken from the data: a title holding them is no citation in markdown.
$ mkdir -p "$SCRATCH/pua" && printf 'kind: organization\nid: pua\ntitle: "Hostile \\ue002article\\ue003page 9\\ue005 end"\nsummary: s\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/pua/a.yaml" && aistrat --kb "$SCRATCH/pua" show pua -f markdown | head -1
> # Hostile �article�page 9� end
? 0

# `check` says so: the text is not what the file holds.
$ mkdir -p "$SCRATCH/pua" && printf 'kind: organization\nid: pua\ntitle: "Hostile \\ue002article\\ue003page 9\\ue005 end"\nsummary: s\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/pua/a.yaml" && { aistrat check --kb "$SCRATCH/pua" --strict 2>&1 >/dev/null; echo "exit $?"; } | sed "s|$SCRATCH|S|"
> S/pua/a.yaml:3:8: warning: 3 private-use characters between U+E000 and U+E005 read as U+FFFD: aistrat reserves these six for the marks of its own output (highlights, citations)
> exit 3
? 0

# Nor in a folder's name, shown by `paths` and under "Extended by".
$ d="$SCRATCH/x$(printf '\xee\x80\x82')click$(printf '\xee\x80\x85')(https://evil.example)" && mkdir -p "$d" && printf 'kind: opportunity\nextends: product-development\naliases: [joint products with Vietnam]\nsources: [{source: article, locator: opportunities/1}]\n' > "$d/e.yaml" && aistrat paths --kb "$d" -f markdown | grep click | sed "s|$SCRATCH|S|" && aistrat show product-development --kb "$d" -f markdown | grep click | sed "s|$SCRATCH|S|"
> | 2 | S/x�click�(<https://evil.example>) | --kb | 0 |
> - S/x�click�(<https://evil.example)/e.yaml:2> adds aliases: joint products with Vietnam [1]
? 0

# Nor in a question or a query, which are printed back.
$ printf '\xee\x80\x82official\xee\x80\x85(https://evil.example) who is Hammam Riza?\n' | aistrat ask - -f markdown -n 1 | head -1
> ## �official�(<https://evil.example>) who is Hammam Riza?
? 0
$ aistrat search "$(printf '\xee\x80\x80korika\xee\x80\x81')" -f json | jq -r '.query'
> �korika�
? 0
