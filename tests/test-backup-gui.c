/* test-backup-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Backups from the main window, on a freshly seeded database in a scratch folder. The main
 * menu has "Back Up…"; its file chooser proposes "plan-backup-<today>.db" (Cancel writes
 * nothing), and the file chosen (given directly) gets a copy with the rows of the database (read
 * with plain SQLite), mode 0600, and a toast saying so. A backup to a folder that does not
 * exist, or one that cannot be written, shows a dialog with the reason and writes nothing.
 * Closing the window leaves one new automatic backup in "plan.db-backups" each time, holding
 * what the window changed; a read-only file gets none, but can be backed up by hand. "Restore
 * from Backup…" lists the backups newest first by local time; Cancel changes nothing; the
 * older one restored opens in a new main window, the replaced file kept aside whole, and no
 * automatic backup is made by the window that went. Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "ond-council-reports-window.h"
#include "ond-gui-test-util.h"
#include "ond-store-backup.h"

static const char * const counted_tables[] = {
  "plan", "pillar", "theme", "action", "partner", "plan_item", "case_file", "area",
};

/* SELECT count(*) FROM @table in the file @path, read with plain SQLite. */
static gint64
count_rows (const char *path,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return count;
}

/* The backup at @copy has the rows of the database at @original, table by table. */
static void
assert_same_rows (const char *original,
                  const char *copy)
{
  for (guint i = 0; i < G_N_ELEMENTS (counted_tables); i++)
    g_assert_cmpint (count_rows (copy, counted_tables[i]), ==,
                     count_rows (original, counted_tables[i]));
}

static void
assert_private (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

/* The names in @folder (none when it does not exist). */
static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* The item of @model (and its sections) that starts @action; its label, or NULL. */
static char *
find_menu_label (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *item_action = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                           &item_action) &&
          g_strcmp0 (item_action, action) == 0 &&
          g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        return g_steal_pointer (&label);
      section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (section != NULL)
        {
          char *found = find_menu_label (section, action);

          if (found != NULL)
            return found;
        }
    }
  return NULL;
}

/* The main menu: the window's menu button with a menu model. */
static GMenuModel *
main_menu (OndWindow *window)
{
  g_autoptr(GPtrArray) buttons = find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GMenuModel *model = gtk_menu_button_get_menu_model (g_ptr_array_index (buttons, i));

      if (model != NULL && gtk_widget_get_mapped (g_ptr_array_index (buttons, i)))
        return model;
    }
  return NULL;
}

/* Waits (at most 5 s) until a label containing @text is shown under @root. */
static gboolean
wait_for_label (GtkWidget  *root,
                const char *text)
{
  gint64 end = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  while (g_get_monotonic_time () < end)
    {
      if (any_label_contains (root, text))
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
    }
  return FALSE;
}

/* "Back Up…" from the main menu, through its file chooser. */
static void
test_back_up_from_menu (GuiFixture    *f,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *suggested = g_date_time_format (now, "plan-backup-%Y-%m-%d.db");
  g_autofree char *folder = g_build_filename (f->dir, "elsewhere", NULL);
  g_autofree char *copy = g_build_filename (folder, "kopie.db", NULL);
  g_autofree char *label = NULL;
  g_autofree char *current = NULL;
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;
  GtkFileChooser *chooser;
  GtkWindow *weak;
  gint64 cases_before;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  cases_before = count_rows (f->path, "case_file");
  store_add_case (store, "2024-05-02", "mma", NULL);
  g_assert_cmpint (count_rows (f->path, "case_file"), ==, cases_before + 1);
  g_assert_cmpint (count_rows (f->path, "partner"), >, 0);
  window = gui_show_window (f->app, store, f->settings);

  label = find_menu_label (main_menu (window), "win.back-up");
  g_assert_cmpstr (label, ==, "_Back Up…");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back-up", NULL));
  chooser = find_dialog (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (chooser)) == GTK_WINDOW (window));
  current = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (current, ==, suggested);
  /* Cancel writes nothing. */
  weak = GTK_WINDOW (chooser);
  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &weak);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  run_until_idle ();
  g_assert_null (weak);
  g_assert_cmpuint (count_files (folder), ==, 0);

  /* The file chosen (given directly, as the chooser's response does). */
  g_assert_true (ond_window_back_up (window, copy));
  g_assert_true (wait_for_label (GTK_WIDGET (window), "Backup saved as “kopie.db”"));
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (folder), ==, 1);
  assert_private (copy);
  g_assert_cmpint (count_rows (copy, "case_file"), ==, cases_before + 1);
  assert_same_rows (f->path, copy);
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));

  gui_close_window (window, store);
}

