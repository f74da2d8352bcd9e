# The persistent cache: written on the first run, used while nothing changes, rebuilt when a
# file changes, never in the way. (Each `$` line starts with an empty HOME, so steps that
# depend on each other share a line.)

# The first run writes the knowledge's entry; `cache info` marks it as this knowledge's.
$ aistrat list pillars > /dev/null && aistrat cache info --format json | jq -c '[.used, (.files | map([.holds, .current, .entities]))]'
> [true,[["knowledge",true,54]]]
? 0
$ aistrat cache info | tail -1
> The cache is empty.
? 0
# JSON lists an entry's folders one by one: a folder named "a, b" is one.
$ cd "$SCRATCH" && mkdir 'a, b' c && aistrat new person p-one > 'a, b/p.yaml' && aistrat new person p-two > c/p.yaml && aistrat --kb 'a, b' --kb c list people > /dev/null && aistrat --kb 'a, b' --kb c cache info -f json | jq -c '.files[] | select(.current) | .folders'
> ["<builtin>","a, b","c"]
? 0
# A folder named twice is loaded once, so it is the same knowledge and the same entry
# (attack 29: '--kb k --kb k' wrote a second entry).
$ cd "$SCRATCH" && mkdir k && aistrat --no-cache new person p-one > k/p.yaml && aistrat --kb k list people > /dev/null && aistrat --kb k --kb k list people > /dev/null && aistrat --kb k --kb k/ list people > /dev/null && aistrat cache info -f json | jq '.files | length'
> 1
? 0

# A search also keeps its index; a second search reads it.
$ aistrat search talent > "$SCRATCH/a" && aistrat search talent > "$SCRATCH/b" && cmp "$SCRATCH/a" "$SCRATCH/b" && aistrat cache info --format json | jq -c '[.files[].holds] | sort'
> ["knowledge","search index"]
? 0

