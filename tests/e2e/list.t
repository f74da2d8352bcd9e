# aistrat list KIND: a table of the entities of a kind, in the article's order.
$ aistrat list opportunities
> ID                   TITLE                                            NUMBER
> knowledge-exchange   Knowledge exchange in AI                         1
> training-education   Cooperation in AI training and education         2
> product-development  Joint AI product development for Southeast Asia  3
> cybersecurity        AI-based cybersecurity policy and regulation     4
? 0

# A kind by its singular, plural or alias, in any case.
$ aistrat list opp
> ID                   TITLE                                            NUMBER
> knowledge-exchange   Knowledge exchange in AI                         1
> training-education   Cooperation in AI training and education         2
> product-development  Joint AI product development for Southeast Asia  3
> cybersecurity        AI-based cybersecurity policy and regulation     4
? 0
$ aistrat list PILLARS
> ID                         TITLE                            NUMBER
> education                  AI education and research        1
> strategic-application      Applying AI in strategic areas   2
> data-infrastructure        Secure data infrastructure       3
> regulation                 Supportive regulation            4
> ecosystem                  A robust AI ecosystem            5
> international-cooperation  International cooperation in AI  6
? 0

# Markdown is a GitHub-flavoured table.
$ aistrat list priority-areas --format markdown
> | id | title | framing | number |
> | --- | --- | --- | --- |
> | health | Health | article | 1 |
> | bureaucratic-reform | Bureaucratic reform | article | 2 |
> | education-research | Education and research | article | 3 |
> | food-security | Food security | article | 4 |
> | mobility | Mobility | article | 5 |
> | smart-cities | Smart cities | article | 6 |
> | mobility-smart-cities | Mobility and smart cities | official | 5 |
? 0

# JSON carries schema_version, and kind, id and title on every entity.
$ aistrat list figures --format json | jq -c '[.schema_version, .kind, .count, (.entities[] | [.kind, .id, .figure])]'
> [2,"figure",7,["figure","china-ai-annual-value","about US$600 billion per year"],["figure","china-ai-gdp-share","3.7%"],["figure","china-ai-value-enterprise-software","US$80 billion per year"],["figure","china-ai-value-healthcare","US$25 billion per year"],["figure","china-ai-value-manufacturing","US$115 billion per year"],["figure","china-ai-value-mobility","about US$380 billion per year"],["figure","indonesia-population","over 270 million people"]]
? 0

# YAML is the same data.
$ aistrat list people --format yaml | head -12
> ---
> schema_version: 2
> kind: person
> count: 3
> entities:
>   - kind: person
>     id: hammam-riza
>     title: Hammam Riza
>     summary: Professor and president of KORIKA, and one of the people who drafted Indonesia's national AI strategy.
>     aliases:
>       - Professor Hammam Riza
>       - Prof. Hammam Riza
? 0

# Tables fit COLUMNS: long cells wrap.
$ COLUMNS=50 aistrat list opportunities
> ID                   TITLE                  NUMBER
> knowledge-exchange   Knowledge exchange in  1
>                      AI
> training-education   Cooperation in AI      2
>                      training and
>                      education
> product-development  Joint AI product       3
>                      development for
>                      Southeast Asia
> cybersecurity        AI-based               4
>                      cybersecurity policy
>                      and regulation
? 0

# An unknown kind is a usage error naming the kinds and the closest one.
$ aistrat list pilars
! aistrat: error: unknown kind 'pilars'; did you mean 'pillar'? (kinds: source, strategy, pillar, focus-area, priority-area, country, opportunity, organization, person, event, figure, conclusion)
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list things
! aistrat: error: unknown kind 'things' (kinds: source, strategy, pillar, focus-area, priority-area, country, opportunity, organization, person, event, figure, conclusion)
! Run 'aistrat list --help' for usage.
? 2

# A closed pipe is not an error; a failed write is.
$ aistrat list opportunities | head -1
> ID                   TITLE                                            NUMBER
? 0
$ aistrat list opportunities > /dev/full
! aistrat: error: write error on standard output: No space left on device
? 4

