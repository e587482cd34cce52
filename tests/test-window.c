/* test-window.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window on a freshly seeded database, driven as a user would: a section is chosen
 * in the sidebar, then what the section shows is checked against the plan document (numbers
 * counted from the plan, not from the code). Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ond-gui-test-util.h"
#include "ond-partners-view.h"
#include "ond-pillar-view.h"
#include "ond-reconciliation-page.h"
#include "ond-plan-item.h"
#include "ond-planning-view.h"
#include "ond-test-util.h"
#include "ond-theme.h"
#include "ond-themes-view.h"
#include "ond-window.h"

typedef struct
{
  char           *dir;
  char           *path;
  GtkApplication *app;
  GSettings      *settings;
} Fixture;

/* One application for all tests: it can be registered on the bus only once. */
static GtkApplication *test_app;

static guint
count_rows (GtkListBox *list,
            GType       row_type)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (G_TYPE_CHECK_INSTANCE_TYPE (child, row_type))
      n++;
  return n;
}

static guint
count_headers (GtkListBox *list)
{
  guint n = 0;

  for (GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, 0);
       row != NULL;
       row = gtk_list_box_get_row_at_index (list, gtk_list_box_row_get_index (row) + 1))
    if (gtk_list_box_row_get_header (row) != NULL)
      n++;
  return n;
}

static GtkStack *
find_sections (OndWindow *window)
{
  g_autoptr(GPtrArray) stacks = find_all (GTK_WIDGET (window), GTK_TYPE_STACK);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "pijler-1") != NULL)
      return g_ptr_array_index (stacks, i);
  return NULL;
}

/* The sidebar of the window, not a sidebar inside a section (the list of meetings). */
static GtkListBox *
find_sidebar (OndWindow *window)
{
  g_autoptr(GPtrArray) lists = find_all (GTK_WIDGET (window), GTK_TYPE_LIST_BOX);
  GtkWidget *sections = GTK_WIDGET (find_sections (window));

  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar") &&
        !gtk_widget_is_ancestor (g_ptr_array_index (lists, i), sections))
      return g_ptr_array_index (lists, i);
  return NULL;
}

/* Chooses a section the way a user does: select its row in the sidebar and activate it. */
static GtkWidget *
choose_section (OndWindow  *window,
                const char *accessible_name,
                const char *page_name)
{
  GtkListBox *sidebar = find_sidebar (window);
  GtkStack *stack = find_sections (window);
  GtkListBoxRow *row = NULL;

  g_assert_nonnull (sidebar);
  g_assert_nonnull (stack);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (sidebar, i)) != NULL; i++)
    {
      GtkWidget *label = gtk_list_box_row_get_child (row);

      if (GTK_IS_LABEL (label) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), accessible_name) == 0)
        break;
    }
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (row)));

  gtk_list_box_select_row (sidebar, row);
  gtk_widget_activate (GTK_WIDGET (row));
  run_until_idle ();

  g_assert_cmpstr (ond_window_get_section (window), ==, page_name);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, page_name);
  return gtk_stack_get_visible_child (stack);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ond_test_make_dir ("ond-test-window");
  f->path = g_build_filename (f->dir, "plan.db", NULL);

  f->app = g_object_ref (test_app);

  f->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (f->settings, "last-section");
  g_settings_reset (f->settings, "window-width");
  g_settings_reset (f->settings, "window-height");
  g_settings_reset (f->settings, "window-maximized");
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

static OndStore *
open_store (Fixture *f)
{
  return gui_open_store (f->path);
}

/* Creates a seeded database file and closes it again, so that it can be reopened. */
static void
seed_file (Fixture *f)
{
  g_autoptr(OndStore) store = open_store (f);

  ond_store_close (store);
}

static OndWindow *
show_window (Fixture  *f,
             OndStore *store)
{
  OndWindow *window = ond_window_new (f->app, store, f->settings);
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  run_until_idle ();

  return window;
}

static void
check_pillar (OndWindow  *window,
              const char *row_name,
              const char *page_name,
              int         number,
              const char *title,
              guint       n_actions,
              guint       n_groups)
{
  GtkWidget *view = choose_section (window, row_name, page_name);
  GtkListBox *actions;
  GtkAdjustment *adjustment;

  g_assert_true (OND_IS_PILLAR_VIEW (view));
  g_assert_cmpint (ond_pillar_view_get_number (OND_PILLAR_VIEW (view)), ==, number);
  g_assert_true (has_label (view, title));

  actions = GTK_LIST_BOX (find_first (view, GTK_TYPE_LIST_BOX));
  g_assert_nonnull (actions);
  g_assert_cmpuint (count_rows (actions, ADW_TYPE_ACTION_ROW), ==, n_actions);
  g_assert_cmpuint (g_list_model_get_n_items (ond_pillar_view_get_actions (OND_PILLAR_VIEW (view))),
                    ==, n_actions);
  g_assert_cmpuint (count_headers (actions), ==, n_groups);

  /* The page scrolls: its content is taller than the window. */
  adjustment = gtk_scrolled_window_get_vadjustment (find_first (view, GTK_TYPE_SCROLLED_WINDOW));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >,
                     gtk_adjustment_get_page_size (adjustment));
}

