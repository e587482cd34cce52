#!/bin/sh
# A throwaway PostgreSQL 15 cluster for the tests (make check, make bench, make valgrind).
#   build-aux/pg-test-cluster.sh start DIR   make a new cluster in DIR and start it; prints
#                                            its conninfo, which is also in DIR/conninfo
#   build-aux/pg-test-cluster.sh stop DIR    stop it and remove DIR
#
# DIR is a missing or empty folder, e.g. from `mktemp -d /tmp/ond-pg.XXXXXX` (the Makefile's
# choice). The cluster's files are in DIR/data, its server log is DIR/log, and it listens only
# on a unix socket in DIR (listen_addresses = ''): no TCP port, so it never meets a system
# cluster on port 5432. Anyone who can reach the socket may connect as the superuser (trust):
# DIR is mode 0700. Only members of the role ond_password_users need a password (scram), for
# the tests of a wrong password. The conninfo is one line:
#   host=DIR port=5432 user=USER dbname=postgres
# USER is `postgres` when run as root, else the user who runs this.
#
# initdb and postgres refuse to run as root: as root, DIR is given to the `postgres` user
# (made by Debian's postgresql-common) and both run as that user, so DIR and every folder above
# it must be open to that user (a folder under /root is not; /tmp is). Not as root, they run
# as the current user.
#
# `start` always makes a new cluster: a cluster still in DIR from an earlier run is stopped and
# removed first. It also stops and removes the clusters of earlier runs beside DIR (folders
# ond-pg.* of the same owner) whose starting process (DIR/owner: OND_PG_OWNER, else the
# caller's process) is gone, e.g. after make was killed. `stop` may be called when `start`
# failed or never ran; it removes only a folder that is empty or holds a cluster made here.
# The PostgreSQL programs are taken from PG_BINDIR (default /usr/lib/postgresql/15/bin).
set -eu

PG_BINDIR=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
MARK=.ond-pg-test-cluster

die ()
{
  echo "pg-test-cluster: $*" >&2
  exit 1
}

# Runs a command as the user who owns the cluster, from DIR (as postgres, the caller's
# current folder may be closed to it, and initdb then cannot find itself).
as_owner ()
{
  if [ "$(id -u)" -ne 0 ]; then
    (cd "$dir" && "$@")
  elif command -v runuser >/dev/null 2>&1; then
    (cd "$dir" && runuser -u postgres -- "$@")
  else
    # shellcheck disable=SC2016
    (cd "$dir" && su -s /bin/sh postgres -c 'exec "$0" "$@"' -- "$@")
  fi
}

# Stops the cluster in $dir if one runs there (fast, else immediate, else SIGKILL), quietly.
stop_server ()
{
  pidfile=$dir/data/postmaster.pid
  [ -f "$pidfile" ] || return 0
  pid=$(head -n 1 "$pidfile" 2>/dev/null || :)
  as_owner "$PG_BINDIR/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
    || as_owner "$PG_BINDIR/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
    || :
  case $pid in
    '' | *[!0-9]*) ;;
    *)
      if [ -d "/proc/$pid" ] && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null || :
      fi
      ;;
  esac
}

# Stops and removes the cluster in $dir; leaves alone a folder that holds anything else.
remove_dir ()
{
  [ -d "$dir" ] || return 0
  if [ -e "$dir/$MARK" ]; then
    stop_server
  elif [ -n "$(ls -A "$dir")" ]; then
    echo "pg-test-cluster: $dir holds no test cluster; not removing it" >&2
    return 1
  fi
  rm -rf "$dir"
}

# Stops and removes the clusters beside $dir (ond-pg.* of the same owner) whose starting
# process is gone.
reap_stale ()
{
  own=$dir
  for d in "$(dirname "$dir")"/ond-pg.*; do
    [ "$d" != "$own" ] && [ -d "$d" ] && [ ! -L "$d" ] && [ -e "$d/$MARK" ] || continue
    [ "$(stat -c %u "$d")" = "$owner_uid" ] || continue
    pid=$(cat "$d/owner" 2>/dev/null || :)
    case $pid in
      '' | *[!0-9]*) continue ;;
    esac
    [ -d "/proc/$pid" ] && continue
    dir=$d
    remove_dir || :
  done
  dir=$own
}