# A cache file grown past anything the cache writes (sparse, 200 GiB, with a header to match)
# is not read into memory: it is rebuilt (it was read whole, and every run ran out of memory).
$ aistrat search talent > "$SCRATCH/a" && for f in "$SCRATCH"/.cache/aistrat/*; do python3 -c 'import sys, struct, os; f = sys.argv[1]; b = bytearray(open(f, "rb").read()); size = struct.unpack(">H", b[16:18])[0]; pages = (200 << 30) // size; b[28:32] = struct.pack(">I", pages); open(f, "wb").write(b); os.truncate(f, pages * size)' "$f"; done && aistrat search talent > "$SCRATCH/b" && cmp "$SCRATCH/a" "$SCRATCH/b" && aistrat cache info | grep -c damaged; find "$SCRATCH/.cache" -size +100M | wc -l
> 0
> 0
? 0

# --no-cache and AISTRAT_NO_CACHE leave the cache alone.
$ aistrat --no-cache list pillars > /dev/null && AISTRAT_NO_CACHE=1 aistrat list pillars > /dev/null && ls -A "$SCRATCH"
? 0
$ aistrat --no-cache cache info | grep used
> used            no (--no-cache or AISTRAT_NO_CACHE)
? 0

# `cache clear` removes every file.
$ aistrat search talent > /dev/null && aistrat cache clear | sed "s|$SCRATCH|H|" && aistrat cache info --format json | jq '.files | length'
> removed 2 files from H/.cache/aistrat
> 0
? 0

# A changed file is noticed: the entry is rebuilt, and the answer is the new one.
$ cp -r standalone "$SCRATCH/kb" && aistrat --no-builtin --kb "$SCRATCH/kb" list notes --format json | jq -c '[.entities[].title]' && sed -i 's/^title: First note/title: Changed/' "$SCRATCH/kb/notes.yaml" && aistrat --no-builtin --kb "$SCRATCH/kb" list notes --format json | jq -c '[.entities[].title]'
> ["First note","Second note"]
> ["Changed","Second note"]
? 0

# A file added or removed is noticed too.
$ cp -r standalone "$SCRATCH/kb" && aistrat --no-builtin --kb "$SCRATCH/kb" check && printf 'kind: note\nid: third\ntitle: Third\nsummary: s\nbody: b\n' > "$SCRATCH/kb/third.yaml" && aistrat --no-builtin --kb "$SCRATCH/kb" check && rm "$SCRATCH/kb/notes.yaml" && aistrat --no-builtin --kb "$SCRATCH/kb" check
> ok: 2 entities (2 notes)
> ok: 3 entities (3 notes)
> ok: 1 entity (1 note)
? 0

# An edit that keeps the size and puts the modification time back is still noticed.
$ cp -r standalone "$SCRATCH/kb" && f="$SCRATCH/kb/notes.yaml" && touch -d '2020-01-01' "$f" && aistrat --no-builtin --kb "$SCRATCH/kb" list notes --format json | jq -c '[.entities[].title]' && sed -i 's/First note/Fxrst note/' "$f" && touch -d '2020-01-01' "$f" && aistrat --no-builtin --kb "$SCRATCH/kb" list notes --format json | jq -c '[.entities[].title]'
> ["First note","Second note"]
> ["Fxrst note","Second note"]
? 0

# Diagnostics come from the cache as they came from the files, with the same exit code.
$ aistrat --no-builtin --kb broken check > "$SCRATCH/a" 2>&1; echo "exit $?"; aistrat --no-builtin --kb broken check > "$SCRATCH/b" 2>&1; echo "exit $?"; cmp "$SCRATCH/a" "$SCRATCH/b" && aistrat cache info --format json | jq '.files | length'
> exit 3
> exit 3
> 1
? 0

# A damaged cache file is rebuilt without a word.
$ aistrat list pillars > "$SCRATCH/a" && for f in "$SCRATCH"/.cache/aistrat/*; do printf 'not a database' > "$f"; done && aistrat list pillars > "$SCRATCH/b" && cmp "$SCRATCH/a" "$SCRATCH/b" && aistrat cache info --format json | jq -c '[.files[] | [.holds, .entities]]'
> [["knowledge",54]]
? 0

# An unwritable cache folder: one warning, and the command still works.
$ XDG_CACHE_HOME=/dev/null aistrat search talent 2>&1 | head -3
> aistrat: warning: cannot write the cache in /dev/null/aistrat: Not a directory; running without it
> KIND        ID                  TITLE                             MATCH
> focus-area  talent-development  Talent development                title: Talent development [1]
? 0

# Temporary files of a run still writing (here the shell's own process) are never read, and
# `cache info` shows them; `cache clear` leaves them to their run. Those of a run that was
# stopped (a process that is gone, a minute ago) or named by no process are removed when the
# next entry is written.
$ mkdir -p "$SCRATCH/.cache/aistrat" && printf 'half' > "$SCRATCH/.cache/aistrat/0123456789abcdef.knowledge.tmp-$$-0000" && aistrat list pillars > /dev/null && aistrat cache info --format json | jq -c '[.files[].holds] | sort' && aistrat cache clear | sed "s|$SCRATCH|S|" && ls "$SCRATCH/.cache/aistrat" | sed "s/-$$-/-PID-/"
> ["knowledge","unfinished"]
> removed 1 file from S/.cache/aistrat
> 0123456789abcdef.knowledge.tmp-PID-0000
? 0
$ mkdir -p "$SCRATCH/.cache/aistrat" && printf 'half' > "$SCRATCH/.cache/aistrat/0123456789abcdef.knowledge.tmp-999999999-0000" && aistrat list pillars > /dev/null && aistrat cache info --format json | jq -c '[.files[].holds] | sort'
> ["knowledge"]
? 0

# No cache without an absolute XDG_CACHE_HOME or a home folder that exists: a relative
# XDG_CACHE_HOME is ignored (the XDG rules), and a missing home folder is never made.
$ mkdir -p "$SCRATCH/w" && cd "$SCRATCH/w" && XDG_CACHE_HOME=rel aistrat list pillars > /dev/null && ls -A "$SCRATCH/w" && ls "$SCRATCH/.cache/aistrat" | sed 's/^[0-9a-f]*/KEY/'
> KEY.knowledge
? 0
$ HOME="$SCRATCH/missing" aistrat list pillars > /dev/null && HOME="$SCRATCH/missing" aistrat cache info | head -3; test -e "$SCRATCH/missing" || echo "no home folder made"
> Cache
>
> folder          (none: no absolute XDG_CACHE_HOME, and no HOME folder)
> no home folder made
? 0

