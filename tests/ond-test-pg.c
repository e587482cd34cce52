/* ond-test-pg.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libpq-fe.h>
#include <string.h>
#include <unistd.h>

#include "ond-pg.h"
#include "ond-store.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"

static char *template_seeded;
static char *template_empty;
static guint n_databases;

gboolean
ond_test_pg_wanted (void)
{
  return g_strcmp0 (g_getenv ("OND_TEST_BACKEND"), "postgresql") == 0;
}

static const char *
base_conninfo (void)
{
  const char *conninfo = g_getenv ("OND_TEST_PG");

  if (conninfo == NULL || *conninfo == '\0')
    g_error ("OND_TEST_PG is not set: the PostgreSQL run of the tests needs the private test "
             "cluster that `make check` starts (build-aux/pg-test-cluster.sh)");
  return conninfo;
}

/* The URI of database @name on the test cluster. */
static char *
uri_for (const char *name)
{
  PQconninfoOption *options = PQconninfoParse (base_conninfo (), NULL);
  GString *uri = g_string_new ("postgresql:///");
  char sep = '?';

  g_assert_nonnull (options);
  g_string_append (uri, name);
  for (PQconninfoOption *o = options; o->keyword != NULL; o++)
    {
      g_autofree char *escaped = NULL;

      if (o->val == NULL || *o->val == '\0' || strcmp (o->keyword, "dbname") == 0)
        continue;
      escaped = g_uri_escape_string (o->val, NULL, FALSE);
      g_string_append_printf (uri, "%c%s=%s", sep, o->keyword, escaped);
      sep = '&';
    }
  PQconninfoFree (options);
  return g_string_free (uri, FALSE);
}

/* The server's notices (a database dropped that did not exist) are not test output. */
static void
ignore_notice (void       *user_data,
               const char *message)
{
}

/* One connection per database, kept until the database is dropped: a connection costs more
 * than most of the queries a test makes from outside the store. Every query runs on its own
 * (autocommit), so what it reads is what the store committed. */
static GHashTable *connections;

static PGconn *
connect_uri (const char *uri)
{
  PGconn *conn;

  if (connections == NULL)
    connections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) PQfinish);
  conn = g_hash_table_lookup (connections, uri);
  if (conn != NULL && PQstatus (conn) == CONNECTION_OK)
    return conn;

  conn = PQconnectdb (uri);
  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("Cannot connect to the test cluster (%s): %s", uri, PQerrorMessage (conn));
  PQsetNoticeProcessor (conn, ignore_notice, NULL);
  g_hash_table_replace (connections, g_strdup (uri), conn);
  return conn;
}

static void
admin_exec (const char *sql)
{
  g_autofree char *uri = uri_for ("postgres");
  PGconn *conn = connect_uri (uri);
  PGresult *result = PQexec (conn, sql);

  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
}

static char *
new_name (void)
{
  /* The random part keeps a name free when a crashed run left a database of a process with
   * the same id behind. */
  return g_strdup_printf ("ond_test_%d_%u_%08x", (int) getpid (), ++n_databases,
                          g_random_int ());
}

static void
drop_templates (void)
{
  if (template_seeded != NULL)
    ond_test_pg_drop_database (template_seeded);
  if (template_empty != NULL)
    ond_test_pg_drop_database (template_empty);
}

/* A database set up by the store (seeded or not), to copy from. */
static char *
make_template (gboolean seeded)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = new_name ();
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", name);
  char *uri = uri_for (name);
  int found = -1;

  admin_exec (sql);
  g_assert_true (ond_store_init_server (uri, &found, &error));
  g_assert_no_error (error);
  g_assert_cmpint (found, ==, 0);
  if (seeded)
    {
      g_autoptr(OndStore) store = ond_store_open (uri, &error);

      g_assert_no_error (error);
      g_assert_true (ond_store_seed_plan (store, &error));
      g_assert_no_error (error);
      ond_store_close (store);
    }
  if (template_seeded == NULL && template_empty == NULL)
    atexit (drop_templates);
  return uri;
}

static char *
copy_of (const char *template_uri)
{
  const char *start = g_strrstr (template_uri, "/") + 1;
  g_autofree char *name = new_name ();
  g_autofree char *template_name = g_strndup (start, strcspn (start, "?"));
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("CREATE DATABASE %s TEMPLATE %s", name, template_name);
  admin_exec (sql);
  return uri_for (name);
}

char *
ond_test_pg_new_database (void)
{
  if (template_seeded == NULL)
    template_seeded = make_template (TRUE);
  return copy_of (template_seeded);
}

char *
ond_test_pg_new_empty (void)
{
  if (template_empty == NULL)
    template_empty = make_template (FALSE);
  return copy_of (template_empty);
}

char *
ond_test_pg_new_blank (void)
{
  g_autofree char *name = new_name ();
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", name);

  admin_exec (sql);
  return uri_for (name);
}

