# aistrat report: matrix, gaps, compare, country and brief.
$ COLUMNS=120 aistrat report matrix
> Opportunities against pillars
>
> Opportunity       AI education  Applying AI   Secure data        Supportive      A robust AI    International      Total
>                   and research  in strategic  infrastructure     regulation      ecosystem      cooperation in AI
>                                 areas
> Knowledge         ?                                                              ?              ~                  3
> exchange in AI
> Cooperation in    ✓                                                                             ~                  2
> AI training and
> education
> Joint AI product                                                                                ~                  1
> development for
> Southeast Asia
> AI-based                                      ?                  ?                              ~                  3
> cybersecurity
> policy and
> regulation
> Total             2             0             1                  1               1              4                  9
>
> Legend: ✓ = the opportunity of the row is linked to the pillar of the column (supports) and a source says so; ~ = the
> link follows from a source's framing, though no source says it; ? = our reading, which no source says. The last row and
> column count the marks of all three.
? 0
$ COLUMNS=120 aistrat report matrix --cols priority-area
> Opportunities against priority areas
>
> Opportunity        Health  Bureaucratic       Education and   Food security  Mobility  Smart        Mobility and   Total
>                            reform             research                                 cities       smart cities
> Knowledge                                     ?                                                                    1
> exchange in AI
> Cooperation in AI                             ?                                                                    1
> training and
> education
> Joint AI product                                                                                                   0
> development for
> Southeast Asia
> AI-based                                                                                                           0
> cybersecurity
> policy and
> regulation
> Total              0       0                  2               0              0         0            0              2
>
> Legend: ✓ = the opportunity of the row is linked to the priority-area of the column (serves) and a source says so; ~ =
> the link follows from a source's framing, though no source says it; ? = our reading, which no source says. The last row
> and column count the marks of all three.
? 0
$ aistrat report matrix --format csv
> Opportunity,AI education and research,Applying AI in strategic areas,Secure data infrastructure,Supportive regulation,A robust AI ecosystem,International cooperation in AI,Total
> Knowledge exchange in AI,?,,,,?,~,3
> Cooperation in AI training and education,✓,,,,,~,2
> Joint AI product development for Southeast Asia,,,,,,~,1
> AI-based cybersecurity policy and regulation,,,?,?,,~,3
> Total,2,0,1,1,1,4,9
? 0
$ aistrat report matrix --format json | jq -c '[.rows, .cols, .relations, .column_totals, [.matrix[] | .total]]'
> ["opportunity","pillar",["supports"],[2,0,1,1,1,4],[3,2,1,3]]
? 0
$ aistrat report matrix --rows country --cols opportunity --format markdown
> # Countries against opportunities
>
> | Country | Knowledge exchange in AI | Cooperation in AI training and education | Joint AI product development for Southeast Asia | AI-based cybersecurity policy and regulation | Total |
> | --- | --- | --- | --- | --- | --- |
> | China | ✓ | ✓ | ✓ | ✓ | 4 |
> | Indonesia | ✓ | ✓ | ✓ | ✓ | 4 |
> | Total | 2 | 2 | 2 | 2 | 8 |
>
> Legend: ✓ = the country of the row is linked to the opportunity of the column (partners) and a source says so; \~ = the link follows from a source's framing, though no source says it; ? = our reading, which no source says. The last row and column count the marks of all three.
? 0
$ aistrat report gaps
> Gaps
>
> What the knowledge does not link, not what a strategy lacks: a row may only mean that no source connects the two.
>
> GAP                                    KIND           ID                     TITLE
> no opportunity links to it (supports)  pillar         strategic-application  Applying AI in strategic areas
> no opportunity links to it (serves)    priority-area  health                 Health
> no opportunity links to it (serves)    priority-area  bureaucratic-reform    Bureaucratic reform
> no opportunity links to it (serves)    priority-area  food-security          Food security
> no opportunity links to it (serves)    priority-area  mobility               Mobility
> no opportunity links to it (serves)    priority-area  smart-cities           Smart cities
> no opportunity links to it (serves)    priority-area  mobility-smart-cities  Mobility and smart cities
>
> Relations checked for coverage: supports, serves.
? 0
# A coverage relation from many kinds names three of them and counts the rest, so that a
# row stays short whatever the schema.
$ mkdir "$SCRATCH/kb" && printf 'relations:\n  - {name: watches, inverse: watched-by, from: [opportunity, figure, person, event, organization], to: [pillar], coverage: true}\n' > "$SCRATCH/kb/schema.yaml" && aistrat --no-cache --kb "$SCRATCH/kb" report gaps -f csv | grep -c '^"watched by no opportunity, figure, person or 2 other kinds",pillar,'
> 0
? 1
$ aistrat report gaps --format csv
> gap,kind,id,title
> no opportunity links to it (supports),pillar,strategic-application,Applying AI in strategic areas
> no opportunity links to it (serves),priority-area,health,Health
> no opportunity links to it (serves),priority-area,bureaucratic-reform,Bureaucratic reform
> no opportunity links to it (serves),priority-area,food-security,Food security
> no opportunity links to it (serves),priority-area,mobility,Mobility
> no opportunity links to it (serves),priority-area,smart-cities,Smart cities
> no opportunity links to it (serves),priority-area,mobility-smart-cities,Mobility and smart cities
? 0
$ COLUMNS=100 aistrat report compare china indonesia | head -8
> China and Indonesia compared
>
>                    CHINA                                    INDONESIA
> kind               country                                  country
> id                 china                                    indonesia
> summary            A world leader in AI research and        A populous country with a fast-growing
>                    development whose fast technological     digital market, plenty of data and a
>                    progress, state backing and private      rising number of technology startups;
? 0
$ aistrat report compare china indonesia --format json | jq -c '[.a.id, .b.id, ([.rows[].field] | index("described-by") != null)]'
> ["china","indonesia",true]
? 0
$ COLUMNS=100 aistrat report country indonesia | head -12
> Indonesia
>
> A populous country with a fast-growing digital market, plenty of data and a rising number of
> technology startups; the article casts it as the partner that brings market potential and
> innovation, and its national AI strategy as the frame for the partnership.
>
> Region  Southeast Asia [4, 5] (implied)
>
> Strengths
>   - a population of over 270 million [2]
>   - abundant data that AI development can draw on [2]
>   - data in volumes large enough for AI to learn from and to build models that are more accurate and
? 0
$ aistrat report brief --format markdown | grep -c '^### '
> 8
? 0
$ aistrat report brief --format json | jq -c '[.report, (.sections | length), (.references | length), .references[0].source]'
> ["brief",9,7,"article"]
? 0
$ aistrat report brief --format html | grep -c '<h3>'
> 8
? 0