/* A backup that cannot be written shows why, and leaves nothing. */
static void
test_back_up_fails (GuiFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *missing_folder = g_build_filename (f->dir, "missing", NULL);
  g_autofree char *missing = g_build_filename (missing_folder, "plan-backup.db", NULL);
  g_autofree char *locked = g_build_filename (f->dir, "locked", NULL);
  g_autofree char *in_locked = g_build_filename (locked, "plan-backup.db", NULL);
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  AdwMessageDialog *dialog;

  g_assert_false (ond_window_back_up (window, missing));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Backup Failed");
  g_assert_true (strstr (adw_message_dialog_get_body (dialog), "plan-backup.db") != NULL);
  g_assert_false (any_label_contains (GTK_WIDGET (window), "Backup saved"));
  click_response (dialog, "_Close");
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (g_file_test (missing_folder, G_FILE_TEST_EXISTS));

  /* A folder that can be read but not written. */
  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (access (locked, W_OK) == 0)
    g_test_message ("Running as root: the read-only folder is writable, skipped");
  else
    {
      g_assert_false (ond_window_back_up (window, in_locked));
      dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
      g_assert_nonnull (dialog);
      g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Backup Failed");
      click_response (dialog, "_Close");
      g_assert_cmpuint (count_files (locked), ==, 0);
    }

  /* The database itself is refused, and stays as it was. */
  g_assert_false (ond_window_back_up (window, f->path));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (strstr (adw_message_dialog_get_body (dialog), "database itself") != NULL);
  click_response (dialog, "_Close");
  g_assert_cmpint (count_rows (f->path, "partner"), >, 0);

  gui_close_window (window, store);
}

/* Closing the window leaves one automatic backup more each time, with what it changed. */
static void
test_backup_on_close (GuiFixture    *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_strconcat (f->path, "-backups", NULL);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;
  gint64 cases_before = count_rows (f->path, "case_file");

  window = gui_show_window (f->app, store, f->settings);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  gui_close_window (window, store);

  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_files (folder), ==, 1);
  first = ond_store_list_backups (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 1);
  assert_private (g_ptr_array_index (first, 0));
  g_assert_cmpint (count_rows (g_ptr_array_index (first, 0), "case_file"), ==, cases_before);
  assert_same_rows (f->path, g_ptr_array_index (first, 0));

  /* A second window, on the same file again, registers a signal and is closed. */
  store = gui_open_store (f->path);
  window = gui_show_window (f->app, store, f->settings);
  store_add_case (store, "2024-06-11", "politie", NULL);
  g_assert_cmpuint (count_files (folder), ==, 1);
  gui_close_window (window, store);

  g_assert_cmpuint (count_files (folder), ==, 2);
  second = ond_store_list_backups (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (second->len, ==, 2);
  /* Newest first: the new one has the signal, the first one is as it was. */
  g_assert_cmpstr (g_ptr_array_index (second, 1), ==, g_ptr_array_index (first, 0));
  assert_private (g_ptr_array_index (second, 0));
  g_assert_cmpint (count_rows (g_ptr_array_index (second, 0), "case_file"), ==,
                   cases_before + 1);
  g_assert_cmpint (count_rows (g_ptr_array_index (second, 1), "case_file"), ==, cases_before);
  assert_same_rows (f->path, g_ptr_array_index (second, 0));
}

/* A read-only file: no automatic backup when the window closes; "Back Up…" still works. */
static void
test_read_only (GuiFixture    *f,
                gconstpointer  data)
{
  g_autofree char *folder = g_strconcat (f->path, "-backups", NULL);
  g_autofree char *copy = g_build_filename (f->dir, "by-hand.db", NULL);
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;

  store = gui_reopen_read_only (f, store);
  window = gui_show_window (f->app, store, f->settings);
  g_assert_true (ond_window_back_up (window, copy));
  g_assert_true (wait_for_label (GTK_WIDGET (window), "Backup saved as “by-hand.db”"));
  assert_private (copy);
  assert_same_rows (f->path, copy);
  gui_close_read_only (f, window, store);

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* The titles of the shown rows of @dialog's list, in order. */
static GPtrArray *
backup_rows (GtkWidget *dialog)
{
  g_autoptr(GPtrArray) rows = find_all (dialog, ADW_TYPE_ACTION_ROW);
  GPtrArray *shown = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (rows, i)))
      g_ptr_array_add (shown, g_ptr_array_index (rows, i));
  return shown;
}

