/* test-overview-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The chart widget and the dashboard (Overzicht). The chart widget: what a screen reader
 * hears (its role and the values in words), its minimum size, and what it draws in the
 * style's colours. The dashboard, on a freshly seeded database with records added here:
 * the figures that matter most with value, target and status, the running total of the
 * integrale controles, the overdue planning rows and the budget spent, each leading to its
 * section; the follow-ups due, only the most urgent listed. Runs on a display: xvfb-run in
 * CI. */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <sqlite3.h>

#include "ond-case.h"
#include "ond-cases-view.h"
#include "ond-chart-view.h"
#include "ond-gui-test-util.h"
#include "ond-overview-view.h"
#include "ond-planning-view.h"
#include "ond-store-cases.h"
#include "ond-window.h"

static const OndChartBar controls[] = {
  { "2022", TRUE, 6, FALSE },
  { "2023", TRUE, 8, FALSE },
  { "2024", TRUE, 3, TRUE },
  { "2025", FALSE, 0, FALSE },
};

static void
assert_accessible_label (GtkWidget  *widget,
                         const char *expected)
{
  char *failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                      expected);

  if (failure != NULL)
    g_error ("accessible label: %s", failure);
}

/* The pixels of the widget's drawing that have (about) the colour @rgb, opaque. */
static guint
count_drawn (GtkWidget *widget,
             guint32    rgb)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  graphene_rect_t bounds;
  cairo_surface_t *surface;
  cairo_t *cr;
  unsigned char *data;
  int stride;
  guint n = 0;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return 0;
  gsk_render_node_get_bounds (node, &bounds);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceilf (bounds.size.width),
                                        (int) ceilf (bounds.size.height));
  cr = cairo_create (surface);
  cairo_translate (cr, -bounds.origin.x, -bounds.origin.y);
  gsk_render_node_draw (node, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 argb = *(guint32 *) (data + y * stride + 4 * x);
        gboolean close = (argb >> 24) == 0xff;

        for (int shift = 0; close && shift <= 16; shift += 8)
          close = ABS ((int) ((argb >> shift) & 0xff) - (int) ((rgb >> shift) & 0xff)) <= 2;
        if (close)
          n++;
      }
  cairo_surface_destroy (surface);
  gsk_render_node_unref (node);
  return n;
}

static void
test_chart_view (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = ond_chart_view_new ();
  gint64 months[12] = { 1, 0, 2, 1, 0, 3, 0, 0, 0, 0, 0, 0 };
  GtkWidget *weak_view = view;
  int minimum, natural;

  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &weak_view);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 300);

  /* An image for a screen reader, never smaller than a small chart. */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (view)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >=, 240);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >=, 160);

  /* The values in words. */
  ond_chart_view_set_bars (OND_CHART_VIEW (view), "Integrale controles", controls,
                           G_N_ELEMENTS (controls), 10, "Doel 10");
  g_assert_cmpstr (ond_chart_view_get_description (OND_CHART_VIEW (view)), ==,
                   "Integrale controles: 2022 6, 2023 8, 2024 3, 2025 no value; Doel 10");
  assert_accessible_label (view,
                           "Integrale controles: 2022 6, 2023 8, 2024 3, 2025 no value; Doel 10");

  gtk_window_present (GTK_WINDOW (window));
  run_until_idle ();
  g_assert_true (gtk_widget_get_mapped (view));

  /* Drawn: the bars in the accent colour (#3584e4 in the light style), the report year's
   * in the darker accent (#1c71d8). */
  g_assert_cmpuint (count_drawn (view, 0x3584e4), >, 100);
  g_assert_cmpuint (count_drawn (view, 0x1c71d8), >, 100);

  /* Without a title or a target label; the copy is the view's own. */
  {
    OndChartBar bars[2] = { { "2023", TRUE, 2.5, FALSE }, { "2024", TRUE, 4, FALSE } };
    char label[] = "2023";

    bars[0].label = label;
    ond_chart_view_set_bars (OND_CHART_VIEW (view), NULL, bars, 2, 4, NULL);
    label[0] = 'X';
    g_assert_cmpstr (ond_chart_view_get_description (OND_CHART_VIEW (view)), ==,
                     "2023 2.5, 2024 4; target 4");
  }

  /* The running total. */
  ond_chart_view_set_cumulative (OND_CHART_VIEW (view), "Integrale controles 2025", months, 6,
                                 10);
  g_assert_cmpstr (ond_chart_view_get_description (OND_CHART_VIEW (view)), ==,
                   "Integrale controles 2025: 7 by the end of June "
                   "(per month 1, 0, 2, 1, 0, 3); target for the year 10");
  assert_accessible_label (view, "Integrale controles 2025: 7 by the end of June "
                                 "(per month 1, 0, 2, 1, 0, 3); target for the year 10");
  run_until_idle ();
  /* The dots are in the darker accent. */
  g_assert_cmpuint (count_drawn (view, 0x1c71d8), >, 6 * 4);

  ond_chart_view_set_cumulative (OND_CHART_VIEW (view), NULL, months, 0, -1);
  g_assert_cmpstr (ond_chart_view_get_description (OND_CHART_VIEW (view)), ==,
                   "the year has not begun");

  /* Cleared, it draws nothing. */
  ond_chart_view_clear (OND_CHART_VIEW (view));
  g_assert_cmpstr (ond_chart_view_get_description (OND_CHART_VIEW (view)), ==, "");
  g_assert_cmpuint (count_drawn (view, 0x3584e4), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
  g_assert_null (weak_view);
}

