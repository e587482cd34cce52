/* test-planning-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (optimistic locking, issue 9, migration 10) of a planning row: two
 * clients (two stores on the same database: a file, or the server database of the PostgreSQL
 * run) open the same row; one saves, the other's save of the edit it opened earlier is refused
 * with OND_STORE_ERROR_CONFLICT and writes nothing (the row and the access log compared with
 * plain SQL); the differences list exactly what the first changed; after reading it again the
 * second save goes through. A change of the row's status counts as a change and an unchecked
 * change moves the version too; a row deleted since is NOT_FOUND; a row put back after a
 * delete keeps its version. The partners and explanations: test-planning-conflict-partners.c. */

#include "config.h"

#include "ond-store-plan-conflict.h"
#include "ond-test-util.h"
#include "test-case-util.h"

static gint64
item_plan (Fixture *f,
           gint64   id)
{
  return sql_int (f->path, "SELECT plan_id FROM plan_item WHERE id = ?", id);
}

static OndPlanItem *
read_item (OndStore *store,
           gint64    plan_id,
           gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndPlanItem *item = ond_store_get_plan_item (store, plan_id, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

/* Saves @item's fields with @what and @who instead of its own, checked against *@version. */
static gboolean
save_item (OndStore     *store,
           OndPlanItem  *item,
           gint64       *version,
           const char   *what,
           const char   *who,
           GError      **error)
{
  return ond_store_save_plan_item_edit (store, ond_plan_item_get_id (item), version,
                                        ond_plan_item_get_year (item),
                                        ond_plan_item_get_period (item), what, who,
                                        ond_plan_item_get_theme_id (item),
                                        ond_plan_item_get_status (item),
                                        ond_plan_item_get_recurring (item), error);
}

static GPtrArray *
compare_item (OndStore    *store,
              gint64       plan_id,
              OndPlanItem *opened,
              const char  *what,
              const char  *who,
              OndPlanItem *current)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *changes;

  changes = ond_store_compare_plan_item_edit (store, plan_id, opened,
                                              ond_plan_item_get_year (opened),
                                              ond_plan_item_get_period (opened), what, who,
                                              ond_plan_item_get_theme_id (opened),
                                              ond_plan_item_get_status (opened),
                                              ond_plan_item_get_recurring (opened), current,
                                              &error);
  g_assert_no_error (error);
  g_assert_nonnull (changes);
  return changes;
}

/* A changes what is planned; B's save of a change of who, opened before, is refused and
 * writes nothing; B is shown that what changed (and nothing else), reads it again and saves;
 * A's next save is refused in its turn and shows B's who. */
static void
test_item_two_clients (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndPlanItem) opened_a = NULL;
  g_autoptr(OndPlanItem) opened_b = NULL;
  g_autoptr(OndPlanItem) saved_a = NULL;
  g_autoptr(OndPlanItem) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *what = NULL;
  g_autofree char *old_what = NULL;
  g_autofree char *old_who = NULL;
  gint64 id = first_plan_item (f);
  gint64 plan_id = item_plan (f, id);
  gint64 version_a = 1, version_b = 1;
  OndCaseChange *change;

  g_assert_cmpint (table_row_version (f, "plan_item", id), ==, 1);
  opened_a = read_item (f->store, plan_id, id);
  opened_b = read_item (other, plan_id, id);
  g_assert_cmpint (ond_plan_item_get_row_version (opened_a), ==, 1);
  g_assert_cmpint (ond_plan_item_get_row_version (opened_b), ==, 1);
  old_what = g_strdup (ond_plan_item_get_what (opened_b));
  old_who = g_strdup (ond_plan_item_get_who (opened_b));
  g_assert_cmpstr (old_who, !=, "Team B");

  g_assert_true (save_item (f->store, opened_a, &version_a, "Tekst van A", old_who, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_a, ==, 2);
  g_assert_cmpint (table_row_version (f, "plan_item", id), ==, 2);
  saved_a = read_item (f->store, plan_id, id);

  before = table_row_state (f, "plan_item", id);
  g_assert_false (save_item (other, opened_b, &version_b, old_what, "Team B", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (version_b, ==, 1);
  after = table_row_state (f, "plan_item", id);
  g_assert_cmpstr (after, ==, before);

  /* What B is shown: only what is planned changed; B left it as it was. */
  current = read_item (other, plan_id, id);
  g_assert_cmpint (ond_plan_item_get_row_version (current), ==, 2);
  changes = compare_item (other, plan_id, opened_b, old_what, "Team B", current);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "what");
  g_assert_cmpstr (change->label, ==, "What");
  g_assert_cmpstr (change->theirs, ==, "Tekst van A");
  g_assert_cmpstr (change->mine, ==, old_what);
  g_assert_false (change->mine_changed);

  /* Keeping their text and saving who over the version read now goes through. */
  version_b = ond_plan_item_get_row_version (current);
  g_assert_true (save_item (other, current, &version_b, "Tekst van A", "Team B", &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_b, ==, 3);
  g_assert_cmpint (table_row_version (f, "plan_item", id), ==, 3);
  what = sql_text (f->path, "SELECT what || '/' || who FROM plan_item WHERE id = ?", id);
  g_assert_cmpstr (what, ==, "Tekst van A/Team B");

  /* A's next save, against the version A's own save gave, is refused and shows B's who. */
  g_assert_false (save_item (f->store, saved_a, &version_a, "Tekst van A", old_who, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (version_a, ==, 2);
  g_clear_pointer (&changes, g_ptr_array_unref);
  g_clear_object (&current);
  current = read_item (f->store, plan_id, id);
  changes = compare_item (f->store, plan_id, saved_a, "Tekst van A", old_who, current);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "who");
  g_assert_cmpstr (change->theirs, ==, "Team B");
  g_assert_cmpstr (change->mine, ==, old_who);
}

/* A change of the status by someone else (the one-click status of the planning) counts: an
 * edit opened before is refused, and the compare names the status with its label; an
 * unchecked change moves the version on too. */
static void
test_item_status (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndPlanItem) opened = NULL;
  g_autoptr(OndPlanItem) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *done = NULL;
  gboolean recurring;
  gint64 id = first_plan_item (f);
  gint64 plan_id = item_plan (f, id);
  gint64 version = 1;
  OndCaseChange *change;

  opened = read_item (f->store, plan_id, id);
  g_assert_cmpstr (ond_plan_item_get_status (opened), !=, "gereed");
  g_assert_true (ond_store_set_plan_item_status (other, id, "gereed", &error));
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, "plan_item", id), ==, 2);

  before = table_row_state (f, "plan_item", id);
  g_assert_false (save_item (f->store, opened, &version, "Iets anders",
                             ond_plan_item_get_who (opened), &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = table_row_state (f, "plan_item", id);
  g_assert_cmpstr (after, ==, before);

  current = read_item (f->store, plan_id, id);
  changes = compare_item (f->store, plan_id, opened, "Iets anders",
                          ond_plan_item_get_who (opened), current);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "status");
  g_assert_cmpstr (change->label, ==, "Status");
  done = sql_text (f->path, "SELECT label FROM work_status WHERE code = 'gereed' AND 0 = ?", 0);
  g_assert_cmpstr (change->theirs, ==, done);
  g_assert_false (change->mine_changed);

  /* An unchecked change moves the version on too. */
  recurring = !ond_plan_item_get_recurring (current);
  g_assert_true (ond_store_update_plan_item (other, id, ond_plan_item_get_year (current),
                                             ond_plan_item_get_period (current), "Nog iets",
                                             ond_plan_item_get_who (current),
                                             ond_plan_item_get_theme_id (current),
                                             "lopend", recurring, &error));
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, "plan_item", id), ==, 3);
  version = 2;
  g_assert_false (save_item (f->store, current, &version, "Iets anders", NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Every field of the form that differs is listed, in the form's order. */
  g_clear_object (&opened);
  opened = g_steal_pointer (&current);
  current = read_item (f->store, plan_id, id);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = compare_item (f->store, plan_id, opened, ond_plan_item_get_what (opened),
                          ond_plan_item_get_who (opened), current);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpstr (((OndCaseChange *) g_ptr_array_index (changes, 0))->field, ==, "what");
  g_assert_cmpstr (((OndCaseChange *) g_ptr_array_index (changes, 1))->field, ==, "status");
  g_assert_cmpstr (((OndCaseChange *) g_ptr_array_index (changes, 2))->field, ==,
                   "recurring");
  g_assert_cmpstr (((OndCaseChange *) g_ptr_array_index (changes, 2))->theirs, ==,
                   recurring ? "Yes" : "No");
}

/* Deleted by someone else: NOT_FOUND, not a conflict; put back (undo), it has the version
 * it had, and the whole row is as before the delete. */
static void
test_item_deleted (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndPlanItem) opened = NULL;
  g_autoptr(OndPlanItemDeletion) deletion = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = first_plan_item (f);
  gint64 plan_id = item_plan (f, id);
  gint64 version = 1;

  opened = read_item (f->store, plan_id, id);
  g_assert_true (ond_store_set_plan_item_status (other, id, "lopend", &error));
  g_assert_no_error (error);
  before = table_row_state (f, "plan_item", id);
  deletion = ond_store_delete_plan_item (other, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deletion);

  g_assert_false (save_item (f->store, opened, &version, "Iets", NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ond_store_get_plan_item (f->store, plan_id, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (ond_store_restore_plan_item (other, deletion, &error), ==, id);
  g_assert_no_error (error);
  after = table_row_state (f, "plan_item", id);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (table_row_version (f, "plan_item", id), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/planning-conflict/item/two-clients", test_item_two_clients);
  ADD_TEST ("/ond/planning-conflict/item/status", test_item_status);
  ADD_TEST ("/ond/planning-conflict/item/deleted", test_item_deleted);

  return g_test_run ();
}
