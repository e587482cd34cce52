/* test-copy-in-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window and an empty team database (issue 9): the database is filled by copying a
 * file in; a file that is not a database is refused and nothing is written, the window
 * answers while it copies and the bar of its progress rises, and Cancel leaves the team
 * database as it was. The "Connect to Team Server…" dialog and the bar of a lost
 * connection: test-connect-gui.c.
 * Every test needs the private test cluster of `make check` (OND_TEST_PG) and is skipped
 * without it. The application is an OndApplication of its own (test-connect-gui-util.c). */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ond-application-private.h"
#include "ond-gui-test-util.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-connect-gui-util.h"

/* The file chooser GtkFileChooserNative shows outside a sandbox; waits up to 5 s. */
static GtkFileChooser *
wait_for_file_chooser (void)
{
  gint64 end = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  while (g_get_monotonic_time () < end)
    {
      g_autoptr(GList) windows = gtk_window_list_toplevels ();

      for (const GList *l = windows; l != NULL; l = l->next)
        if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_visible (l->data))
          return l->data;
      g_main_context_iteration (NULL, FALSE);
    }
  return NULL;
}

/* Chooses @path in the file chooser of "Copy a File In…". */
static void
choose_file (const char *path)
{
  GtkFileChooser *chooser = wait_for_file_chooser ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gint64 end = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  g_assert_nonnull (chooser);
  gtk_file_chooser_set_file (chooser, file, &error);
  g_assert_no_error (error);
  /* The chooser selects the file once it has read its folder. */
  while (g_get_monotonic_time () < end)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (chooser);

      if (chosen != NULL && g_file_equal (chosen, file))
        break;
      g_main_context_iteration (NULL, FALSE);
    }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

static gint64
file_count (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* An empty team database offers to copy a file in: a file that is not a database is
 * refused and nothing is written; the user's file is copied whole and the team database
 * opens in a window. */
static void
test_copy_file_in (void)
{
  const char *conninfo = g_getenv ("OND_TEST_PG");
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *not_db = NULL;
  g_autoptr(OndStore) file = NULL;
  AdwMessageDialog *offer;
  AdwMessageDialog *failure;
  OndWindow *window;

  if (conninfo == NULL)
    {
      g_test_skip ("no PostgreSQL test cluster (OND_TEST_PG): run through make check");
      return;
    }
  uri = ond_test_pg_new_empty ();
  dir = g_dir_make_tmp ("ond-test-connect-gui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "dordrecht.db", NULL);
  not_db = g_build_filename (dir, "notes.db", NULL);
  g_assert_true (g_file_set_contents (not_db, "geen database", -1, NULL));
  file = ond_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_add_area (file, "Wielwijk-Noord", TRUE, &error), >, 0);
  g_assert_no_error (error);
  ond_store_close (file);

  /* A file that is not a database: refused, the server stays empty. */
  _ond_application_open (app, uri, NULL);
  offer = wait_for_message ("The Team Database Is Empty");
  click_response (offer, "Copy a _File In…");
  choose_file (not_db);
  failure = wait_for_message ("The File Could Not Be Copied In");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (failure), "Nothing was written"));
  click_response (failure, "_Close");
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM plan", 0), ==, 0);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==, 0);
  g_assert_cmpuint (count_main_windows (), ==, 0);

  /* The user's file: copied, and the team database opens on it. */
  _ond_application_open (app, uri, NULL);
  offer = wait_for_message ("The Team Database Is Empty");
  click_response (offer, "Copy a _File In…");
  choose_file (path);
  window = wait_for_main_window ();
  g_assert_nonnull (window);
  g_assert_true (ond_store_is_server (ond_window_get_store (window)));
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM plan", 0), ==,
                   file_count (path, "SELECT count(*) FROM plan"));
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM action", 0), ==,
                   file_count (path, "SELECT count(*) FROM action"));
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==,
                   file_count (path, "SELECT count(*) FROM area"));
  g_assert_cmpint (ond_test_pg_int_for_text (uri, "SELECT count(*) FROM area WHERE name = ?",
                                             "Wielwijk-Noord"), ==, 1);

  close_main_window (window);
  ond_test_pg_drop_database (uri);
  ond_test_remove_db (path);
  g_remove (not_db);
  g_rmdir (dir);
}

