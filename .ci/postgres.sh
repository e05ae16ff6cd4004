#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the storage tests and prints its URL.
# Usage: eval "$(.ci/postgres.sh)"  -> exports DRAGOMAN_TEST_PG. Needs Debian's postgresql package.
set -euo pipefail
port="${DRAGOMAN_PG_PORT:-54329}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
data=$(mktemp -d /tmp/dragoman-pg.XXXXXX)
chown postgres:postgres "$data"
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
run "$bin/initdb -D $data -A trust -U postgres" >/dev/null
run "$bin/pg_ctl -D $data -o '-c listen_addresses=127.0.0.1 -p $port -k $data' -l $data/log -w start" >/dev/null
run "$bin/createdb -h 127.0.0.1 -p $port -U postgres dragoman_test"
echo "export DRAGOMAN_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:$port/dragoman_test"