static void
check_themes (OndWindow *window)
{
  GtkWidget *view = choose_section (window, "Themes", "themas");
  GListModel *themes = ond_themes_view_get_themes (OND_THEMES_VIEW (view));
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(OndTheme) first = NULL;
  GtkListBox *drugs = NULL;

  /* Section 4: six themes, in the plan's order. */
  g_assert_cmpuint (g_list_model_get_n_items (themes), ==, 6);
  first = g_list_model_get_item (themes, 0);
  g_assert_cmpstr (ond_theme_get_name (first), ==, "Drugs");
  g_assert_true (has_label (view, "Drugs"));
  /* Section 7: the owners of the Drugs theme. */
  g_assert_true (has_label (view, "Owners: Politie, OZHZ"));

  /* The first list of actions under the theme heading is the Drugs theme's: six actions. */
  lists = find_all (view, GTK_TYPE_LIST_BOX);
  for (guint i = 0; i < lists->len && drugs == NULL; i++)
    if (count_rows (g_ptr_array_index (lists, i), ADW_TYPE_ACTION_ROW) > 0)
      drugs = g_ptr_array_index (lists, i);
  g_assert_nonnull (drugs);
  g_assert_cmpuint (count_rows (drugs, ADW_TYPE_ACTION_ROW), ==, 6);
}

static GListModel *
column_view_items (GtkColumnView *view)
{
  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static void
check_planning (OndWindow *window)
{
  GtkWidget *view = choose_section (window, "Planning", "planning");
  GtkColumnView *table = find_first (view, GTK_TYPE_COLUMN_VIEW);
  GtkDropDown *year = find_first (view, GTK_TYPE_DROP_DOWN);
  GtkEditable *search = find_first (view, GTK_TYPE_SEARCH_ENTRY);
  GListModel *columns;
  GListModel *items;
  g_autoptr(GtkColumnViewColumn) what = NULL;
  g_autoptr(GtkColumnViewColumn) year_column = NULL;
  g_autoptr(GObject) item = NULL;

  g_assert_nonnull (table);
  g_assert_nonnull (year);
  g_assert_nonnull (search);
  items = column_view_items (table);

  /* Section 7: 34 rows in all, 26 in 2023 and 8 in 2024. */
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 34);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (year)), ==, 3);
  gtk_drop_down_set_selected (year, 1);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 26);
  gtk_drop_down_set_selected (year, 2);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 8);
  gtk_drop_down_set_selected (year, 0);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 34);

  /* Searching: the Mensenhandel items are four in 2023 and one in 2024. */
  gtk_editable_set_text (search, "mensenhandel");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 5);
  gtk_drop_down_set_selected (year, 1);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 4);
  gtk_editable_set_text (search, "");
  gtk_drop_down_set_selected (year, 0);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 34);

  /* Each column of data sorts, with a sorter of its own: year, period, what, who, theme,
   * status, target, attention; the last column holds the row's Edit and Delete buttons. */
  columns = gtk_column_view_get_columns (table);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 9);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (i + 1 < g_list_model_get_n_items (columns))
        g_assert_nonnull (gtk_column_view_column_get_sorter (column));
      else
        g_assert_null (gtk_column_view_column_get_sorter (column));
    }

  year_column = g_list_model_get_item (columns, 0);
  gtk_column_view_sort_by_column (table, year_column, GTK_SORT_DESCENDING);
  item = g_list_model_get_item (items, 0);
  g_assert_cmpint (ond_plan_item_get_year (OND_PLAN_ITEM (item)), ==, 2024);
  g_clear_object (&item);

  what = g_list_model_get_item (columns, 2);
  g_assert_cmpstr (gtk_column_view_column_get_title (what), ==, "What");
  gtk_column_view_sort_by_column (table, what, GTK_SORT_ASCENDING);
  item = g_list_model_get_item (items, 0);
  g_assert_true (g_str_has_prefix (ond_plan_item_get_what (OND_PLAN_ITEM (item)),
                                   "10 integrale controles"));
  g_clear_object (&item);

  /* Back to the plan's order. */
  gtk_column_view_sort_by_column (table, NULL, GTK_SORT_ASCENDING);
  item = g_list_model_get_item (items, 0);
  g_assert_cmpstr (ond_plan_item_get_what (OND_PLAN_ITEM (item)), ==,
                   "Opstellen uitvoeringsplan ondermijning");
}