# A search index with rows for entities and statements that do not exist is not read but
# rebuilt: no answer from it, no crash.
# (The rows go into FTS5's own content tables: Python's sqlite3 has no aistrat tokenizer.)
$ aistrat search talent > /dev/null && python3 -c 'import glob, sqlite3; db = sqlite3.connect(glob.glob("'"$SCRATCH"'/.cache/aistrat/*.search")[0]); db.execute("INSERT INTO entity_fts_content(id, c0, c1, c2, c3) VALUES (5000000, ?, ?, ?, ?)", ("zzzqqq", "", "", "")); db.execute("INSERT INTO statement_fts_content(id, c0, c1) VALUES (7000000, ?, ?)", ("zzzqqq", "")); db.commit()' && aistrat search zzzqqq; aistrat ask 'zzzqqq who'; aistrat search talent | head -2
> Nothing in the knowledge answers this.
> KIND        ID                  TITLE                             MATCH
> focus-area  talent-development  Talent development                title: Talent development [1]
! aistrat: error: nothing matches 'zzzqqq'
? 0

# A search index whose statements are not those of the knowledge (each entity's count moved
# by one, then the total raised) is a miss, rebuilt: the same answers, never an error.
$ aistrat search talent > /dev/null && python3 -c 'import glob, sqlite3, struct; db = sqlite3.connect(glob.glob("'"$SCRATCH"'/.cache/aistrat/*.search")[0]); f = bytearray(db.execute("SELECT firsts FROM entity_statements").fetchone()[0]); struct.pack_into("<I", f, 4, struct.unpack_from("<I", f, 4)[0] + 1); db.execute("UPDATE entity_statements SET firsts = ?", (bytes(f),)); db.commit()' && aistrat search talent | head -3
> KIND        ID                  TITLE                             MATCH
> focus-area  talent-development  Talent development                title: Talent development [1]
> pillar      education           AI education and research         corresponds-to: Talent development [2]
? 0
$ aistrat search talent > /dev/null && python3 -c 'import glob, sqlite3, struct; db = sqlite3.connect(glob.glob("'"$SCRATCH"'/.cache/aistrat/*.search")[0]); f = bytearray(db.execute("SELECT firsts FROM entity_statements").fetchone()[0]); struct.pack_into("<I", f, len(f) - 4, struct.unpack_from("<I", f, len(f) - 4)[0] + 5); db.execute("UPDATE entity_statements SET firsts = ?", (bytes(f),)); db.commit()' && aistrat search talent | head -3 && aistrat ask 'who announced the strategy?' > "$SCRATCH/cached" && aistrat --no-cache ask 'who announced the strategy?' > "$SCRATCH/fresh" && cmp "$SCRATCH/cached" "$SCRATCH/fresh" && echo 'ask: the same answer' && head -1 "$SCRATCH/fresh"
> KIND        ID                  TITLE                             MATCH
> focus-area  talent-development  Talent development                title: Talent development [1]
> pillar      education           AI education and research         corresponds-to: Talent development [2]
> ask: the same answer
> - Indonesian Artificial Intelligence Industry Research and Innovation Collaboration: KORIKA, the Indonesian collaboration body for AI research and innovation through which the national AI strategy was announced; the article calls it "Corica".
? 0

