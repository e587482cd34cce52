/* test-register-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (optimistic locking, issue 9, migration 11) of the records of the
 * four registers of "Controles & maatregelen": a control, a measure, a stop talk and an
 * activity. Two clients (two stores on the same database: a file, or the server database of
 * the PostgreSQL run) read the same record from their lists; one saves a change, the other's
 * save of the record it read earlier is refused with OND_STORE_ERROR_CONFLICT and writes
 * nothing (the row, a control's partners and the access log compared with plain SQL); the
 * compare lists exactly the fields the first changed, as the form shows them; after reading
 * it again the second save goes through and keeps the first's change. A record saved without
 * a version (0) is not checked and moves the version on. Each test runs for each register
 * (test-register-conflict-util.c); a record deleted: test-register-conflict-deleted.c. */

#include "config.h"

#include <string.h>

#include "ond-test-util.h"
#include "test-register-conflict-util.h"

/* The other client saves a change; the user's save of the record read before it is refused
 * and writes nothing; the compare lists exactly the other's change; read again, the user's
 * change saves and keeps the other's. */
static void
test_two_clients (Fixture       *f,
                  gconstpointer  data)
{
  const Register *reg = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(GObject) added = reg->add (f);
  gint64 id = id_of (added);
  g_autoptr(GObject) opened_a = read_record (f->store, reg->get_type (), id);
  g_autoptr(GObject) opened_b = read_record (other, reg->get_type (), id);
  g_autoptr(GObject) theirs = NULL;
  g_autoptr(GObject) mine = NULL;
  g_autoptr(GObject) current = NULL;
  g_autoptr(GObject) again = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *written = NULL;
  g_autofree char *what = NULL;

  g_assert_cmpint (table_row_version (f, reg->table, id), ==, 1);
  g_assert_cmpint (row_version_of (opened_a), ==, 1);
  g_assert_cmpint (row_version_of (opened_b), ==, 1);

  theirs = reg->theirs (f, opened_a);
  g_assert_cmpint (save_record (f->store, theirs, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, reg->table, id), ==, 2);

  before = row_state (f, reg->table, id);
  mine = reg->mine (f, opened_b);
  g_assert_cmpint (save_record (other, mine, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  /* The message names the record: "Someone else changed this stop talk ...". */
  what = g_strdup (reg->table);
  g_strdelimit (what, "_", ' ');
  g_assert_nonnull (strstr (error->message, what));
  g_clear_error (&error);
  after = row_state (f, reg->table, id);
  g_assert_cmpstr (after, ==, before);

  current = read_record (other, reg->get_type (), id);
  g_assert_cmpint (row_version_of (current), ==, 2);
  changes = ond_store_compare_register_edit (other, opened_b, mine, current, &error);
  g_assert_no_error (error);
  g_assert_nonnull (changes);
  reg->expect (f, opened_b, changes);

  /* Nothing changed since the user read it again: no differences. */
  {
    g_autoptr(GPtrArray) none = ond_store_compare_register_edit (other, current, current,
                                                                 current, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (none->len, ==, 0);
  }

  /* The user's change of the record read again saves, and keeps the other's change. */
  again = reg->mine (f, current);
  g_assert_cmpint (save_record (other, again, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, reg->table, id), ==, 3);
  written = sql_text (f->path, reg->mine_sql, id);
  g_assert_cmpstr (written, ==, reg->mine_value);
  kept = sql_text (f->path, reg->theirs_sql, id);
  g_assert_cmpstr (kept, ==, reg->theirs_value);

  /* The other client's object is now two versions behind: refused in its turn. */
  g_assert_cmpint (save_record (f->store, theirs, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_assert_cmpint (table_row_version (f, reg->table, id), ==, 3);
}

/* A record without a row version (0: not read from a store) is saved without the check,
 * and the save moves the version on. */
static void
test_unchecked (Fixture       *f,
                gconstpointer  data)
{
  const Register *reg = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(GObject) added = reg->add (f);
  gint64 id = id_of (added);
  g_autoptr(GObject) opened = read_record (other, reg->get_type (), id);
  g_autoptr(GObject) theirs = reg->theirs (f, added);
  g_autoptr(GObject) mine = NULL;
  g_autofree char *written = NULL;

  g_assert_cmpint (save_record (f->store, theirs, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, reg->table, id), ==, 2);

  mine = reg->mine (f, opened);
  g_assert_cmpint (row_version_of (mine), ==, 1);
  set_row_version (mine, 0);
  g_assert_cmpint (row_version_of (mine), ==, 0);
  g_assert_cmpint (save_record (other, mine, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, reg->table, id), ==, 3);
  written = sql_text (f->path, reg->mine_sql, id);
  g_assert_cmpstr (written, ==, reg->mine_value);
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
        { "two-clients", test_two_clients },
        { "unchecked", test_unchecked },
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
