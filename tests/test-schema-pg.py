#!/usr/bin/python3
# test-schema-pg.py
#
# Copyright 2026 Gemeente Dordrecht
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The PostgreSQL schema (src/core/ond-store-schema-pg.c) against the SQLite schema of a new
# database made by the program itself: the same tables with the same columns in the same
# order, types, NOT NULL, defaults, primary keys, foreign keys (and what a delete does),
# unique constraints, indexes, triggers and vocabulary rows; then the same refusals and the
# same trigger effects on sample values, in both databases: the date CHECKs (and SQLite's
# date(x) IS x against ond_is_date over some thousands of strings), amounts, years, codes,
# the append-only logs with their messages word for word, the plan period of a planning
# row, the stale search text of a booking and case_file.next_follow_up_date.
#
# The schema string is read from the C source: its string literals joined, with the macros
# of string literals the file defines. It is run in one piece, as PQexec runs it, in a new
# database that is dropped at the end.
#
# Usage: test-schema-pg.py PATH-TO-ONDERMIJNING PATH-TO-ond-store-schema-pg.c
# The server is OND_TEST_PG, a libpq connection string (e.g. "host=/tmp/pg user=postgres")
# or URI of a database whose user may create databases; without it the test is skipped
# (exit 77). Prints TAP-style lines; exit 1 when anything differs.

import datetime
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_harness import run  # noqa: E402

NULL = "\x01NULL\x01"         # how psql shows a NULL here
FS, RS = "\x1f", "\x1e"        # field and record separators of psql's output

# The differences the schema means to have (ond-store-schema-pg.c says why).
# INTEGER PRIMARY KEY columns that are not identities on the server.
NOT_IDENTITY = {("case_counter", "year")}
# SQLite triggers that run BEFORE on the server instead of AFTER, with the same effect.
TIMING_CHANGED = {"booking_search_text_stale", "case_file_next_follow_up_insert",
                  "case_file_next_follow_up_update"}
# Triggers only the server has: TRUNCATE is not in SQLite.
SERVER_ONLY_TRIGGERS = {"access_log_no_truncate", "deletion_log_no_truncate"}
# SQLite defaults and the server's expressions for them, checked by their effect below.
DEFAULT_TRANSLATIONS = {
    "strftime('%Y-%m-%dT%H:%M:%S', 'now')":
        "to_char((statement_timestamp() AT TIME ZONE 'UTC'::text), "
        "'YYYY-MM-DD\"T\"HH24:MI:SS'::text)",
}

RESULTS = []


def report(name, problems, notes=()):
    """Records one TAP result: ok when @problems is empty; prints @problems and @notes."""
    RESULTS.append(not problems)
    print("%s %d - %s" % ("not ok" if problems else "ok", len(RESULTS), name))
    for p in problems:
        print("#   DIFFERS: %s" % p)
    for n in notes:
        print("#   note: %s" % n)
    sys.stdout.flush()


# The schema text.

C_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
C_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "?": "?", "r": "\r"}


def c_string(body):
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        e = body[i + 1]
        if e not in C_ESCAPES:
            raise ValueError("escape \\%s is not handled" % e)
        out.append(C_ESCAPES[e])
        i += 2
    return "".join(out)


def strip_comments(text):
    """@text without C comments, string literals kept (a comment opener in a string stays)."""
    out = []
    i = 0
    while i < len(text):
        if text[i] == '"':
            m = C_STRING.match(text, i)
            out.append(m.group(0))
            i = m.end()
        elif text.startswith("/*", i):
            i = text.index("*/", i) + 2
            out.append(" ")
        elif text.startswith("//", i):
            i = text.index("\n", i)
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def concatenate(tokens_text, macros, what):
    """The string literals and string macros of @tokens_text, joined."""
    parts = []
    for tok in re.finditer(r'"(?:[^"\\\n]|\\.)*"|[A-Za-z_]\w*|\S', tokens_text):
        t = tok.group(0)
        if t.startswith('"'):
            parts.append(c_string(t[1:-1]))
        elif t in macros:
            parts.append(macros[t])
        else:
            raise ValueError("%s: unexpected %r" % (what, t))
    return "".join(parts)


def read_schema(path):
    with open(path, encoding="utf-8") as f:
        text = strip_comments(f.read().replace("\\\n", " "))
    macros = {}
    for m in re.finditer(r'^#define\s+(\w+)\s+(".*)$', text, re.M):
        macros[m.group(1)] = concatenate(m.group(2), macros, m.group(1))
    m = re.search(r"\b_ond_store_schema_pg\s*\[\s*\]\s*=(.*?);\s*$", text, re.S | re.M)
    if not m:
        raise ValueError("no _ond_store_schema_pg[] in %s" % path)
    return concatenate(m.group(1), macros, "_ond_store_schema_pg")


# The server, through psql.

def with_dbname(conninfo, name):
    if re.match(r"postgres(ql)?://", conninfo):
        u = urllib.parse.urlsplit(conninfo)
        return "%s://%s/%s%s" % (u.scheme, u.netloc, name, "?" + u.query if u.query else "")
    return "%s dbname='%s'" % (conninfo, name)


class Psql:
    def __init__(self, conninfo):
        self.conninfo = conninfo

    def run(self, sql):
        """Runs @sql as one query string; returns (rows, error): rows of text fields (NULL
        as the NULL marker), or error as "SQLSTATE: message"."""
        p = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", FS, "-R", RS,
                            "-P", "null=" + NULL, "-v", "ON_ERROR_STOP=1",
                            "-v", "VERBOSITY=verbose", "-d", self.conninfo, "-c", sql],
                           capture_output=True, text=True, timeout=300,
                           stdin=subprocess.DEVNULL,
                           env=dict(os.environ, PGOPTIONS="-c client_min_messages=warning"))
        if p.returncode != 0:
            m = re.search(r"ERROR:\s+(\w{5}): (.*)", p.stderr)
            return None, (m.group(1) + ": " + m.group(2)) if m else p.stderr.strip()
        out = p.stdout[:-1] if p.stdout.endswith("\n") else p.stdout
        rows = [r.split(FS) for r in out.split(RS)] if out else []
        return rows, None

    def rows(self, sql):
        rows, error = self.run(sql)
        if error:
            raise RuntimeError("%s\n  in: %s" % (error, sql[:300]))
        return rows


