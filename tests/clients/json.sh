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
  echo "$json" | jq -e '.schema_version == 1' > /dev/null || fail "$args: no schema_version 1"
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