# Errors: an unknown report, kinds that no relation joins, entities of two kinds, csv of a document.
$ aistrat report brif
! aistrat: error: unknown report 'brif'; did you mean 'brief'?
! Run 'aistrat report --help' for usage.
? 2
# An option's value is no report's name.
$ aistrat report -f json
! aistrat: error: 'report' needs one of: brief, matrix, gaps, compare, country
! Run 'aistrat report --help' for usage.
? 2
$ aistrat report matrix --rows pillar --cols person
! aistrat: error: no relation joins pillar and person; see 'aistrat kinds'
! Run 'aistrat report matrix --help' for usage.
? 2
$ aistrat report matrix --cols pilar
! aistrat: error: unknown kind 'pilar'; did you mean 'pillar'? (kinds: source, strategy, pillar, focus-area, priority-area, country, opportunity, organization, person, event, figure, conclusion)
! Run 'aistrat report matrix --help' for usage.
? 2
$ aistrat report compare china bssn
! aistrat: error: 'china' (country) and 'bssn' (organization) are of different kinds; compare takes two of one kind
! Run 'aistrat report compare --help' for usage.
? 2
$ aistrat report country chna
! aistrat: error: no country 'chna'; did you mean 'china'?
? 1
$ aistrat report brief --format csv
! aistrat: error: report brief does not print csv; formats: text, markdown, html, json, yaml
! Run 'aistrat report brief --help' for usage.
? 2
$ aistrat kinds --format csv
! aistrat: error: kinds does not print csv; formats: text, markdown, html, json, yaml
! Run 'aistrat kinds --help' for usage.
? 2
$ aistrat ask 'who leads korika' --format csv
! aistrat: error: ask does not print csv; formats: text, markdown, html, json, yaml
! Run 'aistrat ask --help' for usage.
? 2

# A report that needs a kind the knowledge lacks fails clearly (exit 2). A brief of
# knowledge with nothing to brief on is empty, with status 1 as an empty scope (attack 28
# F37: it exited 0, under a paragraph about references that did not exist).
$ aistrat report brief --no-builtin --kb standalone
! aistrat: error: the knowledge holds no strategy, country, opportunity or conclusion to brief on
? 1
$ aistrat report country x --no-builtin --kb standalone 2>&1 | tail -1
> aistrat: error: no country 'x' (see 'aistrat list countries')
? 0

# CSV is RFC 4180, and cells a spreadsheet would run as formulas are defused.
$ aistrat list organizations --kb wide --where id=formula-corp --fields id,title,summary,type --format csv
> id,title,summary,type
> formula-corp,"'=HYPERLINK(""http://example.invalid"",""click"")","'+1 cell, -2 cell, @SUM(A1), and a ""quoted"" comma, here: https://example.com/zebra?a=1|b=2",'-starts with a minus
? 0

