#!/bin/sh
# Checks po/POTFILES.in against the source tree: every .c file under src/ that marks strings
# with _(), N_(), C_(), NC_() or ngettext(), every data/ui/*.ui file with translatable="yes",
# and the desktop, metainfo and schema files must be listed; every listed file must exist;
# the list must be sorted. Prints what is wrong and exits 1, or exits 0.
#
#   build-aux/check-potfiles.sh SOURCE_ROOT
set -eu

cd "${1:-.}"
listed=$(grep -v -e '^#' -e '^[[:space:]]*$' po/POTFILES.in)
status=0

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist"
    status=1
  fi
done

if [ "$listed" != "$(printf '%s\n' "$listed" | LC_ALL=C sort)" ]; then
  echo "po/POTFILES.in is not sorted (LC_ALL=C sort)"
  status=1
fi

needed=$(
  grep -rlE --include='*.c' '(^|[^[:alnum:]_])(N?C?_|ngettext|g_dngettext) ?\(' src || true
  grep -rl --include='*.ui' 'translatable="yes"' data/ui 2>/dev/null || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml
)
for f in $needed; do
  if ! printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "$f has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done

[ "$status" -eq 0 ] && echo "po/POTFILES.in lists every file with translatable strings"
exit "$status"
