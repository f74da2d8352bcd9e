#!/usr/bin/env python3
"""Fails on an include that goes the wrong way between the layers of src/.

The map is ARCHITECTURE.md's table: for each folder of src/, the "may include" column names
the layers it may use. A layer may include its own headers, those of the layers it names,
and, through them, what they may include (report's headers include model's, so render may
too). `everything above` allows every layer. Some libraries belong to one or two layers
(yaml-cpp to load, CLI11 to cli, ...), as the table says; an include of one elsewhere fails
too. Prints each wrong include as file:line: error: ..., and exits 1 if there is any.

usage: tests/layers.py [ROOT]   (the project's root; default: this script's parent's parent)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)

# Libraries that only some layers may include: the include's prefix, and the layers.
EXCLUSIVE = {
    "yaml-cpp/": {"load"},
    "libfyaml.h": {"load"},
    "CLI/": {"cli"},
    "sqlite3.h": {"search", "cache"},
    "xxhash.h": {"cache"},
    "kainjow/": {"render"},
}


def read_map():
    """{layer: set of layers named in its "may include" column}, from ARCHITECTURE.md."""
    table = {}
    row = re.compile(r"^\| `src/([a-z_]+)/` \|.*\| ([^|]*) \|\s*$")
    for line in (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8").splitlines():
        match = row.match(line)
        if match:
            table[match.group(1)] = match.group(2)
    if not table:
        sys.exit("layers.py: ARCHITECTURE.md has no table of layers")
    layers = set(table)
    allowed = {}
    for layer, column in table.items():
        if "everything above" in column:
            allowed[layer] = set(layers)
        else:
            words = set(re.findall(r"[a-z_]+", column))
            allowed[layer] = (words & layers) | {layer}
    # What a layer may include, it may include through the layers it names.
    changed = True
    while changed:
        changed = False
        for layer in layers:
            closure = set().union(*(allowed[named] for named in allowed[layer]))
            if not closure <= allowed[layer]:
                allowed[layer] |= closure
                changed = True
    return allowed


def main():
    allowed = read_map()
    include = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')
    errors = 0
    sources = sorted((ROOT / "src").glob("*/*.[ch]pp"))
    if not sources:
        sys.exit(f"layers.py: no sources under {ROOT / 'src'}")
    for path in sources:
        layer = path.parent.name
        if layer not in allowed:
            print(f"{path.relative_to(ROOT)}:1: error: the folder src/{layer}/ is not in "
                  "ARCHITECTURE.md's table of layers")
            errors += 1
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = include.match(line)
            if not match:
                continue
            bracket, name = match.groups()
            where = f"{path.relative_to(ROOT)}:{number}"
            if bracket == '"' and "/" in name:
                target = name.split("/", 1)[0]
                if target in allowed and target not in allowed[layer]:
                    print(f"{where}: error: {layer} includes {name}, but {layer} may include "
                          f"only {', '.join(sorted(allowed[layer]))} (ARCHITECTURE.md)")
                    errors += 1
            for prefix, owners in EXCLUSIVE.items():
                if name.startswith(prefix) and layer not in owners:
                    print(f"{where}: error: {layer} includes {name}, which only "
                          f"{' and '.join(sorted(owners))} may include (ARCHITECTURE.md)")
                    errors += 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
