/* test-migration-11.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 11: the row versions of the records of the registers (control, measure, stop
 * talk, activity; optimistic locking). A real version-10 file (the schema of migrations 1-10
 * written with plain SQLite, holding the seed and records of every register, one of them
 * changed by the store) is opened by the store and upgraded: every row of every table as it
 * was, each record with row_version 1, the tables' schema as in a new file, and the store's
 * changes move the versions on. A file-only test: a server database of version 10 is brought
 * up to date by test-server-roles (/roles/upgrade-from-10). */

#include "config.h"

#include "ond-store-register-conflict.h"
#include "ond-test-util.h"
#include "test-case-util.h"

static const char * const tables[] = { "control", "measure", "stop_talk", "activity" };

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

static gint64
count (Fixture    *f,
       const char *table,
       const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s AND 0 = ?", table,
                                          where);

  return sql_int (f->path, sql, 0);
}

static gint64
save (Fixture *f,
      gpointer record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) owned = record;
  gint64 id;

  if (OND_IS_CONTROL (record))
    id = ond_store_save_control (f->store, record, OND_REGISTER_FLAGS_NONE, &error);
  else if (OND_IS_MEASURE (record))
    id = ond_store_save_measure (f->store, record, OND_REGISTER_FLAGS_NONE, &error);
  else if (OND_IS_STOP_TALK (record))
    id = ond_store_save_stop_talk (f->store, record, OND_REGISTER_FLAGS_NONE, &error);
  else
    id = ond_store_save_activity (f->store, record, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Records of every register (the store of version 11 makes them; the version-10 file is made
 * from them), a control with partners, and a stop talk changed once. */
static void
add_records (Fixture *f)
{
  gint64 partners[] = { partner_id (f, "Politie"), partner_id (f, "OZHZ") };
  gint64 talk;

  save (f, ond_control_new (0, "2024-02-01", "integraal", NULL, area_id (f, "Crabbehof"), NULL,
                            8, 2, partners, G_N_ELEMENTS (partners), NULL, "Met de politie"));
  save (f, ond_control_new (0, "2024-02-08", "garageboxen", NULL, 0, NULL, 12, 0, NULL, 0, NULL,
                            NULL));
  save (f, ond_measure_new (0, "2024-03-01", "sluiting", NULL, "harddrugs", NULL,
                            "art. 13b Opiumwet", 0, NULL, 0, NULL));
  talk = save (f, ond_stop_talk_new (0, "2024-04-01", "Autobranche", FALSE, 0, NULL));
  save (f, ond_stop_talk_new (talk, "2024-04-01", "Vastgoed", TRUE, 0, NULL));
  save (f, ond_activity_new (0, "2024-05-01", "drugsactie", NULL, theme_id (f, "Drugs"), NULL,
                             0, NULL, area_id (f, "Crabbehof"), NULL, "Wijkschouw"));
}

static void
test_upgrade (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *branch = NULL;
  gint64 rows[G_N_ELEMENTS (tables)];

  add_records (f);
  fixture_rebuild_at_version (f, 10);

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 10);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pragma_table_info('%s')"
                                              " WHERE name = 'row_version' AND 0 = ?",
                                              tables[i]);

      g_assert_cmpint (sql_int (f->path, sql, 0), ==, 0);
      rows[i] = count (f, tables[i], "1 = 1");
      g_assert_cmpint (rows[i], >, 0);
    }
  branch = sql_text (f->path, "SELECT branch FROM stop_talk WHERE 0 = ?", 0);
  g_assert_cmpstr (branch, ==, "Vastgoed");
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM control_partner WHERE 0 = ?", 0),
                   ==, 2);
  before = dump_all_tables (f->path);

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_was_created (store));
  g_clear_object (&store);

  /* Version 11 and on (12): every record at row version 1, every other value as it was. */
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 12);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *drop = g_strdup_printf ("ALTER TABLE %s DROP COLUMN row_version",
                                               tables[i]);

      g_assert_cmpint (count (f, tables[i], "row_version = 1"), ==, rows[i]);
      sql_exec (f->path, drop);
    }
  sql_exec (f->path, "ALTER TABLE booking DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE indicator_value DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE intervention DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE theme DROP COLUMN row_version");
  sql_exec (f->path, "ALTER TABLE meeting_item DROP COLUMN row_version");
  after = dump_all_tables (f->path);
  g_assert_cmpstr (after, ==, before);
}

/* The upgraded schema is a new file's, and the store reads and moves the versions on: an
 * edit read before another change is refused. */
static void
test_upgraded_in_use (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) fresh = NULL;
  g_autoptr(GObject) read = NULL;
  g_autoptr(OndControl) changed = NULL;
  g_autoptr(OndControl) stale = NULL;
  g_autofree char *new_path = g_build_filename (f->dir, "new.db", NULL);
  OndControl *control;
  gint64 id;

  add_records (f);
  fixture_rebuild_at_version (f, 10);
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

  id = sql_int (f->path, "SELECT min(id) FROM control WHERE 0 = ?", 0);
  read = ond_store_get_register_record (f->store, OND_TYPE_CONTROL, id, &error);
  g_assert_no_error (error);
  control = OND_CONTROL (read);
  g_assert_cmpint (ond_control_get_row_version (control), ==, 1);

  changed = ond_control_new (id, ond_control_get_date (control), ond_control_get_kind (control),
                             NULL, ond_control_get_area_id (control), NULL, 9,
                             ond_control_get_signals (control), NULL, 0, NULL, "Negen");
  ond_control_set_row_version (changed, 1);
  g_assert_cmpint (ond_store_save_control (f->store, changed, OND_REGISTER_FLAGS_NONE, &error),
                   ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM control WHERE id = ?", id), ==, 2);

  stale = ond_control_new (id, ond_control_get_date (control), ond_control_get_kind (control),
                           NULL, ond_control_get_area_id (control), NULL, 10,
                           ond_control_get_signals (control), NULL, 0, NULL, "Tien");
  ond_control_set_row_version (stale, 1);
  g_assert_cmpint (ond_store_save_control (f->store, stale, OND_REGISTER_FLAGS_NONE, &error),
                   ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_assert_cmpint (sql_int (f->path, "SELECT businesses FROM control WHERE id = ?", id), ==, 9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/migration-11/upgrade", test_upgrade);
  ADD_TEST ("/ond/migration-11/upgraded-in-use", test_upgraded_in_use);

  return g_test_run ();
}
