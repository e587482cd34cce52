/* test-migration-12.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 12: the row versions of a booking, a figure value entered by hand, an
 * intervention, a theme and an agenda item (optimistic locking). A real version-11 file (the
 * schema of migrations 1-11 written with plain SQLite, holding the seed, a booking and an agenda
 * item with its decision) is opened by the store and upgraded: every row of every table as it
 * was, each record with row_version 1, the tables' schema as in a new file, and the store's
 * changes move the versions on. A file-only test: a server database of version 11 is brought
 * up to date by test-server-roles (/roles/upgrade-from-11). */

#include "config.h"

#include "ond-plan.h"
#include "ond-store-bookings.h"
#include "ond-store-form-conflict.h"
#include "ond-store-meetings.h"
#include "ond-test-util.h"
#include "test-case-util.h"

static const char * const tables[] = {
  "booking", "indicator_value", "intervention", "theme", "meeting_item",
};

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

/* A booking, and an agenda item with a decision (the seed has the rest); returns the
 * booking's id. */
static gint64
add_records (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (f->store, &error);
  g_autoptr(OndBooking) booking = NULL;
  gint64 line = sql_int (f->path, "SELECT min(id) FROM budget_line WHERE plan_id = ?",
                         ond_plan_get_id (plan));
  gint64 case_id = new_case (f, "2025-06-01", "Jan de Vries");
  gint64 id;

  booking = ond_booking_new (0, "2024-03-12", line, NULL, 12345, "realisatie", NULL, "Huur",
                             "F-1", "Verhuurder", 0);
  id = ond_store_save_booking (f->store, ond_plan_get_id (plan), booking, &error);
  g_assert_no_error (error);
  ond_store_create_meeting (f->store, "2025-06-16", &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_record_meeting_decision (
    f->store, sql_int (f->path, "SELECT id FROM meeting_item WHERE case_id = ?", case_id),
    "Opvolgen", &error));
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
  gint64 rows[G_N_ELEMENTS (tables)];

  add_records (f);
  fixture_rebuild_at_version (f, 11);

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 11);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pragma_table_info('%s')"
                                              " WHERE name = 'row_version' AND 0 = ?",
                                              tables[i]);

      g_assert_cmpint (sql_int (f->path, sql, 0), ==, 0);
      rows[i] = count (f, tables[i], "1 = 1");
      g_assert_cmpint (rows[i], >, 0);
    }
  before = dump_all_tables (f->path);

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_was_created (store));
  g_clear_object (&store);

  /* Version 12: every record at row version 1, every other value as it was. */
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 12);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *drop = g_strdup_printf ("ALTER TABLE %s DROP COLUMN row_version",
                                               tables[i]);

      g_assert_cmpint (count (f, tables[i], "row_version = 1"), ==, rows[i]);
      sql_exec (f->path, drop);
    }
  after = dump_all_tables (f->path);
  g_assert_cmpstr (after, ==, before);
}

/* The upgraded schema is a new file's, and the store reads and moves the versions on: a
 * booking read before another change is refused. */
static void
test_upgraded_in_use (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) fresh = NULL;
  g_autoptr(OndBooking) read = NULL;
  g_autoptr(OndBooking) changed = NULL;
  g_autoptr(OndBooking) stale = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autofree char *new_path = g_build_filename (f->dir, "new.db", NULL);
  gint64 id = add_records (f);

  fixture_rebuild_at_version (f, 11);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  plan = ond_store_dup_current_plan (f->store, &error);
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

  read = ond_store_get_booking (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_booking_get_row_version (read), ==, 1);

  changed = ond_booking_new (id, "2024-03-12", ond_booking_get_line_id (read), NULL, 999,
                             "realisatie", NULL, "Negen", "F-1", "", 0);
  ond_booking_set_row_version (changed, 1);
  g_assert_cmpint (ond_store_save_booking (f->store, ond_plan_get_id (plan), changed, &error),
                   ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM booking WHERE id = ?", id), ==, 2);

  stale = ond_booking_new (id, "2024-03-12", ond_booking_get_line_id (read), NULL, 1000,
                           "realisatie", NULL, "Tien", "F-1", "", 0);
  ond_booking_set_row_version (stale, 1);
  g_assert_cmpint (ond_store_save_booking (f->store, ond_plan_get_id (plan), stale, &error),
                   ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_assert_cmpint (sql_int (f->path, "SELECT amount_cents FROM booking WHERE id = ?", id), ==,
                   999);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/migration-12/upgrade", test_upgrade);
  ADD_TEST ("/ond/migration-12/upgraded-in-use", test_upgraded_in_use);

  return g_test_run ();
}
