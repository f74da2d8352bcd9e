# A source declares how it is divided (its sections field): sections with their paragraphs,
# or pages. A locator naming a part it lacks is an error, with where.
$ aistrat check --kb outlined-broken
! outlined-broken/report.yaml:5:11: error: 'sections' item 'findings (two paragraphs)' of source 'field-report' declares no part of it: write its paragraphs as NAME (N paragraphs), or NAME (1 paragraph)
! outlined-broken/report.yaml:15:14: error: citation of 'field-report': locator 'summary/3' names paragraph 3, but section 'summary' has 2 paragraphs
! outlined-broken/report.yaml:16:14: error: citation of 'field-report': locator 'p. 14' names a page the source does not have (pages 1-12)
! outlined-broken/report.yaml:17:14: error: citation of 'field-report': locator 'findngs' names no section of the source (it has summary (2 paragraphs), pages 1-12)
? 3

# A plain-text copy of the source, divided as declared: headings (one line, no full stop) are
# not paragraphs. A statement whose number, date or proper name its cited passage lacks warns.
$ aistrat check --kb outlined --text field-report=texts/field-report.txt
> ok: 58 entities (11 sources, 2 strategies, 6 pillars, 4 focus-areas, 7 priority-areas, 2 countries, 4 opportunities, 7 organizations, 3 people, 1 event, 10 figures, 1 conclusion)
>
> read against texts/field-report.txt (field-report): 18 statements checked, 3 warnings; 248 not checked (they cite a source without a text, or pages, or a place that is no section)
! outlined/delta.yaml:15:8: warning: the title of figure 'delta-canals' says Mekong, which the passage it cites (field-report summary/2) does not
! outlined/delta.yaml:16:10: warning: the summary of figure 'delta-canals' says 3400, Mekong, which the passage it cites (field-report summary/2) does not
! outlined/delta.yaml:17:8: warning: 'value' of figure 'delta-canals' says 3400, which the passage it cites (field-report summary/2) does not
? 0

# Each warning stands where its text is written, in the file's order: a list's item at the
# item, an ampersand
# between letters inside the name (attack 28 F15: every item was at the list's first line,
# and "R&D" was the two names R, D).
$ mkdir -p "$SCRATCH/k" && printf 'kind: country\nid: textland\ntitle: Textland\nsummary: >-\n  Textland has R&D strength.\nstrengths:\n  - first item mentions Borneo\n  - second item mentions Sumatra\n  - third item fine\nregion: Island of Java\nsources: [{source: field-report, locator: summary/1}]\n' > "$SCRATCH/k/t.yaml" && aistrat check --kb outlined --kb "$SCRATCH/k" --text field-report=texts/field-report.txt 2>&1 >/dev/null | grep textland | sed "s|$SCRATCH|S|"
> S/k/t.yaml:5:3: warning: the summary of country 'textland' says R&D, which the passage it cites (field-report summary/1) does not
> S/k/t.yaml:7:5: warning: 'strengths' item 'first item mentions Borneo' of country 'textland' says Borneo, which the passage it cites (field-report summary/1) does not
> S/k/t.yaml:8:5: warning: 'strengths' item 'second item mentions Sumatra' of country 'textland' says Sumatra, which the passage it cites (field-report summary/1) does not
> S/k/t.yaml:10:9: warning: 'region' of country 'textland' says Java, which the passage it cites (field-report summary/1) does not
? 0

# An item an extension adds stands where the extension writes it, in its own file (it
# used to stand at its citation).
$ mkdir -p "$SCRATCH/k" && printf 'kind: country\nid: textland\ntitle: Textland\nsummary: Textland.\nstrengths: [fine]\nsources: [{source: field-report, locator: summary/1}]\n' > "$SCRATCH/k/t.yaml" && printf 'kind: country\nextends: textland\nstrengths:\n  - an item on Borneo\nsources:\n  - {source: field-report, locator: summary/1}\n' > "$SCRATCH/k/x.yaml" && aistrat check --kb outlined --kb "$SCRATCH/k" --text field-report=texts/field-report.txt 2>&1 >/dev/null | grep textland | sed "s|$SCRATCH|S|"
> S/k/x.yaml:4:5: warning: 'strengths' item 'an item on Borneo' of country 'textland' says Borneo, which the passage it cites (field-report summary/1) does not
? 0