def lit(value):
    """@value as an SQL literal both dialects read alike (None as NULL)."""
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + value.replace("'", "''") + "'"


def sqlite_text(v):
    return NULL if v is None else str(v)


# What each database says about its schema.

def sqlite_schema(con):
    s = {"tables": {}, "views": set(), "triggers": {}}
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    s["views"] = {r[0] for r in con.execute("SELECT name FROM sqlite_master"
                                            " WHERE type = 'view'")}
    for t in names:
        cols = con.execute('PRAGMA table_info("%s")' % t).fetchall()
        pk = [c[1] for c in sorted((c for c in cols if c[5]), key=lambda c: c[5])]
        columns = []
        for cid, name, ctype, notnull, dflt, pkpos in cols:
            identity = (ctype.upper() == "INTEGER" and pk == [name]
                        and (t, name) not in NOT_IDENTITY)
            columns.append((name, {"INTEGER": "bigint", "TEXT": "text",
                                   "REAL": "double precision"}.get(ctype.upper(), ctype),
                            bool(notnull or pkpos), dflt, identity))
        fks = set()
        groups = {}
        for fid, seq, ref, frm, to, on_update, on_delete, match in con.execute(
                'PRAGMA foreign_key_list("%s")' % t):
            groups.setdefault(fid, []).append((seq, frm, to, ref, on_update, on_delete))
        for g in groups.values():
            g.sort()
            fks.add((tuple(x[1] for x in g), g[0][3], tuple(x[2] for x in g), g[0][5], g[0][4]))
        uniques, indexes = set(), {}
        for seq, iname, unique, origin, partial in con.execute('PRAGMA index_list("%s")' % t):
            keys = [r for r in con.execute('PRAGMA index_xinfo("%s")' % iname) if r[5]]
            cols_ = tuple(r[2] if r[2] is not None else "<expression>" for r in keys)
            colls = {r[4] for r in keys}
            if colls != {"BINARY"}:
                cols_ += ("<collation %s>" % ",".join(sorted(colls)),)
            if partial:
                cols_ += ("<partial>",)
            if origin == "pk":
                continue
            if unique:
                uniques.add(cols_)
            if origin == "c":
                indexes[iname] = (cols_, bool(unique))
        s["tables"][t] = {"columns": columns, "pk": pk, "fks": fks, "uniques": uniques,
                          "indexes": indexes}
    for name, tbl, sql in con.execute("SELECT name, tbl_name, sql FROM sqlite_master"
                                      " WHERE type = 'trigger'"):
        m = re.match(r"CREATE TRIGGER\s+(\w+)\s+(BEFORE|AFTER|INSTEAD OF)?\s*"
                     r"(INSERT|DELETE|UPDATE(?:\s+OF\s+([\w\s,]+?))?)\s+ON\s+(\w+)",
                     " ".join(sql.split()), re.I)
        event = m.group(3).split()[0].upper()
        cols = tuple(sorted(c.strip() for c in m.group(4).split(","))) if m.group(4) else ()
        s["triggers"][name] = (tbl, (m.group(2) or "BEFORE").upper(), event, cols)
    return s


PG_COLUMNS = """
SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, coalesce(c.column_default, ''),
       c.is_identity
FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
ORDER BY c.table_name, c.ordinal_position"""

PG_KEYS = """
WITH keys AS (
  SELECT i.indexrelid, ic.relname AS iname, tc.relname AS tname, i.indisprimary, i.indisunique,
         i.indpred IS NOT NULL AS partial,
         (SELECT string_agg(pg_get_indexdef(i.indexrelid, k, true)
                            || CASE WHEN co.collname IS NULL OR co.collname IN ('default', 'C')
                                    THEN '' ELSE ' <collation ' || co.collname || '>' END,
                            ',' ORDER BY k)
          FROM generate_series(1, i.indnkeyatts) k
          LEFT JOIN pg_collation co ON co.oid = i.indcollation[k - 1]) AS cols,
         EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = i.indexrelid
                 AND x.contype IN ('p', 'u')) AS is_constraint
  FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid
  WHERE tc.relnamespace = current_schema()::regnamespace)
SELECT tname, iname, indisprimary, indisunique, partial, cols, is_constraint FROM keys"""

PG_FKS = """
SELECT cl.relname,
       (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(co.conkey)
          WITH ORDINALITY k(n, ord) JOIN pg_attribute a ON a.attrelid = co.conrelid
          AND a.attnum = k.n),
       rf.relname,
       (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(co.confkey)
          WITH ORDINALITY k(n, ord) JOIN pg_attribute a ON a.attrelid = co.confrelid
          AND a.attnum = k.n),
       co.confdeltype, co.confupdtype, co.condeferrable
FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
JOIN pg_class rf ON rf.oid = co.confrelid
WHERE co.contype = 'f' AND cl.relnamespace = current_schema()::regnamespace"""

PG_TRIGGERS = """
SELECT t.tgname, c.relname, t.tgtype,
       coalesce((SELECT string_agg(a.attname, ',' ORDER BY a.attname)
                 FROM unnest(t.tgattr) n JOIN pg_attribute a ON a.attrelid = t.tgrelid
                 AND a.attnum = n), '')
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"""

