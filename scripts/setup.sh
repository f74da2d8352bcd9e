#!/usr/bin/env bash
# Installs every Debian package that aistrat's build and tests need. Idempotent: packages
# already installed are left alone, and apt is not touched when nothing is missing.
# Runs as root, or through sudo.
set -euo pipefail

packages=(
  # build
  g++ cmake ninja-build pkg-config
  # the fuzz targets: clang with libFuzzer
  clang-14 libclang-rt-14-dev
  # libraries (see README, "Dependencies")
  libcli11-dev libfmt-dev libyaml-cpp-dev doctest-dev libutf8proc-dev nlohmann-json3-dev
  libsqlite3-dev libkainjow-mustache-dev libxxhash-dev libfyaml-dev iso-codes
  # real clients the tests run on what aistrat prints, and linters
  jq yq cmark-gfm pandoc bibtool mandoc man-db yamllint clang-format graphviz chromium python3
  shellcheck dpkg-dev file less zsh fish
  # stops a run at an exact system call (a Ctrl-C mid-write, in init.t and scaffold.t)
  strace
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