# Filters: a field, a relation or a linked kind (its value resolved like an id).
$ aistrat list opportunities --where pillar=education
> ID                  TITLE                                     NUMBER
> knowledge-exchange  Knowledge exchange in AI                  1
> training-education  Cooperation in AI training and education  2
? 0
$ aistrat list opportunities --where supports=regulation --where 'number>=4'
> ID             TITLE                                         NUMBER
> cybersecurity  AI-based cybersecurity policy and regulation  4
? 0
$ aistrat list pillars --where supported-by=2
> ID                         TITLE                            NUMBER
> education                  AI education and research        1
> international-cooperation  International cooperation in AI  6
? 0
$ aistrat list opportunities --where 'title~CYBER'
> ID             TITLE                                         NUMBER
> cybersecurity  AI-based cybersecurity policy and regulation  4
? 0
$ aistrat list figures --where 'value>1000000' --sort -value --fields id,value,magnitude,unit
> ID                                  VALUE  MAGNITUDE  UNIT
> china-ai-annual-value               600    billion    US$
> china-ai-value-mobility             380    billion    US$
> china-ai-value-manufacturing        115    billion    US$
> china-ai-value-enterprise-software  80     billion    US$
> china-ai-value-healthcare           25     billion    US$
> indonesia-population                270    million    people
? 0
$ aistrat list opportunities --sort title --limit 2 --fields id,title,priority-area
> ID                  TITLE                                         PRIORITY-AREA
> cybersecurity       AI-based cybersecurity policy and regulation
> training-education  Cooperation in AI training and education      education-research
? 0
$ aistrat list opportunities --fields id,pillar -f json | jq -c '.entities[0]'
> {"kind":"opportunity","id":"knowledge-exchange","title":"Knowledge exchange in AI","pillar":["education","ecosystem","international-cooperation"]}
? 0

# Bad filters: the valid fields, the closest one, the offending character.
$ aistrat list opportunities --where pilar=education
! aistrat: error: --where: opportunities has no field 'pilar'; did you mean 'pillar'? (fields: id, title, summary, aliases, tags, sources, number, activities, benefits, supports, pillar, serves, priority-area, involves, organization, partners, country, recapped-in, conclusion)
!   pilar=education
!   ^
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --where 'number>three'
! aistrat: error: --where: 'three' is not a number
!   number>three
!          ^
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --where 'title<3'
! aistrat: error: --where: 'title' is not a number, year or date, so it cannot be compared with <
!   title<3
!        ^
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --where number
! aistrat: error: --where: expected an operator: =, !=, ~, <, >, <= or >=
!   number
!         ^
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --where pillar=edcation
! aistrat: error: --where: no pillar 'edcation'; did you mean 'education'?
!   pillar=edcation
!          ^
? 1
$ aistrat list opportunities --sort nubmer
! aistrat: error: --sort: opportunities has no field 'nubmer'; did you mean 'number'? (fields: id, title, summary, aliases, tags, sources, number, activities, benefits, supports, pillar, serves, priority-area, involves, organization, partners, country, recapped-in, conclusion)
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --fields id,titel
! aistrat: error: --fields: opportunities has no field 'titel'; did you mean 'title'? (fields: id, title, summary, aliases, tags, sources, number, activities, benefits, supports, pillar, serves, priority-area, involves, organization, partners, country, recapped-in, conclusion)
! Run 'aistrat list --help' for usage.
? 2

# "~" takes time in proportion to the text, not to the text times the value: a 2 MB field
# and a 20,000-character value (a plain find took minutes, and libstdc++'s Boyer-Moore took
# 26 s to prepare such a value).
$ mkdir "$SCRATCH/k" && python3 -c "print('kind: country\nid: long\ntitle: Long\nsummary: ' + 'a' * 2000000 + '\nregion: R\nsources:\n  - {source: article, locator: intro/1}')" > "$SCRATCH/k/l.yaml" && timeout 20 aistrat --kb "$SCRATCH/k" list countries -w "summary~$(python3 -c "print('a' * 20000 + 'b')")" -f json | jq .count && timeout 20 aistrat --kb "$SCRATCH/k" list countries -w "summary~$(python3 -c "print('a' * 20000)")" -f csv --fields id
> 0
> id
> long
? 0

