/* test-connect-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window and a team server (issue 9): the main menu's "Connect to Team Server…" dialog
 * (what enables Connect, the address it makes, what it remembers and never the password),
 * a database opened through it in a new window of the application, a wrong database name
 * refused with the error dialog of the start, an empty team database filled by copying a
 * file in (the window answering while it copies, its progress rising; Cancel leaves the team
 * database as it was), and the bar that says the connection is lost until the store has it
 * again.
 * The tests on the server need the private test cluster of `make check` (OND_TEST_PG) and
 * are skipped without it. The application is an OndApplication of its own (not the test
 * util's plain one): what is tested is its way of opening a database. */

#include "config.h"

#include <glib/gstdio.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <string.h>

#include "ond-application-private.h"
#include "ond-connect-dialog.h"
#include "ond-gui-test-util.h"
#include "ond-store-watch.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "ond-window-private.h"

static OndApplication *app;

/* The value of @keyword in the conninfo or URI @conninfo (transfer full). */
static char *
conninfo_value (const char *conninfo,
                const char *keyword)
{
  PQconninfoOption *options = PQconninfoParse (conninfo, NULL);
  char *value = NULL;

  g_assert_nonnull (options);
  for (PQconninfoOption *o = options; o->keyword != NULL; o++)
    if (strcmp (o->keyword, keyword) == 0 && o->val != NULL)
      value = g_strdup (o->val);
  PQconninfoFree (options);
  return value;
}

static AdwEntryRow *
dialog_row (gpointer    dialog,
            const char *title)
{
  AdwEntryRow *row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return row;
}

static void
set_row (gpointer    dialog,
         const char *title,
         const char *text)
{
  AdwEntryRow *row = dialog_row (dialog, title);

  /* As a user does: into the field, then type. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  run_until_idle ();
}

static const char *
row_value (gpointer    dialog,
           const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (dialog_row (dialog, title)));
}

static gboolean
connect_enabled (gpointer dialog)
{
  return adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "connect");
}

/* The menu's action: the dialog it shows. */
static OndConnectDialog *
open_connect_dialog (void)
{
  OndConnectDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (app), "connect-server", NULL);
  dialog = find_dialog (OND_TYPE_CONNECT_DIALOG);
  g_assert_nonnull (dialog);
  run_until_idle ();
  return dialog;
}

static guint
count_main_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (OND_IS_WINDOW (l->data))
      n++;
  return n;
}

/* The main window the application opened, waiting for it up to 20 s. */
static OndWindow *
wait_for_main_window (void)
{
  gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (g_get_monotonic_time () < end)
    {
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;
           l = l->next)
        if (OND_IS_WINDOW (l->data) && gtk_widget_get_mapped (l->data))
          {
            run_until_idle ();
            return l->data;
          }
      g_main_context_iteration (NULL, FALSE);
    }
  return NULL;
}

