/* test-monitoring-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Monitoring section of the main window, on a freshly seeded database, driven as a user
 * would: the section chosen in the sidebar, a figure chosen in the table, values typed into
 * the dialog, buttons pressed. Records are added through the core API (as the other
 * sections do) and the table is checked against counts written here. Runs on a display:
 * xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ond-chart-view.h"
#include "ond-figure-detail.h"
#include "ond-figure-value-dialog.h"
#include "ond-gui-test-util.h"
#include "ond-monitoring-view.h"
#include "ond-planning-view.h"
#include "ond-stop-talk.h"
#include "ond-store-figures.h"
#include "ond-store-registers.h"
#include "ond-window.h"
#include "ond-year-reopen-dialog.h"

#define MMA_NAME "Meldingen ondermijning via Meld Misdaad Anoniem"
#define C3_NAME "Signalen van ondermijning geregistreerd in C3"
#define CONTROLS_NAME "Integrale controles"
#define STOP_TALKS_NAME "Stopgesprekken met faciliteerders"

/* The text of the first shown label with the css class @css_class, or NULL. */
static const char *
shown_label_with_class (GtkWidget  *root,
                        const char *css_class)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_get_mapped (label) && gtk_widget_has_css_class (label, css_class) &&
          gtk_label_get_text (GTK_LABEL (label))[0] != '\0')
        return gtk_label_get_text (GTK_LABEL (label));
    }
  return NULL;
}

static OndMonitoringView *
choose_monitoring_section (OndWindow *window)
{
  OndMonitoringView *view = gui_choose_section (window, "Monitoring", OND_TYPE_MONITORING_VIEW);

  g_assert_cmpstr (ond_window_get_section (window), ==, "monitoring");
  return view;
}

/* The monitoring table: the first column view of the section (the parts table is below it,
 * in the figure's detail). */
static GtkColumnView *
figure_table (OndMonitoringView *view)
{
  GtkColumnView *table = find_first (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);

  g_assert_nonnull (table);
  g_assert_null (gtk_widget_get_ancestor (GTK_WIDGET (table), OND_TYPE_FIGURE_DETAIL));
  return table;
}

/* Whether a row shows the marker @icon_name with a tooltip that contains @tooltip. */
static gboolean
row_has_marker (GtkWidget  *row,
                const char *icon_name,
                const char *tooltip)
{
  g_autoptr(GPtrArray) images = find_all (row, GTK_TYPE_IMAGE);

  for (guint i = 0; i < images->len; i++)
    {
      GtkImage *image = g_ptr_array_index (images, i);
      const char *text = gtk_widget_get_tooltip_text (GTK_WIDGET (image));

      if (gtk_widget_get_mapped (GTK_WIDGET (image)) &&
          g_strcmp0 (gtk_image_get_icon_name (image), icon_name) == 0 &&
          (tooltip == NULL || (text != NULL && strstr (text, tooltip) != NULL)))
        return TRUE;
    }
  return FALSE;
}

/* The figure's detail: the value shown for @year. */
static const char *
detail_value (OndMonitoringView *view,
              const char        *year)
{
  GtkWidget *detail = find_first (GTK_WIDGET (view), OND_TYPE_FIGURE_DETAIL);
  AdwActionRow *row = find_row (detail, ADW_TYPE_ACTION_ROW, year);
  g_autoptr(GPtrArray) labels = NULL;

  g_assert_nonnull (row);
  labels = find_all (GTK_WIDGET (row), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "title-4"))
      return gtk_label_get_text (g_ptr_array_index (labels, i));
  g_error ("The row of %s shows no value", year);
}

/* The figure's detail: the row of the parts table for the part @label. */
static GStrv
detail_part (OndMonitoringView *view,
             const char        *label)
{
  GtkWidget *detail = find_first (GTK_WIDGET (view), OND_TYPE_FIGURE_DETAIL);
  GtkColumnView *parts = find_first (detail, GTK_TYPE_COLUMN_VIEW);
  GtkWidget *row;

  g_assert_nonnull (parts);
  row = table_row_on_screen (parts, label);
  if (row == NULL)
    return NULL;
  return row_texts (row);
}

