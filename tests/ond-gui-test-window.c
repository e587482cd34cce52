/* ond-gui-test-window.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the GUI tests share, second part: the main window on a test database, its sections
 * and tables as shown, the test program's set-up, and records made through the core API
 * (declared in ond-gui-test-util.h). */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-area.h"
#include "ond-case-draft.h"
#include "ond-control.h"
#include "ond-gui-test-util.h"
#include "ond-store-cases.h"
#include "ond-store-registers.h"
#include "ond-test-util.h"

/* The test program: one application for all its tests (it can be registered on the bus
 * only once), and the name its scratch folders start with. */
static GtkApplication *test_app;
static char *test_dir_prefix;

/* The window. */

OndStore *
gui_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  OndStore *store = ond_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* A main window on @store, 1200x800, shown and laid out. */
OndWindow *
gui_show_window (GtkApplication *app,
                 OndStore       *store,
                 GSettings      *settings)
{
  OndWindow *window = ond_window_new (app, store, settings);
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  run_until_idle ();

  return window;
}

/* Destroys the window and checks that it, and the store it showed, are freed. */
void
gui_close_window (OndWindow *window,
                  OndStore  *store)
{
  OndWindow *weak_window = window;
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak_window);
  gtk_window_destroy (GTK_WINDOW (window));
  while (weak_window != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (weak_window);

  ond_store_close (store);
  g_assert_finalize_object (store);
}

OndStore *
gui_reopen_read_only (GuiFixture *f,
                      OndStore   *store)
{
  ond_store_close (store);
  g_assert_finalize_object (store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  g_free (f->checksum);
  f->checksum = ond_test_file_checksum (f->path);

  store = gui_open_store (f->path);
  g_assert_true (ond_store_is_read_only (store));
  return store;
}

void
gui_close_read_only (GuiFixture *f,
                     OndWindow  *window,
                     OndStore   *store)
{
  g_autofree char *after = NULL;

  gui_close_window (window, store);
  after = ond_test_file_checksum (f->path);
  g_assert_nonnull (f->checksum);
  g_assert_cmpstr (f->checksum, ==, after);
}

/* Shows the section named @name (a page of the window's stack), as the sidebar does. */
void
gui_show_section (OndWindow  *window,
                  const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", name));
  run_until_idle ();
  g_assert_cmpstr (ond_window_get_section (window), ==, name);
}

/* Chooses a section in the window's sidebar, as a user does. */

/* The window's sidebar, not a list inside a section (the list of meetings), and its row
 * titled @title (NULL if none). The sections are the pages of the stack that has a page
 * named after the section shown. */
static GtkListBox *
find_sidebar (OndWindow      *window,
              const char     *title,
              GtkListBoxRow **found)
{
  g_autoptr(GPtrArray) stacks = find_all (GTK_WIDGET (window), GTK_TYPE_STACK);
  g_autoptr(GPtrArray) lists = find_all (GTK_WIDGET (window), GTK_TYPE_LIST_BOX);
  GtkWidget *sections = NULL;
  GtkListBox *sidebar = NULL;
  GtkListBoxRow *row;

  for (guint i = 0; i < stacks->len && sections == NULL; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i),
                                     ond_window_get_section (window)) != NULL)
      sections = g_ptr_array_index (stacks, i);
  g_assert_nonnull (sections);
  for (guint i = 0; i < lists->len && sidebar == NULL; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar") &&
        !gtk_widget_is_ancestor (g_ptr_array_index (lists, i), sections))
      sidebar = g_ptr_array_index (lists, i);
  g_assert_nonnull (sidebar);

  *found = NULL;
  for (int j = 0; title != NULL && (row = gtk_list_box_get_row_at_index (sidebar, j)) != NULL;
       j++)
    {
      GtkWidget *label = gtk_list_box_row_get_child (row);

      if (GTK_IS_LABEL (label) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) == 0)
        {
          *found = row;
          break;
        }
    }
  return sidebar;
}

gpointer
gui_choose_section (OndWindow  *window,
                    const char *title,
                    GType       type)
{
  GtkListBoxRow *row;
  GtkListBox *sidebar = find_sidebar (window, title, &row);
  GtkWidget *view;

  g_assert_nonnull (row);
  gtk_list_box_select_row (sidebar, row);
  gtk_widget_activate (GTK_WIDGET (row));
  run_until_idle ();

  view = find_first (GTK_WIDGET (window), type);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));
  return view;
}

GStrv
gui_sidebar_titles (OndWindow *window)
{
  GtkListBoxRow *unused;
  GtkListBox *sidebar = find_sidebar (window, NULL, &unused);
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (sidebar, i)) != NULL; i++)
    {
      GtkWidget *label = gtk_list_box_row_get_child (row);

      g_strv_builder_add (titles, GTK_IS_LABEL (label) ? gtk_label_get_text (GTK_LABEL (label))
                                                       : "");
    }
  return g_strv_builder_end (titles);
}

/* Tables, read as shown. */