static void
check_budget (OndWindow *window)
{
  GtkWidget *view = choose_section (window, "Budget", "begroting");
  OndReconciliationPage *page = find_first (view, OND_TYPE_RECONCILIATION_PAGE);
  GtkDropDown *year;
  GtkColumnView *lines;

  /* The section opens on the reconciliation of a year of the plan. */
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  year = find_dropdown (GTK_WIDGET (page), "The year that is reconciled");
  g_assert_nonnull (year);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (year)), ==, 2);
  choose_in_dropdown (year, "2023");

  /* Section 6: the 14 cost items. */
  lines = find_first (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (lines);
  g_assert_cmpuint (g_list_model_get_n_items (column_view_items (lines)), ==, 14);

  /* The 2023 lines add up to € 245.000 against € 250.000: the difference is flagged. */
  g_assert_true (has_label (view, "€ 245.000"));
  g_assert_true (has_label (view, "€ 250.000"));
  g_assert_true (has_label (view, "€ 5.000"));
  g_assert_true (has_label (view, "€ 5.000 of the funding is not assigned to a cost line"));
  /* A line of the budget, with its 2023 amount. */
  g_assert_true (has_label (view, "Veiligheidsinformatieknooppunt (VIK)"));
  g_assert_true (has_label (view, "€ 17.000"));

  /* 2024 balances. */
  choose_in_dropdown (year, "2024");
  g_assert_true (has_label (view, "€ 185.000"));
  g_assert_true (has_label (view, "€ 0"));
  g_assert_true (has_label (view, "Balanced: the cost lines add up to the funding"));
}

static void
check_partners (OndWindow *window)
{
  GtkWidget *view = choose_section (window, "Partners & Interventions", "partners");
  GtkColumnView *matrix = find_first (view, GTK_TYPE_COLUMN_VIEW);
  g_autoptr(GPtrArray) lists = find_all (view, GTK_TYPE_LIST_BOX);
  GListModel *columns;
  const char *partners[] = { "Gemeente", "Politie", "OZHZ", "SDD" };
  guint expected_rows[] = { 5, 11, 11 };

  /* Section 8: 47 interventions, one column per partner of the menukaart. */
  g_assert_nonnull (matrix);
  g_assert_cmpuint (g_list_model_get_n_items (column_view_items (matrix)), ==, 47);
  columns = gtk_column_view_get_columns (matrix);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (partners); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i + 1);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, partners[i]);
    }

  /* Section 5: municipal teams, external partners, RIEC covenant partners. */
  g_assert_cmpuint (lists->len, ==, 3);
  for (guint i = 0; i < lists->len; i++)
    g_assert_cmpuint (count_rows (g_ptr_array_index (lists, i), ADW_TYPE_ACTION_ROW),
                      ==, expected_rows[i]);
  g_assert_true (has_label (view, "Basisteam politie Drechtsteden Binnen"));
}

static void
test_window_sections (Fixture       *f,
                      gconstpointer  data)
{
  OndStore *store = open_store (f);
  OndWindow *window = show_window (f, store);
  GtkInfoBar *notice = find_first (GTK_WIDGET (window), GTK_TYPE_INFO_BAR);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Uitvoeringsplan ondermijning 2023-2024");
  g_assert_false (ond_window_get_read_only (window));
  g_assert_nonnull (notice);
  g_assert_false (gtk_info_bar_get_revealed (notice));

  /* Every section, in the order of the sidebar. */
  check_pillar (window, "Pillar 1", "pijler-1", 1,
                "Pijler 1: Aanpakken van ondermijnende criminaliteit", 29, 8);
  check_pillar (window, "Pillar 2", "pijler-2", 2,
                "Pijler 2: Versterken van een weerbare overheid", 10, 3);
  check_pillar (window, "Pillar 3", "pijler-3", 3,
                "Pijler 3: Versterken van de maatschappelijke weerbaarheid", 12, 2);
  check_themes (window);
  check_planning (window);
  check_budget (window);
  check_partners (window);

  gui_close_window (window, store);
}