static void
sql_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static AdwActionRow *
dashboard_row (GtkWidget  *view,
               const char *title)
{
  AdwActionRow *row = find_row (view, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  return row;
}

/* The titles of the rows of the list box that holds @row, in order. */
static GStrv
sibling_titles (AdwActionRow *row)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  GtkListBoxRow *child;

  for (int i = 0; (child = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (ADW_IS_PREFERENCES_ROW (child))
      g_strv_builder_add (titles, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)));
  return g_strv_builder_end (titles);
}

static gboolean
row_has_label (AdwActionRow *row,
               const char   *text,
               const char   *css_class)
{
  g_autoptr(GPtrArray) labels = find_all (GTK_WIDGET (row), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0
          && gtk_widget_get_mapped (label)
          && (css_class == NULL || gtk_widget_has_css_class (label, css_class)))
        return TRUE;
    }
  return FALSE;
}

/* Shows the dashboard (which reads the store again), then activates the row @title. */
static void
activate_row (OndWindow  *window,
              GtkWidget  *view,
              const char *title,
              const char *section)
{
  gui_show_section (window, "overzicht");
  gtk_widget_activate (GTK_WIDGET (dashboard_row (view, title)));
  run_until_idle ();
  g_assert_cmpstr (ond_window_get_section (window), ==, section);
}

/* After two rows of Q1 2023 done and one dropped, the oldest overdue row. */
#define OLDEST_OVERDUE \
  "Het opstellen van een compleet beeld van signalen en casuïstiek van mensenhandel " \
  "(omvang, locaties, branches) met de mogelijkheid om twee gerichte controles te plannen " \
  "in een specifieke branche in 2023"

