/* test-server.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A database on a team server (issue 9): setting up an empty one, opening it, seeding the
 * plan, and every refusal (a wrong address, a server that cannot be reached, a database of
 * another application or of a newer version, a file-only operation) with a clear error and
 * nothing changed. Runs on the private test cluster of `make check` (suite pg).
 */

#include "config.h"

#include <libpq-fe.h>
#include <sqlite3.h>
#include <string.h>

#include "ond-area.h"
#include "ond-pg.h"
#include "ond-store-backup.h"
#include "ond-store-watch.h"
#include "ond-store.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"

/* The tables of the public schema and their row counts, as one text: what "nothing
 * changed" is compared on. */
static char *
server_state (const char *uri)
{
  g_autofree char *tables = ond_test_pg_rows (uri,
                                              "SELECT table_name FROM information_schema.tables"
                                              " WHERE table_schema = 'public'"
                                              " ORDER BY table_name");
  g_auto(GStrv) names = g_strsplit (tables, "|\n", -1);
  GString *state = g_string_new (tables);

  for (guint i = 0; names[i] != NULL && names[i][0] != '\0'; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", names[i]);

      g_string_append_printf (state, "%s=%" G_GINT64_FORMAT "\n", names[i],
                              ond_test_pg_int (uri, sql, 0));
    }
  return g_string_free (state, FALSE);
}

static void
test_init_open_seed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *uri = ond_test_pg_new_blank ();
  g_autofree char *before = NULL;
  int found = -1;
  gboolean empty = FALSE;

  /* Not set up: refused, and opening it created nothing. */
  store = ond_store_open (uri, &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA);
  g_assert_null (store);
  g_assert_true (strstr (error->message, "--init-server") != NULL);
  g_clear_error (&error);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM information_schema.tables"
                                         " WHERE table_schema = 'public'", 0), ==, 0);

  /* Set up: the schema, without data. */
  g_assert_true (ond_store_init_server (uri, &found, &error));
  g_assert_no_error (error);
  g_assert_cmpint (found, ==, 0);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM plan", 0), ==, 0);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT schema_version FROM ond_database", 0), ==,
                   OND_STORE_SCHEMA_VERSION);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT application_id FROM ond_database", 0), ==,
                   OND_STORE_APPLICATION_ID);

  /* Again: nothing changes, and it says so. */
  before = server_state (uri);
  g_assert_true (ond_store_init_server (uri, &found, &error));
  g_assert_no_error (error);
  g_assert_cmpint (found, ==, OND_STORE_SCHEMA_VERSION);
  {
    g_autofree char *after = server_state (uri);

    g_assert_cmpstr (after, ==, before);
  }

  /* Opened: empty, until the plan is seeded; a second seed is refused. */
  store = ond_store_open (uri, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_server (store));
  g_assert_true (ond_store_is_empty (store, &empty, &error));
  g_assert_true (empty);
  g_assert_true (ond_store_seed_plan (store, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_is_empty (store, &empty, &error));
  g_assert_false (empty);
  g_free (before);
  before = server_state (uri);
  g_assert_false (ond_store_seed_plan (store, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *state = server_state (uri);

    g_assert_cmpstr (state, ==, before);
  }

  g_clear_object (&store);
  ond_test_pg_drop_database (uri);
}

/* The seeded plan on the server is the plan of a new file, table by table. */
static void
test_seed_matches_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) file_store = NULL;
  g_autofree char *dir = ond_test_make_dir ("ond-test-server");
  g_autofree char *path = g_build_filename (dir, "plan.db", NULL);
  g_autofree char *uri = ond_test_pg_new_database ();
  g_autofree char *tables = NULL;
  g_auto(GStrv) names = NULL;
  sqlite3 *db = NULL;
  guint n_tables = 0;

  file_store = ond_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&file_store);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  tables = ond_test_pg_rows (uri, "SELECT table_name FROM information_schema.tables"
                                  " WHERE table_schema = 'public' AND table_name <> 'ond_database'"
                                  " ORDER BY table_name");
  names = g_strsplit (tables, "|\n", -1);
  for (guint i = 0; names[i] != NULL && names[i][0] != '\0'; i++)
    {
      /* Every column as text in a fixed order: the same in both. */
      g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s", names[i]);
      sqlite3_stmt *stmt = NULL;
      gint64 in_file = -1;

      g_assert_cmpint (sqlite3_prepare_v2 (db, count_sql, -1, &stmt, NULL), ==, SQLITE_OK);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        in_file = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      g_test_message ("%s: %" G_GINT64_FORMAT, names[i], in_file);
      g_assert_cmpint (ond_test_pg_int (uri, count_sql, 0), ==, in_file);
      n_tables++;
    }
  g_assert_cmpuint (n_tables, >=, 50);

  /* And the texts of the plan itself, in order. */
  {
    const char *sql = "SELECT number, name, objective FROM pillar ORDER BY number";
    g_autofree char *on_server = ond_test_pg_rows (uri, sql);
    GString *in_file = g_string_new (NULL);
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_string_append_printf (in_file, "%s|%s|%s|\n", sqlite3_column_text (stmt, 0),
                              sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2));
    sqlite3_finalize (stmt);
    g_assert_cmpstr (on_server, ==, in_file->str);
    g_string_free (in_file, TRUE);
  }

  sqlite3_close (db);
  ond_test_pg_drop_database (uri);
  ond_test_remove_tree (dir);
}