void
ond_test_pg_drop_database (const char *uri)
{
  const char *start = g_strrstr (uri, "/") + 1;
  g_autofree char *name = g_strndup (start, strcspn (start, "?"));
  g_autofree char *sql = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)", name);

  if (connections != NULL)
    g_hash_table_remove (connections, uri);
  admin_exec (sql);
}

char *
ond_test_db_new (const char *dir,
                 const char *file_name)
{
  if (ond_test_pg_wanted ())
    return ond_test_pg_new_database ();
  return g_build_filename (dir, file_name, NULL);
}

void
ond_test_db_drop (const char *path)
{
  if (path == NULL)
    return;
  if (ond_pg_is_uri (path))
    ond_test_pg_drop_database (path);
  else
    ond_test_remove_db (path);
}

static PGresult *
run_with (PGconn     *conn,
          const char *sql,
          const char *value,
          Oid         type)
{
  int n_params = 0;
  g_autofree char *translated = ond_pg_translate_sql (sql, &n_params);
  g_autofree const char **values = g_new0 (const char *, MAX (n_params, 1));
  g_autofree Oid *types = g_new0 (Oid, MAX (n_params, 1));
  PGresult *result;

  for (int i = 0; i < n_params; i++)
    {
      values[i] = value;
      types[i] = type;
    }
  result = PQexecParams (conn, translated, n_params, types, values, NULL, NULL, 0);
  if (PQresultStatus (result) != PGRES_TUPLES_OK && PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  return result;
}

static PGresult *
run (PGconn     *conn,
     const char *sql,
     gint64      param)
{
  g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, param);

  return run_with (conn, sql, value, 20 /* int8 */);
}

gint64
ond_test_pg_int_for_text (const char *uri,
                          const char *sql,
                          const char *param)
{
  PGconn *conn = connect_uri (uri);
  PGresult *result = run_with (conn, sql, param, 25 /* text */);
  gint64 value = 0;

  if (PQntuples (result) > 0 && !PQgetisnull (result, 0, 0))
    value = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
  PQclear (result);
  return value;
}

gint64
ond_test_pg_int (const char *uri,
                 const char *sql,
                 gint64      param)
{
  PGconn *conn = connect_uri (uri);
  PGresult *result = run (conn, sql, param);
  gint64 value = -1;

  if (PQntuples (result) > 0 && !PQgetisnull (result, 0, 0))
    {
      const char *text = PQgetvalue (result, 0, 0);

      value = strcmp (text, "t") == 0 ? 1 : strcmp (text, "f") == 0
              ? 0 : g_ascii_strtoll (text, NULL, 10);
    }
  else if (PQntuples (result) > 0)
    value = 0;
  PQclear (result);
  return value;
}

char *
ond_test_pg_text (const char *uri,
                  const char *sql,
                  gint64      param)
{
  PGconn *conn = connect_uri (uri);
  PGresult *result = run (conn, sql, param);
  char *value = NULL;

  if (PQntuples (result) > 0 && !PQgetisnull (result, 0, 0))
    value = g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  return value;
}

void
ond_test_pg_exec (const char *uri,
                  const char *sql)
{
  PGconn *conn = connect_uri (uri);
  PGresult *result = PQexec (conn, sql);

  if (PQresultStatus (result) != PGRES_TUPLES_OK && PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
}

char *
ond_test_pg_rows (const char *uri,
                  const char *sql)
{
  return ond_test_pg_rows_for (uri, sql, 0);
}

char *
ond_test_pg_rows_for (const char *uri,
                      const char *sql,
                      gint64      param)
{
  PGconn *conn = connect_uri (uri);
  PGresult *result = run (conn, sql, param);
  GString *all = g_string_new (NULL);

  for (int r = 0; r < PQntuples (result); r++)
    {
      for (int c = 0; c < PQnfields (result); c++)
        g_string_append_printf (all, "%s|",
                                PQgetisnull (result, r, c) ? "<null>" : PQgetvalue (result, r, c));
      g_string_append_c (all, '\n');
    }
  PQclear (result);
  return g_string_free (all, FALSE);
}

GPtrArray *
ond_test_pg_table (const char *uri,
                   const char *sql,
                   const char *param)
{
  PGconn *conn = connect_uri (uri);
  PGresult *result = run_with (conn, sql, param, 25 /* text */);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (int r = 0; r < PQntuples (result); r++)
    {
      GPtrArray *row = g_ptr_array_new_with_free_func (g_free);

      for (int c = 0; c < PQnfields (result); c++)
        g_ptr_array_add (row, PQgetisnull (result, r, c)
                              ? NULL : g_strdup (PQgetvalue (result, r, c)));
      g_ptr_array_add (rows, row);
    }
  PQclear (result);
  return rows;
}

const char *
ond_test_user_name (const char *path)
{
  static char *server_user;

  if (path == NULL || !ond_pg_is_uri (path))
    return g_get_user_name ();
  if (server_user == NULL)
    server_user = ond_test_pg_text (path, "SELECT session_user", 0);
  return server_user;
}
