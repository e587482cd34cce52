/* test-budget-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Begroting section of the main window, on a freshly seeded database, driven as a user
 * would. The reconciliation of 2023 flags the € 5.000 the plan's funding (€ 250.000) has
 * beyond its cost lines (€ 245.000, section 6), and 2024 balances (€ 185.000 each). A budget
 * change entered through its form raises the line's budget and the year's totals, and the
 * 2023 flag goes; a change without a reason is refused with the store's message below the
 * field and writes nothing; an amount that is no amount is refused below its field. A
 * booking added through the core API shows as spend at once and flags its line as
 * over-spent. A cost line is added, deleted and brought back; a line in use cannot be
 * deleted. A line of the plan deleted and brought back by Undo has its id, place and amounts
 * again. Each form shows the store's refusal below the field its error code names, and
 * writes nothing. Funding is added with an earmark; funding deleted and brought back by Undo
 * has its id, amount, earmark and lines again. On a read-only file nothing can be
 * started. Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>

#include "ond-booking.h"
#include "ond-budget-change-dialog.h"
#include "ond-budget-edit-page.h"
#include "ond-budget-line-dialog.h"
#include "ond-budget-view.h"
#include "ond-chart-view.h"
#include "ond-funding-dialog.h"
#include "ond-funding-group.h"
#include "ond-funding.h"
#include "ond-gui-test-util.h"
#include "ond-reconciliation-page.h"
#include "ond-store-bookings.h"
#include "ond-store-budget.h"

#define VIK "Veiligheidsinformatieknooppunt (VIK)"

/* The section, chosen in the sidebar, with @page ("Reconciliation", "Lines & Funding") shown by its
 * button in the view switcher. */
static OndBudgetView *
choose_budget (OndWindow  *window,
               const char *page)
{
  OndBudgetView *view = gui_choose_section (window, "Budget", OND_TYPE_BUDGET_VIEW);
  g_autoptr(GPtrArray) toggles = find_all (GTK_WIDGET (view), GTK_TYPE_TOGGLE_BUTTON);
  gboolean found = FALSE;

  for (guint i = 0; i < toggles->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (toggles, i);

      if (gtk_widget_get_mapped (toggle) && has_label (toggle, page))
        {
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
          found = TRUE;
        }
    }
  g_assert_true (found);
  run_until_idle ();
  return view;
}

static OndReconciliationPage *
reconciliation_page (OndBudgetView *view)
{
  OndReconciliationPage *page = find_first (GTK_WIDGET (view), OND_TYPE_RECONCILIATION_PAGE);

  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  return page;
}

static OndBudgetEditPage *
edit_page (OndBudgetView *view)
{
  OndBudgetEditPage *page = find_first (GTK_WIDGET (view), OND_TYPE_BUDGET_EDIT_PAGE);

  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  return page;
}

/* The year in the page's drop-down, as a user chooses it. */
static void
choose_year (OndReconciliationPage *page,
             const char            *year)
{
  GtkDropDown *dropdown = find_dropdown (GTK_WIDGET (page), "The year that is reconciled");

  g_assert_nonnull (dropdown);
  choose_in_dropdown (dropdown, year);
  g_assert_cmpint (ond_reconciliation_page_get_year (page), ==, atoi (year));
}

/* A row of the totals or an earmark: its amount (the label with figures). */
static const char *
row_amount (GtkWidget *row)
{
  g_autoptr(GPtrArray) labels = find_all (row, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "numeric"))
      return gtk_label_get_text (g_ptr_array_index (labels, i));
  g_error ("The row has no amount");
}

/* Whether a row shows the warning icon on screen (an icon that is not seen has opacity 0). */
static gboolean
row_shows_warning (GtkWidget *row)
{
  g_autoptr(GPtrArray) images = find_all (row, GTK_TYPE_IMAGE);

  for (guint i = 0; i < images->len; i++)
    {
      GtkImage *image = g_ptr_array_index (images, i);

      if (gtk_widget_get_mapped (GTK_WIDGET (image)) &&
          gtk_widget_get_opacity (GTK_WIDGET (image)) > 0 &&
          g_strcmp0 (gtk_image_get_icon_name (image), "dialog-warning-symbolic") == 0)
        return TRUE;
    }
  return FALSE;
}

/* A row of the totals: its amount, whether it is flagged (icon, warning style and words),
 * and its words when @words is not NULL. */
static void
assert_total (OndReconciliationPage *page,
              const char            *title,
              const char            *amount,
              gboolean               flagged,
              const char            *words)
{
  GtkWidget *row = find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, title);
  g_autoptr(GPtrArray) labels = NULL;
  GtkWidget *amount_label = NULL;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (row));
  g_assert_cmpstr (row_amount (row), ==, amount);
  g_assert_cmpint (row_shows_warning (row), ==, flagged);
  labels = find_all (row, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "numeric"))
      amount_label = g_ptr_array_index (labels, i);
  g_assert_cmpint (gtk_widget_has_css_class (amount_label, "warning"), ==, flagged);
  if (words != NULL)
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, words);
}

