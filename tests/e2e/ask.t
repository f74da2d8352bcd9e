# aistrat ask: the statements that answer a question, each with its entity and source.
$ COLUMNS=100 aistrat ask "How much could AI add to China's economy each year?"
> - Yearly value AI could add to China's economy: about US$600 billion per year
>   figure china-ai-annual-value
>   source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (china/1)
>   <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>;
>   AI to add $600bn to Chinese economy by 2030 (whole page)
>   <https://techinformed.com/ai-to-add-600bn-to-chinese-economy-by-2030/>
> - AI value in China: manufacturing: US$115 billion per year
>   figure china-ai-value-manufacturing
>   source: AI to add $600bn to Chinese economy by 2030 (whole page)
>   <https://techinformed.com/ai-to-add-600bn-to-chinese-economy-by-2030/>
> - AI value in China: enterprise software: US$80 billion per year
>   figure china-ai-value-enterprise-software
>   source: AI to add $600bn to Chinese economy by 2030 (whole page)
>   <https://techinformed.com/ai-to-add-600bn-to-chinese-economy-by-2030/>
? 0
$ aistrat ask 'Who received the first golden visa?' --limit 1
> - Indonesia — granted: Indonesia's first golden visa goes to Sam Altman (golden-visa-sam-altman)
>   country indonesia
>   source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (intro/2) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>; Observer: Indonesia gives OpenAI's Sam Altman its first golden visa (whole page) <https://observer.com/2023/09/openai-sam-altman-golden-visa-indonedia/>; Indonesia gives OpenAI CEO Sam Altman its first 'golden visa' (whole page) <https://fortune.com/2023/09/05/indonesia-chatgpt-openai-ceo-sam-altman-golden-visa>
? 0
$ aistrat ask 'What does the PRC use AI for in train stations?' --limit 1
> - China — applications (5 in all):
>   - facial recognition in train stations
>   - medical software that supports doctors in diagnosis
>   - industrial processes
>   - medical research
>   - self-driving cars
>   source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (china/1) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0
# A link names its other end beside its title, by the id show takes; JSON carries it as target.
$ aistrat ask "Who launched Stranas KA?" --limit 1 -f json | jq -c '.answers[0] | [.answer, .target]'
> ["Indonesia's National AI Strategy — launched by: Agency for the Assessment and Application of Technology (bppt)",{"kind":"organization","id":"bppt","title":"Agency for the Assessment and Application of Technology"}]
? 0
$ aistrat ask "Where does Indonesia's data come from?" --limit 1 -f json | jq -c '.answers[0] | [.list, .entity.id, [.items[].statement]]'
> ["data-sources","indonesia",["e-commerce","social media","public services"]]
? 0
$ aistrat ask "What does BSSN stand for?" --limit 1 -f json | jq -c '.answers[0] | [.statement, .entity.id, .sources[0].source]'
> ["BSSN; Badan Siber dan Sandi Negara; National Cyber Cryptography Service","bssn","article"]
? 0
$ aistrat ask 'When was Stranas KA launched?' -f json | jq -c '[.prefers, .answers[0].statement]'
> [["date"],"2020-08-10"]
? 0
$ aistrat ask 'How many people live in Indonesia?' -n 1 --format markdown
> - Population of Indonesia: over 270 million people\
>   figure indonesia-population\
>   source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (indonesia/1) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0

# Nothing to look up, or nothing that answers: exit 1.
$ aistrat ask 'what is the'
> Nothing in the knowledge answers this.
? 1
$ aistrat ask 'zzyzx qwerty'
> Nothing in the knowledge answers this.
? 1

# A question has at most 64 words: a longer one is a usage error, at once (15,000 words used to
# take most of a minute).
$ aistrat ask "$(python3 -c "print('education china talent data ' * 3750)")"
! aistrat: error: a question may have at most 64 words; this one has 15000
! Run 'aistrat ask --help' for usage.
? 2
$ aistrat ask "$(python3 -c "print('what about education ' + 'and talent ' * 30)")" -n 1 -f json | jq -r '.answers | length'
> 1
? 0

# A question for a list gets the list whole, in the knowledge's order, citing every item.
$ aistrat ask 'What are the pillars of the strategy?' -n 1
> - Pillars (6 in all):
>   - AI education and research (education)
>   - Applying AI in strategic areas (strategic-application)
>   - Secure data infrastructure (data-infrastructure)
>   - Supportive regulation (regulation)
>   - A robust AI ecosystem (ecosystem)
>   - International cooperation in AI (international-cooperation)
>   source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (intro/1, opportunities/3, intro/2, intro/3) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0
$ aistrat ask "What drives China's AI development?" -n 1 -f json | jq -c '.answers[0] | [.list, .entity.id, (.items | length)]'
> ["drivers","china",2]
? 0

