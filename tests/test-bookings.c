/* test-bookings.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The bookings of the Begroting through the store (ond-store-bookings.h): adding and
 * listing (newest first, line names and kind labels filled in, texts trimmed, dates stored
 * ISO, the search text); every rule refused with its OND_BOOKING_ERROR code and nothing
 * written (a checksum of the booking tables, read with plain SQLite, before and after);
 * changing (the import batch stays); deleting and putting back with the same id and batch;
 * the lines of another plan; a read-only file. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-booking.h"
#include "ond-budget-line.h"
#include "ond-pg.h"
#include "ond-plan.h"
#include "ond-store-bookings.h"
#include "ond-test-util.h"
#include "ond-text.h"
#include "test-case-util.h"

#define EUR(euros) ((gint64) (euros) * 100)

/* Every row of the tables a booking change may write to, in the order of their keys. */
static const char * const booking_queries[] = {
  "SELECT * FROM booking ORDER BY id",
  "SELECT * FROM import_batch ORDER BY id",
  "SELECT * FROM budget_line ORDER BY id",
  "SELECT line_id, year, amount_cents FROM budget_amount ORDER BY line_id, year",
};

/* A checksum of every row of every booking table (plain SQL on the file or the server). */
static char *
booking_snapshot (Fixture *f)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint q = 0; q < G_N_ELEMENTS (booking_queries); q++)
    {
      g_autofree char *rows = sql_rows (f->path, booking_queries[q]);

      g_string_append_printf (all, "[%s]\n%s", booking_queries[q], rows);
    }
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, all->str, all->len);
}

static gint64
current_plan_id (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (f->store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return ond_plan_get_id (plan);
}

/* The id and name of the seeded plan's line at @index (0: VIK, 1: MMA, ...). */
static gint64
line_at (Fixture     *f,
         guint        index,
         char       **name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = ond_store_list_budget_lines (f->store, current_plan_id (f),
                                                              &error);
  g_autoptr(OndBudgetLine) line = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (lines), >, index);
  line = g_list_model_get_item (lines, index);
  if (name != NULL)
    *name = g_strdup (ond_budget_line_get_name (line));
  return ond_budget_line_get_id (line);
}

static GListModel *
list_bookings (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = ond_store_list_bookings (f->store, current_plan_id (f), &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  g_assert_true (g_list_model_get_item_type (list) == OND_TYPE_BOOKING);
  return list;
}

static OndBooking *
booking_at (GListModel *list,
            guint       position)
{
  g_assert_cmpuint (g_list_model_get_n_items (list), >, position);
  return g_list_model_get_item (list, position);
}

static gint64
save (Fixture    *f,
      OndBooking *booking)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ond_store_save_booking (f->store, current_plan_id (f), booking, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* An import batch and a booking from it, written with plain SQLite as an import would
 * (ond-store-booking-import.c is tested on its own). Returns the booking's id; *@batch_id
 * is the batch. */
static gint64
imported_booking (Fixture *f,
                  gint64   line_id,
                  gint64  *batch_id)
{
  g_autofree char *sql = NULL;

  sql_exec (f->path,
            "INSERT INTO import_batch (kind, file_name, sha256, imported_at, rows)"
            " VALUES ('bookings', 'grootboek.csv',"
            " '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',"
            " '2025-06-15T12:00:00', 1)");
  *batch_id = sql_int (f->path, "SELECT max(id) FROM import_batch", 0);
  sql = g_strdup_printf ("INSERT INTO booking (date, line_id, ledger_code, amount_cents, kind,"
                         " description, reference, supplier, batch_id)"
                         " VALUES ('2023-10-01', %" G_GINT64_FORMAT ", '6123.01', 250000,"
                         " 'realisatie', 'Licentie', 'F-2023-77', 'Leverancier BV',"
                         " %" G_GINT64_FORMAT ")", line_id, *batch_id);
  sql_exec (f->path, sql);
  return sql_int (f->path, "SELECT max(id) FROM booking", 0);
}

static guint
count_matches (GListModel *list,
               const char *text)
{
  g_autofree char *folded = ond_text_fold (text);
  guint n = g_list_model_get_n_items (list);
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndBooking) booking = g_list_model_get_item (list, i);

      if (strstr (ond_booking_get_search_text (booking), folded) != NULL)
        count++;
    }
  return count;
}

