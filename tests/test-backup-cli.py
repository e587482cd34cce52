#!/usr/bin/python3
# test-backup-cli.py
#
# Copyright 2026 Gemeente Dordrecht
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ondermijning --database FILE --backup OUT.db as a script meets it: headless (no DISPLAY, no
# D-Bus); the copy holds every row (read with plain sqlite3), passes integrity_check and is
# 0600, with one line on stdout; it is made at once while another process holds a write
# transaction, without that transaction's rows; a missing folder or a missing database: one
# clear line on stderr, exit 1, no file left behind and the database unchanged.
# Usage: test-backup-cli.py PATH-TO-ONDERMIJNING (prints TAP).

import os
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_harness import assert_error, main, run, sha, test  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def dump(db):
    """Every row of every table and the schema, sorted."""
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    rows = sorted(("schema",) + r for r in con.execute(
        "SELECT type, name, sql FROM sqlite_master").fetchall())
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        rows += sorted((name,) + tuple(repr(v) for v in r)
                       for r in con.execute('SELECT * FROM "%s"' % name))
    con.close()
    return rows


def scalar(db, sql):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    value = con.execute(sql).fetchone()[0]
    con.close()
    return value


def new_db(tmp):
    """A seeded database with the signals of tests/data/meldingen.csv."""
    db = os.path.join(tmp, "plan.db")
    p = run("--database", db, "--import-cases", os.path.join(DATA, "meldingen.csv"))
    assert p.returncode == 0, p.stderr
    assert scalar(db, "SELECT count(*) FROM case_file") > 0
    return db


@test
def backup_headless(tmp):
    db = new_db(tmp)
    out = os.path.join(tmp, "kopie.db")
    p = run("--database", db, "--backup", out)
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip() == "", p.stderr
    assert p.stdout == "Backup written to %s.\n" % out, p.stdout
    assert dump(out) == dump(db)
    assert scalar(out, "PRAGMA integrity_check") == "ok"
    assert scalar(out, "SELECT count(*) FROM case_file") == \
        scalar(db, "SELECT count(*) FROM case_file")
    assert os.stat(out).st_mode & 0o777 == 0o600, oct(os.stat(out).st_mode)
    names = sorted(n for n in os.listdir(tmp) if not n.startswith("plan.db"))
    assert names == ["kopie.db"], names


@test
def backup_beside_a_writer(tmp):
    db = new_db(tmp)
    out = os.path.join(tmp, "kopie.db")
    before = scalar(db, "SELECT count(*) FROM area")
    writer = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "con.execute('BEGIN IMMEDIATE')\n"
         "con.execute(\"INSERT INTO area (name, position) VALUES ('Onaf', 999)\")\n"
         "print('ready', flush=True)\n"
         "sys.stdin.readline()\n"
         "con.execute('COMMIT')\n", db],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        start = time.monotonic()
        p = run("--database", db, "--backup", out)
        took = time.monotonic() - start
        assert p.returncode == 0, p.stderr
        assert took < 15, took
        assert scalar(out, "SELECT count(*) FROM area") == before
        assert scalar(out, "PRAGMA integrity_check") == "ok"
    finally:
        writer.stdin.write("go\n")
        writer.stdin.close()
        assert writer.wait(timeout=60) == 0
    assert scalar(db, "SELECT count(*) FROM area") == before + 1
    assert scalar(out, "SELECT count(*) FROM area") == before


@test
def missing_folder(tmp):
    db = new_db(tmp)
    before = sha(db)
    out = os.path.join(tmp, "nergens", "kopie.db")
    p = run("--database", db, "--backup", out)
    assert_error(p, "nergens", "does not exist", code=1)
    assert p.stdout == "", p.stdout
    assert not os.path.exists(os.path.dirname(out))
    names = sorted(n for n in os.listdir(tmp) if not n.startswith("plan.db"))
    assert names == [], names
    assert sha(db) == before


@test
def missing_database(tmp):
    db = os.path.join(tmp, "bestaat-niet.db")
    out = os.path.join(tmp, "kopie.db")
    p = run("--database", db, "--backup", out)
    assert_error(p, "bestaat-niet.db", "does not exist", code=1)
    assert os.listdir(tmp) == [], os.listdir(tmp)


@test
def bad_options(tmp):
    db = new_db(tmp)
    p = run("--database", db, "--backup", "")
    assert_error(p, "--backup", code=2)
    p = run("--database", db, "--backup", os.path.join(tmp, "a.db"),
            "--export-pdf", os.path.join(tmp, "a.pdf"))
    assert_error(p, "--backup", code=2)
    names = sorted(n for n in os.listdir(tmp) if not n.startswith("plan.db"))
    assert names == [], names


if __name__ == "__main__":
    sys.exit(main("ond-backup-cli-"))
