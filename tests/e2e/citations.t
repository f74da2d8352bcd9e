# Citations per statement: a value, list item or link cites its own sources and gives its basis.
# A date that only an outside page gives is cited to that page alone.
$ aistrat ask "When was BSSN founded?" --limit 1
> - National Cyber and Crypto Agency — founded: 2017-05-19
>   organization bssn
>   source: Wikipedia: National Cyber and Crypto Agency (whole page) <https://en.wikipedia.org/wiki/National_Cyber_and_Crypto_Agency>
? 0
$ aistrat show organization bssn -f json | jq -c '.entity.support.founded, .entity.support.role.basis'
> {"basis":"stated","sources":[{"source":"wikipedia-bssn","locator":"whole page","title":"Wikipedia: National Cyber and Crypto Agency","url":"https://en.wikipedia.org/wiki/National_Cyber_and_Crypto_Agency"}]}
> "stated"
? 0
# show numbers the sources and marks the statements that cite their own or are not stated.
$ COLUMNS=100 aistrat show joint-lab --kb statements
> A joint AI laboratory
>
> A fifth opportunity, invented for the tests, whose statements cite their own sources.
>
> kind    opportunity
> id      joint-lab
> number  5
>
> Activities
>   - share a laboratory for research on AI
>   - train engineers from both countries together [2]
>
> Benefits
>   - research done faster (implied)
>   - a model for other partners (our reading)
>
> Links
>   RELATION  KIND     ID         TITLE
>   supports  pillar   education  AI education and research [3]
>   supports  pillar   ecosystem  A robust AI ecosystem (our reading)
>   partners  country  china      China
>   partners  country  indonesia  Indonesia
>
> Sources
>   Numbers in brackets are the sources a statement cites itself; a statement without them rests on
>   [1]. (implied): it follows from the sources' framing, though none says it; (our reading): no
>   source says it.
>
>   - [1] article (opportunities/1): A Robust AI Ecosystem: How Indonesia and China Can Achieve It
>     Together, Modern Diplomacy
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [2] article (opportunities/3): A Robust AI Ecosystem: How Indonesia and China Can Achieve It
>     Together, Modern Diplomacy
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [3] article (opportunities/2): A Robust AI Ecosystem: How Indonesia and China Can Achieve It
>     Together, Modern Diplomacy
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0
$ aistrat show joint-lab --kb statements -f json | jq -c '.schema_version, .entity.support.benefits, [.entity.links[] | [.id, .basis, (.sources | length)]]'
> 2
> [{"basis":"implied","sources":[]},{"basis":"interpretation","sources":[]}]
> [["education","stated",1],["ecosystem","interpretation",0],["china","stated",0],["indonesia","stated",0]]
? 0
# The matrix marks a stated link, an implied one and our reading apart, and says so.
$ aistrat report matrix -f csv
> Opportunity,AI education and research,Applying AI in strategic areas,Secure data infrastructure,Supportive regulation,A robust AI ecosystem,International cooperation in AI,Total
> Knowledge exchange in AI,?,,,,?,~,3
> Cooperation in AI training and education,✓,,,,,~,2
> Joint AI product development for Southeast Asia,,,,,,~,1
> AI-based cybersecurity policy and regulation,,,?,?,,~,3
> Total,2,0,1,1,1,4,9
? 0
$ aistrat report matrix -f json | jq -c '.matrix[0] | [.id, .marks, .bases]'
> ["knowledge-exchange",[true,false,false,false,true,true],["interpretation",null,null,null,"interpretation","implied"]]
? 0
# graph draws them apart too: dashed and dotted in DOT, with a legend; dotted in Mermaid.
$ aistrat graph --kind opportunity --kind pillar | grep -E 'style=|label="links'
>   node [shape=box, style="rounded,filled", fontname="Helvetica"];
>   "opportunity:cybersecurity" -> "pillar:regulation" [label="supports (our reading)", style=dotted];
>   "opportunity:cybersecurity" -> "pillar:data-infrastructure" [label="supports (our reading)", style=dotted];
>   "opportunity:cybersecurity" -> "pillar:international-cooperation" [label="supports (implied)", style=dashed];
>   "opportunity:knowledge-exchange" -> "pillar:education" [label="supports (our reading)", style=dotted];
>   "opportunity:knowledge-exchange" -> "pillar:ecosystem" [label="supports (our reading)", style=dotted];
>   "opportunity:knowledge-exchange" -> "pillar:international-cooperation" [label="supports (implied)", style=dashed];
>   "opportunity:product-development" -> "pillar:international-cooperation" [label="supports (implied)", style=dashed];
>   "opportunity:training-education" -> "pillar:international-cooperation" [label="supports (implied)", style=dashed];
>   label="links: solid, a source states it; dashed (implied), it follows from a source's framing; dotted (our reading), no source states it";
>     label="kinds"; style=dashed;
? 0
$ aistrat graph --kind opportunity --kind pillar -f mermaid | grep -c -- '-\.->'
> 8
? 0
# ask says which answers are our reading.
$ aistrat ask "Which pillars does knowledge exchange support?" --limit 2
> - Pillars (3 in all):
>   - AI education and research (education) (our reading)
>   - A robust AI ecosystem (ecosystem) (our reading)
>   - International cooperation in AI (international-cooperation) (implied)
>   our reading of: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (intro/2, opportunities/1) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
> - International cooperation in AI — supported by: AI-based cybersecurity policy and regulation (cybersecurity)
>   pillar international-cooperation
>   implied by: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (intro/2, opportunities/1) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0
# --stated-only leaves out everything no source states, in every command.
$ aistrat --stated-only report matrix -f csv
> Opportunity,AI education and research,Applying AI in strategic areas,Secure data infrastructure,Supportive regulation,A robust AI ecosystem,International cooperation in AI,Total
> Knowledge exchange in AI,,,,,,,0
> Cooperation in AI training and education,✓,,,,,,1
> Joint AI product development for Southeast Asia,,,,,,,0
> AI-based cybersecurity policy and regulation,,,,,,,0
> Total,1,0,0,0,0,0,1
? 0
$ aistrat --stated-only show joint-lab --kb statements -f json | jq -c '.entity.fields.benefits, [.entity.links[].id]'
> null
> ["education","china","indonesia"]
? 0
$ aistrat --stated-only search 'model for other partners' --kb statements; echo "exit $?"
> exit 1
! aistrat: error: nothing matches 'model for other partners'
? 0
# The long form is checked like the rest, with where and a hint.
$ aistrat check --kb statements-broken
! statements-broken/lab.yaml:7:5: error: an item of field 'activities' is a mapping without 'value': write it alone, or as {value: ..., basis: ..., sources: [...]}
! statements-broken/lab.yaml:8:40: error: 'basis' must be stated, implied or interpretation, found 'likely'
! statements-broken/lab.yaml:10:49: error: cites unknown source 'artcle'; did you mean 'article'?
! statements-broken/lab.yaml:13:38: error: unknown key 'source' in a target of 'supports'; did you mean 'sources'?
! statements-broken/lab.yaml:14:7: error: a target of 'supports' is a mapping without 'to': write it alone, or as {to: ..., basis: ..., sources: [...]}
? 3

