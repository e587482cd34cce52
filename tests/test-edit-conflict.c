/* test-edit-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (optimistic locking, issue 9) of a case's intervention: two
 * clients (two stores on the same database: a file, or the server database of the PostgreSQL
 * run) open the same intervention; one saves, the other's save of the edit it opened earlier
 * is refused with OND_STORE_ERROR_CONFLICT naming the intervention and the case, and writes
 * nothing (the row and the access log compared with plain SQL); the differences list exactly
 * what the first changed; after reading it again the second save goes through. Every change
 * moves the row version on. */

#include "config.h"

#include <string.h>

#include "ond-store-cases.h"
#include "ond-store-edit-conflict.h"
#include "ond-test-util.h"
#include "test-case-util.h"

static gint64
version_of (Fixture *f,
            gint64   row)
{
  return sql_int (f->path, "SELECT row_version FROM case_intervention WHERE id = ?", row);
}

/* The whole row and what a save writes besides it. */
static char *
row_state (Fixture *f,
           gint64   row)
{
  g_autofree char *text = sql_rows_for (f->path, "SELECT * FROM case_intervention WHERE id = ?",
                                        row);

  return g_strdup_printf ("%s access_log=%" G_GINT64_FORMAT, text,
                          sql_int (f->path, "SELECT count(*) FROM access_log", 0));
}

static OndCaseIntervention *
read_row (OndStore *store,
          gint64    case_id,
          gint64    row)
{
  g_autoptr(GError) error = NULL;
  OndCaseIntervention *item = ond_store_get_case_intervention (store, case_id, row, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

/* A case with BRP controle by the Gemeente, planned 1 July 2025, note "Eerste". */
static gint64
add_row (Fixture *f,
         gint64  *case_id)
{
  g_autoptr(GError) error = NULL;
  gint64 row;

  *case_id = new_case (f, "2025-01-10", "Jan de Vries");
  row = ond_store_add_case_intervention (f->store, *case_id, intervention_id (f, "BRP controle"),
                                         partner_id (f, "Gemeente"), "01-07-2025", NULL, NULL,
                                         "Eerste", &error);
  g_assert_no_error (error);
  g_assert_cmpint (row, >, 0);
  return row;
}

/* Client A sets the status to "lopend"; client B's save of its note edit, opened before, is
 * refused and writes nothing; B sees that the status changed, reads it again and saves. */
static void
test_two_clients (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndCaseIntervention) opened_a = NULL;
  g_autoptr(OndCaseIntervention) opened_b = NULL;
  g_autoptr(OndCaseIntervention) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *status = NULL;
  g_autofree char *note = NULL;
  g_autofree char *running = NULL;
  g_autofree char *planned = NULL;
  OndCaseChange *change;
  gint64 case_id;
  gint64 row = add_row (f, &case_id);
  gint64 gemeente = partner_id (f, "Gemeente");

  reference = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?", case_id);
  g_assert_cmpint (version_of (f, row), ==, 1);
  opened_a = read_row (f->store, case_id, row);
  opened_b = read_row (other, case_id, row);
  g_assert_cmpint (ond_case_intervention_get_row_version (opened_a), ==, 1);
  g_assert_cmpint (ond_case_intervention_get_row_version (opened_b), ==, 1);

  g_assert_true (ond_store_save_case_intervention_edit (f->store, opened_a, gemeente,
                                                       "2025-07-01", NULL, "lopend", "Eerste",
                                                       &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_of (f, row), ==, 2);

  before = row_state (f, row);
  g_assert_false (ond_store_save_case_intervention_edit (other, opened_b, gemeente,
                                                        "2025-07-01", NULL, "gepland",
                                                        "Tweede", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "BRP controle"));
  g_assert_nonnull (strstr (error->message, reference));
  g_clear_error (&error);
  after = row_state (f, row);
  g_assert_cmpstr (after, ==, before);
  status = sql_text (f->path, "SELECT status FROM case_intervention WHERE id = ?", row);
  g_assert_cmpstr (status, ==, "lopend");

  /* What B is shown: only the status changed; B left it as it was. */
  current = read_row (other, case_id, row);
  g_assert_cmpint (ond_case_intervention_get_row_version (current), ==, 2);
  changes = ond_store_compare_case_intervention_edit (other, opened_b, gemeente, "01-07-2025",
                                                      NULL, "gepland", "Tweede", current,
                                                      &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "status");
  running = sql_text (f->path, "SELECT label FROM intervention_status"
                               " WHERE code = 'lopend' AND 0 = ?", 0);
  planned = sql_text (f->path, "SELECT label FROM intervention_status"
                               " WHERE code = 'gepland' AND 0 = ?", 0);
  g_assert_cmpstr (change->theirs, ==, running);
  g_assert_cmpstr (change->mine, ==, planned);
  g_assert_false (change->mine_changed);

  /* Keeping their status and saving the note over the version read now goes through. */
  g_assert_true (ond_store_save_case_intervention_edit (other, current, gemeente, "2025-07-01",
                                                       NULL, "lopend", "Tweede", &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_of (f, row), ==, 3);
  note = sql_text (f->path, "SELECT note FROM case_intervention WHERE id = ?", row);
  g_assert_cmpstr (note, ==, "Tweede");
  g_free (status);
  status = sql_text (f->path, "SELECT status FROM case_intervention WHERE id = ?", row);
  g_assert_cmpstr (status, ==, "lopend");
}

/* A save without a check (the call that has no opened row) moves the version on too, so that
 * an edit opened before it is refused; a row that is gone is NOT_FOUND, not a conflict. */
static void
test_unchecked_and_missing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseIntervention) opened = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 case_id;
  gint64 row = add_row (f, &case_id);
  gint64 gemeente = partner_id (f, "Gemeente");

  opened = read_row (f->store, case_id, row);
  g_assert_true (ond_store_update_case_intervention (f->store, row, gemeente, NULL, NULL,
                                                     "gereed", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_of (f, row), ==, 2);

  before = row_state (f, row);
  g_assert_false (ond_store_save_case_intervention_edit (f->store, opened, gemeente, NULL, NULL,
                                                        "geannuleerd", NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = row_state (f, row);
  g_assert_cmpstr (after, ==, before);

  sql_exec (f->path, "DELETE FROM case_intervention");
  g_assert_false (ond_store_save_case_intervention_edit (f->store, opened, gemeente, NULL, NULL,
                                                        "geannuleerd", NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ond_store_get_case_intervention (f->store, case_id, row, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/edit-conflict/intervention/two-clients", test_two_clients);
  ADD_TEST ("/ond/edit-conflict/intervention/unchecked-and-missing",
            test_unchecked_and_missing);

  return g_test_run ();
}
