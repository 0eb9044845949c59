#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and test Chronicle. Safe to run again.
#   Tools/setup.sh           libxml2-dev and pkgconf (needed to build)
#   Tools/setup.sh --checks  also what the CI checks open exports with (Python readers, matplotlib, LibreOffice)
set -euo pipefail
missing=()
for package in libxml2-dev pkgconf; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = "--checks" ]; then
    python3 -c "import networkx, lxml, igraph, pandas, openpyxl, matplotlib" 2>/dev/null \
        || python3 -m pip install --quiet --disable-pip-version-check networkx lxml igraph pandas openpyxl \
            matplotlib
    if ! command -v soffice >/dev/null 2>&1; then
        echo "setup: installing libreoffice-calc-nogui (the Excel CSV check)" >&2
        sudo_cmd=""
        [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
        $sudo_cmd apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libreoffice-calc-nogui >/dev/null
    fi
fi
