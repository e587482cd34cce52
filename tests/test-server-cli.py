#!/usr/bin/python3
# test-server-cli.py
#
# Copyright 2026 Gemeente Dordrecht
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ondermijning --database ADDRESS --init-server as an administrator meets it, on the private
# test cluster of `make check` (OND_TEST_PG; skipped without it): an empty server database
# is set up (our schema, no data) with one line on stdout; a second run changes nothing and
# says so; a database of another application is refused and left as it was; --init-server
# without a server address, or with another command, is refused; --backup of a server
# database is refused (the administrator's pg_dump does that). --copy-to moves a file into a
# server database that was set up and back into a new file, saying what it copied; a server
# database that holds records already, or a file that exists, is refused and left as it was.
# Usage: test-server-cli.py PATH-TO-ONDERMIJNING (prints TAP).

import os
import subprocess
import sys
import uuid
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_harness import Skip, assert_error, main, run, sha, test  # noqa: E402

CONNINFO = os.environ.get("OND_TEST_PG")


def conninfo_dict():
    return dict(word.split("=", 1) for word in CONNINFO.split())


def psql(sql, dbname="postgres"):
    info = conninfo_dict()
    info["dbname"] = dbname
    proc = subprocess.run(["psql", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                           " ".join("%s=%s" % kv for kv in info.items()), "-c", sql],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


class Database:
    """A new database on the test cluster, dropped at the end."""

    def __enter__(self):
        if not CONNINFO:
            raise Skip("no PostgreSQL test cluster (OND_TEST_PG)")
        self.name = "ond_cli_%s" % uuid.uuid4().hex[:12]
        psql("CREATE DATABASE %s" % self.name)
        info = conninfo_dict()
        query = "&".join("%s=%s" % (k, quote(v, safe=""))
                         for k, v in info.items() if k != "dbname")
        self.uri = "postgresql:///%s?%s" % (self.name, query)
        return self

    def __exit__(self, *exc):
        psql("DROP DATABASE IF EXISTS %s WITH (FORCE)" % self.name)

    def sql(self, sql):
        return psql(sql, self.name)

    def state(self):
        """The public tables and their row counts."""
        tables = self.sql("SELECT table_name FROM information_schema.tables"
                          " WHERE table_schema = 'public' ORDER BY 1").split()
        return [(t, self.sql("SELECT count(*) FROM %s" % t)) for t in tables]


@test
def init_sets_up_once(tmp):
    with Database() as db:
        proc = run("--database", db.uri, "--init-server")
        assert proc.returncode == 0, proc.stderr
        lines = proc.stdout.splitlines()
        assert len(lines) == 1 and "is set up for Ondermijning" in lines[0], proc.stdout
        assert db.name in lines[0] and "host" not in lines[0], lines[0]
        assert proc.stderr == "", proc.stderr
        assert db.sql("SELECT schema_version FROM ond_database") == "12"
        assert db.sql("SELECT count(*) FROM plan") == "0"
        assert db.sql("SELECT count(*) FROM case_status") == "7"
        before = db.state()
        assert len(before) > 50, before

        again = run("--database", db.uri, "--init-server")
        assert again.returncode == 0, again.stderr
        assert "already" in again.stdout and "nothing was changed" in again.stdout, again.stdout
        assert db.state() == before

        # A database of an older version (8: without the row versions of migrations 9 to
        # 12) is brought up to date, and the command says so instead of "nothing was
        # changed".
        db.sql("ALTER TABLE action DROP COLUMN row_version;"
               " ALTER TABLE funding DROP COLUMN row_version;"
               " ALTER TABLE plan_item DROP COLUMN row_version;"
               " ALTER TABLE partner DROP COLUMN row_version;"
               " ALTER TABLE explanation DROP COLUMN row_version;"
               " ALTER TABLE control DROP COLUMN row_version;"
               " ALTER TABLE measure DROP COLUMN row_version;"
               " ALTER TABLE stop_talk DROP COLUMN row_version;"
               " ALTER TABLE activity DROP COLUMN row_version;"
               " ALTER TABLE booking DROP COLUMN row_version;"
               " ALTER TABLE indicator_value DROP COLUMN row_version;"
               " ALTER TABLE intervention DROP COLUMN row_version;"
               " ALTER TABLE theme DROP COLUMN row_version;"
               " ALTER TABLE meeting_item DROP COLUMN row_version;"
               " UPDATE ond_database SET schema_version = 8")
        old = run("--database", db.uri, "--init-server")
        assert old.returncode == 0, old.stderr
        assert "version 8" in old.stdout and "brought up to version 12" in old.stdout, old.stdout
        assert "nothing was changed" not in old.stdout, old.stdout
        assert db.sql("SELECT schema_version FROM ond_database") == "12"
        assert db.sql("SELECT count(*) FROM information_schema.columns"
                      " WHERE table_name IN ('action', 'funding', 'plan_item', 'partner',"
                      "                      'explanation', 'control', 'measure', 'stop_talk',"
                      "                      'activity', 'booking', 'indicator_value',"
                      "                      'intervention', 'theme', 'meeting_item')"
                      " AND column_name = 'row_version'") == "14"
        assert db.state() == before


@test
def init_refuses_foreign_database(tmp):
    with Database() as db:
        db.sql("CREATE TABLE invoices (id integer); INSERT INTO invoices VALUES (1)")
        before = db.state()
        proc = run("--database", db.uri, "--init-server")
        assert_error(proc, "another application", code=1)
        assert db.state() == before


@test
def init_needs_a_server(tmp):
    proc = run("--init-server")
    assert_error(proc, "--init-server needs --database", code=2)
    path = os.path.join(tmp, "plan.db")
    proc = run("--database", path, "--init-server")
    assert_error(proc, "--init-server needs --database", code=2)
    assert not os.path.exists(path)
    proc = run("--database", "postgresql:///x", "--init-server", "--backup",
               os.path.join(tmp, "b.db"))
    assert_error(proc, "--init-server on its own", code=2)


@test
def unreachable_server(tmp):
    proc = run("--database", "postgresql://me:geheim@/ondermijning?host=/nonexistent",
               "--init-server")
    assert_error(proc, "Could not connect", code=1)
    assert "geheim" not in proc.stderr


@test
def backup_of_server_refused(tmp):
    with Database() as db:
        assert run("--database", db.uri, "--init-server").returncode == 0
        out = os.path.join(tmp, "copy.db")
        proc = run("--database", db.uri, "--backup", out)
        assert_error(proc, "pg_dump", code=1)
        assert not os.path.exists(out)


@test
def copy_to_server_and_back(tmp):
    with Database() as db:
        assert run("--database", db.uri, "--init-server").returncode == 0
        source = os.path.join(tmp, "plan.db")
        # A new file (seeded) with the council workbook recorded in it.
        assert run("--database", source, "--export-xlsx",
                   os.path.join(tmp, "plan.xlsx")).returncode == 0
        proc = run("--database", source, "--copy-to", db.uri)
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == "", proc.stderr
        lines = proc.stdout.splitlines()
        assert lines[0].startswith("Copied “plan.db” to the server database"), lines[0]
        assert "host" not in lines[0], lines[0]
        rows = dict(line.split()[0:2] for line in lines[1:-1])
        assert rows["plan"] == "1" and rows["council_report"] == "1", rows
        assert rows["action"] == db.sql("SELECT count(*) FROM action"), rows
        assert "each table counted and compared" in lines[-1], lines[-1]
        assert db.sql("SELECT count(*) FROM council_report") == "1"

        # Refused: the server database holds records now; nothing changes.
        before = db.state()
        again = run("--database", source, "--copy-to", db.uri)
        assert_error(again, "already holds records", code=1)
        assert again.stdout == "", again.stdout
        assert db.state() == before

        # Back into a new file; a file that exists is refused and left as it was.
        back = os.path.join(tmp, "back.db")
        proc = run("--database", db.uri, "--copy-to", back)
        assert proc.returncode == 0, proc.stderr
        assert os.path.exists(back)
        taken = sha(back)
        proc = run("--database", db.uri, "--copy-to", back)
        assert_error(proc, "exists already", code=1)
        assert sha(back) == taken

        proc = run("--database", source, "--copy-to", os.path.join(tmp, "other.db"))
        assert_error(proc, "copied only into a server database", code=1)
        assert not os.path.exists(os.path.join(tmp, "other.db"))
        proc = run("--database", source, "--copy-to", db.uri, "--backup", back)
        assert_error(proc, "--copy-to on its own", code=2)


sys.exit(main("ond-test-server-cli-"))
