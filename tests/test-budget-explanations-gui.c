/* test-budget-explanations-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The explanations for the council on the reconciliation page of the Begroting, on a freshly
 * seeded database, driven as a user would. € 18.000 spent on the VIK's € 17.000 of 2024
 * makes the line over budget: its row shows the warning that the council report flags it
 * without explanation, and its Explanation… button writes the line's explanation for 2024;
 * then the store has it, the report's difference is explained and the warning is gone. The
 * year 2023 has two differences of its own (the funding and the plan's total are € 5.000
 * above the cost lines): its card warns, Write… writes the year's explanation, and both
 * differences are explained in the report; 2024 has none to explain. Bookings dated in
 * 2022 and 2025, outside the plan, make a row per year that warns until its year's
 * explanation is written. Every button shown has an accessible name. Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>

#include "ond-booking.h"
#include "ond-budget-line.h"
#include "ond-budget-view.h"
#include "ond-explanation-dialog.h"
#include "ond-gui-test-util.h"
#include "ond-reconciliation-page.h"
#include "ond-report.h"
#include "ond-store-bookings.h"
#include "ond-store-budget.h"
#include "ond-store-explanations.h"

#define VIK "Veiligheidsinformatieknooppunt (VIK)"
#define WARNING_TIP "The council report will flag this difference as unexplained"

/* The Reconciliation page of the Budget section, shown. */
static OndReconciliationPage *
show_reconciliation (OndWindow *window)
{
  OndBudgetView *view = gui_choose_section (window, "Budget", OND_TYPE_BUDGET_VIEW);
  OndReconciliationPage *page;

  ond_budget_view_set_page (view, "reconciliation");
  run_until_idle ();
  page = find_first (GTK_WIDGET (view), OND_TYPE_RECONCILIATION_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  return page;
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
  g_error ("No cost line %s", name);
}

/* Whether the warning of a missing explanation is shown under @root. */
static gboolean
shows_missing (GtkWidget *root)
{
  g_autoptr(GPtrArray) images = find_all (root, GTK_TYPE_IMAGE);

  for (guint i = 0; i < images->len; i++)
    {
      GtkWidget *image = g_ptr_array_index (images, i);

      if (gtk_widget_get_mapped (image) &&
          g_strcmp0 (gtk_widget_get_tooltip_text (image), WARNING_TIP) == 0)
        {
          g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (image),
                                                             GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                             "Explanation missing"));
          return TRUE;
        }
    }
  return FALSE;
}

/* Every button of @root that is shown has an accessible name: its label or its own. */
static void
assert_buttons_named (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *label = gtk_button_get_label (GTK_BUTTON (button));

      /* The drop-down's own toggle is named by the drop-down's label. */
      if (!gtk_widget_get_mapped (button) || GTK_IS_DROP_DOWN (gtk_widget_get_parent (button)))
        continue;
      g_assert_true ((label != NULL && label[0] != '\0') ||
                     gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
    }
}

/* The differences the council report of @year flags, of @kind (and @line, for a line). */
static OndReportDifference *
find_difference (OndReport               *report,
                 int                      year,
                 OndReportDifferenceKind  kind,
                 gint64                   line)
{
  OndReportYear *y = g_ptr_array_index (report->years, year - report->first_year);

  g_assert_cmpint (y->year, ==, year);
  for (guint i = 0; i < y->differences->len; i++)
    {
      OndReportDifference *d = g_ptr_array_index (y->differences, i);

      if (d->kind == kind && d->line_id == line)
        return d;
    }
  return NULL;
}

