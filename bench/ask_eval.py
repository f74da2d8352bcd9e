#!/usr/bin/env python3
"""Grades `aistrat ask` on a question file (YAML list of {q, expect | expect_all | decline}).

usage: bench/ask_eval.py AISTRAT QUESTIONS.yaml [--misses]

An answer is right when what it shows (its `answer` line), its statement, the title of its
entity or, for a link, the id of the entity it links to holds the expected text (ignoring
case; a number word up to twelve and its digits are the same). A list
question (`expect_all`) is right first when the first answer holds every item, and in the top
three when the first three answers hold them together. A question
is declined when `ask` exits 1 or its JSON says `answered: false`. Prints recall@1, recall@3,
the answerable questions declined and the unanswerable ones declined.
"""
import json
import re
import subprocess
import sys

import yaml


NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve"]


def norm(text):
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    # "four" and "4" are one answer: a count reads as digits in a list's heading.
    return re.sub(r"\b(" + "|".join(NUMBER_WORDS) + r")\b",
                  lambda m: str(NUMBER_WORDS.index(m.group(1))), text)


def answer_texts(doc):
    out = []
    for a in doc.get("answers", []):
        # What the answer shows (its line: subject, field, value, a link's id or a list's
        # heading), its statement, and its entity's title.
        parts = [a.get("answer", ""), a.get("statement", ""),
                 (a.get("entity") or {}).get("title", "")]
        # A link's other end, named as the answer shows it: its title and its id.
        parts.append((a.get("target") or {}).get("id", ""))
        out.append(norm(" | ".join(str(p) for p in parts)))
    return out


def ask(binary, question):
    run = subprocess.run([binary, "ask", "--format", "json", "--limit", "3", "--", question],
                         capture_output=True, text=True, timeout=60)
    try:
        doc = json.loads(run.stdout) if run.stdout.strip() else {}
    except json.JSONDecodeError:
        doc = {}
    declined = run.returncode == 1 or doc.get("answered") is False or not doc.get("answers")
    return doc, declined, run.returncode


def main():
    binary, path = sys.argv[1], sys.argv[2]
    misses = "--misses" in sys.argv
    items = yaml.safe_load(open(path, encoding="utf-8"))
    at1 = at3 = answerable = wrongly_declined = unanswerable = declined_right = 0
    answered_right = answered = declined_was_right = 0
    for item in items:
        doc, declined, code = ask(binary, item["q"])
        texts = answer_texts(doc)
        if item.get("decline"):
            unanswerable += 1
            declined_right += declined
            if misses and not declined:
                print(f"ANSWERED (should decline): {item['q']}\n    {texts[0][:100] if texts else ''}")
            continue
        answerable += 1
        if declined:
            wrongly_declined += 1
        rank = 0
        if "expect_all" in item:
            want = [norm(w) for w in item["expect_all"]]
            if texts and all(w in texts[0] for w in want):
                rank = 1
            elif all(any(w in t for t in texts[:3]) for w in want):
                rank = 3
        else:
            want = norm(str(item["expect"]))
            for i, t in enumerate(texts[:3]):
                if want in t:
                    rank = i + 1
                    break
        at1 += rank == 1
        at3 += rank >= 1
        if declined:
            declined_was_right += rank == 1
        else:
            answered += 1
            answered_right += rank == 1
        if misses and rank != 1:
            got = "\n    ".join(t[:110] for t in texts[:3])
            print(f"rank {rank} {'(declined) ' if declined else ''}for: {item['q']} "
                  f"(expect {item.get('expect', item.get('expect_all'))})\n    {got}")
    pct = lambda n, d: f"{100.0 * n / d:.0f}%" if d else "n/a"
    print(f"{path}: {answerable} answerable: recall@1 {at1}/{answerable} ({pct(at1, answerable)}), "
          f"recall@3 {at3}/{answerable} ({pct(at3, answerable)}), declined {wrongly_declined}; "
          f"{unanswerable} unanswerable: declined {declined_right}/{unanswerable}; "
          f"right first where it answered {answered_right}/{answered} ({pct(answered_right, answered)}), "
          f"declined though right first {declined_was_right}")


if __name__ == "__main__":
    main()
