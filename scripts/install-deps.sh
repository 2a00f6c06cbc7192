#!/usr/bin/env bash
# Installs what pgshift needs to build and test on Debian 12, as root; does nothing when
# everything is already there. Both README commands and .ci/run start here.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

PACKAGES=(
  build-essential cmake ninja-build pkgconf     # compiler and build tools
  antlr4 default-jre-headless                   # ANTLR tool 4.7.2 (a java wrapper in /usr/bin)
  libantlr4-runtime-dev uuid-dev                # ANTLR C++ runtime 4.9; its CMake targets link -luuid
  libpqxx-dev libpq-dev                         # libpqxx 6.4 on libpq 15
  libfmt-dev libcli11-dev libboost-graph-dev doctest-dev
  postgresql-15 postgresql-client-15            # server binaries for throwaway test clusters, psql
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-deps: missing packages: ${missing[*]} (run as root to install them)" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