static void
close_main_window (OndWindow *window)
{
  OndWindow *weak = window;
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  while (weak != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (weak);
}

/* The message dialog shown with @heading; fails if none comes within 10 s. */
static AdwMessageDialog *
wait_for_message (const char *heading)
{
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  while (g_get_monotonic_time () < end)
    {
      g_autoptr(GList) windows = gtk_window_list_toplevels ();

      for (const GList *l = windows; l != NULL; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) && !OND_IS_CONNECT_DIALOG (l->data) &&
            gtk_widget_get_visible (l->data) &&
            g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
          return l->data;
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_not_reached ();
  return NULL;
}

/* What enables Connect, and the address the dialog makes; needs no server. */
static void
test_dialog_fields (void)
{
  GSettings *settings = ond_application_get_settings (app);
  OndConnectDialog *dialog;
  AdwEntryRow *port;
  g_autofree char *uri = NULL;
  g_autofree char *address = NULL;
  g_autofree char *service = NULL;

  g_settings_reset (settings, "server-host");
  g_settings_reset (settings, "server-port");
  g_settings_reset (settings, "server-database");
  g_settings_reset (settings, "server-user");
  dialog = open_connect_dialog ();

  /* Mnemonic titles, shown without their underscore; the port is the default one. */
  g_assert_true (has_label (GTK_WIDGET (dialog), "Server"));
  g_assert_true (has_label (GTK_WIDGET (dialog), "Database"));
  g_assert_cmpstr (row_value (dialog, "_Port"), ==, "5432");
  g_assert_false (connect_enabled (dialog));
  g_assert_null (ond_connect_dialog_dup_uri (dialog));

  set_row (dialog, "_Server", "db.dordrecht.nl");
  g_assert_false (connect_enabled (dialog));
  set_row (dialog, "_Database", "  ondermijning ");
  g_assert_true (connect_enabled (dialog));
  set_row (dialog, "_User Name", "j.de vries");
  set_row (dialog, "Pass_word", "ge:heim@1");
  uri = ond_connect_dialog_dup_uri (dialog);
  g_assert_cmpstr (uri, ==,
                   "postgresql://j.de%20vries:ge%3Aheim%401@db.dordrecht.nl:5432/ondermijning");

  /* A port that is not one: marked, and Connect is off. */
  port = dialog_row (dialog, "_Port");
  set_row (dialog, "_Port", "54x2");
  g_assert_false (connect_enabled (dialog));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (port), "error"));
  set_row (dialog, "_Port", "70000");
  g_assert_false (connect_enabled (dialog));
  set_row (dialog, "_Port", "");
  g_assert_true (connect_enabled (dialog));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (port), "error"));

  /* An address takes the place of the fields. */
  set_row (dialog, "_Database", "");
  g_assert_false (connect_enabled (dialog));
  set_row (dialog, "_Address or Service", "postgresql://team.dordrecht.nl/ond?sslmode=require");
  g_assert_true (connect_enabled (dialog));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (dialog_row (dialog, "_Server"))));
  address = ond_connect_dialog_dup_uri (dialog);
  g_assert_cmpstr (address, ==, "postgresql://team.dordrecht.nl/ond?sslmode=require");
  set_row (dialog, "_Address or Service", "ondermijning team");
  service = ond_connect_dialog_dup_uri (dialog);
  g_assert_cmpstr (service, ==, "postgresql:///?service=ondermijning%20team");

  /* Cancel remembers nothing. */
  click_response (dialog, "_Cancel");
  g_assert_cmpstr (g_settings_get_string (settings, "server-host"), ==, "");
  g_assert_cmpuint (count_main_windows (), ==, 0);
}

/* Connecting with the fields opens the database in a window, as --database does; the
 * fields, not the password, are remembered for next time; a wrong database name is refused
 * with the error dialog of the start, and no window opens. */
static void
test_connect_opens_window (void)
{
  const char *conninfo = g_getenv ("OND_TEST_PG");
  g_autofree char *uri = NULL;
  g_autofree char *dbname = NULL;
  g_autofree char *host = NULL;
  g_autofree char *port = NULL;
  g_autofree char *user = NULL;
  g_autofree char *title = NULL;
  GSettings *settings = ond_application_get_settings (app);
  OndConnectDialog *dialog;
  AdwMessageDialog *refusal;
  OndWindow *window;
  OndStore *store;

  if (conninfo == NULL)
    {
      g_test_skip ("no PostgreSQL test cluster (OND_TEST_PG): run through make check");
      return;
    }
  uri = ond_test_pg_new_database ();
  dbname = conninfo_value (uri, "dbname");
  host = conninfo_value (conninfo, "host");
  port = conninfo_value (conninfo, "port");
  user = conninfo_value (conninfo, "user");
  g_assert_true (host != NULL && host[0] == '/');

  dialog = open_connect_dialog ();
  set_row (dialog, "_Server", host);
  set_row (dialog, "_Port", port != NULL ? port : "5432");
  set_row (dialog, "_Database", dbname);
  set_row (dialog, "_User Name", user != NULL ? user : "");
  set_row (dialog, "Pass_word", "geheim-7f3a");
  click_response (dialog, "Co_nnect");

  window = wait_for_main_window ();
  g_assert_nonnull (window);
  store = ond_window_get_store (window);
  g_assert_true (ond_store_is_server (store));
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM pg_stat_activity"
                                         " WHERE datname = current_database ()"
                                         " AND pid <> pg_backend_pid ()", 0), >=, 1);
  g_assert_cmpstr (conninfo_value (ond_store_get_path (store), "dbname"), ==, dbname);
  g_assert_false (gtk_info_bar_get_revealed (window->connection_bar));
  /* The password is in no title and no setting. */
  title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_assert_null (strstr (title != NULL ? title : "", "geheim"));
  g_assert_cmpstr (g_settings_get_string (settings, "server-host"), ==, host);
  g_assert_cmpstr (g_settings_get_string (settings, "server-database"), ==, dbname);
  g_assert_cmpuint (g_settings_get_uint (settings, "server-port"), ==,
                    port != NULL ? (guint) g_ascii_strtoull (port, NULL, 10) : 5432);
  {
    g_autofree char *server_user = g_settings_get_string (settings, "server-user");

    g_assert_cmpstr (server_user, ==, user != NULL ? user : "");
  }

  /* Next time the fields are filled in, the password is not; a wrong database name. */
  dialog = open_connect_dialog ();
  g_assert_cmpstr (row_value (dialog, "_Server"), ==, host);
  g_assert_cmpstr (row_value (dialog, "_Database"), ==, dbname);
  g_assert_cmpstr (row_value (dialog, "Pass_word"), ==, "");
  g_assert_true (connect_enabled (dialog));
  set_row (dialog, "_Database", "ond_no_such_database");
  click_response (dialog, "Co_nnect");
  refusal = wait_for_message ("No Connection to the Team Server");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (refusal), "ond_no_such_database"));
  g_assert_cmpuint (count_main_windows (), ==, 1);
  click_response (refusal, "_Close");

  close_main_window (window);
  ond_test_pg_drop_database (uri);
}

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

