/* test-migration-7.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 7: the row version of a case (optimistic locking). A real version-6 file (the
 * schema of migrations 1-6 written with plain SQLite, holding the seed and cases the store
 * made) is opened by the store and upgraded: every row of every table as it was, each case
 * with row_version 1, the column last and NOT NULL DEFAULT 1 as in a new file, and the
 * store's changes move it on. A file-only test: a server database is made at the newest
 * schema (ond-store-schema-pg.c, compared by test-schema-pg.py). */

#include "config.h"

#include "ond-case.h"
#include "ond-store-cases.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* The SQL of case_file in the file's schema. */
static char *
case_file_sql (const char *path)
{
  return sql_text (path, "SELECT sql FROM sqlite_master WHERE name = 'case_file' AND 0 = ?", 0);
}

static void
test_upgrade (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *column = NULL;
  gint64 first = new_case (f, "2025-01-10", "Jan de Vries");
  gint64 cases;

  new_case (f, "2025-02-11", "Piet Jansen");
  drive_case (f, new_case (f, "2025-03-12", "Els Bakker"), OND_CASE_STATUS_CLOSED);
  g_assert_true (ond_store_delete_case (f->store, first, &error));
  g_assert_no_error (error);
  fixture_rebuild_at_version (f, 6);

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 6);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_table_info('case_file')"
                                     " WHERE name = 'row_version'", 0), ==, 0);
  cases = sql_int (f->path, "SELECT count(*) FROM case_file", 0);
  g_assert_cmpint (cases, ==, 3);
  before = dump_all_tables (f->path);

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_was_created (store));
  g_clear_object (&store);

  /* Version 12 (migrations 7 to 12): every case at row version 1, every other value as it
   * was. */
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 12);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE row_version = 1",
                            0), ==, cases);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file", 0), ==, cases);
  column = sql_text (f->path, "SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' ||"
                              " dflt_value FROM pragma_table_info('case_file')"
                              " WHERE cid = (SELECT max(cid) FROM pragma_table_info('case_file'))"
                              " AND 0 = ?", 0);
  g_assert_cmpstr (column, ==, "row_version INTEGER 1 1");
  sql_exec (f->path, "ALTER TABLE case_file DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE case_intervention DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE budget_line DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE action DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE funding DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE plan_item DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE partner DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE explanation DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE control DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE measure DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE stop_talk DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE activity DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE booking DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE indicator_value DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE intervention DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE theme DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE meeting_item DROP COLUMN row_version");
  after = dump_all_tables (f->path);
  g_assert_cmpstr (after, ==, before);
}

/* The upgraded schema is a new file's, and the store reads and moves the version on. */
static void
test_upgraded_in_use (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) fresh = NULL;
  g_autoptr(OndCase) kase = NULL;
  g_autoptr(OndCaseDraft) draft = NULL;
  g_autofree char *new_path = g_build_filename (f->dir, "new.db", NULL);
  g_autofree char *upgraded_sql = NULL;
  g_autofree char *fresh_sql = NULL;
  gint64 id = new_case (f, "2025-01-10", "Jan de Vries");

  fixture_rebuild_at_version (f, 6);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);

  fresh = ond_store_open (new_path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_was_created (fresh));
  upgraded_sql = case_file_sql (f->path);
  fresh_sql = case_file_sql (new_path);
  g_assert_cmpstr (upgraded_sql, ==, fresh_sql);

  kase = ond_store_get_case (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_case_get_row_version (kase), ==, 1);
  draft = ond_case_dup_draft (kase);
  g_free (draft->address);
  draft->address = g_strdup ("Nieuwstraat 1");
  g_assert_true (ond_store_update_case (f->store, id, draft, f->today, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM case_file WHERE id = ?", id),
                   ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/migration-7/upgrade", test_upgrade);
  ADD_TEST ("/ond/migration-7/upgraded-in-use", test_upgraded_in_use);

  return g_test_run ();
}
