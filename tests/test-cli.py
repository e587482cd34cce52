#!/usr/bin/python3
# test-cli.py
#
# Copyright 2026 Gemeente Dordrecht
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The command line as a user or a script meets it: headless (no DISPLAY, no D-Bus),
# one clear line on stderr and a non-zero exit on any error, and a refused file left as it
# was, byte for byte. Usage: test-cli.py PATH-TO-ONDERMIJNING (prints TAP).

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import traceback
import zipfile

EXE = os.path.abspath(sys.argv[1])
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


def env():
    e = {k: v for k, v in os.environ.items()
         if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    e["LANG"] = "C.UTF-8"
    e.pop("LANGUAGE", None)
    return e


def run(*args, **kw):
    return subprocess.run([EXE, *args], env=kw.get("env", env()), capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def assert_error(proc, *needles):
    assert proc.returncode != 0, "expected failure, got exit 0: %r" % proc.stdout
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, "expected one line on stderr, got %r" % proc.stderr
    assert lines[0].startswith("ondermijning: "), lines[0]
    for n in needles:
        assert n in lines[0], "%r not in %r" % (n, lines[0])


def new_db(tmp):
    db = os.path.join(tmp, "plan.db")
    p = run("--database", db, "--export-xlsx", os.path.join(tmp, "seed.xlsx"))
    assert p.returncode == 0, p.stderr
    return db


@test
def version(tmp):
    p = run("--version")
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip().startswith("ondermijning "), p.stdout
    assert p.stdout.strip().split()[1][0].isdigit()


@test
def export_creates_database_headless(tmp):
    db = os.path.join(tmp, "x.db")
    out = os.path.join(tmp, "x.xlsx")
    p = run("--database", db, "--export-xlsx", out)
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip() == "", p.stderr
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
    assert "xl/workbook.xml" in names, names
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    assert con.execute("SELECT count(*) FROM plan_item").fetchone()[0] == 34
    con.close()


@test
def default_database(tmp):
    e = env()
    e["XDG_DATA_HOME"] = os.path.join(tmp, "data")
    out = os.path.join(tmp, "d.xlsx")
    p = run("--export-xlsx", out, env=e)
    assert p.returncode == 0, p.stderr
    folder = os.path.join(tmp, "data", "ondermijning")
    db = os.path.join(folder, "ondermijning.db")
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    assert con.execute("SELECT count(*) FROM budget_line").fetchone()[0] == 14
    con.close()
    # A second run uses the same file and does not seed it again.
    p = run("--export-xlsx", out, env=e)
    assert p.returncode == 0, p.stderr
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    assert con.execute("SELECT count(*) FROM budget_line").fetchone()[0] == 14
    con.close()


@test
def export_with_year(tmp):
    db = new_db(tmp)
    out = os.path.join(tmp, "y.xlsx")
    p = run("--database", db, "--export-xlsx", out, "--year", "2023")
    assert p.returncode == 0, p.stderr
    assert os.path.getsize(out) > 0


@test
def bad_year(tmp):
    db = new_db(tmp)
    before = sha(db)
    out = os.path.join(tmp, "y.xlsx")
    p = run("--database", db, "--export-xlsx", out, "--year", "12")
    assert_error(p, "--year")
    assert not os.path.exists(out)
    assert sha(db) == before


@test
def missing_folder(tmp):
    db = os.path.join(tmp, "nope", "x.db")
    p = run("--database", db, "--export-xlsx", os.path.join(tmp, "x.xlsx"))
    assert_error(p, "nope")
    assert not os.path.exists(os.path.dirname(db))
    assert not os.path.exists(os.path.join(tmp, "x.xlsx"))


@test
def not_a_database(tmp):
    db = os.path.join(tmp, "notes.db")
    with open(db, "wb") as f:
        f.write(os.urandom(8192))
    before = sha(db)
    p = run("--database", db, "--export-xlsx", os.path.join(tmp, "x.xlsx"))
    assert_error(p, "notes.db")
    assert sha(db) == before
    assert sorted(os.listdir(tmp)) == ["notes.db"], os.listdir(tmp)


@test
def foreign_sqlite(tmp):
    db = os.path.join(tmp, "other.db")
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE contact (name TEXT)")
    con.execute("INSERT INTO contact VALUES ('Jansen')")
    con.commit()
    con.close()
    before = sha(db)
    p = run("--database", db, "--export-xlsx", os.path.join(tmp, "x.xlsx"))
    assert_error(p, "other.db")
    assert sha(db) == before
    assert sorted(os.listdir(tmp)) == ["other.db"], os.listdir(tmp)


@test
def newer_schema(tmp):
    db = new_db(tmp)
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 42")
    con.commit()
    con.close()
    before = sha(db)
    p = run("--database", db, "--export-xlsx", os.path.join(tmp, "n.xlsx"))
    assert_error(p)
    assert sha(db) == before
    assert not os.path.exists(os.path.join(tmp, "n.xlsx"))


@test
def read_only_file_exports(tmp):
    db = new_db(tmp)
    os.chmod(db, 0o400)
    before = sha(db)
    out = os.path.join(tmp, "ro.xlsx")
    p = run("--database", db, "--export-xlsx", out)
    assert p.returncode == 0, p.stderr
    assert os.path.getsize(out) > 0
    assert sha(db) == before


@test
def export_into_missing_folder(tmp):
    db = new_db(tmp)
    before = sha(db)
    out = os.path.join(tmp, "missing", "x.xlsx")
    p = run("--database", db, "--export-xlsx", out)
    assert_error(p)
    assert not os.path.exists(os.path.dirname(out))
    assert sha(db) == before


def main():
    print("1..%d" % len(TESTS))
    failed = 0
    for i, fn in enumerate(TESTS, 1):
        tmp = tempfile.mkdtemp(prefix="ond-cli-")
        try:
            fn(tmp)
            print("ok %d - %s" % (i, fn.__name__))
        except Exception:
            failed += 1
            print("not ok %d - %s" % (i, fn.__name__))
            for line in traceback.format_exc().splitlines():
                print("# " + line)
        finally:
            for root, dirs, _ in os.walk(tmp):
                for d in dirs:
                    os.chmod(os.path.join(root, d), 0o700)
            shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
