#!/usr/bin/env bash
# Usage: ensure-debian-package.sh BINARY PACKAGE WHAT-NEEDS-IT
# Tests use Debian's own programs (chromium, redis-server), never downloaded ones. Installs
# PACKAGE with apt-get when BINARY is missing and we may (root with apt-get); otherwise says how.
set -euo pipefail
binary=$1 package=$2 purpose=$3
if [ -x "$binary" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's $package for $purpose (apt-get)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  exit 0
fi
echo "$purpose need Debian's $package at $binary: run 'sudo apt-get install -y $package'." >&2
exit 1