# A kind with one entity is listed as any other: one item, not a figure that counts nothing.
$ aistrat ask -n 1 -f json 'How many events?' | jq -c '[.answered, .answers[0].list, (.answers[0].items | length)]'
> [true,"events",1]
? 0
# So is the kind of sources: every one, or those the entity named cites.
$ aistrat ask -n 1 -f json 'What are the sources of Stranas KA?' | jq -c '[.answered, .answers[0].list, [.answers[0].items[].entity.id]]'
> [true,"sources",["ai-360-caidp","apfc-indonesia-ai","article","safenet-stranas-ka"]]
? 0
# A name the question writes that the knowledge never uses: it says so, and exits 1.
$ aistrat ask 'What did the author say about Taiwan?'
> The knowledge says nothing about Taiwan.
? 1
$ aistrat ask 'What is the capital of France?' -f json | jq -c '[.answered, .unmatched]'
> [false,["France"]]
? 0
# A country is such a name however it is written: in lower case, by its name in ISO 3166.
$ aistrat ask 'what is the ai strategy of singapore'
> The knowledge says nothing about Singapore.
? 1
$ aistrat ask 'when did thailand and viet nam launch their ai strategies?' -f json | jq -c '[.answered, .unmatched]'
> [false,["Thailand","Viet Nam"]]
? 0
# What matches covers too little of the question: the closest, said to be only that.
$ aistrat ask 'What budget was allocated to AI research?' -n 1
> Nothing in the knowledge answers this. Closest:
>
> - Education and research — number: 3
>   priority-area education-research
>   source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (indonesia/1) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>; AI-360 summary of the CAIDP report on Indonesia (whole page) <https://ai-360.online/indonesia-caidp>; Indonesia Leans on Artificial Intelligence for Development (whole page) <https://asiapacific.ca/asia-watch/indonesia-leans-artificial-intelligence-development>
? 1
$ aistrat ask 'What budget was allocated to AI research?' -n 1 -f json | jq -c '[.answered, .unmatched, .answers[0].coverage < 0.4]'
> [false,[],true]
? 0
# A typographic apostrophe splits as the plain one does.
$ aistrat ask 'What is China’s share of GDP from AI?' -n 1 -f json | jq -r '.answers[0].answer'
> AI's value as a share of China's GDP: 3.7%
? 0

