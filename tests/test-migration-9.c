/* test-migration-9.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 9: the row versions of an action of the plan and of funding (optimistic
 * locking). A real version-8 file (the schema of migrations 1-8 written with plain SQLite,
 * holding the seed with its actions and funding, one action and one funding changed by the
 * store) is opened by the store and upgraded: every row of every table as it was, each action
 * and each funding with row_version 1, the tables' schema as in a new file, and the store's
 * changes move the versions on. A file-only test: a server database of version 8 is brought
 * up to date by test-server-roles (/roles/upgrade-from-8). */

#include "config.h"

#include "ond-store-actions.h"
#include "ond-store-plan-conflict.h"
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

/* The fields of @action as its form holds them. */
static OndActionFields
fields_of (OndAction *action)
{
  guint n = 0;
  const gint64 *links = ond_action_get_plan_item_ids (action, &n);

  return (OndActionFields) {
    ond_action_get_pillar_id (action), ond_action_get_theme_id (action),
    ond_action_get_group_heading (action), ond_action_get_text (action),
    ond_action_get_status (action), ond_action_get_owner_id (action), links, n,
  };
}

/* Changes the text of the first action and the amount of the first funding (the store of
 * version 9 makes the rows; the version-8 file is made from them). */
static void
change_some_rows (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndAction) action = NULL;
  gint64 action_id = sql_int (f->path, "SELECT min(id) FROM action WHERE 0 = ?", 0);
  gint64 funding_id = sql_int (f->path, "SELECT min(id) FROM funding WHERE 0 = ?", 0);
  gint64 plan_id = sql_int (f->path, "SELECT plan_id FROM funding WHERE id = ?", funding_id);
  OndActionFields fields;

  action = ond_store_dup_action (f->store, action_id, &error);
  g_assert_no_error (error);
  fields = fields_of (action);
  fields.text = "Een gewijzigde maatregel";
  g_assert_true (ond_store_update_action (f->store, action_id, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_save_funding (f->store, plan_id, funding_id,
                                           (int) sql_int (f->path, "SELECT year FROM funding"
                                                                   " WHERE id = ?", funding_id),
                                           "riec", 1234500, "Gewijzigd", NULL, 0, &error),
                   ==, funding_id);
  g_assert_no_error (error);
}

static void
test_upgrade (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  gint64 actions, funding;

  change_some_rows (f);
  fixture_rebuild_at_version (f, 8);

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 8);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_table_info('action')"
                                     " WHERE name = 'row_version'", 0), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_table_info('funding')"
                                     " WHERE name = 'row_version'", 0), ==, 0);
  actions = sql_int (f->path, "SELECT count(*) FROM action", 0);
  funding = sql_int (f->path, "SELECT count(*) FROM funding", 0);
  g_assert_cmpint (actions, >, 1);
  g_assert_cmpint (funding, >, 1);
  text = sql_text (f->path, "SELECT text FROM action WHERE id = (SELECT min(id) FROM action)"
                            " AND 0 = ?", 0);
  g_assert_cmpstr (text, ==, "Een gewijzigde maatregel");
  before = dump_all_tables (f->path);

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_was_created (store));
  g_clear_object (&store);

  /* Version 9 and on (12): every row at row version 1, every other value as it was. */
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 12);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM action WHERE row_version = 1", 0),
                   ==, actions);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM funding WHERE row_version = 1", 0),
                   ==, funding);
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

/* The upgraded schema is a new file's, and the store reads and moves the versions on: an
 * edit opened before another change is refused. */
static void
test_upgraded_in_use (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) fresh = NULL;
  g_autoptr(OndAction) action = NULL;
  g_autoptr(OndFunding) funding = NULL;
  g_autofree char *new_path = g_build_filename (f->dir, "new.db", NULL);
  const char * const tables[] = { "action", "funding" };
  gint64 action_id, funding_id, plan_id, version;
  OndActionFields fields;

  fixture_rebuild_at_version (f, 8);
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

  action_id = sql_int (f->path, "SELECT min(id) FROM action WHERE 0 = ?", 0);
  action = ond_store_dup_action (f->store, action_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_action_get_row_version (action), ==, 1);
  version = 1;
  fields = fields_of (action);
  g_assert_true (ond_store_set_action_status (f->store, action_id, "gereed", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM action WHERE id = ?", action_id),
                   ==, 2);
  g_assert_false (ond_store_save_action_edit (f->store, action_id, &version, &fields, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (version, ==, 1);

  funding_id = sql_int (f->path, "SELECT min(id) FROM funding WHERE 0 = ?", 0);
  plan_id = sql_int (f->path, "SELECT plan_id FROM funding WHERE id = ?", funding_id);
  funding = ond_store_get_funding (f->store, plan_id, funding_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_funding_get_row_version (funding), ==, 1);
  g_assert_cmpint (ond_store_save_funding_edit (f->store, plan_id, funding,
                                                ond_funding_get_year (funding),
                                                ond_funding_get_source (funding), 100,
                                                "Nieuw", NULL, 0, &error), ==, funding_id);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM funding WHERE id = ?",
                            funding_id), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/migration-9/upgrade", test_upgrade);
  ADD_TEST ("/ond/migration-9/upgraded-in-use", test_upgraded_in_use);

  return g_test_run ();
}
