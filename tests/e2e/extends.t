# A folder can add aliases, tags, list items and links to an entity defined elsewhere (here a
# built-in one) with an `extends:` document; show says where each part came from, and what it
# adds cites the extension's own sources.
$ aistrat --kb extends show product-development
> Joint AI product development for Southeast Asia
>
> The third opportunity: the two countries build AI products together for the Southeast Asian market, pairing Chinese technical expertise with Indonesian knowledge of local customers.
>
> kind     opportunity
> id       product-development
> aliases  opportunity 3; third opportunity; AI product development; joint product development; joint products with Vietnam
> tags     products, market, southeast-asia, bilateral, vietnam
> number   3
>
> Activities
>   - develop AI products together for the Southeast Asian market
>   - pair Chinese technical know-how with Indonesian insight into local customers
>   - pilot a product with Vietnamese partners [4]
>   - test it in Hanoi first (our reading)
>
> Benefits
>   - wider access to markets
>   - better use of resources
>   - continuous innovation
>   - commercial gains
>   - stronger bilateral relations
>   - the groundwork for a deeper strategic partnership
>
> Links
>   RELATION  KIND     ID                         TITLE
>   supports  pillar   international-cooperation  International cooperation in AI [1, 5] (implied)
>   partners  country  china                      China
>   partners  country  indonesia                  Indonesia
>   partners  country  vietnam                    Vietnam [4]
>
> Linked from
>   RELATION     KIND        ID                  TITLE
>   recapped-in  conclusion  article-conclusion  The article's conclusion
>
> Extended by
>   - extends/vietnam.yaml:16 adds aliases: joint products with Vietnam; tags: vietnam; activities: pilot a product with Vietnamese partners; test it in Hanoi first (our reading); partners: vietnam [4]
>
> Sources
>   Numbers in brackets are the sources a statement cites itself; a statement without them rests on [1] to [3]. (implied): it follows from the sources' framing, though none says it; (our reading): no source says it.
>
>   - [1] article (opportunities/1): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, Modern Diplomacy <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [2] article (opportunities/4): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, Modern Diplomacy <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [3] article (conclusion/1): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, Modern Diplomacy <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
>   - [4] field-notes (p. 3): Field notes on a Vietnamese partnership
>   - [5] article (intro/2): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, Modern Diplomacy <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0
$ aistrat --kb extends show product-development -f json | jq -c '.entity.extended_by'
> [{"path":"extends/vietnam.yaml","line":16,"folder":"extends","aliases":["joint products with Vietnam"],"tags":["vietnam"],"fields":{"activities":["pilot a product with Vietnamese partners","test it in Hanoi first"]},"links":[{"relation":"partners","id":"vietnam"}],"sources":[{"source":"field-notes","locator":"p. 3","title":"Field notes on a Vietnamese partnership"}]}]
? 0
# The added link is indexed both ways, the added alias names the entity, and the added item is
# searched and cited like any other.
$ aistrat --kb extends list opportunities --where partners=vietnam
> ID                   TITLE                                            NUMBER
> product-development  Joint AI product development for Southeast Asia  3
? 0
$ aistrat --kb extends show vietnam -f json | jq -c '.entity.linked_from'
> [{"relation":"partner-in","kind":"opportunity","id":"product-development","title":"Joint AI product development for Southeast Asia"}]
? 0
$ aistrat --kb extends show "joint products with Vietnam" -f json | jq -r '.entity.id'
> product-development
? 0
$ aistrat --kb extends search hanoi
> KIND         ID                   TITLE                                            MATCH
> opportunity  product-development  Joint AI product development for Southeast Asia  activities: test it in Hanoi first [1]
>
> Sources
>   - [1] our reading (no source says it)
? 0
$ aistrat --kb extends report brief product-development -f markdown | grep -n 'Vietnam\|Hanoi\|field-notes\|Field notes'
> 15:- pilot a product with Vietnamese partners [2: p. 3]
> 16:- test it in Hanoi first (our reading)
> 28:**Partners**: China; Indonesia; Vietnam [2: p. 3]
> 33:- [2] Field notes on a Vietnamese partnership
? 0
$ aistrat --kb extends show field-notes -f json | jq -c '.entity.cited_by'
> [{"kind":"country","id":"vietnam","title":"Vietnam","locators":["p. 2"]},{"kind":"opportunity","id":"product-development","title":"Joint AI product development for Southeast Asia","locators":["p. 3"]}]
? 0
$ aistrat --kb extends check
> ok: 56 entities (11 sources, 2 strategies, 6 pillars, 4 focus-areas, 7 priority-areas, 3 countries, 4 opportunities, 7 organizations, 3 people, 1 event, 7 figures, 1 conclusion)
? 0
# What it may not do: change what the entity says, or extend an entity that is not there.
$ mkdir -p "$SCRATCH/x" && printf 'kind: opportunity\nextends: product-developmen\ntitle: Mine\nnumber: 7\nactivities: [a]\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/x/x.yaml" && aistrat --kb "$SCRATCH/x" check 2>&1 | sed "s|$SCRATCH|S|"; echo "exit ${PIPESTATUS[0]}"
> S/x/x.yaml:2:10: error: extends unknown opportunity 'product-developmen'; did you mean 'product-development'?
> S/x/x.yaml:3:1: error: an extension adds to the opportunity it extends and cannot set 'title'; it takes aliases, tags, items of list fields, links and sources
> S/x/x.yaml:4:1: error: an extension adds to the opportunity it extends and cannot set 'number'; it takes aliases, tags, items of list fields, links and sources
> exit 3
? 0
# In the user's own folder, a broken extension is left out as any broken file is.
$ mkdir -p "$SCRATCH/data/aistrat/knowledge" && printf 'kind: opportunity\nextends: nothing-here\naliases: [x]\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/data/aistrat/knowledge/x.yaml" && XDG_DATA_HOME="$SCRATCH/data" aistrat list opportunities 2>&1 | sed "s|$SCRATCH|S|"
> aistrat: warning: S/data/aistrat/knowledge/x.yaml left out: it has 1 error (line 2: extends unknown opportunity 'nothing-here'); 'aistrat check' lists them, and --strict stops instead
> ID                   TITLE                                            NUMBER
> knowledge-exchange   Knowledge exchange in AI                         1
> training-education   Cooperation in AI training and education         2
> product-development  Joint AI product development for Southeast Asia  3
> cybersecurity        AI-based cybersecurity policy and regulation     4
? 0
# An extension that adds only a name still says where it came from, citing its source.
$ mkdir -p "$SCRATCH/y" && printf 'kind: pillar\nextends: education\naliases: [edu]\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/y/y.yaml" && aistrat --kb "$SCRATCH/y" show edu | sed -n '/Extended by/,/^$/p' | sed "s|$SCRATCH|S|"
> Extended by
>   - S/y/y.yaml:2 adds aliases: edu [1]
>
? 0
# It lists what it added, not what was there already (names compared without case); it cannot
# change how a source is divided; --stated-only leaves out what it added on another basis.
$ mkdir -p "$SCRATCH/z" && printf 'kind: pillar\nextends: education\naliases: [edu, ai education]\nsources: [{source: article, locator: intro/1}]\n---\nkind: source\nextends: article\nsections: [extra]\n' > "$SCRATCH/z/z.yaml" && aistrat --kb "$SCRATCH/z" check 2>&1 | sed "s|$SCRATCH|S|"; sed -i '/^---$/,$d' "$SCRATCH/z/z.yaml" && aistrat --kb "$SCRATCH/z" show education | grep adds | sed "s|$SCRATCH|S|"
> S/z/z.yaml:8:1: error: an extension adds to the source it extends and cannot set 'sections'; it takes aliases, tags, items of list fields, links and sources
>   - S/z/z.yaml:2 adds aliases: edu [1]
? 0
$ aistrat --kb extends --stated-only show product-development | grep adds; aistrat --kb extends --stated-only show product-development -f json | jq -c '.entity.extended_by[0].fields'
>   - extends/vietnam.yaml:16 adds aliases: joint products with Vietnam; tags: vietnam; activities: pilot a product with Vietnamese partners; partners: vietnam [4]
> {"activities":["pilot a product with Vietnamese partners"]}
? 0
# A schema may not name a field `extends`.
$ mkdir -p "$SCRATCH/s" && printf 'kinds:\n  - name: widget\n    plural: widgets\n    fields:\n      - {name: extends, type: string}\n' > "$SCRATCH/s/schema.yaml" && aistrat --kb "$SCRATCH/s" check 2>&1 | sed "s|$SCRATCH|S|"
> S/s/schema.yaml:5:16: error: field 'extends' is the key of a document that adds to an entity defined elsewhere; choose another name
? 0
# An alias it adds that is another entity's number is its error, at its place: in the user's
# folder, it is left out.
$ mkdir -p "$SCRATCH/data/aistrat/knowledge" && printf 'kind: opportunity\nextends: cybersecurity\naliases: ["1"]\nsources: [{source: article, locator: opportunities/4}]\n' > "$SCRATCH/data/aistrat/knowledge/x.yaml" && XDG_DATA_HOME="$SCRATCH/data" aistrat check 2>&1 | sed "s|$SCRATCH|S|"; XDG_DATA_HOME="$SCRATCH/data" aistrat list opportunities 2>/dev/null | wc -l
> S/data/aistrat/knowledge/x.yaml:2:10: error: alias '1' of opportunity 'cybersecurity' is the number of opportunity 'knowledge-exchange' (<builtin>/opportunities/knowledge-exchange.yaml:1:1); a name must name one entity
> 5
? 0
# The id it extends is read in any case, as names are; an alias that is the entity's own id
# names nothing new.
$ mkdir -p "$SCRATCH/c" && printf 'kind: opportunity\nextends: Cybersecurity\naliases: [CYBERSECURITY, cyber]\nsources: [{source: article, locator: opportunities/4}]\n' > "$SCRATCH/c/x.yaml" && aistrat --kb "$SCRATCH/c" show cyber | grep adds | sed "s|$SCRATCH|S|"
>   - S/c/x.yaml:2 adds aliases: cyber [5]
? 0
# A name an extension added is stated apart from the entity's own names and cites the
# extension's sources, in search and ask; every data output says what each extension added.
$ aistrat --kb extends search '"joint products with Vietnam"'
> KIND         ID                   TITLE                                            MATCH
> opportunity  product-development  Joint AI product development for Southeast Asia  aliases: joint products with Vietnam [1]
>
> Sources
>   - [1] source: Field notes on a Vietnamese partnership (p. 3)
? 0
$ aistrat --kb extends ask "What else is product development called, joint products with Vietnam?" -n 1 -f json | jq -c '.answers[0] | [.statement, [.sources[].source]]'
> ["joint products with Vietnam",["field-notes"]]
? 0
$ aistrat --kb extends export | jq -c '.entities[] | select(.id == "product-development") | [.aliases, [.sources[].source], [.extended_by[].sources[].source]]'
> [["opportunity 3","third opportunity","AI product development","joint product development","joint products with Vietnam"],["article","article","article"],["field-notes"]]
? 0
# An item or link an extension adds with a basis but no citations of its own rests on the
# extension's sources, as a plain one does (it rested on the entity's); an interpretation
# rests on none.
$ mkdir -p "$SCRATCH/b" && printf 'kind: opportunity\nextends: cybersecurity\nactivities: [{value: mine implied, basis: implied}, {value: mine read, basis: interpretation}]\nlinks: {serves: [{to: health, basis: implied}]}\nsources: [{source: fortune-golden-visa, locator: whole page}]\n' > "$SCRATCH/b/b.yaml" && for q in '"mine implied"' '"mine read"'; do aistrat --kb "$SCRATCH/b" search "$q" -f json | jq -c '.hits[] | [.snippet, .basis, [.sources[].source]]'; done && aistrat --kb "$SCRATCH/b" show cybersecurity -f json | jq -c '[.entity.links[] | select(.id == "health") | .basis, [.sources[].source]]'
> ["mine implied","implied",["fortune-golden-visa"]]
> ["mine read","interpretation",[]]
> ["implied",["fortune-golden-visa"]]
? 0