/* Added and listed: newest first, labels and names filled in, texts trimmed, dates ISO. */
static void
test_add_list (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *vik_name = NULL;
  g_autofree char *mma_name = NULL;
  gint64 vik = line_at (f, 0, &vik_name);
  gint64 mma = line_at (f, 1, &mma_name);
  g_autoptr(OndBooking) invoice = ond_booking_new (0, " 01-03-2023 ", vik, NULL, 123456,
                                                   "realisatie", NULL, "  Licentie C3  ",
                                                   " F-2023-01 ", " Café Software BV ", 0);
  g_autoptr(OndBooking) order = ond_booking_new (0, "2023-02-15", mma, NULL, EUR (1500),
                                                 "verplichting", NULL, "Bijdrage MMA",
                                                 "PO-77", "Stichting MMA", 0);
  g_autoptr(OndBooking) credit = ond_booking_new (0, "01-03-2023", vik, NULL, -1250,
                                                  "realisatie", NULL, "Creditnota", "CN-1",
                                                  NULL, 0);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(OndBooking) first = NULL;
  g_autoptr(OndBooking) second = NULL;
  g_autoptr(OndBooking) third = NULL;
  g_autoptr(GError) error = NULL;
  gint64 invoice_id, order_id, credit_id;
  gint64 spent = -1, committed = -1;

  invoice_id = save (f, invoice);
  order_id = save (f, order);
  credit_id = save (f, credit);
  g_assert_cmpint (invoice_id, !=, order_id);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM booking", 0), ==, 3);
  /* Stored ISO and trimmed, entered by hand (no batch). */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM booking WHERE id = ?"
                                     " AND date = '2023-03-01' AND description = 'Licentie C3'"
                                     " AND reference = 'F-2023-01'"
                                     " AND supplier = 'Café Software BV'"
                                     " AND batch_id IS NULL AND amount_cents = 123456",
                            invoice_id), ==, 1);

  list = list_bookings (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  /* Newest first: the two of 1 March (the later id first), then 15 February. */
  first = booking_at (list, 0);
  second = booking_at (list, 1);
  third = booking_at (list, 2);
  g_assert_cmpint (ond_booking_get_id (first), ==, credit_id);
  g_assert_cmpint (ond_booking_get_id (second), ==, invoice_id);
  g_assert_cmpint (ond_booking_get_id (third), ==, order_id);

  g_assert_cmpstr (ond_booking_get_date (second), ==, "2023-03-01");
  g_assert_cmpint (ond_booking_get_year (second), ==, 2023);
  g_assert_cmpint (ond_booking_get_line_id (second), ==, vik);
  g_assert_cmpstr (ond_booking_get_line_name (second), ==, vik_name);
  g_assert_cmpint (ond_booking_get_amount (second), ==, 123456);
  g_assert_cmpstr (ond_booking_get_kind (second), ==, "realisatie");
  g_assert_cmpstr (ond_booking_get_kind_label (second), ==, "Realisatie");
  g_assert_false (ond_booking_is_commitment (second));
  g_assert_cmpstr (ond_booking_get_description (second), ==, "Licentie C3");
  g_assert_cmpstr (ond_booking_get_reference (second), ==, "F-2023-01");
  g_assert_cmpstr (ond_booking_get_supplier (second), ==, "Café Software BV");
  g_assert_cmpint (ond_booking_get_batch_id (second), ==, 0);

  g_assert_cmpstr (ond_booking_get_line_name (third), ==, mma_name);
  g_assert_cmpstr (ond_booking_get_kind_label (third), ==, "Verplichting");
  g_assert_true (ond_booking_is_commitment (third));
  g_assert_cmpint (ond_booking_get_amount (first), ==, -1250);
  g_assert_cmpstr (ond_booking_get_supplier (first), ==, "");

  /* The properties a list column binds to. */
  {
    g_autofree char *date = NULL;
    g_autofree char *line_name = NULL;
    g_autofree char *kind_label = NULL;
    gint64 amount = 0, line_id = 0;
    int year = 0;

    g_object_get (second, "date", &date, "line-name", &line_name, "kind-label", &kind_label,
                  "amount", &amount, "line-id", &line_id, "year", &year, NULL);
    g_assert_cmpstr (date, ==, "2023-03-01");
    g_assert_cmpstr (line_name, ==, vik_name);
    g_assert_cmpstr (kind_label, ==, "Realisatie");
    g_assert_cmpint (amount, ==, 123456);
    g_assert_cmpint (line_id, ==, vik);
    g_assert_cmpint (year, ==, 2023);
  }

  /* The search text: both date forms, the line, the amount as shown, the kind, the texts,
   * folded. */
  g_assert_cmpuint (count_matches (list, "01-03-2023"), ==, 2);
  g_assert_cmpuint (count_matches (list, "2023-02-15"), ==, 1);
  g_assert_cmpuint (count_matches (list, "15-02-2023"), ==, 1);
  g_assert_cmpuint (count_matches (list, "MELD MISDAAD"), ==, 1);
  g_assert_cmpuint (count_matches (list, "veiligheidsinformatieknooppunt"), ==, 2);
  g_assert_cmpuint (count_matches (list, "€ 1.234,56"), ==, 1);
  g_assert_cmpuint (count_matches (list, "€ 1.500"), ==, 1);
  g_assert_cmpuint (count_matches (list, "-12,50"), ==, 1);
  g_assert_cmpuint (count_matches (list, "verplichting"), ==, 1);
  g_assert_cmpuint (count_matches (list, "realisatie"), ==, 2);
  g_assert_cmpuint (count_matches (list, "licentie"), ==, 1);
  g_assert_cmpuint (count_matches (list, "po-77"), ==, 1);
  g_assert_cmpuint (count_matches (list, "cafe software"), ==, 1);
  g_assert_cmpuint (count_matches (list, "creditnota"), ==, 1);
  g_assert_cmpuint (count_matches (list, "hermes"), ==, 0);

  /* The sums of the year agree with what was added. */
  g_assert_true (ond_store_sum_bookings (f->store, current_plan_id (f), 2023, "realisatie",
                                         &spent, &error));
  g_assert_true (ond_store_sum_bookings (f->store, current_plan_id (f), 2023, "verplichting",
                                         &committed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (spent, ==, 123456 - 1250);
  g_assert_cmpint (committed, ==, EUR (1500));
}

/* Saves @booking, expects the refusal @code and that nothing was written. */
static void
assert_refused (Fixture    *f,
                OndBooking *booking,
                GQuark      domain,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = booking_snapshot (f);
  g_autofree char *after = NULL;

  g_assert_cmpint (ond_store_save_booking (f->store, current_plan_id (f), booking, &error),
                   ==, 0);
  g_assert_error (error, domain, code);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 0);
  after = booking_snapshot (f);
  g_assert_cmpstr (before, ==, after);
}

#define REFUSE(id, date, line, amount, kind, reference, code) G_STMT_START { \
    g_autoptr(OndBooking) bad = ond_booking_new ((id), (date), (line), NULL, (amount), (kind), \
                                                 NULL, "Omschrijving", (reference), \
                                                 "Leverancier", 0); \
    assert_refused (f, bad, OND_BOOKING_ERROR, (code)); \
  } G_STMT_END