/* The tables of a page, in their order. */
static GtkColumnView *
table (gpointer page,
       guint    index)
{
  g_autoptr(GPtrArray) tables = find_all (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);

  g_assert_cmpuint (tables->len, >, index);
  return g_ptr_array_index (tables, index);
}

static guint
n_rows (GtkColumnView *view)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
}

static gint64
line_id (OndStore   *store,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(GListModel) lines = ond_store_list_budget_lines (store, ond_plan_get_id (plan),
                                                             &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);

      if (g_strcmp0 (ond_budget_line_get_name (line), name) == 0)
        return ond_budget_line_get_id (line);
    }
  return 0;
}

static guint
n_changes (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(GListModel) changes = ond_store_list_budget_changes (store, ond_plan_get_id (plan),
                                                                 0, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (changes);
}

/* The text field (an entry row) of a form titled @title. */
static AdwEntryRow *
entry (gpointer    dialog,
       const char *title)
{
  AdwEntryRow *row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return row;
}

/* Whether a group of the form has @text as its description. */
static gboolean
group_says (gpointer    dialog,
            const char *text)
{
  g_autoptr(GPtrArray) groups = find_all (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP);

  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_description (g_ptr_array_index (groups, i)),
                   text) == 0)
      return TRUE;
  return FALSE;
}

/* Selects the line of the Budget page, as a click on its row does, and opens the form of a
 * budget change of it. */
static OndBudgetChangeDialog *
open_change (OndBudgetEditPage *page,
             OndStore          *store,
             const char        *line)
{
  g_assert_true (ond_budget_edit_page_select_line (page, line_id (store, line)));
  run_until_idle ();
  return click_for_dialog (find_button (GTK_WIDGET (page), "_Change Budget…"),
                           OND_TYPE_BUDGET_CHANGE_DIALOG);
}

static void
test_reconciliation (GuiFixture    *f,
                     gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndBudgetView *view = choose_budget (window, "Reconciliation");
  OndReconciliationPage *page = reconciliation_page (view);
  GtkWidget *earmark;

  g_assert_cmpstr (ond_budget_view_get_page (view), ==, "reconciliation");

  /* Section 6, 2023: the fourteen lines add up to € 245.000, the funding (taakveld 1.2
   * € 185.000 and the RIEC € 65.000) and the plan's total to € 250.000. */
  choose_year (page, "2023");
  g_assert_cmpuint (n_rows (table (page, 0)), ==, 14);
  assert_total (page, "Cost lines", "€ 245.000", FALSE, NULL);
  assert_total (page, "Funding", "€ 250.000", FALSE, NULL);
  assert_total (page, "Funding against cost lines", "€ 5.000", TRUE,
                "€ 5.000 of the funding is not assigned to a cost line");
  assert_total (page, "Plan total", "€ 250.000", FALSE, NULL);
  assert_total (page, "Plan total against cost lines", "€ 5.000", TRUE,
                "The plan's total is € 5.000 more than the cost lines");
  assert_total (page, "Plan total against funding", "€ 0", FALSE,
                "Balanced: the plan's total is the funding");
  assert_total (page, "Spent", "€ 0", FALSE, NULL);
  assert_total (page, "Remaining", "€ 245.000", FALSE, NULL);
  g_assert_true (has_label (GTK_WIDGET (page), "2 differences in the plan's years need attention"));

  /* The RIEC € 65.000 may pay for the three communication lines: € 10.000 + € 40.000 +
   * € 40.000 in 2023. */
  earmark = find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "RIEC-bijdrage 2023");
  g_assert_nonnull (earmark);
  g_assert_cmpstr (row_amount (earmark), ==, "€ 65.000");
  g_assert_false (row_shows_warning (earmark));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (earmark)),
                            "Budget of the eligible cost lines: € 90.000"));

  /* No booking falls outside the budget. */
  g_assert_true (has_label (GTK_WIDGET (page),
                            "None: every booking is on a cost line of the plan and within "
                            "its years"));

  /* 2024 balances: € 185.000 three times. */
  choose_year (page, "2024");
  assert_total (page, "Cost lines", "€ 185.000", FALSE, NULL);
  assert_total (page, "Funding", "€ 185.000", FALSE, NULL);
  assert_total (page, "Funding against cost lines", "€ 0", FALSE,
                "Balanced: the cost lines add up to the funding");
  assert_total (page, "Plan total against cost lines", "€ 0", FALSE, NULL);
  g_assert_null (find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "RIEC-bijdrage 2023"));
  g_assert_true (has_label (GTK_WIDGET (page),
                            "No funding of 2024 is earmarked: it may pay for any cost line"));

  gui_close_window (window, store);
}