static OndReport *
gather (OndStore *store,
        int       year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2025, 6, 15, 12, 0, 0);
  OndReport *report = ond_report_gather (store, 0, year, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
write_in_dialog (GtkWidget  *button,
                 const char *text)
{
  OndExplanationDialog *dialog = click_for_dialog (button, OND_TYPE_EXPLANATION_DIALOG);
  GtkTextView *view = find_first (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
  click_response (dialog, "_Add");
  run_until_idle ();
}

static char *
stored_text (OndStore              *store,
             OndExplanationSubject  subject,
             gint64                 subject_id,
             int                    year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndExplanation) explanation = NULL;

  g_assert_true (ond_store_get_explanation (store, ond_plan_get_id (plan), subject, subject_id,
                                            year, &explanation, &error));
  g_assert_no_error (error);
  return explanation != NULL ? g_strdup (explanation->text) : NULL;
}

static void
test_line_explanation (GuiFixture    *f,
                       gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndReconciliationPage *page = show_reconciliation (window);
  GtkColumnView *lines = find_first (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  gint64 vik = line_id (store, VIK);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndBooking) booking = NULL;
  g_autoptr(OndReport) before = NULL;
  g_autoptr(OndReport) after = NULL;
  g_autofree char *text = NULL;
  OndReportDifference *d;
  GtkWidget *row;
  GtkWidget *button;

  ond_reconciliation_page_set_year (page, 2024);
  run_until_idle ();
  row = table_row_on_screen (lines, VIK);
  g_assert_nonnull (row);
  g_assert_false (shows_missing (row));
  g_assert_null (find_button (row, "Explanation…"));
  g_assert_cmpstr (row_cell_text (lines, row, "Explanation"), ==, "");

  /* € 18.000 spent on the VIK's € 17.000 of 2024. */
  booking = ond_booking_new (0, "2024-03-01", vik, NULL, 1800000, "realisatie", NULL,
                             "Bijdrage VIK 2024", "F-2024-001", "Veiligheidsregio ZHZ", 0);
  g_assert_cmpint (ond_store_save_booking (store, ond_plan_get_id (plan), booking, &error), >,
                   0);
  g_assert_no_error (error);
  run_until_idle ();

  before = gather (store, 2024);
  d = find_difference (before, 2024, OND_REPORT_DIFFERENCE_OVER_SPENT, vik);
  g_assert_nonnull (d);
  g_assert_true (d->explanation_missing);

  row = table_row_on_screen (lines, VIK);
  g_assert_true (shows_missing (row));
  button = find_button (row, "Explanation…");
  g_assert_nonnull (button);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Explanation of " VIK ", 2024"));
  assert_buttons_named (GTK_WIDGET (page));

  write_in_dialog (button, "Extra inzet VIK na de zomer.\nGedekt uit de reserve.");

  text = stored_text (store, OND_EXPLANATION_BUDGET_LINE, vik, 2024);
  g_assert_cmpstr (text, ==, "Extra inzet VIK na de zomer.\nGedekt uit de reserve.");
  after = gather (store, 2024);
  d = find_difference (after, 2024, OND_REPORT_DIFFERENCE_OVER_SPENT, vik);
  g_assert_nonnull (d);
  g_assert_false (d->explanation_missing);
  g_assert_cmpstr (d->explanation, ==, text);

  row = table_row_on_screen (lines, VIK);
  g_assert_false (shows_missing (row));
  g_assert_cmpstr (row_cell_text (lines, row, "Explanation"), ==,
                   "Extra inzet VIK na de zomer.");
  g_assert_nonnull (find_button (row, "Explanation…"));

  /* The explanation is of 2024: in 2023 the line is not over budget and has none. */
  ond_reconciliation_page_set_year (page, 2023);
  run_until_idle ();
  row = table_row_on_screen (lines, VIK);
  g_assert_false (shows_missing (row));
  g_assert_cmpstr (row_cell_text (lines, row, "Explanation"), ==, "");
  g_assert_null (find_button (row, "Explanation…"));

  gui_close_window (window, store);
}

static void
test_year_explanation (GuiFixture    *f,
                       gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndReconciliationPage *page = show_reconciliation (window);
  g_autoptr(OndReport) before = NULL;
  g_autoptr(OndReport) after = NULL;
  g_autofree char *text = NULL;
  OndReportDifference *funding;
  OndReportDifference *stated;
  AdwActionRow *row;
  GtkWidget *button;

  /* 2023: the funding and the plan's total are each € 5.000 above the cost lines. */
  ond_reconciliation_page_set_year (page, 2023);
  run_until_idle ();
  before = gather (store, 2023);
  funding = find_difference (before, 2023, OND_REPORT_DIFFERENCE_FUNDING, 0);
  stated = find_difference (before, 2023, OND_REPORT_DIFFERENCE_STATED_LINES, 0);
  g_assert_nonnull (funding);
  g_assert_nonnull (stated);
  g_assert_true (funding->explanation_missing);
  g_assert_true (stated->explanation_missing);

  row = find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "No explanation yet");
  g_assert_nonnull (row);
  g_assert_true (has_label (GTK_WIDGET (page), "Explanation of 2023"));
  g_assert_true (shows_missing (GTK_WIDGET (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "The council report will flag the year's differences as unexplained");
  button = find_button (GTK_WIDGET (row), "_Write…");
  g_assert_nonnull (button);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Write the explanation of 2023"));
  assert_buttons_named (GTK_WIDGET (page));

  write_in_dialog (button, "De post onvoorzien van € 5.000 is nog niet verdeeld.");

  text = stored_text (store, OND_EXPLANATION_YEAR, 0, 2023);
  g_assert_cmpstr (text, ==, "De post onvoorzien van € 5.000 is nog niet verdeeld.");
  after = gather (store, 2023);
  funding = find_difference (after, 2023, OND_REPORT_DIFFERENCE_FUNDING, 0);
  stated = find_difference (after, 2023, OND_REPORT_DIFFERENCE_STATED_LINES, 0);
  g_assert_nonnull (funding);
  g_assert_nonnull (stated);
  g_assert_false (funding->explanation_missing);
  g_assert_false (stated->explanation_missing);
  g_assert_cmpstr (funding->explanation, ==, text);

  row = find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, text);
  g_assert_nonnull (row);
  g_assert_false (shows_missing (GTK_WIDGET (row)));
  g_assert_null (find_button (GTK_WIDGET (row), "_Write…"));
  button = find_button (GTK_WIDGET (row), "_Edit…");
  g_assert_nonnull (button);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Edit the explanation of 2023"));

  /* 2024 balances: nothing to explain, no warning, and no explanation of 2023 shown. */
  ond_reconciliation_page_set_year (page, 2024);
  run_until_idle ();
  g_assert_true (has_label (GTK_WIDGET (page), "Explanation of 2024"));
  row = find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "No explanation yet");
  g_assert_nonnull (row);
  g_assert_false (shows_missing (GTK_WIDGET (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "The year has no differences to explain");
  g_assert_null (find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, text));

  gui_close_window (window, store);
}

/* The other differences the council report flags in @report for a year outside the plan:
 * whether one of @year is there, and whether it lacks its explanation. */
static gboolean
outside_missing (OndReport *report,
                 int        year,
                 gboolean  *found)
{
  gboolean missing = FALSE;

  *found = FALSE;
  for (guint i = 0; i < report->other_differences->len; i++)
    {
      OndReportDifference *d = g_ptr_array_index (report->other_differences, i);

      if (d->year != year)
        continue;
      *found = TRUE;
      missing |= d->explanation_missing;
    }
  return missing;
}

static void
save_booking (OndStore   *store,
              const char *date,
              gint64      line,
              gint64      cents,
              const char *reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndBooking) booking = ond_booking_new (0, date, line, NULL, cents, "realisatie",
                                                   NULL, "Factuur", reference, "Leverancier",
                                                   0);

  g_assert_cmpint (ond_store_save_booking (store, ond_plan_get_id (plan), booking, &error), >,
                   0);
  g_assert_no_error (error);
}

