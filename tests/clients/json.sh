#!/usr/bin/env bash
# JSON and YAML that aistrat prints are read by jq and yq: every document has a
# schema_version, and every entity object carries kind, id and title.
# usage: json.sh BIN_DIR PROJECT_DIR BUILD_DIR
set -euo pipefail
aistrat="$1/aistrat"
fail() { echo "FAIL: $*" >&2; exit 1; }

entities='[.. | objects | select(has("summary") and has("links"))]'
for args in "list opportunities" "list figures" "show pillar education" "show china" "kinds" \
            "export" "check"; do
  # shellcheck disable=SC2086
  json=$("$aistrat" $args --format json)
  echo "$json" | jq -e '.schema_version == 2' > /dev/null || fail "$args: no schema_version 2"
  echo "$json" | jq -e "$entities | all(has(\"kind\") and has(\"id\") and has(\"title\"))" \
    > /dev/null || fail "$args: an entity lacks kind, id or title"
  # shellcheck disable=SC2086
  yaml=$("$aistrat" $args --format yaml)
  [ "$(echo "$yaml" | yq -S -c .)" = "$(echo "$json" | jq -S -c .)" ] ||
    fail "$args: YAML and JSON carry different data"
  echo "ok: $args"
done

count=$("$aistrat" export | jq '[.entities[] | select(.kind == "opportunity")] | length')
[ "$count" = 4 ] || fail "export: $count opportunities, expected 4"
echo "ok: export holds the four opportunities"

# Numbers read back as numbers: PyYAML (YAML 1.1) wants a dot in a float's mantissa
# (`1.0e+26`, not `1e+26`), and yaml-cpp (aistrat's own loader) reads the same text back.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/kb" "$tmp/again"
cat > "$tmp/kb/schema.yaml" <<'YAML'
kinds:
  - {name: reading, plural: readings, cites: false,
     fields: [{name: value, type: number, required: true}]}
YAML
values="1e+26 5e-324 1e+308 -1e+308 0.1 3 -0.0 123456789012 2.5e-8"
i=0
for v in $values; do
  i=$((i + 1))
  printf 'kind: reading\nid: r%s\ntitle: R%s\nsummary: A reading.\nvalue: %s\n' "$i" "$i" "$v" \
    > "$tmp/kb/r$i.yaml"
done
"$aistrat" export --kb "$tmp/kb" --format yaml > "$tmp/out.yaml"
"$aistrat" export --kb "$tmp/kb" --format json > "$tmp/out.json"
python3 - "$tmp/out.yaml" "$tmp/out.json" <<'PY' || fail "YAML numbers do not read back as numbers"
import json, sys, yaml
data = yaml.safe_load(open(sys.argv[1]))
expected = json.load(open(sys.argv[2]))
readings = {e["id"]: e for e in data["entities"] if e["kind"] == "reading"}
for e in expected["entities"]:
    if e["kind"] != "reading":
        continue
    got = readings[e["id"]]["fields"]["value"]
    want = e["fields"]["value"]
    if not isinstance(got, (int, float)) or isinstance(got, bool) or got != want:
        print(f"{e['id']}: YAML gives {got!r} ({type(got).__name__}), JSON {want!r}")
        sys.exit(1)
PY
# The YAML text of each number, fed back to aistrat (yaml-cpp), gives the same number.
python3 - "$tmp/out.yaml" "$tmp/again" <<'PY' || fail "cannot take the numbers' text from the YAML"
import sys, yaml
root = yaml.compose(open(sys.argv[1]))
def get(node, key):
    return next(v for k, v in node.value if k.value == key)
for entity in get(root, "entities").value:
    if get(entity, "kind").value != "reading":
        continue
    ident = get(entity, "id").value
    text = get(get(entity, "fields"), "value").value  # the scalar as written
    with open(f"{sys.argv[2]}/{ident}.yaml", "w") as out:
        out.write(f"kind: reading\nid: {ident}\ntitle: R\nsummary: A reading.\nvalue: {text}\n")
PY
cp "$tmp/kb/schema.yaml" "$tmp/again/"
[ "$("$aistrat" export --kb "$tmp/again" | jq -S -c '[.entities[] | select(.kind == "reading") | {id, v: .fields.value}]')" = \
  "$(jq -S -c '[.entities[] | select(.kind == "reading") | {id, v: .fields.value}]' "$tmp/out.json")" ] ||
  fail "yaml-cpp reads the YAML numbers back differently"
echo "ok: YAML numbers read back as the same numbers by PyYAML and yaml-cpp"
