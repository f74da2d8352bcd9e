# aistrat show [KIND] ID: fields, outgoing links, incoming links under the inverse name, sources.
$ COLUMNS=100 aistrat show pillar education
> AI education and research
>
> The strategy's emphasis on teaching AI and doing AI research, which the article's second partnership
> opportunity lines up with. Linking it to the official focus areas of talent development and of
> industrial research and innovation is our own reading; no source states that mapping.
>
> kind     pillar
> id       education
> aliases  AI education; AI research; education pillar
> tags     education, research, talent
> number   1
>
> Links
>   RELATION        KIND        ID                   TITLE
>   pillar-of       strategy    stranas-ka           Indonesia's National AI Strategy
>   corresponds-to  focus-area  talent-development   Talent development (our reading)
>   corresponds-to  focus-area  research-innovation  Industrial research and innovation (our reading)
>
> Linked from
>   RELATION      KIND         ID                  TITLE
>   supported-by  opportunity  knowledge-exchange  Knowledge exchange in AI (our reading)
>   supported-by  opportunity  training-education  Cooperation in AI training and education
>
> Sources
>   Numbers in brackets are the sources a statement cites itself; a statement without them rests on
>   [1] to [2]. (implied): it follows from the sources' framing, though none says it; (our reading):
>   no source says it.
>
>   - [1] article (intro/1): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together,
>     Modern Diplomacy
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [2] article (opportunities/3): A Robust AI Ecosystem: How Indonesia and China Can Achieve It
>     Together, Modern Diplomacy
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0

# An opportunity by its number in the article; an alias; any case; a unique prefix.
$ aistrat show opportunity 3 | head -3
> Joint AI product development for Southeast Asia
>
> The third opportunity: the two countries build AI products together for the Southeast Asian market, pairing Chinese technical expertise with Indonesian knowledge of local customers.
? 0
$ aistrat show PRC | head -1
> China
? 0
$ aistrat show country INDONESIA | head -1
> Indonesia
? 0
$ aistrat show cyber | head -1
> AI-based cybersecurity policy and regulation
? 0
$ aistrat show Corica | head -1
> Indonesian Artificial Intelligence Industry Research and Innovation Collaboration
? 0

# A country shows the figures that describe it.
$ COLUMNS=120 aistrat show china
> China
>
> A world leader in AI research and development whose fast technological progress, state backing and private capital have
> put AI into everyday life and industry; the article casts it as the partner that brings R&D strength.
>
> kind     country
> id       china
> aliases  PRC; People's Republic of China; Tiongkok; 中国
> tags     east-asia, ai-leader
>
> Strengths
>   - leadership in AI research and development [1, 4]
>   - a sustainable and robust AI ecosystem [2]
>   - AI woven into citizens' daily lives through practical applications [2]
>
> Applications
>   - facial recognition in train stations [2]
>   - medical software that supports doctors in diagnosis [2]
>   - industrial processes [2]
>   - medical research [2]
>   - self-driving cars [2]
>
> Drivers
>   - full support from the government [2]
>   - large-scale investment by the private sector [2]
>
> Forecasts
>   - McKinsey & Company, as the article reports it: products built on AI, facial recognition and machine learning among
>     them, will let firms work AI into what they make and how they operate, lifting output and cutting costs [2]
>
> Sectors
>   - financial [2]
>   - consumer [2]
>   - manufacturing [2]
>   - technology [2]
>
> Linked from
>   RELATION      KIND          ID                                  TITLE
>   described-by  figure        china-ai-annual-value               Yearly value AI could add to China's economy: about
>                                                                   US$600 billion per year
>   described-by  figure        china-ai-gdp-share                  AI's value as a share of China's GDP: 3.7%
>   described-by  figure        china-ai-value-enterprise-software  AI value in China: enterprise software: US$80 billion
>                                                                   per year
>   described-by  figure        china-ai-value-healthcare           AI value in China: healthcare and life sciences: US$25
>                                                                   billion per year
>   described-by  figure        china-ai-value-manufacturing        AI value in China: manufacturing: US$115 billion per
>                                                                   year
>   described-by  figure        china-ai-value-mobility             AI value in China: automotive, transport and
>                                                                   logistics: about US$380 billion per year
>   partner-in    opportunity   cybersecurity                       AI-based cybersecurity policy and regulation
>   partner-in    opportunity   knowledge-exchange                  Knowledge exchange in AI
>   partner-in    opportunity   product-development                 Joint AI product development for Southeast Asia
>   partner-in    opportunity   training-education                  Cooperation in AI training and education
>   home-of       organization  state-council                       State Council of the People's Republic of China
>   strategies    strategy      china-ngaidp                        New Generation Artificial Intelligence Development
>                                                                   Plan
>
> Sources
>   Numbers in brackets are the sources a statement cites itself; a statement without them rests on [1] to [4]. (implied):
>   it follows from the sources' framing, though none says it; (our reading): no source says it.
>
>   - [1] article (intro/3): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, Modern Diplomacy
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [2] article (china/1): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, Modern Diplomacy
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [3] article (opportunities/1): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, Modern
>     Diplomacy
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [4] article (conclusion/1): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, Modern Diplomacy
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0

