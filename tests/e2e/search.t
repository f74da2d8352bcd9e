# aistrat search: entities ranked by BM25, with the statement that matched.
$ COLUMNS=120 aistrat search cybersecurity
> KIND          ID                         TITLE                                    MATCH
> opportunity   cybersecurity              AI-based cybersecurity policy and        aliases: opportunity 4; fourth
>                                          regulation                               opportunity; AI cybersecurity policy;
>                                                                                   cybersecurity policy and regulation
>                                                                                   [1]
> organization  bssn                       National Cyber and Crypto Agency         involved-in: AI-based cybersecurity
>                                                                                   policy and regulation [2]
> pillar        data-infrastructure        Secure data infrastructure               supported-by: AI-based cybersecurity
>                                                                                   policy and regulation [3]
> pillar        regulation                 Supportive regulation                    supported-by: AI-based cybersecurity
>                                                                                   policy and regulation [3]
> pillar        international-cooperation  International cooperation in AI          supported-by: AI-based cybersecurity
>                                                                                   policy and regulation [4]
> country       china                      China                                    partner-in: AI-based cybersecurity
>                                                                                   policy and regulation [5]
> country       indonesia                  Indonesia                                partner-in: AI-based cybersecurity
>                                                                                   policy and regulation [5]
>
> Sources
>   - [1] source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (opportunities/5)
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>;
>     Wikipedia: National Cyber and Crypto Agency (whole page)
>     <https://en.wikipedia.org/wiki/National_Cyber_and_Crypto_Agency>
>   - [2] source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (opportunities/5)
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [3] our reading of: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (opportunities/5)
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [4] implied by: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (intro/2, opportunities/1)
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [5] source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (opportunities/1,
>     opportunities/5)
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0
$ aistrat search cybersecurity --limit 1 --format json | jq -c '.hits[] | [.kind, .id, .field, (.score > 0)]'
> ["opportunity","cybersecurity","aliases",true]
? 0

# Stemming, phrases, prefixes, OR, NOT and a kind filter.
$ aistrat search educational --kind opportunity -f json | jq -r '.hits[].id'
> training-education
> knowledge-exchange
? 0
$ aistrat search '"smart cities"' -f json | jq -r '.hits[].id'
> smart-cities
> mobility-smart-cities
> mobility
> stranas-ka
? 0
$ aistrat search 'cyber* NOT china' -f json | jq -r '.hits[].id'
> bssn
> wikipedia-bssn
> indonesia
> data-infrastructure
> regulation
? 0
# A '-' before a word leaves it out, as NOT does (it was read as AND: the opposite).
$ for q in 'china data' 'china NOT data' 'china -data'; do echo "$q: $(aistrat search "$q" --limit 100 -f json | jq .total)"; done
> china data: 2
> china NOT data: 18
> china -data: 18
? 0
# A no-break space (pasted from a web page) separates words as a space does, in search and ask.
$ for q in 'china education' $'china\xc2\xa0education' $'china\xe3\x80\x80education'; do aistrat search "$q" -f json | jq .total; done
> 6
> 6
> 6
? 0
$ aistrat ask $'How\xc2\xa0much\xc2\xa0is\xc2\xa0China\xe2\x80\x99s\xc2\xa0AI\xc2\xa0industry\xc2\xa0worth?' --limit 1 -f json | jq -r '.answers[0].entity'
> {
>   "kind": "figure",
>   "id": "china-ai-annual-value",
>   "title": "Yearly value AI could add to China's economy"
> }
? 0
$ aistrat search 'golden OR visa' -n 2 -f json | jq -c '[.total, (.hits | length)]'
> [9,2]
? 0
$ aistrat search PRC -n 1 -f json | jq -r '.hits[0].id'
> china
? 0

# Markdown highlights the matched words.
$ aistrat search McKinsey -n 1 --format markdown
> | kind | id | title | match |
> | --- | --- | --- | --- |
> | organization | mckinsey | McKinsey & Company | aliases: **McKinsey**; **McKinsey** and Company [1] |
>
> 1 of 8 matches shown; use --limit to see more.
>
> ## Sources
>
> - [1] source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (china/1) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>; AI to add \$600bn to Chinese economy by 2030 (whole page) <https://techinformed.com/ai-to-add-600bn-to-chinese-economy-by-2030/>
? 0

