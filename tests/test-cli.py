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

import os
import shutil
import sqlite3
import stat
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_harness import assert_error, env, main, run, sha, test  # noqa: E402


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


DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def fixture(tmp, name):
    path = os.path.join(tmp, name)
    shutil.copyfile(os.path.join(DATA, name), path)
    return path


def case_rows(db):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    rows = con.execute("SELECT reference, date_received, source, subject_name, status"
                       " FROM case_file ORDER BY reference").fetchall()
    con.close()
    return rows


@test
def import_cases(tmp):
    db = new_db(tmp)
    csv = fixture(tmp, "meldingen.csv")
    p = run("--database", db, "--import-cases", csv)
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip() == "", p.stderr
    assert p.stdout.strip() == "4 signals imported from %s" % csv, p.stdout
    assert case_rows(db) == [
        ("2023-0001", "2023-11-02", "politie", "Loods 4", "nieuw"),
        ("2024-0001", "2024-02-01", "ondernemer", 'Bakkerij "De Korst"', "nieuw"),
        ("2024-0002", "2024-03-15", "mma", "J. Jansen", "nieuw"),
        ("2024-0003", "2024-03-15", "inwoner", "P. Pietersen", "nieuw"),
    ], case_rows(db)
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    batch = con.execute("SELECT kind, file_name, sha256, rows FROM import_batch").fetchall()
    events = con.execute("SELECT count(*) FROM case_event").fetchone()[0]
    con.close()
    assert batch == [("cases", "meldingen.csv", sha(csv), 4)], batch
    assert events == 4


@test
def import_cases_windows_1252(tmp):
    db = new_db(tmp)
    csv = fixture(tmp, "meldingen-windows-1252.csv")
    p = run("--database", db, "--import-cases", csv)
    assert p.returncode == 0, p.stderr
    assert [r[3] for r in case_rows(db)] == ["Massagesalon Hé", "Autobedrijf Geërfd"]


@test
def import_cases_bad_file(tmp):
    db = new_db(tmp)
    before = sha(db)
    csv = fixture(tmp, "meldingen-fouten.csv")
    p = run("--database", db, "--import-cases", csv)
    assert p.returncode == 1, (p.returncode, p.stderr)
    assert p.stdout.strip() == "", p.stdout
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    assert all(l.startswith("ondermijning: ") for l in lines), lines
    # One line per problem, with the file, line and column, then a summary.
    assert lines[0] == "ondermijning: %s:3: Datum: \u201c31-02-2024\u201d is not an existing date" \
        % csv, lines[0]
    assert lines[1].startswith("ondermijning: %s:4: Bron: \u201cBuurman\u201d is not a known source"
                               % csv), lines[1]
    assert lines[2].startswith("ondermijning: %s:5: Soort: \u201cFiets\u201d" % csv), lines[2]
    assert lines[3].startswith("ondermijning: %s:6: Subject: " % csv), lines[3]
    assert lines[4] == "ondermijning: %s: 4 problems; nothing was imported" % csv, lines[4]
    assert len(lines) == 5, lines
    assert sha(db) == before
    assert case_rows(db) == []


@test
def import_cases_twice(tmp):
    db = new_db(tmp)
    csv = fixture(tmp, "meldingen.csv")
    p = run("--database", db, "--import-cases", csv)
    assert p.returncode == 0, p.stderr
    before = sha(db)
    # The same bytes under another name are recognised.
    again = os.path.join(tmp, "nogmaals.csv")
    shutil.copyfile(csv, again)
    p = run("--database", db, "--import-cases", again)
    assert p.returncode == 1, p.stderr
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    assert lines[0].startswith("ondermijning: %s: " % again), lines
    assert "imported before" in lines[0] and "meldingen.csv" in lines[0], lines[0]
    assert sha(db) == before
    assert len(case_rows(db)) == 4


@test
def import_cases_unreadable(tmp):
    db = new_db(tmp)
    before = sha(db)
    p = run("--database", db, "--import-cases", os.path.join(tmp, "nope.csv"))
    assert_error(p, "nope.csv")
    empty = os.path.join(tmp, "leeg.csv")
    open(empty, "w").close()
    p = run("--database", db, "--import-cases", empty)
    assert_error(p, "leeg.csv")
    assert sha(db) == before