static gboolean
chart_shown (OndMonitoringView *view,
             guint              index)
{
  GtkWidget *detail = find_first (GTK_WIDGET (view), OND_TYPE_FIGURE_DETAIL);
  g_autoptr(GPtrArray) charts = find_all (detail, OND_TYPE_CHART_VIEW);

  g_assert_cmpuint (charts->len, >, index);
  return gtk_widget_get_mapped (g_ptr_array_index (charts, index));
}

static void
assert_figure (OndStore        *store,
               const char      *code,
               int              year,
               gint64           expected,
               OndFigureOrigin  expected_origin)
{
  g_autoptr(GError) error = NULL;
  OndFigureOrigin origin = OND_FIGURE_ORIGIN_NONE;
  gint64 value = -1;

  g_assert_true (ond_store_get_figure (store, code, year, &value, &origin, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value, ==, expected);
  g_assert_cmpint (origin, ==, expected_origin);
}

/* Shows another section and the monitoring section again: what a user does after working
 * elsewhere. */
static void
come_back (OndWindow *window)
{
  gui_choose_section (window, "Planning", OND_TYPE_PLANNING_VIEW);
  choose_monitoring_section (window);
}

/* The dialog for a hand value, opened with the button of the figure's detail. */
static OndFigureValueDialog *
open_value_dialog (OndMonitoringView *view)
{
  return click_for_dialog (find_button (GTK_WIDGET (view), "_Enter Value…"),
                           OND_TYPE_FIGURE_VALUE_DIALOG);
}

static void
fill_value_dialog (OndFigureValueDialog *dialog,
                   const char           *year,
                   const char           *value,
                   const char           *source)
{
  choose (find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Year"), year);
  type_text (find_first (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON), value);
  type_text (find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Source"), source);
}

/* The table shows the baseline and the counted figures; the detail follows the selection;
 * hand values go through the dialog, and a counted year is refused there. */
static void
test_monitoring_figures (GuiFixture    *f,
                         gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;
  OndMonitoringView *view;
  OndFigureValueDialog *dialog;
  GtkColumnView *table;
  GtkWidget *row;
  g_auto(GStrv) texts = NULL;
  g_auto(GStrv) part = NULL;
  const char *refusal;

  /* Three MMA signals in 2024 and none in 2023; one C3 signal in 2023. Two integrale
   * controles in 2024 in two wijken of Dordt-West, and a DOR/DOL control that is no
   * integrale controle. */
  store_add_case (store, "2024-02-10", "mma", NULL);
  store_add_case (store, "2024-05-03", "mma", NULL);
  store_add_case (store, "2024-11-20", "mma", NULL);
  store_add_case (store, "2023-07-01", "c3", NULL);
  store_add_control (store, "2024-03-14", "integraal", "Crabbehof", 8);
  store_add_control (store, "2024-09-02", "integraal", "Wielwijk", 6);
  store_add_control (store, "2024-04-04", "dor_dol", "Haven", 3);

  window = gui_show_window (f->app, store, f->settings);
  view = choose_monitoring_section (window);
  table = figure_table (view);

  /* The plan is 2023-2024 and both years have ended: 2024 is reported. */
  g_assert_cmpint (ond_monitoring_view_get_year (view), ==, 2024);

  /* Figure, 2022, 2023, 2024, target, status, trend. The 2022 baseline is the plan's own
   * figure (84), entered by hand; 2023 and 2024 are counted. */
  row = find_table_row (table, MMA_NAME);
  g_assert_nonnull (row);
  texts = row_texts (row);
  g_assert_cmpuint (g_strv_length (texts), ==, 7);
  g_assert_cmpstr (texts[1], ==, "84");
  g_assert_cmpstr (texts[2], ==, "0");
  g_assert_cmpstr (texts[3], ==, "3");
  g_assert_cmpstr (texts[4], ==, "–");
  g_assert_cmpstr (texts[5], ==, "No target");
  g_assert_cmpstr (texts[6], ==, "Up");
  g_assert_true (row_has_marker (row, "document-edit-symbolic", "Entered by hand"));
  g_clear_pointer (&texts, g_strfreev);

  texts = row_texts (find_table_row (table, C3_NAME));
  g_assert_cmpstr (texts[1], ==, "11");
  g_assert_cmpstr (texts[2], ==, "1");
  g_assert_cmpstr (texts[3], ==, "0");
  g_assert_cmpstr (texts[6], ==, "Down");
  g_clear_pointer (&texts, g_strfreev);

  /* Integrale controles: 2 of the target of 10 in a year that has ended is far behind. */
  texts = row_texts (find_table_row (table, CONTROLS_NAME));
  g_assert_cmpstr (texts[1], ==, "6");
  g_assert_cmpstr (texts[3], ==, "2");
  g_assert_cmpstr (texts[4], ==, "10");
  g_assert_cmpstr (texts[5], ==, "Far behind");
  g_clear_pointer (&texts, g_strfreev);

  /* Chosen in the table, the figure's detail shows its years, its charts and its parts. */
  g_assert_true (ond_monitoring_view_select_figure (view, "integrated_controls"));
  run_until_idle ();
  g_assert_cmpstr (ond_figure_get_code (ond_monitoring_view_get_selected (view)), ==,
                   "integrated_controls");
  g_assert_cmpstr (detail_value (view, "2022"), ==, "6");
  g_assert_cmpstr (detail_value (view, "2024"), ==, "2");
  g_assert_true (chart_shown (view, 0));
  g_assert_true (chart_shown (view, 1));
  part = detail_part (view, "Q1");
  g_assert_nonnull (part);
  g_assert_cmpstr (part[1], ==, "0");
  g_assert_cmpstr (part[2], ==, "1");
  g_clear_pointer (&part, g_strfreev);
  part = detail_part (view, "Dordt-West (samen)");
  g_assert_nonnull (part);
  g_assert_cmpstr (part[2], ==, "2");
  g_clear_pointer (&part, g_strfreev);

  /* A control added elsewhere: the section is current when it is shown again. */
  store_add_control (store, "2024-06-01", "integraal", NULL, 9);
  come_back (window);
  g_assert_cmpstr (ond_figure_get_code (ond_monitoring_view_get_selected (view)), ==,
                   "integrated_controls");
  g_assert_cmpstr (detail_value (view, "2024"), ==, "3");
  texts = row_texts (find_table_row (table, CONTROLS_NAME));
  g_assert_cmpstr (texts[3], ==, "3");
  g_clear_pointer (&texts, g_strfreev);
  part = detail_part (view, "Geen gebied");
  g_assert_nonnull (part);
  g_assert_cmpstr (part[2], ==, "1");
  g_clear_pointer (&part, g_strfreev);

  /* Only the integrale controles have a chart per month. */
  g_assert_true (ond_monitoring_view_select_figure (view, "mma_reports"));
  run_until_idle ();
  g_assert_true (chart_shown (view, 0));
  g_assert_false (chart_shown (view, 1));

  /* A hand value for a counted year is refused next to the value; nothing is written. */
  dialog = open_value_dialog (view);
  fill_value_dialog (dialog, "2024", "5", "Politie Zuid-Holland Zuid");
  click (find_button (GTK_WIDGET (dialog), "_Save"));
  g_assert_true (find_window (OND_TYPE_FIGURE_VALUE_DIALOG) == dialog);
  refusal = shown_label_with_class (GTK_WIDGET (dialog), "error");
  g_assert_nonnull (refusal);
  g_test_message ("Refused: %s", refusal);
  g_assert_true (gtk_widget_has_css_class (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                                     "Value"), "error"));
  assert_figure (store, "mma_reports", 2024, 3, OND_FIGURE_ORIGIN_COUNTED);

  /* Without a source nothing is sent to the store either. */
  fill_value_dialog (dialog, "2024", "5", "  ");
  click (find_button (GTK_WIDGET (dialog), "_Save"));
  g_assert_true (find_window (OND_TYPE_FIGURE_VALUE_DIALOG) == dialog);
  g_assert_true (gtk_widget_has_css_class (find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                                                     "Source"), "error"));
  click (find_button (GTK_WIDGET (dialog), "_Cancel"));
  g_assert_null (find_window (OND_TYPE_FIGURE_VALUE_DIALOG));

  /* The stop talks of 2023 were delivered as a total by a partner: entered by hand. */
  g_assert_true (ond_monitoring_view_select_figure (view, "stop_talks"));
  run_until_idle ();
  g_assert_cmpstr (detail_value (view, "2023"), ==, "0");
  dialog = open_value_dialog (view);
  fill_value_dialog (dialog, "2023", "12", "RIEC jaarverslag 2023");
  click (find_button (GTK_WIDGET (dialog), "_Save"));
  g_assert_null (find_window (OND_TYPE_FIGURE_VALUE_DIALOG));
  assert_figure (store, "stop_talks", 2023, 12, OND_FIGURE_ORIGIN_MANUAL);
  g_assert_cmpstr (detail_value (view, "2023"), ==, "12");
  row = find_table_row (table, STOP_TALKS_NAME);
  g_assert_nonnull (row);
  texts = row_texts (row);
  g_assert_cmpstr (texts[2], ==, "12");
  g_clear_pointer (&texts, g_strfreev);
  g_assert_true (row_has_marker (row, "document-edit-symbolic", "RIEC jaarverslag 2023"));

  /* Cleared, and put back with the toast's Undo. */
  click (find_button (GTK_WIDGET (view), "Clear Value"));
  assert_figure (store, "stop_talks", 2023, 0, OND_FIGURE_ORIGIN_COUNTED);
  g_assert_cmpstr (detail_value (view, "2023"), ==, "0");
  click (find_button (GTK_WIDGET (window), "_Undo"));
  assert_figure (store, "stop_talks", 2023, 12, OND_FIGURE_ORIGIN_MANUAL);
  g_assert_cmpstr (detail_value (view, "2023"), ==, "12");

  /* A stop talk of 2023 registered after the hand value: the value stays the figure, and
   * the table warns that a record is not counted. */
  {
    g_autoptr(OndStopTalk) talk = ond_stop_talk_new (0, "2023-05-05", "Vastgoed", FALSE,
                                                     0, NULL);
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (ond_store_save_stop_talk (store, talk, OND_REGISTER_FLAGS_NONE, &error),
                     >, 0);
    g_assert_no_error (error);
  }
  come_back (window);
  assert_figure (store, "stop_talks", 2023, 12, OND_FIGURE_ORIGIN_MANUAL);
  row = find_table_row (table, STOP_TALKS_NAME);
  texts = row_texts (row);
  g_assert_cmpstr (texts[2], ==, "12");
  g_clear_pointer (&texts, g_strfreev);
  g_assert_true (row_has_marker (row, "dialog-warning-symbolic", "1 record of this year is "
                                 "not counted"));
  g_assert_false (row_has_marker (find_table_row (table, MMA_NAME), "dialog-warning-symbolic",
                                  NULL));

  /* Sorted by name: the first row is the first name in the alphabet. */
  {
    GtkSelectionModel *model = gtk_column_view_get_model (table);
    g_autoptr(OndFigure) first = NULL;

    sort_table_by (table, "Figure", GTK_SORT_ASCENDING);
    first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_assert_cmpstr (ond_figure_get_name (first), ==, "Bestuurlijke maatregelen drugsaanpak");
    /* The selected figure stays selected. */
    g_assert_cmpstr (ond_figure_get_code (ond_monitoring_view_get_selected (view)), ==,
                     "stop_talks");
  }

  gui_close_window (window, store);
}

/* Closing a year freezes its figures; reopening needs a reason. */
static void
test_monitoring_close_year (GuiFixture    *f,
                            gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  g_autoptr(GError) error = NULL;
  OndWindow *window;
  OndMonitoringView *view;
  AdwMessageDialog *dialog;
  OndYearReopenDialog *reopen;
  GtkColumnView *table;
  GtkWidget *row;
  g_auto(GStrv) texts = NULL;
  gboolean closed = TRUE;

  store_add_case (store, "2024-02-10", "mma", NULL);
  store_add_case (store, "2024-05-03", "mma", NULL);

  window = gui_show_window (f->app, store, f->settings);
  view = choose_monitoring_section (window);
  table = figure_table (view);
  g_assert_true (ond_store_is_year_closed (store, 2024, &closed, &error));
  g_assert_false (closed);
  g_assert_null (find_button (GTK_WIDGET (view), "_Reopen Year…"));

  /* Asked first; cancelling changes nothing. */
  dialog = click_for_dialog (find_button (GTK_WIDGET (view), "_Close Year…"),
                             ADW_TYPE_MESSAGE_DIALOG);
  click_response (dialog, "_Cancel");
  g_assert_true (ond_store_is_year_closed (store, 2024, &closed, &error));
  g_assert_false (closed);

  dialog = click_for_dialog (find_button (GTK_WIDGET (view), "_Close Year…"),
                             ADW_TYPE_MESSAGE_DIALOG);
  click_response (dialog, "_Close Year");
  g_assert_true (ond_store_is_year_closed (store, 2024, &closed, &error));
  g_assert_true (closed);

  /* The section says so, offers to reopen, and marks the frozen values. */
  g_assert_nonnull (find_button (GTK_WIDGET (view), "_Reopen Year…"));
  g_assert_null (find_button (GTK_WIDGET (view), "_Close Year…"));
  row = find_table_row (table, MMA_NAME);
  texts = row_texts (row);
  g_assert_cmpstr (texts[3], ==, "2");
  g_clear_pointer (&texts, g_strfreev);
  g_assert_true (row_has_marker (row, "changes-prevent-symbolic", "2024"));

  /* A signal of 2024 registered later does not change the reported figure. */
  store_add_case (store, "2024-08-08", "mma", NULL);
  come_back (window);
  texts = row_texts (find_table_row (table, MMA_NAME));
  g_assert_cmpstr (texts[3], ==, "2");
  g_clear_pointer (&texts, g_strfreev);

  /* Reopening: no reason, no reopening. */
  reopen = click_for_dialog (find_button (GTK_WIDGET (view), "_Reopen Year…"),
                             OND_TYPE_YEAR_REOPEN_DIALOG);
  g_assert_cmpint (ond_year_reopen_dialog_get_year (reopen), ==, 2024);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (reopen),
                                                           "reopen"));
  type_text (find_first (GTK_WIDGET (reopen), GTK_TYPE_ENTRY), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (reopen),
                                                           "reopen"));
  type_text (find_first (GTK_WIDGET (reopen), GTK_TYPE_ENTRY), "Melding van augustus gemist");
  click_response (reopen, "_Reopen Year");
  g_assert_true (ond_store_is_year_closed (store, 2024, &closed, &error));
  g_assert_false (closed);

  /* Counted again, with the late signal. */
  texts = row_texts (find_table_row (table, MMA_NAME));
  g_assert_cmpstr (texts[3], ==, "3");
  g_clear_pointer (&texts, g_strfreev);
  g_assert_nonnull (find_button (GTK_WIDGET (view), "_Close Year…"));

  gui_close_window (window, store);
}

