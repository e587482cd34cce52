/* test-libpq-load.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libpq is loaded only when a server database is opened (src/core/ond-pq.c): opening, using
 * and closing a SQLite file never maps it into the process, nor do the address helpers the
 * window and the command line use on a file; without libpq a server database is refused
 * with a clear message and a file still opens; with a server (OND_TEST_PG) opening its
 * database loads libpq and talks to the server. What is mapped is read from /proc/self/maps,
 * so this program must not link libpq itself (tests/meson.build builds it without). */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ond-pg.h"
#include "ond-store-partners.h"
#include "ond-store.h"
#include "ond-test-util.h"

/* How many lines of /proc/self/maps name a file whose path contains @name ("/libpq.so": not
 * this program, whose name has "libpq" in it too). */
static int
count_mapped (const char *name)
{
  g_autofree char *maps = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  int count = 0;

  g_file_get_contents ("/proc/self/maps", &maps, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (maps, "\n", -1);
  for (int i = 0; lines[i] != NULL; i++)
    {
      const char *file = strchr (lines[i], '/');

      if (file != NULL && strstr (file, name) != NULL)
        count++;
    }
  return count;
}

/* Opens a new file @path, reads and writes it as the window does at start, and closes it. */
static void
use_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (path, &error);
  g_autoptr(GListModel) plans = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autofree char *display = NULL;
  g_autofree char *name = NULL;
  OndPartnerFields partner = { NULL, NULL, "extern", FALSE, NULL };
  guint before;
  gint64 id;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (ond_store_is_server (store));
  display = ond_store_dup_display_name (store);
  g_assert_cmpstr (display, ==, "plan.db");

  plans = ond_store_list_plans (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (plans), >, 0);
  partners = ond_store_list_partners (store, &error);
  g_assert_no_error (error);
  before = g_list_model_get_n_items (partners);
  /* Each open adds another. */
  name = g_strdup_printf ("Stichting Laadtest %u", before);
  partner.name = name;
  partner.short_name = name;
  id = ond_store_add_partner (store, &partner, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_clear_object (&partners);
  partners = ond_store_list_partners (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (partners), ==, before + 1);
  ond_store_close (store);
}

static void
test_file_does_not_load_libpq (void)
{
  g_autofree char *dir = ond_test_make_dir ("ond-test-libpq");
  g_autofree char *path = g_build_filename (dir, "plan.db", NULL);
  g_autofree char *built = NULL;
  g_autofree char *file_name = NULL;

  /* The maps are read as meant: the C library is there, libpq is not yet. */
  g_assert_cmpint (count_mapped ("/libc.so"), >, 0);
  g_assert_cmpint (count_mapped ("/libpq.so"), ==, 0);

  /* What the window and --database do with a location before opening it. */
  g_assert_false (ond_store_location_is_server (path));
  g_assert_false (ond_pg_is_uri (path));
  file_name = ond_store_location_display_name (path);
  g_assert_cmpstr (file_name, ==, "plan.db");
  /* The "Connect to Team Server" dialog builds an address without libpq as well. */
  built = ond_pg_build_uri ("/tmp", 5432, "ondermijning", "jan", NULL);
  g_assert_cmpstr (built, ==, "postgresql://jan@/ondermijning?host=%2Ftmp&port=5432");

  use_file (path);
  /* Opened again: the second open of an existing file takes another way. */
  use_file (path);

  g_assert_cmpint (count_mapped ("/libpq.so"), ==, 0);
  ond_test_remove_tree (dir);
}

/* Run in a child with OND_LIBPQ naming a library that is not there. */
static void
test_missing_libpq_child (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *display = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (!g_test_subprocess ())
    {
      g_test_skip ("run in a child process by /libpq/missing");
      return;
    }
  dir = ond_test_make_dir ("ond-test-libpq");
  path = g_build_filename (dir, "plan.db", NULL);
  g_setenv ("OND_LIBPQ", "/nonexistent/libpq.so.5", TRUE);
  store = ond_store_open ("postgresql://jan:geheim@db.example/ondermijning?host=/nonexistent",
                          &error);
  g_assert_null (store);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION);
  g_assert_nonnull (strstr (error->message, "libpq5"));
  g_assert_nonnull (strstr (error->message, "/nonexistent/libpq.so.5"));
  g_assert_null (strstr (error->message, "geheim"));
  g_clear_error (&error);
  /* Asked again, the same answer (the load is tried once). */
  store = ond_store_open ("postgresql:///ondermijning", &error);
  g_assert_null (store);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION);
  g_clear_error (&error);

  /* The server's name for messages, never its password. */
  display = ond_store_location_display_name ("postgresql://jan:geheim@db.example/ondermijning"
                                             "?password=geheim");
  g_assert_cmpstr (display, ==, "postgresql://jan@db.example/ondermijning");

  /* Files are not touched by it. */
  use_file (path);
  g_assert_cmpint (count_mapped ("/libpq.so"), ==, 0);
  ond_test_remove_tree (dir);
}

static void
test_missing_libpq (void)
{
  g_test_trap_subprocess ("/libpq/missing/child", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The value of @keyword in the conninfo @conninfo ("key=value key=value"), or NULL. */
static char *
conninfo_value (const char *conninfo,
                const char *keyword)
{
  g_auto(GStrv) words = g_strsplit_set (conninfo, " \t", -1);
  g_autofree char *prefix = g_strconcat (keyword, "=", NULL);

  for (int i = 0; words[i] != NULL; i++)
    {
      if (g_str_has_prefix (words[i], prefix))
        return g_strdup (words[i] + strlen (prefix));
    }
  return NULL;
}

static void
test_server_loads_libpq (void)
{
  const char *conninfo = g_getenv ("OND_TEST_PG");
  g_autofree char *host = NULL;
  g_autofree char *port = NULL;
  g_autofree char *user = NULL;
  g_autofree char *password = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;

  if (conninfo == NULL || *conninfo == '\0')
    {
      g_test_skip ("OND_TEST_PG names no PostgreSQL server");
      return;
    }
  host = conninfo_value (conninfo, "host");
  port = conninfo_value (conninfo, "port");
  user = conninfo_value (conninfo, "user");
  password = conninfo_value (conninfo, "password");
  /* The server's own database "postgres", which holds no Ondermijning schema: opening it
   * connects, asks the server for its tables and is refused for what it holds. */
  uri = ond_pg_build_uri (host, port != NULL ? (guint) g_ascii_strtoull (port, NULL, 10) : 0,
                          "postgres", user, password);

  g_assert_cmpint (count_mapped ("/libpq.so"), ==, 0);
  store = ond_store_open (uri, &error);
  g_assert_null (store);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA);
  g_assert_cmpint (count_mapped ("/libpq.so.5"), >, 0);

  /* Now the server's name comes from libpq's reading of the address. */
  display = ond_store_location_display_name (uri);
  g_assert_true (g_str_has_prefix (display, "“postgres”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/libpq/file", test_file_does_not_load_libpq);
  g_test_add_func ("/libpq/missing", test_missing_libpq);
  g_test_add_func ("/libpq/missing/child", test_missing_libpq_child);
  g_test_add_func ("/libpq/server", test_server_loads_libpq);
  return g_test_run ();
}