/* Every rule, on an add and on a change; the bounds themselves accepted. */
static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  gint64 vik = line_at (f, 0, NULL);
  gint64 other_plan_line;
  g_autoptr(OndBooking) kept = ond_booking_new (0, "2023-05-05", vik, NULL, EUR (10),
                                                "realisatie", NULL, NULL, "F-1", NULL, 0);
  gint64 kept_id = save (f, kept);

  /* A line of another plan. */
  sql_exec (f->path,
            "INSERT INTO plan (title, first_year, last_year, state)"
            " VALUES ('Uitvoeringsplan ondermijning 2025-2026', 2025, 2026, 'draft');"
            "INSERT INTO budget_line (plan_id, position, name)"
            " SELECT max(id), 1, 'Andere kostenpost' FROM plan;");
  other_plan_line = sql_int (f->path, "SELECT id FROM budget_line"
                                      " WHERE name = 'Andere kostenpost'", 0);
  g_assert_cmpint (other_plan_line, >, 0);

  for (guint pass = 0; pass < 2; pass++)
    {
      /* First as a new booking, then as a change of the kept one. */
      gint64 id = pass == 0 ? 0 : kept_id;

      REFUSE (id, "", vik, EUR (1), "realisatie", "", OND_BOOKING_ERROR_DATE);
      REFUSE (id, "   ", vik, EUR (1), "realisatie", "", OND_BOOKING_ERROR_DATE);
      REFUSE (id, NULL, vik, EUR (1), "realisatie", "", OND_BOOKING_ERROR_DATE);
      REFUSE (id, "gisteren", vik, EUR (1), "realisatie", "", OND_BOOKING_ERROR_DATE);
      REFUSE (id, "31-02-2023", vik, EUR (1), "realisatie", "", OND_BOOKING_ERROR_DATE);
      REFUSE (id, "2023-13-01", vik, EUR (1), "realisatie", "", OND_BOOKING_ERROR_DATE);
      REFUSE (id, "31-12-1999", vik, EUR (1), "realisatie", "", OND_BOOKING_ERROR_DATE);
      REFUSE (id, "01-01-2101", vik, EUR (1), "realisatie", "", OND_BOOKING_ERROR_DATE);

      REFUSE (id, "2023-05-05", 0, EUR (1), "realisatie", "", OND_BOOKING_ERROR_LINE);
      REFUSE (id, "2023-05-05", 999999, EUR (1), "realisatie", "", OND_BOOKING_ERROR_LINE);
      REFUSE (id, "2023-05-05", other_plan_line, EUR (1), "realisatie", "",
              OND_BOOKING_ERROR_LINE);

      REFUSE (id, "2023-05-05", vik, EUR (1), "", "", OND_BOOKING_ERROR_KIND);
      REFUSE (id, "2023-05-05", vik, EUR (1), NULL, "", OND_BOOKING_ERROR_KIND);
      REFUSE (id, "2023-05-05", vik, EUR (1), "betaling", "", OND_BOOKING_ERROR_KIND);
      REFUSE (id, "2023-05-05", vik, EUR (1), "Realisatie", "", OND_BOOKING_ERROR_KIND);

      REFUSE (id, "2023-05-05", vik, 0, "realisatie", "", OND_BOOKING_ERROR_AMOUNT);
      REFUSE (id, "2023-05-05", vik, 0, "verplichting", "PO-1", OND_BOOKING_ERROR_AMOUNT);
      REFUSE (id, "2023-05-05", vik, OND_BOOKING_MAX_AMOUNT + 1, "realisatie", "",
              OND_BOOKING_ERROR_AMOUNT);
      REFUSE (id, "2023-05-05", vik, -OND_BOOKING_MAX_AMOUNT - 1, "realisatie", "",
              OND_BOOKING_ERROR_AMOUNT);
      REFUSE (id, "2023-05-05", vik, G_MININT64, "realisatie", "", OND_BOOKING_ERROR_AMOUNT);
      REFUSE (id, "2023-05-05", vik, G_MAXINT64, "realisatie", "", OND_BOOKING_ERROR_AMOUNT);
      REFUSE (id, "2023-05-05", vik, -1, "verplichting", "PO-1", OND_BOOKING_ERROR_AMOUNT);
      REFUSE (id, "2023-05-05", vik, OND_BOOKING_MAX_AMOUNT + 1, "verplichting", "PO-1",
              OND_BOOKING_ERROR_AMOUNT);

      REFUSE (id, "2023-05-05", vik, EUR (1), "verplichting", "", OND_BOOKING_ERROR_REFERENCE);
      REFUSE (id, "2023-05-05", vik, EUR (1), "verplichting", NULL,
              OND_BOOKING_ERROR_REFERENCE);
      REFUSE (id, "2023-05-05", vik, EUR (1), "verplichting", "  \t ",
              OND_BOOKING_ERROR_REFERENCE);
    }

  /* The change of a booking that does not exist. */
  {
    g_autoptr(OndBooking) missing = ond_booking_new (kept_id + 100, "2023-05-05", vik, NULL,
                                                     EUR (1), "realisatie", NULL, NULL, NULL,
                                                     NULL, 0);

    assert_refused (f, missing, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  }

  /* The kept booking is as it was. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM booking", 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT amount_cents FROM booking WHERE id = ?", kept_id),
                   ==, EUR (10));

  /* The bounds themselves are accepted: the first and last day, the largest amounts either
   * way, a commitment of one cent, a realisatie without a reference. */
  {
    g_autoptr(OndBooking) first_day = ond_booking_new (0, "01-01-2000", vik, NULL, 1,
                                                       "realisatie", NULL, NULL, NULL, NULL, 0);
    g_autoptr(OndBooking) last_day = ond_booking_new (0, "2100-12-31", vik, NULL, -1,
                                                      "realisatie", NULL, NULL, NULL, NULL, 0);
    g_autoptr(OndBooking) largest = ond_booking_new (0, "2023-05-05", vik, NULL,
                                                     OND_BOOKING_MAX_AMOUNT, "verplichting",
                                                     NULL, NULL, "PO-MAX", NULL, 0);
    g_autoptr(OndBooking) lowest = ond_booking_new (0, "2023-05-05", vik, NULL,
                                                    -OND_BOOKING_MAX_AMOUNT, "realisatie",
                                                    NULL, NULL, NULL, NULL, 0);
    g_autoptr(OndBooking) cent = ond_booking_new (0, "29-02-2024", vik, NULL, 1,
                                                  "verplichting", NULL, NULL, "PO-CENT", NULL,
                                                  0);

    save (f, first_day);
    save (f, last_day);
    save (f, largest);
    save (f, lowest);
    save (f, cent);
    g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM booking", 0), ==, 6);
    g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM booking"
                                       " WHERE date IN ('2000-01-01', '2100-12-31', '2024-02-29')",
                              0), ==, 3);
  }
}