# Unknown: exit 1 with the closest names. Ambiguous: exit 1 with the candidates.
$ aistrat show pillar edcation
! aistrat: error: no pillar 'edcation'; did you mean 'education'?
? 1
$ aistrat show nothing-like-this
! aistrat: error: no entity 'nothing-like-this'
? 1
$ aistrat show 3
! aistrat: error: '3' matches more than one entity: pillar data-infrastructure, focus-area infrastructure-data, opportunity product-development
? 1
$ aistrat show pillar 9
! aistrat: error: no pillar '9' (see 'aistrat list pillars')
? 1

# A kind alone is a usage error; so is an unknown kind.
$ aistrat show pillar
! aistrat: error: 'pillar' is a kind: use 'aistrat list pillars' or 'aistrat show pillar ID'
! Run 'aistrat show --help' for usage.
? 2
$ aistrat show pilar education
! aistrat: error: unknown kind 'pilar'; did you mean 'pillar'? (kinds: source, strategy, pillar, focus-area, priority-area, country, opportunity, organization, person, event, figure, conclusion)
! Run 'aistrat show --help' for usage.
? 2

# Markdown and JSON.
$ aistrat show bssn --format markdown
> # National Cyber and Crypto Agency
>
> BSSN, Indonesia's government agency for cyber security and cryptography; the article calls it the "National Cyber Cryptography Service".
>
> **kind**: organization\
> **id**: bssn\
> **aliases**: BSSN; Badan Siber dan Sandi Negara; National Cyber Cryptography Service\
> **tags**: indonesia, cybersecurity, government\
> **type**: government agency [2]\
> **official-name**: Badan Siber dan Sandi Negara [2]\
> **founded**: 2017-05-19 [2]\
> **role**: Indonesia's authority on cyber security and encryption; the article says the fourth opportunity has the potential to give it important input on reducing cybersecurity risks. [1, 2]
>
> ## Links
>
> | relation | kind | id | title |
> | --- | --- | --- | --- |
> | based-in | country | indonesia | Indonesia |
>
> ## Linked from
>
> | relation | kind | id | title |
> | --- | --- | --- | --- |
> | involved-in | opportunity | cybersecurity | AI-based cybersecurity policy and regulation |
>
> ## Sources
>
> Numbers in brackets are the sources a statement cites itself; a statement without them rests on [1] to [2]. (implied): it follows from the sources' framing, though none says it; (our reading): no source says it.
>
> - [1] article (opportunities/5): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, Modern Diplomacy <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
> - [2] wikipedia-bssn (whole page): Wikipedia: National Cyber and Crypto Agency, Wikipedia <https://en.wikipedia.org/wiki/National_Cyber_and_Crypto_Agency>
? 0
$ aistrat show pillar education --format json | jq -c '[.schema_version, .entity.kind, .entity.id, .entity.title, [.entity.linked_from[] | .relation + " " + .id]]'
> [2,"pillar","education","AI education and research",["supported-by knowledge-exchange","supported-by training-education"]]
? 0

# Names are trimmed; an empty one is a usage error; two words of one name need quotes.
$ aistrat show ' education ' | head -1
> AI education and research
? 0
$ aistrat show pillar ''
! aistrat: error: an empty name names no entity
! Run 'aistrat show --help' for usage.
? 2
$ aistrat show knowledge exchange
! aistrat: error: unknown kind 'knowledge'; to name 'knowledge exchange', quote it: aistrat show "knowledge exchange"
! Run 'aistrat show --help' for usage.
? 2

# As CSV, show prints its links and the links to it as one table (the relation's name or
# inverse tells which way).
$ aistrat show opportunity knowledge-exchange -f csv | head -4
> relation,kind,id,title,basis,sources
> supports,pillar,education,AI education and research,interpretation,
> supports,pillar,ecosystem,A robust AI ecosystem,interpretation,
> supports,pillar,international-cooperation,International cooperation in AI,implied,article intro/2; article opportunities/1
? 0
$ aistrat show pillar education -f csv | python3 -c 'import csv, sys; rows = list(csv.reader(sys.stdin)); print(rows[0], len(rows) > 1)'
> ['relation', 'kind', 'id', 'title', 'basis', 'sources'] True
? 0