static void
test_foreign (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *uri = ond_test_pg_new_blank ();
  g_autofree char *before = NULL;
  int found = -1;

  ond_test_pg_exec (uri, "CREATE TABLE invoices (id integer, total numeric)");
  before = server_state (uri);

  store = ond_store_open (uri, &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FOREIGN);
  g_assert_null (store);
  g_clear_error (&error);

  g_assert_false (ond_store_init_server (uri, &found, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FOREIGN);
  g_clear_error (&error);
  {
    g_autofree char *state = server_state (uri);

    g_assert_cmpstr (state, ==, before);
  }

  /* A version table of another application. */
  ond_test_pg_exec (uri, "DROP TABLE invoices;"
                         "CREATE TABLE ond_database (application_id BIGINT NOT NULL,"
                         "  schema_version BIGINT NOT NULL, created_at TEXT NOT NULL);"
                         "INSERT INTO ond_database VALUES (42, 1, '2026-01-01T00:00:00')");
  store = ond_store_open (uri, &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FOREIGN);
  g_assert_null (store);
  ond_test_pg_drop_database (uri);
}

static void
test_newer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *uri = ond_test_pg_new_database ();
  g_autofree char *before = NULL;
  int found = -1;

  ond_test_pg_exec (uri, "UPDATE ond_database SET schema_version = schema_version + 1");
  before = server_state (uri);

  store = ond_store_open (uri, &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEWER);
  g_assert_null (store);
  g_clear_error (&error);
  g_assert_false (ond_store_init_server (uri, &found, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEWER);
  g_assert_cmpint (found, ==, OND_STORE_SCHEMA_VERSION + 1);
  {
    g_autofree char *after = server_state (uri);

    g_assert_cmpstr (after, ==, before);
  }
  ond_test_pg_drop_database (uri);
}

/* Addresses that lead nowhere: a clear error that names the database, never a password. */
static void
test_bad_addresses (void)
{
  const char *base = g_getenv ("OND_TEST_PG");
  g_autofree char *host = NULL;
  g_autofree char *missing_db = NULL;
  g_autofree char *unknown_user = NULL;
  g_auto(GStrv) words = g_strsplit (base, " ", -1);
  struct {
    const char *uri;
    const char *needle;
  } cases[] = {
    { "postgresql://user:geheim@[broken", "address is not valid" },
    { "postgresql:///ondermijning?host=/nonexistent-folder&password=geheim",
      "Could not connect" },
    { NULL, "Could not connect" },
    { NULL, "Could not connect" },
  };

  for (guint i = 0; words[i] != NULL; i++)
    if (g_str_has_prefix (words[i], "host="))
      host = g_uri_escape_string (words[i] + 5, NULL, FALSE);
  g_assert_nonnull (host);
  missing_db = g_strdup_printf ("postgresql:///no_such_database?host=%s&user=postgres", host);
  unknown_user = g_strdup_printf ("postgresql:///postgres?host=%s&user=no_such_person", host);
  cases[2].uri = missing_db;
  cases[3].uri = unknown_user;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OndStore) store = ond_store_open (cases[i].uri, &error);
      int found = -1;

      g_test_message ("%s: %s", cases[i].uri, error != NULL ? error->message : "(opened)");
      g_assert_null (store);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION);
      g_assert_true (strstr (error->message, cases[i].needle) != NULL);
      g_assert_true (strstr (error->message, "geheim") == NULL);
      g_clear_error (&error);
      g_assert_false (ond_store_init_server (cases[i].uri, &found, &error));
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION);
    }
}

