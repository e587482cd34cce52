/* test-budget-line-conflict-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency in the form of a cost line: the form is open, someone else (a
 * second store on the same file) renames the line, and Save shows what changed instead of
 * overwriting it. Keeping their version fills the form with the line as it is now and writes
 * nothing; overwriting saves the form over it. */

#include "config.h"

#include <adwaita.h>

#include "ond-budget-line-dialog.h"
#include "ond-case-conflict-dialog.h"
#include "ond-gui-test-util.h"
#include "ond-store-budget.h"
#include "ond-test-util.h"

#define VIK "Veiligheidsinformatieknooppunt (VIK)"

static OndBudgetLine *
read_line (OndStore   *store,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(GListModel) lines = NULL;

  g_assert_no_error (error);
  lines = ond_store_list_budget_lines (store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);

      if (g_strcmp0 (ond_budget_line_get_name (line), name) == 0)
        return g_steal_pointer (&line);
    }
  return NULL;
}

/* Someone else sets the line's ledger code through their own connection. */
static void
change_elsewhere (const char *path,
                  gint64      id,
                  const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = ond_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (ond_store_update_budget_line (other, id, VIK, code, &error));
  g_assert_no_error (error);
}

static OndBudgetLineDialog *
open_form (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndBudgetLine) line = read_line (store, VIK);
  OndBudgetLineDialog *dialog;

  g_assert_no_error (error);
  g_assert_nonnull (line);
  dialog = ond_budget_line_dialog_new (NULL, store, plan, line);
  gtk_window_present (GTK_WINDOW (dialog));
  run_until_idle ();
  return dialog;
}

static const char *
field_text (gpointer    form,
            const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW,
                                                        title)));
}

static void
test_keep_theirs (GuiFixture    *f,
                  gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndBudgetLine) stored = NULL;
  OndBudgetLineDialog *form = open_form (store);
  gint64 id;
  AdwMessageDialog *dialog;

  stored = read_line (store, VIK);
  id = ond_budget_line_get_id (stored);
  type_text (find_row (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Name"), "VIK Dordrecht");
  change_elsewhere (f->path, id, "6420.100");

  click (find_button (GTK_WIDGET (form), "_Save"));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Someone Else Changed This Cost Line");
  /* The one field that changed: their value and the user's (who did not change it). */
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Ledger code"));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Their value: 6420.100"));
  g_assert_null (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Name"));
  /* Nothing of the form was written. */
  g_clear_object (&stored);
  stored = read_line (store, VIK);
  g_assert_nonnull (stored);

  /* Their version: the form shows the line as it is now, still open, nothing written. */
  click_response (dialog, "_Keep Their Version");
  g_assert_true (find_window (OND_TYPE_BUDGET_LINE_DIALOG) == form);
  g_assert_cmpstr (field_text (form, "Name"), ==, VIK);
  g_assert_cmpstr (field_text (form, "Ledger code (optional)"), ==, "6420.100");
  g_assert_null (read_line (store, "VIK Dordrecht"));
  g_clear_object (&stored);

  /* An edit from there saves at once. */
  type_text (find_row (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Name"), "VIK Dordrecht");
  click (find_button (GTK_WIDGET (form), "_Save"));
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_BUDGET_LINE_DIALOG));
  stored = read_line (store, "VIK Dordrecht");
  g_assert_nonnull (stored);
  g_assert_cmpstr (ond_budget_line_get_ledger_code (stored), ==, "6420.100");
  g_assert_cmpint (ond_budget_line_get_row_version (stored), ==, 3);
}

static void
test_overwrite_with_mine (GuiFixture    *f,
                          gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndBudgetLine) stored = read_line (store, VIK);
  OndBudgetLineDialog *form = open_form (store);
  AdwMessageDialog *dialog;

  type_text (find_row (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Ledger code (optional)"),
             "6420.200");
  change_elsewhere (f->path, ond_budget_line_get_id (stored), "6420.100");
  click (find_button (GTK_WIDGET (form), "_Save"));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Their value: 6420.100"));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Your value: 6420.200"));

  click_response (dialog, "_Overwrite With Mine");
  g_assert_null (find_window (OND_TYPE_BUDGET_LINE_DIALOG));
  g_clear_object (&stored);
  stored = read_line (store, VIK);
  g_assert_cmpstr (ond_budget_line_get_ledger_code (stored), ==, "6420.200");
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "BudgetLineConflict");
  gui_test_add ("/budget-line-conflict-gui/keep-theirs", test_keep_theirs);
  gui_test_add ("/budget-line-conflict-gui/overwrite-with-mine", test_overwrite_with_mine);
  return gui_test_run ();
}