FK_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL",
              "d": "SET DEFAULT"}


def pg_schema(pg):
    s = {"tables": {}, "views": set(), "triggers": {}}
    for t, name, dtype, nullable, dflt, identity in pg.rows(PG_COLUMNS):
        tbl = s["tables"].setdefault(t, {"columns": [], "pk": [], "fks": set(),
                                         "uniques": set(), "indexes": {}})
        tbl["columns"].append((name, dtype, nullable == "NO", dflt or None, identity == "YES"))
    s["views"] = {r[0] for r in pg.rows("SELECT table_name FROM information_schema.views"
                                        " WHERE table_schema = current_schema()")}
    for t, iname, primary, unique, partial, cols, is_constraint in pg.rows(PG_KEYS):
        cols_ = tuple(cols.split(",")) + (("<partial>",) if partial == "t" else ())
        tbl = s["tables"][t]
        if primary == "t":
            tbl["pk"] = list(cols_)
            continue
        if unique == "t":
            tbl["uniques"].add(cols_)
        if is_constraint == "f":
            tbl["indexes"][iname] = (cols_, unique == "t")
    for t, cols, ref, refcols, ondel, onupd, deferrable in pg.rows(PG_FKS):
        s["tables"][t]["fks"].add((tuple(cols.split(",")), ref, tuple(refcols.split(",")),
                                   FK_ACTIONS[ondel], FK_ACTIONS[onupd])
                                  + (("<deferrable>",) if deferrable == "t" else ()))
    for name, tbl, tgtype, cols in pg.rows(PG_TRIGGERS):
        tgtype = int(tgtype)
        timing = "BEFORE" if tgtype & 2 else ("INSTEAD OF" if tgtype & 64 else "AFTER")
        events = [e for bit, e in ((4, "INSERT"), (8, "DELETE"), (16, "UPDATE"),
                                   (32, "TRUNCATE")) if tgtype & bit]
        level = "ROW" if tgtype & 1 else "STATEMENT"
        s["triggers"][name] = (tbl, timing, "+".join(events),
                               tuple(sorted(cols.split(","))) if cols else (), level)
    return s


def normalize_default(dflt):
    """A server default as SQLite writes it: '' for ''::text, 0 for 0."""
    if dflt is None:
        return None
    m = re.fullmatch(r"('(?:[^']|'')*')::text", dflt)
    if m:
        return m.group(1)
    m = re.fullmatch(r"\(?(-?\d+)\)?(::bigint)?", dflt)
    if m:
        return m.group(1)
    for lite, server in DEFAULT_TRANSLATIONS.items():
        if dflt == server:
            return lite
    return dflt


def compare_schemas(lite, srv):
    problems = []
    missing = sorted(set(lite["tables"]) - set(srv["tables"]))
    extra = sorted(set(srv["tables"]) - set(lite["tables"]))
    if missing:
        problems.append("tables missing on the server: %s" % ", ".join(missing))
    if extra:
        problems.append("tables only on the server: %s" % ", ".join(extra))
    report("the same %d tables" % len(lite["tables"]), problems)

    if lite["views"] != srv["views"]:
        report("the same views", ["SQLite %s, server %s" % (sorted(lite["views"]),
                                                            sorted(srv["views"]))])
    else:
        report("the same views (%d)" % len(lite["views"]), [])

    common = sorted(set(lite["tables"]) & set(srv["tables"]))
    checks = {
        "column names in order": lambda t: [c[0] for c in t["columns"]],
        "column types": lambda t: [(c[0], c[1]) for c in t["columns"]],
        "NOT NULL columns": lambda t: sorted(c[0] for c in t["columns"] if c[2]),
        "identity columns": lambda t: sorted(c[0] for c in t["columns"] if c[4]),
        "primary keys": lambda t: t["pk"],
        "foreign keys (columns, table, columns, on delete, on update)":
            lambda t: sorted(t["fks"]),
        "unique constraints and indexes": lambda t: sorted(t["uniques"]),
        "indexes (name: columns, unique)": lambda t: sorted(t["indexes"].items()),
    }
    for what, get in checks.items():
        problems = []
        for name in common:
            a, b = get(lite["tables"][name]), get(srv["tables"][name])
            if a != b:
                problems.append("%s: SQLite %r, server %r" % (name, a, b))
        report(what, problems)

    problems = []
    for name in common:
        for lc, sc in zip(lite["tables"][name]["columns"], srv["tables"][name]["columns"]):
            if lc[0] == sc[0] and not sc[4] and lc[3] != normalize_default(sc[3]):
                problems.append("%s.%s: SQLite DEFAULT %r, server %r" % (name, lc[0], lc[3],
                                                                          sc[3]))
    report("column defaults", problems)

    problems, notes = [], []
    for name, (tbl, timing, event, cols) in sorted(lite["triggers"].items()):
        got = srv["triggers"].get(name)
        if not got:
            problems.append("trigger %s missing on the server" % name)
            continue
        want = (tbl, timing, event, cols, "ROW")
        if name in TIMING_CHANGED and got[1] != timing:
            notes.append("%s runs %s on the server, %s in SQLite" % (name, got[1], timing))
            want = (tbl, got[1], event, cols, "ROW")
        if got != want:
            problems.append("trigger %s: SQLite %r, server %r" % (name, want, got))
    for name in sorted(set(srv["triggers"]) - set(lite["triggers"])):
        if name in SERVER_ONLY_TRIGGERS and srv["triggers"][name][2] == "TRUNCATE":
            notes.append("%s only on the server (%s)" % (name, srv["triggers"][name][2]))
        else:
            problems.append("trigger %s only on the server: %r" % (name, srv["triggers"][name]))
    report("triggers (table, timing, event, UPDATE OF columns)", problems, notes)


# Rows.