# One question a line from standard input: blank lines and comments skipped; JSON Lines.
$ printf 'When was Stranas KA launched?\n\n# a comment\nWhat is the capital of France?\n' | aistrat ask - -n 1 -f json | jq -c '[.question, .answered, .unmatched, .answers[0].answer]'
> ["When was Stranas KA launched?",true,[],"Indonesia's National AI Strategy — launched: 2020-08-10"]
> ["What is the capital of France?",false,["France"],"China — drivers: large-scale investment by the private sector"]
? 0
# A byte-order mark that opens the file is no part of its first line (here a comment).
$ printf '\357\273\277# questions\nWhen was Stranas KA launched?\n' | aistrat ask - -n 1 -f json | jq -c '[.question, .answered]'
> ["When was Stranas KA launched?",true]
? 0
# It exits 1 when any question is not answered.
$ printf 'When was Stranas KA launched?\nWhat is the capital of France?\n' | aistrat ask - -f json > /dev/null
? 1
$ printf 'When was Stranas KA launched?\n' | aistrat ask - -n 1
> When was Stranas KA launched?
>   - Indonesia's National AI Strategy — launched: 2020-08-10
>     strategy stranas-ka
>     source: Priorities and challenges of Indonesia's Artificial Intelligence National Strategy (Stranas KA) (Priorities of Indonesia's AI National Strategy) <https://safenet.or.id/priorities-and-challenges-of-indonesias-artificial-intelligence-national-strategy-stranas-ka/>
? 0
$ printf 'When was Stranas KA launched?\n' | aistrat ask - -n 1 -f markdown
> ## When was Stranas KA launched?
>
> - Indonesia's National AI Strategy — launched: 2020-08-10\
>   strategy stranas-ka\
>   source: Priorities and challenges of Indonesia's Artificial Intelligence National Strategy (Stranas KA) (Priorities of Indonesia's AI National Strategy) <https://safenet.or.id/priorities-and-challenges-of-indonesias-artificial-intelligence-national-strategy-stranas-ka/>
? 0
$ printf '%s\nWho is the president of KORIKA?\n' "$(python3 -c "print('word ' * 70)")" | aistrat ask - -n 1 -f json | jq -c '[.question[0:9], .error, .answered]'
> ["word word","a question may have at most 64 words; this one has 70",null]
> ["Who is th",null,true]
? 0
$ printf 'When?\n' | aistrat ask - -f yaml
! aistrat: error: 'ask -' prints text, markdown or json (one object a line), and no template
! Run 'aistrat ask --help' for usage.
? 2
# Each answer is printed as soon as its question is read, before standard input ends.
$ coproc ASK { aistrat ask - -n 1; }; echo 'When was Stranas KA launched?' >&"${ASK[1]}"; IFS= read -r -t 60 line <&"${ASK[0]}"; echo "$line"; exec {ASK[1]}>&-; wait
> When was Stranas KA launched?
? 0
# A line with no words is a question that cannot be asked: an error in its place, exit 1.
$ printf '(((\nWhen was Stranas KA launched?\n' | aistrat ask - -n 1 -f json | jq -c '[.question, .error, .answered]'
> ["(((","the question has no words",null]
> ["When was Stranas KA launched?",null,true]
? 0
$ printf '?!\n' | aistrat ask - -n 1
> ?!
>   error: the question has no words
? 1
# With -n 0 every statement that matches is weighed, not the 2,000 the index ranks best.
$ aistrat ask -n 0 'What is China doing?' -f json | jq '.answers | length > 3'
> true
? 0
# The pillars of the strategy Indonesia has: a list, through the strategy, though no pillar
# links to Indonesia itself.
$ aistrat ask -n 1 "What are the pillars of Indonesia's strategy?"
> - Pillars (6 in all):
>   - AI education and research (education)
>   - Applying AI in strategic areas (strategic-application)
>   - Secure data infrastructure (data-infrastructure)
>   - Supportive regulation (regulation)
>   - A robust AI ecosystem (ecosystem)
>   - International cooperation in AI (international-cooperation)
>   source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (intro/1, opportunities/3, intro/2, intro/3) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0
# Lines may end in CR LF or in a lone CR, as well as in LF.
$ printf 'When was Stranas KA launched?\rWhat is the capital of France?\r\nWho founded KORIKA?\n' | aistrat ask - -n 1 -f json | jq -c '.question'
> "When was Stranas KA launched?"
> "What is the capital of France?"
> "Who founded KORIKA?"
? 0
$ aistrat ask - < /dev/null
? 0
# Standard input closed is no empty input, cold or warm: the number 0 is kept from the files
# a run opens (a cache file opened as 0 was read as the questions, exit 0).
$ aistrat cache clear > /dev/null; for run in cold warm; do aistrat ask - <&- 2>&1; echo "$run: $?"; done
> aistrat: error: cannot read the questions from standard input
> cold: 4
> aistrat: error: cannot read the questions from standard input
> warm: 4
? 0
# A question that asks which source says something gets, first, the sources its best answers
# cite, each with the answer it is cited for and only its own citations.
$ aistrat ask -f json "Which source is cited for the launch date of Stranas KA?" | jq -c '.prefers, [.answers[] | [.entity.id, .cited_for.entity.id, [.sources[].source]]]'
> ["date","source"]
> [["safenet-stranas-ka","stranas-ka",["safenet-stranas-ka"]],["stranas-ka",null,["safenet-stranas-ka"]],["bppt",null,["safenet-stranas-ka"]]]
? 0
$ aistrat ask -n 1 "What source says Hammam Riza heads KORIKA?"
> - How Indonesia's new national strategy aims to accelerate the growth of Southeast Asia's largest AI ecosystem (GovInsider, news interview)
>   source govinsider-korika
>   cited for: Hammam Riza — role: President of KORIKA
>   source: How Indonesia's new national strategy aims to accelerate the growth of Southeast Asia's largest AI ecosystem (whole page) <https://govinsider.asia/intl-en/article/how-indonesias-new-national-strategy-aims-to-accelerate-the-growth-southeast-asias-largest-ai-ecosystem>
? 0
# A source cited for a part of the claim does not say it: Hammam Riza's role names no BSSN.
$ aistrat ask -n 1 -f json "Which source says Hammam Riza heads BSSN?" | jq -c '[.answered, .answers[0].entity.id, .answers[0].cited_for.entity.id]'
> [false,"govinsider-korika","hammam-riza"]
? 0
# A folder's vocabulary may add cues for sources; a misspelt preference is an error with
# did-you-mean.
$ mkdir -p "$SCRATCH/kb" && printf 'cues:\n  - prefer: source\n    phrases: [vouches for]\n' > "$SCRATCH/kb/vocabulary.yaml" && aistrat --kb "$SCRATCH/kb" ask -n 1 -f json "What vouches for the launch date of Stranas KA?" | jq -c '[.prefers, .answers[0].entity.id]'
> [["date","source"],"safenet-stranas-ka"]
? 0
$ mkdir -p "$SCRATCH/kb" && printf 'cues:\n  - prefer: sorce\n    phrases: [vouches for]\n' > "$SCRATCH/kb/vocabulary.yaml" && aistrat --kb "$SCRATCH/kb" check 2>&1 | sed "s|$SCRATCH|S|g"
> S/kb/vocabulary.yaml:2:13: error: unknown preference 'sorce'; did you mean 'source'?
? 0
$ mkdir -p "$SCRATCH/kb" && printf 'cues:\n  - prefer: number\n    concept: maybe\n    phrases: [budget]\n' > "$SCRATCH/kb/vocabulary.yaml" && aistrat --kb "$SCRATCH/kb" check 2>&1 | sed "s|$SCRATCH|S|g"
> S/kb/vocabulary.yaml:3:14: error: 'concept' must be true or false, found 'maybe'
? 0
# A source answer cited for a list names the list, not its first item; and whether it answers
# is the cited answer's say (prose without a number answers no "how many").
$ aistrat ask -n 1 -f json "Which report is cited for the focus areas of Stranas KA?" | jq -c '.answers[0].cited_for | [.answer, .list, .entity]'
> ["Focus areas (4 in all)","focus-areas",null]
? 0
$ aistrat ask -n 1 -f json "Which source says how many startups Indonesia has?" | jq -c '[.answered, .answers[0].entity.kind]'
> [false,"source"]
? 0
# A name is no date, whatever digits it holds: the question declines.
$ mkdir -p "$SCRATCH/zorb" && printf 'kind: organization\nid: zorb\ntitle: Zorb Council\nsummary: The Zorb Council was formed by the Zorb people long ago.\naliases: [Zorb Council 9]\nsources: [{source: article, locator: intro/1}]\n' > "$SCRATCH/zorb/z.yaml" && aistrat --kb "$SCRATCH/zorb" ask -n 1 -f json "When was the Zorb Council formed?" | jq -c '[.answered, .answers[0].field]'
> [false,"summary"]
? 0

# A field the question asks for by its phrase (who wrote: a source's author) that no entity
# it could come from holds: said so, exit 1; "according to the author" asks for no field.
$ aistrat ask 'Who wrote the article?'
> The knowledge does not give the author of A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together.
? 1
$ aistrat ask 'Article author name?' -f json | jq -c '[.answered, .not_given]'
> [false,[{"field":"source.author","entities":[]}]]
? 0
$ aistrat ask 'According to the author, what drives China?' -f json | jq -c '[.answered, .not_given, .fields]'
> [true,[],["country.drivers"]]
? 0
# "According to" a source answers only from what it is cited for: Fortune gives no such figure.
$ aistrat ask 'According to Fortune, how much could AI add to China'"'"'s economy?' -f json | jq -c '[.answered, [.answers[0].sources[].source]]'
> [false,["article","techinformed-mckinsey"]]
? 0
# A list the knowledge says is empty (a coverage relation, as report gaps lists) is no answer;
# with --stated-only, knowledge exchange supports no pillar that a source states.
$ aistrat ask 'Which opportunities serve health?' -f json | jq -c '.answered'
> false
? 0
$ cd "$SCRATCH" && aistrat --stated-only ask -n 1 'Which pillars does knowledge exchange support?' > out; echo "exit $?"; head -1 out
> exit 1
> Nothing in the knowledge answers this. Closest:
? 0
# An entity named by its kind through another is in scope: China's plan is China's strategy.
$ aistrat ask 'What is the purpose of China'"'"'s plan?'
> The knowledge does not give the purpose of New Generation Artificial Intelligence Development Plan.
? 1
# "How many X" wants a count of X: a figure of something else is no answer.
$ aistrat ask 'How many Indonesian engineers were trained in China?' -f json | jq -c '.answered'
> false
? 0