# What the built-in knowledge credits, checked against the article: the 3.7% of GDP estimate
# is not McKinsey's (the article names McKinsey for the next sentence only), no pillar cites
# the AI-360 summary (it says nothing of the article's emphases), and the strategy was
# announced through KORIKA, by the government.
$ aistrat list figures --where estimated-by=mckinsey --fields id | grep -c gdp-share
> 0
? 1
$ aistrat export | jq -r '[.entities[] | select(any(.sources[]?; .source == "ai-360-caidp")) | .kind] | unique | join(" ")'
> focus-area priority-area strategy
? 0
$ aistrat show stranas-ka -f json | jq -r '.entity.links[] | select(.id == "korika") | .relation'
> announced-through
? 0
$ aistrat show article -f json | jq -r '.entity.fields | [.publisher, .published, .url] | join(" | ")'
> Modern Diplomacy | 2024-04-01 | https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/
? 0

# Names and --where fold case beyond ASCII, as search and ask do: É is é, and Ω is ω (a
# composed and a decomposed É alike); accents still count (ecole is not école).
$ mkdir -p "$SCRATCH/k" && printf 'kind: note\nid: ecole\ntitle: École Ωmega\nsummary: s\nbody: b\n' > "$SCRATCH/k/n.yaml" && for name in "ÉCOLE ΩMEGA" "$(printf 'E\xcc\x81cole \xce\xa9mega')" "école ωmega"; do aistrat --no-builtin --kb standalone --kb "$SCRATCH/k" show note "$name" -f json | jq -r .entity.id; done; aistrat --no-builtin --kb standalone --kb "$SCRATCH/k" list notes --where 'title~ÉCOLE' --fields id; aistrat --no-builtin --kb standalone --kb "$SCRATCH/k" show note "ecole omega"
> ecole
> ecole
> ecole
> ID
> ecole
! aistrat: error: no note 'ecole omega' (see 'aistrat list notes')
? 1

# Several entities at once: one after another; JSON lists them; CSV is one table of links.
$ aistrat show opportunity 1 2 | grep -c '^Sources$'
> 2
? 0
$ aistrat show china indonesia china -f json | jq -c '[.schema_version, [.entities[].id]]'
> [2,["china","indonesia"]]
? 0
$ aistrat show opportunity 1 2 -f csv | sed -n '1p;$p'
> from,relation,kind,id,title,basis,sources
> training-education,recapped-in,conclusion,article-conclusion,The article's conclusion,stated,article conclusion/1
? 0
# Several names print as several entities even when they name one; a first name that names
# several entities says so, rather than being taken for a kind.
$ aistrat show opportunity 1 knowledge-exchange -f json | jq -c '[keys, (.entities | length)]'; aistrat show 1 2 3
> [["entities","schema_version"],1]
! aistrat: error: '1' matches more than one entity: pillar education, focus-area ethics-policy, opportunity knowledge-exchange
? 1
$ aistrat show opportunity 1 9
! aistrat: error: no opportunity '9' (see 'aistrat list opportunities')
? 1
$ aistrat show chinaa indonesia
! aistrat: error: unknown kind 'chinaa' (kinds: source, strategy, pillar, focus-area, priority-area, country, opportunity, organization, person, event, figure, conclusion)
! Run 'aistrat show --help' for usage.
? 2

# A number in a key field that does not identify: found when one entity holds it, else both listed.
$ aistrat show priority-area 1 | head -1
> Health
? 0
$ aistrat show priority-area 5
! aistrat: error: '5' matches more than one priority-area: priority-area mobility-smart-cities, priority-area mobility
? 1

# A source lists what cites it, where.
$ aistrat show wikipedia-bssn | sed -n '/^Cited by/,/^Sources/p'
> Cited by
>   RELATION  KIND          ID             TITLE
>   cited-by  opportunity   cybersecurity  AI-based cybersecurity policy and regulation (whole page)
>   cited-by  organization  bssn           National Cyber and Crypto Agency (whole page)
? 0
$ aistrat show article -f json | jq -c '[(.entity.cited_by | length), .entity.cited_by[0]]'
> [30,{"kind":"strategy","id":"stranas-ka","title":"Indonesia's National AI Strategy","locators":["intro/1","intro/2","indonesia/1","opportunities/1","opportunities/3","conclusion/1"]}]
? 0
$ aistrat show bssn -f json | jq -c '.entity | has("cited_by")'
> false
? 0

# CSV of an entity without links, or of several, is the header row alone: the same columns
# as with links.
$ mkdir -p "$SCRATCH/lone" && printf 'kind: organization\nid: lone\ntitle: Lone\nsummary: Nothing links here.\nsources: [{source: article, locator: whole page}]\n---\nkind: organization\nid: alone\ntitle: Alone\nsummary: Nor here.\nsources: [{source: article, locator: whole page}]\n' > "$SCRATCH/lone/a.yaml" && aistrat --kb "$SCRATCH/lone" show lone -f csv && aistrat --kb "$SCRATCH/lone" show lone alone -f csv
> relation,kind,id,title,basis,sources
> from,relation,kind,id,title,basis,sources
? 0
