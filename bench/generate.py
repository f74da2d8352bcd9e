#!/usr/bin/env python3
"""Writes a synthetic knowledge base that follows aistrat's built-in schema.

    bench/generate.py N OUT_DIR [--per-file K] [--seed S]

N entities across the kinds (sources, countries, organizations, people, strategies,
pillars, focus areas, priority areas, opportunities, figures, events, conclusions), each
with a summary, aliases, tags, the kind's fields, links to earlier entities of the kinds the
schema allows, and citations. Text is drawn from a fixed word list, so a run with the same
N and seed writes the same bytes. One entity per file (the default) or K per file as YAML
documents separated by `---`. Load it with `aistrat --no-builtin --kb OUT_DIR`: it checks
clean against the built-in schema.
"""

import argparse
import os
import random
import shutil

WORDS = """
artificial intelligence national strategy talent education research innovation data
infrastructure ethics policy regulation ecosystem industry health food security mobility
smart cities bureaucratic reform cooperation partnership exchange training cybersecurity
standards protocols digital transactions investment startups universities laboratories
government ministry agency programme framework roadmap capacity skills workforce computing
cloud platform services manufacturing agriculture logistics finance healthcare diagnosis
language models translation vision robotics sensors networks privacy governance trust
transparency accountability funding grants scholarships curriculum teachers students
engineers scientists companies markets exports growth productivity value economy region
province island archipelago city village community public private sector joint venture
pilot project deployment evaluation benchmark dataset open source hardware chips energy
satellite weather disaster response fisheries forestry tourism transport ports railways
""".split()

# kind, share of the entities, (directory)
KINDS = [
    ("source", 0.06, "sources"),
    ("country", 0.02, "countries"),
    ("organization", 0.14, "organizations"),
    ("person", 0.12, "people"),
    ("strategy", 0.04, "strategies"),
    ("pillar", 0.08, "pillars"),
    ("focus-area", 0.06, "focus-areas"),
    ("priority-area", 0.08, "priority-areas"),
    ("opportunity", 0.12, "opportunities"),
    ("figure", 0.16, "figures"),
    ("event", 0.10, "events"),
    ("conclusion", 0.02, "conclusions"),
]

# relation: (from kind, [target kinds]); single or list values
RELATIONS = {
    "strategy": [("strategy-of", ["country"]), ("launched-by", ["organization"]),
                 ("announced-by", ["person", "organization"])],
    "pillar": [("pillar-of", ["strategy"]), ("corresponds-to", ["focus-area"])],
    "focus-area": [("focus-area-of", ["strategy"])],
    "priority-area": [("priority-area-of", ["strategy"])],
    "opportunity": [("supports", ["pillar"]), ("serves", ["priority-area"]),
                    ("involves", ["organization"]), ("partners", ["country"])],
    "figure": [("describes", ["country", "strategy"]), ("estimated-by", ["organization"])],
    "organization": [("based-in", ["country"])],
    "person": [("affiliated-with", ["organization"])],
    "event": [("announced-by", ["person", "organization"]), ("recipient", ["person"]),
              ("granted-by", ["country", "organization"]), ("illustrates", ["pillar"])],
    "conclusion": [("recaps", ["opportunity", "strategy"])],
}


