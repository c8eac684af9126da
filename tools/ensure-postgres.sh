#!/usr/bin/env bash
# The sync package's Postgres store (@missive-ts/sync) is tested against a real Debian
# PostgreSQL on 127.0.0.1 (initdb + pg_ctl in a temp dir, started and stopped by the tests
# themselves; no service). Any major version will do: look for one before installing.
set -euo pipefail
if command -v pg_ctl >/dev/null; then exit 0; fi
for candidate in /usr/lib/postgresql/*/bin/pg_ctl; do
  if [ -x "$candidate" ]; then exit 0; fi
done
exec bash "$(dirname "$0")/ensure-debian-package.sh" /usr/lib/postgresql/none/bin/pg_ctl postgresql "the Postgres sync store tests"
