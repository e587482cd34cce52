/* test-store-watch.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One window per file, and a window that sees what others wrote (ond-store-watch.h), on a
 * freshly seeded database:
 * - a second claim on the file, by another store of this process or by another process, is
 *   refused with a clear message and changes nothing; once the first store closes, or its
 *   process is killed, the file can be claimed again;
 * - a headless store (an import, a backup) opens and writes beside a claimed one;
 * - what another connection commits is noticed (PRAGMA data_version): the check says so
 *   once and ::changed follows from the main loop, a watching store finds it by itself,
 *   and the store's own writes are not taken for someone else's;
 * - a file another process is writing to opens and reads; a change is refused in words
 *   after the busy timeout and writes nothing, and goes through once that process is gone. */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ond-booking.h"
#include "ond-plan.h"
#include "ond-store-bookings.h"
#include "ond-store-watch.h"
#include "test-case-util.h"

#define ADD_PARTNER "INSERT INTO partner (name, short_name, kind, position)" \
                    " SELECT 'Waterschap Hollandse Delta', 'WSHD', code, 99" \
                    " FROM partner_kind LIMIT 1;"

static void
on_changed_cb (OndStore *store,
               guint    *count)
{
  (*count)++;
}

/* Runs the main loop until @count is at least @wanted, or two seconds passed. */
static void
wait_for_count (guint *count,
                guint  wanted)
{
  gint64 end = g_get_monotonic_time () + 2 * G_TIME_SPAN_SECOND;

  while (*count < wanted && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Lets pending idle callbacks run. */
static void
run_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_claim_in_process (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) second = NULL;
  g_autoptr(OndStore) third = NULL;
  g_autofree char *before = snapshot (f);
  g_autofree char *after = NULL;

  g_assert_false (ond_store_has_window_claim (f->store));
  g_assert_true (ond_store_claim_window (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_has_window_claim (f->store));
  /* Claiming again is harmless. */
  g_assert_true (ond_store_claim_window (f->store, &error));
  g_assert_no_error (error);

  second = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_claim_window (second, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "already open in another window"));
  g_clear_error (&error);
  g_assert_false (ond_store_has_window_claim (second));

  /* Refusing the window changed nothing in the file. */
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);

  /* The first window closes: the file is free. */
  ond_store_close (f->store);
  g_assert_false (ond_store_has_window_claim (f->store));
  g_assert_true (ond_store_claim_window (second, &error));
  g_assert_no_error (error);

  /* And taken again by the second: a third is refused. */
  third = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_claim_window (third, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_BUSY);
}

/* Another process holds the claim: refused; once it is killed, the claim is free. */
static void
test_claim_other_process (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int ready[2];
  char byte = 0;
  pid_t child;
  int status = 0;

  g_assert_cmpint (pipe (ready), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      OndStore *store;

      close (ready[0]);
      store = ond_store_open (f->path, NULL);
      if (store == NULL || !ond_store_claim_window (store, NULL))
        _exit (3);
      if (write (ready[1], "c", 1) != 1)
        _exit (4);
      pause ();
      _exit (0);
    }

  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);
  g_assert_cmpint (byte, ==, 'c');

  g_assert_false (ond_store_claim_window (f->store, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_BUSY);
  g_clear_error (&error);

  /* The window's process is killed: the kernel ends its claim. */
  g_assert_cmpint (kill (child, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFSIGNALED (status));
  g_assert_true (ond_store_claim_window (f->store, &error));
  g_assert_no_error (error);
}

/* A headless store writes beside a claimed one; the claimed one notices. */
static void
test_headless_beside_window (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) headless = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(OndBooking) booking = NULL;
  guint changed = 0;

  g_assert_true (ond_store_claim_window (f->store, &error));
  g_assert_no_error (error);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_cb), &changed);
  ond_store_watch_outside_changes (f->store, 50);
  run_pending ();
  changed = 0;

  headless = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  plan = ond_store_dup_current_plan (headless, &error);
  g_assert_no_error (error);
  booking = ond_booking_new (0, "2024-03-01",
                             sql_int (f->path, "SELECT min(id) FROM budget_line", 0), NULL,
                             12345, "realisatie", NULL, "Factuur", "F-1", "Leverancier", 0);
  g_assert_cmpint (ond_store_save_booking (headless, ond_plan_get_id (plan), booking, &error),
                   >, 0);
  g_assert_no_error (error);

  /* The watching store finds it by itself, from the main loop. */
  wait_for_count (&changed, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM booking WHERE reference = 'F-1'"
                                     " AND ? = 0", 0), ==, 1);
}

