#!/usr/bin/env python3
"""Times aistrat against jq, yq and grep on synthetic knowledge bases; writes RESULTS.md.

    bench/run.py AISTRAT YAML_FLOOR STAT_FLOOR OUT.md [--sizes 50,1000,10000,50000] [--quick]

For each size N it generates a knowledge base (bench/generate.py, one entity per file; at
10,000 and 50,000 also 100 per file), exports it as JSON and YAML with aistrat, and times
with hyperfine (medians): aistrat warm (cache written by an earlier run), aistrat cold (a
file touched before each run, so the cache is rebuilt), aistrat --no-cache, jq on the JSON,
yq on the YAML (small sizes only: it is slow), grep -r on the files, the yaml-cpp parse
floor (bench/yaml_floor, for cold runs) and the stat floor (bench/stat_floor: listing and
stat'ing the files, what a warm run must do). A command aistrat refuses (a matrix past its
size) is timed refusing. Peak memory comes from /usr/bin/time -v. Nothing here is a pass or
fail: the numbers go to the report, next to the targets of issue 16.
"""

import argparse
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, text=True, capture_output=True, **kw)


def hyperfine(commands, runs, prepare=None, warmup=1, ignore_failure=False):
    """Median seconds of each command (a dict name -> command line)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = f.name
    args = ["hyperfine", "-N", "--style", "none", "--runs", str(runs), "--warmup", str(warmup),
            "--export-json", out]
    if prepare:
        args += ["--prepare", prepare]
    if ignore_failure:
        args.append("--ignore-failure")
    names = list(commands)
    for name in names:
        args += ["-n", name, commands[name]]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out) as f:
        results = json.load(f)["results"]
    os.unlink(out)
    return {r["command"]: r["median"] for r in results}


def peak_kib(command):
    """Peak resident memory of one run, in KiB."""
    proc = subprocess.run(["/usr/bin/time", "-v"] + shlex.split(command), text=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for line in proc.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split(":")[1])
    return 0


def ms(seconds):
    return f"{seconds * 1000:.1f}" if seconds < 10 else f"{seconds * 1000:.0f}"


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) // 1024 // 1024
    versions = {}
    for tool, cmd in [("hyperfine", "hyperfine --version"), ("jq", "jq --version"),
                      ("yq", "yq --version"), ("grep", "grep --version | head -1")]:
        try:
            versions[tool] = sh(cmd).stdout.strip().splitlines()[0]
        except subprocess.CalledProcessError:
            versions[tool] = "not found"
    return cpu, os.cpu_count(), mem, platform.release(), versions


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("aistrat")
    parser.add_argument("floor")
    parser.add_argument("stat_floor")
    parser.add_argument("out")
    parser.add_argument("--sizes", default="50,1000,10000,50000")
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    aistrat = os.path.abspath(args.aistrat)
    floor = os.path.abspath(args.floor)
    stat_floor = os.path.abspath(args.stat_floor)
    work = tempfile.mkdtemp(prefix="aistrat-bench-")
    cache = os.path.join(work, "cache")
    os.environ["XDG_CACHE_HOME"] = cache
    os.environ.pop("AISTRAT_NO_CACHE", None)
    os.environ.pop("AISTRAT_KB", None)
    os.environ["HOME"] = work  # no user folder: only the knowledge named

    # (N, per file, files, command, warm, cold, nocache, jq, yq, grep, mem_warm, mem_cold,
    #  stat floor, refused)
    rows = []
    builtin_rows = []
    floor_rows = []

    # The built-in knowledge base: every command, warm, against jq on its export.
    export = os.path.join(work, "builtin.json")
    with open(export, "w") as f:
        subprocess.run([aistrat, "export", "--format", "json"], stdout=f, check=True)
    commands = {
        "list opportunities": ("list opportunities",
                               "jq -c '[.entities[] | select(.kind == \"opportunity\")]'"),
        "list with a filter": ("list figures --where 'value > 100'",
                               "jq -c '[.entities[] | select(.kind == \"figure\" and "
                               ".fields.value > 100)]'"),
        "show pillar education": ("show pillar education",
                                  "jq -c '.entities[] | select(.kind == \"pillar\" and "
                                  ".id == \"education\")'"),
        "search talent": ("search talent",
                          "jq -c '[.entities[] | select(tostring | test(\"talent\"; \"i\")) "
                          "| .id]'"),
        "ask": ("ask 'what does indonesia want from china'",
                "jq -c '[.entities[] | select(tostring | test(\"china\"; \"i\")) | .id]'"),
        "report matrix": ("report matrix",
                          "jq -c '[.entities[] | select(.kind == \"opportunity\") | "
                          "{id, to: [.links[] | select(.relation == \"supports\") | .id]}]'"),
        "check": ("check", "jq -c 'empty'"),
    }
    runs = 10 if args.quick else 30
    for name, (sub, jq) in commands.items():
        subprocess.run(f"{aistrat} {sub}", shell=True, stdout=subprocess.DEVNULL)
        t = hyperfine({"aistrat": f"{aistrat} {sub}", "jq": f"{jq} {export}"}, runs, warmup=3)
        builtin_rows.append((name, t["aistrat"], t["jq"], peak_kib(f"{aistrat} {sub}")))
        print(f"builtin {name}: {ms(t['aistrat'])} ms vs jq {ms(t['jq'])} ms", file=sys.stderr)

    layouts = []
    for n in sizes:
        layouts.append((n, 1))
        if n >= 10000:
            layouts.append((n, 100))
    for n, per_file in layouts:
        kb = os.path.join(work, f"kb-{n}-{per_file}")
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), kb,
                        "--per-file", str(per_file)], check=True)
        files = sum(len(fs) for _, _, fs in os.walk(kb))
        size_mb = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(kb)
                      for f in fs) / 1e6
        base = f"{aistrat} --no-builtin --kb {kb}"
        json_path = os.path.join(work, f"kb-{n}-{per_file}.json")
        yaml_path = os.path.join(work, f"kb-{n}-{per_file}.yaml")
        with open(json_path, "w") as f:
            subprocess.run(f"{base} --no-cache export --format json", shell=True, stdout=f,
                           check=True)
        with open(yaml_path, "w") as f:
            subprocess.run(f"{base} --no-cache export --format yaml", shell=True, stdout=f,
                           check=True)
        data = json.load(open(json_path))
        figure = next(e["id"] for e in data["entities"] if e["kind"] == "figure")
        touch = f"touch {kb}/sources/source-000000.yaml"
        jq_cmds = {
            "list with a filter": ("list figures --where 'value > 500'",
                                   "jq -c '[.entities[] | select(.kind == \"figure\" and "
                                   ".fields.value > 500) | .id]'",
                                   "grep -rl 'value: [5-9][0-9][0-9]' " + kb),
            "show": (f"show figure {figure}",
                     f"jq -c '.entities[] | select(.kind == \"figure\" and .id == \"{figure}\")'",
                     f"grep -rl 'id: {figure}$' {kb}"),
            "search": ("search talent",
                       "jq -c '[.entities[] | select(tostring | test(\"talent\"; \"i\")) | .id]'",
                       f"grep -rli talent {kb}"),
            "ask": ("ask 'which opportunities support talent'",
                    "jq -c '[.entities[] | select(.kind == \"opportunity\" and (tostring | "
                    "test(\"talent\"; \"i\"))) | .id]'",
                    f"grep -rli talent {kb}/opportunities"),
            "report matrix": ("report matrix",
                              "jq -c '[.entities[] | select(.kind == \"opportunity\") | {id, to: "
                              "[.links[] | select(.relation == \"supports\") | .id]}]'",
                              f"grep -r -A3 supports: {kb}/opportunities"),
            "check": ("check", "jq -c 'empty'", f"grep -rc 'kind:' {kb}"),
        }
        big = n >= 50000
        runs = 3 if (big or args.quick) else 10
        cold_runs = 2 if big else (3 if args.quick else 5)
        floor_t = hyperfine({"floor": f"{floor} {kb}"}, cold_runs, warmup=0)["floor"]
        stat_t = hyperfine({"stat": f"{stat_floor} {kb}"}, runs, warmup=1)["stat"]
        floor_rows.append((n, per_file, files, size_mb, floor_t, stat_t))
        for name, (sub, jq, grep) in jq_cmds.items():
            cmd = f"{base} {sub}"
            # The cache is written; a command refused (exit 2: a matrix past its size) is
            # timed refusing.
            first = subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True)
            # Refused as too large, not a usage error of the bench's own making.
            refused = first.returncode == 2 and "a matrix report builds" in first.stderr
            if first.returncode not in (0, 1) and not refused:
                sys.exit(f"{cmd}: exit {first.returncode}: {first.stderr}")
            # grep exits 1 when nothing matches: hyperfine -i would hide real failures, so
            # wrap it to always succeed.
            grep_cmd = f"sh -c {shlex.quote(grep + ' > /dev/null; true')}"
            warm = hyperfine({"aistrat": cmd}, runs, warmup=1, ignore_failure=refused)
            warm.update(hyperfine({"jq": f"{jq} {json_path}", "grep": grep_cmd}, runs,
                                  warmup=1))
            yq_t = None
            if n <= 1000 and name in ("list with a filter", "show"):
                yq_t = hyperfine({"yq": f"y{jq[1:]} {yaml_path}"}, 3,
                                 warmup=0)["yq"]
            cold = hyperfine({"cold": cmd}, cold_runs, prepare=touch, warmup=0,
                             ignore_failure=refused)["cold"]
            nocache = hyperfine({"nocache": f"{base} --no-cache {sub}"}, cold_runs,
                                warmup=0, ignore_failure=refused)["nocache"]
            mem_warm = peak_kib(cmd)
            subprocess.run(touch, shell=True)
            mem_cold = peak_kib(cmd)
            rows.append((n, per_file, files, name, warm["aistrat"], cold, nocache, warm["jq"],
                         yq_t, warm["grep"], mem_warm, mem_cold, stat_t, refused))
            print(f"N={n}/{per_file} {name}{' (refused)' if refused else ''}: warm "
                  f"{ms(warm['aistrat'])} stat floor {ms(stat_t)} cold {ms(cold)} "
                  f"no-cache {ms(nocache)} jq {ms(warm['jq'])} grep {ms(warm['grep'])} "
                  f"mem {mem_warm // 1024}/{mem_cold // 1024} MiB", file=sys.stderr)

    write_report(args.out, builtin_rows, rows, floor_rows)
    shutil.rmtree(work)


def write_report(out, builtin_rows, rows, floor_rows):
    cpu, cores, mem, kernel, versions = machine()
    lines = [
        "# Benchmarks",
        "",
        "Written by `bench/run.sh` (see `bench/run.py`); every time is the median of hyperfine",
        "runs, in milliseconds. *warm*: the cache was written by an earlier run; *cold*: a",
        "knowledge file was touched before each run, so the cache is rebuilt; *no cache*:",
        "`--no-cache`. jq and yq read aistrat's own JSON and YAML export of the same knowledge",
        "(`aistrat export`), grep reads the YAML files. Memory is peak resident (`/usr/bin/time",
        "-v`).",
        "",
        f"Machine: {cpu}, {cores} cores, {mem} GiB, Linux {kernel}; "
        + ", ".join(f"{k} {v}" for k, v in versions.items()) + ".",
        "",
        "## The built-in knowledge base (54 entities), warm",
        "",
        "| command | aistrat | jq | aistrat / jq | peak memory |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, a, j, mem_k in builtin_rows:
        lines.append(f"| {name} | {ms(a)} | {ms(j)} | {a / j:.2f} | {mem_k / 1024:.1f} MiB |")
    lines += [
        "",
        "## Cost against size",
        "",
        "N entities, one per file (or 100 per file where said). *stat floor*: "
        "`bench/stat_floor`, listing",
        "the same files and stat'ing each on one thread, what a warm run must do at least. "
        "A command",
        "marked *refused* is timed refusing (exit 2, with advice): a matrix past its size.",
        "",
        "| N | files | command | warm | stat floor | warm / stat floor | cold | no cache | jq "
        "| yq | grep -r | warm / jq | memory warm | memory cold |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| ---: | ---: |",
    ]
    for (n, per_file, files, name, warm, cold, nocache, jq, yq, grep, mw, mc, stat_t,
         refused) in rows:
        label = f"{n:,}" + ("" if per_file == 1 else f" ({per_file}/file)")
        shown = f"{name} (refused)" if refused else name
        lines.append(
            f"| {label} | {files:,} | {shown} | {ms(warm)} | {ms(stat_t)} | {warm / stat_t:.2f} "
            f"| {ms(cold)} | {ms(nocache)} | {ms(jq)} | {ms(yq) if yq else '–'} | {ms(grep)} | "
            f"{warm / jq:.2f} | {mw / 1024:.0f} MiB | {mc / 1024:.0f} MiB |")
    lines += [
        "",
        "## Cold loads against the yaml-cpp floor",
        "",
        "The floor is `bench/yaml_floor`: yaml-cpp's `LoadAll` on every file, one thread, "
        "nothing else.",
        "",
        "| N | files | YAML | floor | aistrat check, cold | cold / floor |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for n, per_file, files, size_mb, floor_t, _ in floor_rows:
        cold = next(r[5] for r in rows if r[0] == n and r[1] == per_file and r[3] == "check")
        label = f"{n:,}" + ("" if per_file == 1 else f" ({per_file}/file)")
        lines.append(f"| {label} | {files:,} | {size_mb:.1f} MB | {ms(floor_t)} | {ms(cold)} | "
                     f"{cold / floor_t:.2f} |")
    lines += targets(builtin_rows, rows, floor_rows)
    lines.append("")
    with open(out, "w") as f:
        f.write("\n".join(lines))


def verdict(ok, miss):
    return "met" if ok else f"**missed** {miss}"


def targets(builtin_rows, rows, floor_rows):
    """The bar of issue 16, each target met or missed by how much, from the numbers above."""
    out = ["", "## The targets (issue 16)", ""]
    out += ["| target | measured | verdict |", "| --- | --- | --- |"]
    builtin = {name: a for name, a, _, _ in builtin_rows}
    # The built-in command each size's command is measured against.
    same = {"show": "show pillar education", "list with a filter": "list with a filter",
            "search": "search talent", "ask": "ask"}

    def row(n, per_file, name):
        return next((r for r in rows if r[0] == n and r[1] == per_file and r[3] == name), None)

    for name, factor in (("show", 2), ("list with a filter", 2), ("search", 2), ("ask", 4)):
        r = row(10000, 100, name)
        if r is None or same[name] not in builtin:
            continue
        warm, mem, base = r[4], r[10], builtin[same[name]]
        out.append(f"| 10,000 in 100 files warm, {name}: within {factor} times the built-in "
                   f"({ms(base)} ms) | {ms(warm)} ms, {warm / base:.2f} times | "
                   f"{verdict(warm <= factor * base, f'by {warm / base - factor:.2f} times')} |")
        out.append(f"| 10,000 in 100 files warm, {name}: peak memory within 24 MiB | "
                   f"{mem / 1024:.0f} MiB | "
                   f"{verdict(mem <= 24 * 1024, f'by {mem / 1024 - 24:.0f} MiB')} |")
    for r in rows:
        if r[0] != 10000 or r[1] != 1 or r[13]:
            continue
        name, warm, stat_t = r[3], r[4], r[12]
        out.append(f"| 10,000 one per file warm, {name}: within 1.5 times the stat floor "
                   f"({ms(stat_t)} ms) | {ms(warm)} ms, {warm / stat_t:.2f} times | "
                   f"{verdict(warm <= 1.5 * stat_t, f'by {warm / stat_t - 1.5:.2f} times')} |")
    for name in ("show", "search"):
        r = row(50000, 100, name)
        if r is None or same[name] not in builtin:
            continue
        warm, base = r[4], builtin[same[name]]
        out.append(f"| 50,000 in 500 files warm, {name}: within 3 times the built-in "
                   f"({ms(base)} ms) | {ms(warm)} ms, {warm / base:.2f} times | "
                   f"{verdict(warm <= 3 * base, f'by {warm / base - 3:.2f} times')} |")
    for per_file in (1, 100):
        r = row(50000, per_file, "report matrix")
        if r is None:
            continue
        warm, jq, mem, refused = r[4], r[7], r[10], r[13]
        layout = "one per file" if per_file == 1 else "in 500 files"
        if refused:
            out.append(f"| 50,000 {layout}, report matrix: within 2 times jq and 512 MiB, or "
                       f"refused with advice | refused in {ms(warm)} ms at {mem / 1024:.0f} MiB "
                       f"| {verdict(True, '')} |")
        else:
            ok = warm <= 2 * jq and mem <= 512 * 1024
            out.append(f"| 50,000 {layout}, report matrix: within 2 times jq and 512 MiB, or "
                       f"refused with advice | {ms(warm)} ms ({warm / jq:.2f} of jq), "
                       f"{mem / 1024:.0f} MiB | {verdict(ok, '')} |")
    for n, per_file, files, size_mb, floor_t, _ in floor_rows:
        r = row(n, per_file, "search")
        if n != 10000 or r is None:
            continue
        layout = "one per file" if per_file == 1 else "in 100 files"
        t = r[6]
        out.append(f"| 10,000 {layout}, no cache, search: within 1.1 times the yaml-cpp floor "
                   f"({ms(floor_t)} ms) | {ms(t)} ms, {t / floor_t:.2f} times | "
                   f"{verdict(t <= 1.1 * floor_t, f'by {t / floor_t - 1.1:.2f} times')} |")
    for name, a, _, _ in builtin_rows:
        out.append(f"| built-in, {name}: within 5 ms | {ms(a)} ms | "
                   f"{verdict(a <= 0.005, f'by {(a - 0.005) * 1000:.2f} ms')} |")
    out += ["", WHY, "", "Times on a shared virtual machine vary by a third between runs half an hour",
            "apart (jq's with aistrat's); compare the ratios more than the milliseconds."]
    return out


WHY = """### Where the time goes