# A Mustache template over the JSON data.
$ aistrat list opportunities --fields number,pillar --template templates/opportunities.md.mustache
> | # | Opportunity | Pillars it supports |
> | --- | --- | --- |
> | 1 | Knowledge exchange in AI | `education` `ecosystem` `international-cooperation` |
> | 2 | Cooperation in AI training and education | `education` `international-cooperation` |
> | 3 | Joint AI product development for Southeast Asia | `international-cooperation` |
> | 4 | AI-based cybersecurity policy and regulation | `regulation` `data-infrastructure` `international-cooperation` |
? 0
# A section tag alone on its line takes its line, also when the section is skipped (attack 28
# F24: a blank line was left, which ends a markdown table).
$ aistrat show pillar education --template templates/opportunities.md.mustache
> | # | Opportunity | Pillars it supports |
> | --- | --- | --- |
? 0
$ aistrat list opportunities --template templates/broken.mustache
! aistrat: error: template templates/broken.mustache:1:1: unclosed tag
! Run 'aistrat list --help' for usage.
? 2
# A tag that names nothing is a mistake, whatever its delimiters.
$ printf 'a{{}}b' > "$SCRATCH/e.mustache" && cd "$SCRATCH" && aistrat list opportunities --template e.mustache
! aistrat: error: template e.mustache:1:2: a tag names nothing
! Run 'aistrat list --help' for usage.
? 2
$ printf '{{=<%% %%>=}}\n<%%#entities%%>x<%%/%%>' > "$SCRATCH/e.mustache" && cd "$SCRATCH" && aistrat list opportunities --template e.mustache
! aistrat: error: template e.mustache:2:15: a tag names nothing
! Run 'aistrat list --help' for usage.
? 2
$ aistrat list opportunities --template templates/missing.mustache
! aistrat: error: cannot read template templates/missing.mustache: No such file or directory
? 4

# A matrix's size is rows times columns: past 250,000 cells it is refused with advice (exit 2)
# before anything is built; 500 by 500 is still printed.
$ printf '%s\n' 'import sys' 'rows, cols = int(sys.argv[2]), int(sys.argv[3])' 'f = open(sys.argv[1], "w")' 'f.write("kind: source\nid: s\ntitle: S\nsummary: s\nsources: [{source: s, locator: x}]\n")' 'for i in range(1, rows + 1): f.write(f"---\nkind: opportunity\nid: o{i}\ntitle: O{i}\nsummary: s\nnumber: {i}\nactivities: [a]\nbenefits: [b]\nlinks: {{supports: p{min(i, cols)}}}\nsources: [{{source: s, locator: x}}]\n")' 'for i in range(1, cols + 1): f.write(f"---\nkind: pillar\nid: p{i}\ntitle: P{i}\nsummary: s\nsources: [{{source: s, locator: x}}]\n")' > "$SCRATCH/gen.py" && mkdir -p "$SCRATCH/big" "$SCRATCH/fits" && python3 "$SCRATCH/gen.py" "$SCRATCH/big/m.yaml" 501 500 && python3 "$SCRATCH/gen.py" "$SCRATCH/fits/m.yaml" 500 500 && aistrat --no-builtin --kb "$SCRATCH/fits" report matrix -f json | jq -c '[(.matrix | length), (.columns | length), .column_totals[0], .matrix[499].total]' && aistrat --no-builtin --kb "$SCRATCH/big" report matrix -f json
> [500,500,1,1]
! aistrat: error: a matrix of 501 opportunities by 500 pillars has 250500 cells, more than the 250000 a matrix report builds; choose kinds with fewer entities, or take the links from 'aistrat export --format json'
! Run 'aistrat report matrix --help' for usage.
? 2

