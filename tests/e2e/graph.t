# aistrat graph: entities as nodes styled by kind, links as labelled edges.
$ aistrat graph --kind opportunity --kind pillar | head -8
> digraph aistrat {
>   graph [rankdir=LR, fontname="Helvetica", overlap=false];
>   node [shape=box, style="rounded,filled", fontname="Helvetica"];
>   edge [fontname="Helvetica", fontsize=10, color="#555555"];
>   "pillar:data-infrastructure" [label="Secure data infrastructure", fillcolor="#d6f5d6", tooltip="pillar"];
>   "pillar:ecosystem" [label="A robust AI ecosystem", fillcolor="#d6f5d6", tooltip="pillar"];
>   "pillar:education" [label="AI education and research", fillcolor="#d6f5d6", tooltip="pillar"];
>   "pillar:international-cooperation" [label="International cooperation in AI", fillcolor="#d6f5d6", tooltip="pillar"];
? 0
$ aistrat graph --kind opportunity --kind pillar | grep -c -- '->'
> 9
? 0
$ aistrat graph --around cybersecurity --depth 1 --format mermaid
> flowchart LR
>   n0["Secure data infrastructure"]
>   n1["International cooperation in AI"]
>   n2["Supportive regulation"]
>   n3["China"]
>   n4["Indonesia"]
>   n5["AI-based cybersecurity policy and regulation"]
>   n6["National Cyber and Crypto Agency"]
>   n5 -.->|"supports (our reading)"| n2
>   n5 -.->|"supports (our reading)"| n0
>   n5 -.->|"supports (implied)"| n1
>   n5 -->|"involves"| n6
>   n5 -->|"partners"| n3
>   n5 -->|"partners"| n4
>   n6 -->|"based-in"| n4
>   classDef kind2 fill:#d6f5d6,stroke:#555555
>   class n0,n1,n2 kind2
>   classDef kind5 fill:#fff3b0,stroke:#555555
>   class n3,n4 kind5
>   classDef kind6 fill:#d0f0f0,stroke:#555555
>   class n5 kind6
>   classDef kind7 fill:#f2d9c4,stroke:#555555
>   class n6 kind7
? 0
$ aistrat graph --around bssn --depth 2 --format json | jq -c '[(.nodes | length), (.edges | length), .nodes[0].key]'
> [16,28,"strategy:stranas-ka"]
? 0
# With --kind, the neighbourhood is walked through every kind, then kept to the kinds named,
# the start too (attack 28 F35: the walk stopped at other kinds, yet kept the start, so this
# was China alone); none left is said, with status 1.
$ aistrat graph -k pillar --around china --depth 3 -f json | jq -c '[.nodes[].key]'
> ["pillar:data-infrastructure","pillar:ecosystem","pillar:education","pillar:international-cooperation","pillar:regulation"]
? 0
$ aistrat graph -k opportunity -k pillar --around china --depth 2 -f json | jq -c '[(.nodes | map(.kind) | unique), (.edges | length)]'
> [["opportunity","pillar"],9]
? 0
# Without --kind, a neighbourhood keeps every kind: a source it is around too (sources are
# left out of the whole graph only, as they stand alone).
$ aistrat graph --around article -f json | jq -c '[.nodes[].key]'
> ["source:article"]
? 0
$ aistrat graph -k source --around china -f json | jq -c .nodes; echo "exit ${PIPESTATUS[0]}"
> []
> exit 1
! aistrat: error: no entity of the kinds kept is within 1 link of country china
? 0
$ aistrat graph --format yaml | head -4
> ---
> schema_version: 2
> nodes:
>   - key: strategy:china-ngaidp
? 0

# Labels are escaped for DOT and Mermaid.
$ aistrat graph --kb wide --around formula-corp --depth 0 | grep formula
>   "organization:formula-corp" [label="=HYPERLINK(\"http://example.invalid\",\"click\")", fillcolor="#f2d9c4", tooltip="organization"];
? 0
$ aistrat graph --kb wide --around formula-corp --depth 0 --format mermaid | grep '\['
>   n0["=HYPERLINK(#quot;http://example.invalid#quot;,#quot;click#quot;)"]
? 0
# Graphviz reads an entity ("&amp;", "&#65;") in a label as the character it names: every '&'
# is written as "&amp;", so the label reads as written.
$ mkdir -p "$SCRATCH/amp" && printf 'kind: person\nid: amp\ntitle: "Tom &amp; Jerry &lt;3 &#65;"\nsummary: s\nrole: r\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/amp/p.yaml" && aistrat --kb "$SCRATCH/amp" graph --kind person | dot -Tplain | grep -o '"Tom[^"]*"'
> "Tom &amp; Jerry &lt;3 &#65;"
? 0

