/* test-forms-conflict-plan.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (optimistic locking, issue 9, migration 12) of the name of an
 * intervention of the menukaart, the owners of a theme and the decision on an agenda item of a
 * casusoverleg, as test-forms-conflict.c does for a booking and a figure value: two clients,
 * the older save is CONFLICT and writes nothing (the row, a theme's owners, a case's history
 * and the access log compared with plain SQL), the compare lists exactly what the other
 * changed, after reading again the save goes through, a save without a version is not checked
 * and adds 1, a record deleted since is NOT_FOUND. */

#include "config.h"

#include "ond-plan.h"
#include "ond-store-form-conflict.h"
#include "ond-store-meetings.h"
#include "ond-store-partners.h"
#include "ond-store-themes.h"
#include "ond-test-util.h"
#include "test-case-util.h"

static void
assert_change (GPtrArray  *changes,
               const char *field,
               const char *theirs,
               const char *mine,
               gboolean    mine_changed)
{
  OndCaseChange *change;

  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, field);
  g_assert_cmpstr (change->theirs, ==, theirs);
  g_assert_cmpstr (change->mine, ==, mine);
  g_assert_cmpint (change->mine_changed, ==, mine_changed);
}

/* The rows of @sql (@id bound), the rows of @more (the same @id) and the access log. */
static char *
state (Fixture    *f,
       const char *sql,
       const char *more,
       gint64      id)
{
  g_autofree char *row = sql_rows_for (f->path, sql, id);
  g_autofree char *rows = sql_rows_for (f->path, more, id);

  return g_strdup_printf ("%s\n%s\naccess_log=%" G_GINT64_FORMAT, row, rows,
                          sql_int (f->path, "SELECT count(*) FROM access_log WHERE 0 = ?", 0));
}

/* Interventions: the other client renames; the user renames too. */

