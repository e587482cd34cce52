/* test-migration-10.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 10: the row versions of a planning row, a partner and an explanation for the
 * council (optimistic locking). A real version-9 file (the schema of migrations 1-9 written
 * with plain SQLite, holding the seed with its planning and partners, one planning row and
 * one partner changed by the store, one explanation written) is opened by the store and
 * upgraded: every row of every table as it was, each planning row, partner and explanation
 * with row_version 1, the tables' schema as in a new file, and
 * the store's changes move the versions on. A file-only test: a server database of version 9
 * is brought up to date by test-server-roles (/roles/upgrade-from-9). */

#include "config.h"

#include "ond-store-explanations.h"
#include "ond-store-partner-conflict.h"
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

/* Changes what the first planning row says and the contact role of a partner, and writes an
 * explanation of the first year twice (the store of version 10 makes the rows; the version-9
 * file is made from them). */
static void
change_some_rows (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 item_id = sql_int (f->path, "SELECT min(id) FROM plan_item WHERE 0 = ?", 0);
  gint64 partner = partner_id (f, "Politie");
  OndPartnerFields fields = { "Politie", "Politie", "politie", FALSE, "Wijkagent" };
  g_autofree char *name = sql_text (f->path, "SELECT name FROM partner WHERE id = ?", partner);
  g_autofree char *kind = sql_text (f->path, "SELECT kind FROM partner WHERE id = ?", partner);
  g_autofree char *short_name = sql_text (f->path, "SELECT short_name FROM partner"
                                                   " WHERE id = ?", partner);
  g_autofree char *period = sql_text (f->path, "SELECT period FROM plan_item WHERE id = ?",
                                      item_id);
  g_autofree char *status = sql_text (f->path, "SELECT status FROM plan_item WHERE id = ?",
                                      item_id);

  g_assert_true (ond_store_update_plan_item (f->store, item_id,
                                             (int) sql_int (f->path, "SELECT year FROM plan_item"
                                                                     " WHERE id = ?", item_id),
                                             period, "Een gewijzigde rij", NULL, 0, status,
                                             FALSE, &error));
  g_assert_no_error (error);
  fields.name = name;
  fields.kind = kind;
  fields.short_name = short_name;
  g_assert_true (ond_store_update_partner (f->store, partner, &fields, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      gint64 plan_id = sql_int (f->path, "SELECT plan_id FROM plan_item WHERE id = ?", item_id);

      g_assert_cmpint (ond_store_set_explanation (f->store, plan_id, OND_EXPLANATION_YEAR, 0,
                                                  (int) sql_int (f->path, "SELECT first_year"
                                                                 " FROM plan WHERE id = ?",
                                                                 plan_id),
                                                  i == 0 ? "Eerst" : "Daarna", &error), >, 0);
      g_assert_no_error (error);
    }
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
  gint64 items, partners, explanations;

  change_some_rows (f);
  fixture_rebuild_at_version (f, 9);

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 9);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_table_info('plan_item')"
                                     " WHERE name = 'row_version'", 0), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_table_info('partner')"
                                     " WHERE name = 'row_version'", 0), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_table_info('explanation')"
                                     " WHERE name = 'row_version'", 0), ==, 0);
  explanations = sql_int (f->path, "SELECT count(*) FROM explanation", 0);
  g_assert_cmpint (explanations, >, 0);
  items = sql_int (f->path, "SELECT count(*) FROM plan_item", 0);
  partners = sql_int (f->path, "SELECT count(*) FROM partner", 0);
  g_assert_cmpint (items, >, 1);
  g_assert_cmpint (partners, >, 1);
  text = sql_text (f->path, "SELECT what FROM plan_item"
                            " WHERE id = (SELECT min(id) FROM plan_item) AND 0 = ?", 0);
  g_assert_cmpstr (text, ==, "Een gewijzigde rij");
  g_clear_pointer (&text, g_free);
  text = sql_text (f->path, "SELECT contact_role FROM partner WHERE id = ?",
                   partner_id (f, "Politie"));
  g_assert_cmpstr (text, ==, "Wijkagent");
  before = dump_all_tables (f->path);

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_was_created (store));
  g_clear_object (&store);

  /* Version 10 and on (12): every row at row version 1, every other value as it was. */
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 12);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM plan_item WHERE row_version = 1",
                            0), ==, items);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM partner WHERE row_version = 1", 0),
                   ==, partners);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM explanation WHERE row_version = 1",
                            0), ==, explanations);
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
  g_autoptr(OndPlanItem) item = NULL;
  g_autoptr(OndPartner) partner = NULL;
  g_autofree char *new_path = g_build_filename (f->dir, "new.db", NULL);
  const char * const tables[] = { "plan_item", "partner", "explanation" };
  gint64 item_id, plan_id, version;
  OndPartnerFields fields;

  fixture_rebuild_at_version (f, 9);
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

  item_id = sql_int (f->path, "SELECT min(id) FROM plan_item WHERE 0 = ?", 0);
  plan_id = sql_int (f->path, "SELECT plan_id FROM plan_item WHERE id = ?", item_id);
  item = ond_store_get_plan_item (f->store, plan_id, item_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_plan_item_get_row_version (item), ==, 1);
  version = 1;
  g_assert_true (ond_store_set_plan_item_status (f->store, item_id, "gereed", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM plan_item WHERE id = ?", item_id),
                   ==, 2);
  g_assert_false (ond_store_save_plan_item_edit (f->store, item_id, &version,
                                                 ond_plan_item_get_year (item),
                                                 ond_plan_item_get_period (item), "Anders",
                                                 NULL, 0, ond_plan_item_get_status (item),
                                                 FALSE, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (version, ==, 1);

  partner = ond_store_get_partner (f->store, partner_id (f, "Politie"), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_partner_get_row_version (partner), ==, 1);
  fields = (OndPartnerFields) { ond_partner_get_name (partner),
                                ond_partner_get_short_name (partner),
                                ond_partner_get_kind (partner), TRUE, "Teamchef" };
  version = 1;
  g_assert_true (ond_store_save_partner_edit (f->store, ond_partner_get_id (partner), &version,
                                              &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 2);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM partner WHERE id = ?",
                            ond_partner_get_id (partner)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/migration-10/upgrade", test_upgrade);
  ADD_TEST ("/ond/migration-10/upgraded-in-use", test_upgraded_in_use);

  return g_test_run ();
}