/* Bookings dated outside the plan's years (2022 and 2025): a row per year with the number
 * and total of its bookings and the warning that the report flags it; Write… writes that
 * year's explanation, after which the report no longer flags it, and the other year still
 * warns. Without such bookings the group is hidden. */
static void
test_outside_years (GuiFixture    *f,
                    gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndReconciliationPage *page = show_reconciliation (window);
  gint64 vik = line_id (store, VIK);
  g_autoptr(OndReport) before = NULL;
  g_autoptr(OndReport) after = NULL;
  g_autofree char *text = NULL;
  AdwActionRow *row_2022;
  AdwActionRow *row_2025;
  GtkWidget *group;
  GtkWidget *button;
  gboolean found = FALSE;

  {
    g_autoptr(GPtrArray) groups = find_all (GTK_WIDGET (page), ADW_TYPE_PREFERENCES_GROUP);

    group = NULL;
    for (guint i = 0; i < groups->len && group == NULL; i++)
      if (g_strcmp0 (adw_preferences_group_get_title (groups->pdata[i]),
                     "Years Outside the Plan") == 0)
        group = groups->pdata[i];
  }
  g_assert_nonnull (group);
  g_assert_false (gtk_widget_get_visible (group));

  save_booking (store, "2022-11-30", vik, 120000, "F-2022-1");
  save_booking (store, "2022-12-15", vik, 30050, "F-2022-2");
  save_booking (store, "2025-01-10", vik, 99900, "F-2025-1");
  run_until_idle ();
  g_assert_true (gtk_widget_get_visible (group));

  before = gather (store, 2024);
  g_assert_true (outside_missing (before, 2022, &found));
  g_assert_true (found);
  g_assert_true (outside_missing (before, 2025, &found));
  g_assert_true (found);

  row_2022 = find_row (group, ADW_TYPE_ACTION_ROW, "2022");
  row_2025 = find_row (group, ADW_TYPE_ACTION_ROW, "2025");
  g_assert_nonnull (row_2022);
  g_assert_nonnull (row_2025);
  g_assert_cmpstr (adw_action_row_get_subtitle (row_2022), ==,
                   "2 bookings, € 1.500,50 · no explanation yet: the council report will flag "
                   "the year");
  g_assert_cmpstr (adw_action_row_get_subtitle (row_2025), ==,
                   "1 booking, € 999 · no explanation yet: the council report will flag the year");
  g_assert_true (shows_missing (GTK_WIDGET (row_2022)));
  g_assert_true (shows_missing (GTK_WIDGET (row_2025)));
  assert_buttons_named (group);

  button = find_button (GTK_WIDGET (row_2022), "_Write…");
  g_assert_nonnull (button);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Write the explanation of 2022"));
  write_in_dialog (button, "Facturen van 2022 die pas in 2023 zijn geboekt.");

  text = stored_text (store, OND_EXPLANATION_YEAR, 0, 2022);
  g_assert_cmpstr (text, ==, "Facturen van 2022 die pas in 2023 zijn geboekt.");
  after = gather (store, 2024);
  g_assert_false (outside_missing (after, 2022, &found));
  g_assert_true (found);
  g_assert_true (outside_missing (after, 2025, &found));

  row_2022 = find_row (group, ADW_TYPE_ACTION_ROW, "2022");
  g_assert_nonnull (row_2022);
  g_assert_cmpstr (adw_action_row_get_subtitle (row_2022), ==,
                   "2 bookings, € 1.500,50 · Facturen van 2022 die pas in 2023 zijn geboekt.");
  g_assert_false (shows_missing (GTK_WIDGET (row_2022)));
  g_assert_nonnull (find_button (GTK_WIDGET (row_2022), "_Edit…"));
  g_assert_true (shows_missing (GTK_WIDGET (find_row (group, ADW_TYPE_ACTION_ROW, "2025"))));

  gui_close_window (window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Budget");
  gui_test_add ("/ond/budget-explanations-gui/line", test_line_explanation);
  gui_test_add ("/ond/budget-explanations-gui/year", test_year_explanation);
  gui_test_add ("/ond/budget-explanations-gui/outside-years", test_outside_years);
  return gui_test_run ();
}