def vocabulary_tables(lite):
    """The lookup tables: a single TEXT primary key, filled by the schema itself."""
    return sorted(t for t, d in lite["tables"].items()
                  if len(d["pk"]) == 1
                  and dict((c[0], c[1]) for c in d["columns"])[d["pk"][0]] == "text")


def compare_rows(con, pg, lite):
    vocab = vocabulary_tables(lite)
    problems = []
    for t in vocab:
        a = [[sqlite_text(v) for v in r] for r in con.execute('SELECT * FROM "%s" ORDER BY rowid'
                                                              % t)]
        b = pg.rows('SELECT * FROM "%s" ORDER BY ctid' % t)
        if a != b:
            problems.append("%s: SQLite %r, server %r" % (t, a, b))
    report("rows of the %d vocabulary tables, in order" % len(vocab), problems)
    counts = pg.rows(" UNION ALL ".join("SELECT '%s', count(*) FROM \"%s\"" % (t, t)
                                        for t in sorted(lite["tables"]) if t not in vocab))
    report("the schema fills no other table on the server",
           ["%s has %s rows" % (t, n) for t, n in counts if n != "0"])


# Refusals and trigger effects on sample values, in both databases.

FIXTURE = [
    "INSERT INTO plan (id, title, first_year, last_year, objective, state, created_from)"
    " VALUES (9001, 'Testplan', 2023, 2026, '', 'draft', NULL)",
    "INSERT INTO pillar (id, plan_id, number, name) VALUES (9001, 9001, 1, 'Pijler')",
    "INSERT INTO partner (id, name, short_name, kind, position)"
    " VALUES (9001, 'Testpartner 9001', 'TP', 'extern', 99)",
    "INSERT INTO theme (id, plan_id, position, name) VALUES (9001, 9001, 1, 'Thema')",
    "INSERT INTO action (id, plan_id, pillar_id, position, text)"
    " VALUES (9001, 9001, 9001, 1, 'Actie')",
    "INSERT INTO action_progress (id, action_id, date, note)"
    " VALUES (9001, 9001, '2024-01-10', 'Noot')",
    "INSERT INTO intervention (id, name, position) VALUES (9001, 'Testinterventie 9001', 99)",
    "INSERT INTO area (id, name, position) VALUES (9001, 'Testgebied 9001', 99)",
    "INSERT INTO plan_item (id, plan_id, year, period, position, what)"
    " VALUES (9001, 9001, 2024, 'Q1', 1, 'Wat')",
    "INSERT INTO indicator (id, code, name, method, position)"
    " VALUES (9001, 'T9001', 'Indicator', 'manual', 99)",
    "INSERT INTO indicator_value (id, indicator_id, year, value) VALUES (9001, 9001, 2024, 1)",
    "INSERT INTO target (id, plan_item_id, description, value) VALUES (9001, 9001, 'Doel', 1)",
    "INSERT INTO indicator_frozen (id, indicator_id, year, value) VALUES (9001, 9001, 2024, 1)",
    "INSERT INTO budget_line (id, plan_id, position, name) VALUES (9001, 9001, 1, 'Post')",
    "INSERT INTO budget_amount (line_id, year, amount_cents) VALUES (9001, 2024, 100)",
    "INSERT INTO budget_change (id, line_id, year, date, amount_cents, reason)"
    " VALUES (9001, 9001, 2024, '2024-03-01', 500, 'Reden')",
    "INSERT INTO plan_total (plan_id, year, amount_cents) VALUES (9001, 2024, 100)",
    "INSERT INTO funding (id, plan_id, year, source, amount_cents)"
    " VALUES (9001, 9001, 2024, 'overig', 100)",
    "INSERT INTO import_batch (id, kind, file_name, sha256, imported_at, rows)"
    " VALUES (9001, 'bookings', 'x.csv', '%s', '2024-01-01T00:00:00', 0)" % ("a" * 64),
    "INSERT INTO booking (id, date, amount_cents, kind, search_text)"
    " VALUES (9001, '2024-02-01', 1234, 'realisatie', 'zoektekst')",
    "INSERT INTO case_counter (year, last_number) VALUES (2099, 5)",
    "INSERT INTO case_file (id, reference, date_received, source, subject_kind, created_at,"
    " updated_at) VALUES (9001, '2099-9001', '2024-01-05', 'mma', 'pand', 'nu', 'nu')",
    "INSERT INTO case_intervention (id, case_id, intervention_id, partner_id, status)"
    " VALUES (9001, 9001, 9001, 9001, 'gereed')",
    "INSERT INTO meeting (id, date) VALUES (9001, '2024-01-01')",
    "INSERT INTO meeting_item (id, meeting_id, position) VALUES (9001, 9001, 1)",
    "INSERT INTO access_log (id, at, who, what) VALUES (9001, 'nu', 'test', 'proef')",
    "INSERT INTO control (id, date, kind) VALUES (9001, '2024-01-01', 'overig')",
    "INSERT INTO measure (id, date, kind, domain) VALUES (9001, '2024-01-01', 'overig', 'overig')",
    "INSERT INTO stop_talk (id, date, maatwerk) VALUES (9001, '2024-01-01', 0)",
    "INSERT INTO activity (id, date, kind) VALUES (9001, '2024-01-01', 'overig')",
    "INSERT INTO explanation (id, plan_id, subject, text, at)"
    " VALUES (9001, 9001, 'year', 'Tekst', 'nu')",
    "INSERT INTO council_report (id, made_at, year, kind, sha256)"
    " VALUES (9001, 'nu', 2024, 'pdf', '%s')" % ("b" * 64),
    "INSERT INTO year_close (id, year, action, at, who) VALUES (9001, 2024, 'close', 'nu', 'w')",
    "INSERT INTO deletion_log (id, reference, status, reason, who, at)"
    " VALUES (9001, '2099-0001', 'gesloten', 'r', 'w', 'nu')",
]

