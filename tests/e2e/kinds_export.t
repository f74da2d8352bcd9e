# aistrat kinds: the schema with counts.
$ COLUMNS=120 aistrat kinds
> Kinds
>
> KIND           PLURAL          ALIASES                                 COUNT  FIELDS
> source         sources         src, reference, references              10     form (string), publisher (string), author
>                                                                               (string), url (url), copy-read (url),
>                                                                               published (string), language (string),
>                                                                               sections (list)
> strategy       strategies      strat, plan                             2      year* (year), official-name (string),
>                                                                               horizon (string), launched (date), purpose
>                                                                               (text)
> pillar         pillars         emphasis, emphases                      6      number (integer)
> focus-area     focus-areas     focus                                   4      number (integer)
> priority-area  priority-areas  area, areas, priority, priorities       7      framing* (string), number (integer),
>                                                                               official-name (string)
> country        countries       nation, nations                         2      official-name (string), region (string),
>                                                                               strengths (list), applications (list),
>                                                                               drivers (list), industries (list),
>                                                                               forecasts (list), sectors (list),
>                                                                               data-sources (list), startup-solutions
>                                                                               (list)
> opportunity    opportunities   opp, opps                               4      number* (integer), activities* (list),
>                                                                               benefits* (list)
> organization   organizations   org, orgs, organisation,                7      type (string), official-name (string),
>                                organisations, body, agency                    founded (date), role (text)
> person         people          persons                                 3      role (string)
> event          events          happening, happenings                   1      date (date), year (year), details (list)
> figure         figures         fig, stat, stats, statistic,            7      value* (number), unit* (string), magnitude
>                                statistics                                     (string), qualifier (string), period
>                                                                               (string), horizon (string), measure*
>                                                                               (text)
> conclusion     conclusions                                             1      points* (list)
>
> Fields marked * are required. Every entity also has kind, id, title, summary, aliases, tags, links and sources.
>
> Relations
>
> RELATION           INVERSE         FROM             TO
> announced-by       announced       strategy, event  organization, person
> announced-through  channel-for     strategy         organization
> launched-by        launched        strategy         organization
> strategy-of        strategies      strategy         country
> pillar-of          pillars         pillar           strategy
> focus-area-of      focus-areas     focus-area       strategy
> priority-area-of   priority-areas  priority-area    strategy
> corresponds-to     reflected-in    pillar           focus-area
> grouped-in         groups          priority-area    priority-area
> supports           supported-by    opportunity      pillar
> serves             served-by       opportunity      priority-area
> involves           involved-in     opportunity      organization
> partners           partner-in      opportunity      country
> describes          described-by    figure           country, strategy
> estimated-by       estimated       figure           organization
> part-of            parts           figure           figure
> based-in           home-of         organization     country
> affiliated-with    affiliates      person           organization
> recipient          received        event            person
> granted-by         granted         event            country, organization
> illustrates        illustrated-by  event            pillar
> recaps             recapped-in     conclusion       opportunity, strategy
? 0
$ aistrat kinds --format json | jq -c '[.schema_version, [.kinds[] | [.name, .count]], (.relations | length)]'
> [2,[["source",10],["strategy",2],["pillar",6],["focus-area",4],["priority-area",7],["country",2],["opportunity",4],["organization",7],["person",3],["event",1],["figure",7],["conclusion",1]],22]
? 0

# aistrat export: everything, as JSON (the default) or YAML.
$ aistrat export | jq -c '[.schema_version, (.entities | length), .counts.opportunity, ([.entities[] | select(.kind and .id and .title)] | length)]'
> [2,54,4,54]
? 0
$ aistrat export --format yaml | head -5
> ---
> schema_version: 2
> schema:
>   citation_kind: source
>   citation_sections: sections
? 0
$ aistrat export --format yaml | yq -c '.entities | length'
> 54
? 0

# The sources as references for citation tools (parsed by citeproc and bibtool in clients/citations.sh).
$ aistrat export --format csl-json article | jq -c '.[0] | [.id, .type, ."container-title", .issued, .language]'
> ["article","article-newspaper","Modern Diplomacy",{"date-parts":[[2024,4,1]]},"en"]
? 0
$ aistrat export --format bibtex wikipedia-bssn
> @online{wikipedia-bssn,
>   title        = {{Wikipedia: National Cyber and Crypto Agency}},
>   titleaddon   = {Wikipedia},
>   url          = {https://en.wikipedia.org/wiki/National_Cyber_and_Crypto_Agency},
>   langid       = {english},
> }
? 0
# A source's author, as written: one literal name in both formats.
$ mkdir "$SCRATCH/au" && printf 'kind: source\nid: au\ntitle: T\nsummary: s\nauthor: Jane Doe and Sons\nform: report\n' > "$SCRATCH/au/s.yaml" && aistrat --kb "$SCRATCH/au" export au -f bibtex | grep author && aistrat --kb "$SCRATCH/au" export au -f csl-json | jq -c '.[0].author'
>   author       = {{Jane Doe and Sons}},
> [{"literal":"Jane Doe and Sons"}]
? 0
$ aistrat export --format bibtex | grep -c '^@'
> 10
? 0
$ aistrat export article
! aistrat: error: export takes sources only with --format bibtex or csl-json
! Run 'aistrat export --help' for usage.
? 2
$ aistrat export --format bibtex bssn
! aistrat: error: no source 'bssn' (see 'aistrat list sources')
? 1
$ aistrat list pillars --format bibtex
! aistrat: error: list does not print bibtex; formats: text, markdown, html, csv, json, yaml
! Run 'aistrat list --help' for usage.
? 2