static void
test_budget_change (GuiFixture    *f,
                    gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndBudgetView *view = choose_budget (window, "Lines & Funding");
  OndBudgetEditPage *page = edit_page (view);
  OndBudgetChangeDialog *dialog;
  OndReconciliationPage *reconciliation;
  GtkColumnView *lines = table (page, 0);
  GtkColumnView *changes;
  GtkWidget *row;

  /* Before: the VIK has € 17.000 in 2023, and there is no change yet. */
  row = table_row_on_screen (lines, VIK);
  g_assert_cmpstr (row_cell_text (lines, row, "Original 2023"), ==, "€ 17.000");
  g_assert_cmpstr (row_cell_text (lines, row, "Budget 2023"), ==, "€ 17.000");
  g_assert_true (has_label (GTK_WIDGET (page),
                            "No budget changes yet: every budget is the plan's original "
                            "amount"));

  /* The form of another line says that line's budget; Cancel writes nothing. */
  dialog = open_change (page, store, "Integrale controles");
  choose (find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Year"), "2024");
  type_text (entry (dialog, "Amount (+ or -)"), "-500");
  g_assert_true (group_says (dialog, "The budget of this line for 2024 is € 2.000; with this "
                                     "change it becomes € 1.500."));
  click_response (dialog, "_Cancel");
  g_assert_cmpuint (n_changes (store), ==, 0);

  /* A change without a reason: the store's message below the reason, nothing written. */
  dialog = open_change (page, store, VIK);
  choose (find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Year"), "2023");
  type_text (entry (dialog, "Date"), "01-07-2023");
  type_text (entry (dialog, "Amount (+ or -)"), "5.000");
  click (find_button (GTK_WIDGET (dialog), "_Save"));
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_BUDGET_CHANGE_DIALOG) == dialog);
  assert_field_message (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason", "reason");
  g_assert_cmpuint (n_changes (store), ==, 0);

  /* An amount that is no amount is refused below the amount, before the store is asked. */
  type_text (entry (dialog, "Reason"), "Extra inzet VIK (raadsbesluit)");
  type_text (entry (dialog, "Amount (+ or -)"), "5.000,125");
  click (find_button (GTK_WIDGET (dialog), "_Save"));
  run_until_idle ();
  assert_field_message (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Amount (+ or -)",
                        "more than two decimals");
  g_assert_cmpuint (n_changes (store), ==, 0);

  /* The change, in Dutch notation. */
  type_text (entry (dialog, "Amount (+ or -)"), "€ 5.000");
  click_response (dialog, "_Save");
  g_assert_null (find_window (OND_TYPE_BUDGET_CHANGE_DIALOG));
  g_assert_cmpuint (n_changes (store), ==, 1);

  row = table_row_on_screen (lines, VIK);
  g_assert_cmpstr (row_cell_text (lines, row, "Original 2023"), ==, "€ 17.000");
  g_assert_cmpstr (row_cell_text (lines, row, "Budget 2023"), ==, "€ 22.000");
  g_assert_cmpstr (row_cell_text (lines, row, "Budget 2024"), ==, "€ 17.000");
  changes = table (page, 1);
  g_assert_cmpuint (n_rows (changes), ==, 1);
  row = table_row_on_screen (changes, "01-07-2023");
  g_assert_cmpstr (row_cell_text (changes, row, "Cost Line"), ==, VIK);
  g_assert_cmpstr (row_cell_text (changes, row, "Year"), ==, "2023");
  g_assert_cmpstr (row_cell_text (changes, row, "Amount"), ==, "€ 5.000");
  g_assert_cmpstr (row_cell_text (changes, row, "Reason"), ==, "Extra inzet VIK (raadsbesluit)");
  g_assert_cmpstr (row_cell_text (changes, row, "Entered By"), !=, "");

  /* 2023 now adds up: € 250.000 of lines against € 250.000 of funding. */
  view = choose_budget (window, "Reconciliation");
  reconciliation = reconciliation_page (view);
  choose_year (reconciliation, "2023");
  assert_total (reconciliation, "Cost lines", "€ 250.000", FALSE, NULL);
  assert_total (reconciliation, "Funding against cost lines", "€ 0", FALSE,
                "Balanced: the cost lines add up to the funding");
  assert_total (reconciliation, "Plan total against cost lines", "€ 0", FALSE, NULL);
  row = table_row_on_screen (table (reconciliation, 0), VIK);
  g_assert_cmpstr (row_cell_text (table (reconciliation, 0), row, "Budget"), ==, "€ 22.000");

  gui_close_window (window, store);
}

static void
test_booking (GuiFixture    *f,
              gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndBudgetView *view = choose_budget (window, "Reconciliation");
  OndReconciliationPage *page = reconciliation_page (view);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndBooking) booking = NULL;
  GtkColumnView *lines = table (page, 0);
  GtkWidget *row;
  gint64 id;

  choose_year (page, "2024");
  row = table_row_on_screen (lines, VIK);
  g_assert_cmpstr (row_cell_text (lines, row, "Spent"), ==, "€ 0");
  g_assert_cmpstr (row_cell_text (lines, row, "Remaining"), ==, "€ 17.000");
  g_assert_false (row_shows_warning (row));

  /* € 18.000 spent on the VIK's € 17.000 of 2024, written as another window would. */
  booking = ond_booking_new (0, "2024-03-01", line_id (store, VIK), NULL, 1800000,
                             "realisatie", NULL, "Bijdrage VIK 2024", "F-2024-001",
                             "Veiligheidsregio ZHZ", 0);
  id = ond_store_save_booking (store, ond_plan_get_id (plan), booking, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  run_until_idle ();

  row = table_row_on_screen (lines, VIK);
  g_assert_cmpstr (row_cell_text (lines, row, "Spent"), ==, "€ 18.000");
  g_assert_cmpstr (row_cell_text (lines, row, "Remaining"), ==, "€ -1.000");
  g_assert_cmpstr (row_cell_text (lines, row, "% Used"), ==, "105%");
  g_assert_cmpstr (row_cell_text (lines, row, "Flag"), ==, "Over-spent by € 1.000");
  g_assert_true (row_shows_warning (row));
  assert_total (page, "Spent", "€ 18.000", FALSE, NULL);
  assert_total (page, "Remaining", "€ 167.000", FALSE, NULL);
  g_assert_true (g_str_has_prefix (
    ond_chart_view_get_description (find_first (GTK_WIDGET (page), OND_TYPE_CHART_VIEW)),
    "Spent and committed per cost line, 2024: " VIK ": budget € 17.000, spent € 18.000, "
    "committed € 0 (over budget by € 1.000)"));

  /* A line with bookings cannot be deleted: the store says so and the line stays. */
  view = choose_budget (window, "Lines & Funding");
  g_assert_true (ond_budget_edit_page_select_line (edit_page (view), line_id (store, VIK)));
  run_until_idle ();
  click_response (click_for_dialog (find_button (GTK_WIDGET (view), "_Delete"),
                                    ADW_TYPE_MESSAGE_DIALOG),
                  "_Delete");
  g_assert_cmpint (line_id (store, VIK), >, 0);
  g_assert_nonnull (table_row_on_screen (table (edit_page (view), 0), VIK));

  gui_close_window (window, store);
}

/* The button of a funding row that starts @action for the funding @id. */
static GtkWidget *
funding_button (gpointer    page,
                const char *action,
                gint64      id)
{
  g_autoptr(GPtrArray) buttons = find_all (GTK_WIDGET (page), GTK_TYPE_BUTTON);
  g_autoptr(GVariant) target = g_variant_ref_sink (g_variant_new_int64 (id));

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

      if (gtk_widget_get_mapped (button) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0 &&
          value != NULL && g_variant_equal (value, target))
        return button;
    }
  return NULL;
}