# The row of each table the probes change.
ROW = {"budget_amount": "line_id = 9001 AND year = 2024",
       "plan_total": "plan_id = 9001 AND year = 2024",
       "case_counter": "year = 2099",
       "retention_setting": "status = 'afgevoerd'"}

# (table, column, value, accepted?); values go as literals, text as the store binds text.
# accepted? is a pair (by SQLite, by the server) where the server is stricter by its types:
# SQLite stores text that reads as a whole number ('1e3', '12.0') as that integer, and any
# other text as text where no CHECK looks at it; BIGINT takes only an integer's digits.
PROBES = [
    ("plan", "title", "Nieuw", True), ("plan", "title", "   ", False),
    ("plan", "title", "", False), ("plan", "first_year", 1999, False),
    ("plan", "last_year", 2032, True), ("plan", "last_year", 2033, False),
    ("plan", "last_year", 2022, False), ("plan", "state", "nope", False),
    ("plan", "created_from", 123456, False),
    ("pillar", "number", 4, False), ("pillar", "number", 3, True),
    ("partner", "regiegroep", 2, False), ("partner", "regiegroep", 1, True),
    ("partner", "short_name", " ", False), ("partner", "kind", "nope", False),
    ("partner", "position", None, False), ("partner", "retired", -1, False),
    ("action", "owner_id", 123456, False), ("action", "status", "gereed", True),
    ("budget_amount", "amount_cents", 0, True), ("budget_amount", "amount_cents", -1, False),
    ("budget_amount", "amount_cents", "12.5", False),
    ("budget_amount", "amount_cents", "abc", False),
    ("budget_amount", "amount_cents", 9007199254740993, True),
    ("budget_amount", "year", 2101, False),
    ("budget_change", "amount_cents", 0, False), ("budget_change", "amount_cents", -5, True),
    ("budget_change", "amount_cents", "0.5", False),
    ("plan_total", "amount_cents", -1, False), ("funding", "amount_cents", -1, False),
    ("funding", "amount_cents", "1e3", (True, False)),
    ("budget_amount", "amount_cents", "12.0", (True, False)),
    ("partner", "position", "abc", (True, False)),
    ("booking", "amount_cents", -100, True), ("booking", "amount_cents", "1.5", False),
    ("booking", "kind", "nope", False),
    ("case_file", "reference", "2024-0001", True), ("case_file", "reference", "2024-001", False),
    ("case_file", "reference", "abcd-efgh", False),
    ("case_file", "reference", "2024-00011", False),
    ("case_file", "reference", "2024-0001\n", False),
    ("case_file", "reference", " 2024-0001", False),
    ("case_file", "reference", "\u0662\u0660\u0662\u0664-\u0660\u0660\u0660\u0661", False),
    ("case_file", "source", "nope", False), ("case_file", "status", "gesloten", True),
    ("case_file", "area_id", 123456, False),
    ("import_batch", "sha256", "abc", False), ("import_batch", "kind", "cases", True),
    ("import_batch", "kind", "other", False), ("import_batch", "rows", -1, False),
    ("retention_setting", "years", 0, False), ("retention_setting", "years", 31, False),
    ("retention_setting", "years", 30, True), ("retention_setting", "years", "1.5", False),
    ("retention_setting", "status", "nieuw", False),
    ("retention_setting", "status", "onbekend", False),
    ("meeting_item", "reason", "follow_up", True), ("meeting_item", "reason", "x", False),
    ("case_counter", "last_number", 10000, False), ("case_counter", "last_number", 9999, True),
    ("indicator", "code", "", False), ("indicator", "parent_id", 123456, False),
    ("indicator_value", "value", -1, False), ("target", "value", -1, False),
    ("indicator_frozen", "year", 1999, False),
    ("explanation", "year", None, True), ("explanation", "year", 1999, False),
    ("explanation", "text", "  ", False),
    ("stop_talk", "maatwerk", 2, False), ("control", "businesses", -1, False),
    ("control", "signals", -1, False),
    ("year_close", "action", "reopen", True), ("year_close", "action", "x", False),
    ("council_report", "kind", "doc", False), ("council_report", "kind", "xlsx", True),
    ("council_report", "sha256", "c" * 63, False),
]

# Date probes for every column with a date CHECK: (value, accepted?), and the values SQLite
# 3.40 takes that the server refuses (its date() checks the day against 31 only).
DATE_VALUES = [("2024-02-29", True), ("2000-02-29", True), ("2023-12-31", True),
               ("2023-02-30", False), ("2023-02-29", False), ("2100-02-29", False),
               ("2023-04-31", False), ("2023-2-3", False), ("", False),
               ("2023-13-01", False), ("2023-00-10", False), ("2023-01-32", False),
               ("2023-01-01 ", False), ("2023-01-01T10:00:00", False), ("2023/01/01", False),
               ("20230101", False)]


def sqlite_probe(con, sql):
    con.execute("SAVEPOINT probe")
    try:
        con.execute(sql)
        return None
    except sqlite3.Error as e:
        return str(e)
    finally:
        con.execute("ROLLBACK TO probe")
        con.execute("RELEASE probe")


# Runs each statement in a subtransaction that is always rolled back; the result is 'ok' or
# the error's SQLSTATE and message.
PG_PROBE = """
CREATE FUNCTION test_probe(statement text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  BEGIN
    EXECUTE statement;
    RAISE EXCEPTION USING ERRCODE = 'P0099', MESSAGE = 'probe ok';
  EXCEPTION WHEN OTHERS THEN
    IF SQLSTATE = 'P0099' THEN RETURN 'ok'; END IF;
    RETURN SQLSTATE || ': ' || SQLERRM;
  END;
END $$"""


