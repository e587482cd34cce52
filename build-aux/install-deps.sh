#!/bin/sh
# Installs what Ondermijning needs on Debian 12 (bookworm), only when missing.
#   build-aux/install-deps.sh build   packages to build and run
#   build-aux/install-deps.sh test    also the packages the tests need
# Uses apt-get as root, or through sudo for a normal user.
set -eu

BUILD_PKGS="build-essential pkg-config meson ninja-build gettext desktop-file-utils appstream \
libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libsqlite3-dev libxlsxwriter-dev \
libpango1.0-dev libcairo2-dev libpq-dev"
# python3 runs build-aux/count-tests.sh; the others run the GUI tests and check the exports;
# clang with its runtime builds the libFuzzer targets, valgrind looks for leaks; the PostgreSQL
# server and psql run the tests' private cluster (build-aux/pg-test-cluster.sh).
TEST_PKGS="python3 xvfb xauth dbus-x11 dbus-daemon at-spi2-core python3-gi gir1.2-atspi-2.0 \
imagemagick xdotool poppler-utils python3-openpyxl sqlite3 locales fonts-cantarell \
clang libclang-rt-14-dev valgrind postgresql-15 postgresql-client-15"

pkgs=$BUILD_PKGS
[ "${1:-build}" = "test" ] && pkgs="$pkgs $TEST_PKGS"

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: not a Debian system; install these (or your distribution's equivalents)" \
       "yourself: $pkgs" >&2
  exit 0
fi

missing=""
for p in $pkgs; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "install-deps: these packages are missing and neither root nor sudo is available:$missing" >&2
  exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
# Installed for the first time, the server package makes a system cluster "15/main" on port
# 5432 and starts it. The tests use a cluster of their own and need none: while apt-get runs,
# a drop-in of postgresql-common's createcluster.conf says not to make it. (Make one later
# with `pg_createcluster 15 main --start`.)
case " $missing " in
  *" postgresql-15 "*)
    ccdir=/etc/postgresql-common/createcluster.d
    dropin=$ccdir/zz-ondermijning-install-deps.conf
    [ -d $ccdir ] || made_ccdir=1
    trap '$SUDO rm -f $dropin; [ -z "${made_ccdir:-}" ] || $SUDO rmdir $ccdir 2>/dev/null || :' \
      EXIT
    $SUDO mkdir -p $ccdir
    echo "create_main_cluster = false" | $SUDO tee $dropin >/dev/null
    ;;
esac
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