static void
test_outside_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(OndBooking) booking = NULL;
  guint changed = 0;

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_cb), &changed);

  /* The first look sets what was seen; nothing since. */
  g_assert_false (ond_store_check_outside_changes (f->store));
  g_assert_false (ond_store_check_outside_changes (f->store));

  /* Another connection commits: seen once, and ::changed follows in the main loop. */
  sql_exec (f->path, ADD_PARTNER);
  g_assert_true (ond_store_check_outside_changes (f->store));
  g_assert_cmpuint (changed, ==, 0);
  run_pending ();
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (ond_store_check_outside_changes (f->store));

  /* The store's own write gives its own ::changed, and is not taken for someone else's. */
  plan = ond_store_dup_current_plan (f->store, &error);
  g_assert_no_error (error);
  booking = ond_booking_new (0, "2024-03-01",
                             sql_int (f->path, "SELECT min(id) FROM budget_line", 0), NULL,
                             500, "realisatie", NULL, "Factuur", "F-2", "Leverancier", 0);
  g_assert_cmpint (ond_store_save_booking (f->store, ond_plan_get_id (plan), booking, &error),
                   >, 0);
  g_assert_no_error (error);
  run_pending ();
  g_assert_cmpuint (changed, ==, 2);
  g_assert_false (ond_store_check_outside_changes (f->store));

  /* A watching store looks by itself; closing the store stops the watch. */
  ond_store_watch_outside_changes (f->store, 50);
  sql_exec (f->path, "UPDATE partner SET contact_role = 'Meldpunt' WHERE short_name = 'WSHD';");
  wait_for_count (&changed, 3);
  g_assert_cmpuint (changed, ==, 3);
  ond_store_close (f->store);
  sql_exec (f->path, "UPDATE partner SET contact_role = 'Loket' WHERE short_name = 'WSHD';");
  {
    gint64 end = g_get_monotonic_time () + G_TIME_SPAN_SECOND / 4;

    while (g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_cmpuint (changed, ==, 3);
}

/* Another process holds a write transaction (a program in the middle of a change): the
 * window still opens and reads the file, a change is refused after the busy timeout with a
 * clear message and writes nothing; once that process is gone, the change goes through. */
static void
test_locked_by_other_process (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) window = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(OndBooking) booking = NULL;
  g_autoptr(GListModel) partners = NULL;
  gint64 line = sql_int (f->path, "SELECT min(id) FROM budget_line", 0);
  gint64 bookings = sql_int (f->path, "SELECT COUNT(*) FROM booking WHERE ? = 0", 0);
  gint64 n_partners = sql_int (f->path, "SELECT COUNT(*) FROM partner WHERE ? = 0", 0);
  int ready[2];
  char byte = 0;
  pid_t child;
  int status = 0;

  g_clear_object (&f->store);
  g_assert_cmpint (pipe (ready), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      sqlite3 *db = NULL;

      close (ready[0]);
      if (sqlite3_open (f->path, &db) != SQLITE_OK ||
          sqlite3_exec (db, "BEGIN IMMEDIATE;" ADD_PARTNER, NULL, NULL, NULL) != SQLITE_OK ||
          write (ready[1], "w", 1) != 1)
        _exit (3);
      pause ();
      _exit (0);
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);

  /* The file opens and reads (without the other program's unfinished change). */
  window = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  partners = ond_store_list_partners (window, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (partners), ==, n_partners);

  /* A change waits for the busy timeout, then is refused in words; nothing is written. */
  plan = ond_store_dup_current_plan (window, &error);
  g_assert_no_error (error);
  booking = ond_booking_new (0, "2024-03-01", line, NULL, 700, "realisatie", NULL, "Factuur",
                             "F-busy", "Leverancier", 0);
  g_assert_cmpint (ond_store_save_booking (window, ond_plan_get_id (plan), booking, &error),
                   ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_BUSY);
  g_assert_cmpstr (error->message, ==, "The database is busy: another program is writing to "
                                       "it. Nothing was changed; try again in a moment.");
  g_clear_error (&error);

  /* The other program is gone (killed: its change is lost): the change goes through. */
  g_assert_cmpint (kill (child, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM booking WHERE ? = 0", 0), ==,
                   bookings);
  g_assert_cmpint (ond_store_save_booking (window, ond_plan_get_id (plan), booking, &error),
                   >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM booking WHERE ? = 0", 0), ==,
                   bookings + 1);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM partner WHERE ? = 0", 0), ==,
                   n_partners);
  {
    g_autofree char *integrity = sql_text (f->path, "PRAGMA integrity_check", 0);

    g_assert_cmpstr (integrity, ==, "ok");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/store-watch/claim-in-process", test_claim_in_process);
  ADD_TEST ("/ond/store-watch/claim-other-process", test_claim_other_process);
  ADD_TEST ("/ond/store-watch/headless-beside-window", test_headless_beside_window);
  ADD_TEST ("/ond/store-watch/outside-changes", test_outside_changes);
  ADD_TEST ("/ond/store-watch/locked-by-other-process", test_locked_by_other_process);

  return g_test_run ();
}