static char *
local_title (const char *backup)
{
  g_autoptr(GDateTime) utc = ond_store_backup_get_time (backup);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);

  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}

/* Restore: the backups listed newest first, the older one chosen; the window opens again on
 * it, and the file it replaced is kept aside, whole. */
static void
test_restore (GuiFixture    *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *first_title = NULL;
  g_autofree char *second_title = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  OndStore *store = gui_open_store (f->path);
  OndStore *new_store;
  OndWindow *window;
  OndWindow *new_window;
  OndWindow *weak_window;
  GtkWidget *weak_reports;
  AdwMessageDialog *dialog;
  GtkWidget *check;
  gint64 cases_before = count_rows (f->path, "case_file");
  char *path;

  /* Two backups: before and after a signal; then another signal after both. */
  path = ond_store_backup_auto (store, &error);
  g_assert_no_error (error);
  g_free (path);
  store_add_case (store, "2024-06-11", "politie", NULL);
  path = ond_store_backup_auto (store, &error);
  g_assert_no_error (error);
  g_free (path);
  store_add_case (store, "2024-06-12", "politie", NULL);
  g_assert_cmpint (count_rows (f->path, "case_file"), ==, cases_before + 2);
  backups = ond_store_list_backups (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 2);
  first_title = local_title (g_ptr_array_index (backups, 1));
  second_title = local_title (g_ptr_array_index (backups, 0));

  window = gui_show_window (f->app, store, f->settings);
  {
    g_autofree char *label = find_menu_label (main_menu (window), "win.restore-backup");

    g_assert_cmpstr (label, ==, "_Restore from Backup…");
  }

  /* Cancel changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", NULL));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (strstr (adw_message_dialog_get_body (dialog), "kept aside") != NULL);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "restore"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  rows = backup_rows (GTK_WIDGET (dialog));
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                   second_title);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 1)), ==,
                   first_title);
  click_response (dialog, "_Cancel");
  g_assert_true (find_window (OND_TYPE_WINDOW) == window);
  g_assert_cmpint (count_rows (f->path, "case_file"), ==, cases_before + 2);

  /* The older one, restored, while the council reports window is open. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.council-reports", NULL));
  run_until_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", NULL));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = backup_rows (GTK_WIDGET (dialog));
  check = find_first (g_ptr_array_index (rows, 1), GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  weak_window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak_window);
  /* A council reports window open on the file goes with its main window: none is left
   * working on the closed store (which the finalize below proves). */
  weak_reports = GTK_WIDGET (find_window (OND_TYPE_COUNCIL_REPORTS_WINDOW));
  g_assert_nonnull (weak_reports);
  g_object_add_weak_pointer (G_OBJECT (weak_reports), (gpointer *) &weak_reports);
  click_response (dialog, "_Restore");
  for (int i = 0; i < 100 && (weak_window != NULL || weak_reports != NULL); i++)
    run_until_idle ();
  g_assert_null (weak_window);
  g_assert_null (weak_reports);
  g_assert_finalize_object (store);

  new_window = find_window (OND_TYPE_WINDOW);
  g_assert_nonnull (new_window);
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Backup Restored");
  g_assert_true (strstr (adw_message_dialog_get_body (dialog), f->dir) != NULL);
  click_response (dialog, "_Close");

  g_assert_cmpint (count_rows (f->path, "case_file"), ==, cases_before);
  assert_private (f->path);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "plan.db.voor-herstel-"))
      {
        g_assert_null (kept);
        kept = g_build_filename (f->dir, name, NULL);
      }
  g_assert_nonnull (kept);
  g_assert_cmpint (count_rows (kept, "case_file"), ==, cases_before + 2);
  /* No automatic backup by the window that went. */
  after = ond_store_list_backups (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 2);

  new_store = g_object_ref (ond_window_get_store (new_window));
  g_assert_cmpstr (ond_store_get_path (new_store), ==, f->path);
  gui_close_window (new_window, new_store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Backup");
  gui_test_add ("/backup-gui/menu", test_back_up_from_menu);
  gui_test_add ("/backup-gui/fails", test_back_up_fails);
  gui_test_add ("/backup-gui/on-close", test_backup_on_close);
  gui_test_add ("/backup-gui/read-only", test_read_only);
  gui_test_add ("/backup-gui/restore", test_restore);
  return gui_test_run ();
}
