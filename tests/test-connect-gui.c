/* test-connect-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window and a team server (issue 9): the main menu's "Connect to Team Server…" dialog
 * (what enables Connect, the address it makes, what it remembers and never the password),
 * a database opened through it in a new window of the application, a wrong database name
 * refused with the error dialog of the start, and the bar that says the connection is lost
 * until the store has it again. An empty team database filled by copying a file in:
 * test-copy-in-gui.c.
 * The tests on the server need the private test cluster of `make check` (OND_TEST_PG) and
 * are skipped without it. The application is an OndApplication of its own
 * (test-connect-gui-util.c). */

#include "config.h"

#include <libpq-fe.h>
#include <string.h>

#include "ond-application-private.h"
#include "ond-connect-dialog.h"
#include "ond-gui-test-util.h"
#include "ond-store-watch.h"
#include "ond-test-pg.h"
#include "ond-window-private.h"
#include "test-connect-gui-util.h"

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
  int status;

  connect_gui_init (&argc, &argv);
  g_test_add_func ("/connect/dialog-fields", test_dialog_fields);
  g_test_add_func ("/connect/opens-window", test_connect_opens_window);
  g_test_add_func ("/connect/connection-lost-bar", test_connection_lost_bar);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