# The schema and the vocabulary are files of the knowledge like the others: a change to
# one is noticed, even one that keeps the size and the modification time.
$ mkdir -p "$SCRATCH/kb" && cp standalone/* "$SCRATCH/kb/" && f="$SCRATCH/kb/schema.yaml" && touch -d '2020-01-01' "$f" && aistrat --no-builtin --kb "$SCRATCH/kb" check && sed -i 's/required: true/required: fals/' "$f" && touch -d '2020-01-01' "$f" && aistrat --no-builtin --kb "$SCRATCH/kb" check 2>&1 | sed "s|$SCRATCH|S|"
> ok: 2 entities (2 notes)
> S/kb/schema.yaml:6:44: error: 'required' must be true or false, found 'fals'
? 0

# An entry copied to the key of other settings (the same folder without the built-in
# knowledge) is not used for them: it was, listing the built-in countries.
$ aistrat --kb extra list countries > /dev/null && A=$(aistrat --kb extra cache info -f json | jq -r .key) && B=$(aistrat --kb extra --no-builtin cache info -f json | jq -r .key) && cp "$SCRATCH/.cache/aistrat/$A.knowledge" "$SCRATCH/.cache/aistrat/$B.knowledge" && aistrat --kb extra --no-builtin list countries 2>&1 | head -3
> extra/opportunities/joint-data-centre.yaml:11:14: error: 'supports' links to unknown pillar 'data-infrastructure'
> extra/opportunities/joint-data-centre.yaml:11:35: error: 'supports' links to unknown pillar 'education'
> extra/opportunities/joint-data-centre.yaml:12:14: error: 'partners' links to unknown country 'china'
? 0

# A cache file grown past the size its header gives is not read (it was read whole: a file
# grown to 64 GB meant out of memory on every run); it is rebuilt.
$ aistrat search talent > /dev/null && K=$(ls "$SCRATCH"/.cache/aistrat/*.knowledge) && S=$(ls "$SCRATCH"/.cache/aistrat/*.search) && truncate -s 64G "$K" "$S" && aistrat search talent -n 1 | head -2 && aistrat search talent -n 1 | tail -1 && find "$SCRATCH/.cache/aistrat" -size +100M | wc -l
> KIND        ID                  TITLE               MATCH
> focus-area  talent-development  Talent development  title: Talent development [1]
>   - [1] source: AI-360 summary of the CAIDP report on Indonesia (whole page) <https://ai-360.online/indonesia-caidp>
> 0
? 0

# A FIFO put in place of a cache file never blocks a run: it is not a cache file, so the
# entry is rebuilt and replaces it; `cache clear` removes it too.
$ aistrat list pillars > /dev/null && K=$(ls "$SCRATCH"/.cache/aistrat/*.knowledge) && rm "$K" && mkfifo "$K" && timeout 10 aistrat list pillars | head -2 && test -f "$K" && echo "rebuilt as a file"
> ID                         TITLE                            NUMBER
> education                  AI education and research        1
> rebuilt as a file
? 0
$ aistrat search talent > /dev/null && S=$(ls "$SCRATCH"/.cache/aistrat/*.search) && rm "$S" && mkfifo "$S" && timeout 10 aistrat search talent -n 1 | head -2; aistrat cache info -f json | jq -r '.files[].holds' | sort | uniq -c | sed 's/^ *//'
> KIND        ID                  TITLE               MATCH
> focus-area  talent-development  Talent development  title: Talent development [1]
> 1 knowledge
> 1 search index
? 0
$ mkdir -p "$SCRATCH/.cache/aistrat" && mkfifo "$SCRATCH/.cache/aistrat/0000000000000000.knowledge" && timeout 10 aistrat cache info -f json | jq -r '.files[] | select(.key == "0000000000000000") | .holds' && aistrat cache clear | sed "s|$SCRATCH|S|" && ls -A "$SCRATCH/.cache/aistrat" | wc -l
> knowledge
> removed 1 file from S/.cache/aistrat
> 0
? 0

# Only files named as the cache names them are its own: cache clear and eviction leave the
# rest alone (my.knowledge and notes.search were removed).
$ cd "$SCRATCH" && export XDG_CACHE_HOME="$SCRATCH/c" && mkdir -p c/aistrat && touch c/aistrat/my.knowledge c/aistrat/notes.search c/aistrat/.hidden.knowledge && aistrat search education > /dev/null && aistrat cache clear | sed "s|$SCRATCH|S|" && ls -A c/aistrat
> removed 2 files from S/c/aistrat
> .hidden.knowledge
> my.knowledge
> notes.search
? 0

# A file where the cache folder should be: not used, and said so; a temporary file named
# as no run names it (no process id, or one past 2^22) is cleared.
$ mkdir -p "$SCRATCH/x" && touch "$SCRATCH/x/aistrat" && XDG_CACHE_HOME="$SCRATCH/x" aistrat cache info -f json | jq -c '[.used, .bytes]'
> [false,0]
? 0
$ mkdir -p "$SCRATCH/.cache/aistrat" && cd "$SCRATCH/.cache/aistrat" && touch 0123456789abcdef.knowledge.tmp--1-ab 0123456789abcdef.knowledge.tmp-99999999999999999999999-ab 0123456789abcdef.knowledge.tmp- && aistrat cache clear | sed "s|$SCRATCH|S|" && ls -A | wc -l
> removed 3 files from S/.cache/aistrat
> 0
? 0

