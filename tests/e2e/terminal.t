# Colour: only on a terminal (TERM not dumb), never with a non-empty NO_COLOR, always with
# CLICOLOR_FORCE or --color always; --color never wins over all.
$ aistrat list pillars --limit 1 | cat -v
> ID         TITLE                      NUMBER
> education  AI education and research  1
? 0
$ aistrat list pillars --limit 1 --color always | cat -v
> ^[[1mID^[[22m         ^[[1mTITLE^[[22m                      ^[[1mNUMBER^[[22m
> education  AI education and research  1
? 0
$ NO_COLOR= CLICOLOR_FORCE=1 aistrat list pillars --limit 1 | cat -v
> ^[[1mID^[[22m         ^[[1mTITLE^[[22m                      ^[[1mNUMBER^[[22m
> education  AI education and research  1
? 0
$ CLICOLOR_FORCE=1 NO_COLOR=1 aistrat list pillars --limit 1 | cat -v
> ID         TITLE                      NUMBER
> education  AI education and research  1
? 0
$ TERM=xterm NO_COLOR= script -qec "aistrat list pillars --limit 1" /dev/null | tr -d '\r' | cat -v
> ^[[1mID^[[22m         ^[[1mTITLE^[[22m                      ^[[1mNUMBER^[[22m
> education  AI education and research  1
? 0
$ TERM=xterm NO_COLOR=1 script -qec "aistrat list pillars --limit 1" /dev/null | tr -d '\r' | cat -v
> ID         TITLE                      NUMBER
> education  AI education and research  1
? 0
$ TERM=xterm NO_COLOR= script -qec "aistrat list pillars --limit 1 --color never" /dev/null | tr -d '\r' | cat -v
> ID         TITLE                      NUMBER
> education  AI education and research  1
? 0
$ aistrat list pillars --color sometimes
! aistrat: error: --color: sometimes not in {auto,always,never}
! Run 'aistrat list --help' for usage.
? 2

# A pager for long output on a terminal only: AISTRAT_PAGER, then PAGER; --no-pager; never in a pipe.
$ TERM=xterm script -qec "stty rows 5 cols 80; AISTRAT_PAGER='sed s/^/paged:/' aistrat list pillars" /dev/null | tr -d '\r' | head -2
> paged:ID                         TITLE                            NUMBER
> paged:education                  AI education and research        1
? 0
$ TERM=xterm script -qec "stty rows 5 cols 80; AISTRAT_PAGER='sed s/^/paged:/' aistrat list pillars --no-pager" /dev/null | tr -d '\r' | head -2
> ID                         TITLE                            NUMBER
> education                  AI education and research        1
? 0
$ TERM=xterm script -qec "stty rows 50 cols 80; AISTRAT_PAGER='sed s/^/paged:/' aistrat list pillars" /dev/null | tr -d '\r' | head -2
> ID                         TITLE                            NUMBER
> education                  AI education and research        1
? 0

# A pager that fails or cannot be run loses nothing: one warning, and the output without it.
$ TERM=xterm script -qec "stty rows 5 cols 80; PAGER=false aistrat list pillars" /dev/null | tr -d '\r' | head -3
> aistrat: warning: the pager 'false' exited with status 1; printing without it
> ID                         TITLE                            NUMBER
> education                  AI education and research        1
? 0
$ TERM=xterm script -qec "stty rows 5 cols 80; PAGER=/nonexistent/pager aistrat list pillars 2>/dev/null; echo status \$?" /dev/null | tr -d '\r' | sed -n '1p;$p'
> ID                         TITLE                            NUMBER
> status 0
? 0
# A pager that read it all and then exits with an error status showed it: a warning, and the
# output once.
$ cd "$SCRATCH" && TERM=xterm script -qec "stty rows 5 cols 80; AISTRAT_PAGER='cat; exit 2' aistrat list pillars; echo status \$?" /dev/null | tr -d '\r' > out; grep -c '^education ' out; grep 'warning' out; grep '^status' out
> 1
> aistrat: warning: the pager 'cat; exit 2' exited with status 2
> status 0
? 0
$ AISTRAT_PAGER='sed s/^/paged:/' aistrat list pillars | head -2
> ID                         TITLE                            NUMBER
> education                  AI education and research        1
? 0

# A pipe its parent made non-blocking (as Node's child_process does), read slowly: the whole
# output arrives (it stopped at 64 KiB with 'Resource temporarily unavailable', exit 4).
$ python3 -c 'import os, fcntl, subprocess, time; r, w = os.pipe(); fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK); p = subprocess.Popen(["aistrat", "export"], stdout=w); os.close(w); time.sleep(0.5); n = 0; exec("while True:\n c = os.read(r, 4096)\n if not c: break\n n += len(c)"); print(p.wait(), n == len(subprocess.run(["aistrat", "export"], capture_output=True).stdout), n > 65536)'
> 0 True True
? 0