static void
test_window_sidebar (Fixture       *f,
                     gconstpointer  data)
{
  OndStore *store = open_store (f);
  OndWindow *window = show_window (f, store);
  GtkListBox *sidebar = find_sidebar (window);
  const char *names[] = {
    "Overview", "Pillar 1", "Pillar 2", "Pillar 3", "Themes", "Case Meeting",
    "Controls & Measures", "Monitoring", "Planning", "Budget",
    "Partners & Interventions",
  };
  guint n = 0;

  /* One row per section, in order, each with an accessible name and reachable with Tab. */
  for (GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, 0);
       row != NULL;
       row = gtk_list_box_get_row_at_index (sidebar, (int) ++n))
    {
      GtkWidget *label = gtk_list_box_row_get_child (row);

      g_assert_cmpuint (n, <, G_N_ELEMENTS (names));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, names[n]);
      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (row)));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (row)), ==, names[n]);
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (names));

  /* The first section, the overview, is shown at first, and selected in the sidebar. */
  g_assert_cmpstr (ond_window_get_section (window), ==, "overzicht");
  g_assert_true (gtk_list_box_get_selected_row (sidebar) ==
                 gtk_list_box_get_row_at_index (sidebar, 0));

  gui_close_window (window, store);
}

static void
test_window_settings (Fixture       *f,
                      gconstpointer  data)
{
  OndStore *store = open_store (f);
  OndWindow *window;
  GtkListBox *sidebar;
  g_autofree char *saved = NULL;
  int width = 0;
  int height = 0;

  /* What the last run left in the settings comes back. */
  g_settings_set_string (f->settings, "last-section", "planning");
  g_settings_set_int (f->settings, "window-width", 900);
  window = show_window (f, store);
  g_assert_cmpstr (ond_window_get_section (window), ==, "planning");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  sidebar = find_sidebar (window);
  /* Planning is the ninth section, after Controls & Measures and Monitoring. */
  g_assert_true (gtk_list_box_get_selected_row (sidebar) ==
                 gtk_list_box_get_row_at_index (sidebar, 8));

  /* Choosing a section is remembered, and not undone by closing the window. */
  choose_section (window, "Budget", "begroting");
  saved = g_settings_get_string (f->settings, "last-section");
  g_assert_cmpstr (saved, ==, "begroting");
  gui_close_window (window, store);
  g_clear_pointer (&saved, g_free);
  saved = g_settings_get_string (f->settings, "last-section");
  g_assert_cmpstr (saved, ==, "begroting");

  /* A section this version does not have falls back to the first, the overview. */
  g_settings_set_string (f->settings, "last-section", "casusoverleg-of-the-future");
  store = open_store (f);
  window = show_window (f, store);
  g_assert_cmpstr (ond_window_get_section (window), ==, "overzicht");
  gui_close_window (window, store);
}

static void
test_window_read_only (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OndStore *store;
  OndWindow *window;
  GtkInfoBar *notice;
  GtkWidget *view;
  GtkColumnView *table;

  seed_file (f);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  g_assert_nonnull (before);

  store = open_store (f);
  g_assert_true (ond_store_is_read_only (store));
  window = show_window (f, store);

  /* The notice is shown above the content. */
  g_assert_true (ond_window_get_read_only (window));
  notice = find_first (GTK_WIDGET (window), GTK_TYPE_INFO_BAR);
  g_assert_nonnull (notice);
  g_assert_true (gtk_info_bar_get_revealed (notice));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (notice)));
  g_assert_true (has_label (GTK_WIDGET (notice), "Read-only: this file cannot be changed"));

  /* The plan can still be viewed. */
  view = choose_section (window, "Planning", "planning");
  table = find_first (view, GTK_TYPE_COLUMN_VIEW);
  g_assert_cmpuint (g_list_model_get_n_items (column_view_items (table)), ==, 34);

  gui_close_window (window, store);

  /* Nothing was written to the file. */
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

  test_app = GTK_APPLICATION (adw_application_new ("com.dordrecht.Ondermijning.Test",
                                                   G_APPLICATION_NON_UNIQUE));
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/ond/window/sections", Fixture, NULL,
              fixture_set_up, test_window_sections, fixture_tear_down);
  g_test_add ("/ond/window/sidebar", Fixture, NULL,
              fixture_set_up, test_window_sidebar, fixture_tear_down);
  g_test_add ("/ond/window/settings", Fixture, NULL,
              fixture_set_up, test_window_settings, fixture_tear_down);
  g_test_add ("/ond/window/read-only", Fixture, NULL,
              fixture_set_up, test_window_read_only, fixture_tear_down);

  status = g_test_run ();

  /* A registered application keeps references of its own (its exported actions). */
  g_clear_object (&test_app);
  return status;
}
