/* test-retention-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The retention periods from the main window, on a freshly seeded database in a scratch
 * folder with signals made through the store: one dropped 800 days ago, one dropped 500
 * days ago, one closed six years ago, one open (the days set with plain SQLite, relative to
 * the real today that the window uses). The main menu's "Retention Periods…" opens a modal
 * window listing the three that are due; a longer period for dropped signals is saved (and
 * logged) and the one dropped 500 days ago leaves the list; "Remove…" asks first (Cancel
 * removes nothing), then removes the two listed; the list shows that nothing is due, and
 * the casusoverleg list no longer shows them. On a read-only file the window shows what is
 * due, says why nothing can change, and its controls are off. Runs on a display: xvfb-run
 * in CI. */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <string.h>

#include "ond-cases-view.h"
#include "ond-gui-test-util.h"
#include "ond-retention-window.h"
#include "ond-store-cases.h"
#include "ond-store-retention.h"

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static gint64
count_sql (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return value;
}

/* A signal dropped @days_ago. */
static gint64
add_dropped (GuiFixture  *f,
             OndStore    *store,
             const char  *received,
             int          days_ago,
             char       **reference)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 id = store_add_case (store, received, "mma", reference);

  g_assert_true (ond_store_weigh_case (store, id, "laag", OND_WEIGHING_DROP,
                                       "Geen aanwijzingen", 0, NULL, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE case_event SET at = date('now', 'localtime', '-%d days')"
                         " || 'T09:00:00' WHERE case_id = %" G_GINT64_FORMAT
                         " AND to_status = 'afgevoerd'", days_ago, id);
  exec_sql (f->path, sql);
  return id;
}

/* A case closed @days_ago. */
static gint64
add_closed (GuiFixture  *f,
            OndStore    *store,
            const char  *received,
            int          days_ago,
            char       **reference)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 partner_id = count_sql (f->path, "SELECT id FROM partner WHERE short_name = 'Politie'");
  gint64 id = store_add_case (store, received, "politie", reference);

  g_assert_true (ond_store_weigh_case (store, id, "midden", OND_WEIGHING_PARTNER,
                                       "Partner pakt het op", partner_id, NULL, &error));
  g_assert_true (ond_store_move_case (store, id, OND_CASE_STATUS_INTERVENTION, NULL, &error));
  g_assert_true (ond_store_move_case (store, id, OND_CASE_STATUS_MONITORING, NULL, &error));
  g_assert_true (ond_store_close_case (store, id, "effectief", NULL, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE case_file SET closed_date = date('now', 'localtime',"
                         " '-%d days') WHERE id = %" G_GINT64_FORMAT, days_ago, id);
  exec_sql (f->path, sql);
  return id;
}

/* Whether @model (and its sections) has an item that starts @action. */
static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *item_action = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                           &item_action) &&
          g_strcmp0 (item_action, action) == 0)
        return TRUE;
      section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

static gboolean
main_menu_has (OndWindow  *window,
               const char *action)
{
  g_autoptr(GPtrArray) buttons = find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GMenuModel *model = gtk_menu_button_get_menu_model (g_ptr_array_index (buttons, i));

      if (model != NULL && menu_has_action (model, action))
        return TRUE;
    }
  return FALSE;
}

