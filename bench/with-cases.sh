#!/bin/sh
# Runs a benchmark on a database of 100,000 cases, made first by gen-cases when it is
# missing or older than gen-cases (a few minutes). Made here rather than as a build target:
# meson puts a benchmark's dependencies into the default build, and `make check` has no use
# for 100,000 cases. A lock beside it keeps two benchmarks from making it at once.
#   with-cases.sh GEN-CASES DATABASE BENCHMARK [ARGUMENT...]
# runs BENCHMARK [ARGUMENT...] DATABASE.
set -eu
gen=$1
db=$2
shift 2
(
  flock 9
  if [ ! -e "$db" ] || [ "$gen" -nt "$db" ]; then
    rm -f "$db" "$db-wal" "$db-shm" "$db.tmp" "$db.tmp-wal" "$db.tmp-shm"
    "$gen" --cases 100000 "$db.tmp"
    mv "$db.tmp" "$db"
  fi
) 9>"$db.lock"
exec "$@" "$db"