- **One entity per file: a warm run stats every file.** The cache is used only when every
  file still has the identity it was written with, and telling that takes one `stat` per
  file: the *stat floor* column is that alone, on one thread (aistrat spreads the stats over
  both cores past 3,000 files). That floor is why the one-file-per-entity rows trail the
  100-per-file ones by the same few tens of milliseconds; `grep -r` over the same files is
  slower still.
- **The rest of a warm run is decoding the snapshot**: every entity is rebuilt as the C++
  model (strings, fields, links, positions) and the graph's indexes made again. It grows
  linearly, about 2 to 3 ms per 1,000 entities on this machine.
- **A first run after a content change** parses the YAML on both cores (about 0.5 to 0.7 times
  the one-thread yaml-cpp floor for `check`), then `search` and `ask` also build the full-text
  index, on one core: that is the *no cache* column of `search`. The *cold* column only
  touches a file, so the knowledge is re-read but the index, keyed by content, is kept.
- **`report matrix` is refused past 250,000 cells** (rows times columns): at 10,000
  entities it is 1,200 opportunities against 800 pillars, 960,000 cells. The refusal costs
  what loading the knowledge costs; before it, the 50,000-entity matrix (24 million cells)
  took 15 s and 4 GB.
- `ask` reads every statement of the knowledge to rank its answers, so it is the slowest
  warm command at size.
"""


if __name__ == "__main__":
    main()