/* The titles of the shown rows of the list of cases due, in order, joined with "; ". */
static char *
due_titles (OndRetentionWindow *window)
{
  g_autoptr(GPtrArray) rows = find_all (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW);
  g_autoptr(GString) titles = g_string_new (NULL);

  run_until_idle ();
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

      if (gtk_widget_get_mapped (row) && strstr (title, " · ") != NULL)
        g_string_append_printf (titles, "%s%s", titles->len > 0 ? "; " : "", title);
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static OndRetentionWindow *
open_retention (OndWindow *window)
{
  OndRetentionWindow *retention;

  g_assert_true (main_menu_has (window, "win.retention"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.retention", NULL));
  retention = find_window (OND_TYPE_RETENTION_WINDOW);
  g_assert_nonnull (retention);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (retention)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (retention)) == GTK_WINDOW (window));
  return retention;
}

static GtkSpinButton *
spin (OndRetentionWindow *window,
      const char         *tooltip)
{
  g_autoptr(GPtrArray) spins = find_all (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON);

  for (guint i = 0; i < spins->len; i++)
    {
      const char *text = gtk_widget_get_tooltip_text (g_ptr_array_index (spins, i));

      if (g_strcmp0 (text, tooltip) == 0)
        return g_ptr_array_index (spins, i);
    }
  g_assert_not_reached ();
}

static GtkColumnView *
case_table (OndWindow *window)
{
  OndCasesView *view;

  gui_show_section (window, "casusoverleg");
  view = find_first (GTK_WIDGET (window), OND_TYPE_CASES_VIEW);
  g_assert_nonnull (view);
  return find_first (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);
}

static void
test_remove (GuiFixture    *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old_dropped = NULL;
  g_autofree char *young_dropped = NULL;
  g_autofree char *closed = NULL;
  g_autofree char *open = NULL;
  g_autofree char *titles = NULL;
  g_autofree char *expected = NULL;
  OndStore *store = gui_open_store (f->path);
  OndRetentionWindow *retention;
  OndWindow *window;
  GtkColumnView *table;
  AdwMessageDialog *dialog;
  gint64 cases_before;
  int years;

  add_dropped (f, store, "2023-03-01", 800, &old_dropped);
  add_dropped (f, store, "2024-01-10", 500, &young_dropped);
  add_closed (f, store, "2019-02-01", 6 * 366, &closed);
  store_add_case (store, "2024-02-01", "mma", &open);
  cases_before = count_sql (f->path, "SELECT count(*) FROM case_file");

  window = gui_show_window (f->app, store, f->settings);
  table = case_table (window);
  g_assert_nonnull (find_table_row (table, old_dropped));
  g_assert_nonnull (find_table_row (table, closed));

  retention = open_retention (window);
  g_assert_false (has_label (GTK_WIDGET (retention), "This file is opened read-only: the "
                                                     "periods and the cases due can be seen, "
                                                     "but nothing can be changed or removed."));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     spin (retention, "Retention period of dropped signals, in years")), ==, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     spin (retention, "Retention period of closed cases, in years")), ==, 5);
  titles = due_titles (retention);
  /* The period that ended first first: 435, 370 and 135 days ago. */
  expected = g_strdup_printf ("%s · Afgevoerd; %s · Gesloten; %s · Afgevoerd", old_dropped,
                              closed, young_dropped);
  g_assert_cmpstr (titles, ==, expected);
  g_assert_false (has_label (GTK_WIDGET (retention), "Nothing Is Due"));

  /* Two years for dropped signals: saved after the pause, logged, the list follows. */
  gtk_spin_button_set_value (spin (retention, "Retention period of dropped signals, in years"),
                             2);
  wait_past_typing_pause ();
  g_assert_true (ond_store_get_retention_years (store, OND_RETENTION_DROPPED, &years, &error));
  g_assert_cmpint (years, ==, 2);
  g_assert_cmpint (count_sql (f->path, "SELECT count(*) FROM access_log WHERE what ="
                                       " 'Bewaartermijn afgevoerde signalen gewijzigd van 1"
                                       " naar 2 jaar'"), ==, 1);
  g_clear_pointer (&titles, g_free);
  g_clear_pointer (&expected, g_free);
  titles = due_titles (retention);
  /* 370 and 70 days ago. */
  expected = g_strdup_printf ("%s · Gesloten; %s · Afgevoerd", closed, old_dropped);
  g_assert_cmpstr (titles, ==, expected);

  /* Remove…: Cancel removes nothing. */
  dialog = click_for_dialog (find_button (GTK_WIDGET (retention), "_Remove…"),
                             ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove 2 Cases?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be undone"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "remove"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  click_response (dialog, "_Cancel");
  g_assert_cmpint (count_sql (f->path, "SELECT count(*) FROM case_file"), ==, cases_before);

  /* Remove… and confirm: the two listed go, the rest stays. */
  dialog = click_for_dialog (find_button (GTK_WIDGET (retention), "_Remove…"),
                             ADW_TYPE_MESSAGE_DIALOG);
  click_response (dialog, "_Remove");
  g_assert_cmpint (count_sql (f->path, "SELECT count(*) FROM case_file"), ==, cases_before - 2);
  g_assert_cmpint (count_sql (f->path, "SELECT count(*) FROM deletion_log"), ==, 2);
  g_assert_true (has_label (GTK_WIDGET (retention), "2 cases removed"));
  g_clear_pointer (&titles, g_free);
  titles = due_titles (retention);
  g_assert_cmpstr (titles, ==, "");
  g_assert_true (has_label (GTK_WIDGET (retention), "Nothing Is Due"));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (retention), "_Remove…")));

  /* The case list of the main window follows. */
  close_form (retention);
  run_until_idle ();
  g_assert_null (find_table_row (table, old_dropped));
  g_assert_null (find_table_row (table, closed));
  g_assert_nonnull (find_table_row (table, young_dropped));
  g_assert_nonnull (find_table_row (table, open));

  gui_close_window (window, store);
}

/* Read-only: what is due is shown; nothing can be changed or removed, and it says why. */
static void
test_read_only (GuiFixture    *f,
                gconstpointer  data)
{
  g_autofree char *dropped = NULL;
  g_autofree char *titles = NULL;
  g_autofree char *expected = NULL;
  OndStore *store = gui_open_store (f->path);
  OndRetentionWindow *retention;
  OndWindow *window;

  add_dropped (f, store, "2023-03-01", 800, &dropped);
  store = gui_reopen_read_only (f, store);
  window = gui_show_window (f->app, store, f->settings);

  retention = open_retention (window);
  g_assert_true (has_label (GTK_WIDGET (retention), "This file is opened read-only: the "
                                                    "periods and the cases due can be seen, "
                                                    "but nothing can be changed or removed."));
  titles = due_titles (retention);
  expected = g_strdup_printf ("%s · Afgevoerd", dropped);
  g_assert_cmpstr (titles, ==, expected);
  g_assert_false (gtk_widget_is_sensitive (
    GTK_WIDGET (spin (retention, "Retention period of dropped signals, in years"))));
  g_assert_false (gtk_widget_is_sensitive (
    GTK_WIDGET (spin (retention, "Retention period of closed cases, in years"))));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (retention), "_Remove…")));
  /* The action refuses too. */
  gtk_widget_activate_action (GTK_WIDGET (retention), "retention.remove", NULL);
  run_until_idle ();
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));

  close_form (retention);
  gui_close_read_only (f, window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Retention");
  gui_test_add ("/retention-gui/remove", test_remove);
  gui_test_add ("/retention-gui/read-only", test_read_only);
  return gui_test_run ();
}