class Generator:
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random(seed)
        self.by_kind = {kind: [] for kind, _, _ in KINDS}
        self.numbers = {}

    def words(self, low, high):
        count = self.rng.randint(low, high)
        return " ".join(self.rng.choice(WORDS) for _ in range(count))

    def sentence(self, low, high):
        text = self.words(low, high)
        return text[0].upper() + text[1:] + "."

    def title(self):
        return " ".join(w.capitalize() for w in self.words(2, 5).split())

    def plan(self):
        """The kind of each entity, in an order where link targets come first."""
        kinds = []
        for kind, share, _ in KINDS:
            kinds += [kind] * max(1, round(self.n * share))
        # Trim or pad to exactly n, keeping at least one of each kind.
        while len(kinds) > self.n and len(kinds) > len(KINDS):
            kinds.pop(self.rng.randrange(len(KINDS), len(kinds)))
        while len(kinds) < self.n:
            kinds.append("figure")
        return kinds

    def next_number(self, kind):
        self.numbers[kind] = self.numbers.get(kind, 0) + 1
        return self.numbers[kind]

    def links(self, kind):
        lines = []
        for relation, targets in RELATIONS.get(kind, []):
            pool = [t for k in targets for t in self.by_kind[k][-200:]]
            if not pool:
                continue
            picked = sorted(set(self.rng.choice(pool) for _ in range(self.rng.randint(1, 3))))
            lines.append(f"  {relation}: [{', '.join(picked)}]")
        return lines

    def entity(self, index, kind):
        ident = f"{kind}-{index:06d}"
        lines = [
            f"kind: {kind}",
            f"id: {ident}",
            f"title: {self.title()} {index}",
            "summary: >-",
            f"  {self.sentence(18, 40)}",
            f"aliases: [{self.title()} alias {index}]",
            f"tags: [{', '.join(sorted(set(self.rng.choice(WORDS) for _ in range(3))))}]",
        ]
        lines += self.fields(kind)
        links = self.links(kind)
        if links:
            lines.append("links:")
            lines += links
        if kind != "source":
            lines.append("sources:")
            for _ in range(self.rng.randint(1, 2)):
                source = self.rng.choice(self.by_kind["source"][-200:])
                lines.append(f"  - {{source: {source}, locator: section {self.rng.randint(1, 9)}}}")
        self.by_kind[kind].append(ident)
        return "\n".join(lines) + "\n"

    def fields(self, kind):
        r = self.rng
        if kind == "source":
            return [f"form: {r.choice(['report', 'article', 'web page', 'decree'])}",
                    f"publisher: {self.title()}",
                    f"url: https://example.org/{r.randint(1, 10**6)}",
                    f"published: '{r.randint(1990, 2025)}'", "language: English"]
        if kind == "country":
            return [f"region: {self.title()}",
                    "strengths:", f"  - {self.words(3, 8)}", f"  - {self.words(3, 8)}",
                    "applications:", f"  - {self.words(3, 8)}"]
        if kind == "organization":
            return [f"type: {r.choice(['agency', 'company', 'university', 'ministry'])}",
                    f"founded: {r.randint(1950, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                    f"role: {self.sentence(8, 20)}"]
        if kind == "person":
            return [f"role: {self.title()}"]
        if kind == "strategy":
            return [f"year: {r.randint(2015, 2025)}", f"horizon: {r.randint(2020, 2030)}-2045",
                    f"purpose: {self.sentence(10, 25)}"]
        if kind in ("pillar", "focus-area"):
            return [f"number: {self.next_number(kind)}"]
        if kind == "priority-area":
            return [f"framing: {r.choice(['official', 'article'])}",
                    f"number: {r.randint(1, 9)}"]
        if kind == "opportunity":
            return [f"number: {self.next_number(kind)}",
                    "activities:", f"  - {self.words(6, 14)}", f"  - {self.words(6, 14)}",
                    "benefits:", f"  - {self.words(5, 12)}", f"  - {self.words(5, 12)}"]
        if kind == "figure":
            return [f"value: {r.randint(1, 1000)}.{r.randint(0, 9)}",
                    f"unit: '{r.choice(['US$', '%', 'people'])}'",
                    f"magnitude: {r.choice(['thousand', 'million', 'billion'])}",
                    f"period: per year", f"measure: {self.sentence(8, 20)}"]
        if kind == "event":
            return [f"date: {r.randint(2000, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                    "details:", f"  - {self.words(5, 12)}"]
        if kind == "conclusion":
            return ["points:", f"  - {self.words(8, 16)}", f"  - {self.words(8, 16)}"]
        return []


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many entities")
    parser.add_argument("out", help="the folder to write (replaced)")
    parser.add_argument("--per-file", type=int, default=1, help="entities per file")
    parser.add_argument("--seed", type=int, default=2020)
    args = parser.parse_args()
    if args.n < len(KINDS):
        parser.error(f"N must be at least {len(KINDS)}, one of each kind")

    gen = Generator(args.n, args.seed)
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    dirs = {kind: folder for kind, _, folder in KINDS}
    batches = {}
    for index, kind in enumerate(gen.plan(), start=1):
        batches.setdefault(kind, []).append(gen.entity(index, kind))
    for kind, texts in batches.items():
        folder = os.path.join(args.out, dirs[kind])
        os.makedirs(folder, exist_ok=True)
        for start in range(0, len(texts), args.per_file):
            chunk = texts[start:start + args.per_file]
            name = f"{kind}-{start // args.per_file:06d}.yaml"
            with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
                out.write("---\n".join(chunk))


if __name__ == "__main__":
    main()