/* A change: everything but the batch may change; the id stays. */
static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *mma_name = NULL;
  gint64 vik = line_at (f, 0, NULL);
  gint64 mma = line_at (f, 1, &mma_name);
  gint64 batch_id = 0;
  gint64 id = imported_booking (f, vik, &batch_id);
  g_autoptr(GListModel) list = list_bookings (f);
  g_autoptr(OndBooking) stored = booking_at (list, 0);
  g_autoptr(OndBooking) changed = NULL;
  g_autoptr(OndBooking) bad = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(OndBooking) reread = NULL;
  g_autofree char *before_bad = NULL;
  g_autofree char *after_bad = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ond_booking_get_id (stored), ==, id);
  g_assert_cmpint (ond_booking_get_batch_id (stored), ==, batch_id);

  /* The change is built without the batch, as a form would: the batch stays. */
  changed = ond_booking_new (id, "02-10-2023", mma, NULL, EUR (3000), "verplichting", NULL,
                             " Jaarbijdrage ", " PO-2023-9 ", " Stichting MMA ", 0);
  g_assert_cmpint (save (f, changed), ==, id);

  after = list_bookings (f);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 1);
  reread = booking_at (after, 0);
  g_assert_cmpint (ond_booking_get_id (reread), ==, id);
  g_assert_cmpstr (ond_booking_get_date (reread), ==, "2023-10-02");
  g_assert_cmpint (ond_booking_get_line_id (reread), ==, mma);
  g_assert_cmpstr (ond_booking_get_line_name (reread), ==, mma_name);
  g_assert_cmpint (ond_booking_get_amount (reread), ==, EUR (3000));
  g_assert_cmpstr (ond_booking_get_kind (reread), ==, "verplichting");
  g_assert_cmpstr (ond_booking_get_description (reread), ==, "Jaarbijdrage");
  g_assert_cmpstr (ond_booking_get_reference (reread), ==, "PO-2023-9");
  g_assert_cmpstr (ond_booking_get_supplier (reread), ==, "Stichting MMA");
  g_assert_cmpint (ond_booking_get_batch_id (reread), ==, batch_id);
  g_assert_cmpint (sql_int (f->path, "SELECT batch_id FROM booking WHERE id = ?", id), ==,
                   batch_id);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM booking", 0), ==, 1);

  /* A refused change leaves the booking as it was. */
  before_bad = booking_snapshot (f);
  bad = ond_booking_new (id, "02-10-2023", mma, NULL, -EUR (5), "verplichting", NULL, NULL,
                         "PO-2023-9", NULL, batch_id);
  g_assert_cmpint (ond_store_save_booking (f->store, current_plan_id (f), bad, &error), ==, 0);
  g_assert_error (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_AMOUNT);
  after_bad = booking_snapshot (f);
  g_assert_cmpstr (before_bad, ==, after_bad);
}