static OndIntervention *
read_intervention (OndStore *store,
                   gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndIntervention *intervention = ond_store_get_intervention (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (intervention);
  return intervention;
}

static void
test_intervention (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndIntervention) opened = NULL;
  g_autoptr(OndIntervention) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *sql = "SELECT * FROM intervention WHERE id = ?";
  const char *partners = "SELECT * FROM intervention_partner WHERE intervention_id = ?"
                         " ORDER BY partner_id";
  gint64 id = ond_store_add_intervention (f->store, "Bibob-toets", &error);
  gint64 theirs;
  gint64 mine;

  g_assert_no_error (error);
  opened = read_intervention (f->store, id);
  g_assert_cmpint (ond_intervention_get_row_version (opened), ==, 1);

  theirs = ond_intervention_get_row_version (opened);
  g_assert_true (ond_store_rename_intervention_edit (other, id, &theirs, "Bibob-onderzoek",
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpint (theirs, ==, 2);

  before = state (f, sql, partners, id);
  mine = ond_intervention_get_row_version (opened);
  g_assert_false (ond_store_rename_intervention_edit (f->store, id, &mine, "Bibob-advies",
                                                      &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (mine, ==, 1);
  after = state (f, sql, partners, id);
  g_assert_cmpstr (after, ==, before);

  current = read_intervention (f->store, id);
  changes = ond_store_compare_intervention_edit (opened, "Bibob-advies", current);
  assert_change (changes, "name", "Bibob-onderzoek", "Bibob-advies", TRUE);

  mine = ond_intervention_get_row_version (current);
  g_assert_true (ond_store_rename_intervention_edit (f->store, id, &mine, "Bibob-advies",
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpint (mine, ==, 3);
  g_assert_cmpint (table_row_version (f, "intervention", id), ==, 3);

  /* Unchecked: a rename and a retire each add 1. */
  g_assert_true (ond_store_rename_intervention (other, id, "Bibob", &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_set_intervention_retired (other, id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, "intervention", id), ==, 5);

  /* Deleted since: NOT_FOUND. */
  g_assert_true (ond_store_delete_intervention (other, id, &error));
  g_assert_no_error (error);
  mine = 5;
  g_assert_false (ond_store_rename_intervention_edit (f->store, id, &mine, "Weg", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

/* Themes: the other client makes the police the only owner; the user adds OZHZ. */

static gint64
plan_id (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (f->store, &error);

  g_assert_no_error (error);
  return ond_plan_get_id (plan);
}

static OndTheme *
read_theme (Fixture  *f,
            OndStore *store,
            gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndTheme *theme = ond_store_get_theme (store, plan_id (f), id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (theme);
  return theme;
}

static void
test_theme_owners (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndTheme) opened = NULL;
  g_autoptr(OndTheme) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *sql = "SELECT * FROM theme WHERE id = ?";
  const char *owners = "SELECT partner_id, position FROM theme_owner WHERE theme_id = ?"
                       " ORDER BY position";
  gint64 police[] = { partner_id (f, "Politie") };
  gint64 both[] = { partner_id (f, "Politie"), partner_id (f, "OZHZ") };
  gint64 id = theme_id (f, "Drugs");
  gint64 version;
  gint64 theirs;
  gint64 mine;

  opened = read_theme (f, f->store, id);
  version = ond_theme_get_row_version (opened);
  g_assert_cmpint (version, ==, 1);

  theirs = version;
  g_assert_true (ond_store_set_theme_owners_edit (other, id, &theirs, police, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (theirs, ==, 2);

  before = state (f, sql, owners, id);
  mine = version;
  g_assert_false (ond_store_set_theme_owners_edit (f->store, id, &mine, both, 2, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = state (f, sql, owners, id);
  g_assert_cmpstr (after, ==, before);

  current = read_theme (f, f->store, id);
  g_assert_cmpstr (ond_theme_get_owners (current), ==, "Politie");
  changes = ond_store_compare_theme_owners_edit (opened, "Politie, OZHZ", current);
  assert_change (changes, "owners", "Politie", "Politie, OZHZ",
                 g_strcmp0 (ond_theme_get_owners (opened), "Politie, OZHZ") != 0);

  mine = ond_theme_get_row_version (current);
  g_assert_true (ond_store_set_theme_owners_edit (f->store, id, &mine, both, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mine, ==, 3);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM theme_owner WHERE theme_id = ?", id),
                   ==, 2);

  /* Unchecked: adds 1. */
  g_assert_true (ond_store_set_theme_owners (other, id, police, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, "theme", id), ==, 4);

  /* A theme that is gone: NOT_FOUND. */
  mine = 4;
  g_assert_false (ond_store_set_theme_owners_edit (f->store, G_MAXINT32, &mine, police, 1,
                                                   &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

/* Agenda items: two people record a decision on the same item. */

static OndMeetingItem *
read_item (OndStore *store,
           gint64    meeting_id,
           gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndMeetingItem *item = ond_store_get_meeting_item (store, meeting_id, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

static void
test_decision (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndMeetingItem) opened = NULL;
  g_autoptr(OndMeetingItem) current = NULL;
  g_autoptr(OndMeetingItem) gone = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *drop = NULL;
  const char *sql = "SELECT * FROM meeting_item WHERE id = ?";
  const char *history = "SELECT c.row_version, c.updated_at, count(e.id) FROM case_file c"
                        " JOIN meeting_item mi ON mi.case_id = c.id"
                        " LEFT JOIN case_event e ON e.case_id = c.id"
                        " WHERE mi.id = ? GROUP BY c.row_version, c.updated_at";
  gint64 case_id = new_case (f, "2025-06-01", "Jan de Vries");
  gint64 meeting = ond_store_create_meeting (f->store, "2025-06-16", &error);
  gint64 id;
  gint64 theirs;
  gint64 mine;
  gint64 events;

  g_assert_no_error (error);
  id = sql_int (f->path, "SELECT id FROM meeting_item WHERE case_id = ?", case_id);
  g_assert_cmpint (id, >, 0);
  opened = read_item (f->store, meeting, id);
  g_assert_cmpint (ond_meeting_item_get_row_version (opened), ==, 1);

  theirs = 1;
  g_assert_true (ond_store_record_meeting_decision_edit (other, id, &theirs, "Opvolgen",
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpint (theirs, ==, 2);

  before = state (f, sql, history, id);
  mine = 1;
  g_assert_false (ond_store_record_meeting_decision_edit (f->store, id, &mine, "Sluiten",
                                                          &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (mine, ==, 1);
  after = state (f, sql, history, id);
  g_assert_cmpstr (after, ==, before);

  current = read_item (f->store, meeting, id);
  changes = ond_store_compare_decision_edit (opened, "Sluiten", current);
  assert_change (changes, "decision", "Opvolgen", "Sluiten", TRUE);

  /* Overwrite: recorded over theirs, with the history entry as always. */
  events = count_rows (f, "case_event", case_id);
  mine = ond_meeting_item_get_row_version (current);
  g_assert_true (ond_store_record_meeting_decision_edit (f->store, id, &mine, "Sluiten",
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpint (mine, ==, 3);
  g_assert_cmpint (count_rows (f, "case_event", case_id), ==, events + 1);

  /* Unchecked: adds 1. */
  g_assert_true (ond_store_record_meeting_decision (other, id, "Nogmaals", &error));
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, "meeting_item", id), ==, 4);

  /* Deleted since: NOT_FOUND. */
  drop = g_strdup_printf ("DELETE FROM meeting_item WHERE id = %" G_GINT64_FORMAT, id);
  sql_exec (f->path, drop);
  mine = 4;
  g_assert_false (ond_store_record_meeting_decision_edit (f->store, id, &mine, "Weg", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  gone = ond_store_get_meeting_item (f->store, meeting, id, &error);
  g_assert_null (gone);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/forms-conflict/intervention", test_intervention);
  ADD_TEST ("/ond/forms-conflict/theme-owners", test_theme_owners);
  ADD_TEST ("/ond/forms-conflict/decision", test_decision);

  return g_test_run ();
}
