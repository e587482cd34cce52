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
#include <glib/gstdio.h>
#include <string.h>

#include "ond-area.h"
#include "ond-case-draft.h"
#include "ond-chart-view.h"
#include "ond-control.h"
#include "ond-figure-detail.h"
#include "ond-figure-value-dialog.h"
#include "ond-gui-test-util.h"
#include "ond-monitoring-view.h"
#include "ond-plan.h"
#include "ond-store-cases.h"
#include "ond-store-figures.h"
#include "ond-stop-talk.h"
#include "ond-store-registers.h"
#include "ond-test-util.h"
#include "ond-window.h"
#include "ond-year-reopen-dialog.h"

#define MMA_NAME "Meldingen ondermijning via Meld Misdaad Anoniem"
#define C3_NAME "Signalen van ondermijning geregistreerd in C3"
#define CONTROLS_NAME "Integrale controles"
#define STOP_TALKS_NAME "Stopgesprekken met faciliteerders"

typedef struct
{
  char           *dir;
  char           *path;
  GtkApplication *app;
  GSettings      *settings;
} Fixture;

/* One application for all tests: it can be registered on the bus only once. */
static GtkApplication *test_app;

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

/* The window. */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ond_test_make_dir ("ond-test-monitoring-gui");
  f->path = g_build_filename (f->dir, "plan.db", NULL);
  f->app = g_object_ref (test_app);
  f->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (f->settings, "last-section");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->settings);
  g_clear_object (&f->app);
  ond_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Chooses a section in the sidebar by its title, as a user does. */
static void
choose_section (OndWindow  *window,
                const char *title)
{
  g_autoptr(GPtrArray) lists = find_all (GTK_WIDGET (window), GTK_TYPE_LIST_BOX);
  GtkListBox *sidebar = NULL;
  GtkListBoxRow *row = NULL;

  for (guint i = 0; i < lists->len && row == NULL; i++)
    {
      if (!gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar"))
        continue;
      sidebar = g_ptr_array_index (lists, i);
      for (int j = 0; (row = gtk_list_box_get_row_at_index (sidebar, j)) != NULL; j++)
        {
          GtkWidget *label = gtk_list_box_row_get_child (row);

          if (GTK_IS_LABEL (label) &&
              g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) == 0)
            break;
        }
    }
  g_assert_nonnull (row);

  gtk_list_box_select_row (sidebar, row);
  gtk_widget_activate (GTK_WIDGET (row));
  run_until_idle ();
}

static OndMonitoringView *
choose_monitoring_section (OndWindow *window)
{
  GtkWidget *view;

  choose_section (window, "Monitoring");
  g_assert_cmpstr (ond_window_get_section (window), ==, "monitoring");
  view = find_first (GTK_WIDGET (window), OND_TYPE_MONITORING_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));
  return OND_MONITORING_VIEW (view);
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

/* The row widget of a column view whose first cell says @first, or NULL when no row on
 * screen does. */
static GtkWidget *
row_on_screen (GtkColumnView *table,
               const char    *first)
{
  GtkWidget *list = find_first (GTK_WIDGET (table), GTK_TYPE_LIST_VIEW);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autoptr(GPtrArray) labels = find_all (row, GTK_TYPE_LABEL);

      if (gtk_widget_get_mapped (row) && labels->len > 0 &&
          g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, 0)), first) == 0)
        return row;
    }
  return NULL;
}

/* The row of the table that shows @first, scrolling down to it as a user does. */
static GtkWidget *
find_table_row (GtkColumnView *table,
                const char    *first)
{
  GtkScrollable *scrollable = GTK_SCROLLABLE (table);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (scrollable);
  GtkWidget *row;
  double value = 0;

  gtk_adjustment_set_value (adjustment, 0);
  run_until_idle ();
  while ((row = row_on_screen (table, first)) == NULL &&
         value < gtk_adjustment_get_upper (adjustment))
    {
      value += MAX (gtk_adjustment_get_page_size (adjustment) / 2, 20);
      gtk_adjustment_set_value (adjustment, value);
      run_until_idle ();
    }
  return row;
}