/* A file of the user's with @n_areas areas beside the seeded plan: a copy of a few seconds.
 * Its path, in the new folder *@dir. */
static char *
make_big_file (char **dir,
               int    n_areas)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) file = NULL;
  g_autofree char *sql = NULL;
  char *path;
  sqlite3 *db = NULL;

  *dir = g_dir_make_tmp ("ond-test-connect-gui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "dordrecht.db", NULL);
  file = ond_store_open (path, &error);
  g_assert_no_error (error);
  ond_store_close (file);
  sql = g_strdup_printf ("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                         " WHERE i < %d) INSERT INTO area (name, position)"
                         " SELECT 'Buurt ' || i, 1000 + i FROM n", n_areas);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (file_count (path, "SELECT count(*) FROM area"), >=, n_areas);
  return path;
}

/* Every table of the server database @uri with its number of rows, counted with plain SQL. */
static char *
server_counts (const char *uri)
{
  g_autoptr(GPtrArray) tables = ond_test_pg_table (uri, "SELECT table_name"
                                                        " FROM information_schema.tables"
                                                        " WHERE table_schema = 'public'"
                                                        " AND table_type = 'BASE TABLE'"
                                                        " ORDER BY table_name", NULL);
  GString *counts = g_string_new (NULL);

  g_assert_cmpuint (tables->len, >=, 55);
  for (guint i = 0; i < tables->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (tables, i);
      const char *table = g_ptr_array_index (row, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

      g_string_append_printf (counts, "%s %" G_GINT64_FORMAT "\n", table,
                              ond_test_pg_int (uri, sql, 0));
    }
  return g_string_free (counts, FALSE);
}

static gboolean
tick_cb (gpointer user_data)
{
  guint *ticks = user_data;

  (*ticks)++;
  return G_SOURCE_CONTINUE;
}

/* The copy runs beside the main loop: the window answers (a timer of the main loop goes on
 * ticking, every iteration is short) while the bar of the busy dialog rises, table by table,
 * and the team database opens when it is done. */
static void
test_copy_in_progress (void)
{
  g_autofree char *uri = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  AdwMessageDialog *offer;
  AdwMessageDialog *busy;
  GtkWindow *weak_busy;
  GtkProgressBar *bar;
  OndWindow *window = NULL;
  gint64 end;
  gint64 longest = 0;
  double last = 0;
  guint rises = 0;
  guint ticks = 0;
  guint tick_source;
  gboolean named_table = FALSE;

  if (g_getenv ("OND_TEST_PG") == NULL)
    {
      g_test_skip ("no PostgreSQL test cluster (OND_TEST_PG): run through make check");
      return;
    }
  uri = ond_test_pg_new_empty ();
  path = make_big_file (&dir, 6000);

  _ond_application_open (app, uri, NULL);
  offer = wait_for_message ("The Team Database Is Empty");
  click_response (offer, "Copy a _File In…");
  choose_file (path);
  busy = wait_for_message ("Copying the File In…");
  bar = find_first (GTK_WIDGET (busy), GTK_TYPE_PROGRESS_BAR);
  g_assert_nonnull (bar);
  g_assert_nonnull (find_button (GTK_WIDGET (busy), "_Cancel"));
  weak_busy = GTK_WINDOW (busy);
  g_object_add_weak_pointer (G_OBJECT (busy), (gpointer *) &weak_busy);

  tick_source = g_timeout_add (20, tick_cb, &ticks);
  end = g_get_monotonic_time () + 120 * G_TIME_SPAN_SECOND;
  while (weak_busy != NULL && g_get_monotonic_time () < end)
    {
      gint64 start = g_get_monotonic_time ();
      double fraction = gtk_progress_bar_get_fraction (bar);
      const char *text = gtk_progress_bar_get_text (bar);

      g_assert_cmpfloat (fraction, >=, last);
      if (fraction > last)
        rises++;
      last = fraction;
      if (text != NULL && g_str_has_prefix (text, "Table ") && strstr (text, " of ") != NULL)
        named_table = TRUE;
      g_main_context_iteration (NULL, TRUE);
      /* The iteration that ends the copy opens the team window: not counted. */
      if (weak_busy != NULL)
        longest = MAX (longest, g_get_monotonic_time () - start);
    }
  g_source_remove (tick_source);
  g_assert_null (weak_busy);
  g_test_message ("%u rises of the bar, %u ticks, longest iteration %" G_GINT64_FORMAT " ms",
                  rises, ticks, longest / 1000);
  g_assert_cmpuint (rises, >=, 5);
  g_assert_true (named_table);
  g_assert_cmpuint (ticks, >=, 10);
  g_assert_cmpint (longest, <, G_TIME_SPAN_SECOND / 2);

  window = wait_for_main_window ();
  g_assert_nonnull (window);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==,
                   file_count (path, "SELECT count(*) FROM area"));
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM plan", 0), ==,
                   file_count (path, "SELECT count(*) FROM plan"));

  close_main_window (window);
  ond_test_pg_drop_database (uri);
  ond_test_remove_db (path);
  g_rmdir (dir);
}