/* A person whose login needs a password (the test cluster asks it of the members of
 * ond_password_users, build-aux/pg-test-cluster.sh): without one, and with a wrong one, a
 * clear message that never repeats the password, and nothing opened; with the right one the
 * database opens. */
static void
test_password (void)
{
  g_autofree char *uri = ond_test_pg_new_database ();
  g_autofree char *person = g_strdup_printf ("ond_pw_%d", (int) getpid ());
  g_autofree char *host = NULL;
  g_autofree char *db = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED_QUERY, NULL);
  g_autoptr(GHashTable) params = NULL;
  struct {
    const char *password;
    const char *needle;
  } cases[] = {
    { NULL, "asks for a password" },
    { "Fout-wachtwoord", "did not accept the user name and password" },
    { "", "asks for a password" },
  };

  g_assert_nonnull (parsed);
  params = g_uri_parse_params (g_uri_get_query (parsed), -1, "&", G_URI_PARAMS_NONE, NULL);
  host = g_uri_escape_string (g_hash_table_lookup (params, "host"), NULL, FALSE);
  db = g_strdup (g_uri_get_path (parsed) + 1);
  sql = g_strdup_printf ("DO $$ BEGIN CREATE ROLE ond_password_users NOLOGIN;"
                         " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;"
                         " CREATE ROLE %s LOGIN PASSWORD 'Juist-wachtwoord'"
                         " IN ROLE ond_password_users;"
                         " GRANT casework TO %s", person, person);
  ond_test_pg_exec (uri, sql);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OndStore) store = NULL;
      g_autofree char *address = NULL;

      address = cases[i].password == NULL
                ? g_strdup_printf ("postgresql:///%s?host=%s&user=%s", db, host, person)
                : g_strdup_printf ("postgresql:///%s?host=%s&user=%s&password=%s", db, host,
                                   person, cases[i].password);
      store = ond_store_open (address, &error);
      g_test_message ("%s: %s", cases[i].password != NULL ? cases[i].password : "(none)",
                      error != NULL ? error->message : "(opened)");
      g_assert_null (store);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION);
      g_assert_nonnull (strstr (error->message, cases[i].needle));
      g_assert_nonnull (strstr (error->message, db));
      g_assert_null (strstr (error->message, "wachtwoord"));
    }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *address = g_strdup_printf ("postgresql:///%s?host=%s&user=%s"
                                                "&password=Juist-wachtwoord", db, host, person);
    g_autoptr(OndStore) store = ond_store_open (address, &error);
    g_autofree char *role = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (store);
    ond_store_get_access (store, &role);
    g_assert_cmpstr (role, ==, "casework");
  }

  g_free (sql);
  sql = g_strdup_printf ("DROP ROLE %s", person);
  ond_test_pg_drop_database (uri);
  {
    g_autofree char *admin = g_strdup_printf ("postgresql:///postgres?host=%s&user=postgres",
                                              host);

    ond_test_pg_exec (admin, sql);
  }
}