# Errors.
$ aistrat graph --kind pilar
! aistrat: error: unknown kind 'pilar'; did you mean 'pillar'? (kinds: source, strategy, pillar, focus-area, priority-area, country, opportunity, organization, person, event, figure, conclusion)
! Run 'aistrat graph --help' for usage.
? 2
$ aistrat graph --around nowhere
! aistrat: error: no entity 'nowhere'
? 1
$ aistrat graph --format markdown
! aistrat: error: graph does not print markdown; formats: dot, mermaid, json, yaml
! Run 'aistrat graph --help' for usage.
? 2
$ aistrat list pillars --format dot
! aistrat: error: list does not print dot; formats: text, markdown, html, csv, json, yaml
! Run 'aistrat list --help' for usage.
? 2
# An empty name names no entity, in every command that takes one (--around '' drew the whole
# graph; report country '' took it as a prefix of both countries).
$ aistrat graph --around ''
! aistrat: error: an empty name names no entity
! Run 'aistrat graph --help' for usage.
? 2
$ aistrat report country ' '
! aistrat: error: an empty name names no entity
! Run 'aistrat report country --help' for usage.
? 2
$ aistrat report compare '' china
! aistrat: error: an empty name names no entity
! Run 'aistrat report compare --help' for usage.
? 2

# A graph past 5,000 entities or 20,000 links is no drawing: refused, with what narrows it.
$ mkdir -p "$SCRATCH/many" && python3 -c "import sys; sys.stdout.writelines(f'---{chr(10)}kind: note{chr(10)}id: n{i}{chr(10)}title: t{chr(10)}summary: s{chr(10)}body: b{chr(10)}' for i in range(5001))" > "$SCRATCH/many/notes.yaml" && aistrat --no-builtin --kb standalone --kb "$SCRATCH/many" graph -f json
! aistrat: error: the graph has 5003 entities and 0 links, more than the 5000 and 20000 a graph draws; narrow it with --kind KIND or --around ID --depth N, or take the links from 'aistrat export --format json'
! Run 'aistrat graph --help' for usage.
? 2
$ mkdir -p "$SCRATCH/many" && python3 -c "import sys; sys.stdout.writelines(f'---{chr(10)}kind: note{chr(10)}id: n{i}{chr(10)}title: t{chr(10)}summary: s{chr(10)}body: b{chr(10)}' for i in range(5001))" > "$SCRATCH/many/notes.yaml" && aistrat --no-builtin --kb standalone --kb "$SCRATCH/many" graph --around n7 -f json | jq -c '.nodes | map(.id)'
> ["n7"]
? 0
$ mkdir -p "$SCRATCH/k" && printf 'kinds:\n  - {name: node, cites: false}\nrelations:\n  - {name: next, inverse: prev, from: [node], to: [node]}\n' > "$SCRATCH/k/schema.yaml" && python3 -c "import sys; sys.stdout.writelines(f'---{chr(10)}kind: node{chr(10)}id: n{i}{chr(10)}title: N{chr(10)}summary: s{chr(10)}links: {{next: [{chr(44).join(f\"n{(i + j) % 1000}\" for j in range(1, 22))}]}}{chr(10)}' for i in range(1000))" > "$SCRATCH/k/n.yaml" && aistrat --no-builtin --kb "$SCRATCH/k" graph -f mermaid
! aistrat: error: the graph has 1000 entities and 21000 links, more than the 5000 and 20000 a graph draws; narrow it with --kind KIND or --around ID --depth N, or take the links from 'aistrat export --format json'
! Run 'aistrat graph --help' for usage.
? 2