/* A read-only file: the figures show, nothing can be changed, nothing is written. */
static void
test_monitoring_read_only (GuiFixture    *f,
                           gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;
  OndMonitoringView *view;
  g_auto(GStrv) texts = NULL;

  store_add_case (store, "2024-02-10", "mma", NULL);
  store = gui_reopen_read_only (f, store);
  window = gui_show_window (f->app, store, f->settings);
  view = choose_monitoring_section (window);

  texts = row_texts (find_table_row (figure_table (view), MMA_NAME));
  g_assert_cmpstr (texts[1], ==, "84");
  g_assert_cmpstr (texts[3], ==, "1");

  g_assert_true (ond_monitoring_view_select_figure (view, "mma_reports"));
  run_until_idle ();
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (view), "_Enter Value…")));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (view), "_Close Year…")));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (view), "Clear Value")));
  gtk_widget_activate_action (GTK_WIDGET (view), "monitoring.enter-value", NULL);
  g_assert_null (find_window (OND_TYPE_FIGURE_VALUE_DIALOG));

  gui_close_read_only (f, window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Monitoring");
  gui_test_add ("/ond/monitoring-gui/figures", test_monitoring_figures);
  gui_test_add ("/ond/monitoring-gui/close-year", test_monitoring_close_year);
  gui_test_add ("/ond/monitoring-gui/read-only", test_monitoring_read_only);
  return gui_test_run ();
}
