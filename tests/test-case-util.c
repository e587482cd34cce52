/* test-case-util.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ond-pg.h"
#include "ond-store-cases.h"
#include "ond-store-private.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* The tables a change of a case may write to. */
static const char * const case_tables[] = {
  "case_file", "case_event", "case_intervention", "access_log", "case_counter",
  "deletion_log", "meeting_item",
};

void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ond_test_make_dir ("ond-test-cases");
  /* The PostgreSQL run: a fresh seeded database on the test cluster instead of a file. */
  if (ond_test_pg_wanted ())
    f->path = ond_test_pg_new_database ();
  else
    f->path = g_build_filename (f->dir, "cases.db", NULL);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
  f->today = g_date_time_new_local (2025, 6, 15, 12, 0, 0);
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  if (ond_pg_is_uri (f->path))
    ond_test_pg_drop_database (f->path);
  g_clear_pointer (&f->today, g_date_time_unref);
  ond_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/**
 * second_client:
 * @f: the fixture
 *
 * Returns: (transfer full): a second store on @f's database, for the tests of two people
 *   editing the same record
 */
OndStore *
second_client (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  OndStore *store = ond_store_open (f->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql,
         gint64      param)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_int64 (stmt, i, param);
  return stmt;
}

gint64
sql_int (const char *path,
         const char *sql,
         gint64      param)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt;
  gint64 value = -1;

  if (ond_pg_is_uri (path))
    return ond_test_pg_int (path, sql, param);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  stmt = prepare (db, sql, param);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

char *
sql_text (const char *path,
          const char *sql,
          gint64      param)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt;
  char *value = NULL;

  if (ond_pg_is_uri (path))
    return ond_test_pg_text (path, sql, param);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  stmt = prepare (db, sql, param);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

void
sql_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  if (ond_pg_is_uri (path))
    {
      ond_test_pg_exec (path, sql);
      return;
    }
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

char *
sql_rows (const char *path,
          const char *sql)
{
  return sql_rows_for (path, sql, 0);
}

char *
sql_rows_for (const char *path,
              const char *sql,
              gint64      param)
{
  GString *all = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt;

  if (ond_pg_is_uri (path))
    {
      g_string_free (all, TRUE);
      return ond_test_pg_rows_for (path, sql, param);
    }
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  stmt = prepare (db, sql, param);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, c);

          g_string_append_printf (all, "%s|", text != NULL ? text : "<null>");
        }
      g_string_append_c (all, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (all, FALSE);
}

char *
sql_list (const char *path,
          const char *sql,
          gint64      param,
          const char *separator)
{
  g_autoptr(GString) all = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt;

  if (ond_pg_is_uri (path))
    {
      g_autofree char *rows = ond_test_pg_rows_for (path, sql, param);
      g_auto(GStrv) lines = g_strsplit (rows, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          /* The one column, followed by its "|". */
          gsize length = strlen (lines[i]);

          if (length == 0)
            continue;
          lines[i][length - 1] = '\0';
          if (g_str_equal (lines[i], "<null>"))
            continue;
          if (all == NULL)
            all = g_string_new (lines[i]);
          else
            g_string_append_printf (all, "%s%s", separator, lines[i]);
        }
      return all != NULL ? g_string_free (g_steal_pointer (&all), FALSE) : NULL;
    }
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  stmt = prepare (db, sql, param);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (text == NULL)
        continue;
      if (all == NULL)
        all = g_string_new (text);
      else
        g_string_append_printf (all, "%s%s", separator, text);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return all != NULL ? g_string_free (g_steal_pointer (&all), FALSE) : NULL;
}

