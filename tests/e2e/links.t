# Web addresses in prose become links in HTML and markdown, whole and nothing more.
# links/notes.yaml holds addresses in brackets, before CJK punctuation and a no-break space,
# in curly quotes, and one long enough for a search snippet to cut.
# A search match inside an address: the link is the whole address, highlighted around it.
$ aistrat --kb links search wikipedia -f html | grep -o 'see .*</mark>'
> see <mark><a href="https://en.wikipedia.org/wiki/Mercury_(planet)">https://en.wikipedia.org/wiki/Mercury_(planet)</a></mark>
? 0
$ aistrat --kb links search wikipedia -f markdown | cmark-gfm -e table | grep -o 'see .*</strong>'
> see <strong><a href="https://en.wikipedia.org/wiki/Mercury_(planet)">https://en.wikipedia.org/wiki/Mercury_(planet)</a></strong>
? 0
# An address ends at CJK and full-width punctuation, a no-break space and a curly quote; it may
# start after a curly quote. A url field is one address, its last character included.
$ aistrat --kb links show punctuation -f html | grep -o '<a href="[^"]*">'
> <a href="https://e.org/a">
> <a href="https://e.org/b">
> <a href="https://e.org/c">
> <a href="https://e.org/g">
> <a href="https://e.org/f">
> <a href="https://e.org/e">
> <a href="https://e.org/h">
> <a href="https://e.org/page.">
? 0
$ aistrat --kb links show punctuation -f markdown | grep -o '<https[^>]*>'
> <https://e.org/a>
> <https://e.org/b>
> <https://e.org/c>
> <https://e.org/g>
> <https://e.org/f>
> <https://e.org/e>
> <https://e.org/h>
> <https://e.org/page.>
? 0
# A snippet that cuts an address leaves it unlinked: half an address leads somewhere else.
# In markdown its ':' is escaped, so that GFM does not link it from the text either.
$ aistrat --kb links search quagga -f html | grep -o 'comes [^ ]\{0,30\}'
> comes https://example.org/aaaaaaaaaa
? 0
$ aistrat --kb links search quagga -f markdown | grep -o 'comes [^ ]\{0,30\}'
> comes https\://example.org/aaaaaaaaa
? 0
