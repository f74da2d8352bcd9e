#!/usr/bin/env python3
"""Writes a folder vocabulary of WordNet synonyms for the words of a knowledge base, so that
`ask` can be measured with WordNet beside the hand-kept lists of knowledge/vocabulary.yaml.

usage: bench/wordnet_vocabulary.py AISTRAT OUT_FOLDER [--senses first|tagged]

Reads WordNet 3.0 from /usr/share/wordnet (Debian's `wordnet-base`). For every word of three
letters or more in `AISTRAT export -f json` that is neither a stop word nor already in a synonym
group of the built-in vocabulary, it writes one synonym group: the word, its base forms
(WordNet's morphology: exception lists, then suffix rules) and the words of a synset.
`--senses first` (the default) takes the first sense of every part of speech the word has;
`tagged` takes only the first sense of the part of speech whose first sense is the most
frequent in WordNet's tagged corpus, and skips words WordNet never saw tagged.

Then compare, on questions nobody tuned on:
    bench/ask_eval.py AISTRAT QUESTIONS.yaml
    bench/ask_eval.py WRAPPER QUESTIONS.yaml   # WRAPPER runs: AISTRAT --kb OUT_FOLDER "$@"
The figures measured so far are in bench/ASK.md.
"""
import json
import os
import re
import subprocess
import sys

import yaml

WORDNET = "/usr/share/wordnet"
PARTS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Detachment rules of WordNet's morphy, by part of speech: (suffix, replacement).
SUFFIXES = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}


def read_index():
    """(lemma, part) -> (tagged count of its first sense's part, synset offsets)."""
    index = {}
    for part, name in PARTS.items():
        with open(f"{WORDNET}/index.{name}", encoding="latin-1") as lines:
            for line in lines:
                if line.startswith(" "):
                    continue  # the licence at the top
                fields = line.split()
                pointers = int(fields[3])
                tagged = int(fields[5 + pointers])
                index[(fields[0], part)] = (tagged, fields[6 + pointers:])
    return index


def read_exceptions():
    exceptions = {}
    for part, name in PARTS.items():
        with open(f"{WORDNET}/{name}.exc", encoding="latin-1") as lines:
            for line in lines:
                fields = line.split()
                exceptions.setdefault((fields[0], part), []).extend(fields[1:])
    return exceptions


def base_forms(word, part, index, exceptions):
    forms = [word] if (word, part) in index else []
    for base in exceptions.get((word, part), []):
        if (base, part) in index and base not in forms:
            forms.append(base)
    for suffix, replacement in SUFFIXES[part]:
        if word.endswith(suffix):
            base = word[: len(word) - len(suffix)] + replacement
            if (base, part) in index and base not in forms:
                forms.append(base)
    return forms


def synset_words(part, offset):
    with open(f"{WORDNET}/data.{PARTS[part]}", encoding="latin-1") as data:
        data.seek(int(offset))
        fields = data.readline().split()
    count = int(fields[3], 16)
    words = []
    for i in range(count):
        word = re.sub(r"\(.*\)", "", fields[4 + 2 * i].lower()).replace("_", " ")
        if re.fullmatch(r"[a-z][a-z ]*[a-z]", word):
            words.append(word)
    return words


def synonyms(word, senses, index, exceptions):
    found = set()
    if senses == "first":
        for part in PARTS:
            for base in base_forms(word, part, index, exceptions):
                found.add(base)
                offsets = index[(base, part)][1]
                if offsets:
                    found.update(synset_words(part, offsets[0]))
    else:
        best = None
        for part in "nva":
            for base in base_forms(word, part, index, exceptions):
                tagged, offsets = index[(base, part)]
                if offsets and (best is None or tagged > best[0]):
                    best = (tagged, part, base, offsets[0])
        if best is not None and best[0] > 0:
            found.add(best[2])
            found.update(synset_words(best[1], best[3]))
    found.discard(word)
    return found


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    aistrat, folder = sys.argv[1], sys.argv[2]
    senses = sys.argv[sys.argv.index("--senses") + 1] if "--senses" in sys.argv else "first"
    export = subprocess.run([aistrat, "export", "-f", "json"], capture_output=True, text=True,
                            check=True).stdout
    words = set(re.findall(r"[a-z]{3,}", json.dumps(json.loads(export)).lower()))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "knowledge", "vocabulary.yaml"), encoding="utf-8") as f:
        vocabulary = yaml.safe_load(f)
    stop = set(vocabulary["stop_words"])
    known = {phrase for group in vocabulary["synonyms"] for phrase in group}
    index, exceptions = read_index(), read_exceptions()
    groups = []
    for word in sorted(words - stop - known):
        found = sorted(w for w in synonyms(word, senses, index, exceptions)
                       if w not in stop and w not in known)
        if found:
            groups.append([word] + found)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "vocabulary.yaml"), "w", encoding="utf-8") as out:
        yaml.safe_dump({"synonyms": groups}, out, width=1000)
    print(f"{len(words)} words, {len(groups)} groups, {sum(len(g) for g in groups)} phrases")


if __name__ == "__main__":
    main()