# --strict makes a warning fail the check, as an error does.
$ aistrat check --kb outlined --strict --text field-report=texts/field-report.txt
> ok: 58 entities (11 sources, 2 strategies, 6 pillars, 4 focus-areas, 7 priority-areas, 2 countries, 4 opportunities, 7 organizations, 3 people, 1 event, 10 figures, 1 conclusion)
>
> read against texts/field-report.txt (field-report): 18 statements checked, 3 warnings; 248 not checked (they cite a source without a text, or pages, or a place that is no section)
! outlined/delta.yaml:15:8: warning: the title of figure 'delta-canals' says Mekong, which the passage it cites (field-report summary/2) does not
! outlined/delta.yaml:16:10: warning: the summary of figure 'delta-canals' says 3400, Mekong, which the passage it cites (field-report summary/2) does not
! outlined/delta.yaml:17:8: warning: 'value' of figure 'delta-canals' says 3400, which the passage it cites (field-report summary/2) does not
? 3

# JSON carries the warnings with the diagnostics, and what the text check read.
$ aistrat check --kb outlined --text field-report=texts/field-report.txt -f json 2>/dev/null | jq -c '.valid, .text_check, [.diagnostics[] | .severity]'
> true
> {"texts":[{"source":"field-report","file":"texts/field-report.txt","paragraphs":4}],"checked":18,"unchecked":248,"warnings":3}
> ["warning","warning","warning"]
? 0