def pg_probes(pg, statements):
    if not statements:
        return []
    values = ",".join("(%d, %s)" % (i, lit(s)) for i, s in enumerate(statements))
    rows = pg.rows("SELECT n, test_probe(s) FROM (VALUES %s) v(n, s) ORDER BY n" % values)
    return [None if r[1] == "ok" else r[1] for r in rows]


def sqlite_day_past_month_end(value):
    """Does SQLite 3.40 take @value although the day does not exist (day 29..31)?"""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value)
    return bool(m) and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31


def real_day(value):
    """The independent expectation: 'YYYY-MM-DD' naming a day, years 0000..9999."""
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", value)
    if not m:
        return False
    y, mo, d = (int(g) for g in m.groups())
    try:
        datetime.date(y if y > 0 else 2000, mo, d)   # year 0 is a leap year, as 2000
        return True
    except ValueError:
        return False


def date_columns(con):
    cols = []
    for t, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
        for m in re.finditer(r"(\w+) TEXT[^,]*?CHECK \((?:\1 IS NULL OR )?date\(\1\) IS \1\)",
                             " ".join(sql.split())):
            cols.append((t, m.group(1)))
    return sorted(cols)


def check_values(con, pg, lite):
    for sql in FIXTURE:
        con.execute(sql)
        pg.rows(sql)

    # Every date-checked column on the sample dates.
    cols = date_columns(con)
    probes = []
    for t, c in cols:
        notnull = dict((x[0], x[2]) for x in lite["tables"][t]["columns"])[c]
        for v, ok in DATE_VALUES + [(None, not notnull)]:
            probes.append((t, c, v, ok))
    run_probes(con, pg, probes, "date CHECKs of %d columns (%s)"
               % (len(cols), ", ".join("%s.%s" % x for x in cols)), dates=True)
    run_probes(con, pg, PROBES, "CHECKs, foreign keys and NOT NULL on %d sample values"
               % len(PROBES))

    # SQLite's date(x) IS x against ond_is_date (x) on many strings.
    candidates = ["%04d-%02d-%02d" % (y, m, d) for y in (0, 4, 100, 400, 1900, 2000, 2023,
                                                           2024, 2100, 9999)
                  for m in range(0, 14) for d in range(0, 33)]
    candidates += ["2023-2-3", "", " 2023-01-01", "2023-01-01 ", "2023-01-01\n", "2023/01/01",
                   "20230101", "2023-01-01T00:00:00", "2023-01-01 00:00", "-0001-01-01",
                   "+2023-01-01", "12023-01-01", "2023-001-01", "2023-01-1", "2023-1-01",
                   "2023-01-01Z", "now", "2460000", "2460000.5", "\u0662\u0660\u0662\u0663-01-01",
                   "２０２３-01-01", "2023-01-0a", "2023-0a-01", "abcd-ef-gh"]
    lite_ok = [con.execute("SELECT date(?) IS ?", (v, v)).fetchone()[0] == 1
               for v in candidates]
    srv = pg.rows("SELECT ond_is_date(v) FROM unnest(ARRAY[%s]::text[]) WITH ORDINALITY"
                  " u(v, n) ORDER BY n" % ",".join(lit(v) for v in candidates))
    srv_ok = [r[0] == "t" for r in srv]
    problems, known = [], []
    for v, a, b in zip(candidates, lite_ok, srv_ok):
        if b != real_day(v):
            problems.append("ond_is_date(%r) is %s" % (v, b))
        if a != b:
            if a and not b and (sqlite_day_past_month_end(v) or v.startswith("-")):
                known.append(v)
            else:
                problems.append("%r: SQLite date(x) IS x %s, ond_is_date %s" % (v, a, b))
    null = pg.rows("SELECT ond_is_date(NULL) IS NULL")[0][0]
    if null != "t":
        problems.append("ond_is_date(NULL) is not NULL")
    report("ond_is_date against SQLite's date(x) IS x on %d strings" % len(candidates),
           problems, ["%d strings SQLite 3.40 takes and the server refuses, as OndDate does: "
                      "%s ..." % (len(known), ", ".join(repr(k) for k in known[:6]))])

    check_append_only(con, pg)
    check_plan_period(con, pg)
    check_search_text(con, pg)
    check_next_follow_up(con, pg)
    check_defaults(con, pg)


def run_probes(con, pg, probes, name, dates=False):
    statements = ["UPDATE %s SET %s = %s WHERE %s" % (t, c, lit(v), ROW.get(t, "id = 9001"))
                  for t, c, v, ok in probes]
    srv = pg_probes(pg, statements)
    problems, notes, stricter = [], [], []
    for (t, c, v, ok), sql, b in zip(probes, statements, srv):
        a = sqlite_probe(con, sql)
        lite_ok, ok = ok if isinstance(ok, tuple) else (ok, ok)
        if lite_ok != ok and (a is None) == lite_ok and (b is None) == ok:
            stricter.append("%s.%s = %r" % (t, c, v))
        if (b is None) != ok:
            problems.append("server %s %s.%s = %r (%s)" % ("takes" if b is None else "refuses",
                                                          t, c, v, b or "no error"))
        if (a is None) != lite_ok:
            if dates and a is None and isinstance(v, str) and sqlite_day_past_month_end(v):
                notes.append("SQLite 3.40 takes %s.%s = %r" % (t, c, v))
            else:
                problems.append("SQLite %s %s.%s = %r (%s)" % (
                    "takes" if a is None else "refuses", t, c, v, a or "no error"))
    if notes:
        notes = ["%d values SQLite 3.40 takes, the server refuses (day past the month's end),"
                 " e.g. %s" % (len(notes), notes[0])]
    if stricter:
        notes.append("SQLite takes, the server's types refuse: %s" % ", ".join(stricter))
    report(name, problems, notes)