@test
def import_cases_read_only(tmp):
    db = new_db(tmp)
    os.chmod(db, 0o400)
    before = sha(db)
    p = run("--database", db, "--import-cases", fixture(tmp, "meldingen.csv"))
    assert_error(p, "read-only")
    assert sha(db) == before


def booking_rows(db):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    rows = con.execute("SELECT b.date, l.name, b.amount_cents, b.kind, b.reference"
                       " FROM booking b JOIN budget_line l ON l.id = b.line_id"
                       " ORDER BY b.id").fetchall()
    con.close()
    return rows


@test
def import_bookings(tmp):
    db = new_db(tmp)
    csv = fixture(tmp, "boekingen.csv")
    p = run("--database", db, "--import-bookings", csv)
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip() == "", p.stderr
    assert p.stdout.strip() == "6 bookings imported from %s" % csv, p.stdout
    assert booking_rows(db) == [
        ("2023-02-15", "Inzet communicatiemedewerker", 1000000, "verplichting", "O-2023-017"),
        ("2023-01-03", "Veiligheidsinformatieknooppunt (VIK)", 123456, "realisatie",
         "F-2023-001"),
        ("2023-03-31", "Inzet communicatiemedewerker", 250000, "realisatie", "O-2023-017"),
        ("2023-04-12", "BIBOB trainingen", 150000, "realisatie", "F-2023-010"),
        ("2023-04-20", "Inzet communicatiemedewerker", -1250, "realisatie", "O-2023-017"),
        ("2024-05-20", "Meld Misdaad Anoniem (MMA)", 150000, "realisatie", "F-2024-003"),
    ], booking_rows(db)
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    batch = con.execute("SELECT kind, file_name, sha256, rows FROM import_batch").fetchall()
    con.close()
    assert batch == [("bookings", "boekingen.csv", sha(csv), 6)], batch


@test
def import_bookings_other_formats(tmp):
    db = new_db(tmp)
    for name, n in (("boekingen-windows-1252.csv", 2), ("boekingen-komma.csv", 3)):
        csv = fixture(tmp, name)
        p = run("--database", db, "--import-bookings", csv)
        assert p.returncode == 0, p.stderr
        assert p.stdout.strip() == "%d bookings imported from %s" % (n, csv), p.stdout
    assert [(r[2], r[4]) for r in booking_rows(db)] == [
        (25000, "F-2023-044"), (175025, "F-2023-045"),
        (1200000, "O-2023-090"), (425050, "O-2023-090"), (9995, "")], booking_rows(db)


@test
def import_bookings_bad_file(tmp):
    db = new_db(tmp)
    before = sha(db)
    csv = fixture(tmp, "boekingen-fouten.csv")
    p = run("--database", db, "--import-bookings", csv)
    assert p.returncode == 1, (p.returncode, p.stderr)
    assert p.stdout.strip() == "", p.stdout
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    # FILE:LINE: COLUMN: message, one per bad row, then a summary.
    expected = [(3, "Datum"), (4, "Kostenpost"), (5, "Bedrag"), (6, "Bedrag"), (7, "Bedrag"),
                (8, "Soort"), (9, "Kostenpost")]
    assert len(lines) == len(expected) + 1, lines
    for line, (number, column) in zip(lines, expected):
        assert line.startswith("ondermijning: %s:%d: %s: " % (csv, number, column)), line
    assert "\u201c12a,50\u201d is not an amount" in lines[2], lines[2]
    assert lines[-1] == "ondermijning: %s: 7 problems; nothing was imported" % csv, lines[-1]
    assert sha(db) == before
    assert booking_rows(db) == []


