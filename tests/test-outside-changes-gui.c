/* test-outside-changes-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A window that watches its file, as the application's window does (ond-store-watch.h),
 * on a freshly seeded database: a partner added by another connection (a second program, a
 * headless command) shows in the partner list without anyone touching the window; a second
 * window on the file is refused while the first has it. Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "ond-gui-test-util.h"
#include "ond-partners-view.h"
#include "ond-store-watch.h"

#define PARTNER "Waterschap Hollandse Delta"

/* What another program does: a plain SQLite connection that adds a partner. */
static void
add_partner_elsewhere (const char *path)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO partner (name, short_name, kind, position)"
                                     " SELECT '" PARTNER "', 'WSHD', code, 99"
                                     " FROM partner_kind LIMIT 1;", NULL, NULL, &message),
                   ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_outside_changes (GuiFixture    *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) second = NULL;
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;
  OndPartnersView *view;
  gint64 end;

  g_assert_true (ond_store_claim_window (store, &error));
  g_assert_no_error (error);
  window = gui_show_window (f->app, store, f->settings);
  ond_store_watch_outside_changes (store, OND_STORE_WATCH_INTERVAL_MS);
  view = gui_choose_section (window, "Partners & Interventions", OND_TYPE_PARTNERS_VIEW);
  run_until_idle ();
  g_assert_false (has_label (GTK_WIDGET (view), PARTNER));

  add_partner_elsewhere (f->path);

  /* Within a few watch intervals the list shows it, with no click or key. */
  end = g_get_monotonic_time () + 4 * OND_STORE_WATCH_INTERVAL_MS * G_TIME_SPAN_MILLISECOND;
  while (!has_label (GTK_WIDGET (view), PARTNER) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (has_label (GTK_WIDGET (view), PARTNER));

  /* A second window on the same file is refused. */
  second = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_claim_window (second, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_BUSY);

  gui_close_window (window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "OutsideChanges");
  gui_test_add ("/ond/outside-changes-gui/partner", test_outside_changes);
  return gui_test_run ();
}