def both(con, pg, sql):
    """Runs @sql in both; returns (SQLite error, server error), each None on success."""
    try:
        con.execute(sql)
        a = None
    except sqlite3.Error as e:
        a = str(e)
    rows, b = pg.run(sql)
    return a, b


def same_refusal(con, pg, sql, message, problems):
    a, b = both(con, pg, sql)
    if a != message:
        problems.append("SQLite: %s: %r instead of %r" % (sql, a, message))
    if b != "23514: " + message:
        problems.append("server: %s: %r instead of %r" % (sql, b, "23514: " + message))


def check_append_only(con, pg):
    problems = []
    for table, message in (("access_log", "the access log is append-only"),
                           ("deletion_log", "the deletion log is append-only")):
        n = con.execute("SELECT count(*) FROM %s" % table).fetchone()[0]
        m = pg.rows("SELECT count(*) FROM %s" % table)[0][0]
        same_refusal(con, pg, "UPDATE %s SET who = 'x' WHERE id = 9001" % table, message,
                     problems)
        same_refusal(con, pg, "DELETE FROM %s WHERE id = 9001" % table, message, problems)
        same_refusal(con, pg, "DELETE FROM %s" % table, message, problems)
        rows, b = pg.run("TRUNCATE %s" % table)
        if b != "23514: " + message:
            problems.append("server: TRUNCATE %s: %r" % (table, b))
        if con.execute("SELECT count(*) FROM %s WHERE who = 'x'" % table).fetchone()[0] != 0 \
           or con.execute("SELECT count(*) FROM %s" % table).fetchone()[0] != n:
            problems.append("SQLite: %s changed" % table)
        if pg.rows("SELECT count(*) FROM %s" % table)[0][0] != m \
           or pg.rows("SELECT count(*) FROM %s WHERE who = 'x'" % table)[0][0] != "0":
            problems.append("server: %s changed" % table)
        a, b = both(con, pg, "INSERT INTO %s (id, at, who, what) VALUES (9002, 'nu', 't', 'x')"
                    % table if table == "access_log" else
                    "INSERT INTO %s (id, reference, status, reason, who, at)"
                    " VALUES (9002, 'r', 's', 'r', 'w', 'nu')" % table)
        if a or b:
            problems.append("an insert into %s refused: %s / %s" % (table, a, b))
    report("the access log and the deletion log refuse UPDATE and DELETE alike, word for word",
           problems)


def check_plan_period(con, pg):
    problems = []
    message = "year outside the plan period"
    same_refusal(con, pg, "INSERT INTO plan_item (plan_id, year, period, position, what)"
                 " VALUES (9001, 2027, 'Q1', 2, 'Buiten')", message, problems)
    same_refusal(con, pg, "INSERT INTO plan_item (plan_id, year, period, position, what)"
                 " VALUES (9001, 2022, 'Q1', 2, 'Buiten')", message, problems)
    same_refusal(con, pg, "UPDATE plan_item SET year = 2030 WHERE id = 9001", message, problems)
    for sql in ("INSERT INTO plan_item (id, plan_id, year, period, position, what)"
                " VALUES (9002, 9001, 2026, 'Q2', 2, 'Binnen')",
                "UPDATE plan_item SET year = 2023 WHERE id = 9001",
                "UPDATE plan_item SET what = 'Ander' WHERE id = 9001"):
        a, b = both(con, pg, sql)
        if a or b:
            problems.append("%s refused: %s / %s" % (sql, a, b))
    a, b = both(con, pg, "INSERT INTO plan_item (plan_id, year, period, position, what)"
                " VALUES (123456, 2024, 'Q1', 2, 'Geen plan')")
    if a is None or b is None or message in a or message in b:
        problems.append("a planning row of no plan: SQLite %r, server %r (the foreign key "
                        "refuses it)" % (a, b))
    report("planning rows: a year outside the plan period refused alike", problems)


def check_search_text(con, pg):
    steps = [
        ("UPDATE booking SET description = 'Nieuw' WHERE id = 9001", None),
        ("UPDATE booking SET search_text = 'z1' WHERE id = 9001", "z1"),
        ("UPDATE booking SET description = 'Nieuw', search_text = 'z2' WHERE id = 9001", "z2"),
        ("UPDATE booking SET date = '2024-02-01' WHERE id = 9001", "z2"),
        ("UPDATE booking SET line_id = NULL, ledger_code = 'x' WHERE id = 9001", "z2"),
        ("UPDATE booking SET amount_cents = 99 WHERE id = 9001", None),
        ("UPDATE booking SET search_text = 'z3' WHERE id = 9001", "z3"),
        ("UPDATE booking SET supplier = 'Leverancier' WHERE id = 9001", None),
    ]
    problems = []
    for sql, want in steps:
        a, b = both(con, pg, sql)
        lite = con.execute("SELECT search_text FROM booking WHERE id = 9001").fetchone()[0]
        srv = pg.rows("SELECT search_text FROM booking WHERE id = 9001")[0][0]
        srv = None if srv == NULL else srv
        if a or b or lite != want or srv != want:
            problems.append("%s: SQLite %r (%s), server %r (%s), expected %r"
                            % (sql, lite, a, srv, b, want))
    report("a booking's search text goes stale alike", problems)


