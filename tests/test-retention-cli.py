#!/usr/bin/python3
# test-retention-cli.py
#
# Copyright 2026 Gemeente Dordrecht
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ondermijning --database FILE --retention / --apply-retention as a script meets them:
# headless (no DISPLAY, no D-Bus). The database holds the signals of tests/data/meldingen.csv,
# some of them dropped or closed long enough ago (set with plain sqlite3, relative to the
# real today, which the program uses). The dry run prints one line per case that is due and
# a summary, exits 0 and leaves the file as it was, byte for byte; --apply-retention removes
# exactly those cases, with their history, writes the deletion log and the access log and
# prints them; bad use (both options, with another command, a missing database, a read-only
# file): one clear line on stderr, exit non-zero, the file unchanged.
# Usage: test-retention-cli.py PATH-TO-ONDERMIJNING (prints TAP).

import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_harness import assert_error, main, run, sha, test  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def scalar(db, sql, *args):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    value = con.execute(sql, args).fetchone()[0]
    con.close()
    return value


def dump(db):
    """Every row of every table, sorted."""
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    rows = []
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        rows += sorted((name,) + tuple(repr(v) for v in r)
                       for r in con.execute('SELECT * FROM "%s"' % name))
    con.close()
    return rows


def drop(con, case_id, days_ago):
    con.execute("UPDATE case_file SET status = 'afgevoerd', decision = 'afvoeren',"
                " complexity = 'laag' WHERE id = ?", (case_id,))
    con.execute("INSERT INTO case_event (case_id, at, who, from_status, to_status, reason)"
                " VALUES (?, date('now', 'localtime', ?) || 'T10:00:00', 'test', 'nieuw',"
                " 'afgevoerd', 'Geen aanwijzingen')", (case_id, "-%d days" % days_ago))


def close(con, case_id, days_ago):
    """Closes the case @days_ago, received a year before that."""
    con.execute("UPDATE case_file SET status = 'gesloten', outcome = 'effectief',"
                " closed_date = date('now', 'localtime', ?),"
                " date_received = date('now', 'localtime', ?) WHERE id = ?",
                ("-%d days" % days_ago, "-%d days" % (days_ago + 365), case_id))


def new_db(tmp):
    """The signals of meldingen.csv: the first two dropped over a year ago, the third closed
    over five years ago, the fourth dropped a month ago. Returns the database
    and the references of the cases that are due, and of the one that is not."""
    db = os.path.join(tmp, "plan.db")
    p = run("--database", db, "--import-cases", os.path.join(DATA, "meldingen.csv"))
    assert p.returncode == 0, p.stderr
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM case_file ORDER BY id")]
    assert len(ids) == 4, ids
    drop(con, ids[0], 400)
    drop(con, ids[1], 800)
    close(con, ids[2], 6 * 366)
    drop(con, ids[3], 30)
    con.commit()
    refs = {i: r for i, r in con.execute("SELECT id, reference FROM case_file")}
    con.close()
    return db, [refs[i] for i in ids[:3]], refs[ids[3]]


@test
def dry_run_changes_nothing(tmp):
    db, due, kept = new_db(tmp)
    before = sha(db)
    rows = dump(db)
    p = run("--database", db, "--retention")
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip() == "", p.stderr
    lines = p.stdout.splitlines()
    case_lines = [l for l in lines if l[:9] in due or l[:9] == kept]
    assert sorted(l[:9] for l in case_lines) == sorted(due), lines
    assert sum("Afgevoerd" in l and "dropped" in l and "(1 year)" in l
               for l in case_lines) == 2, lines
    assert sum("Gesloten" in l and "closed" in l and "(5 years)" in l
               for l in case_lines) == 1, lines
    assert "Retention periods: dropped signals 1 year, closed cases 5 years." in lines, lines
    assert "3 cases are due for removal." in lines, lines
    assert lines[-1] == "Nothing was removed: remove them with --apply-retention.", lines
    # No personal data from the file on screen.
    for word in ("Jansen", "Wielwijkstraat", "Hennepgeur", "Loods", "Korst"):
        assert word not in p.stdout, word
    assert sha(db) == before
    assert dump(db) == rows


