# cli_harness.py
#
# Copyright 2026 Gemeente Dordrecht
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the command-line tests (test-cli.py, test-report-cli.py, test-backup-cli.py) share:
# the program under test (the first argument), registering a test, running the program
# headless (no DISPLAY, no D-Bus, C locale), checking a refusal (one line on stderr, starting
# "ondermijning: ") and the TAP loop, which gives each test a scratch folder of its own.

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

EXE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else None
TESTS = []


class Skip(Exception):
    """Raised by a test that cannot run here (printed as a TAP skip)."""


def test(fn):
    TESTS.append(fn)
    return fn


def env():
    e = {k: v for k, v in os.environ.items()
         if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    e["LANG"] = "C.UTF-8"
    e.pop("LANGUAGE", None)
    return e


_headless_env = env


def run(*args, exe=None, env=None, preexec_fn=None):
    """Runs the program (or @exe) with @args, headless unless @env is given."""
    return subprocess.run([exe or EXE, *args],
                          env=env if env is not None else _headless_env(),
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, preexec_fn=preexec_fn)


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def assert_error(proc, *needles, code=None):
    """A refusal: exit @code (any non-zero when None), one line on stderr with @needles."""
    if code is None:
        assert proc.returncode != 0, "expected failure, got exit 0: %r" % proc.stdout
    else:
        assert proc.returncode == code, "expected exit %d, got %d: %r" % (
            code, proc.returncode, proc.stdout)
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, "expected one line on stderr, got %r" % proc.stderr
    assert lines[0].startswith("ondermijning: "), lines[0]
    for n in needles:
        assert n in lines[0], "%r not in %r" % (n, lines[0])


def main(prefix):
    """Runs every registered test in a scratch folder named @prefix...; prints TAP."""
    print("1..%d" % len(TESTS))
    failed = 0
    for i, fn in enumerate(TESTS, 1):
        tmp = tempfile.mkdtemp(prefix=prefix)
        try:
            fn(tmp)
            print("ok %d - %s" % (i, fn.__name__))
        except Skip as skip:
            print("ok %d - %s # SKIP %s" % (i, fn.__name__, skip))
        except Exception:
            failed += 1
            print("not ok %d - %s" % (i, fn.__name__))
            for line in traceback.format_exc().splitlines():
                print("# " + line)
        finally:
            # A test may have taken the write permission of a folder away.
            for root, dirs, _ in os.walk(tmp):
                for d in dirs:
                    os.chmod(os.path.join(root, d), 0o700)
            shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0