/* The texts of a row's cells, in column order. */
static GStrv
row_texts (GtkWidget *row)
{
  g_autoptr(GPtrArray) labels = find_all (row, GTK_TYPE_LABEL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_assert_nonnull (row);
  for (guint i = 0; i < labels->len; i++)
    g_strv_builder_add (builder, gtk_label_get_text (g_ptr_array_index (labels, i)));
  return g_strv_builder_end (builder);
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
  row = row_on_screen (parts, label);
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

/* Records, through the core API. */

static void
add_case (OndStore   *store,
          const char *date,
          const char *source)
{
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft->date_received = g_strdup (date);
  draft->source = g_strdup (source);
  draft->subject_kind = g_strdup ("onderneming");
  draft->subject_name = g_strdup ("Autobedrijf De Zwijndrechtse Brug");
  draft->summary = g_strdup ("Signaal over een garagebedrijf");
  id = ond_store_create_case (store, draft, today, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
}

static gint64
area_id (OndStore   *store,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) areas = ond_store_list_areas (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(OndArea) area = g_list_model_get_item (areas, i);

      if (g_strcmp0 (ond_area_get_name (area), name) == 0)
        return ond_area_get_id (area);
    }
  g_error ("No area %s", name);
}

static void
add_control (OndStore   *store,
             const char *date,
             const char *kind,
             const char *area,
             gint64      businesses)
{
  g_autoptr(OndControl) control = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  control = ond_control_new (0, date, kind, NULL, area != NULL ? area_id (store, area) : 0,
                             NULL, businesses, 0, NULL, 0, NULL, "");
  id = ond_store_save_control (store, control, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
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
  choose_section (window, "Planning");
  choose_monitoring_section (window);
}

/* The dialog for a hand value, opened with the button of the figure's detail. */
static OndFigureValueDialog *
open_value_dialog (OndMonitoringView *view)
{
  OndFigureValueDialog *dialog;

  click (find_button (GTK_WIDGET (view), "_Enter Value…"));
  dialog = find_window (OND_TYPE_FIGURE_VALUE_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
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
test_monitoring_figures (Fixture       *f,
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
  add_case (store, "2024-02-10", "mma");
  add_case (store, "2024-05-03", "mma");
  add_case (store, "2024-11-20", "mma");
  add_case (store, "2023-07-01", "c3");
  add_control (store, "2024-03-14", "integraal", "Crabbehof", 8);
  add_control (store, "2024-09-02", "integraal", "Wielwijk", 6);
  add_control (store, "2024-04-04", "dor_dol", "Haven", 3);

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
  add_control (store, "2024-06-01", "integraal", NULL, 9);
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
    g_autoptr(GtkColumnViewColumn) name_column =
      g_list_model_get_item (gtk_column_view_get_columns (table), 0);
    GtkSelectionModel *model = gtk_column_view_get_model (table);
    g_autoptr(OndFigure) first = NULL;

    gtk_column_view_sort_by_column (table, name_column, GTK_SORT_ASCENDING);
    run_until_idle ();
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
test_monitoring_close_year (Fixture       *f,
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

  add_case (store, "2024-02-10", "mma");
  add_case (store, "2024-05-03", "mma");

  window = gui_show_window (f->app, store, f->settings);
  view = choose_monitoring_section (window);
  table = figure_table (view);
  g_assert_true (ond_store_is_year_closed (store, 2024, &closed, &error));
  g_assert_false (closed);
  g_assert_null (find_button (GTK_WIDGET (view), "_Reopen Year…"));

  /* Asked first; cancelling changes nothing. */
  click (find_button (GTK_WIDGET (view), "_Close Year…"));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  click (find_button (GTK_WIDGET (dialog), "_Cancel"));
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (ond_store_is_year_closed (store, 2024, &closed, &error));
  g_assert_false (closed);

  click (find_button (GTK_WIDGET (view), "_Close Year…"));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  click (find_button (GTK_WIDGET (dialog), "_Close Year"));
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));
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
  add_case (store, "2024-08-08", "mma");
  come_back (window);
  texts = row_texts (find_table_row (table, MMA_NAME));
  g_assert_cmpstr (texts[3], ==, "2");
  g_clear_pointer (&texts, g_strfreev);

  /* Reopening: no reason, no reopening. */
  click (find_button (GTK_WIDGET (view), "_Reopen Year…"));
  reopen = find_window (OND_TYPE_YEAR_REOPEN_DIALOG);
  g_assert_nonnull (reopen);
  g_assert_cmpint (ond_year_reopen_dialog_get_year (reopen), ==, 2024);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (reopen),
                                                           "reopen"));
  type_text (find_first (GTK_WIDGET (reopen), GTK_TYPE_ENTRY), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (reopen),
                                                           "reopen"));
  type_text (find_first (GTK_WIDGET (reopen), GTK_TYPE_ENTRY), "Melding van augustus gemist");
  click (find_button (GTK_WIDGET (reopen), "_Reopen Year"));
  g_assert_null (find_window (OND_TYPE_YEAR_REOPEN_DIALOG));
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
test_monitoring_read_only (Fixture       *f,
                           gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OndWindow *window;
  OndMonitoringView *view;
  g_auto(GStrv) texts = NULL;

  add_case (store, "2024-02-10", "mma");
  ond_store_close (store);
  g_assert_finalize_object (store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);

  store = gui_open_store (f->path);
  g_assert_true (ond_store_is_read_only (store));
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

  gui_close_window (window, store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Toasts and dialogs appear at once: what the test looks at, not their animation. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  test_app = GTK_APPLICATION (adw_application_new ("com.dordrecht.Ondermijning.TestMonitoring",
                                                   G_APPLICATION_NON_UNIQUE));
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/ond/monitoring-gui/figures", Fixture, NULL,
              fixture_set_up, test_monitoring_figures, fixture_tear_down);
  g_test_add ("/ond/monitoring-gui/close-year", Fixture, NULL,
              fixture_set_up, test_monitoring_close_year, fixture_tear_down);
  g_test_add ("/ond/monitoring-gui/read-only", Fixture, NULL,
              fixture_set_up, test_monitoring_read_only, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&test_app);
  return status;
}
