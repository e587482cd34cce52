/* test-outside-changes-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A window that watches its file, as the application's window does (ond-store-watch.h),
 * on a freshly seeded database: a partner added by another connection (a second program, a
 * headless command) shows in the partner list without anyone touching the window, and so do
 * cases registered or removed by a headless store in the case list, where a case shown that
 * is removed is closed, a control in the register of controls and a meeting in the list of
 * meetings; a second window on the file is refused while the first has it. Runs on a
 * display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "ond-case-detail.h"
#include "ond-case-draft.h"
#include "ond-cases-view.h"
#include "ond-gui-test-util.h"
#include "ond-meeting-view.h"
#include "ond-registers-view.h"
#include "ond-store-meetings.h"
#include "ond-partners-view.h"
#include "ond-store-cases.h"
#include "ond-store-subject.h"
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

/* What a headless import does: a store of its own on the file that registers a signal. */
static gint64
register_elsewhere (OndStore   *headless,
                    const char *subject)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  gint64 id;

  draft->date_received = g_strdup ("2024-05-01");
  draft->source = g_strdup ("mma");
  draft->subject_kind = g_strdup ("persoon");
  draft->subject_name = g_strdup (subject);
  draft->summary = g_strdup ("Hennepgeur bij de achterdeur");
  id = ond_store_create_case (headless, draft, today, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Runs the main loop until the case list holds @n cases, a few watch intervals at most. */
static guint
wait_for_count (OndCasesView *view,
                guint         n)
{
  gint64 end = g_get_monotonic_time () +
               4 * OND_STORE_WATCH_INTERVAL_MS * G_TIME_SPAN_MILLISECOND;
  GListModel *cases;

  do
    {
      g_main_context_iteration (NULL, FALSE);
      cases = ond_cases_view_get_cases (view);
    }
  while (g_list_model_get_n_items (cases) != n && g_get_monotonic_time () < end);
  return g_list_model_get_n_items (cases);
}

static void
test_outside_cases (GuiFixture    *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) headless = NULL;
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;
  OndCasesView *view;
  OndCaseDetail *detail;
  guint before;
  gint64 first;

  g_assert_true (ond_store_claim_window (store, &error));
  g_assert_no_error (error);
  window = gui_show_window (f->app, store, f->settings);
  ond_store_watch_outside_changes (store, OND_STORE_WATCH_INTERVAL_MS);
  view = gui_choose_section (window, "Case Meeting", OND_TYPE_CASES_VIEW);
  run_until_idle ();
  before = g_list_model_get_n_items (ond_cases_view_get_cases (view));

  /* Registered by the headless store: in the list without a click. */
  headless = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  first = register_elsewhere (headless, "Karel Buiten");
  register_elsewhere (headless, "Kees Buiten");
  g_assert_cmpuint (wait_for_count (view, before + 2), ==, before + 2);

  /* The first is opened in the window, then removed for good by the other program: the
   * list loses it and the case view closes. */
  g_assert_true (ond_cases_view_open_case (view, first, &error));
  g_assert_no_error (error);
  detail = find_first (GTK_WIDGET (view), OND_TYPE_CASE_DETAIL);
  g_assert_nonnull (ond_case_detail_get_case (detail));
  g_assert_true (ond_store_erase_on_request (headless, &first, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (wait_for_count (view, before + 1), ==, before + 1);
  g_assert_null (ond_case_detail_get_case (detail));

  g_clear_object (&headless);
  gui_close_window (window, store);
}

/* Runs the main loop until @root shows a label @text, a few watch intervals at most. */
static gboolean
wait_for_label (GtkWidget  *root,
                const char *text)
{
  gint64 end = g_get_monotonic_time () +
               4 * OND_STORE_WATCH_INTERVAL_MS * G_TIME_SPAN_MILLISECOND;

  while (!has_label (root, text) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return has_label (root, text);
}

#define CONTROL_NOTE "Controle van een collega"

/* A control recorded by another program is in the register shown, without a click. */
static void
test_outside_register (GuiFixture    *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;
  OndRegistersView *view;
  sqlite3 *db = NULL;

  g_assert_true (ond_store_claim_window (store, &error));
  g_assert_no_error (error);
  window = gui_show_window (f->app, store, f->settings);
  ond_store_watch_outside_changes (store, OND_STORE_WATCH_INTERVAL_MS);
  view = gui_choose_section (window, "Controls & Measures", OND_TYPE_REGISTERS_VIEW);
  run_until_idle ();
  g_assert_false (has_label (GTK_WIDGET (view), CONTROL_NOTE));

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO control (date, kind, businesses, signals, note)"
                                     " VALUES ('2024-03-12', 'integraal', 4, 1,"
                                     " '" CONTROL_NOTE "')", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (wait_for_label (GTK_WIDGET (view), CONTROL_NOTE));
  gui_close_window (window, store);
}

/* A meeting planned by someone else is in the list of meetings shown, without a click. */
static void
test_outside_meeting (GuiFixture    *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndStore) headless = NULL;
  OndMeetingView *view = OND_MEETING_VIEW (ond_meeting_view_new ());
  GtkWindow *window;
  gint64 end;

  ond_meeting_view_set_store (view, store);
  window = show_in_window (GTK_WIDGET (view));
  ond_store_watch_outside_changes (store, OND_STORE_WATCH_INTERVAL_MS);
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (ond_meeting_view_get_meetings (view)), ==, 0);

  headless = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_create_meeting (headless, "2024-06-04", &error), >, 0);
  g_assert_no_error (error);

  end = g_get_monotonic_time () + 4 * OND_STORE_WATCH_INTERVAL_MS * G_TIME_SPAN_MILLISECOND;
  while (g_list_model_get_n_items (ond_meeting_view_get_meetings (view)) == 0
         && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (ond_meeting_view_get_meetings (view)), ==, 1);
  g_assert_cmpint (ond_meeting_view_get_meeting_id (view), >, 0);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "OutsideChanges");
  gui_test_add ("/ond/outside-changes-gui/partner", test_outside_changes);
  gui_test_add ("/ond/outside-changes-gui/cases", test_outside_cases);
  gui_test_add ("/ond/outside-changes-gui/register", test_outside_register);
  gui_test_add ("/ond/outside-changes-gui/meeting", test_outside_meeting);
  return gui_test_run ();
}
