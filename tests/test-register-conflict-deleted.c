/* test-register-conflict-deleted.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (optimistic locking, issue 9, migration 11) of a record of the four
 * registers of "Controles & maatregelen" (a control, a measure, a stop talk and an activity)
 * that was deleted: a record put back after a delete (undo) keeps its version, so an edit read
 * before the delete saves over it and one read earlier still is refused and writes nothing
 * (the row, a control's partners and the access log compared with plain SQL); a record
 * another client (a second store on the same database: a file, or the server database of the
 * PostgreSQL run) deleted since is NOT_FOUND and is not added back. Each test runs for each
 * register (test-register-conflict-util.c); two clients changing the same record:
 * test-register-conflict.c. */

#include "config.h"

#include "ond-test-util.h"
#include "test-register-conflict-util.h"

/* Deleted and put back (undo), a record keeps its version: an edit read before the delete
 * saves over it, one read earlier still is refused. */
static void
test_restore_keeps_version (Fixture       *f,
                            gconstpointer  data)
{
  const Register *reg = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) added = reg->add (f);
  gint64 id = id_of (added);
  g_autoptr(GObject) first = read_record (f->store, reg->get_type (), id);
  g_autoptr(GObject) theirs = reg->theirs (f, first);
  g_autoptr(GObject) read = NULL;
  g_autoptr(GObject) old_edit = NULL;
  g_autoptr(GObject) edit = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (save_record (f->store, theirs, &error), ==, id);
  g_assert_no_error (error);
  read = read_record (f->store, reg->get_type (), id);
  g_assert_cmpint (row_version_of (read), ==, 2);

  g_assert_true (delete_record (f->store, read, &error));
  g_assert_no_error (error);
  g_assert_cmpint (restore_record (f->store, read, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, reg->table, id), ==, 2);

  old_edit = reg->mine (f, first);
  before = row_state (f, reg->table, id);
  g_assert_cmpint (save_record (f->store, old_edit, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = row_state (f, reg->table, id);
  g_assert_cmpstr (after, ==, before);

  edit = reg->mine (f, read);
  g_assert_cmpint (save_record (f->store, edit, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, reg->table, id), ==, 3);
}

/* A record the other client deleted since: the save is NOT_FOUND and writes nothing (it is
 * not added back). */
static void
test_deleted_since (Fixture       *f,
                    gconstpointer  data)
{
  const Register *reg = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(GObject) added = reg->add (f);
  gint64 id = id_of (added);
  g_autoptr(GObject) opened = read_record (f->store, reg->get_type (), id);
  g_autoptr(GObject) mine = reg->mine (f, opened);
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE 0 = ?",
                                                reg->table);
  gint64 rows;

  g_assert_true (delete_record (other, opened, &error));
  g_assert_no_error (error);
  rows = sql_int (f->path, count_sql, 0);
  g_assert_cmpint (save_record (f->store, mine, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (sql_int (f->path, count_sql, 0), ==, rows);

  /* Reading it again says so too. */
  g_assert_null (ond_store_get_register_record (f->store, reg->get_type (), id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (registers); i++)
    {
      const Register *reg = &registers[i];
      const struct
      {
        const char *name;
        void      (*func) (Fixture *, gconstpointer);
      } tests[] = {
        { "restore-keeps-version", test_restore_keeps_version },
        { "deleted-since", test_deleted_since },
      };

      for (guint t = 0; t < G_N_ELEMENTS (tests); t++)
        {
          g_autofree char *path = g_strdup_printf ("/ond/register-conflict/%s/%s", reg->table,
                                                   tests[t].name);

          g_test_add (path, Fixture, reg, fixture_set_up, tests[t].func, fixture_tear_down);
        }
    }

  return g_test_run ();
}
