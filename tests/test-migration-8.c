/* test-migration-8.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 8: the row versions of a case's intervention and a budget line (optimistic
 * locking). A real version-7 file (the schema of migrations 1-7 written with plain SQLite,
 * holding the seed, its budget lines and a case with interventions the store made) is opened
 * by the store and upgraded: every row of every table as it was, each intervention of a case
 * and each budget line with row_version 1, the tables' schema as in a new file, and the
 * store's changes move the versions on. A file-only test: a server database of version 7 is
 * brought up to date by test-server-roles (/roles/upgrade-from-7). */

#include "config.h"

#include "ond-store-budget.h"
#include "ond-store-cases.h"
#include "ond-store-edit-conflict.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* The SQL of @table in the file's schema. */
static char *
table_sql (const char *path,
           const char *table)
{
  g_autoptr(GPtrArray) rows = NULL;

  rows = sql_table (path, "SELECT sql FROM sqlite_master WHERE name = ?", table);
  g_assert_cmpuint (rows->len, ==, 1);
  return g_strdup (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 0), 0));
}

/* A case with two interventions (BRP controle by the Gemeente, one with a note). */
static gint64
case_with_interventions (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 id = new_case (f, "2025-01-10", "Jan de Vries");
  gint64 brp = intervention_id (f, "BRP controle");
  gint64 gemeente = partner_id (f, "Gemeente");

  g_assert_cmpint (ond_store_add_case_intervention (f->store, id, brp, gemeente, "01-07-2025",
                                                    NULL, NULL, "Eerste", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id, brp, gemeente, NULL, NULL,
                                                    "lopend", NULL, &error), >, 0);
  g_assert_no_error (error);
  return id;
}

static void
test_upgrade (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 interventions, lines;

  case_with_interventions (f);
  fixture_rebuild_at_version (f, 7);

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 7);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_table_info('budget_line')"
                                     " WHERE name = 'row_version'", 0), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_table_info"
                                     "('case_intervention') WHERE name = 'row_version'", 0),
                   ==, 0);
  interventions = sql_int (f->path, "SELECT count(*) FROM case_intervention", 0);
  lines = sql_int (f->path, "SELECT count(*) FROM budget_line", 0);
  g_assert_cmpint (interventions, ==, 2);
  g_assert_cmpint (lines, >, 0);
  before = dump_all_tables (f->path);

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_was_created (store));
  g_clear_object (&store);

  /* Version 8 and on (12): every row at row version 1, every other value as it was. */
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 12);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_intervention"
                                     " WHERE row_version = 1", 0), ==, interventions);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM budget_line WHERE row_version = 1",
                            0), ==, lines);
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

/* The upgraded schema is a new file's, and the store reads and moves the versions on. */
static void
test_upgraded_in_use (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) fresh = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(OndCaseIntervention) opened = NULL;
  g_autofree char *new_path = g_build_filename (f->dir, "new.db", NULL);
  const char * const tables[] = { "case_intervention", "budget_line" };
  gint64 id = case_with_interventions (f);
  gint64 row;

  fixture_rebuild_at_version (f, 7);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);

  fresh = ond_store_open (new_path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_was_created (fresh));
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *upgraded_sql = table_sql (f->path, tables[i]);
      g_autofree char *fresh_sql = table_sql (new_path, tables[i]);

      g_assert_cmpstr (upgraded_sql, ==, fresh_sql);
    }

  list = ond_store_list_case_interventions (f->store, id, &error);
  g_assert_no_error (error);
  opened = g_list_model_get_item (list, 0);
  g_assert_cmpint (ond_case_intervention_get_row_version (opened), ==, 1);
  row = ond_case_intervention_get_id (opened);
  g_assert_true (ond_store_save_case_intervention_edit (f->store, opened,
                                                       ond_case_intervention_get_partner_id
                                                         (opened),
                                                       NULL, NULL, "gereed", "Klaar",
                                                       &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM case_intervention WHERE id = ?",
                            row), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/migration-8/upgrade", test_upgrade);
  ADD_TEST ("/ond/migration-8/upgraded-in-use", test_upgraded_in_use);

  return g_test_run ();
}