GPtrArray *
sql_table (const char *path,
           const char *sql,
           const char *param)
{
  GPtrArray *rows;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (ond_pg_is_uri (path))
    return ond_test_pg_table (path, sql, param);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  for (int i = 1; param != NULL && i <= sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_text (stmt, i, param, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *row = g_ptr_array_new_with_free_func (g_free);

      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_ptr_array_add (row, g_strdup ((const char *) sqlite3_column_text (stmt, c)));
      g_ptr_array_add (rows, row);
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return rows;
}

char *
dump_all_tables (const char *path)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *names = NULL;
  g_auto(GStrv) tables = NULL;

  if (ond_pg_is_uri (path))
    {
      g_autoptr(GString) query = g_string_new (NULL);

      /* One query for all of them (a connection each would take seconds): every table's rows
       * as their whole text, in that order. */
      names = sql_list (path, "SELECT table_name FROM information_schema.tables"
                              " WHERE table_schema = current_schema()"
                              " AND table_type = 'BASE TABLE' ORDER BY table_name", 0, ",");
      tables = g_strsplit (names != NULL ? names : "", ",", -1);
      for (guint t = 0; tables[t] != NULL && *tables[t] != '\0'; t++)
        g_string_append_printf (query, "%sSELECT '[%s]' AS part, %u AS n"
                                " UNION ALL SELECT t::text, %u FROM \"%s\" t",
                                t > 0 ? " UNION ALL " : "", tables[t], 2 * t, 2 * t + 1,
                                tables[t]);
      if (query->len == 0)
        return g_strdup ("");
      g_string_prepend (query, "SELECT u.part FROM (");
      g_string_append (query, ") u ORDER BY u.n, u.part");
      return sql_rows (path, query->str);
    }
  names = sql_list (path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                    0, ",");
  tables = g_strsplit (names != NULL ? names : "", ",", -1);
  for (guint t = 0; tables[t] != NULL && *tables[t] != '\0'; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid", tables[t]);
      g_autofree char *rows = sql_rows (path, sql);

      g_string_append_printf (all, "[%s]\n%s", tables[t], rows);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

char *
snapshot (Fixture *f)
{
  g_autoptr(GString) all = g_string_new (NULL);
  sqlite3 *db = NULL;

  if (ond_pg_is_uri (f->path))
    {
      /* The same rows in a fixed order: every column, as text. */
      for (guint t = 0; t < G_N_ELEMENTS (case_tables); t++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT t.* FROM %s t ORDER BY t::text",
                                                  case_tables[t]);
          g_autofree char *rows = ond_test_pg_rows (f->path, sql);

          g_string_append_printf (all, "[%s]\n%s", case_tables[t], rows);
        }
      return g_compute_checksum_for_string (G_CHECKSUM_SHA256, all->str, all->len);
    }
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < G_N_ELEMENTS (case_tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY rowid",
                                              case_tables[t]);
      sqlite3_stmt *stmt = prepare (db, sql, 0);

      g_string_append_printf (all, "[%s]\n", case_tables[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);

              g_string_append_printf (all, "%s|", text != NULL ? text : "<null>");
            }
          g_string_append_c (all, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, all->str, all->len);
}

gint64
count_rows (Fixture    *f,
            const char *table,
            gint64      case_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM %s WHERE case_id = ?", table);

  return sql_int (f->path, sql, case_id);
}

char *
table_row_state (Fixture    *f,
                 const char *table,
                 gint64      id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE id = ?", table);
  g_autofree char *row = sql_rows_for (f->path, sql, id);

  return g_strdup_printf ("%s\naccess_log=%" G_GINT64_FORMAT, row,
                          sql_int (f->path, "SELECT count(*) FROM access_log WHERE 0 = ?", 0));
}

gint64
table_row_version (Fixture    *f,
                   const char *table,
                   gint64      id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT row_version FROM %s WHERE id = ?", table);

  return sql_int (f->path, sql, id);
}

gint64
first_plan_item (Fixture *f)
{
  return sql_int (f->path, "SELECT min(id) FROM plan_item WHERE 0 = ?", 0);
}

static gint64
id_by_name (Fixture    *f,
            const char *sql,
            const char *name)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  if (ond_pg_is_uri (f->path))
    {
      id = ond_test_pg_int_for_text (f->path, sql, name);
      g_assert_cmpint (id, >, 0);
      return id;
    }
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
partner_id (Fixture    *f,
            const char *short_name)
{
  return id_by_name (f, "SELECT id FROM partner WHERE short_name = ?", short_name);
}

gint64
intervention_id (Fixture    *f,
                 const char *name)
{
  return id_by_name (f, "SELECT id FROM intervention WHERE name = ?", name);
}

gint64
theme_id (Fixture    *f,
          const char *name)
{
  return id_by_name (f, "SELECT id FROM theme WHERE name = ?", name);
}

gint64
area_id (Fixture    *f,
         const char *name)
{
  return id_by_name (f, "SELECT id FROM area WHERE name = ?", name);
}

char *
day_from_now (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

OndCaseDraft *
make_draft (Fixture    *f,
            const char *date,
            const char *subject)
{
  OndCaseDraft *draft = ond_case_draft_new ();

  draft->date_received = g_strdup (date);
  draft->source = g_strdup ("mma");
  draft->theme_id = theme_id (f, "Drugs");
  draft->area_id = area_id (f, "Crabbehof");
  draft->subject_kind = g_strdup ("persoon");
  draft->subject_name = g_strdup (subject);
  draft->address = g_strdup ("Voorstraat 12");
  draft->summary = g_strdup ("Hennepkwekerij boven het café");
  draft->mma_number = g_strdup ("MMA-123");
  return draft;
}

gint64
new_case (Fixture    *f,
          const char *date,
          const char *subject)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, date, subject);
  gint64 id = ond_store_create_case (f->store, draft, f->today, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
drive_case (Fixture       *f,
            gint64         id,
            OndCaseStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tomorrow = day_from_now (1);

  switch (status)
    {
    case OND_CASE_STATUS_NEW:
      break;

    case OND_CASE_STATUS_WEIGHED:
      g_assert_true (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_RESEARCH,
                                           "Eerst uitzoeken", 0, tomorrow, &error));
      break;

    case OND_CASE_STATUS_DROPPED:
      g_assert_true (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_DROP,
                                           "Geen aanwijzingen", 0, NULL, &error));
      break;

    case OND_CASE_STATUS_ASSIGNED:
    case OND_CASE_STATUS_INTERVENTION:
    case OND_CASE_STATUS_MONITORING:
    case OND_CASE_STATUS_CLOSED:
      g_assert_true (ond_store_weigh_case (f->store, id, "midden", OND_WEIGHING_PARTNER,
                                           "Politie pakt het op", partner_id (f, "Politie"),
                                           NULL, &error));
      if (status == OND_CASE_STATUS_ASSIGNED)
        break;
      g_assert_true (ond_store_move_case (f->store, id, OND_CASE_STATUS_INTERVENTION, NULL,
                                          &error));
      if (status == OND_CASE_STATUS_INTERVENTION)
        break;
      g_assert_true (ond_store_move_case (f->store, id, OND_CASE_STATUS_MONITORING, NULL,
                                          &error));
      if (status == OND_CASE_STATUS_MONITORING)
        break;
      g_assert_true (ond_store_close_case (f->store, id, "effectief", "Klaar", &error));
      break;

    default:
      g_assert_not_reached ();
    }
  g_assert_no_error (error);
}

gint64
new_case_in (Fixture       *f,
             OndCaseStatus  status)
{
  gint64 id = new_case (f, "2025-01-15", "Jan de Vries");

  drive_case (f, id, status);
  return id;
}

/* The columns each migration from 7 on adds to a table that holds rows: a file or server
 * database of an older version has none of those of later migrations. A new migration adds
 * its own here. */
static const AddedColumn added_columns[] = {
  { 7, "case_file", "row_version" },
  { 8, "case_intervention", "row_version" },
  { 8, "budget_line", "row_version" },
  { 9, "action", "row_version" },
  { 9, "funding", "row_version" },
  { 10, "plan_item", "row_version" },
  { 10, "partner", "row_version" },
  { 10, "explanation", "row_version" },
  { 11, "control", "row_version" },
  { 11, "measure", "row_version" },
  { 11, "stop_talk", "row_version" },
  { 11, "activity", "row_version" },
  { 12, "booking", "row_version" },
  { 12, "indicator_value", "row_version" },
  { 12, "intervention", "row_version" },
  { 12, "theme", "row_version" },
  { 12, "meeting_item", "row_version" },
};

G_STATIC_ASSERT (OND_STORE_SCHEMA_VERSION == 12);

const AddedColumn *
added_columns_list (guint *n_columns)
{
  *n_columns = G_N_ELEMENTS (added_columns);
  return added_columns;
}

char *
added_columns_drop_sql (guint version)
{
  GString *sql = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (added_columns); i++)
    if (added_columns[i].version > version)
      g_string_append_printf (sql, "ALTER TABLE \"%s\" DROP COLUMN \"%s\";",
                              added_columns[i].table, added_columns[i].column);
  return g_string_free (sql, FALSE);
}

