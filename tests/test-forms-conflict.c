/* test-forms-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (optimistic locking, issue 9, migration 12) of a booking and of a
 * figure value entered by hand. Two clients (two stores on the same database: a file, or the
 * server database of the PostgreSQL run) read the same record; one saves a change, the other's
 * save of what it read earlier is refused with OND_STORE_ERROR_CONFLICT and writes nothing (the
 * row and the access log compared with plain SQL); the compare lists exactly the fields the
 * first changed; after reading again the second save goes through. A save without a version
 * is not checked and moves the version on; a booking put back after a delete keeps its
 * version; a booking deleted since is NOT_FOUND. A figure value entered when the year had
 * none is refused when someone else entered one meanwhile, and one cleared by someone else
 * meanwhile is NOT_FOUND, not added again. The intervention, theme and agenda item are in
 * test-forms-conflict-plan.c. */

#include "config.h"

#include "ond-booking-list.h"
#include "ond-plan.h"
#include "ond-store-bookings.h"
#include "ond-store-budget.h"
#include "ond-store-figures.h"
#include "ond-store-form-conflict.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define FIGURE "stop_talks"
#define YEAR 2022

static void
assert_change (GPtrArray  *changes,
               guint       i,
               const char *field,
               const char *theirs,
               const char *mine,
               gboolean    mine_changed)
{
  OndCaseChange *change;

  g_assert_cmpuint (i, <, changes->len);
  change = g_ptr_array_index (changes, i);
  g_assert_cmpstr (change->field, ==, field);
  g_assert_cmpstr (change->theirs, ==, theirs);
  g_assert_cmpstr (change->mine, ==, mine);
  g_assert_cmpint (change->mine_changed, ==, mine_changed);
}

/* The row of @sql (@id bound) and the number of lines of the access log. */
static char *
row_state (Fixture    *f,
           const char *sql,
           gint64      id)
{
  g_autofree char *row = sql_rows_for (f->path, sql, id);

  return g_strdup_printf ("%s\naccess_log=%" G_GINT64_FORMAT, row,
                          sql_int (f->path, "SELECT count(*) FROM access_log WHERE 0 = ?", 0));
}

/* Bookings. */

static gint64
plan_id (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (f->store, &error);

  g_assert_no_error (error);
  return ond_plan_get_id (plan);
}

static gint64
first_line (Fixture *f)
{
  return sql_int (f->path, "SELECT min(id) FROM budget_line WHERE plan_id = ?", plan_id (f));
}

static OndBooking *
read_booking (OndStore *store,
              gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndBooking *booking = ond_store_get_booking (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (booking);
  return booking;
}

/* @from with another amount and description, as an edit of @from's version. */
static OndBooking *
edit_booking (OndBooking *from,
              gint64      amount,
              const char *description)
{
  OndBooking *edit = ond_booking_new (ond_booking_get_id (from), ond_booking_get_date (from),
                                      ond_booking_get_line_id (from), NULL, amount,
                                      ond_booking_get_kind (from), NULL, description,
                                      ond_booking_get_reference (from),
                                      ond_booking_get_supplier (from),
                                      ond_booking_get_batch_id (from));

  ond_booking_set_row_version (edit, ond_booking_get_row_version (from));
  return edit;
}

static gint64
add_booking (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBooking) booking = NULL;
  gint64 id;

  booking = ond_booking_new (0, "2024-03-12", first_line (f), NULL, 12345, "realisatie", NULL,
                             "Huur", "F-1", "Verhuurder", 0);
  id = ond_store_save_booking (f->store, plan_id (f), booking, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM booking WHERE id = ?", id), ==,
                   1);
  return id;
}