/* Deleted and put back with the same id and batch; a taken id is refused. */
static void
test_delete_restore (Fixture       *f,
                     gconstpointer  data)
{
  gint64 vik = line_at (f, 0, NULL);
  gint64 batch_id = 0;
  gint64 imported = imported_booking (f, vik, &batch_id);
  g_autoptr(OndBooking) by_hand = ond_booking_new (0, "2024-01-05", vik, NULL, EUR (99),
                                                   "realisatie", NULL, "Lunch", "F-9", NULL, 0);
  gint64 by_hand_id = save (f, by_hand);
  g_autoptr(GListModel) list = list_bookings (f);
  g_autoptr(OndBooking) newest = booking_at (list, 0);
  g_autoptr(OndBooking) oldest = booking_at (list, 1);
  g_autoptr(GListModel) after_delete = NULL;
  g_autoptr(GListModel) after_restore = NULL;
  g_autoptr(OndBooking) back = NULL;
  g_autoptr(OndBooking) unsaved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *with = booking_snapshot (f);
  g_autofree char *without = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *again = NULL;

  g_assert_cmpint (ond_booking_get_id (newest), ==, by_hand_id);
  g_assert_cmpint (ond_booking_get_id (oldest), ==, imported);

  g_assert_true (ond_store_delete_booking (f->store, imported, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_delete_booking (f->store, by_hand_id, &error));
  g_assert_no_error (error);
  after_delete = list_bookings (f);
  g_assert_cmpuint (g_list_model_get_n_items (after_delete), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM booking", 0), ==, 0);
  without = booking_snapshot (f);
  g_assert_cmpstr (with, !=, without);

  /* Deleting again: not found, nothing written. */
  g_assert_false (ond_store_delete_booking (f->store, imported, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (ond_store_restore_booking (f->store, oldest, &error), ==, imported);
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_restore_booking (f->store, newest, &error), ==, by_hand_id);
  g_assert_no_error (error);
  after_restore = list_bookings (f);
  g_assert_cmpuint (g_list_model_get_n_items (after_restore), ==, 2);
  back = booking_at (after_restore, 1);
  g_assert_cmpint (ond_booking_get_id (back), ==, imported);
  g_assert_cmpint (ond_booking_get_batch_id (back), ==, batch_id);
  g_assert_cmpint (ond_booking_get_amount (back), ==, 250000);
  g_assert_cmpstr (ond_booking_get_reference (back), ==, "F-2023-77");
  g_assert_cmpint (sql_int (f->path, "SELECT batch_id FROM booking WHERE id = ?", imported),
                   ==, batch_id);
  g_assert_cmpint (sql_int (f->path, "SELECT batch_id IS NULL FROM booking WHERE id = ?",
                            by_hand_id), ==, 1);

  /* Its id is taken now: a second undo is refused, and so is one of an unsaved booking. */
  restored = booking_snapshot (f);
  g_assert_cmpint (ond_store_restore_booking (f->store, oldest, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  unsaved = ond_booking_new (0, "2024-01-05", vik, NULL, EUR (1), "realisatie", NULL, NULL,
                             NULL, NULL, 0);
  g_assert_cmpint (ond_store_restore_booking (f->store, unsaved, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  again = booking_snapshot (f);
  g_assert_cmpstr (restored, ==, again);
}

/* A booking on no line (old or foreign data) is listed, can be deleted and put back as it
 * was; a change needs a line. Bookings on another plan's lines are not listed. */
static void
test_no_line_other_plan (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) back = NULL;
  g_autoptr(OndBooking) loose = NULL;
  g_autoptr(OndBooking) restored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 loose_id;
  gint64 spent = -1;

  sql_exec (f->path,
            "INSERT INTO plan (title, first_year, last_year, state)"
            " VALUES ('Uitvoeringsplan ondermijning 2025-2026', 2025, 2026, 'draft');"
            "INSERT INTO budget_line (plan_id, position, name)"
            " SELECT max(id), 1, 'Andere kostenpost' FROM plan;"
            "INSERT INTO booking (date, line_id, amount_cents, kind)"
            " SELECT '2023-06-01', id, 777, 'realisatie' FROM budget_line"
            " WHERE name = 'Andere kostenpost';"
            "INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
            " VALUES ('2023-07-01', NULL, 4321, 'realisatie', 'ONBEKEND');");
  loose_id = sql_int (f->path, "SELECT id FROM booking WHERE line_id IS NULL", 0);

  list = list_bookings (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  loose = booking_at (list, 0);
  g_assert_cmpint (ond_booking_get_id (loose), ==, loose_id);
  g_assert_cmpint (ond_booking_get_line_id (loose), ==, 0);
  g_assert_cmpstr (ond_booking_get_line_name (loose), ==, "");
  g_assert_cmpstr (ond_booking_get_kind_label (loose), ==, "Realisatie");

  /* Neither counts in the plan's sums. */
  g_assert_true (ond_store_sum_bookings (f->store, current_plan_id (f), 2023, "realisatie",
                                         &spent, &error));
  g_assert_no_error (error);
  g_assert_cmpint (spent, ==, 0);

  /* A change must choose one of the plan's lines. */
  assert_refused (f, loose, OND_BOOKING_ERROR, OND_BOOKING_ERROR_LINE);

  g_assert_true (ond_store_delete_booking (f->store, loose_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_restore_booking (f->store, loose, &error), ==, loose_id);
  g_assert_no_error (error);
  back = list_bookings (f);
  g_assert_cmpuint (g_list_model_get_n_items (back), ==, 1);
  restored = booking_at (back, 0);
  g_assert_cmpint (ond_booking_get_id (restored), ==, loose_id);
  g_assert_cmpint (ond_booking_get_line_id (restored), ==, 0);
  g_assert_cmpint (ond_booking_get_amount (restored), ==, 4321);
  g_assert_cmpstr (ond_booking_get_reference (restored), ==, "ONBEKEND");
}

/* A read-only file: every change refused, the list still read, the file untouched. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 vik = line_at (f, 0, NULL);
  gint64 plan_id = current_plan_id (f);
  g_autoptr(OndBooking) booking = ond_booking_new (0, "2023-03-03", vik, NULL, EUR (5),
                                                   "realisatie", NULL, NULL, NULL, NULL, 0);
  g_autoptr(OndBooking) stored = NULL;
  g_autoptr(OndBooking) deleted = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = save (f, booking);

  stored = ond_booking_new (id, "2023-03-04", vik, NULL, EUR (6), "realisatie", NULL, NULL,
                            NULL, NULL, 0);
  deleted = ond_booking_new (id + 1, "2023-03-04", vik, NULL, EUR (6), "realisatie", NULL,
                             NULL, NULL, NULL, 0);

  if (ond_pg_is_uri (f->path))
    {
      /* File-only: a server database is read-only through its roles, not a mode bit. */
      g_test_skip ("a read-only file (a server database has no such mode)");
      return;
    }
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

#define REFUSED(call) G_STMT_START { g_assert_true ((call) == 0); \
                                     g_assert_error (error, OND_STORE_ERROR, \
                                                     OND_STORE_ERROR_READ_ONLY); \
                                     g_clear_error (&error); } G_STMT_END
  REFUSED (ond_store_save_booking (f->store, plan_id, booking, &error));
  REFUSED (ond_store_save_booking (f->store, plan_id, stored, &error));
  REFUSED (ond_store_delete_booking (f->store, id, &error));
  REFUSED (ond_store_restore_booking (f->store, deleted, &error));
#undef REFUSED

  list = list_bookings (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (f->path, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/bookings/add-list", test_add_list);
  ADD_TEST ("/ond/bookings/rules", test_rules);
  ADD_TEST ("/ond/bookings/edit", test_edit);
  ADD_TEST ("/ond/bookings/delete-restore", test_delete_restore);
  ADD_TEST ("/ond/bookings/no-line-other-plan", test_no_line_other_plan);
  ADD_TEST ("/ond/bookings/read-only", test_read_only);

  return g_test_run ();
}