static void
test_dashboard (GuiFixture    *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  static const char *const expected_figures[] = {
    "Integrale controles",
    "Bezochte ondernemingen bij integrale controles",
    "Wijkgerichte drugsgerelateerde acties",
    "Weerbaarheidsacties",
    "Meldingen ondermijning via Meld Misdaad Anoniem",
    "Signalen van ondermijning geregistreerd in C3",
    NULL,
  };
  OndStore *store;
  OndWindow *window;
  GtkWidget *view;
  OndChartView *chart;
  AdwActionRow *row;
  g_auto(GStrv) titles = NULL;

  /* The plan is 2023-2024: from 2025 on its last year, 2024, is reported, and has ended. */
  if (g_date_time_get_year (now) < 2025)
    {
      g_test_skip ("the reporting year has not ended yet");
      return;
    }

  store = gui_open_store (f->path);
  /* Three integrale controles in 2024 (March, September twice) with 8 + 6 + 7 businesses,
   * and a DOR/DOL control that is no integrale controle. */
  store_add_control (store, "2024-03-14", "integraal", "Crabbehof", 8);
  store_add_control (store, "2024-09-02", "integraal", "Crabbehof", 6);
  store_add_control (store, "2024-09-20", "integraal", "Crabbehof", 7);
  store_add_control (store, "2024-04-04", "dor_dol", "Crabbehof", 3);
  /* € 92.500 spent in 2024 on a line of the plan, € 1.000 committed, € 5.000 spent in
   * 2023; the seeded budget of 2024 is € 185.000 (section 6). Two rows of Q1 2023 done,
   * one dropped. */
  sql_exec (f->path,
            "INSERT INTO booking (date, line_id, amount_cents, kind) VALUES"
            " ('2024-04-01', (SELECT min(id) FROM budget_line), 9000000, 'realisatie'),"
            " ('2024-10-01', (SELECT max(id) FROM budget_line), 250000, 'realisatie'),"
            " ('2024-10-01', (SELECT max(id) FROM budget_line), 100000, 'verplichting'),"
            " ('2023-10-01', (SELECT max(id) FROM budget_line), 500000, 'realisatie');"
            "UPDATE plan_item SET status = 'gereed' WHERE id IN (SELECT id FROM plan_item"
            "  WHERE year = 2023 AND period = 'Q1' ORDER BY position LIMIT 2);"
            "UPDATE plan_item SET status = 'vervallen' WHERE id = (SELECT id FROM plan_item"
            "  WHERE year = 2023 AND period = 'Q1' ORDER BY position DESC LIMIT 1);");

  window = gui_show_window (f->app, store, f->settings);
  g_assert_cmpstr (ond_window_get_section (window), ==, "overzicht");
  view = find_first (GTK_WIDGET (window), OND_TYPE_OVERVIEW_VIEW);
  g_assert_nonnull (view);
  g_assert_true (has_label (view, "Monitoring 2024"));

  /* The figures with a target in 2024, then the MMA and C3 signals. */
  row = dashboard_row (view, "Integrale controles");
  titles = sibling_titles (row);
  g_assert_cmpstrv (titles, expected_figures);

  /* 3 of 10 in a year that has ended: far behind (below 60 %). */
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "3 controles · target 10");
  g_assert_true (row_has_label (row, "Far behind", "error"));
  /* 21 of 80 businesses. */
  row = dashboard_row (view, "Bezochte ondernemingen bij integrale controles");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "21 ondernemingen · target 80");
  g_assert_true (row_has_label (row, "Far behind", "error"));
  /* No target: the value and the year before. */
  row = dashboard_row (view, "Meldingen ondermijning via Meld Misdaad Anoniem");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "0 meldingen · 2023: 0");

  /* The running total of the integrale controles over the whole of 2024. */
  chart = find_first (view, OND_TYPE_CHART_VIEW);
  g_assert_nonnull (chart);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  g_assert_cmpstr (ond_chart_view_get_description (chart), ==,
                   "Integrale controles 2024: 3 by the end of December "
                   "(per month 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0); target for the year 10");

  /* 34 planning rows, all past; 3 of them done or dropped. The oldest five are listed. */
  row = dashboard_row (view, "Overdue Planning Items");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "31 of 34 planning items are past their period and not done; the oldest 5:");
  row = dashboard_row (view, OLDEST_OVERDUE);
  g_clear_pointer (&titles, g_strfreev);
  titles = sibling_titles (row);
  g_assert_cmpuint (g_strv_length (titles), ==, 5);
  g_assert_cmpstr (titles[0], ==, OLDEST_OVERDUE);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "2023 · Q2 · Mensenhandel · Gepland");

  /* € 92.500 of € 185.000: half. */
  row = dashboard_row (view, "Budget Spent in 2024");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "€ 92.500 of € 185.000 spent (50%)");
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (find_first (GTK_WIDGET (row),
                                                                       GTK_TYPE_LEVEL_BAR)),
                                  0.5, 1e-9);

  /* Each row leads to its section. */
  activate_row (window, view, OLDEST_OVERDUE, "planning");
  activate_row (window, view, "Overdue Planning Items", "planning");
  activate_row (window, view, "Budget Spent in 2024", "begroting");
  activate_row (window, view, "Integrale controles", "monitoring");
  activate_row (window, view, "Weerbaarheidsacties", "monitoring");

  gui_close_window (window, store);
}

/* The AdwActionRows of the list @list of the dashboard that are shown. */
static guint
count_shown_rows (GtkWidget *list)
{
  g_autoptr(GPtrArray) rows = find_all (list, ADW_TYPE_ACTION_ROW);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (rows, i)))
      n++;
  return n;
}