# list --where basis=B keeps only the values, items and links of that basis; implied and
# interpretation keep only the entities that hold one or are linked by one.
$ aistrat list opportunities --where basis=interpretation --fields id,supports,serves
> ID                  SUPPORTS                         SERVES
> knowledge-exchange  education; ecosystem             education-research
> training-education                                   education-research
> cybersecurity       regulation; data-infrastructure
? 0
$ aistrat list opportunities --where basis=stated --fields id,supports
> ID                   SUPPORTS
> knowledge-exchange
> training-education   education
> product-development
> cybersecurity
? 0
$ aistrat list pillars --where basis=implied --fields id,supported-by
> ID                         SUPPORTED-BY
> international-cooperation  cybersecurity; knowledge-exchange; product-development; training-education
? 0
$ aistrat list opportunities --where basis=interpretation -f json | jq -c '[.entities[].id]'
> ["knowledge-exchange","training-education","cybersecurity"]
? 0
$ aistrat list opportunities --where basis=stat
! aistrat: error: --where: no basis 'stat' (stated, implied or interpretation); did you mean 'stated'?
!   basis=stat
!         ^
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --where 'basis!=stated'
! aistrat: error: --where: basis takes '=' and one of stated, implied, interpretation
!   basis!=stated
!        ^
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --where basis=stated --where basis=implied
! aistrat: error: --where: a statement has one basis; give basis once
! Run 'aistrat list --help' for usage.
? 2
