# Numbers in knowledge files and in --where (issue 11, items 14 and 15). Each command makes
# a folder with one kind, `thing`, with an identifying integer `count` and a number `amount`.

# A whole number is kept exactly: up to 2^53 - 1, which a double (and so JSON) holds exactly;
# beyond it, an error at its position, never a silently rounded value.
$ mkdir -p "$SCRATCH/k" && printf 'kinds:\n  - name: thing\n    cites: false\n    aliases: [t]\n    fields:\n      - {name: count, type: integer, identifies: true}\n      - {name: amount, type: number}\n' > "$SCRATCH/k/schema.yaml" && printf 'kind: thing\nid: big\ntitle: Big\nsummary: s\ncount: 9223372036854775807\n' > "$SCRATCH/k/big.yaml" && aistrat check --no-builtin --kb "$SCRATCH/k" 2>&1 | sed "s|$SCRATCH|S|"
> S/k/big.yaml:5:8: error: field 'count' must be a whole number from -9007199254740991 to 9007199254740991, found '9223372036854775807'
? 0
$ mkdir -p "$SCRATCH/k" && printf 'kinds:\n  - name: thing\n    cites: false\n    aliases: [t]\n    fields:\n      - {name: count, type: integer, identifies: true}\n      - {name: amount, type: number}\n' > "$SCRATCH/k/schema.yaml" && printf 'kind: thing\nid: big\ntitle: Big\nsummary: s\ncount: 9007199254740991\n' > "$SCRATCH/k/big.yaml" && aistrat --no-builtin --kb "$SCRATCH/k" show t 9007199254740991 -f json | jq -c '.entity.fields'
> {"count":9007199254740991}
? 0

# --where compares numbers exactly, not as doubles that round alike.
$ mkdir -p "$SCRATCH/k" && printf 'kinds:\n  - name: thing\n    cites: false\n    aliases: [t]\n    fields:\n      - {name: count, type: integer, identifies: true}\n      - {name: amount, type: number}\n' > "$SCRATCH/k/schema.yaml" && printf 'kind: thing\nid: big\ntitle: Big\nsummary: s\ncount: 9007199254740991\namount: 9007199254740993\n---\nkind: thing\nid: less\ntitle: Less\nsummary: s\ncount: 9007199254740990\namount: 9007199254740992\n' > "$SCRATCH/k/big.yaml" && for w in count=9007199254740992 count=9007199254740991 'count>9007199254740990' 'count<9007199254740990.5' amount=9007199254740992 'amount>9007199254740992'; do echo "$w: $(aistrat --no-builtin --kb "$SCRATCH/k" list things --where "$w" -f json | jq -c '[.entities[].id]')"; done
> count=9007199254740992: []
> count=9007199254740991: ["big"]
> count>9007199254740990: ["big"]
> count<9007199254740990.5: ["less"]
> amount=9007199254740992: ["less"]
> amount>9007199254740992: ["big"]
? 0

# A number field written as a whole number is a JSON (and YAML) integer, exactly as written:
# not the double 9007199254740992, nor 600.0 in a template; other numbers are doubles. (jq
# reads numbers as doubles, so Python reads them here.)
$ mkdir -p "$SCRATCH/k" && printf 'kinds:\n  - name: thing\n    cites: false\n    aliases: [t]\n    fields:\n      - {name: count, type: integer, identifies: true}\n      - {name: amount, type: number}\n' > "$SCRATCH/k/schema.yaml" && printf '{{entity.fields.amount}}' > "$SCRATCH/t.mustache" && for a in 9007199254740993 -9223372036854775807 600 6e2 600.0 0.5 1e300 -0.0 9007199254740993.0 90071992547409930e-1 12345678901234567.0 -5.00 1e20 -0; do printf 'kind: thing\nid: x\ntitle: X\nsummary: s\ncount: 1\namount: %s\n' "$a" > "$SCRATCH/k/x.yaml"; echo "$a: $(aistrat --no-builtin --kb "$SCRATCH/k" show t x -f json | python3 -c 'import json, sys; print(repr(json.load(sys.stdin)["entity"]["fields"]["amount"]))') $(aistrat --no-builtin --kb "$SCRATCH/k" show t x -f yaml | python3 -c 'import yaml, sys; print(repr(yaml.safe_load(sys.stdin)["entity"]["fields"]["amount"]))') $(aistrat --no-builtin --kb "$SCRATCH/k" show t x --template "$SCRATCH/t.mustache")"; done
> 9007199254740993: 9007199254740993 9007199254740993 9007199254740993
> -9223372036854775807: -9223372036854775807 -9223372036854775807 -9223372036854775807
> 600: 600 600 600
> 6e2: 600 600 600
> 600.0: 600 600 600
> 0.5: 0.5 0.5 0.5
> 1e300: 1e+300 1e+300 1e+300
> -0.0: -0.0 -0.0 -0.0
> 9007199254740993.0: 9007199254740993 9007199254740993 9007199254740993
> 90071992547409930e-1: 9007199254740993 9007199254740993 9007199254740993
> 12345678901234567.0: 12345678901234567 12345678901234567 12345678901234567
> -5.00: -5 -5 -5
> 1e20: 1e+20 1e+20 1e+20
> -0: 0 0 0
? 0