# A brief on part of the knowledge: by kind, by id, around an entity; every condition narrows it.
$ aistrat report brief --kind opportunity | sed -n '3p;5p'
> Drawn from part of the knowledge base: 4 opportunities. Numbers in brackets point at the references at the end, with the place in each source: after a summary, they back the entity; after a value or link, that statement alone. (implied): it follows from a source's framing, though none says it; (our reading): no source says it.
> Partnership opportunities
? 0
$ aistrat report brief --kind opportunity -f json | jq -c '[.sections[].entity.id]'
> ["knowledge-exchange","training-education","product-development","cybersecurity"]
? 0
$ aistrat report brief china 'opportunity 4' -f json | jq -c '[.sections[] | [.section, .entity.id]]'
> [["country","china"],["opportunity","cybersecurity"]]
? 0
$ aistrat report brief --around bssn -f json | jq -c '[.sections[].entity.id]'
> ["indonesia","cybersecurity"]
? 0
$ aistrat report brief --around bssn --kind country -f json | jq -c '[.sections[].entity.id]'
> ["indonesia"]
? 0
$ aistrat report brief --kind conclusion --kind strategy -f json | jq -c '[.sections[].section] | unique'
> ["conclusion","strategy"]
? 0
$ aistrat report brief --kind pillar
! aistrat: error: kind pillar has no section of its own in a brief, which has sections for strategies, countries, opportunities and conclusions (pillars, priority areas and focus areas appear in their strategy's, figures in their country's)
! Run 'aistrat report brief --help' for usage.
? 2
$ aistrat report brief bssn
! aistrat: error: organization bssn has no section of its own in a brief, which has sections for strategies, countries, opportunities and conclusions (pillars, priority areas and focus areas appear in their strategy's, figures in their country's)
! Run 'aistrat report brief --help' for usage.
? 2
$ aistrat report brief --depth 2
! aistrat: error: --depth needs --around ID
! Run 'aistrat report brief --help' for usage.
? 2
$ aistrat report brief --kind opportunity --around china --depth 0
! aistrat: error: no strategy, country, opportunity or conclusion is within the brief's scope
? 1
# Data still says so, as search and ask do with no result; and each report names itself.
$ aistrat report brief --kind opportunity --around china --depth 0 -f json | jq -c '[.report, .sections, .references]'; echo "exit ${PIPESTATUS[0]}"
> ["brief",[],[]]
> exit 1
! aistrat: error: no strategy, country, opportunity or conclusion is within the brief's scope
? 0
$ for r in "country china" "compare china indonesia" matrix gaps brief; do aistrat report $r -f json | jq -r .report; done | tr '\n' ' '
> country compare matrix gaps brief % no newline at end of output
? 0
$ aistrat report brief nosuch
! aistrat: error: no entity 'nosuch'
? 1

# Pandoc citations: keyed by source id, locators after a comma, no numbered list; markdown only.
$ aistrat report brief 'opportunity 4' --citations pandoc -f markdown | grep -E '^The fourth|^## References' -A1
> The fourth opportunity: the two countries draw up AI-based cybersecurity standards, protocols and policies together; the article says this could give Indonesia\'s cyber agency, BSSN, important input. [@article, opportunities/5; @wikipedia-bssn]
>
> --
> ## References
? 0
$ aistrat report brief --citations pandoc
! aistrat: error: --citations pandoc is for --format markdown, which pandoc reads
! Run 'aistrat report brief --help' for usage.
? 2
$ printf '{{schema_version}}\n' > "$SCRATCH/t.mustache" && aistrat report brief --citations pandoc -f markdown --template "$SCRATCH/t.mustache"
! aistrat: error: --citations pandoc writes the markdown pandoc reads, and does not go through --template; leave one of them out
! Run 'aistrat report brief --help' for usage.
? 2
$ aistrat report brief --citations apa -f markdown
! aistrat: error: --citations: apa not in {numbered,pandoc}
! Run 'aistrat report brief --help' for usage.
? 2

# CSV of no gaps is the header row alone.
$ aistrat --no-builtin --kb standalone report gaps -f csv
> gap,kind,id,title
? 0

# A matrix too wide for whole words numbers its column heads, with a legend.
$ COLUMNS=80 aistrat report matrix | sed -n '3p;9,10p'
> Opportunity                                      1  2  3  4  5  6  Total
> 1: AI education and research
> 2: Applying AI in strategic areas
? 0
# Narrower than the numbered heads, each row is a block of lines led by the titles in full.
$ COLUMNS=30 aistrat report matrix | sed -n '3,11p'
> Opportunity                      Knowledge
>                                  exchange
>                                  in AI
> AI education and research        ?
> Applying AI in strategic areas
> Secure data infrastructure
> Supportive regulation
> A robust AI ecosystem            ?
> International cooperation in AI  ~
? 0
# Pandoc's smart punctuation would curl the data's quotes and make "..." an ellipsis: they are
# escaped, as "--" is, and pandoc reads the title as written.
$ cd "$SCRATCH" && mkdir q && printf 'kind: opportunity\nid: dash\ntitle: "Pages 10--20, wait... and %s and \\"double\\" and it%ss"\nsummary: s\nnumber: 90\nactivities: [a]\nbenefits: [b]\nsources: [{source: article, locator: opportunities/2}]\n' "'single'" "'" > q/o.yaml && aistrat report brief dash --kb q --citations pandoc -f markdown | pandoc -f markdown -t plain | grep Pages
> 90. Pages 10--20, wait... and 'single' and "double" and it's
? 0
