/* test-plan-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (optimistic locking, issue 9) of an action of the plan and of
 * funding: two clients (two stores on the same database: a file, or the server database of
 * the PostgreSQL run) open the same row; one saves, the other's save of the edit it opened
 * earlier is refused with OND_STORE_ERROR_CONFLICT and writes nothing (the row and what hangs
 * from it compared with plain SQL); the differences list exactly what the first changed;
 * after reading it again the second save goes through. A change of an action's status counts
 * as a change; a row deleted since is NOT_FOUND; a row put back after a delete keeps its
 * version. */

#include "config.h"

#include "ond-money.h"
#include "ond-store-plan-conflict.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* Actions. */

static gint64
first_action (Fixture *f)
{
  return sql_int (f->path, "SELECT min(id) FROM action WHERE 0 = ?", 0);
}

static gint64
action_version (Fixture *f,
                gint64   id)
{
  return sql_int (f->path, "SELECT row_version FROM action WHERE id = ?", id);
}

/* The whole row of the action and its links. */
static char *
action_state (Fixture *f,
              gint64   id)
{
  g_autofree char *row = sql_rows_for (f->path, "SELECT * FROM action WHERE id = ?", id);
  g_autofree char *links = sql_rows_for (f->path, "SELECT * FROM action_plan_item"
                                                  " WHERE action_id = ?"
                                                  " ORDER BY plan_item_id", id);

  return g_strdup_printf ("%s\n%s", row, links);
}