# A number field equals only a number: nan, inf and words are refused as > refuses them.
$ for w in number=nan 'number!=inf' number=one 'number~1'; do aistrat list opportunities --where "$w" -f json > /dev/null 2> "$SCRATCH/err"; echo "$w: $? $(head -1 "$SCRATCH/err")"; done
> number=nan: 2 aistrat: error: --where: 'nan' is not a number
> number!=inf: 2 aistrat: error: --where: 'inf' is not a number
> number=one: 2 aistrat: error: --where: 'one' is not a number
> number~1: 0 
? 0

# An identifying number is found by value: 7, 007 and 7.0 name the same thing.
$ mkdir -p "$SCRATCH/k" && printf 'kinds:\n  - name: thing\n    cites: false\n    aliases: [t]\n    fields:\n      - {name: count, type: integer, identifies: true}\n      - {name: amount, type: number}\n' > "$SCRATCH/k/schema.yaml" && printf 'kind: thing\nid: seven\ntitle: Seven\nsummary: s\ncount: 7\n' > "$SCRATCH/k/seven.yaml" && aistrat --no-builtin --kb "$SCRATCH/k" show thing 007 -f json | jq -r .entity.id && aistrat --no-builtin --kb "$SCRATCH/k" show thing 7.0 -f json | jq -r .entity.id
> seven
> seven
? 0

# A number is written as one: not quoted, not with leading zeros (YAML readers disagree on
# them: 010 is 8 to a YAML 1.1 reader), not a list.
$ mkdir -p "$SCRATCH/k" && printf 'kinds:\n  - name: thing\n    cites: false\n    aliases: [t]\n    fields:\n      - {name: count, type: integer, identifies: true}\n      - {name: amount, type: number}\n' > "$SCRATCH/k/schema.yaml" && printf 'kind: thing\nid: a\ntitle: A\nsummary: s\ncount: "3"\n---\nkind: thing\nid: b\ntitle: B\nsummary: s\ncount: 007\n---\nkind: thing\nid: c\ntitle: C\nsummary: s\ncount: [1, 2]\n---\nkind: thing\nid: d\ntitle: D\nsummary: s\namount: 01.5\n---\nkind: thing\nid: e\ntitle: E\nsummary: s\namount: 1e400\n' > "$SCRATCH/k/bad.yaml" && aistrat check --no-builtin --kb "$SCRATCH/k" 2>&1 | sed "s|$SCRATCH|S|"
> S/k/bad.yaml:5:8: error: field 'count' must be a whole number, found the quoted text '3' (write it without quotes)
> S/k/bad.yaml:11:8: error: field 'count' must be written without leading zeros (7, not 007)
> S/k/bad.yaml:17:8: error: field 'count' must be a whole number, found a list
> S/k/bad.yaml:23:9: error: field 'amount' must be written without leading zeros (1.5, not 01.5)
> S/k/bad.yaml:29:9: error: field 'amount' is too large or too small for a number, found '1e400'
? 0

