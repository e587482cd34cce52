/* test-budget-line-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (optimistic locking, issue 9) of a cost line of the budget: two
 * clients (two stores on the same database: a file, or the server database of the PostgreSQL
 * run) open the same line; one renames it, the other's save of the edit it opened earlier is
 * refused with OND_STORE_ERROR_CONFLICT naming the line, and writes nothing (every budget row
 * compared with plain SQL); the differences list exactly what the first changed; after
 * reading it again the second save goes through. What the form does not hold (a budget
 * change, a delete and its undo) does not stand in the way of an edit opened before it. */

#include "config.h"

#include <string.h>

#include "ond-budget-line.h"
#include "ond-plan.h"
#include "ond-store-budget.h"
#include "ond-store-case-conflict.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define VIK "Veiligheidsinformatieknooppunt (VIK)"

static gint64
version_of (Fixture *f,
            gint64   line)
{
  return sql_int (f->path, "SELECT row_version FROM budget_line WHERE id = ?", line);
}

/* Every row of the budget's tables, as plain SQL reads them. */
static char *
budget_state (Fixture *f)
{
  g_autofree char *lines = sql_rows (f->path, "SELECT * FROM budget_line ORDER BY id");
  g_autofree char *amounts = sql_rows (f->path, "SELECT line_id, year, amount_cents"
                                                " FROM budget_amount ORDER BY line_id, year");
  g_autofree char *changes = sql_rows (f->path, "SELECT * FROM budget_change ORDER BY id");

  return g_strconcat (lines, "--\n", amounts, "--\n", changes, NULL);
}

static gint64
current_plan_id (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return ond_plan_get_id (plan);
}

/* The line named @name as @store reads it now (as a form is opened with it). */
static OndBudgetLine *
open_line (OndStore   *store,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = ond_store_list_budget_lines (store, current_plan_id (store),
                                                             &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);

      if (g_strcmp0 (ond_budget_line_get_name (line), name) == 0)
        return g_steal_pointer (&line);
    }
  g_error ("no cost line “%s”", name);
}

/* Client A renames the VIK line; client B's change of its ledger code, opened before, is
 * refused and writes nothing; B is shown that the name changed, reads the line again and
 * saves its ledger code with A's name. */
static void
test_two_clients (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndBudgetLine) opened_a = open_line (f->store, VIK);
  g_autoptr(OndBudgetLine) opened_b = open_line (other, VIK);
  g_autoptr(OndBudgetLine) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *row = NULL;
  OndCaseChange *change;
  gint64 line = ond_budget_line_get_id (opened_a);

  g_assert_cmpint (version_of (f, line), ==, 1);
  g_assert_cmpint (ond_budget_line_get_row_version (opened_a), ==, 1);
  g_assert_cmpint (ond_budget_line_get_row_version (opened_b), ==, 1);

  g_assert_true (ond_store_save_budget_line_edit (f->store, opened_a, "VIK Zuid-Holland Zuid",
                                                  NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_of (f, line), ==, 2);

  before = budget_state (f);
  g_assert_false (ond_store_save_budget_line_edit (other, opened_b, VIK, "6420.100", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "VIK Zuid-Holland Zuid"));
  g_clear_error (&error);
  after = budget_state (f);
  g_assert_cmpstr (after, ==, before);

  /* What B is shown: only the name changed; B left the name as it was. */
  current = ond_store_get_budget_line (other, line, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_budget_line_get_row_version (current), ==, 2);
  g_assert_cmpstr (ond_budget_line_get_name (current), ==, "VIK Zuid-Holland Zuid");
  changes = ond_store_compare_budget_line_edit (opened_b, VIK, " 6420.100 ", current);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "name");
  g_assert_cmpstr (change->theirs, ==, "VIK Zuid-Holland Zuid");
  g_assert_cmpstr (change->mine, ==, VIK);
  g_assert_false (change->mine_changed);

  /* B keeps A's name and saves the ledger code over the version read now. */
  g_assert_true (ond_store_save_budget_line_edit (other, current, "VIK Zuid-Holland Zuid",
                                                  "6420.100", &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_of (f, line), ==, 3);
  row = sql_rows_for (f->path, "SELECT name, ledger_code FROM budget_line WHERE id = ?", line);
  g_assert_cmpstr (row, ==, "VIK Zuid-Holland Zuid|6420.100|\n");
}