static OndAction *
read_action (OndStore *store,
             gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndAction *action = ond_store_dup_action (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (action);
  return action;
}

static OndActionFields
fields_of (OndAction *action)
{
  guint n = 0;
  const gint64 *links = ond_action_get_plan_item_ids (action, &n);

  return (OndActionFields) {
    ond_action_get_pillar_id (action), ond_action_get_theme_id (action),
    ond_action_get_group_heading (action), ond_action_get_text (action),
    ond_action_get_status (action), ond_action_get_owner_id (action), links, n,
  };
}

/* A changes the text; B's save of an owner change opened before is refused and writes
 * nothing; B is shown that the text changed (and nothing else), reads it again and saves. */
static void
test_action_two_clients (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndAction) opened_a = NULL;
  g_autoptr(OndAction) opened_b = NULL;
  g_autoptr(OndAction) saved_a = NULL;
  g_autoptr(OndAction) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *owner_name = NULL;
  gint64 id = first_action (f);
  gint64 plan_id = sql_int (f->path, "SELECT plan_id FROM action WHERE id = ?", id);
  gint64 owner = sql_int (f->path, "SELECT min(id) FROM partner WHERE retired = 0"
                                   " AND id <> coalesce ((SELECT owner_id FROM action"
                                   "                      WHERE id = ?), 0)", id);
  gint64 version_a = 1, version_b = 1;
  OndActionFields mine_a, mine_b;
  OndCaseChange *change;

  g_assert_cmpint (action_version (f, id), ==, 1);
  opened_a = read_action (f->store, id);
  opened_b = read_action (other, id);
  g_assert_cmpint (ond_action_get_row_version (opened_a), ==, 1);
  g_assert_cmpint (ond_action_get_row_version (opened_b), ==, 1);
  old_text = g_strdup (ond_action_get_text (opened_b));

  mine_a = fields_of (opened_a);
  mine_a.text = "Tekst van A";
  g_assert_true (ond_store_save_action_edit (f->store, id, &version_a, &mine_a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_a, ==, 2);
  g_assert_cmpint (action_version (f, id), ==, 2);
  saved_a = read_action (f->store, id);

  before = action_state (f, id);
  mine_b = fields_of (opened_b);
  mine_b.owner_id = owner;
  g_assert_false (ond_store_save_action_edit (other, id, &version_b, &mine_b, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (version_b, ==, 1);
  after = action_state (f, id);
  g_assert_cmpstr (after, ==, before);

  /* What B is shown: only the text changed; B left it as it was. */
  current = read_action (other, id);
  g_assert_cmpint (ond_action_get_row_version (current), ==, 2);
  changes = ond_store_compare_action_edit (other, plan_id, opened_b, &mine_b, current, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "text");
  g_assert_cmpstr (change->theirs, ==, "Tekst van A");
  g_assert_cmpstr (change->mine, ==, old_text);
  g_assert_false (change->mine_changed);

  /* Keeping their text and saving the owner over the version read now goes through. */
  version_b = ond_action_get_row_version (current);
  mine_b = fields_of (current);
  mine_b.owner_id = owner;
  g_assert_true (ond_store_save_action_edit (other, id, &version_b, &mine_b, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_b, ==, 3);
  g_assert_cmpint (action_version (f, id), ==, 3);
  text = sql_text (f->path, "SELECT text FROM action WHERE id = ?", id);
  g_assert_cmpstr (text, ==, "Tekst van A");
  g_assert_cmpint (sql_int (f->path, "SELECT owner_id FROM action WHERE id = ?", id), ==,
                   owner);

  /* A's next save, against the version A's own save gave, is refused in its turn, and shows
   * B's owner (A's text is A's own: no change). */
  g_assert_false (ond_store_save_action_edit (f->store, id, &version_a, &mine_a, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (version_a, ==, 2);
  g_clear_pointer (&changes, g_ptr_array_unref);
  g_clear_object (&current);
  current = read_action (f->store, id);
  changes = ond_store_compare_action_edit (f->store, plan_id, saved_a, &mine_a, current,
                                           &error);
  g_assert_no_error (error);
  owner_name = sql_text (f->path, "SELECT name FROM partner WHERE id = ?", owner);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "owner-id");
  g_assert_cmpstr (change->theirs, ==, owner_name);
  g_assert_false (change->mine_changed);
}

/* A change of the status by someone else (the one-click status of the list) counts: an edit
 * opened before is refused, and the compare names the status. */
static void
test_action_status (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndAction) opened = NULL;
  g_autoptr(OndAction) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *done = NULL;
  gint64 id = first_action (f);
  gint64 plan_id = sql_int (f->path, "SELECT plan_id FROM action WHERE id = ?", id);
  gint64 version = 1;
  OndActionFields mine;
  OndCaseChange *change;

  opened = read_action (f->store, id);
  g_assert_cmpstr (ond_action_get_status (opened), !=, "gereed");
  g_assert_true (ond_store_set_action_status (other, id, "gereed", &error));
  g_assert_no_error (error);
  g_assert_cmpint (action_version (f, id), ==, 2);

  before = action_state (f, id);
  mine = fields_of (opened);
  mine.group_heading = "Nieuwe kop";
  g_assert_false (ond_store_save_action_edit (f->store, id, &version, &mine, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = action_state (f, id);
  g_assert_cmpstr (after, ==, before);

  current = read_action (f->store, id);
  changes = ond_store_compare_action_edit (f->store, plan_id, opened, &mine, current, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "status");
  done = sql_text (f->path, "SELECT label FROM work_status WHERE code = 'gereed' AND 0 = ?", 0);
  g_assert_cmpstr (change->theirs, ==, done);

  /* An unchecked change moves the version on too. */
  g_assert_true (ond_store_update_action (other, id, &mine, &error));
  g_assert_no_error (error);
  g_assert_cmpint (action_version (f, id), ==, 3);
}

/* A change of the linked planning rows is listed as one. */
static void
test_action_links (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndAction) opened = NULL;
  g_autoptr(OndAction) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 id = first_action (f);
  gint64 plan_id = sql_int (f->path, "SELECT plan_id FROM action WHERE id = ?", id);
  gint64 item = sql_int (f->path, "SELECT min(id) FROM plan_item WHERE plan_id = ?"
                                  " AND id NOT IN (SELECT plan_item_id FROM action_plan_item"
                                  "                WHERE action_id = ?)", plan_id);
  gint64 version = 1;
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (gint64));
  OndActionFields theirs, mine;
  guint n = 0;
  const gint64 *ids;

  g_assert_cmpint (item, >, 0);
  opened = read_action (f->store, id);
  ids = ond_action_get_plan_item_ids (opened, &n);
  g_array_append_vals (links, ids, n);
  g_array_append_val (links, item);
  theirs = fields_of (opened);
  theirs.plan_item_ids = (const gint64 *) links->data;
  theirs.n_plan_items = links->len;
  g_assert_true (ond_store_update_action (other, id, &theirs, &error));
  g_assert_no_error (error);

  mine = fields_of (opened);
  g_assert_false (ond_store_save_action_edit (f->store, id, &version, &mine, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  current = read_action (f->store, id);
  changes = ond_store_compare_action_edit (f->store, plan_id, opened, &mine, current, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((OndCaseChange *) g_ptr_array_index (changes, 0))->field, ==,
                   "plan-items");
}

/* Deleted by someone else: NOT_FOUND, not a conflict; put back (undo), it has the version
 * it had, and the whole row is as before the delete. */
static void
test_action_deleted (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndAction) opened = NULL;
  g_autoptr(OndAction) deleted = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = first_action (f);
  gint64 plan_id = sql_int (f->path, "SELECT plan_id FROM action WHERE id = ?", id);
  gint64 version = 1;
  OndActionFields mine;

  opened = read_action (f->store, id);
  g_assert_true (ond_store_set_action_status (other, id, "lopend", &error));
  g_assert_no_error (error);
  before = action_state (f, id);
  deleted = read_action (other, id);
  g_assert_cmpint (ond_action_get_row_version (deleted), ==, 2);
  g_assert_true (ond_store_delete_action (other, id, &error));
  g_assert_no_error (error);

  mine = fields_of (opened);
  g_assert_false (ond_store_save_action_edit (f->store, id, &version, &mine, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ond_store_dup_action (f->store, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (ond_store_restore_action (other, plan_id, deleted, &error), ==, id);
  g_assert_no_error (error);
  after = action_state (f, id);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (action_version (f, id), ==, 2);
}

/* Funding. */

static gint64
first_funding (Fixture *f)
{
  return sql_int (f->path, "SELECT min(id) FROM funding WHERE 0 = ?", 0);
}

static gint64
funding_version (Fixture *f,
                 gint64   id)
{
  return sql_int (f->path, "SELECT row_version FROM funding WHERE id = ?", id);
}

static char *
funding_state (Fixture *f,
               gint64   id)
{
  g_autofree char *row = sql_rows_for (f->path, "SELECT * FROM funding WHERE id = ?", id);
  g_autofree char *lines = sql_rows_for (f->path, "SELECT * FROM funding_line"
                                                  " WHERE funding_id = ? ORDER BY line_id", id);

  return g_strdup_printf ("%s\n%s", row, lines);
}

static OndFunding *
read_funding (OndStore *store,
              gint64    plan_id,
              gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndFunding *funding = ond_store_get_funding (store, plan_id, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (funding);
  return funding;
}

static gint64
save_edit (OndStore    *store,
           gint64       plan_id,
           OndFunding  *opened,
           gint64       amount,
           const char  *earmark,
           GError     **error)
{
  guint n = 0;
  const gint64 *lines = ond_funding_get_line_ids (opened, &n);

  return ond_store_save_funding_edit (store, plan_id, opened, ond_funding_get_year (opened),
                                      ond_funding_get_source (opened), amount, earmark,
                                      lines, n, error);
}

/* A changes the amount; B's save of an earmark edit opened before is refused and writes
 * nothing; B is shown that the amount changed, reads it again and saves. */
static void
test_funding_two_clients (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndFunding) opened_a = NULL;
  g_autoptr(OndFunding) opened_b = NULL;
  g_autoptr(OndFunding) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *earmark = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *mine = NULL;
  gint64 id = first_funding (f);
  gint64 plan_id = sql_int (f->path, "SELECT plan_id FROM funding WHERE id = ?", id);
  gint64 amount = sql_int (f->path, "SELECT amount_cents FROM funding WHERE id = ?", id);
  guint n = 0;
  const gint64 *lines;
  OndCaseChange *change;

  g_assert_cmpint (funding_version (f, id), ==, 1);
  opened_a = read_funding (f->store, plan_id, id);
  opened_b = read_funding (other, plan_id, id);
  g_assert_cmpint (ond_funding_get_row_version (opened_b), ==, 1);

  g_assert_cmpint (save_edit (f->store, plan_id, opened_a, amount + 100000,
                              ond_funding_get_earmark (opened_a), &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (funding_version (f, id), ==, 2);

  before = funding_state (f, id);
  g_assert_cmpint (save_edit (other, plan_id, opened_b, amount, "Voor de RIEC", &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = funding_state (f, id);
  g_assert_cmpstr (after, ==, before);

  current = read_funding (other, plan_id, id);
  g_assert_cmpint (ond_funding_get_row_version (current), ==, 2);
  lines = ond_funding_get_line_ids (opened_b, &n);
  changes = ond_store_compare_funding_edit (other, plan_id, opened_b,
                                            ond_funding_get_year (opened_b),
                                            ond_funding_get_source (opened_b), amount,
                                            "Voor de RIEC", lines, n, current, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "amount");
  theirs = ond_money_format (amount + 100000);
  mine = ond_money_format (amount);
  g_assert_cmpstr (change->theirs, ==, theirs);
  g_assert_cmpstr (change->mine, ==, mine);
  g_assert_false (change->mine_changed);

  /* Saving the earmark over the version read now goes through (their amount kept). */
  g_assert_cmpint (save_edit (other, plan_id, current, amount + 100000, "Voor de RIEC",
                              &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (funding_version (f, id), ==, 3);
  earmark = sql_text (f->path, "SELECT earmark FROM funding WHERE id = ?", id);
  g_assert_cmpstr (earmark, ==, "Voor de RIEC");
  g_assert_cmpint (sql_int (f->path, "SELECT amount_cents FROM funding WHERE id = ?", id), ==,
                   amount + 100000);

  /* The save without a check moves the version on too. */
  g_assert_cmpint (ond_store_save_funding (f->store, plan_id, id,
                                           ond_funding_get_year (current),
                                           ond_funding_get_source (current), amount, NULL,
                                           NULL, 0, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (funding_version (f, id), ==, 4);
}

/* Deleted by someone else: NOT_FOUND; put back (undo), it has the version it had and the
 * whole row as before. */
static void
test_funding_deleted (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndFunding) opened = NULL;
  g_autoptr(OndFunding) deleted = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = first_funding (f);
  gint64 plan_id = sql_int (f->path, "SELECT plan_id FROM funding WHERE id = ?", id);

  opened = read_funding (f->store, plan_id, id);
  g_assert_cmpint (save_edit (other, plan_id, opened, 500, "Eerst", &error), ==, id);
  g_assert_no_error (error);
  before = funding_state (f, id);
  deleted = read_funding (other, plan_id, id);
  g_assert_cmpint (ond_funding_get_row_version (deleted), ==, 2);
  g_assert_true (ond_store_delete_funding (other, id, &error));
  g_assert_no_error (error);

  g_assert_cmpint (save_edit (f->store, plan_id, opened, 700, "Later", &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ond_store_get_funding (f->store, plan_id, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (ond_store_restore_funding (other, plan_id, deleted, &error), ==, id);
  g_assert_no_error (error);
  after = funding_state (f, id);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/plan-conflict/action/two-clients", test_action_two_clients);
  ADD_TEST ("/ond/plan-conflict/action/status", test_action_status);
  ADD_TEST ("/ond/plan-conflict/action/links", test_action_links);
  ADD_TEST ("/ond/plan-conflict/action/deleted", test_action_deleted);
  ADD_TEST ("/ond/plan-conflict/funding/two-clients", test_funding_two_clients);
  ADD_TEST ("/ond/plan-conflict/funding/deleted", test_funding_deleted);

  return g_test_run ();
}
