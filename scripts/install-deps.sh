#!/usr/bin/env bash
# Installs everything annalist needs on Debian 12, as root. Idempotent: it only
# calls apt-get when a package is missing.
#   scripts/install-deps.sh            build + run dependencies
#   scripts/install-deps.sh --test     also what the test suite needs
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  nlohmann-json3-dev libsimdjson-dev libcli11-dev libsqlite3-dev sqlite3 libpq-dev
  libcpp-httplib-dev libicu-dev zlib1g-dev libtbb-dev libjemalloc-dev libhowardhinnant-date-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  nodejs npm
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(clang libclang-rt-14-dev postgresql time python3 chromium wrk)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nodejs may come from elsewhere than Debian's package (a newer build): accept it.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