static void
test_booking_conflict (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBooking) opened = NULL;
  g_autoptr(OndBooking) theirs = NULL;
  g_autoptr(OndBooking) mine = NULL;
  g_autoptr(OndBooking) current = NULL;
  g_autoptr(OndBooking) again = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *sql = "SELECT * FROM booking WHERE id = ?";
  gint64 id = add_booking (f);

  opened = read_booking (f->store, id);
  g_assert_cmpint (ond_booking_get_row_version (opened), ==, 1);

  /* The other client changes the amount. */
  theirs = edit_booking (opened, 20000, "Huur");
  g_assert_cmpint (ond_store_save_booking (other, plan_id (f), theirs, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM booking WHERE id = ?", id), ==,
                   2);

  /* The user's save of the description, of version 1: refused, nothing written. */
  before = row_state (f, sql, id);
  mine = edit_booking (opened, 12345, "Huur maart");
  g_assert_cmpint (ond_store_save_booking (f->store, plan_id (f), mine, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = row_state (f, sql, id);
  g_assert_cmpstr (after, ==, before);

  /* The compare lists the amount only, as the form shows it. */
  current = read_booking (f->store, id);
  g_assert_cmpint (ond_booking_get_row_version (current), ==, 2);
  changes = ond_store_compare_booking_edit (f->store, opened, mine, current, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, "amount", "€ 200", "€ 123,45", FALSE);

  /* Read again: the save goes through over theirs, at version 3. */
  again = edit_booking (current, 12345, "Huur maart");
  g_assert_cmpint (ond_store_save_booking (f->store, plan_id (f), again, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM booking WHERE id = ?", id), ==,
                   3);
  g_assert_cmpint (sql_int (f->path, "SELECT amount_cents FROM booking WHERE id = ?", id), ==,
                   12345);
}

/* The bookings as the window lists them (OndBookingList, read a page at a time) carry their
 * row version: an edit opened from the list is checked too, not saved unchecked over
 * someone else's change. */
static void
test_booking_from_window_list (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBookingList) list = NULL;
  g_autoptr(OndBooking) listed = NULL;
  g_autoptr(OndBooking) read_by_other = NULL;
  g_autoptr(OndBooking) theirs = NULL;
  g_autoptr(OndBooking) mine = NULL;
  gint64 id = add_booking (f);

  list = ond_booking_list_new (f->store, plan_id (f));
  g_assert_null (ond_booking_list_get_error (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  listed = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (ond_booking_get_id (listed), ==, id);
  g_assert_cmpint (ond_booking_get_row_version (listed), ==, 1);

  read_by_other = read_booking (other, id);
  theirs = edit_booking (read_by_other, 20000, "Huur");
  g_assert_cmpint (ond_store_save_booking (other, plan_id (f), theirs, &error), ==, id);
  g_assert_no_error (error);

  mine = edit_booking (listed, 12345, "Huur maart");
  g_assert_cmpint (ond_store_save_booking (f->store, plan_id (f), mine, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_assert_cmpint (sql_int (f->path, "SELECT amount_cents FROM booking WHERE id = ?", id), ==,
                   20000);
}

static void
test_booking_unchecked_and_undo (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBooking) opened = NULL;
  g_autoptr(OndBooking) unchecked = NULL;
  g_autoptr(OndBooking) read = NULL;
  g_autoptr(OndBooking) stale = NULL;
  g_autoptr(OndBooking) gone = NULL;
  gint64 id = add_booking (f);

  /* Version 0: not checked, and adds 1. */
  opened = read_booking (f->store, id);
  unchecked = edit_booking (opened, 500, "Zonder versie");
  ond_booking_set_row_version (unchecked, 0);
  g_assert_cmpint (ond_store_save_booking (other, plan_id (f), unchecked, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM booking WHERE id = ?", id), ==,
                   2);

  /* Undo of a delete keeps the version. */
  read = read_booking (f->store, id);
  g_assert_true (ond_store_delete_booking (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_restore_booking (f->store, read, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT row_version FROM booking WHERE id = ?", id), ==,
                   2);

  /* Deleted since it was opened: NOT_FOUND. */
  stale = edit_booking (read, 600, "Weg");
  g_assert_true (ond_store_delete_booking (other, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_save_booking (f->store, plan_id (f), stale, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  gone = ond_store_get_booking (f->store, id, &error);
  g_assert_null (gone);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

/* Figure values entered by hand. */

static OndFigureHandValue *
read_hand (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  OndFigureHandValue *hand = ond_store_get_figure_hand_value (store, FIGURE, YEAR, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hand);
  return hand;
}

static gint64
indicator (Fixture *f)
{
  g_autofree char *sql = g_strdup ("SELECT id FROM indicator WHERE code = '" FIGURE "'"
                                   " AND 0 = ?");

  return sql_int (f->path, sql, 0);
}

/* The hand value's row (by indicator and year) and the access log. */
static char *
value_state (Fixture *f)
{
  return row_state (f, "SELECT * FROM indicator_value WHERE indicator_id = ? AND year = 2022",
                    indicator (f));
}

static gint64
value_version (Fixture *f)
{
  return sql_int (f->path, "SELECT coalesce(max(row_version), 0) FROM indicator_value"
                           " WHERE indicator_id = ? AND year = 2022", indicator (f));
}

/* The year starts without a hand value. */
static void
clear_value (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ond_store_clear_figure_value (f->store, FIGURE, YEAR, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value_version (f), ==, 0);
}

static void
test_value_conflict (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndFigureHandValue) opened = NULL;
  g_autoptr(OndFigureHandValue) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 theirs = 0;
  gint64 mine;

  clear_value (f);
  g_assert_true (ond_store_set_figure_value (f->store, FIGURE, YEAR, 7, "Politie", &error));
  g_assert_no_error (error);
  g_assert_cmpint (value_version (f), ==, 1);
  opened = read_hand (f->store);
  g_assert_cmpint (opened->row_version, ==, 1);

  /* The other client changes the value. */
  theirs = opened->row_version;
  g_assert_true (ond_store_set_figure_value_edit (other, FIGURE, YEAR, &theirs, 9, "Politie",
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpint (theirs, ==, 2);

  /* The user's change of the source, of version 1: refused, nothing written. */
  before = value_state (f);
  mine = opened->row_version;
  g_assert_false (ond_store_set_figure_value_edit (f->store, FIGURE, YEAR, &mine, 7, "RIEC",
                                                   &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (mine, ==, 1);
  after = value_state (f);
  g_assert_cmpstr (after, ==, before);

  current = read_hand (f->store);
  changes = ond_store_compare_figure_value_edit (opened, 7, "RIEC", current);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, "value", "9", "7", FALSE);

  /* Read again: goes through at version 3. */
  mine = current->row_version;
  g_assert_true (ond_store_set_figure_value_edit (f->store, FIGURE, YEAR, &mine, 7, "RIEC",
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpint (mine, ==, 3);
  g_assert_cmpint (value_version (f), ==, 3);

  /* Unchecked: adds 1. */
  g_assert_true (ond_store_set_figure_value (other, FIGURE, YEAR, 8, "RIEC", &error));
  g_assert_no_error (error);
  g_assert_cmpint (value_version (f), ==, 4);
}

/* Two people entering the first value of a year: the second is refused; one who opened a
 * value that someone else cleared since gets NOT_FOUND, and nothing is added again. */
static void
test_value_none_and_cleared (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndFigureHandValue) opened = NULL;
  g_autoptr(OndFigureHandValue) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 theirs = 0;
  gint64 mine = 0;

  clear_value (f);
  opened = read_hand (f->store);
  g_assert_cmpint (opened->row_version, ==, 0);

  g_assert_true (ond_store_set_figure_value_edit (other, FIGURE, YEAR, &theirs, 4, "Politie",
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpint (theirs, ==, 1);

  before = value_state (f);
  g_assert_false (ond_store_set_figure_value_edit (f->store, FIGURE, YEAR, &mine, 5, "RIEC",
                                                   &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = value_state (f);
  g_assert_cmpstr (after, ==, before);

  current = read_hand (f->store);
  changes = ond_store_compare_figure_value_edit (opened, 5, "RIEC", current);
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 0, "value", "4", "5", TRUE);
  assert_change (changes, 1, "source", "Politie", "RIEC", TRUE);

  /* Someone else clears it; the user's save of version 1 is NOT_FOUND, nothing added. */
  g_assert_true (ond_store_clear_figure_value (other, FIGURE, YEAR, &error));
  g_assert_no_error (error);
  mine = current->row_version;
  g_assert_false (ond_store_set_figure_value_edit (f->store, FIGURE, YEAR, &mine, 5, "RIEC",
                                                   &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (value_version (f), ==, 0);
  g_assert_cmpint (mine, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/forms-conflict/booking/conflict", test_booking_conflict);
  ADD_TEST ("/ond/forms-conflict/booking/from-window-list", test_booking_from_window_list);
  ADD_TEST ("/ond/forms-conflict/booking/unchecked-undo-deleted",
            test_booking_unchecked_and_undo);
  ADD_TEST ("/ond/forms-conflict/figure-value/conflict", test_value_conflict);
  ADD_TEST ("/ond/forms-conflict/figure-value/none-and-cleared", test_value_none_and_cleared);

  return g_test_run ();
}