GtkWidget *
table_row_on_screen (GtkColumnView *table,
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

GtkWidget *
find_table_row (GtkColumnView *table,
                const char    *first)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (table));
  GtkWidget *row;
  double value = 0;

  gtk_adjustment_set_value (adjustment, 0);
  run_until_idle ();
  while ((row = table_row_on_screen (table, first)) == NULL &&
         value < gtk_adjustment_get_upper (adjustment))
    {
      value += MAX (gtk_adjustment_get_page_size (adjustment) / 2, 20);
      gtk_adjustment_set_value (adjustment, value);
      run_until_idle ();
    }
  return row;
}

GStrv
row_texts (GtkWidget *row)
{
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_assert_nonnull (row);
  labels = find_all (row, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    g_strv_builder_add (builder, gtk_label_get_text (g_ptr_array_index (labels, i)));
  return g_strv_builder_end (builder);
}

/* The column of @table titled @title, and in @shown how many visible columns come before it. */
static GtkColumnViewColumn *
find_column (GtkColumnView *table,
             const char    *title,
             guint         *shown)
{
  GListModel *columns = gtk_column_view_get_columns (table);

  *shown = 0;
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
      if (gtk_column_view_column_get_visible (column))
        (*shown)++;
    }
  g_error ("No column “%s”", title);
}

void
sort_table_by (GtkColumnView *table,
               const char    *title,
               GtkSortType    order)
{
  guint shown;

  gtk_column_view_sort_by_column (table, find_column (table, title, &shown), order);
  run_until_idle ();
}

const char *
row_cell_text (GtkColumnView *table,
               GtkWidget     *row,
               const char    *column_title)
{
  GtkWidget *cell;
  GtkLabel *label;
  guint shown;

  g_assert_nonnull (row);
  find_column (table, column_title, &shown);
  /* The row widget has a cell for each visible column. */
  cell = gtk_widget_get_first_child (row);
  for (guint j = 0; j < shown && cell != NULL; j++)
    cell = gtk_widget_get_next_sibling (cell);
  g_assert_nonnull (cell);
  label = find_first (cell, GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  return gtk_label_get_text (label);
}

/* The test program. */

/* GTK 4.8 warns when a list is asked to scroll to an item before it was laid out, which
 * happens on a busy machine; the list scrolls on its next layout. That warning is GTK's
 * timing, not a fault of ours: it does not end the test. Every other warning does. */
static gboolean
fatal_log_handler (const char     *log_domain,
                   GLogLevelFlags  log_level,
                   const char     *message,
                   gpointer        user_data)
{
  if (g_strcmp0 (log_domain, "Gtk") == 0 && (log_level & G_LOG_LEVEL_WARNING) != 0 &&
      message != NULL && strstr (message, "failed to scroll to given position") != NULL)
    return FALSE;
  return TRUE;
}

void
gui_test_init (int         *argc,
               char      ***argv,
               const char  *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *app_id = g_strconcat (APPLICATION_ID ".Test", name, NULL);
  g_autofree char *lower = g_ascii_strdown (name, -1);

  gtk_test_init (argc, argv, NULL);
  g_test_log_set_fatal_handler (fatal_log_handler, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  test_dir_prefix = g_strdup_printf ("ond-test-%s-gui", lower);
  test_app = GTK_APPLICATION (adw_application_new (app_id, G_APPLICATION_NON_UNIQUE));
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);
}

void
gui_test_add (const char  *test_path,
              GuiTestFunc  func)
{
  g_test_add (test_path, GuiFixture, NULL, gui_fixture_set_up, func, gui_fixture_tear_down);
}

int
gui_test_run (void)
{
  int status = g_test_run ();

  /* A registered application keeps references of its own (its exported actions). */
  g_clear_object (&test_app);
  g_clear_pointer (&test_dir_prefix, g_free);
  return status;
}

void
gui_fixture_set_up (GuiFixture    *f,
                    gconstpointer  data)
{
  g_assert_nonnull (test_app);
  f->dir = ond_test_make_dir (test_dir_prefix);
  f->path = g_build_filename (f->dir, "plan.db", NULL);
  f->app = g_object_ref (test_app);
  f->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (f->settings, "last-section");
}

void
gui_fixture_tear_down (GuiFixture    *f,
                       gconstpointer  data)
{
  g_assert_finalize_object (f->settings);
  g_clear_object (&f->app);
  ond_test_remove_tree (f->dir);
  g_free (f->checksum);
  g_free (f->path);
  g_free (f->dir);
}

/* Records, through the core API. */

gint64
store_area_id (OndStore   *store,
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

gint64
store_add_control (OndStore   *store,
                   const char *date,
                   const char *kind,
                   const char *area,
                   gint64      businesses)
{
  g_autoptr(OndControl) control = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  control = ond_control_new (0, date, kind, NULL, area != NULL ? store_area_id (store, area) : 0,
                             NULL, businesses, 0, NULL, 0, NULL, "");
  id = ond_store_save_control (store, control, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
store_add_case (OndStore    *store,
                const char  *date,
                const char  *source,
                char       **reference)
{
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft->date_received = g_strdup (date);
  draft->source = g_strdup (source);
  draft->subject_kind = g_strdup ("pand");
  draft->subject_name = g_strdup ("Voorstraat 12");
  draft->summary = g_strdup ("Hennepkwekerij");
  id = ond_store_create_case (store, draft, today, reference, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}
