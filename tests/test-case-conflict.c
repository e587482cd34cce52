/* test-case-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (optimistic locking, issue 9): two clients (two stores on the same
 * database: a file, or the server database of the PostgreSQL run) read the same case; one
 * saves, the other's save of the edit it opened earlier is refused with
 * OND_STORE_ERROR_CONFLICT and writes nothing (every column of the row, the access log and the
 * history compared with plain SQL), the differences list exactly what the first changed, and
 * after reading the case again the second save goes through. Every change of a case (the
 * workflow too) moves its row version on. */

#include "config.h"

#include <string.h>

#include "ond-case.h"
#include "ond-store-case-conflict.h"
#include "ond-store-cases.h"
#include "ond-test-util.h"
#include "test-case-util.h"

static gint64
row_version (Fixture *f,
             gint64   id)
{
  return sql_int (f->path, "SELECT row_version FROM case_file WHERE id = ?", id);
}

/* The whole row and what a save writes besides it. */
static char *
case_state (Fixture *f,
            gint64   id)
{
  g_autofree char *row = sql_rows_for (f->path, "SELECT * FROM case_file WHERE id = ?", id);

  return g_strdup_printf ("%s access_log=%" G_GINT64_FORMAT " case_event=%" G_GINT64_FORMAT,
                          row, sql_int (f->path, "SELECT count(*) FROM access_log", 0),
                          sql_int (f->path, "SELECT count(*) FROM case_event", 0));
}