/* The € 1.000 of other funding of 2024, earmarked for a line with € 0 that year. */
static void
check_extra_funding (OndWindow *window)
{
  OndBudgetView *view = choose_budget (window, "Reconciliation");
  OndReconciliationPage *page = reconciliation_page (view);
  GtkWidget *earmark;

  choose_year (page, "2024");
  assert_total (page, "Funding", "€ 186.000", FALSE, NULL);
  assert_total (page, "Funding against cost lines", "€ 1.000", TRUE,
                "€ 1.000 of the funding is not assigned to a cost line");
  earmark = find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Overig 2024");
  g_assert_nonnull (earmark);
  g_assert_cmpstr (row_amount (earmark), ==, "€ 1.000");
  g_assert_true (row_shows_warning (earmark));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (earmark)),
                            "The eligible cost lines' budget is € 1.000 less than the "
                            "earmarked amount"));
}

static void
test_lines_and_funding (GuiFixture    *f,
                        gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndBudgetView *view = choose_budget (window, "Lines & Funding");
  OndBudgetEditPage *page = edit_page (view);
  GtkColumnView *lines = table (page, 0);
  OndBudgetLineDialog *line_dialog;
  OndFundingDialog *funding_dialog;
  GListModel *funding;
  GtkWidget *row;
  AdwToastOverlay *overlay;
  gint64 deleted_id;
  gint64 extra_id;

  /* A new line: its amounts typed as text, an empty one is € 0. */
  line_dialog = click_for_dialog (find_button (GTK_WIDGET (page), "_Add Cost Line…"),
                                  OND_TYPE_BUDGET_LINE_DIALOG);
  type_text (entry (line_dialog, "Name"), "Inhuur projectleider");
  type_text (entry (line_dialog, "Ledger code (optional)"), "6420.120");
  type_text (entry (line_dialog, "Amount 2023"), "twaalfduizend");
  click (find_button (GTK_WIDGET (line_dialog), "_Save"));
  run_until_idle ();
  assert_field_message (GTK_WIDGET (line_dialog), ADW_TYPE_ENTRY_ROW, "Amount 2023",
                        "is not an amount");
  g_assert_cmpint (line_id (store, "Inhuur projectleider"), ==, 0);
  type_text (entry (line_dialog, "Amount 2023"), "12.500,50");
  click_response (line_dialog, "_Save");
  g_assert_cmpuint (n_rows (lines), ==, 15);
  row = table_row_on_screen (lines, "Inhuur projectleider");
  g_assert_cmpstr (row_cell_text (lines, row, "Ledger Code"), ==, "6420.120");
  g_assert_cmpstr (row_cell_text (lines, row, "Budget 2023"), ==, "€ 12.500,50");
  g_assert_cmpstr (row_cell_text (lines, row, "Budget 2024"), ==, "€ 0");
  g_assert_true (ond_budget_line_get_id (ond_budget_edit_page_get_selected (page)) ==
                 line_id (store, "Inhuur projectleider"));

  /* Renamed; a name used before is refused below the name. */
  line_dialog = click_for_dialog (find_button (GTK_WIDGET (page), "_Edit…"),
                                  OND_TYPE_BUDGET_LINE_DIALOG);
  g_assert_null (find_row (GTK_WIDGET (line_dialog), ADW_TYPE_ENTRY_ROW, "Amount 2023"));
  type_text (entry (line_dialog, "Name"), "bibob trainingen");
  click (find_button (GTK_WIDGET (line_dialog), "_Save"));
  run_until_idle ();
  assert_field_message (GTK_WIDGET (line_dialog), ADW_TYPE_ENTRY_ROW, "Name",
                        "BIBOB trainingen");
  type_text (entry (line_dialog, "Name"), "Inhuur projectleider ondermijning");
  click_response (line_dialog, "_Save");
  g_assert_nonnull (table_row_on_screen (lines, "Inhuur projectleider ondermijning"));

  /* Deleted after confirming, and back through Undo, with its id. */
  deleted_id = line_id (store, "Inhuur projectleider ondermijning");
  click_response (click_for_dialog (find_button (GTK_WIDGET (page), "_Delete"),
                                    ADW_TYPE_MESSAGE_DIALOG),
                  "_Delete");
  g_assert_cmpuint (n_rows (lines), ==, 14);
  g_assert_cmpint (line_id (store, "Inhuur projectleider ondermijning"), ==, 0);
  overlay = find_first (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);
  click (find_button (GTK_WIDGET (overlay), "_Undo"));
  run_until_idle ();
  g_assert_cmpuint (n_rows (lines), ==, 15);
  g_assert_cmpint (line_id (store, "Inhuur projectleider ondermijning"), ==, deleted_id);
  row = table_row_on_screen (lines, "Inhuur projectleider ondermijning");
  g_assert_cmpstr (row_cell_text (lines, row, "Budget 2023"), ==, "€ 12.500,50");
  g_assert_cmpstr (row_cell_text (lines, row, "Ledger Code"), ==, "6420.120");

  /* Funding of 2024 by another source, earmarked for the new line: the 2024 funding is then
   * € 1.000 more than the lines, and the earmark is more than the line's € 0 of 2024. */
  funding = ond_funding_group_get_funding (find_first (GTK_WIDGET (page),
                                                        OND_TYPE_FUNDING_GROUP));
  g_assert_cmpuint (g_list_model_get_n_items (funding), ==, 3);
  funding_dialog = click_for_dialog (find_button (GTK_WIDGET (page), "Add _Funding…"),
                                     OND_TYPE_FUNDING_DIALOG);
  choose (find_row (GTK_WIDGET (funding_dialog), ADW_TYPE_COMBO_ROW, "Year"), "2024");
  choose (find_row (GTK_WIDGET (funding_dialog), ADW_TYPE_COMBO_ROW, "Source"), "Overig");
  type_text (entry (funding_dialog, "Amount"), "1.000");
  type_text (entry (funding_dialog, "Earmark (optional)"), "Bijdrage provincie");
  row = find_row (GTK_WIDGET (funding_dialog), ADW_TYPE_ACTION_ROW,
                  "Inhuur projectleider ondermijning");
  g_assert_nonnull (row);
  gtk_check_button_set_active (find_first (row, GTK_TYPE_CHECK_BUTTON), TRUE);
  click_response (funding_dialog, "_Save");
  g_assert_cmpuint (g_list_model_get_n_items (funding), ==, 4);
  g_assert_nonnull (find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "2024 · Overig"));

  check_extra_funding (window);

  /* The funding changed (its amount, written the plain way), then deleted after confirming. */
  view = choose_budget (window, "Lines & Funding");
  page = edit_page (view);
  funding = ond_funding_group_get_funding (find_first (GTK_WIDGET (page),
                                                        OND_TYPE_FUNDING_GROUP));
  {
    g_autoptr(OndFunding) extra = g_list_model_get_item (funding, 3);

    extra_id = ond_funding_get_id (extra);
    g_assert_cmpstr (ond_funding_get_source (extra), ==, "overig");
  }
  funding_dialog = click_for_dialog (funding_button (page, "funding.edit", extra_id),
                                     OND_TYPE_FUNDING_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry (funding_dialog, "Amount"))), ==,
                   "€ 1.000");
  type_text (entry (funding_dialog, "Amount"), "2000.00");
  click_response (funding_dialog, "_Save");
  {
    g_autoptr(OndFunding) extra = g_list_model_get_item (funding, 3);

    g_assert_cmpint (ond_funding_get_amount (extra), ==, 200000);
    g_assert_cmpstr (ond_funding_get_earmark (extra), ==, "Bijdrage provincie");
  }
  click_response (click_for_dialog (funding_button (page, "funding.delete", extra_id),
                                    ADW_TYPE_MESSAGE_DIALOG),
                  "_Delete");
  g_assert_cmpuint (g_list_model_get_n_items (funding), ==, 3);

  gui_close_window (window, store);
}