/* The list box of the dashboard that holds the row titled @title. */
static GtkWidget *
list_of_row (GtkWidget  *view,
             const char *title)
{
  AdwActionRow *row = find_row (view, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return gtk_widget_get_parent (GTK_WIDGET (row));
}

#define N_DUE 13

/* Thousands of follow-ups may be due: the dashboard lists the most urgent ten by date, says
 * how many there are in all and leads to the casusoverleg for the rest. */
static void
test_due_limit (GuiFixture    *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d-%m-%Y");
  g_autofree char *description = NULL;
  g_autofree char *later_ref = NULL;
  char *refs[N_DUE] = { NULL, };
  gint64 ids[N_DUE];
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;
  GtkWidget *view;
  GtkWidget *due_list;
  GListModel *due;
  AdwActionRow *more;
  OndPlanningView *planning;
  OndCasesView *cases;
  gint64 later_id;

  g_assert_cmpint (OND_OVERVIEW_DUE_SHOWN, ==, 10);

  /* Thirteen follow-ups that have come, the most urgent (longest past) first: case i was
   * due 20 - i days ago. And one that is next month. */
  for (int i = 0; i < N_DUE; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, i - 20);
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");

      ids[i] = store_add_case (store, "2025-01-06", "mma", &refs[i]);
      g_assert_true (ond_store_set_case_follow_up (store, ids[i], date, &error));
      g_assert_no_error (error);
    }
  later_id = store_add_case (store, "2025-01-06", "mma", &later_ref);
  {
    g_autoptr(GDateTime) day = g_date_time_add_days (now, 30);
    g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");

    g_assert_true (ond_store_set_case_follow_up (store, later_id, date, &error));
    g_assert_no_error (error);
  }

  window = gui_show_window (f->app, store, f->settings);
  g_assert_cmpstr (ond_window_get_section (window), ==, "overzicht");
  view = find_first (GTK_WIDGET (window), OND_TYPE_OVERVIEW_VIEW);
  g_assert_nonnull (view);
  run_until_idle ();

  /* All thirteen are counted... */
  g_assert_cmpuint (ond_overview_view_get_n_due (OND_OVERVIEW_VIEW (view)), ==, N_DUE);
  description = g_strdup_printf ("%u open cases have a follow-up date on or before today, %s",
                                 N_DUE, today);
  g_assert_true (has_label (view, description));

  /* ...only the ten most urgent are read and made into rows, in order of date. */
  due = ond_overview_view_get_due (OND_OVERVIEW_VIEW (view));
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 10);
  due_list = list_of_row (view, refs[0]);
  g_assert_true (GTK_IS_LIST_BOX (due_list));
  g_assert_cmpuint (count_shown_rows (due_list), ==, 10);
  {
    g_auto(GStrv) titles = sibling_titles (find_row (view, ADW_TYPE_ACTION_ROW, refs[0]));

    g_assert_cmpuint (g_strv_length (titles), ==, 10);
    for (int i = 0; i < 10; i++)
      g_assert_cmpstr (titles[i], ==, refs[i]);
  }
  for (int i = 10; i < N_DUE; i++)
    g_assert_false (any_label_contains (view, refs[i]));
  g_assert_false (any_label_contains (view, later_ref));

  /* Only the section shown has read the file: the others get it when first shown. */
  planning = find_first (GTK_WIDGET (window), OND_TYPE_PLANNING_VIEW);
  cases = find_first (GTK_WIDGET (window), OND_TYPE_CASES_VIEW);
  g_assert_nonnull (planning);
  g_assert_nonnull (cases);
  g_assert_null (ond_planning_view_get_store (planning));
  g_assert_null (ond_cases_view_get_store (cases));

  /* The row to all of them leads to the casusoverleg, which then reads them. */
  more = dashboard_row (view, "Show All 13 Follow-ups");
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (more)));
  gtk_widget_activate (GTK_WIDGET (more));
  run_until_idle ();
  g_assert_cmpstr (ond_window_get_section (window), ==, "casusoverleg");
  g_assert_true (ond_cases_view_get_store (cases) == store);
  g_assert_true (ond_cases_view_get_plan (cases) == ond_window_get_plan (window));
  g_assert_true (wait_for_n_items (ond_cases_view_get_cases (cases), N_DUE + 1));
  g_assert_null (ond_planning_view_get_store (planning));
  /* By next follow-up, the most overdue first: the order of the dashboard's rows. */
  for (guint i = 0; i + 1 < N_DUE; i++)
    {
      g_autoptr(OndCase) a = g_list_model_get_item (ond_cases_view_get_cases (cases), i);
      g_autoptr(OndCase) b = g_list_model_get_item (ond_cases_view_get_cases (cases), i + 1);

      g_assert_nonnull (ond_case_get_next_follow_up (a));
      g_assert_nonnull (ond_case_get_next_follow_up (b));
      g_assert_cmpstr (ond_case_get_next_follow_up (a), <=, ond_case_get_next_follow_up (b));
    }

  /* Three fewer due (deleted elsewhere while the dashboard is shown): exactly ten, all
   * listed, and no row to more. */
  gui_show_section (window, "overzicht");
  for (int i = 0; i < 3; i++)
    {
      g_assert_true (ond_store_delete_case (store, ids[i], &error));
      g_assert_no_error (error);
    }
  run_until_idle ();
  g_assert_cmpuint (ond_overview_view_get_n_due (OND_OVERVIEW_VIEW (view)), ==, 10);
  g_assert_cmpuint (count_shown_rows (list_of_row (view, refs[3])), ==, 10);
  g_assert_true (has_label (view, refs[12]));
  more = find_row (view, ADW_TYPE_ACTION_ROW, "Show All 10 Follow-ups");
  g_assert_true (more == NULL || !gtk_widget_get_mapped (GTK_WIDGET (more)));

  for (int i = 0; i < N_DUE; i++)
    g_free (refs[i]);
  gui_close_window (window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Overview");
  g_test_add_func ("/ond/overview-gui/chart-view", test_chart_view);
  gui_test_add ("/ond/overview-gui/dashboard", test_dashboard);
  gui_test_add ("/ond/overview-gui/due-limit", test_due_limit);
  return gui_test_run ();
}