# A date compares in order with a date, a month or a year (a month or a year as a whole
# period: 2020-08-10 is <= 2020-08 and not > 2020); a word or an impossible month is a usage
# error (they were compared as letters: launched<abc listed stranas-ka).
$ for w in 'launched<2021' 'launched>=2020-08' 'launched<2020-08-10' 'launched<=2020-08' 'launched>2020' 'launched<abc' 'launched<2020-13-01'; do echo "$w: $(aistrat list strategies --where "$w" -f json 2>&1 | jq -c '[.entities[].id]' 2>/dev/null || echo refused)"; done
> launched<2021: ["stranas-ka"]
> launched>=2020-08: ["stranas-ka"]
> launched<2020-08-10: []
> launched<=2020-08: ["stranas-ka"]
> launched>2020: []
> launched<abc: refused
> launched<2020-13-01: refused
? 0
# = and != take a year or a month as the period it names, as <= and >= do.
# A value that is no day, month or year is refused, as with < and > (it matched nothing).
$ for w in 'launched=2020' 'launched=2020-08' 'launched=2020-08-10' 'launched!=2020' 'launched=2021' 'launched=2020-0' 'launched=2020-8' 'launched=2020-02-30' 'launched!=abc'; do echo "$w: $(aistrat list strategies --where "$w" -f json 2>/dev/null | jq -c '[.entities[].id]'; [ "${PIPESTATUS[0]}" = 0 ] || echo refused)"; done
> launched=2020: ["stranas-ka"]
> launched=2020-08: ["stranas-ka"]
> launched=2020-08-10: ["stranas-ka"]
> launched!=2020: ["china-ngaidp"]
> launched=2021: []
> launched=2020-0: refused
> launched=2020-8: refused
> launched=2020-02-30: refused
> launched!=abc: refused
? 0

# An empty listing in CSV is its header row alone (exit 0), as JSON says count 0.
$ aistrat list opportunities --where 'number>10' -f csv
> id,title,number
? 0
$ aistrat list opportunities --where 'number>10' --fields id,number -f csv | python3 -c 'import csv, sys; print(list(csv.reader(sys.stdin)))'
> [['id', 'number']]
? 0
# A list's items are joined with '; ' in one cell; an item that holds a ';' or starts with a
# quote is quoted as CSV quotes a field, so a program can tell the items apart (attack 28 F40:
# ["a; b", "c"] and [a, b, c] both gave 'a; b; c').
$ mkdir -p "$SCRATCH/k" && printf 'kind: country\nid: semi\ntitle: Semi\nsummary: s\nstrengths: ["a; b", c, "\\"q\\" x"]\nsources: [{source: article, locator: intro/1}]\n---\nkind: country\nid: tri\ntitle: Tri\nsummary: s\nstrengths: [a, b, c]\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/k/c.yaml" && aistrat --kb "$SCRATCH/k" list countries --where 'summary=s' --fields id,strengths -f csv | python3 -c 'import csv, sys; [print(r[0], list(csv.reader([r[1]], delimiter=";", skipinitialspace=True))[0]) for r in list(csv.reader(sys.stdin))[1:]]'
> semi ['a; b', 'c', '"q" x']
> tri ['a', 'b', 'c']
? 0
# A formula inside a quoted item is defused as one after '; ' is; a reader sees the items as
# written (the quoting is CSV's alone).
$ mkdir -p "$SCRATCH/k" && printf 'kind: country\nid: f\ntitle: F\nsummary: s\nstrengths: ["=1+2", "=HYPERLINK(\\"http://evil\\";\\"c\\")", "@SUM(A1;A2)", "\\"q\\" x"]\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/k/c.yaml" && aistrat --kb "$SCRATCH/k" list countries --where id=f --fields id,strengths -f csv | python3 -c 'import csv, sys; [print(list(csv.reader([r[1]], delimiter=";", skipinitialspace=True))[0]) for r in list(csv.reader(sys.stdin))[1:]]' && aistrat --kb "$SCRATCH/k" list countries --where id=f --fields strengths
> ["'=1+2", '\'=HYPERLINK("http://evil";"c")', "'@SUM(A1;A2)", '"q" x']
> STRENGTHS
> =1+2; =HYPERLINK("http://evil";"c"); @SUM(A1;A2); "q" x
? 0

# --sort given must name a field, even given empty.
$ aistrat list opportunities -s ''
! aistrat: error: --sort: opportunities has no field '' (fields: id, title, summary, aliases, tags, sources, number, activities, benefits, supports, pillar, serves, priority-area, involves, organization, partners, country, recapped-in, conclusion)
! Run 'aistrat list --help' for usage.
? 2