/* Whether the field (a row of @type titled @title) is marked as wrong. */
static gboolean
field_marked (gpointer    dialog,
              GType       type,
              const char *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (dialog), type, title);

  g_assert_nonnull (row);
  return gtk_widget_has_css_class (row, "error");
}

/* A line of the plan, third in the budget, is deleted after confirming and comes back
 * through the toast's Undo: the same line (its id), in its place, with its amounts. */
static void
test_delete_undo (GuiFixture    *f,
                  gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndBudgetView *view = choose_budget (window, "Lines & Funding");
  OndBudgetEditPage *page = edit_page (view);
  GtkColumnView *lines = table (page, 0);
  gint64 bibob = line_id (store, "BIBOB trainingen");
  AdwToastOverlay *overlay;
  GtkWidget *row;

  g_assert_cmpint (bibob, >, 0);
  g_assert_true (ond_budget_edit_page_select_line (page, bibob));
  run_until_idle ();
  click_response (click_for_dialog (find_button (GTK_WIDGET (page), "_Delete"),
                                    ADW_TYPE_MESSAGE_DIALOG),
                  "_Delete");
  g_assert_cmpuint (n_rows (lines), ==, 13);
  g_assert_cmpint (line_id (store, "BIBOB trainingen"), ==, 0);
  g_assert_null (table_row_on_screen (lines, "BIBOB trainingen"));
  overlay = find_first (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);
  g_assert_true (has_label (GTK_WIDGET (overlay), "Cost line “BIBOB trainingen” deleted"));

  click (find_button (GTK_WIDGET (overlay), "_Undo"));
  run_until_idle ();
  g_assert_cmpuint (n_rows (lines), ==, 14);
  g_assert_cmpint (line_id (store, "BIBOB trainingen"), ==, bibob);
  {
    g_autoptr(OndBudgetLine) third = g_list_model_get_item (ond_budget_edit_page_get_lines (page),
                                                            2);

    g_assert_cmpint (ond_budget_line_get_id (third), ==, bibob);
  }
  g_assert_true (ond_budget_line_get_id (ond_budget_edit_page_get_selected (page)) == bibob);
  row = table_row_on_screen (lines, "BIBOB trainingen");
  g_assert_nonnull (row);
  g_assert_cmpstr (row_cell_text (lines, row, "Original 2023"), ==, "€ 7.500");
  g_assert_cmpstr (row_cell_text (lines, row, "Budget 2023"), ==, "€ 7.500");
  g_assert_cmpstr (row_cell_text (lines, row, "Budget 2024"), ==, "€ 7.500");

  /* Undo took it back once: the toast is gone with its copy. */
  g_assert_null (find_button (GTK_WIDGET (overlay), "_Undo"));

  gui_close_window (window, store);
}