# The passage a locator names, from the text: a section, a paragraph, the whole text.
$ aistrat quote field-report findings/2 --kb outlined --text texts/field-report.txt
> A field report on river deltas (field-report), findings/2
>
> findings/2
>   The Vietnam Academy for Water Resources expects the land to sink further.
>
>   Quoted from texts/field-report.txt, a copy of the source; the knowledge's own statements are paraphrases.
? 0
$ aistrat quote field-report summary --kb outlined --text texts/field-report.txt -f markdown
> # A field report on river deltas (field-report), summary
>
> ## summary/1
>
> The Mekong delta feeds about 17 million people, and its farms grow rice for export.
>
> ## summary/2
>
> Surveys in 2019 counted 3,200 kilometres of canals.
>
> Quoted from texts/field-report.txt, a copy of the source; the knowledge's own statements are paraphrases.
? 0
# The code points aistrat marks its own output with (U+E000 to U+E005: highlights and
# citations) are no marks in a source's text: they become U+FFFD, and no link or bold comes
# of them.
$ sed 's/Surveys/\xee\x80\x82read\xee\x80\x85(https:\/\/evil.example) \xee\x80\x80Surveys\xee\x80\x81/' texts/field-report.txt > "$SCRATCH/marked.txt" && aistrat quote field-report summary/2 --kb outlined --text "$SCRATCH/marked.txt" -f markdown | grep Surveys
> �read�(<https://evil.example>) �Surveys� in 2019 counted 3,200 kilometres of canals.
? 0
$ aistrat quote field-report 'whole page' --kb outlined --text texts/field-report.txt -f json | jq -c '[.paragraphs[] | [.locator, .line]]'
> [["summary/1",3],["summary/2",6],["findings/1",10],["findings/2",12]]
? 0

# A locator the source does not have, or pages of a plain text: usage errors.
$ aistrat quote field-report findings/3 --kb outlined --text texts/field-report.txt
! aistrat: error: source 'field-report': locator 'findings/3' names paragraph 3, but section 'findings' has 2 paragraphs
! Run 'aistrat quote --help' for usage.
? 2
$ aistrat quote field-report 'p. 2' --kb outlined --text texts/field-report.txt
! aistrat: error: source 'field-report': locator 'p. 2' names pages, but the source declares none (it has summary (2 paragraphs), findings (2 paragraphs))
! Run 'aistrat quote --help' for usage.
? 2
$ aistrat quote article 'Some heading' --text texts/field-report.txt
! aistrat: error: source 'article': locator 'Some heading' names no part of the source: write SECTION/PARAGRAPH, SECTION, or 'whole page' (it has intro (3 paragraphs), china (1 paragraph), indonesia (1 paragraph), opportunities (5 paragraphs), conclusion (1 paragraph))
! Run 'aistrat quote --help' for usage.
? 2

# A text not divided as declared, or not there: I/O errors that say why and where.
$ aistrat quote field-report summary --kb outlined --text texts/short.txt
! aistrat: error: texts/short.txt: source 'field-report': the text has 2 paragraphs where the source declares 4 (summary (2 paragraphs), findings (2 paragraphs)); a block of one line that ends without a full stop is read as a heading, not a paragraph
? 4
$ aistrat quote article intro --text texts/field-report.txt
! aistrat: error: texts/field-report.txt: source 'article': the text has 4 paragraphs where the source declares 11 (intro (3 paragraphs), china (1 paragraph), indonesia (1 paragraph), opportunities (5 paragraphs), conclusion (1 paragraph)); a block of one line that ends without a full stop is read as a heading, not a paragraph
? 4
$ aistrat quote field-report summary --kb outlined --text texts/missing.txt
! aistrat: error: cannot read the text of 'field-report' from texts/missing.txt: No such file or directory
? 4
$ aistrat quote field-report summary --kb outlined --text texts
! aistrat: error: cannot read the text of 'field-report' from texts: not a regular file
? 4

# --text wants SOURCE=FILE, a known source, each once.
$ aistrat check --text field-report
! aistrat: error: --text wants SOURCE=FILE, as in article=article.txt; got 'field-report'
! Run 'aistrat check --help' for usage.
? 2
$ aistrat check --text fild-report=texts/field-report.txt --kb outlined
! aistrat: error: no source 'fild-report'; did you mean 'field-report'?
? 1
$ aistrat check --kb outlined --text field-report=texts/field-report.txt --text field-report=texts/field-report.txt
! aistrat: error: --text names 'field-report' twice
! Run 'aistrat check --help' for usage.
? 2

# A section name with a control or format character is no section (it could not be typed, and
# completion would show it raw); completion offers no id or section that holds one.
$ mkdir -p "$SCRATCH/k" && printf 'kind: source\nid: evil\ntitle: Evil\nsummary: A source.\nsections: ["a\\e[31mb (2 paragraphs)", "ok (1 paragraph)"]\n' > "$SCRATCH/k/s.yaml" && printf 'kind: pillar\nid: "\\e[31mbad"\ntitle: Bad\nsummary: Bad.\nsources: [{source: article, locator: whole page}]\n' > "$SCRATCH/k/p.yaml" && aistrat check --kb "$SCRATCH/k" 2>&1 | sed "s|$SCRATCH|S|"
> S/k/p.yaml:2:5: error: id '\x1b[31mbad' must be lower-case kebab-case (a-z, 0-9 and single hyphens)
> S/k/p.yaml:5:20: warning: cites the whole of 'article', which is divided into sections (intro, china, indonesia, opportunities, conclusion): name the one that says it, such as intro/1
> S/k/s.yaml:5:11: error: 'sections' item 'a\x1b[31mb (2 paragraphs)' of source 'evil' declares no part of it: a section's name holds no '/', '(' or ')' and no control character
? 0
$ aistrat __complete -- --kb "$SCRATCH/k" quote evil '' | od -c | grep -c '033' ; aistrat __complete -- --kb "$SCRATCH/k" quote evil ''
> 0
? 0
$ aistrat __complete -- --kb "$SCRATCH/k" show pillar '' | od -c | grep -c '033'
> 0
? 1