def check_next_follow_up(con, pg):
    case_file = ("INSERT INTO case_file (id, reference, date_received, source, subject_kind,"
                 " follow_up_date, next_follow_up_date, created_at, updated_at)"
                 " VALUES (%d, '2099-%04d', '2024-01-05', 'mma', 'persoon', %s, %s, 'nu', 'nu')")
    steps = [
        (case_file % (9101, 9101, "'2030-05-01'", "NULL"), {9101: "2030-05-01"}),
        ("INSERT INTO case_intervention (id, case_id, intervention_id, partner_id, status,"
         " follow_up_date) VALUES (9101, 9101, 9001, 9001, 'gepland', '2030-03-01')",
         {9101: "2030-03-01"}),
        ("UPDATE case_intervention SET status = 'gereed' WHERE id = 9101", {9101: "2030-05-01"}),
        ("UPDATE case_intervention SET status = 'lopend', follow_up_date = '2030-01-15'"
         " WHERE id = 9101", {9101: "2030-01-15"}),
        ("UPDATE case_file SET follow_up_date = '2029-12-01' WHERE id = 9101",
         {9101: "2029-12-01"}),
        ("UPDATE case_file SET follow_up_date = NULL WHERE id = 9101", {9101: "2030-01-15"}),
        ("UPDATE case_intervention SET note = 'x', follow_up_date = NULL WHERE id = 9101",
         {9101: None}),
        ("UPDATE case_intervention SET follow_up_date = '2030-02-02' WHERE id = 9101",
         {9101: "2030-02-02"}),
        (case_file % (9102, 9102, "NULL", "'2031-01-01'"), {9102: "2031-01-01"}),
        (case_file % (9103, 9103, "'2032-01-01'", "'2001-01-01'"), {9103: "2032-01-01"}),
        ("UPDATE case_intervention SET case_id = 9103 WHERE id = 9101",
         {9101: None, 9103: "2030-02-02"}),
        ("INSERT INTO case_intervention (id, case_id, intervention_id, partner_id,"
         " follow_up_date) VALUES (9102, 9102, 9001, 9001, '2035-01-01')",
         {9102: "2035-01-01"}),
        ("UPDATE case_file SET summary = 'x', next_follow_up_date = '2000-01-01'"
         " WHERE id = 9103", {9103: "2000-01-01"}),
        ("DELETE FROM case_intervention WHERE id = 9101", {9103: "2032-01-01"}),
        ("DELETE FROM case_file WHERE id = 9102", {}),
    ]
    problems = []
    for sql, want in steps:
        a, b = both(con, pg, sql)
        lite = dict(con.execute("SELECT id, next_follow_up_date FROM case_file"
                                " WHERE id BETWEEN 9101 AND 9103").fetchall())
        srv = {int(i): (None if d == NULL else d) for i, d in
               pg.rows("SELECT id, next_follow_up_date FROM case_file"
                       " WHERE id BETWEEN 9101 AND 9103")}
        if a or b or lite != srv or any(lite.get(k) != v for k, v in want.items()):
            problems.append("%s: SQLite %r (%s), server %r (%s), expected %r"
                            % (sql, lite, a, srv, b, want))
    report("case_file.next_follow_up_date kept alike through %d changes" % len(steps),
           problems)


def check_defaults(con, pg):
    """The one default that is an expression: the time in UTC, to the second."""
    sql = "INSERT INTO indicator_value (id, indicator_id, year, value) VALUES (9002, 9001, 2025, 3)"
    both(con, pg, sql)
    lite = con.execute("SELECT entered_at FROM indicator_value WHERE id = 9002").fetchone()[0]
    srv = pg.rows("SELECT entered_at FROM indicator_value WHERE id = 9002")[0][0]
    now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
    problems = []
    for who, v in (("SQLite", lite), ("server", srv)):
        try:
            t = datetime.datetime.strptime(v, "%Y-%m-%dT%H:%M:%S")
            if abs((now - t).total_seconds()) > 120 or len(v) != 19:
                problems.append("%s: %r is not now in UTC (%s)" % (who, v, now))
        except (TypeError, ValueError):
            problems.append("%s: entered_at %r" % (who, v))
    report("indicator_value.entered_at defaults to now in UTC alike (%s / %s)" % (lite, srv),
           problems)


def main():
    conninfo = os.environ.get("OND_TEST_PG")
    if not conninfo:
        print("1..0 # SKIP OND_TEST_PG is not set (a libpq connection string of a server)")
        return 77
    if len(sys.argv) != 3:
        print("usage: test-schema-pg.py ONDERMIJNING ond-store-schema-pg.c", file=sys.stderr)
        return 2
    if not shutil.which("psql"):
        print("not ok 1 - psql is not installed")
        return 1
    schema = read_schema(sys.argv[2])
    tmp = tempfile.mkdtemp(prefix="test-schema-pg-")
    admin = Psql(conninfo)
    dbname = "ond_test_schema_%d_%s" % (os.getpid(), os.path.basename(tmp)[-8:].lower())
    dbname = re.sub(r"[^a-z0-9_]", "_", dbname)
    created = False
    try:
        db = os.path.join(tmp, "new.db")
        p = run("--database", db, "--export-xlsx", os.path.join(tmp, "x.xlsx"))
        if p.returncode != 0:
            print("not ok 1 - the program made no database: %s" % p.stderr.strip())
            return 1
        con = sqlite3.connect(db, isolation_level=None)
        con.execute("PRAGMA foreign_keys = ON")

        admin.rows("CREATE DATABASE %s" % dbname)
        created = True
        pg = Psql(with_dbname(conninfo, dbname))
        rows, error = pg.run(schema)
        report("the schema runs in one piece (%d characters)" % len(schema),
               [error] if error else [])
        if error:
            return 1
        lite = sqlite_schema(con)
        srv = pg_schema(pg)
        compare_schemas(lite, srv)
        compare_rows(con, pg, lite)
        pg.rows(PG_PROBE)
        check_values(con, pg, lite)
        con.close()
    finally:
        if created:
            admin.rows("DROP DATABASE %s" % dbname)
        shutil.rmtree(tmp, ignore_errors=True)
    print("1..%d" % len(RESULTS))
    return 0 if all(RESULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
