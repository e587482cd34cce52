/* test-server-import.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A booking import on a team server whose connection is lost half-way (suite pg): the import
 * is one transaction, so the server keeps nothing of it, the user gets a clear message, and
 * the same file imports whole once the store has connected again.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ond-booking-import.h"
#include "ond-plan.h"
#include "ond-store-watch.h"
#include "ond-store.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"

#define N_ROWS 3000

typedef struct
{
  const char *uri;
  guint       n_calls;
  guint       cut_at;   /* rows done when the connection was cut; 0: not yet */
} Cut;

/* Ends the store's session on the server the first time the import reports progress, as a
 * server restart or a network cut would, with rows already sent in the open transaction. */
static void
cut_on_progress (guint    done,
                 guint    total,
                 gpointer user_data)
{
  Cut *cut = user_data;

  cut->n_calls++;
  if (cut->cut_at != 0 || done == 0 || done == total)
    return;
  cut->cut_at = done;
  ond_test_pg_exec (cut->uri, "SELECT pg_terminate_backend (pid) FROM pg_stat_activity"
                              " WHERE datname = current_database ()"
                              " AND pid <> pg_backend_pid ()");
}

/* A file of @n good bookings on a cost item of the seeded plan, each with its own
 * reference. */
static char *
write_bookings (const char *dir,
                guint       n)
{
  g_autoptr(GString) csv = g_string_new ("Datum;Kostenpost;Bedrag;Soort;Omschrijving;"
                                         "Referentie;Leverancier\n");
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "boekingen.csv", NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (csv, "%02u-%02u-2023;Inzet communicatiemedewerker;€ %u,%02u;"
                                 "realisatie;Inzet week %u;F-2023-%05u;Bureau Helder\n",
                            1 + i % 28, 1 + i % 12, 10 + i, i % 100, i, i);
  g_file_set_contents (path, csv->str, (gssize) csv->len, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_import_cut (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(OndBookingImport) again = NULL;
  g_autofree char *uri = ond_test_pg_new_database ();
  g_autofree char *dir = ond_test_make_dir ("ond-test-server-import");
  g_autofree char *path = write_bookings (dir, N_ROWS);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Cut cut = { uri, 0, 0 };
  guint n_added = 0;

  store = ond_store_open (uri, &error);
  g_assert_no_error (error);
  /* The watch's first look: nothing changed outside yet. */
  g_assert_false (ond_store_check_outside_changes (store));
  plan = ond_store_dup_current_plan (store, &error);
  g_assert_no_error (error);
  import = ond_booking_import_prepare (store, ond_plan_get_id (plan), path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  before = ond_test_pg_rows (uri, "SELECT (SELECT count(*) FROM booking),"
                                  " (SELECT count(*) FROM import_batch),"
                                  " (SELECT count(*) FROM access_log)");

  g_assert_false (ond_store_import_bookings (store, import, cut_on_progress, &cut, NULL,
                                             &n_added, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION);
  g_assert_nonnull (strstr (error->message, "Nothing of this change was written"));
  g_clear_error (&error);
  /* The cut came with rows in the transaction: the server kept none of them. */
  g_assert_cmpuint (cut.cut_at, >, 0);
  g_assert_cmpuint (cut.cut_at, <, N_ROWS);
  after = ond_test_pg_rows (uri, "SELECT (SELECT count(*) FROM booking),"
                                 " (SELECT count(*) FROM import_batch),"
                                 " (SELECT count(*) FROM access_log)");
  g_assert_cmpstr (after, ==, before);

  /* The store connects again (its watch), and the same file then imports whole. */
  g_assert_true (ond_store_check_outside_changes (store));
  again = ond_booking_import_prepare (store, ond_plan_get_id (plan), path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_import_bookings (store, again, NULL, NULL, NULL, &n_added,
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, N_ROWS);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM booking"
                                         " WHERE reference LIKE 'F-2023-%'", 0), ==, N_ROWS);

  g_clear_object (&store);
  ond_test_pg_drop_database (uri);
  ond_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("OND_TEST_PG") == NULL)
    {
      g_test_skip ("no PostgreSQL test cluster (OND_TEST_PG): run through make check");
      return g_test_run ();
    }
  g_test_add_func ("/server/import-cut", test_import_cut);

  return g_test_run ();
}