/* Backups and restores are the administrator's on a server. */
static void
test_file_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *dir = ond_test_make_dir ("ond-test-server");
  g_autofree char *backup = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *uri = ond_test_pg_new_database ();
  g_autofree char *display = NULL;

  store = ond_store_open (uri, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_backup (store, backup, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_true (strstr (error->message, "pg_dump") != NULL);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* The window shows the database's name, not its address. */
  display = ond_store_dup_display_name (store);
  g_assert_true (g_str_has_prefix (display, "“ond_test_"));
  g_assert_true (strstr (display, "host") == NULL);

  g_clear_object (&store);
  ond_test_pg_drop_database (uri);
  ond_test_remove_tree (dir);
}

static void
count_changed_cb (OndStore *store,
                  guint    *n_changed)
{
  (*n_changed)++;
}

/* Runs the main loop until @n is above @before or five seconds passed. */
static void
wait_for_change (guint *n,
                 guint  before)
{
  gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (*n == before && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
has_area (OndStore   *store,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) areas = ond_store_list_areas (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(OndArea) area = g_list_model_get_item (areas, i);

      if (g_strcmp0 (ond_area_get_name (area), name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Two windows on one server database: what one commits, the other hears of (NOTIFY) and
 * shows; its own commits do not count as someone else's. */
static void
test_two_clients_notify (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) first = NULL;
  g_autoptr(OndStore) second = NULL;
  g_autofree char *uri = ond_test_pg_new_database ();
  guint first_changed = 0;
  guint second_changed = 0;

  first = ond_store_open (uri, &error);
  g_assert_no_error (error);
  second = ond_store_open (uri, &error);
  g_assert_no_error (error);
  /* Both claim the database for a window: a server's is not one window's. */
  g_assert_true (ond_store_claim_window (first, &error));
  g_assert_true (ond_store_claim_window (second, &error));
  g_assert_no_error (error);
  g_signal_connect (first, "changed", G_CALLBACK (count_changed_cb), &first_changed);
  g_signal_connect (second, "changed", G_CALLBACK (count_changed_cb), &second_changed);
  ond_store_watch_outside_changes (first, 20);
  ond_store_watch_outside_changes (second, 20);
  g_assert_false (has_area (second, "Wielwijk-Noord"));

  g_assert_cmpint (ond_store_add_area (first, "Wielwijk-Noord", FALSE, &error), >, 0);
  g_assert_no_error (error);
  wait_for_change (&second_changed, 0);
  g_assert_cmpuint (second_changed, ==, 1);
  g_assert_true (has_area (second, "Wielwijk-Noord"));

  /* The first store's ::changed is its own commit's, once; it hears no echo of it. */
  wait_for_change (&first_changed, 0);
  g_assert_cmpuint (first_changed, ==, 1);
  g_assert_false (ond_store_check_outside_changes (first));
  g_assert_true (ond_store_check_outside_changes (second) == FALSE);

  /* And the other way round. */
  g_assert_cmpint (ond_store_add_area (second, "Sterrenburg-Oost", FALSE, &error), >, 0);
  g_assert_no_error (error);
  wait_for_change (&first_changed, 1);
  g_assert_cmpuint (first_changed, ==, 2);
  g_assert_true (has_area (first, "Sterrenburg-Oost"));

  g_clear_object (&first);
  g_clear_object (&second);
  ond_test_pg_drop_database (uri);
}

/* Ends every other session on @uri's database, as a server restart or a network cut would. */
static void
cut_connections (const char *uri)
{
  ond_test_pg_exec (uri, "SELECT pg_terminate_backend (pid) FROM pg_stat_activity"
                         " WHERE datname = current_database () AND pid <> pg_backend_pid ()");
}

/* A connection lost between edits: the edit is refused with a clear message and writes
 * nothing; the store connects again by itself (its watch), says the views should read
 * again, and the next edit goes through; it hears the others again too. */
static void
test_connection_lost (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(OndStore) other = NULL;
  g_autofree char *uri = ond_test_pg_new_database ();
  gint64 areas;

  store = ond_store_open (uri, &error);
  g_assert_no_error (error);
  areas = ond_test_pg_int (uri, "SELECT count(*) FROM area", 0);
  g_assert_false (ond_store_check_outside_changes (store));

  cut_connections (uri);
  g_assert_cmpint (ond_store_add_area (store, "Wielwijk-Noord", FALSE, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION);
  g_assert_true (strstr (error->message, "Nothing of this change was written") != NULL);
  g_clear_error (&error);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==, areas);

  /* The watch connects again and tells the views to read again. */
  g_assert_true (ond_store_check_outside_changes (store));
  g_assert_cmpint (ond_store_add_area (store, "Wielwijk-Noord", FALSE, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==, areas + 1);

  /* It listens again: another store's commit reaches it. */
  other = ond_store_open (uri, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_check_outside_changes (store));
  g_assert_cmpint (ond_store_add_area (other, "Sterrenburg-Oost", FALSE, &error), >, 0);
  g_assert_no_error (error);
  g_usleep (100 * 1000);
  g_assert_true (ond_store_check_outside_changes (store));

  g_clear_object (&store);
  g_clear_object (&other);
  ond_test_pg_drop_database (uri);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *n)
{
  (*n)++;
}

/* What a window shows while its team server is away: the store's watch says the connection
 * is lost as soon as it finds so, and keeps saying it (once) while it cannot connect again;
 * every edit meanwhile is refused and writes nothing; once the server lets it in again, the
 * next look connects and says so. The database refuses new connections meanwhile
 * (ALLOW_CONNECTIONS false), as a stopped server would. */
static void
test_connection_watch (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *uri = ond_test_pg_new_database ();
  const char *admin = g_getenv ("OND_TEST_PG");
  const char *start = g_strrstr (uri, "/") + 1;
  g_autofree char *name = g_strndup (start, strcspn (start, "?"));
  g_autofree char *refuse = g_strdup_printf ("ALTER DATABASE %s ALLOW_CONNECTIONS false", name);
  g_autofree char *allow = g_strdup_printf ("ALTER DATABASE %s ALLOW_CONNECTIONS true", name);
  guint n_notified = 0;
  gint64 areas;
  gboolean connected = FALSE;

  store = ond_store_open (uri, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "notify::connected", G_CALLBACK (count_notify_cb), &n_notified);
  areas = ond_test_pg_int (uri, "SELECT count(*) FROM area", 0);
  g_assert_false (ond_store_check_outside_changes (store));
  g_assert_true (ond_store_get_connected (store));
  g_assert_cmpuint (n_notified, ==, 0);

  ond_test_pg_exec (admin, refuse);
  cut_connections (uri);
  ond_store_check_outside_changes (store);
  g_object_get (store, "connected", &connected, NULL);
  g_assert_false (connected);
  g_assert_cmpuint (n_notified, ==, 1);
  ond_store_check_outside_changes (store);
  g_assert_false (ond_store_get_connected (store));
  g_assert_cmpuint (n_notified, ==, 1);

  g_assert_cmpint (ond_store_add_area (store, "Wielwijk-Noord", FALSE, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION);
  g_clear_error (&error);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==, areas);
  g_assert_false (ond_store_get_connected (store));

  ond_test_pg_exec (admin, allow);
  g_assert_true (ond_store_check_outside_changes (store));
  g_object_get (store, "connected", &connected, NULL);
  g_assert_true (connected);
  g_assert_cmpuint (n_notified, ==, 2);
  g_assert_cmpint (ond_store_add_area (store, "Wielwijk-Noord", FALSE, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==, areas + 1);

  g_clear_object (&store);
  ond_test_pg_drop_database (uri);
}

/* The address the "Connect to Team Server" dialog makes from its fields: every part
 * percent-encoded, read back by libpq as it was typed. */
static void
assert_uri_reads_back (const char *host,
                       guint       port,
                       const char *dbname,
                       const char *user,
                       const char *password)
{
  g_autofree char *uri = ond_pg_build_uri (host, port, dbname, user, password);
  g_autofree char *port_text = port != 0 ? g_strdup_printf ("%u", port) : NULL;
  char *parse_error = NULL;
  PQconninfoOption *options = PQconninfoParse (uri, &parse_error);
  struct { const char *keyword; const char *expected; } parts[] = {
    { "host", host }, { "port", port_text }, { "dbname", dbname }, { "user", user },
    { "password", password },
  };

  g_assert_null (parse_error);
  g_assert_nonnull (options);
  g_assert_true (g_str_has_prefix (uri, "postgresql://"));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *value = NULL;

      for (PQconninfoOption *o = options; o->keyword != NULL; o++)
        if (strcmp (o->keyword, parts[i].keyword) == 0 && o->val != NULL && *o->val != '\0')
          value = o->val;
      if (parts[i].expected == NULL || *parts[i].expected == '\0')
        g_assert_null (value);
      else
        g_assert_cmpstr (value, ==, parts[i].expected);
    }
  PQconninfoFree (options);
}

static void
test_build_uri (void)
{
  g_autofree char *plain = ond_pg_build_uri ("db.dordrecht.nl", 5432, "ondermijning", "jan",
                                             NULL);
  g_autofree char *socket = ond_pg_build_uri ("/var/run/postgresql", 5432, "ondermijning",
                                              NULL, "");

  g_assert_cmpstr (plain, ==, "postgresql://jan@db.dordrecht.nl:5432/ondermijning");
  g_assert_cmpstr (socket, ==,
                   "postgresql:///ondermijning?host=%2Fvar%2Frun%2Fpostgresql&port=5432");

  assert_uri_reads_back ("db.dordrecht.nl", 5432, "ondermijning", "jan", NULL);
  assert_uri_reads_back ("db.dordrecht.nl", 0, "ondermijning", NULL, NULL);
  /* Odd characters everywhere: @ : / ? & = # % space, quotes and non-ASCII. */
  assert_uri_reads_back ("db.dordrecht.nl", 6543, "team db/2026?x=1#y",
                         "j.de vries@gemeente", "p@ss:w/rd?&=#% 'é\"");
  /* An empty password is no password. */
  assert_uri_reads_back ("db.dordrecht.nl", 5432, "ondermijning", "jan", "");
  /* A socket folder, also one with a space in it, and IP addresses. */
  assert_uri_reads_back ("/var/run/postgresql", 5432, "ondermijning", "jan", "geheim");
  assert_uri_reads_back ("/tmp/my sockets", 0, "ondermijning", NULL, NULL);
  assert_uri_reads_back ("192.168.1.20", 5432, "ondermijning", "jan", NULL);
  assert_uri_reads_back ("::1", 5433, "ondermijning", "jan", NULL);
  assert_uri_reads_back (NULL, 5433, "ondermijning", NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* Needs no server. */
  g_test_add_func ("/server/build-uri", test_build_uri);
  if (g_getenv ("OND_TEST_PG") == NULL)
    {
      g_test_skip ("no PostgreSQL test cluster (OND_TEST_PG): run through make check");
      return g_test_run ();
    }
  g_test_add_func ("/server/init-open-seed", test_init_open_seed);
  g_test_add_func ("/server/seed-matches-file", test_seed_matches_file);
  g_test_add_func ("/server/foreign", test_foreign);
  g_test_add_func ("/server/newer", test_newer);
  g_test_add_func ("/server/bad-addresses", test_bad_addresses);
  g_test_add_func ("/server/password", test_password);
  g_test_add_func ("/server/file-only", test_file_only);
  g_test_add_func ("/server/two-clients-notify", test_two_clients_notify);
  g_test_add_func ("/server/connection-lost", test_connection_lost);
  g_test_add_func ("/server/connection-watch", test_connection_watch);
  return g_test_run ();
}
