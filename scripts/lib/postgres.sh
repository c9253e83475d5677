# Sourced by .ci/run: starts Debian's PostgreSQL on 127.0.0.1 in a fresh data directory for the
# snapshot-store tests, exports HOPSCOPE_TEST_DATABASE_URL, and stops it when the shell exits.
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$pg_bin" ]; then
  echo "hopscope: PostgreSQL is not installed (apt-get install -y --no-install-recommends postgresql)" >&2
  return 1
fi
pg_dir="$(mktemp -d)"
pg_port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
# initdb refuses to run as root: run it as the postgres user the package created.
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$pg_dir"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -o "-h 127.0.0.1 -p $pg_port -k $pg_dir" -l "$pg_dir/log" -w start >/dev/null
trap '"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1; rm -rf "$pg_dir"' EXIT
export HOPSCOPE_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
echo "hopscope: PostgreSQL for the tests at $HOPSCOPE_TEST_DATABASE_URL"