# Any of several linked entities: commas separate them (= any, != none); each is resolved like
# one. Other fields are not split: a title may hold a comma, and 270,000 is no number.
$ aistrat list opportunities --where pillar=education,regulation --fields id
> ID
> knowledge-exchange
> training-education
> cybersecurity
? 0
$ aistrat list opportunities --where 'pillar!=education,regulation' --fields id
> ID
> product-development
? 0
$ aistrat list opportunities --where 'number=1,3' --fields id
! aistrat: error: --where: '1,3' is not a number
!   number=1,3
!          ^
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --where 'title=Knowledge exchange in AI,Cooperation' --fields id
> No opportunities to list.
? 0
$ aistrat list opportunities --where 'pillar=education,,regulation'
! aistrat: error: --where: an empty value between commas; commas separate the values any of which is equal
!   pillar=education,,regulation
!          ^
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --where pillar=education,nosuch
! aistrat: error: --where: no pillar 'nosuch'
!   pillar=education,nosuch
!          ^
? 1

# A figure's value compares and sorts by its full amount; = also finds the number as written.
$ aistrat list figures --where 'value>1000' --where 'value<100000000000' --fields id,value,magnitude
> ID                                  VALUE  MAGNITUDE
> china-ai-value-enterprise-software  80     billion
> china-ai-value-healthcare           25     billion
> indonesia-population                270    million
? 0
$ aistrat list figures --where value=600 --fields id && aistrat list figures --where value=600000000000 --fields id && aistrat list figures --where value=6e11 --fields id
> ID
> china-ai-annual-value
> ID
> china-ai-annual-value
> ID
> china-ai-annual-value
? 0
# <= and >= hold where = does, and != is its negation, for the number as written too.
$ aistrat list figures --where 'value<=600' --fields id,value && aistrat list figures --where 'value>=600' --fields id | grep -c annual; aistrat list figures --where 'value!=600' --fields id | grep -c annual
> ID                     VALUE
> china-ai-annual-value  600
> china-ai-gdp-share     3.7
> 1
> 0
? 1

# The sources an entity cites, as a field.
$ aistrat list organizations --fields id,sources --where sources=article
> ID        SOURCES
> bssn      article; wikipedia-bssn
> korika    article; govinsider-korika
> mckinsey  article; techinformed-mckinsey
> openai    article
? 0
$ aistrat list organizations --fields sources -f json | jq -c '.entities[0].sources'
> ["safenet-stranas-ka"]
? 0

# A table too wide for its whole words prints each row as a block of lines, as psql's expanded
# display does: no id or word is split.
$ COLUMNS=60 aistrat list figures | head -9
> ID         china-ai-annual-value
> TITLE      Yearly value AI could add to China's economy
> VALUE      600
> UNIT       US$
> MAGNITUDE  billion
> PERIOD     per year
>
> ID         china-ai-gdp-share
> TITLE      AI's value as a share of China's GDP
? 0
$ for w in 30 60 80 120; do for c in 'list figures' 'list opportunities' 'report matrix' 'report matrix --cols priority-area' 'report gaps' 'search china' 'report compare china indonesia' 'list sources --fields id,title,url'; do COLUMNS=$w aistrat $c > "$SCRATCH/wrapped.txt"; aistrat $c > "$SCRATCH/whole.txt"; python3 -c 'import re, sys; token = r"[^\s|,;:()\[\]]+"; whole = set(re.findall(token, open(sys.argv[1]).read())); parts = [t for t in set(re.findall(token, open(sys.argv[2]).read())) if t not in whole and len(t) > 2]; print(sys.argv[3], sys.argv[4], sorted(parts)[:3] if parts else "whole")' "$SCRATCH/whole.txt" "$SCRATCH/wrapped.txt" "$w" "$c"; done; done | grep -v 'whole$'
? 1

# --fields keeps a boolean a boolean (and a template section false for false).
$ cd "$SCRATCH" && mkdir g && printf 'kinds:\n  - {name: gadget, plural: gadgets, description: d, fields: [{name: flag, type: bool, description: f}]}\n' > g/schema.yaml && printf 'kind: gadget\nid: g2\ntitle: G2\nsummary: s\nflag: false\nsources: [{source: article, locator: intro/1}]\n' > g/g.yaml && aistrat list gadgets --kb g --fields flag -f json | jq -c '.entities[0].flag' && printf '{{#entities}}{{#flag}}set{{/flag}}{{^flag}}unset{{/flag}}{{/entities}}\n' > t.mustache && aistrat list gadgets --kb g --fields flag --template t.mustache
> false
> unset
? 0