[ $# -eq 2 ] || die "usage: $0 start|stop DIR"
cmd=$1
dir=$2
case $dir in
  /*) ;;
  *) dir=$PWD/$dir ;;
esac
dir=${dir%/}
[ ! -L "$dir" ] || die "$dir is a symbolic link"

case $cmd in
  stop)
    remove_dir
    exit 0
    ;;
  start) ;;
  *) die "usage: $0 start|stop DIR" ;;
esac

if [ "$(id -u)" -eq 0 ]; then
  getent passwd postgres >/dev/null \
    || die "no user 'postgres' (install postgresql-15: build-aux/install-deps.sh test)"
  user=postgres
  owner_uid=$(id -u postgres)
else
  user=$(id -un)
  owner_uid=$(id -u)
fi

[ -x "$PG_BINDIR/initdb" ] && [ -x "$PG_BINDIR/pg_ctl" ] \
  || die "no PostgreSQL in $PG_BINDIR (install postgresql-15: build-aux/install-deps.sh test)"
# A unix socket's path has at most 107 bytes; the conninfo and postgresql.conf take the path
# unquoted or in single quotes.
[ "$(printf '%s/.s.PGSQL.5432' "$dir" | wc -c)" -le 107 ] || die "$dir is too long a path"
case $dir in
  *[[:space:]\'\"\\]*) die "$dir has a space, quote or backslash in it" ;;
esac

if [ -e "$dir/$MARK" ]; then
  stop_server
  find "$dir" -mindepth 1 -delete
elif [ -e "$dir" ]; then
  [ -d "$dir" ] && [ -z "$(ls -A "$dir")" ] || die "$dir is not an empty folder"
fi
mkdir -p "$dir"
chmod 0700 "$dir"
echo "${OND_PG_OWNER:-$PPID}" >"$dir/owner"
: >"$dir/$MARK"
reap_stale

if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_owner test -w "$dir" 2>/dev/null \
    || die "the postgres user cannot reach $dir (a folder above it is closed to it, as /root" \
           "is); use a folder under /tmp"
fi

# C.UTF-8 (in every Debian 12 root): UTF-8 character classes, code-point order.
if locale -a 2>/dev/null | grep -qix 'c\.utf-\{0,1\}8'; then
  locale_opt=--locale=C.UTF-8
else
  locale_opt=--no-locale
fi
if ! as_owner "$PG_BINDIR/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 "$locale_opt" \
       --no-sync --no-instructions >"$dir/log" 2>&1; then
  cat "$dir/log" >&2
  die "initdb failed"
fi
# Members of the role ond_password_users log in with a password (the tests of a wrong
# password make one); everyone else is trusted. The first matching line counts, so it goes
# first; the file is rewritten in place to keep its owner.
hba="$dir/data/pg_hba.conf"
{ echo "local all +ond_password_users scram-sha-256"; cat "$hba"; } >"$dir/hba.new" \
  && cat "$dir/hba.new" >"$hba" && rm -f "$dir/hba.new" || die "could not write $hba"
cat >>"$dir/data/postgresql.conf" <<EOF

# pg-test-cluster.sh: a throwaway cluster for the tests, on a unix socket only.
listen_addresses = ''
port = 5432
unix_socket_directories = '$dir'
max_connections = 100
shared_buffers = 16MB
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
[ "$(id -u)" -ne 0 ] || chown postgres: "$dir/log"
if ! as_owner "$PG_BINDIR/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 start >/dev/null 2>&1
then
  tail -n 20 "$dir/log" >&2
  die "the server did not start (log: $dir/log)"
fi

conninfo="host=$dir port=5432 user=$user dbname=postgres"
echo "$conninfo" >"$dir/conninfo"
echo "$conninfo"