# A rebuilt binary of the same version (a fixed checker, say) does not trust what an older
# build cached: the executable's size and time are part of the key.
$ cp "$(command -v aistrat)" "$SCRATCH/aistrat" && "$SCRATCH/aistrat" list pillars > /dev/null && "$SCRATCH/aistrat" cache info --format json | jq -c '[.files[] | .current]' && touch -d 2001-01-01 "$SCRATCH/aistrat" && "$SCRATCH/aistrat" cache info --format json | jq -c '[.files[] | .current]'
> [true]
> [false]
? 0

# A cache folder another user owns, or that every user may write in, is not used (they
# could put any knowledge there, checksum and all), and `cache info` says why.
$ mkdir -p "$SCRATCH/.cache/aistrat" && chown nobody "$SCRATCH/.cache/aistrat" && aistrat list pillars 2>&1 >/dev/null | sed "s|$SCRATCH|H|" && aistrat cache info | grep used
> aistrat: warning: cannot use the cache in H/.cache/aistrat: it belongs to another user; running without it
> used            no (it belongs to another user)
? 0
$ mkdir -p "$SCRATCH/.cache/aistrat" && chmod 777 "$SCRATCH/.cache/aistrat" && aistrat list pillars 2>&1 >/dev/null | sed "s|$SCRATCH|H|"
> aistrat: warning: cannot use the cache in H/.cache/aistrat: every user may write in it; running without it
? 0
# A cache file another user owns is rebuilt, not read.
$ aistrat list pillars > /dev/null && f=$(ls "$SCRATCH"/.cache/aistrat/*.knowledge) && chown nobody "$f" && aistrat list pillars > /dev/null && stat -c %U "$(ls "$SCRATCH"/.cache/aistrat/*.knowledge)"
> root
? 0

# Without a HOME or an absolute XDG_CACHE_HOME there is no cache, and nothing blames options.
$ env -u HOME aistrat cache info | grep -E '^(folder|used)'
> folder          (none: no absolute XDG_CACHE_HOME, and no HOME folder)
> used            no
? 0

# `cache clear` removes only the user's own files.
$ aistrat list pillars > /dev/null && f=$(ls "$SCRATCH"/.cache/aistrat/*.knowledge) && cp "$f" "$SCRATCH/.cache/aistrat/0123456789abcdef.knowledge" && chown nobody "$SCRATCH/.cache/aistrat/0123456789abcdef.knowledge" && aistrat cache clear | sed "s|$SCRATCH|H|" && ls "$SCRATCH/.cache/aistrat"
> removed 1 file from H/.cache/aistrat
> 0123456789abcdef.knowledge
? 0

# A file where the cache folder should be: clear says nothing is removed, and why.
$ mkdir -p "$SCRATCH/c" && touch "$SCRATCH/c/aistrat" && XDG_CACHE_HOME="$SCRATCH/c" aistrat cache clear | sed "s|$SCRATCH|S|"; ls "$SCRATCH/c"
> nothing removed: S/c/aistrat is not a folder, so no run uses it as the cache
> aistrat
? 0

# The folders the cache makes, the base folder too, are the user's alone (0700, as the XDG
# spec asks), whatever the umask; folders that were there are left as they are.
$ mkdir -p "$SCRATCH/x" && chmod 755 "$SCRATCH/x" && (umask 022; XDG_CACHE_HOME="$SCRATCH/x/base/cache" aistrat list pillars > /dev/null) && stat -c '%a %n' "$SCRATCH/x" "$SCRATCH/x/base" "$SCRATCH/x/base/cache" "$SCRATCH/x/base/cache/aistrat" | sed "s|$SCRATCH|S|"
> 755 S/x
> 700 S/x/base
> 700 S/x/base/cache
> 700 S/x/base/cache/aistrat
? 0