@test
def apply_removes_what_is_due(tmp):
    db, due, kept = new_db(tmp)
    total = scalar(db, "SELECT count(*) FROM case_file")
    p = run("--database", db, "--apply-retention")
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip() == "", p.stderr
    lines = p.stdout.splitlines()
    assert sorted(l[:9] for l in lines[:-1]) == sorted(due), lines
    assert lines[-1].startswith("3 cases removed for good"), lines
    assert scalar(db, "SELECT count(*) FROM case_file") == total - 3
    for ref in due:
        assert scalar(db, "SELECT count(*) FROM case_file WHERE reference = ?", ref) == 0
        assert scalar(db, "SELECT count(*) FROM deletion_log WHERE reference = ?"
                          " AND reason LIKE 'Bewaartermijn verstreken (%'", ref) == 1
        assert scalar(db, "SELECT count(*) FROM access_log WHERE case_reference = ?"
                          " AND what = 'Verwijderd na bewaartermijn'", ref) == 1
    assert scalar(db, "SELECT count(*) FROM case_event WHERE case_id NOT IN"
                      " (SELECT id FROM case_file)") == 0
    assert scalar(db, "SELECT count(*) FROM case_file WHERE reference = ?", kept) == 1
    assert scalar(db, "SELECT what FROM access_log ORDER BY id DESC LIMIT 1") == \
        "Bewaartermijnen toegepast: 2 afgevoerde signalen, 1 gesloten casus"
    assert scalar(db, "PRAGMA integrity_check") == "ok"

    # Again: nothing is due, nothing is written.
    before = sha(db)
    p = run("--database", db, "--apply-retention")
    assert p.returncode == 0, p.stderr
    assert p.stdout == "No case was due for removal: nothing was removed.\n", p.stdout
    p = run("--database", db, "--retention")
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[-1] == "No case is due for removal.", p.stdout
    assert scalar(db, "SELECT count(*) FROM case_file") == total - 3
    assert sha(db) == before


@test
def bad_use(tmp):
    db, due, kept = new_db(tmp)
    before = sha(db)
    p = run("--database", db, "--retention", "--apply-retention")
    assert_error(p, "--retention", "--apply-retention", code=2)
    p = run("--database", db, "--apply-retention", "--backup", os.path.join(tmp, "k.db"))
    assert_error(p, "--apply-retention", code=2)
    p = run("--database", db, "--retention", "--export-pdf", os.path.join(tmp, "r.pdf"))
    assert_error(p, "--retention", code=2)
    p = run("--database", db, "--retention", "--year", "2024")
    assert_error(p, "--retention", code=2)
    assert p.stdout == "", p.stdout
    assert sha(db) == before
    names = sorted(n for n in os.listdir(tmp) if not n.startswith("plan.db"))
    assert names == [], names

    missing = os.path.join(tmp, "bestaat-niet.db")
    p = run("--database", missing, "--apply-retention")
    assert_error(p, "bestaat-niet.db", "does not exist", code=1)
    assert not os.path.exists(missing)


@test
def read_only_refused(tmp):
    db, due, kept = new_db(tmp)
    os.chmod(db, 0o400)
    before = sha(db)
    p = run("--database", db, "--retention")
    assert p.returncode == 0, p.stderr
    assert "3 cases are due for removal." in p.stdout.splitlines(), p.stdout
    p = run("--database", db, "--apply-retention")
    assert_error(p, "read-only", code=1)
    assert p.stdout == "", p.stdout
    assert sha(db) == before
    for ref in due:
        assert scalar(db, "SELECT count(*) FROM case_file WHERE reference = ?", ref) == 1


if __name__ == "__main__":
    sys.exit(main("ond-retention-cli-"))