/* Both changed the same field: the user's value differs from what they opened. */
static void
test_both_changed (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndBudgetLine) opened_a = open_line (f->store, VIK);
  g_autoptr(OndBudgetLine) opened_b = open_line (other, VIK);
  g_autoptr(OndBudgetLine) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  OndCaseChange *change;

  g_assert_true (ond_store_save_budget_line_edit (f->store, opened_a, VIK, "6420.100", &error));
  g_assert_no_error (error);
  g_assert_false (ond_store_save_budget_line_edit (other, opened_b, VIK, "6420.200", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  current = ond_store_get_budget_line (other, ond_budget_line_get_id (opened_b), &error);
  g_assert_no_error (error);
  changes = ond_store_compare_budget_line_edit (opened_b, VIK, "6420.200", current);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "ledger-code");
  g_assert_cmpstr (change->theirs, ==, "6420.100");
  g_assert_cmpstr (change->mine, ==, "6420.200");
  g_assert_true (change->mine_changed);
}

/* A change without a check (ond_store_update_budget_line) moves the version on, so an edit
 * opened before it is refused; a budget change does not (the form does not hold amounts);
 * a line deleted and put back keeps its version; a line that is gone is NOT_FOUND. */
static void
test_what_counts (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBudgetLine) opened = open_line (f->store, VIK);
  g_autoptr(OndBudgetLine) reopened = NULL;
  g_autoptr(OndBudgetLine) fresh = NULL;
  g_autoptr(OndBudgetLine) again = NULL;
  gint64 line = ond_budget_line_get_id (opened);
  gint64 plan = current_plan_id (f->store);
  gint64 amounts[] = { 1000, 2000 };
  gint64 fresh_id;

  /* A budget change of the line: the form's fields are as opened, the save goes through. */
  g_assert_cmpint (ond_store_add_budget_change (f->store, line, 2024, "01-03-2024", 50000,
                                                "Extra capaciteit", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (version_of (f, line), ==, 1);
  g_assert_true (ond_store_save_budget_line_edit (f->store, opened, VIK, "6420.100", &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_of (f, line), ==, 2);

  /* An unchecked change moves the version on: the edit opened before it is refused. */
  reopened = open_line (f->store, VIK);
  g_assert_true (ond_store_update_budget_line (f->store, line, VIK, "6420.300", &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_of (f, line), ==, 3);
  g_assert_false (ond_store_save_budget_line_edit (f->store, reopened, VIK, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* A new line, changed once, deleted and put back (undo): it keeps version 2, so an edit
   * opened before the delete is saved. */
  fresh_id = ond_store_add_budget_line (f->store, plan, "Reservering", NULL, amounts,
                                        G_N_ELEMENTS (amounts), &error);
  g_assert_no_error (error);
  g_assert_cmpint (version_of (f, fresh_id), ==, 1);
  g_assert_true (ond_store_update_budget_line (f->store, fresh_id, "Reservering 2024", NULL,
                                               &error));
  g_assert_no_error (error);
  fresh = open_line (f->store, "Reservering 2024");
  g_assert_cmpint (ond_budget_line_get_row_version (fresh), ==, 2);
  g_assert_true (ond_store_delete_budget_line (f->store, fresh_id, &error));
  g_assert_no_error (error);

  /* Gone: NOT_FOUND, not a conflict, and nothing to read. */
  g_assert_false (ond_store_save_budget_line_edit (f->store, fresh, "Reservering", NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ond_store_get_budget_line (f->store, fresh_id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (ond_store_restore_budget_line (f->store, plan, fresh, &error), ==, fresh_id);
  g_assert_no_error (error);
  g_assert_cmpint (version_of (f, fresh_id), ==, 2);
  again = ond_store_get_budget_line (f->store, fresh_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_budget_line_get_amount (again, 2024), ==, 2000);
  g_assert_true (ond_store_save_budget_line_edit (f->store, fresh, "Reservering", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_of (f, fresh_id), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/edit-conflict/budget-line/two-clients", test_two_clients);
  ADD_TEST ("/ond/edit-conflict/budget-line/both-changed", test_both_changed);
  ADD_TEST ("/ond/edit-conflict/budget-line/what-counts", test_what_counts);

  return g_test_run ();
}
