/* bench-server.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The benchmarks' server databases (see bench-server.h). */

#define G_LOG_DOMAIN "bench-server"

#include "config.h"

#include <libpq-fe.h>
#include <string.h>
#include <unistd.h>

#include "bench-server.h"
#include "ond-store.h"

static guint n_databases;

const char *
bench_server_conninfo (void)
{
  const char *conninfo = g_getenv ("OND_TEST_PG");

  return conninfo != NULL && *conninfo != '\0' ? conninfo : NULL;
}

/* The URI of database @name on the cluster: its conninfo with another dbname. */
static char *
uri_for (const char *name)
{
  PQconninfoOption *options = PQconninfoParse (bench_server_conninfo (), NULL);
  GString *uri = g_string_new ("postgresql:///");
  char sep = '?';

  if (options == NULL)
    g_error ("OND_TEST_PG is not a libpq conninfo: %s", bench_server_conninfo ());
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

/* The server's notices (a database dropped that did not exist) are not benchmark output. */
static void
ignore_notice (void       *user_data,
               const char *message)
{
}

/* Runs @sql on the cluster's maintenance database, outside a transaction. */
static void
admin_exec (const char *sql)
{
  g_autofree char *uri = uri_for ("postgres");
  PGconn *conn = PQconnectdb (uri);
  PGresult *result;

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("Cannot connect to the cluster (%s): %s", uri, PQerrorMessage (conn));
  PQsetNoticeProcessor (conn, ignore_notice, NULL);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
}

char *
bench_server_new_blank (void)
{
  /* The random part keeps a name free when a crashed run left one of the same pid behind. */
  g_autofree char *name = g_strdup_printf ("ond_bench_%d_%u_%08x", (int) getpid (),
                                           ++n_databases, g_random_int ());
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", name);

  admin_exec (sql);
  return uri_for (name);
}

char *
bench_server_new_database (const char *from_file,
                           double     *seconds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) file = NULL;
  char *uri = bench_server_new_blank ();
  int found = -1;
  gint64 start = g_get_monotonic_time ();

  if (!ond_store_init_server (uri, &found, &error))
    g_error ("Setting up %s: %s", uri, error->message);
  file = ond_store_open (from_file, &error);
  if (file == NULL)
    g_error ("%s: %s", from_file, error->message);
  if (!ond_store_copy_to (file, uri, NULL, &error))
    g_error ("Copying %s to %s: %s", from_file, uri, error->message);
  ond_store_close (file);
  if (seconds != NULL)
    *seconds = (g_get_monotonic_time () - start) / 1e6;
  return uri;
}

void
bench_server_drop_database (const char *uri)
{
  const char *start = g_strrstr (uri, "/") + 1;
  g_autofree char *name = g_strndup (start, strcspn (start, "?"));
  g_autofree char *sql = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)", name);

  admin_exec (sql);
}

const char *
bench_backend_name (const char *location)
{
  return g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://")
         ? "PostgreSQL" : "SQLite";
}