/* The funding of @store's current plan with @id as the store reads it, or NULL. */
static OndFunding *
stored_funding (OndStore *store,
                gint64    id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(GListModel) funding = NULL;

  g_assert_no_error (error);
  funding = ond_store_list_funding (store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (funding); i++)
    {
      g_autoptr(OndFunding) item = g_list_model_get_item (funding, i);

      if (ond_funding_get_id (item) == id)
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* The seeded RIEC money of 2023 (€ 65.000, earmarked for three communication lines) is
 * deleted after confirming and comes back through the toast's Undo: the same funding (its
 * id), with its amount, earmark text and lines, in the group's list again. */
static void
test_funding_delete_undo (GuiFixture    *f,
                          gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndBudgetView *view = choose_budget (window, "Lines & Funding");
  OndBudgetEditPage *page = edit_page (view);
  OndFundingGroup *group = find_first (GTK_WIDGET (page), OND_TYPE_FUNDING_GROUP);
  GListModel *funding = ond_funding_group_get_funding (group);
  gint64 medewerker = line_id (store, "Inzet communicatiemedewerker");
  g_autoptr(OndFunding) restored = NULL;
  AdwToastOverlay *overlay;
  GtkWidget *row;
  gint64 riec = 0;

  g_assert_cmpuint (g_list_model_get_n_items (funding), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (funding); i++)
    {
      g_autoptr(OndFunding) item = g_list_model_get_item (funding, i);

      if (g_strcmp0 (ond_funding_get_source (item), "riec") == 0)
        riec = ond_funding_get_id (item);
    }
  g_assert_cmpint (riec, >, 0);
  g_assert_nonnull (find_row (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, "2023 · RIEC-bijdrage"));

  click_response (click_for_dialog (funding_button (page, "funding.delete", riec),
                                    ADW_TYPE_MESSAGE_DIALOG),
                  "_Delete");
  g_assert_cmpuint (g_list_model_get_n_items (funding), ==, 2);
  g_assert_null (stored_funding (store, riec));
  g_assert_null (find_row (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, "2023 · RIEC-bijdrage"));
  overlay = find_first (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);
  g_assert_true (has_label (GTK_WIDGET (overlay), "Funding “2023 · RIEC-bijdrage” deleted"));

  click (find_button (GTK_WIDGET (overlay), "_Undo"));
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (funding), ==, 3);
  restored = stored_funding (store, riec);
  g_assert_nonnull (restored);
  g_assert_cmpint (ond_funding_get_year (restored), ==, 2023);
  g_assert_cmpint (ond_funding_get_amount (restored), ==, 6500000);
  g_assert_cmpstr (ond_funding_get_earmark (restored), ==,
                   "voor communicatie- en weerbaarheidsprojecten");
  g_assert_true (ond_funding_may_pay_for (restored, medewerker));
  g_assert_false (ond_funding_may_pay_for (restored, line_id (store, VIK)));
  /* Shown again with its amount, earmark and the lines it may pay for. */
  row = find_row (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, "2023 · RIEC-bijdrage");
  g_assert_nonnull (row);
  g_assert_true (has_label (row, "€ 65.000"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "voor communicatie- en weerbaarheidsprojecten"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "• Inzet communicatiemedewerker"));
  g_assert_nonnull (funding_button (page, "funding.delete", riec));

  /* Undo took it back once: the toast is gone with its copy. */
  g_assert_null (find_button (GTK_WIDGET (overlay), "_Undo"));

  gui_close_window (window, store);
}

