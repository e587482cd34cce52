#!/bin/sh
# Prints the closing line of a test run, counted from meson's JSON test logs:
#   N passed, N failed[, N skipped]
# and exits non-zero when a test failed or when no test ran at all.
#
#   build-aux/count-tests.sh BUILDDIR [LOGBASE...]
#
# Each LOGBASE names one `meson test --logbase LOGBASE` run, read from
# BUILDDIR/meson-logs/LOGBASE.json (default: testlog); a LOGBASE with a slash is a path
# without ".json" (a run in another build folder). A run that had no tests to run writes no
# log; a missing log counts as no tests.
set -eu

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILDDIR [LOGBASE...]" >&2
  exit 2
fi
builddir=$1
shift
[ $# -eq 0 ] && set -- testlog

exec /usr/bin/python3 - "$builddir/meson-logs" "$@" <<'PYTHON'
import json
import os
import sys

logdir = sys.argv[1]
passed = failed = skipped = 0
for base in sys.argv[2:]:
    path = (base if "/" in base else os.path.join(logdir, base)) + ".json"
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8") as log:
        for number, line in enumerate(log, 1):
            if not line.strip():
                continue
            try:
                result = json.loads(line)["result"]
            except (ValueError, KeyError, TypeError):
                print(f"count-tests: {path}:{number}: not a meson test result", file=sys.stderr)
                failed += 1
                continue
            if result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif result == "SKIP":
                skipped += 1
            else:
                # FAIL, TIMEOUT, ERROR, UNEXPECTEDPASS, INTERRUPT and anything unknown.
                failed += 1

if passed + failed == 0:
    print("count-tests: no test ran", file=sys.stderr)
summary = f"{passed} passed, {failed} failed"
if skipped:
    summary += f", {skipped} skipped"
print(summary, flush=True)
sys.exit(1 if failed or passed + failed == 0 else 0)
PYTHON
