#!/usr/bin/python3
# test-report-cli.py
#
# Copyright 2026 Gemeente Dordrecht
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ondermijning --database FILE --export-pdf OUT.pdf [--year YEAR] as a user or a script
# meets it: headless (no DISPLAY, no D-Bus); the report written and recorded (kind pdf, the
# year, the file's SHA-256); a read-only database gives the report, not recorded; a year
# outside the plan, a missing folder, a folder without write permission: one clear line on
# stderr, a non-zero exit, no file left behind and the database unchanged.
# Usage: test-report-cli.py PATH-TO-ONDERMIJNING (prints TAP).

import datetime
import os
import shutil
import sqlite3
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_harness import EXE, Skip, assert_error, main, run, sha, test  # noqa: E402

NOBODY = 65534


def records(db):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    rows = con.execute("SELECT kind, year, sha256, made_at, figures <> '' FROM council_report"
                       " ORDER BY id").fetchall()
    con.close()
    return rows


def pdf_text(path):
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"],
                          capture_output=True, text=True, check=True).stdout


def new_db(tmp):
    """A seeded database with one report on record already."""
    db = os.path.join(tmp, "plan.db")
    p = run("--database", db, "--export-pdf", os.path.join(tmp, "eerste.pdf"))
    assert p.returncode == 0, p.stderr
    assert len(records(db)) == 1
    return db


def only(tmp, *names):
    """The folder holds these files (and the database's own) and nothing else."""
    found = sorted(n for n in os.listdir(tmp) if not n.startswith("plan.db"))
    assert found == sorted(names), found


@test
def export_records_headless(tmp):
    db = os.path.join(tmp, "plan.db")
    out = os.path.join(tmp, "rapport.pdf")
    p = run("--database", db, "--export-pdf", out)
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip() == "", p.stderr
    assert p.stdout.strip() == "Progress report written to %s and recorded." % out, p.stdout
    with open(out, "rb") as f:
        assert f.read(5) == b"%PDF-"
    # The default year: today's, within the plan's period 2023-2024 (so 2024 from 2025 on).
    default = min(max(datetime.date.today().year, 2023), 2024)
    rows = records(db)
    assert len(rows) == 1, rows
    kind, year, digest, made_at, has_figures = rows[0]
    assert kind == "pdf" and year == default and has_figures, rows
    assert digest == sha(out), (digest, sha(out))
    assert len(made_at) == len("2026-01-01T00:00:00"), made_at
    text = pdf_text(out)
    if text is not None:
        assert "Voortgangsrapportage %d" % default in text
        assert "Pagina 1 van " in text
    only(tmp, "rapport.pdf")


@test
def export_with_year(tmp):
    db = new_db(tmp)
    out = os.path.join(tmp, "2023.pdf")
    p = run("--database", db, "--export-pdf", out, "--year", "2023")
    assert p.returncode == 0, p.stderr
    rows = records(db)
    assert [r[1] for r in rows][1:] == [2023], rows
    assert rows[1][2] == sha(out)
    text = pdf_text(out)
    if text is not None:
        assert "Voortgangsrapportage 2023" in text
        assert "Verslagjaar 2023" in text


@test
def year_outside_the_plan(tmp):
    db = new_db(tmp)
    out = os.path.join(tmp, "2030.pdf")
    with open(out, "w") as f:
        f.write("oud")
    before = sha(db)
    p = run("--database", db, "--export-pdf", out, "--year", "2030")
    assert_error(p, "2030", "2023-2024")
    # The file that was there is untouched; the database too.
    with open(out) as f:
        assert f.read() == "oud"
    assert sha(db) == before
    p = run("--database", db, "--export-pdf", out, "--year", "12")
    assert_error(p, "--year")
    assert sha(db) == before
    only(tmp, "eerste.pdf", "2030.pdf")


@test
def missing_folder(tmp):
    db = new_db(tmp)
    before = sha(db)
    out = os.path.join(tmp, "ontbreekt", "rapport.pdf")
    p = run("--database", db, "--export-pdf", out)
    assert_error(p, "ontbreekt")
    assert not os.path.exists(os.path.dirname(out))
    assert sha(db) == before
    assert len(records(db)) == 1
    only(tmp, "eerste.pdf")


def can_become_nobody(exe):
    """Whether a child process can become the user nobody and then run @exe."""
    pid = os.fork()
    if pid == 0:
        try:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os._exit(0 if os.access(exe, os.X_OK) else 1)
        except OSError:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0


def become_nobody():
    os.setgid(NOBODY)
    os.setuid(NOBODY)


@test
def folder_without_write_permission(tmp):
    db = new_db(tmp)
    folder = os.path.join(tmp, "alleen-lezen")
    os.mkdir(folder)
    out = os.path.join(folder, "rapport.pdf")
    with open(out, "w") as f:
        f.write("oud")
    os.chmod(folder, 0o555)
    preexec = None
    exe = EXE
    if os.geteuid() == 0:
        # Root writes anywhere: run as the user nobody, who may read the database (and so
        # opens it read-only) but not write in the folder. SQLite needs to write the WAL's
        # index beside a database in WAL mode, also to read it: the database's folder and
        # the index that the reads of this test left there are writable. The build folder
        # may be where nobody cannot go (a clone in /root): nobody runs a copy of the
        # program in the test's own folder (its resources are compiled in).
        os.chmod(tmp, 0o777)
        exe = os.path.join(tmp, "ondermijning")
        shutil.copy2(EXE, exe)
        os.chmod(exe, 0o755)
        if not can_become_nobody(exe):
            raise Skip("running as root, and a child process cannot become the user nobody "
                       "and run the program")
        os.chmod(tmp, 0o777)
        os.chmod(db, 0o644)
        for name in (db + "-wal", db + "-shm"):
            if os.path.exists(name):
                os.chmod(name, 0o666)
        preexec = become_nobody
    before = sha(db)
    p = run("--database", db, "--export-pdf", out, preexec_fn=preexec, exe=exe)
    assert_error(p, out)
    assert sorted(os.listdir(folder)) == ["rapport.pdf"], os.listdir(folder)
    with open(out) as f:
        assert f.read() == "oud"
    assert sha(db) == before
    assert len(records(db)) == 1


@test
def read_only_database(tmp):
    db = new_db(tmp)
    os.chmod(db, 0o400)
    before = sha(db)
    out = os.path.join(tmp, "ro.pdf")
    p = run("--database", db, "--export-pdf", out)
    assert p.returncode == 0, p.stderr
    assert "could not be recorded" in p.stdout and "read-only" in p.stdout, p.stdout
    assert out in p.stdout, p.stdout
    with open(out, "rb") as f:
        assert f.read(5) == b"%PDF-"
    assert sha(db) == before
    assert len(records(db)) == 1


@test
def bad_options(tmp):
    db = new_db(tmp)
    before = sha(db)
    p = run("--database", db, "--export-pdf", "")
    assert_error(p, "--export-pdf")
    p = run("--database", db, "--export-pdf", os.path.join(tmp, "a.pdf"),
            "--export-xlsx", os.path.join(tmp, "a.xlsx"))
    assert_error(p, "--export-pdf", "--export-xlsx")
    assert sha(db) == before
    only(tmp, "eerste.pdf")


if __name__ == "__main__":
    sys.exit(main("ond-report-cli-"))