/* Each form shows the store's refusal below the field the error code names, and nothing
 * is written. */
static void
test_refusals (GuiFixture    *f,
               gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndBudgetView *view = choose_budget (window, "Lines & Funding");
  OndBudgetEditPage *page = edit_page (view);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  OndBudgetLineDialog *line_dialog;
  OndBudgetChangeDialog *change_dialog;
  OndFundingDialog *funding_dialog;
  GListModel *funding;
  GtkWidget *row;
  const gint64 amounts[] = { 100000, 0 };
  gint64 passing;

  /* A ledger code another line has: below the ledger code, not the name. */
  g_assert_true (ond_store_update_budget_line (store, line_id (store, VIK), VIK, "6420.100",
                                               &error));
  g_assert_no_error (error);
  line_dialog = click_for_dialog (find_button (GTK_WIDGET (page), "_Add Cost Line…"),
                                  OND_TYPE_BUDGET_LINE_DIALOG);
  type_text (entry (line_dialog, "Name"), "Inhuur projectleider");
  type_text (entry (line_dialog, "Ledger code (optional)"), "6420.100");
  click (find_button (GTK_WIDGET (line_dialog), "_Save"));
  run_until_idle ();
  assert_field_message (GTK_WIDGET (line_dialog), ADW_TYPE_ENTRY_ROW, "Ledger code (optional)",
                        VIK);
  g_assert_false (field_marked (line_dialog, ADW_TYPE_ENTRY_ROW, "Name"));

  /* An amount below € 0 in the second year: below that year's amount. */
  type_text (entry (line_dialog, "Ledger code (optional)"), "");
  type_text (entry (line_dialog, "Amount 2023"), "1.000");
  type_text (entry (line_dialog, "Amount 2024"), "-5");
  click (find_button (GTK_WIDGET (line_dialog), "_Save"));
  run_until_idle ();
  assert_field_message (GTK_WIDGET (line_dialog), ADW_TYPE_ENTRY_ROW, "Amount 2024",
                        "below € 0");
  g_assert_false (field_marked (line_dialog, ADW_TYPE_ENTRY_ROW, "Ledger code (optional)"));
  g_assert_false (field_marked (line_dialog, ADW_TYPE_ENTRY_ROW, "Amount 2023"));
  g_assert_cmpint (line_id (store, "Inhuur projectleider"), ==, 0);
  click_response (line_dialog, "_Cancel");
  g_assert_cmpuint (n_rows (table (page, 0)), ==, 14);

  /* A budget change: a date that is no date below the date; a decrease beyond the line's
   * € 17.000 below the amount, not the date. */
  change_dialog = open_change (page, store, VIK);
  choose (find_row (GTK_WIDGET (change_dialog), ADW_TYPE_COMBO_ROW, "Year"), "2023");
  type_text (entry (change_dialog, "Date"), "31-02-2023");
  type_text (entry (change_dialog, "Amount (+ or -)"), "-20.000");
  type_text (entry (change_dialog, "Reason"), "Overheveling");
  click (find_button (GTK_WIDGET (change_dialog), "_Save"));
  run_until_idle ();
  assert_field_message (GTK_WIDGET (change_dialog), ADW_TYPE_ENTRY_ROW, "Date", "31-02-2023");
  g_assert_false (field_marked (change_dialog, ADW_TYPE_ENTRY_ROW, "Amount (+ or -)"));
  type_text (entry (change_dialog, "Date"), "01-03-2023");
  click (find_button (GTK_WIDGET (change_dialog), "_Save"));
  run_until_idle ();
  assert_field_message (GTK_WIDGET (change_dialog), ADW_TYPE_ENTRY_ROW, "Amount (+ or -)",
                        "below € 0");
  g_assert_false (field_marked (change_dialog, ADW_TYPE_ENTRY_ROW, "Date"));
  g_assert_false (field_marked (change_dialog, ADW_TYPE_ENTRY_ROW, "Reason"));
  g_assert_cmpuint (n_changes (store), ==, 0);
  click_response (change_dialog, "_Cancel");

  /* Funding: an amount below € 0 below the amount; a line that went while the form was
   * open below the eligible lines. */
  passing = ond_store_add_budget_line (store, ond_plan_get_id (plan), "Tijdelijke post", NULL,
                                       amounts, G_N_ELEMENTS (amounts), &error);
  g_assert_no_error (error);
  run_until_idle ();
  funding = ond_funding_group_get_funding (find_first (GTK_WIDGET (page),
                                                        OND_TYPE_FUNDING_GROUP));
  g_assert_cmpuint (g_list_model_get_n_items (funding), ==, 3);
  funding_dialog = click_for_dialog (find_button (GTK_WIDGET (page), "Add _Funding…"),
                                     OND_TYPE_FUNDING_DIALOG);
  type_text (entry (funding_dialog, "Amount"), "-1");
  click (find_button (GTK_WIDGET (funding_dialog), "_Save"));
  run_until_idle ();
  assert_field_message (GTK_WIDGET (funding_dialog), ADW_TYPE_ENTRY_ROW, "Amount", "below € 0");
  g_assert_false (field_marked (funding_dialog, ADW_TYPE_EXPANDER_ROW, "Eligible cost lines"));

  type_text (entry (funding_dialog, "Amount"), "1.000");
  row = find_row (GTK_WIDGET (funding_dialog), ADW_TYPE_ACTION_ROW, "Tijdelijke post");
  g_assert_nonnull (row);
  gtk_check_button_set_active (find_first (row, GTK_TYPE_CHECK_BUTTON), TRUE);
  g_assert_true (ond_store_delete_budget_line (store, passing, &error));
  g_assert_no_error (error);
  click (find_button (GTK_WIDGET (funding_dialog), "_Save"));
  run_until_idle ();
  assert_field_message (GTK_WIDGET (funding_dialog), ADW_TYPE_EXPANDER_ROW,
                        "Eligible cost lines", "does not exist");
  g_assert_false (field_marked (funding_dialog, ADW_TYPE_ENTRY_ROW, "Amount"));
  g_assert_cmpuint (g_list_model_get_n_items (funding), ==, 3);
  click_response (funding_dialog, "_Cancel");

  gui_close_window (window, store);
}