# A kind's aliases and plural must be something one can type as the KIND argument.
$ mkdir -p "$SCRATCH/k" && printf 'kinds:\n  - name: thing\n    cites: false\n    plural: "things and more"\n    aliases: ["", --format, "\\e[31m"]\n' > "$SCRATCH/k/schema.yaml" && aistrat check --no-builtin --kb "$SCRATCH/k" 2>&1 | sed "s|$SCRATCH|S|"
> S/k/schema.yaml:4:13: error: kind plural 'things and more' holds a space or a control character, so it cannot be typed as one argument
> S/k/schema.yaml:5:15: error: kind alias '' is empty
> S/k/schema.yaml:5:19: error: kind alias '--format' starts with '-', so it would read as an option
> S/k/schema.yaml:5:29: error: kind alias '\x1b[31m' holds a space or a control character, so it cannot be typed as one argument
? 0

# `new` proposes the number after the largest; past the largest a field may hold, the
# smallest one free (it proposed 9007199254740992, which check refuses).
$ mkdir -p "$SCRATCH/k" && printf 'kinds:\n  - name: thing\n    cites: false\n    aliases: [t]\n    fields:\n      - {name: count, type: integer, identifies: true}\n' > "$SCRATCH/k/schema.yaml" && printf 'kind: thing\nid: big\ntitle: Big\nsummary: s\ncount: 9007199254740991\n---\nkind: thing\nid: one\ntitle: One\nsummary: s\ncount: 1\n' > "$SCRATCH/k/big.yaml" && aistrat --no-builtin --kb "$SCRATCH/k" new thing next > "$SCRATCH/k/next.yaml" && grep '^count' "$SCRATCH/k/next.yaml" && aistrat --no-builtin --kb "$SCRATCH/k" check 2> /dev/null
> count: 2  #  (integer)
> ok: 3 entities (3 things)
? 0
# A name is matched against every identifying field of its kind, so one entity's value in
# one field may not be another's in a second: `show thing 1` would find both.
$ mkdir -p "$SCRATCH/x2" && printf 'kinds:\n  - name: thing\n    cites: false\n    fields:\n      - {name: rank, type: integer, identifies: true}\n      - {name: code, type: integer, identifies: true}\n' > "$SCRATCH/x2/schema.yaml" && printf 'kind: thing\nid: a\ntitle: A\nsummary: s\nrank: 1\ncode: 2\n---\nkind: thing\nid: b\ntitle: B\nsummary: s\nrank: 2\ncode: 1\n---\nkind: thing\nid: c\ntitle: C\nsummary: s\nrank: 3\ncode: 3\n' > "$SCRATCH/x2/t.yaml" && aistrat check --no-builtin --kb "$SCRATCH/x2" 2>&1 | sed "s|$SCRATCH|S|g"
> S/x2/t.yaml:6:7: error: code 2 is also the rank of thing 'b' (S/x2/t.yaml:8:1); it must name one entity
> S/x2/t.yaml:13:7: error: code 1 is also the rank of thing 'a' (S/x2/t.yaml:1:1); it must name one entity
? 0
# A text value that writes a number is matched by that number too ("7" and 7 are both found
# by `show thing 7`); the same entity may hold it twice.
$ mkdir -p "$SCRATCH/x3" && printf 'kinds:\n  - name: thing\n    cites: false\n    fields:\n      - {name: rank, type: integer, identifies: true}\n      - {name: code, type: string, identifies: true}\n' > "$SCRATCH/x3/schema.yaml" && printf 'kind: thing\nid: a\ntitle: A\nsummary: s\nrank: 7\n---\nkind: thing\nid: b\ntitle: B\nsummary: s\ncode: "7.0"\n---\nkind: thing\nid: c\ntitle: C\nsummary: s\ncode: "08"\nrank: 8\n' > "$SCRATCH/x3/t.yaml" && aistrat check --no-builtin --kb "$SCRATCH/x3" 2>&1 | sed "s|$SCRATCH|S|g"
> S/x3/t.yaml:11:7: error: code 7.0 is also the rank of thing 'a' (S/x3/t.yaml:1:1); it must name one entity
? 0