/* The window says when the connection to its team server is lost, keeps what it shows,
 * and the bar goes once the store's watch connected again. */
static void
test_connection_lost_bar (void)
{
  const char *conninfo = g_getenv ("OND_TEST_PG");
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *dbname = NULL;
  g_autofree char *refuse = NULL;
  g_autofree char *allow = NULL;
  g_autofree char *cut = NULL;
  OndWindow *window;
  g_autofree char *section = NULL;

  if (conninfo == NULL)
    {
      g_test_skip ("no PostgreSQL test cluster (OND_TEST_PG): run through make check");
      return;
    }
  uri = ond_test_pg_new_database ();
  dbname = conninfo_value (uri, "dbname");
  refuse = g_strdup_printf ("ALTER DATABASE %s ALLOW_CONNECTIONS false", dbname);
  allow = g_strdup_printf ("ALTER DATABASE %s ALLOW_CONNECTIONS true", dbname);
  cut = g_strdup_printf ("SELECT pg_terminate_backend (pid) FROM pg_stat_activity"
                         " WHERE datname = '%s'", dbname);
  _ond_application_open (app, uri, NULL);
  window = wait_for_main_window ();
  g_assert_nonnull (window);
  section = g_strdup (ond_window_get_section (window));
  g_assert_false (gtk_info_bar_get_revealed (window->connection_bar));

  ond_test_pg_exec (conninfo, refuse);
  ond_test_pg_exec (conninfo, cut);
  ond_store_check_outside_changes (ond_window_get_store (window));
  run_until_idle ();
  g_assert_true (gtk_info_bar_get_revealed (window->connection_bar));
  g_assert_true (any_label_contains (GTK_WIDGET (window),
                                     "The connection to the team server is lost"));
  g_assert_cmpstr (ond_window_get_section (window), ==, section);

  ond_test_pg_exec (conninfo, allow);
  ond_store_check_outside_changes (ond_window_get_store (window));
  run_until_idle ();
  g_assert_false (gtk_info_bar_get_revealed (window->connection_bar));

  close_main_window (window);
  ond_test_pg_drop_database (uri);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  app = g_object_new (OND_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID ".TestConnect",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", RESOURCE_BASE,
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/connect/dialog-fields", test_dialog_fields);
  g_test_add_func ("/connect/opens-window", test_connect_opens_window);
  g_test_add_func ("/connect/copy-file-in", test_copy_file_in);
  g_test_add_func ("/connect/copy-in-progress", test_copy_in_progress);
  g_test_add_func ("/connect/copy-in-cancel", test_copy_in_cancel);
  g_test_add_func ("/connect/connection-lost-bar", test_connection_lost_bar);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
