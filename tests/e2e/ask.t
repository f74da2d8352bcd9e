# aistrat ask: the statements that answer a question, each with its entity and source.
$ COLUMNS=100 aistrat ask "How much could AI add to China's economy each year?"
> - figure: about US$600 billion per year
>   Yearly value AI could add to China's economy (figure china-ai-annual-value)
>   source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (china/1)
>   <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>;
>   AI to add $600bn to Chinese economy by 2030 (whole page)
>   <https://techinformed.com/ai-to-add-600bn-to-chinese-economy-by-2030/>
> - figure: US$115 billion per year
>   AI value in China: manufacturing (figure china-ai-value-manufacturing)
>   source: AI to add $600bn to Chinese economy by 2030 (whole page)
>   <https://techinformed.com/ai-to-add-600bn-to-chinese-economy-by-2030/>
> - figure: US$80 billion per year
>   AI value in China: enterprise software (figure china-ai-value-enterprise-software)
>   source: AI to add $600bn to Chinese economy by 2030 (whole page)
>   <https://techinformed.com/ai-to-add-600bn-to-chinese-economy-by-2030/>
? 0
$ aistrat ask 'Who received the first golden visa?' --limit 1
> - granted: Indonesia's first golden visa goes to Sam Altman
>   Indonesia (country indonesia)
>   source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (intro/2) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>; Observer: Indonesia gives OpenAI's Sam Altman its first golden visa (whole page) <https://observer.com/2023/09/openai-sam-altman-golden-visa-indonedia/>; Indonesia gives OpenAI CEO Sam Altman its first 'golden visa' (whole page) <https://fortune.com/2023/09/05/indonesia-chatgpt-openai-ceo-sam-altman-golden-visa>
? 0
$ aistrat ask 'What does the PRC use AI for in train stations?' --limit 1
> - applications: facial recognition in train stations
>   China (country china)
>   source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (china/1) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0
$ aistrat ask "What does BSSN stand for?" --limit 1 -f json | jq -c '.answers[0] | [.statement, .entity.id, .sources[0].source]'
> ["BSSN; Badan Siber dan Sandi Negara; National Cyber Cryptography Service","bssn","article"]
? 0
$ aistrat ask 'When was Stranas KA launched?' -f json | jq -c '[.prefers, .answers[0].statement]'
> [["date"],"2020-08-10"]
? 0
$ aistrat ask 'How many people live in Indonesia?' -n 1 --format markdown
> - figure: over 270 million people\
>   Population of Indonesia (figure indonesia-population)\
>   source: A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together (indonesia/1) <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0

# Nothing to look up, or nothing that answers: exit 1.
$ aistrat ask 'what is the'
! aistrat: error: nothing in the knowledge answers 'what is the'
? 1
$ aistrat ask 'zzyzx qwerty'
! aistrat: error: nothing in the knowledge answers 'zzyzx qwerty'
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