@test
def import_bookings_unreadable_files(tmp):
    db = new_db(tmp)
    before = sha(db)
    header = b"Datum;Kostenpost;Bedrag;Soort;Omschrijving;Referentie;Leverancier\n"
    good = b"03-01-2023;Integrale controles;100,00;realisatie;;F-1;\n"
    cases = {
        "leeg.csv": (b"", "1: Datum: The file is empty"),
        "binair.csv": (header + good + b"04-01-2023;Integrale controles;1\x0000;realisatie;;;\n",
                       "3: Bedrag: The file is not plain text"),
        "quote.csv": (header + b'04-01-2023;Integrale controles;"12,50;realisatie;;;\n' + good,
                      "2: Bedrag: A field opened with a quote"),
        "gemengd.csv": (header + good + b"04-01-2023,Integrale controles,12.50,realisatie,,,\n",
                        "3: Kostenpost: This row is separated by"),
    }
    for name, (data, needle) in cases.items():
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        p = run("--database", db, "--import-bookings", path)
        assert p.returncode == 1, (name, p.returncode, p.stderr)
        lines = [l for l in p.stderr.splitlines() if l.strip()]
        assert lines[0].startswith("ondermijning: %s:%s" % (path, needle)), lines
        assert sha(db) == before, name
    p = run("--database", db, "--import-bookings", os.path.join(tmp, "nope.csv"))
    assert_error(p, "nope.csv")
    assert sha(db) == before
    assert booking_rows(db) == []


@test
def import_bookings_twice(tmp):
    db = new_db(tmp)
    csv = fixture(tmp, "boekingen.csv")
    assert run("--database", db, "--import-bookings", csv).returncode == 0
    before = sha(db)
    again = os.path.join(tmp, "nogmaals.csv")
    shutil.copyfile(csv, again)
    p = run("--database", db, "--import-bookings", again)
    assert p.returncode == 1, p.stderr
    assert "imported before" in p.stderr and "boekingen.csv" in p.stderr, p.stderr
    assert sha(db) == before
    # A later export that repeats one row: the row is skipped and listed, the new one added.
    later = os.path.join(tmp, "later.csv")
    with open(later, "w", encoding="utf-8") as f:
        f.write("Datum;Kostenpost;Bedrag;Soort;Omschrijving;Referentie;Leverancier\n"
                "03-01-2023;Veiligheidsinformatieknooppunt (VIK);1.234,56;realisatie;;"
                "F-2023-001;\n"
                "05-06-2023;Integrale controles;80,00;realisatie;;F-2023-050;\n")
    p = run("--database", db, "--import-bookings", later)
    assert p.returncode == 0, p.stderr
    out = p.stdout.splitlines()
    assert out[0] == "1 booking imported from %s" % later, out
    assert out[1].startswith("%s:2: Skipped: " % later), out
    assert len(out) == 2, out
    assert len(booking_rows(db)) == 7


@test
def import_bookings_with_mapping(tmp):
    db = new_db(tmp)
    con = sqlite3.connect(db)
    con.execute("INSERT INTO import_mapping (source_name, mapping) VALUES (?, ?)",
                ("Key2Financi\u00ebn",
                 "date=Boekdatum;line=Kostenplaats;amount=Bedrag incl. btw;kind=Soort boeking;"
                 "reference=Factuurnummer"))
    con.commit()
    con.close()
    csv = os.path.join(tmp, "key2.csv")
    with open(csv, "w", encoding="utf-8") as f:
        f.write("Kostenplaats;Boekdatum;Factuurnummer;Bedrag incl. btw;Soort boeking;Grootboek\n"
                "Integrale controles;01-07-2023;F 88;\u20ac 2.420,00;realisatie;4711\n")
    before = sha(db)
    p = run("--database", db, "--import-bookings", csv, "--mapping", "SAP")
    assert_error(p, "SAP")
    p = run("--database", db, "--import-bookings", csv)
    assert p.returncode == 1, p.stderr
    assert "%s:1: Datum: " % csv in p.stderr, p.stderr
    assert sha(db) == before
    p = run("--database", db, "--import-bookings", csv, "--mapping", "Key2Financi\u00ebn")
    assert p.returncode == 0, p.stderr
    assert booking_rows(db) == [("2023-07-01", "Integrale controles", 242000, "realisatie",
                                 "F 88")], booking_rows(db)
    p = run("--database", db, "--mapping", "Key2Financi\u00ebn")
    assert_error(p, "--mapping")


@test
def import_bookings_read_only(tmp):
    db = new_db(tmp)
    os.chmod(db, 0o400)
    before = sha(db)
    p = run("--database", db, "--import-bookings", fixture(tmp, "boekingen.csv"))
    assert_error(p, "read-only")
    assert sha(db) == before


if __name__ == "__main__":
    sys.exit(main("ond-cli-"))