static void
exec_or_fail (sqlite3    *db,
              const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("SQL failed: %s\n%s", message, sql);
}

void
fixture_rebuild_at_version (Fixture *f,
                            guint    version)
{
  g_autofree char *source = g_build_filename (f->dir, "source.db", NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  char *sql;

  g_assert_true (version >= 6 && version < OND_STORE_SCHEMA_VERSION);
  g_clear_object (&f->store);
  g_assert_cmpint (g_rename (f->path, source), ==, 0);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  exec_or_fail (db, "PRAGMA journal_mode = WAL");
  exec_or_fail (db, "BEGIN");
  for (guint v = 0; v < version; v++)
    exec_or_fail (db, _ond_store_migration (v));
  sql = sqlite3_mprintf ("PRAGMA application_id = %d; PRAGMA user_version = %u",
                         OND_STORE_APPLICATION_ID, version);
  exec_or_fail (db, sql);
  sqlite3_free (sql);
  exec_or_fail (db, "COMMIT");

  sql = sqlite3_mprintf ("ATTACH %Q AS source", source);
  exec_or_fail (db, sql);
  sqlite3_free (sql);
  for (guint i = 0; i < G_N_ELEMENTS (added_columns); i++)
    if (added_columns[i].version > version)
      {
        sql = sqlite3_mprintf ("ALTER TABLE source.\"%w\" DROP COLUMN \"%w\"",
                               added_columns[i].table, added_columns[i].column);
        exec_or_fail (db, sql);
        sqlite3_free (sql);
      }
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM main.sqlite_master"
                                       " WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                       " ORDER BY rowid", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  exec_or_fail (db, "BEGIN");
  for (guint t = 0; t < tables->len; t++)
    {
      sql = sqlite3_mprintf ("DELETE FROM main.\"%w\";"
                             "INSERT INTO main.\"%w\" SELECT * FROM source.\"%w\"",
                             g_ptr_array_index (tables, t), g_ptr_array_index (tables, t),
                             g_ptr_array_index (tables, t));
      exec_or_fail (db, sql);
      sqlite3_free (sql);
    }
  exec_or_fail (db, "COMMIT");
  exec_or_fail (db, "DETACH source");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  ond_test_remove_db (source);
}
