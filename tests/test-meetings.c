/* test-meetings.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The casusoverleg meetings of OndStore: which cases a new meeting's agenda holds (new
 * signals, due follow-ups of the case or of an open intervention; never closed, dropped or
 * deleted cases, never a case twice), adding a case, recording a decision (history and
 * access log, without personal data), and the refusals (blank decision, a second meeting
 * on a date, a bad date, a read-only file) that write nothing. Cases are made through the
 * store's own case workflow, against a seeded database in a scratch folder.
 */

#define G_LOG_DOMAIN "test-meetings"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-date.h"
#include "ond-intervention.h"
#include "ond-plan.h"
#include "ond-store-cases.h"
#include "ond-store-meetings.h"
#include "ond-store-private.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "ond-theme.h"

typedef struct
{
  char       *dir;
  char       *path;
  OndStore   *store;
  GDateTime  *today;
  gint64      theme_id;
  char       *theme_name;
  gint64      intervention_id;
  gint64      partner_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(OndTheme) theme = NULL;
  guint n;

  f->dir = ond_test_make_dir ("test-meetings");
  f->path = ond_test_db_new (f->dir, "ondermijning.db");
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  f->today = g_date_time_new_now_local ();

  plan = ond_store_dup_current_plan (f->store, &error);
  g_assert_no_error (error);
  themes = ond_store_list_themes (f->store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  theme = g_list_model_get_item (themes, 0);
  f->theme_id = ond_theme_get_id (theme);
  f->theme_name = g_strdup (ond_theme_get_name (theme));

  /* An intervention of the menukaart with a partner marked for it. */
  interventions = ond_store_list_interventions (f->store, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (interventions);
  for (guint i = 0; i < n && f->intervention_id == 0; i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (interventions, i);
      guint n_partners = 0;
      const gint64 *partners = ond_intervention_get_partner_ids (intervention, &n_partners);

      if (!ond_intervention_get_retired (intervention) && n_partners > 0)
        {
          f->intervention_id = ond_intervention_get_id (intervention);
          f->partner_id = partners[0];
        }
    }
  g_assert_cmpint (f->intervention_id, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  ond_test_db_drop (f->path);
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_date_time_unref (f->today);
  g_free (f->theme_name);
  g_free (f->path);
  g_free (f->dir);
}

/* Today plus @days, ISO. */
static char *
iso_day (Fixture *f,
         int      days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (f->today, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

/* Registers a signal received @days_ago days ago about @subject; returns its id and sets
 * *@reference. */
static gint64
new_case (Fixture     *f,
          const char  *subject,
          int          days_ago,
          char       **reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  gint64 id;

  draft->date_received = iso_day (f, -days_ago);
  draft->source = g_strdup ("mma");
  draft->theme_id = f->theme_id;
  draft->subject_kind = g_strdup ("persoon");
  draft->subject_name = g_strdup (subject);
  draft->address = g_strdup ("Voorstraat 1, Dordrecht");
  draft->summary = g_strdup ("Signaal over hennepteelt in de woning");

  id = ond_store_create_case (f->store, draft, f->today, reference, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Weighs @case_id: "onderzoek" with a follow-up in @follow_up_days days (stays gewogen). */
static void
weigh_research (Fixture *f,
                gint64   case_id,
                int      follow_up_days)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = iso_day (f, follow_up_days);

  ond_store_weigh_case (f->store, case_id, "midden", OND_WEIGHING_RESEARCH,
                        "Eerst meer informatie verzamelen", 0, date, &error);
  g_assert_no_error (error);
}

/* Weighs @case_id: hand it to the partner (toegewezen). */
static void
weigh_partner (Fixture *f,
               gint64   case_id)
{
  g_autoptr(GError) error = NULL;

  ond_store_weigh_case (f->store, case_id, "hoog", OND_WEIGHING_PARTNER,
                        "Past bij de partner", f->partner_id, NULL, &error);
  g_assert_no_error (error);
}

static void
add_intervention (Fixture    *f,
                  gint64      case_id,
                  int         follow_up_days,
                  const char *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = iso_day (f, follow_up_days);
  gint64 id;

  id = ond_store_add_case_intervention (f->store, case_id, f->intervention_id, f->partner_id,
                                        NULL, date, status, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
}

/* @sql on the store's own connection (the file, or the server database), stepped to its
 * first row. */
static OndStatement *
first_row (Fixture    *f,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStatement) stmt = _ond_store_prepare (f->store, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  g_assert_true (ond_statement_step (stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  return g_steal_pointer (&stmt);
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  g_autoptr(OndStatement) stmt = first_row (f, sql);

  return ond_statement_get_int64 (stmt, 0);
}

static gint64
create_meeting (Fixture *f,
                int      days)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = iso_day (f, days);
  gint64 id = ond_store_create_meeting (f->store, date, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static GListModel *
list_items (Fixture *f,
            gint64   meeting_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *items = ond_store_list_meeting_items (f->store, meeting_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (items);
  return items;
}

static OndMeetingItem *
item_at (GListModel *items,
         guint       position)
{
  g_autoptr(OndMeetingItem) item = g_list_model_get_item (items, position);

  g_assert_nonnull (item);
  return item;  /* the model keeps a reference */
}

/* Finds the item of @reference, or NULL. */
static OndMeetingItem *
find_item (GListModel *items,
           const char *reference)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      OndMeetingItem *item = item_at (items, i);

      if (g_strcmp0 (ond_meeting_item_get_case_reference (item), reference) == 0)
        return item;
    }
  return NULL;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
test_agenda_composition (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(OndMeeting) meeting = NULL;
  g_autoptr(GPtrArray) expected_new = g_ptr_array_new ();
  g_autoptr(GPtrArray) expected_due = g_ptr_array_new ();
  g_autofree char *ref_new1 = NULL, *ref_new2 = NULL, *ref_due_own = NULL;
  g_autofree char *ref_later = NULL, *ref_due_intervention = NULL, *ref_cancelled = NULL;
  g_autofree char *ref_both = NULL, *ref_dropped = NULL, *ref_closed = NULL;
  g_autofree char *ref_deleted_new = NULL, *ref_deleted_due = NULL, *ref_done = NULL;
  g_autofree char *meeting_date = iso_day (f, 20);
  g_autofree char *in_five = iso_day (f, 5);
  g_autofree char *in_ten = iso_day (f, 10);
  gint64 id, meeting_id;
  guint position = 0;

  /* Two new signals. */
  new_case (f, "Nieuw Een", 5, &ref_new1);
  new_case (f, "Nieuw Twee", 1, &ref_new2);

  /* Weighed for research with a follow-up before the meeting: due. */
  id = new_case (f, "Eigen Opvolging", 4, &ref_due_own);
  weigh_research (f, id, 10);
  /* ... and with a follow-up after the meeting: not yet due. */
  id = new_case (f, "Later", 4, &ref_later);
  weigh_research (f, id, 30);

  /* Assigned, with a planned intervention whose follow-up is due. */
  id = new_case (f, "Interventie Opvolging", 3, &ref_due_intervention);
  weigh_partner (f, id);
  add_intervention (f, id, 5, "gepland");
  /* Assigned, with due follow-ups only on a cancelled and a finished intervention. */
  id = new_case (f, "Geannuleerd", 3, &ref_cancelled);
  weigh_partner (f, id);
  add_intervention (f, id, 5, "geannuleerd");
  id = new_case (f, "Gereed", 3, &ref_done);
  weigh_partner (f, id);
  add_intervention (f, id, 5, "gereed");
  add_intervention (f, id, 40, "lopend");

  /* Its own follow-up and two running interventions are due: on the agenda once, with
   * the earliest of the dates. */
  id = new_case (f, "Dubbel", 2, &ref_both);
  weigh_research (f, id, 10);
  add_intervention (f, id, 8, "lopend");
  add_intervention (f, id, 5, "lopend");

  /* Dropped: its follow-up would be due, but the case is no longer open. */
  id = new_case (f, "Afgevoerd", 6, &ref_dropped);
  ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_DROP, "Geen aanwijzingen", 0, NULL,
                        &error);
  g_assert_no_error (error);
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE case_file SET follow_up_date = '%s'"
                                            " WHERE id = %" G_GINT64_FORMAT, in_five, id);

    g_assert_true (_ond_store_exec (f->store, sql, &error));
    g_assert_no_error (error);
  }

  /* Closed, with an intervention still planned and due: not open, so not on it. */
  id = new_case (f, "Gesloten", 6, &ref_closed);
  weigh_partner (f, id);
  add_intervention (f, id, 5, "gepland");
  ond_store_move_case (f->store, id, OND_CASE_STATUS_INTERVENTION, NULL, &error);
  g_assert_no_error (error);
  ond_store_move_case (f->store, id, OND_CASE_STATUS_MONITORING, NULL, &error);
  g_assert_no_error (error);
  ond_store_close_case (f->store, id, "effectief", "Pand gesloten", &error);
  g_assert_no_error (error);

  /* Deleted (hidden for undo): a new one and a due one. */
  id = new_case (f, "Verwijderd Nieuw", 2, &ref_deleted_new);
  ond_store_delete_case (f->store, id, &error);
  g_assert_no_error (error);
  id = new_case (f, "Verwijderd Opvolging", 2, &ref_deleted_due);
  weigh_research (f, id, 5);
  ond_store_delete_case (f->store, id, &error);
  g_assert_no_error (error);

  meeting_id = create_meeting (f, 20);
  items = list_items (f, meeting_id);

  /* New signals first, then the due follow-ups, each group by reference. */
  g_ptr_array_add (expected_new, ref_new1);
  g_ptr_array_add (expected_new, ref_new2);
  g_ptr_array_sort (expected_new, compare_strings);
  g_ptr_array_add (expected_due, ref_due_own);
  g_ptr_array_add (expected_due, ref_due_intervention);
  g_ptr_array_add (expected_due, ref_both);
  g_ptr_array_sort (expected_due, compare_strings);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, expected_new->len + expected_due->len);

  for (guint i = 0; i < expected_new->len; i++, position++)
    {
      OndMeetingItem *item = item_at (items, position);

      g_assert_cmpstr (ond_meeting_item_get_case_reference (item), ==,
                       g_ptr_array_index (expected_new, i));
      g_assert_cmpstr (ond_meeting_item_get_reason (item), ==, "nieuw");
      g_assert_cmpstr (ond_meeting_item_get_reason_label (item), ==, "Nieuwe melding");
      g_assert_cmpstr (ond_meeting_item_get_status_label (item), ==, "Nieuw");
      g_assert_cmpuint (ond_meeting_item_get_position (item), ==, position + 1);
      g_assert_cmpint (ond_meeting_item_get_meeting_id (item), ==, meeting_id);
      g_assert_cmpstr (ond_meeting_item_get_decision (item), ==, "");
      g_assert_null (ond_meeting_item_get_decided_at (item));
    }
  for (guint i = 0; i < expected_due->len; i++, position++)
    {
      OndMeetingItem *item = item_at (items, position);

      g_assert_cmpstr (ond_meeting_item_get_case_reference (item), ==,
                       g_ptr_array_index (expected_due, i));
      g_assert_cmpstr (ond_meeting_item_get_reason (item), ==, "follow_up");
      g_assert_cmpuint (ond_meeting_item_get_position (item), ==, position + 1);
    }

  /* What the items carry for the meeting view and the printed lists. */
  g_assert_cmpstr (ond_meeting_item_get_subject_name (find_item (items, ref_new1)), ==,
                   "Nieuw Een");
  g_assert_cmpstr (ond_meeting_item_get_theme_name (find_item (items, ref_new1)), ==,
                   f->theme_name);
  g_assert_cmpstr (ond_meeting_item_get_status_label (find_item (items, ref_due_own)), ==,
                   "Gewogen");
  g_assert_cmpstr (ond_meeting_item_get_follow_up_date (find_item (items, ref_due_own)), ==,
                   in_ten);
  g_assert_cmpstr (ond_meeting_item_get_status_label (find_item (items, ref_due_intervention)),
                   ==, "Toegewezen");
  g_assert_cmpstr (ond_meeting_item_get_follow_up_date (find_item (items, ref_due_intervention)),
                   ==, in_five);
  g_assert_cmpstr (ond_meeting_item_get_follow_up_date (find_item (items, ref_both)), ==,
                   in_five);

  /* Not on it. */
  g_assert_null (find_item (items, ref_later));
  g_assert_null (find_item (items, ref_cancelled));
  g_assert_null (find_item (items, ref_done));
  g_assert_null (find_item (items, ref_dropped));
  g_assert_null (find_item (items, ref_closed));
  g_assert_null (find_item (items, ref_deleted_new));
  g_assert_null (find_item (items, ref_deleted_due));
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM meeting_item"), ==,
                   expected_new->len + expected_due->len);

  /* The meeting in the list of meetings. */
  meetings = ond_store_list_meetings (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  meeting = g_list_model_get_item (meetings, 0);
  g_assert_cmpint (ond_meeting_get_id (meeting), ==, meeting_id);
  g_assert_cmpstr (ond_meeting_get_date (meeting), ==, meeting_date);
  g_assert_cmpuint (ond_meeting_get_n_items (meeting), ==, 5);
}

/* A signal received after the date of a meeting is not on that meeting's agenda, and a
 * case that was deleted after the agenda was made drops off it. */
static void
test_agenda_dates (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(OndMeeting) newest = NULL;
  g_autofree char *ref_old = NULL, *ref_recent = NULL;
  gint64 recent_id, past_meeting, next_meeting;

  new_case (f, "Oud Signaal", 10, &ref_old);
  recent_id = new_case (f, "Recent Signaal", 2, &ref_recent);

  past_meeting = create_meeting (f, -5);
  items = list_items (f, past_meeting);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  g_assert_cmpstr (ond_meeting_item_get_case_reference (item_at (items, 0)), ==, ref_old);
  g_clear_object (&items);

  next_meeting = create_meeting (f, 1);
  items = list_items (f, next_meeting);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  g_clear_object (&items);

  ond_store_delete_case (f->store, recent_id, &error);
  g_assert_no_error (error);
  items = list_items (f, next_meeting);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  g_assert_null (find_item (items, ref_recent));

  /* Newest first, with the count of cases still shown. */
  meetings = ond_store_list_meetings (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  newest = g_list_model_get_item (meetings, 0);
  g_assert_cmpint (ond_meeting_get_id (newest), ==, next_meeting);
  g_assert_cmpuint (ond_meeting_get_n_items (newest), ==, 1);

  /* An unknown meeting. */
  g_clear_object (&items);
  items = ond_store_list_meeting_items (f->store, next_meeting + 100, &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_assert_null (items);
}

static void
test_add_case (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autofree char *ref_new = NULL, *ref_later = NULL, *ref_early = NULL, *ref_deleted = NULL;
  g_autofree char *what = NULL;
  gint64 new_id, later_id, early_id, deleted_id, meeting_id, item_id, second_id;
  gint64 items_before, log_before;
  OndMeetingItem *item;

  new_id = new_case (f, "Nieuw", 3, &ref_new);
  later_id = new_case (f, "Later", 3, &ref_later);
  weigh_research (f, later_id, 60);
  early_id = new_case (f, "Eerder", 4, &ref_early);
  weigh_research (f, early_id, 60);
  deleted_id = new_case (f, "Weg", 3, &ref_deleted);
  weigh_research (f, deleted_id, 60);
  ond_store_delete_case (f->store, deleted_id, &error);
  g_assert_no_error (error);

  meeting_id = create_meeting (f, 7);
  items = list_items (f, meeting_id);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  g_clear_object (&items);

  /* Adding a case that is not due. */
  log_before = count_rows (f, "SELECT COUNT(*) FROM access_log");
  item_id = ond_store_add_meeting_case (f->store, meeting_id, later_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (item_id, >, 0);
  items = list_items (f, meeting_id);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  item = item_at (items, 1);
  g_assert_cmpint (ond_meeting_item_get_id (item), ==, item_id);
  g_assert_cmpint (ond_meeting_item_get_case_id (item), ==, later_id);
  g_assert_cmpstr (ond_meeting_item_get_case_reference (item), ==, ref_later);
  g_assert_cmpstr (ond_meeting_item_get_reason (item), ==, "toegevoegd");
  g_assert_cmpstr (ond_meeting_item_get_reason_label (item), ==, "Toegevoegd");
  g_assert_cmpuint (ond_meeting_item_get_position (item), ==, 2);
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM access_log"), ==, log_before + 1);
  g_clear_object (&items);

  /* Added cases keep to the agenda's order: by reference after the others. */
  second_id = ond_store_add_meeting_case (f->store, meeting_id, early_id, &error);
  g_assert_no_error (error);
  items = list_items (f, meeting_id);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
  g_assert_cmpstr (ond_meeting_item_get_case_reference (item_at (items, 0)), ==, ref_new);
  item = find_item (items, ref_early);
  g_assert_cmpint (ond_meeting_item_get_id (item), ==, second_id);
  g_assert_cmpuint (ond_meeting_item_get_position (item), ==,
                    g_strcmp0 (ref_early, ref_later) < 0 ? 2 : 3);
  g_assert_cmpuint (ond_meeting_item_get_position (find_item (items, ref_later)), ==,
                    g_strcmp0 (ref_early, ref_later) < 0 ? 3 : 2);
  g_clear_object (&items);

  /* Refused, with nothing written: twice the same case, a case that is on it as a new
   * signal, a deleted case, an unknown case, an unknown meeting. */
  items_before = count_rows (f, "SELECT COUNT(*) FROM meeting_item");
  log_before = count_rows (f, "SELECT COUNT(*) FROM access_log");

  g_assert_cmpint (ond_store_add_meeting_case (f->store, meeting_id, later_id, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, ref_later));
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_meeting_case (f->store, meeting_id, new_id, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_meeting_case (f->store, meeting_id, deleted_id, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_meeting_case (f->store, meeting_id, deleted_id + 1000, &error),
                   ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_meeting_case (f->store, meeting_id + 1000, early_id, &error),
                   ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM meeting_item"), ==, items_before);
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM access_log"), ==, log_before);
  what = g_strdup_printf ("SELECT COUNT(*) FROM access_log WHERE case_reference = '%s'"
                          " AND what LIKE 'Toegevoegd aan agenda casusoverleg%%'", ref_later);
  g_assert_cmpint (count_rows (f, what), ==, 1);
}

/* Counts the access log rows that hold @text anywhere. */
static gint64
count_log_containing (Fixture    *f,
                      const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row = FALSE;
  gint64 value = 0;

  /* Matched here, byte for byte (instr () is SQLite's only). */
  stmt = _ond_store_prepare (f->store, "SELECT what, case_reference, who FROM access_log",
                             &error);
  g_assert_no_error (error);
  while (ond_statement_step (stmt, &has_row, &error) && has_row)
    {
      for (int c = 0; c < 3; c++)
        {
          const char *column = ond_statement_get_text (stmt, c);

          if (column != NULL && strstr (column, text) != NULL)
            {
              value++;
              break;
            }
        }
    }
  g_assert_no_error (error);
  return value;
}

static void
test_record_decision (Fixture       *f,
                      gconstpointer  data)
{
  static const char decision[] = "Overdragen aan het RIEC; Jansen-Bakker opnieuw bespreken";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) log = NULL;
  g_autofree char *ref = NULL, *meeting_date = NULL, *shown = NULL, *expected_reason = NULL;
  g_autofree char *sql = NULL;
  gint64 case_id, meeting_id, item_id, events_before, log_before;
  OndMeetingItem *item;
  g_autoptr(OndStatement) stmt = NULL;

  case_id = new_case (f, "Jansen-Bakker", 3, &ref);
  weigh_research (f, case_id, 2);
  meeting_id = create_meeting (f, 3);
  meeting_date = iso_day (f, 3);
  shown = ond_date_format (meeting_date);
  items = list_items (f, meeting_id);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  item_id = ond_meeting_item_get_id (item_at (items, 0));
  g_clear_object (&items);

  events_before = count_rows (f, "SELECT COUNT(*) FROM case_event");
  log_before = count_rows (f, "SELECT COUNT(*) FROM access_log");

  g_assert_true (ond_store_record_meeting_decision (f->store, item_id,
                                                    "  Overdragen aan het RIEC; Jansen-Bakker"
                                                    " opnieuw bespreken \n", &error));
  g_assert_no_error (error);

  /* On the item, trimmed, with when and by whom. */
  items = list_items (f, meeting_id);
  item = item_at (items, 0);
  g_assert_cmpstr (ond_meeting_item_get_decision (item), ==, decision);
  g_assert_cmpstr (ond_meeting_item_get_decided_by (item), ==, ond_test_user_name (f->path));
  g_assert_nonnull (ond_meeting_item_get_decided_at (item));
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$",
                                       ond_meeting_item_get_decided_at (item), 0, 0));

  /* In the case's history: one entry, status unchanged, the meeting's date and the text. */
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM case_event"), ==, events_before + 1);
  expected_reason = g_strdup_printf ("Casusoverleg %s: %s", shown, decision);
  stmt = first_row (f, "SELECT case_id, from_status, to_status, reason, who"
                       " FROM case_event ORDER BY id DESC LIMIT 1");
  g_assert_cmpint (ond_statement_get_int64 (stmt, 0), ==, case_id);
  g_assert_cmpstr (ond_statement_get_text (stmt, 1), ==, "gewogen");
  g_assert_cmpstr (ond_statement_get_text (stmt, 2), ==, "gewogen");
  g_assert_cmpstr (ond_statement_get_text (stmt, 3), ==, expected_reason);
  g_assert_cmpstr (ond_statement_get_text (stmt, 4), ==, ond_test_user_name (f->path));
  g_clear_pointer (&stmt, ond_statement_free);

  /* The store's own history list shows it too. */
  events = ond_store_list_case_events (f->store, case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), >=, 3);

  /* Logged once, by reference, without the subject or the decision's text. */
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM access_log"), ==, log_before + 1);
  sql = g_strdup_printf ("SELECT COUNT(*) FROM access_log WHERE case_reference = '%s'"
                         " AND what = 'Besluit casusoverleg vastgelegd'", ref);
  g_assert_cmpint (count_rows (f, sql), ==, 1);
  g_assert_cmpint (count_log_containing (f, "Jansen"), ==, 0);
  g_assert_cmpint (count_log_containing (f, "RIEC; "), ==, 0);
  g_assert_cmpint (count_log_containing (f, "Voorstraat"), ==, 0);
  g_assert_cmpint (count_log_containing (f, "hennep"), ==, 0);
  log = ond_store_list_access_log (f->store, ref, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (log), >=, 1);

  /* The case was not moved by the decision. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT COUNT(*) FROM case_file WHERE id = %" G_GINT64_FORMAT
                         " AND status = 'gewogen'", case_id);
  g_assert_cmpint (count_rows (f, sql), ==, 1);
}

static void
test_blank_decision (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const blanks[] = { "", "   ", " \t\n ", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autofree char *ref = NULL;
  gint64 meeting_id, item_id, events_before, log_before;

  new_case (f, "Leeg Besluit", 1, &ref);
  meeting_id = create_meeting (f, 1);
  items = list_items (f, meeting_id);
  item_id = ond_meeting_item_get_id (item_at (items, 0));
  g_clear_object (&items);

  events_before = count_rows (f, "SELECT COUNT(*) FROM case_event");
  log_before = count_rows (f, "SELECT COUNT(*) FROM access_log");
  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      g_assert_false (ond_store_record_meeting_decision (f->store, item_id, blanks[i], &error));
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }

  /* An unknown item. */
  g_assert_false (ond_store_record_meeting_decision (f->store, item_id + 100, "Besluit",
                                                     &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM case_event"), ==, events_before);
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM access_log"), ==, log_before);
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM meeting_item WHERE decision <> ''"
                                  " OR decided_at IS NOT NULL"), ==, 0);
}

static void
test_same_date_refused (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const bad_dates[] = { "31-02-2024", "2024-13-01", "morgen", "", "   " };
  g_autoptr(GError) error = NULL;
  g_autofree char *date = iso_day (f, 14);
  g_autofree char *shown = ond_date_format (date);
  gint64 meeting_id;

  new_case (f, "Eerste", 1, NULL);
  meeting_id = ond_store_create_meeting (f->store, date, &error);
  g_assert_no_error (error);
  g_assert_cmpint (meeting_id, >, 0);

  /* The same date again, also when typed the Dutch way. */
  g_assert_cmpint (ond_store_create_meeting (f->store, date, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, shown));
  g_clear_error (&error);
  g_assert_cmpint (ond_store_create_meeting (f->store, shown, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_assert_cmpint (ond_store_create_meeting (f->store, bad_dates[i], &error), ==, 0);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }

  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM meeting"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM meeting_item"), ==, 1);

  /* Another date is fine, and a Dutch date is stored as ISO. */
  {
    g_autofree char *next = iso_day (f, 35);
    g_autofree char *next_shown = ond_date_format (next);
    g_autofree char *sql = NULL;

    meeting_id = ond_store_create_meeting (f->store, next_shown, &error);
    g_assert_no_error (error);
    sql = g_strdup_printf ("SELECT COUNT(*) FROM meeting WHERE id = %" G_GINT64_FORMAT
                           " AND date = '%s'", meeting_id, next);
    g_assert_cmpint (count_rows (f, sql), ==, 1);
  }
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *date = iso_day (f, 30);
  gint64 case_id, other_id, meeting_id, item_id;

  if (ond_test_pg_wanted ())
    {
      g_test_skip ("A read-only file is about a file, not a server database");
      return;
    }
  case_id = new_case (f, "Alleen Lezen", 2, NULL);
  other_id = new_case (f, "Ander", 2, NULL);
  weigh_research (f, other_id, 60);
  meeting_id = create_meeting (f, 3);
  items = list_items (f, meeting_id);
  item_id = ond_meeting_item_get_id (item_at (items, 0));
  g_assert_cmpint (ond_meeting_item_get_case_id (item_at (items, 0)), ==, case_id);
  g_clear_object (&items);
  g_clear_object (&f->store);

  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

  /* Viewing works. */
  meetings = ond_store_list_meetings (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  items = list_items (f, meeting_id);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);

  /* Every change is refused. */
  g_assert_cmpint (ond_store_create_meeting (f->store, date, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_meeting_case (f->store, meeting_id, other_id, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ond_store_record_meeting_decision (f->store, item_id, "Besluit", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ond/meetings/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("agenda-composition", test_agenda_composition);
  ADD ("agenda-dates", test_agenda_dates);
  ADD ("add-case", test_add_case);
  ADD ("record-decision", test_record_decision);
  ADD ("blank-decision", test_blank_decision);
  ADD ("same-date-refused", test_same_date_refused);
  ADD ("read-only", test_read_only);

#undef ADD

  return g_test_run ();
}