static OndCase *
read_case (OndStore *store,
           gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndCase *kase = ond_store_get_case (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kase);
  return kase;
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* Client A saves a new name; client B's save of its address edit, opened before, is refused
 * and writes nothing; B sees that the name changed, reads the case again and saves. */
static void
test_two_clients (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndCase) opened_a = NULL;
  g_autoptr(OndCase) opened_b = NULL;
  g_autoptr(OndCase) current = NULL;
  g_autoptr(OndCase) done = NULL;
  g_autoptr(OndCaseDraft) mine_a = NULL;
  g_autoptr(OndCaseDraft) mine_b = NULL;
  g_autoptr(OndCaseDraft) again = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *address = NULL;
  OndCaseChange *change;
  gint64 id = new_case (f, "2025-03-04", "Jan de Vries");

  g_assert_cmpint (row_version (f, id), ==, 1);
  opened_a = read_case (f->store, id);
  opened_b = read_case (other, id);
  g_assert_cmpint (ond_case_get_row_version (opened_a), ==, 1);
  g_assert_cmpint (ond_case_get_row_version (opened_b), ==, 1);

  mine_a = ond_case_dup_draft (opened_a);
  g_assert_cmpint (mine_a->row_version, ==, 1);
  replace (&mine_a->subject_name, "Piet Jansen");
  g_assert_true (ond_store_update_case (f->store, id, mine_a, f->today, &error));
  g_assert_no_error (error);
  g_assert_cmpint (row_version (f, id), ==, 2);

  /* B's save is refused: nothing of the row, the access log or the history changed. */
  mine_b = ond_case_dup_draft (opened_b);
  replace (&mine_b->address, "Nieuwstraat 1");
  before = case_state (f, id);
  g_assert_false (ond_store_update_case (other, id, mine_b, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "2025-0001"));
  g_clear_error (&error);
  after = case_state (f, id);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (row_version (f, id), ==, 2);
  address = sql_text (f->path, "SELECT address FROM case_file WHERE id = ?", id);
  g_assert_cmpstr (address, ==, "Voorstraat 12");

  /* What changed: exactly the name, with B's value (B did not change it) and A's. */
  current = read_case (other, id);
  g_assert_cmpint (ond_case_get_row_version (current), ==, 2);
  changes = ond_store_compare_case_edit (other, opened_b, mine_b, current, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "subject-name");
  g_assert_cmpstr (change->label, ==, "Name of the subject");
  g_assert_cmpstr (change->theirs, ==, "Piet Jansen");
  g_assert_cmpstr (change->mine, ==, "Jan de Vries");
  g_assert_false (change->mine_changed);

  /* Read again, B's edit goes through on top of A's. */
  again = ond_case_dup_draft (current);
  replace (&again->address, "Nieuwstraat 1");
  g_assert_true (ond_store_update_case (other, id, again, f->today, &error));
  g_assert_no_error (error);
  g_assert_cmpint (row_version (f, id), ==, 3);
  done = read_case (f->store, id);
  g_assert_cmpstr (ond_case_get_subject_name (done), ==, "Piet Jansen");
  g_assert_cmpstr (ond_case_get_address (done), ==, "Nieuwstraat 1");

  /* A's draft is stale now too. */
  g_assert_false (ond_store_update_case (f->store, id, mine_a, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
}

/* Both changed the same fields: the differences name them with both values, codes as their
 * labels and ids as their names; "overwrite with mine" saves against the new version. */
static void
test_overwrite_with_mine (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndCase) opened_a = NULL;
  g_autoptr(OndCase) opened_b = NULL;
  g_autoptr(OndCase) current = NULL;
  g_autoptr(OndCase) done = NULL;
  g_autoptr(OndCaseDraft) mine_a = NULL;
  g_autoptr(OndCaseDraft) mine_b = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *drugs = NULL;
  g_autofree char *other_theme = NULL;
  g_autofree char *source_label = NULL;
  g_autofree char *their_date = NULL;
  gint64 id = new_case (f, "2025-03-04", "Jan de Vries");
  gint64 other_theme_id = sql_int (f->path, "SELECT min(id) FROM theme WHERE id <> ?",
                                   theme_id (f, "Drugs"));
  struct
  {
    const char *field;
    const char *mine;
    const char *theirs;
  } expected[4];

  drugs = sql_text (f->path, "SELECT name FROM theme WHERE id = ?", theme_id (f, "Drugs"));
  other_theme = sql_text (f->path, "SELECT name FROM theme WHERE id = ?", other_theme_id);
  source_label = sql_text (f->path, "SELECT label FROM case_source WHERE code = 'politie'", 0);
  opened_a = read_case (f->store, id);
  opened_b = read_case (other, id);

  /* A: another theme, source and date, and a summary. */
  mine_a = ond_case_dup_draft (opened_a);
  mine_a->theme_id = other_theme_id;
  replace (&mine_a->source, "politie");
  replace (&mine_a->date_received, "2025-03-05");
  replace (&mine_a->summary, "Andere samenvatting");
  g_assert_true (ond_store_update_case (f->store, id, mine_a, f->today, &error));
  g_assert_no_error (error);

  /* B: its own summary and date (written as the form takes it), the theme kept. */
  mine_b = ond_case_dup_draft (opened_b);
  replace (&mine_b->summary, "Mijn samenvatting");
  replace (&mine_b->date_received, "06-03-2025");
  g_assert_false (ond_store_update_case (other, id, mine_b, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  current = read_case (other, id);
  changes = ond_store_compare_case_edit (other, opened_b, mine_b, current, &error);
  g_assert_no_error (error);
  their_date = g_strdup ("05-03-2025");
  expected[0].field = "date-received", expected[0].mine = "06-03-2025";
  expected[0].theirs = their_date;
  expected[1].field = "source", expected[1].mine = "Meld Misdaad Anoniem";
  expected[1].theirs = source_label;
  expected[2].field = "theme-id", expected[2].mine = drugs, expected[2].theirs = other_theme;
  expected[3].field = "summary", expected[3].mine = "Mijn samenvatting";
  expected[3].theirs = "Andere samenvatting";
  g_assert_cmpuint (changes->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      OndCaseChange *change = g_ptr_array_index (changes, i);

      g_test_message ("%s", expected[i].field);
      g_assert_cmpstr (change->field, ==, expected[i].field);
      g_assert_cmpstr (change->mine, ==, expected[i].mine);
      g_assert_cmpstr (change->theirs, ==, expected[i].theirs);
      g_assert_true (change->mine_changed == (i == 0 || i == 3));
    }

  /* Overwrite with mine: the same edit against the version just read. */
  mine_b->row_version = ond_case_get_row_version (current);
  g_assert_true (ond_store_update_case (other, id, mine_b, f->today, &error));
  g_assert_no_error (error);
  done = read_case (f->store, id);
  g_assert_cmpstr (ond_case_get_summary (done), ==, "Mijn samenvatting");
  g_assert_cmpstr (ond_case_get_date_received (done), ==, "2025-03-06");
  g_assert_cmpstr (ond_case_get_source (done), ==, "mma");
  g_assert_cmpint (ond_case_get_theme_id (done), ==, theme_id (f, "Drugs"));
  g_assert_cmpint (row_version (f, id), ==, 3);
}

/* Every change of a case moves the version on, the workflow too: an edit opened before the
 * case was weighed is refused, and the differences name the weighing's fields as outside the
 * form (mine NULL). */
static void
test_workflow_moves_version (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) opened = NULL;
  g_autoptr(OndCase) current = NULL;
  g_autoptr(OndCaseDraft) mine = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = new_case (f, "2025-03-04", "Jan de Vries");
  gint64 version;
  gboolean status_listed = FALSE;

  opened = read_case (f->store, id);
  version = row_version (f, id);
  drive_case (f, id, OND_CASE_STATUS_CLOSED);
  /* Weighed, in intervention, monitoring, closed: each a change of the row. */
  g_assert_cmpint (row_version (f, id), >=, version + 4);

  mine = ond_case_dup_draft (opened);
  replace (&mine->address, "Nieuwstraat 1");
  before = case_state (f, id);
  g_assert_false (ond_store_update_case (f->store, id, mine, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = case_state (f, id);
  g_assert_cmpstr (after, ==, before);

  current = read_case (f->store, id);
  changes = ond_store_compare_case_edit (f->store, opened, mine, current, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, >, 0);
  for (guint i = 0; i < changes->len; i++)
    {
      OndCaseChange *change = g_ptr_array_index (changes, i);

      g_test_message ("%s", change->field);
      g_assert_null (change->mine);
      if (g_str_equal (change->field, "status"))
        {
          g_assert_cmpstr (change->theirs, ==, ond_case_get_status_label (current));
          status_listed = TRUE;
        }
    }
  g_assert_true (status_listed);

  /* Deleting and putting back are changes too. */
  version = row_version (f, id);
  g_assert_true (ond_store_delete_case (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (row_version (f, id), ==, version + 1);
}

/* A draft without a row version (a new signal, an import) is not checked; a case that does
 * not exist is NOT_FOUND, not a conflict. */
static void
test_unchecked_and_missing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, "2025-03-04", "Els Bakker");
  g_autofree char *name = NULL;
  gint64 id = new_case (f, "2025-03-04", "Jan de Vries");

  drive_case (f, id, OND_CASE_STATUS_WEIGHED);
  g_assert_cmpint (draft->row_version, ==, 0);
  g_assert_true (ond_store_update_case (f->store, id, draft, f->today, &error));
  g_assert_no_error (error);
  name = sql_text (f->path, "SELECT subject_name FROM case_file WHERE id = ?", id);
  g_assert_cmpstr (name, ==, "Els Bakker");

  draft->row_version = 1;
  g_assert_false (ond_store_update_case (f->store, id + 1000, draft, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/case-conflict/two-clients", test_two_clients);
  ADD_TEST ("/ond/case-conflict/overwrite-with-mine", test_overwrite_with_mine);
  ADD_TEST ("/ond/case-conflict/workflow-moves-version", test_workflow_moves_version);
  ADD_TEST ("/ond/case-conflict/unchecked-and-missing", test_unchecked_and_missing);

  return g_test_run ();
}