/* Cancel while it copies: the dialog says it cancels and goes once the copy has stopped; no
 * error dialog, no window, the team database holds what it held, and its choices are
 * offered again. */
static void
test_copy_in_cancel (void)
{
  g_autofree char *uri = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *offer;
  AdwMessageDialog *busy;
  GtkWindow *weak_busy;
  GtkProgressBar *bar;
  GtkWidget *cancel;
  gint64 end;

  if (g_getenv ("OND_TEST_PG") == NULL)
    {
      g_test_skip ("no PostgreSQL test cluster (OND_TEST_PG): run through make check");
      return;
    }
  uri = ond_test_pg_new_empty ();
  path = make_big_file (&dir, 4000);
  before = server_counts (uri);

  _ond_application_open (app, uri, NULL);
  offer = wait_for_message ("The Team Database Is Empty");
  click_response (offer, "Copy a _File In…");
  choose_file (path);
  busy = wait_for_message ("Copying the File In…");
  bar = find_first (GTK_WIDGET (busy), GTK_TYPE_PROGRESS_BAR);
  weak_busy = GTK_WINDOW (busy);
  g_object_add_weak_pointer (G_OBJECT (busy), (gpointer *) &weak_busy);

  /* Some rows are copied (the bar has moved), not all. */
  end = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;
  while (weak_busy != NULL && gtk_progress_bar_get_fraction (bar) < 0.1 &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (weak_busy);
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (bar), <, 0.8);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==, 0);

  cancel = find_button (GTK_WIDGET (busy), "_Cancel");
  g_assert_nonnull (cancel);
  g_assert_true (gtk_widget_is_sensitive (cancel));
  /* As a click does (an activation would click only after showing the press). */
  g_signal_emit_by_name (cancel, "clicked");
  if (weak_busy != NULL)
    {
      g_assert_cmpstr (gtk_progress_bar_get_text (bar), ==, "Cancelling…");
      g_assert_false (adw_message_dialog_get_response_enabled (busy, "cancel"));
    }
  end = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;
  while (weak_busy != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (weak_busy);
  run_until_idle ();

  /* No error for the user's own cancel, no window, nothing written: the choices again. */
  offer = wait_for_message ("The Team Database Is Empty");
  {
    g_autoptr(GList) windows = gtk_window_list_toplevels ();

    for (const GList *l = windows; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
          l->data != (gpointer) offer)
        g_error ("a dialog is shown after the cancel: %s",
                 adw_message_dialog_get_heading (l->data));
  }
  g_assert_cmpuint (count_main_windows (), ==, 0);
  after = server_counts (uri);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==, 0);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM plan", 0), ==, 0);
  click_response (offer, "_Close");
  g_assert_cmpuint (count_main_windows (), ==, 0);

  ond_test_pg_drop_database (uri);
  ond_test_remove_db (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  connect_gui_init (&argc, &argv);
  g_test_add_func ("/connect/copy-file-in", test_copy_file_in);
  g_test_add_func ("/connect/copy-in-progress", test_copy_in_progress);
  g_test_add_func ("/connect/copy-in-cancel", test_copy_in_cancel);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