# No hits: exit 1, with a suggestion when a word is close to one of the knowledge.
$ aistrat search cybersecurty
! aistrat: error: nothing matches 'cybersecurty'; did you mean 'cybersecurity'?
? 1
$ aistrat search zzyzx
! aistrat: error: nothing matches 'zzyzx'
? 1
$ aistrat search cybersecurity --kind person
! aistrat: error: nothing matches 'cybersecurity' among people
? 1
# CSV without hits is the header row alone, as list prints it.
$ cd "$SCRATCH" && aistrat search zzyzx -f csv > out 2> err; echo "exit $?"; python3 -c 'import csv, sys; print(list(csv.reader(open("out", newline=""))))'
> exit 1
> [['kind', 'id', 'title', 'match', 'basis', 'sources']]
? 0

# A malformed query is a usage error pointing at the offending character.
$ aistrat search '"smart cities'
! aistrat: error: this quote is never closed:
!   "smart cities
!   ^
! Run 'aistrat search --help' for usage.
? 2
$ aistrat search 'education OR'
! aistrat: error: OR needs a term after it:
!   education OR
!             ^
! Run 'aistrat search --help' for usage.
? 2

# Any argument the shell allows is a quick answer: parentheses nest at most 16 deep and a query
# has at most 64 terms (a deep one used to crash, one of 99 levels overflowed FTS5's parser, and
# thousands of terms took minutes).
$ aistrat search "$(python3 -c "print('(' * 15000)")"
! aistrat: error: parentheses may nest at most 16 deep:
!   ((((((((((((((((((((((((((((((((((((((((((((((...
!                   ^
! Run 'aistrat search --help' for usage.
? 2
$ aistrat search "$(python3 -c "print('(' * 99 + 'education' + ')' * 99)")"
! aistrat: error: parentheses may nest at most 16 deep:
!   ((((((((((((((((((((((((((((((((((((((((((((((...
!                   ^
! Run 'aistrat search --help' for usage.
? 2
$ aistrat search "$(python3 -c "print('(' * 16 + 'education' + ')' * 16)")" -n 1 -f json | jq -r '.hits[0].id'
> education-research
? 0
$ aistrat search "$(python3 -c "print('(a ' * 20000)")"
! aistrat: error: a query may have at most 64 terms:
!   ...a (a (a (a (a (a (a (a (a (a (a (a (a (a (a (a (a (a (a (a (...
!                                    ^
! Run 'aistrat search --help' for usage.
? 2
$ aistrat search $(python3 -c "print('education OR ' * 21000 + 'china')")
! aistrat: error: a query may have at most 64 terms:
!   ... OR education OR education OR education OR education OR educ...
!                                    ^
! Run 'aistrat search --help' for usage.
? 2
$ aistrat search "$(python3 -c "print(' OR '.join(['education'] * 64))")" -n 1 -f json | jq -r '.hits[0].id'
> education-research
? 0
$ aistrat search cyber --kind peple
! aistrat: error: unknown kind 'peple'; did you mean 'person'? (kinds: source, strategy, pillar, focus-area, priority-area, country, opportunity, organization, person, event, figure, conclusion)
! Run 'aistrat search --help' for usage.
? 2

# On a terminal the matched words are bold, unless NO_COLOR is set or TERM is dumb.
$ NO_COLOR= TERM=xterm COLUMNS=80 script -qec "aistrat search McKinsey -n 1" /dev/null | tr -d '\r' | cat -v | sed -n 2p
> organization  mckinsey  McKinsey & Company  aliases: ^[[1mMcKinsey^[[22m; ^[[1mMcKinsey^[[22m and
? 0
$ NO_COLOR=1 TERM=xterm COLUMNS=80 script -qec "aistrat search McKinsey -n 1" /dev/null | tr -d '\r' | cat -v | sed -n 2p
> organization  mckinsey  McKinsey & Company  aliases: McKinsey; McKinsey and
? 0
$ NO_COLOR= TERM=dumb COLUMNS=80 script -qec "aistrat search McKinsey -n 1" /dev/null | tr -d '\r' | cat -v | sed -n 2p
> organization  mckinsey  McKinsey & Company  aliases: McKinsey; McKinsey and
? 0

# Control characters in a query separate words; none reaches FTS5 (a fuzzing finding).
$ aistrat search "$(printf 'cyber\001security\177')" -f json | jq -r '.query | length'
> 15
? 0
$ aistrat search "$(printf '9\001\002 ')" ; echo "exit $?"
> exit 1
! aistrat: error: nothing matches '9\x01\x02 '
? 0

# A word 30,000 times in one field is found at once (FTS5's snippet() took 12 s on it: its
# time grows with the square of the matches); the snippet is cut around the first match.
$ mkdir "$SCRATCH/k" && python3 -c "print('kind: country\nid: huge\ntitle: Huge\nsummary: ' + 'word ' * 30000 + '\nregion: R\nsources:\n  - {source: article, locator: intro/1}')" > "$SCRATCH/k/h.yaml" && timeout 20 aistrat --kb "$SCRATCH/k" search word -f json | jq -c '[.hits[0].id, .hits[0].field, .hits[0].snippet]'
> ["huge","summary","word word word word word word word word word word word word word word word word word word word word word word word word…"]
? 0

# Each word of a phrase counts as a term: a 65-word phrase is refused (a 5,000-word phrase
# took 12 s and 400 MB in FTS5).
$ aistrat search "\"$(python3 -c "print(' '.join(['education'] * 65))")\"" 2>&1 | head -1; echo "exit ${PIPESTATUS[0]}"
> aistrat: error: a query may have at most 64 terms (each word of a phrase counts as one):
> exit 2
? 0

# A long statement's snippet is cut around its first match, marked, in time linear in its
# matches: a word 200,000 times in one field took 34 s (FTS5's highlight() copies its output
# at every match).
$ mkdir -p "$SCRATCH/k" && python3 -c "open('$SCRATCH/k/p.yaml', 'w').write('kind: note\nid: many\ntitle: M\nsummary: \"' + ' '.join(['zq'] * 200000) + '\"\nbody: b\n')" && timeout 60 aistrat --no-builtin --kb standalone --kb "$SCRATCH/k" search zq -f markdown | tail -1
> | note | many | M | summary: **zq** zq zq zq zq zq zq zq zq zq zq zq zq zq zq zq zq zq zq zq zq zq zq zq… |
? 0
$ mkdir -p "$SCRATCH/k" && python3 -c "open('$SCRATCH/k/p.yaml', 'w').write('kind: note\nid: long\ntitle: L\nsummary: \"' + ' '.join('w%d' % i for i in range(3000)) + ' Educational reform ' + ' '.join('t%d' % i for i in range(3000)) + '\"\nbody: b\n')" && aistrat --no-builtin --kb standalone --kb "$SCRATCH/k" search educ* -f markdown | tail -1
> | note | long | L | summary: …w2994 w2995 w2996 w2997 w2998 w2999 **Educational** reform t0 t1 t2 t3 t4 t5 t6 t7 t8 t9 t10 t11 t12 t13 t14 t15… |
? 0
# Text without spaces is one word to the tokenizer: its snippet is cut in characters (it
# was the whole field, 20,000 characters), around the match.
$ mkdir -p "$SCRATCH/k" && python3 -c "open('$SCRATCH/k/p.yaml', 'w').write('kind: note\nid: han\ntitle: H\nsummary: ' + '\u4e2d\u56fd' * 1000 + ' zebrafish ' + '\u5370\u5c3c' * 9000 + '\nbody: b\n')" && aistrat --no-builtin --kb standalone --kb "$SCRATCH/k" search zebrafish -f json | jq -c '[.hits[] | [.field, (.snippet | length), (.snippet | test("zebrafish"))]]'
> [["summary",200,true]]
? 0

# A term repeated is searched once, and prefixes count as the words they stand for (at most
# 256): 64 copies of 'a*' took 98 s over 1,500 small entities.
$ Q=$(python3 -c "print(' '.join(['a*'] * 64))") && timeout 60 aistrat search "$Q" -n 1 | tail -1
> 1 of 54 matches shown; use --limit to see more.
? 0
# A prefix stands for every word that starts so, never for its first 64 alone (100 notes,
# each with a word of its own, are 100 hits); one that stands for more than 256 is refused.
$ mkdir -p "$SCRATCH/pfx" && python3 -c "[print(f'---\\nkind: note\\nid: n{i}\\ntitle: t\\nsummary: zq{i:03d}\\nbody: b') for i in range(100)]" > "$SCRATCH/pfx/n.yaml" && aistrat --no-builtin --kb standalone --kb "$SCRATCH/pfx" search 'zq*' -n 0 -f json | jq .total
> 100
? 0
$ mkdir -p "$SCRATCH/pfx" && python3 -c "[print(f'---\\nkind: note\\nid: n{i}\\ntitle: t\\nsummary: zq{i:03d}\\nbody: b') for i in range(300)]" > "$SCRATCH/pfx/n.yaml" && aistrat --no-builtin --kb standalone --kb "$SCRATCH/pfx" search 'zq*'
! aistrat: error: with its prefixes replaced by the words that start so, this query stands for more than 256 words; use longer prefixes or fewer of them:
!   zq*
!   ^
! Run 'aistrat search --help' for usage.
? 2
$ aistrat search "$(python3 -c "print(' OR '.join(c + '*' for c in 'abcdefghijklmnopqrstuvwxyz'))")"
! aistrat: error: with its prefixes replaced by the words that start so, this query stands for more than 256 words; use longer prefixes or fewer of them:
!   ...c* OR d* OR e* OR f* OR g* OR h* OR i* OR j* OR k* OR l* OR ...
!                                    ^
! Run 'aistrat search --help' for usage.
? 2

# Characters Unicode says to ignore (a soft hyphen, a word joiner, a zero-width joiner, a
# combining grapheme joiner) neither split a word nor keep it from matching what one types.
$ mkdir -p "$SCRATCH/ig" && printf 'kind: note\nid: n\ntitle: "Zorg\\u00ADblatt Quux\\u2060frob Wib\\u200Dble Mal\\u034Fware"\nsummary: s\nbody: b\n' > "$SCRATCH/ig/n.yaml" && for q in zorgblatt quuxfrob wibble malware blatt; do aistrat --no-builtin --kb standalone --kb "$SCRATCH/ig" search "$q" -f json 2>/dev/null | jq .total; done; aistrat --no-builtin --kb standalone --kb "$SCRATCH/ig" ask 'what is zorgblatt?' | head -1
> 1
> 1
> 1
> 1
> 0
> - Zorg\u{ad}blatt Quux\u{2060}frob Wib‍ble Mal͏ware
? 0

# Words fold fully, as names and questions do: ß is ss, a ligature its letters.
$ mkdir -p "$SCRATCH/fold" && printf 'kind: note\nid: n\ntitle: t\nsummary: "The \uFB01nancial e\uFB03ciency \uFB02ow in Gro\u00DFbritannien"\nbody: b\n' > "$SCRATCH/fold/n.yaml" && for q in flow financial efficiency grossbritannien GROSSBRITANNIEN; do aistrat --no-builtin --kb standalone --kb "$SCRATCH/fold" search "$q" -f json | jq .total; done; aistrat --no-builtin --kb standalone --kb "$SCRATCH/fold" ask 'What about Großbritannien?' -f json | jq .answered
> 1
> 1
> 1
> 1
> 1
> true
? 0

# What a match quotes is the text as the file holds it, the characters to ignore included
# (a soft hyphen, and the joiner of a joined emoji).
$ mkdir -p "$SCRATCH/ig" && printf 'kind: note\nid: n\ntitle: t\nsummary: "Head of co\\u00adoperation and \\U0001F469\\u200D\\U0001F4BB teams"\nbody: b\n' > "$SCRATCH/ig/n.yaml" && aistrat --no-builtin --kb standalone --kb "$SCRATCH/ig" search cooperation -f json | python3 -c 'import json, sys; print(ascii(json.load(sys.stdin)["hits"][0]["snippet"]))'
> 'Head of co\xadoperation and \U0001f469\u200d\U0001f4bb teams'
? 0

# A query word that starts with '-' on its own reads as an option: the error says how to
# write it.
$ aistrat search china -data
! aistrat: error: unknown option '-data'; a word that starts with '-' reads as an option: write the whole query in one pair of quotes ('... -data'), or after --
! Run 'aistrat search --help' for usage.
? 2

# A page's title says what it holds: search results are titled with their query.
$ aistrat search china -f html | grep -o '<title>[^<]*</title>'
> <title>Search: china</title>
? 0
# Every page is titled with what it holds: a list, a question, the entities shown.
$ for c in "list pillars" "ask what is bssn" "show opportunity 1 2"; do aistrat $c -f html | grep -o '<title>[^<]*</title>'; done
> <title>Pillars</title>
> <title>what is bssn</title>
> <title>Knowledge exchange in AI; Cooperation in AI training and education</title>
? 0
