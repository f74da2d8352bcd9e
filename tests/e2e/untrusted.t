# Data is untrusted: wide characters align, control characters are escaped, markdown is escaped.
$ aistrat list organizations --kb wide --format text
> ID                                  TITLE                                                                              TYPE
> bppt                                Agency for the Assessment and Application of Technology                            agency
> bssn                                National Cyber and Crypto Agency                                                   government agency
> directorate-general-of-immigration  Directorate General of Immigration                                                 government directorate
> korika                              Indonesian Artificial Intelligence Industry Research and Innovation Collaboration  AI research and innovation collaboration
> mckinsey                            McKinsey & Company                                                                 consultancy
> openai                              OpenAI                                                                             technology company
> state-council                       State Council of the People's Republic of China                                    government body
> cas                                 中国科学院 | Chinese Academy of Sciences                                           research academy | *state*
> formula-corp                        =HYPERLINK("http://example.invalid","click")                                       -starts with a minus
? 0
$ COLUMNS=60 aistrat show cas --kb wide
> 中国科学院 | Chinese Academy of Sciences
>
> An example with wide characters, markup <b>like this</b> and
> a raw \x1b[31mescape\x1b[0m.
>
> kind     organization
> id       cas
> aliases  中科院; CAS
> type     research academy | *state*
>
> Sources
>   - [1] article (china/1): A Robust AI Ecosystem: How
>     Indonesia and China Can Achieve It Together, Modern
>     Diplomacy
>     <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0
$ aistrat show cas --kb wide --format markdown
> # 中国科学院 | Chinese Academy of Sciences
>
> An example with wide characters, markup \<b>like this\</b> and a raw \\x1b[31mescape\\x1b[0m.
>
> **kind**: organization\
> **id**: cas\
> **aliases**: 中科院; CAS\
> **type**: research academy | \*state\*
>
> ## Sources
>
> - [1] article (china/1): A Robust AI Ecosystem: How Indonesia and China Can Achieve It Together, Modern Diplomacy <https://moderndiplomacy.eu/2024/04/01/a-robust-ai-ecosystem-how-indonesia-and-china-can-achieve-it-together/>
? 0
$ aistrat show cas --kb wide --format json | jq '.entity.summary'
> "An example with wide characters, markup <b>like this</b> and a raw \u001b[31mescape\u001b[0m."
? 0
