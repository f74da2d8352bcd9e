#!/usr/bin/env python3
"""Types completions into an interactive bash on a pseudo-terminal and checks the line
readline makes: names of folders and files that hold shell syntax are inserted quoted, as
one word, and nothing in them runs.

usage: bash_pty.py COMPLETION_SCRIPT   (exit 0 when every line is as expected)
"""
import os
import pty
import select
import shutil
import sys
import tempfile
import time


def read(fd, seconds):
    out = b""
    end = time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                out += os.read(fd, 4096)
            except OSError:
                break
    return out


def main():
    script = sys.argv[1]
    play = tempfile.mkdtemp(prefix="aistrat-pty-")
    try:
        os.makedirs(os.path.join(play, "evil dir;touch PWNED"))
        os.makedirs(os.path.join(play, "plain"))
        open(os.path.join(play, "brief $(touch PWNED).mustache"), "w").close()
        rc = os.path.join(play, ".rc")
        with open(rc, "w") as f:
            f.write("PS1='PROMPT> '\nsource '%s'\ncd '%s'\n" % (script, play))
        pid, fd = pty.fork()
        if pid == 0:
            os.execvpe("bash", ["bash", "--noprofile", "--rcfile", rc, "-i"],
                       {"TERM": "dumb", "HOME": play, "PATH": os.environ["PATH"]})
        read(fd, 1.0)
        # What is typed before Tab, and the words the line holds after it (printed one per
        # bracket by printf, put before the line with Ctrl-A so that aistrat never runs).
        cases = [
            (b"aistrat --kb ev", ["aistrat", "--kb", "evil dir;touch PWNED/"]),
            (b"aistrat --kb evil\\ d", ["aistrat", "--kb", "evil dir;touch PWNED/"]),
            (b'aistrat init "evil d', ["aistrat", "init", "evil dir;touch PWNED/"]),
            (b"aistrat --kb ~/pl", ["aistrat", "--kb", play + "/plain/"]),
            (b"aistrat report brief --template bri",
             ["aistrat", "report", "brief", "--template", "brief $(touch PWNED).mustache"]),
        ]
        failed = False
        for typed, words in cases:
            os.write(fd, typed + b"\t")
            time.sleep(0.5)
            os.write(fd, b"\x01printf '[%s]' \n")
            out = read(fd, 1.0).decode("utf-8", "replace").replace("\r", "")
            want = "".join("[%s]" % w for w in words)
            if want not in out:
                print("FAIL: %r completed to %r, not %r" % (typed, out[-300:], want))
                failed = True
        os.write(fd, b"exit\n")
        read(fd, 0.5)
        os.waitpid(pid, 0)
        if os.path.exists(os.path.join(play, "PWNED")):
            print("FAIL: a completed name ran a command")
            failed = True
        return 1 if failed else 0
    finally:
        shutil.rmtree(play, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