static void
test_read_only (GuiFixture    *f,
                gconstpointer  data)
{
  OndStore *store = gui_reopen_read_only (f, gui_open_store (f->path));
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndBudgetView *view = choose_budget (window, "Lines & Funding");
  OndBudgetEditPage *page = edit_page (view);
  const char *buttons[] = { "_Add Cost Line…", "_Edit…", "_Delete", "_Change Budget…",
                            "Add _Funding…" };
  g_autoptr(GPtrArray) all_buttons = NULL;

  /* The budget is there to read. */
  g_assert_cmpuint (n_rows (table (page, 0)), ==, 14);
  g_assert_true (ond_budget_edit_page_select_line (page, line_id (store, VIK)));
  run_until_idle ();

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *button = find_button (GTK_WIDGET (page), buttons[i]);

      g_assert_nonnull (button);
      g_assert_false (gtk_widget_is_sensitive (button));
    }
  /* Nor can any funding be changed or deleted. */
  all_buttons = find_all (GTK_WIDGET (page), GTK_TYPE_BUTTON);
  for (guint i = 0; i < all_buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (all_buttons, i);
      const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (button));

      if (action != NULL && (g_str_has_prefix (action, "funding.") ||
                             g_str_has_prefix (action, "budget.")))
        g_assert_false (gtk_widget_is_sensitive (button));
    }

  /* The reconciliation reads as ever. */
  view = choose_budget (window, "Reconciliation");
  g_assert_nonnull (ond_reconciliation_page_get_reconciliation (reconciliation_page (view)));

  gui_close_read_only (f, window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Budget");
  gui_test_add ("/ond/budget-gui/reconciliation", test_reconciliation);
  gui_test_add ("/ond/budget-gui/budget-change", test_budget_change);
  gui_test_add ("/ond/budget-gui/booking", test_booking);
  gui_test_add ("/ond/budget-gui/lines-and-funding", test_lines_and_funding);
  gui_test_add ("/ond/budget-gui/delete-undo", test_delete_undo);
  gui_test_add ("/ond/budget-gui/funding-delete-undo", test_funding_delete_undo);
  gui_test_add ("/ond/budget-gui/refusals", test_refusals);
  gui_test_add ("/ond/budget-gui/read-only", test_read_only);
  return gui_test_run ();
}
