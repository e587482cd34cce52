/* test-reconciliation.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Begroting reconciled (ond-reconciliation.h). First the seeded plan through the store:
 * the budget of section 6 (14 lines; 2023 € 245.000 against € 250.000 of funding and a
 * stated total of € 250.000; 2024 € 185.000 each; the RIEC earmark of € 65.000 against the
 * three communication lines) with bookings written here: credit notes, commitments used up
 * partly, wholly and beyond (also by spend on another line and in a later year), two
 * commitments with one reference used up in date order, an over-spent and an over-committed
 * line, a booking on no line and one outside 2023-2024. Then the pure computation on lists
 * built by hand: a budget of 0, a year without an amount, credit notes below 0, earmarks
 * that no line can use, commitments on one date, stated totals missing. Every expectation
 * is worked out here from the amounts written here, to the cent. */

#include "config.h"

#include "ond-booking.h"
#include "ond-budget-line.h"
#include "ond-funding.h"
#include "ond-plan.h"
#include "ond-reconciliation.h"
#include "ond-store-bookings.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define EUR(euros) ((gint64) (euros) * 100)

/* Section 6 of the plan, "Begroting 2023-2024", as the plan writes it. */
static const struct
{
  const char *name;
  gint64      y2023;
  gint64      y2024;
} plan_budget[] = {
  { "Veiligheidsinformatieknooppunt (VIK)", EUR (17000), EUR (17000) },
  { "Meld Misdaad Anoniem (MMA)", EUR (1500), EUR (1500) },
  { "BIBOB trainingen", EUR (7500), EUR (7500) },
  { "C3 systeem i.h.k.v. casusoverleg ondermijning", EUR (30000), EUR (30000) },
  { "Inzet bestuurlijke maatregelen", EUR (10000), EUR (10000) },
  { "Inzet Digitale Opsporing BV", EUR (1500), EUR (1500) },
  { "Integrale controles", EUR (2000), EUR (2000) },
  { "Opstellen strategisch communicatieplan + contentkalender", EUR (10000), EUR (0) },
  { "Inzet communicatiemedewerker", EUR (40000), EUR (0) },
  { "Uitvoering acties uit communicatieplan + contentkalender", EUR (40000), EUR (40000) },
  { "Uitvoering maatregelen project bedrijventerrein + watergebonden locaties",
    EUR (17500), EUR (15000) },
  { "Inzet OZHZ project Hermes (gedoogbeschikking + handhaving)", EUR (30000), EUR (35000) },
  { "Uitvoering maatregelen project vakantiepark", EUR (12500), EUR (10000) },
  { "Onvoorziene kosten", EUR (25500), EUR (15500) },
};

enum
{
  VIK, MMA, BIBOB, C3, MAATREGELEN, DIGI, CONTROLES, COMMPLAN, MEDEWERKER, ACTIES,
  BEDRIJVENTERREIN, HERMES, VAKANTIEPARK, ONVOORZIEN, N_LINES,
};

G_STATIC_ASSERT (G_N_ELEMENTS (plan_budget) == N_LINES);

/* What a line should show in a year, worked out by hand. */
typedef struct
{
  gint64 spent;
  gint64 committed;
} Expected;

typedef struct
{
  char      *dir;
  char      *path;
  OndStore  *store;
  gint64     plan_id;
  gint64     line_ids[N_LINES];
} Seeded;

static void
seeded_open (Seeded *s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(GListModel) lines = NULL;

  s->dir = ond_test_make_dir ("ond-test-reconciliation");
  /* A new file, or in the PostgreSQL run a seeded server database (ond-test-pg.h). */
  s->path = ond_test_db_new (s->dir, "plan.db");
  s->store = ond_store_open (s->path, &error);
  g_assert_no_error (error);
  plan = ond_store_dup_current_plan (s->store, &error);
  g_assert_no_error (error);
  s->plan_id = ond_plan_get_id (plan);
  g_assert_cmpint (ond_plan_get_first_year (plan), ==, 2023);
  g_assert_cmpint (ond_plan_get_last_year (plan), ==, 2024);

  lines = ond_store_list_budget_lines (s->store, s->plan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, N_LINES);
  for (guint i = 0; i < N_LINES; i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);

      g_assert_cmpstr (ond_budget_line_get_name (line), ==, plan_budget[i].name);
      s->line_ids[i] = ond_budget_line_get_id (line);
    }
}

static void
seeded_close (Seeded *s)
{
  ond_store_close (s->store);
  g_clear_object (&s->store);
  ond_test_db_drop (s->path);
  ond_test_remove_tree (s->dir);
  g_free (s->path);
  g_free (s->dir);
}

/* Saves a booking through the store; returns its id. */
static gint64
book (Seeded     *s,
      int         line,
      const char *date,
      const char *kind,
      gint64      amount,
      const char *reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBooking) booking = NULL;
  gint64 id;

  booking = ond_booking_new (0, date, s->line_ids[line], NULL, amount, kind, NULL,
                             "Test", reference, "Leverancier", 0);
  id = ond_store_save_booking (s->store, s->plan_id, booking, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static OndReconciliation *
reconcile (Seeded *s)
{
  g_autoptr(GError) error = NULL;
  OndReconciliation *rec = ond_store_reconcile (s->store, s->plan_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rec);
  return rec;
}

/* (spent + committed) * 100 / budget, rounded down, as plain arithmetic. */
static int
expected_percent (gint64 budget,
                  gint64 used)
{
  if (budget == 0)
    return -1;
  if (used <= 0)
    return 0;
  return (int) (used * 100 / budget);
}

static void
assert_line (OndReconciliation *rec,
             gint64             line_id,
             int                year,
             gint64             budget,
             gint64             spent,
             gint64             committed)
{
  OndLineFigures figures;
  OndLineFlags flags = OND_LINE_FLAG_NONE;

  g_assert_true (ond_reconciliation_get_line (rec, line_id, year, &figures));
  g_assert_cmpint (figures.line_id, ==, line_id);
  g_assert_cmpint (figures.year, ==, year);
  g_assert_cmpint (figures.budget, ==, budget);
  g_assert_cmpint (figures.spent, ==, spent);
  g_assert_cmpint (figures.committed, ==, committed);
  g_assert_cmpint (figures.remaining, ==, budget - spent - committed);
  g_assert_cmpint (figures.percent_used, ==, expected_percent (budget, spent + committed));
  if (spent > budget)
    flags = OND_LINE_FLAG_OVER_SPENT;
  else if (spent + committed > budget)
    flags = OND_LINE_FLAG_OVER_COMMITTED;
  g_assert_cmpint (figures.flags, ==, flags);
}

static int
percent_of (OndReconciliation *rec,
            gint64             line_id,
            int                year)
{
  OndLineFigures figures;

  g_assert_true (ond_reconciliation_get_line (rec, line_id, year, &figures));
  return figures.percent_used;
}

/* The seeded budget without bookings: the lines, the years, the earmark; two flags (the
 * 2023 funding and stated total against the lines). */
static void
test_seeded_budget (void)
{
  Seeded s = { 0 };
  g_autoptr(OndReconciliation) rec = NULL;
  OndYearFigures y2023, y2024, y2025;
  OndEarmarkFigures *earmark;
  gint64 total_2023 = 0;
  gint64 total_2024 = 0;
  gint64 communication_2023;

  seeded_open (&s);
  rec = reconcile (&s);

  g_assert_cmpint (ond_reconciliation_get_first_year (rec), ==, 2023);
  g_assert_cmpint (ond_reconciliation_get_last_year (rec), ==, 2024);
  g_assert_cmpuint (g_list_model_get_n_items (ond_reconciliation_get_lines (rec)), ==, 14);
  for (guint i = 0; i < N_LINES; i++)
    {
      assert_line (rec, s.line_ids[i], 2023, plan_budget[i].y2023, 0, 0);
      assert_line (rec, s.line_ids[i], 2024, plan_budget[i].y2024, 0, 0);
      total_2023 += plan_budget[i].y2023;
      total_2024 += plan_budget[i].y2024;
    }
  /* The sums of section 6. */
  g_assert_cmpint (total_2023, ==, EUR (245000));
  g_assert_cmpint (total_2024, ==, EUR (185000));

  g_assert_true (ond_reconciliation_get_year (rec, 2023, &y2023));
  g_assert_cmpint (y2023.year, ==, 2023);
  g_assert_cmpint (y2023.lines_total, ==, total_2023);
  g_assert_cmpint (y2023.funding_total, ==, EUR (185000) + EUR (65000));
  g_assert_cmpint (y2023.funding_difference, ==, EUR (250000) - total_2023);
  g_assert_cmpint (y2023.funding_difference, ==, EUR (5000));
  g_assert_true (y2023.has_stated_total);
  g_assert_cmpint (y2023.stated_total, ==, EUR (250000));
  g_assert_cmpint (y2023.stated_vs_lines, ==, EUR (5000));
  g_assert_cmpint (y2023.stated_vs_funding, ==, 0);
  g_assert_cmpint (y2023.spent, ==, 0);
  g_assert_cmpint (y2023.committed, ==, 0);
  g_assert_cmpint (y2023.remaining, ==, total_2023);

  g_assert_true (ond_reconciliation_get_year (rec, 2024, &y2024));
  g_assert_cmpint (y2024.lines_total, ==, EUR (185000));
  g_assert_cmpint (y2024.funding_total, ==, EUR (185000));
  g_assert_cmpint (y2024.funding_difference, ==, 0);
  g_assert_true (y2024.has_stated_total);
  g_assert_cmpint (y2024.stated_total, ==, EUR (185000));
  g_assert_cmpint (y2024.stated_vs_lines, ==, 0);
  g_assert_cmpint (y2024.stated_vs_funding, ==, 0);
  g_assert_false (ond_reconciliation_get_year (rec, 2025, &y2025));
  g_assert_false (ond_reconciliation_get_year (rec, 2022, &y2025));

  /* The RIEC's € 65.000 for communication: the three communication lines have € 90.000. */
  communication_2023 = plan_budget[COMMPLAN].y2023 + plan_budget[MEDEWERKER].y2023 +
                       plan_budget[ACTIES].y2023;
  g_assert_cmpint (communication_2023, ==, EUR (90000));
  g_assert_cmpuint (ond_reconciliation_get_earmarks (rec)->len, ==, 1);
  earmark = g_ptr_array_index (ond_reconciliation_get_earmarks (rec), 0);
  g_assert_cmpint (earmark->year, ==, 2023);
  g_assert_cmpint (earmark->funding_id, >, 0);
  g_assert_cmpstr (earmark->source_label, ==, "RIEC-bijdrage");
  g_assert_cmpstr (earmark->earmark, ==, "voor communicatie- en weerbaarheidsprojecten");
  g_assert_cmpint (earmark->amount, ==, EUR (65000));
  g_assert_cmpint (earmark->eligible_budget, ==, communication_2023);
  g_assert_cmpint (earmark->difference, ==, communication_2023 - EUR (65000));
  g_assert_false (earmark->flagged);

  g_assert_cmpuint (ond_reconciliation_get_unmatched (rec)->len, ==, 0);
  g_assert_cmpuint (ond_reconciliation_get_outside (rec)->len, ==, 0);
  /* 2023: the funding and the stated total each differ from the lines. */
  g_assert_cmpuint (ond_reconciliation_count_flags (rec), ==, 2);

  g_clear_object (&rec);
  seeded_close (&s);
}

/* The seeded budget with bookings. */
static void
test_seeded_bookings (void)
{
  Seeded s = { 0 };
  g_autoptr(OndReconciliation) rec = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *no_line_sql = NULL;
  Expected e2023[N_LINES] = { { 0 } };
  Expected e2024[N_LINES] = { { 0 } };
  OndYearFigures y2023, y2024;
  OndBooking *booking;
  GPtrArray *list;
  gint64 spent_2023 = 0, committed_2023 = 0, spent_2024 = 0, committed_2024 = 0;
  gint64 outside_id;

  /* VIK: two invoices and a credit note; one invoice dated in 2022. */
  const gint64 vik_invoice = EUR (8500);
  const gint64 vik_odd = 123456;              /* € 1.234,56 */
  const gint64 vik_credit = -23456;           /* € -234,56 */
  const gint64 vik_2022 = EUR (750);
  /* C3: a commitment of € 30.000, used up partly by an invoice, given back partly by a
   * credit note, and used up further by an invoice on Onvoorziene kosten in 2024. */
  const gint64 c3_commitment = EUR (30000);
  const gint64 c3_invoice = EUR (12000);
  const gint64 c3_credit = -EUR (1000);
  const gint64 onvoorzien_invoice = EUR (5000);
  /* Hermes: used up wholly. Maatregelen: beyond its commitment (never below 0). */
  const gint64 hermes_commitment = EUR (20000);
  const gint64 hermes_invoice = EUR (20000);
  const gint64 maatregelen_commitment = EUR (4000);
  const gint64 maatregelen_invoice = 450050;  /* € 4.500,50 */
  /* One reference, two commitments: the later one stored first. The earlier one (on the
   * communication plan) is used up first. */
  const gint64 acties_commitment = EUR (6000);
  const gint64 commplan_commitment = EUR (5000);
  const gint64 acties_invoice = EUR (7000);
  /* MMA over-spent, Digitale Opsporing over-committed. */
  const gint64 mma_invoice = 160001;          /* € 1.600,01 */
  const gint64 digi_invoice = EUR (1000);
  const gint64 digi_commitment = 99999;       /* € 999,99 */
  /* 2024. */
  const gint64 bedrijven_invoice = 333333;    /* € 3.333,33 */
  const gint64 vakantiepark_commitment = EUR (2500);
  /* On no line. */
  const gint64 no_line_amount = 12345;

  seeded_open (&s);

  book (&s, VIK, "01-02-2023", "realisatie", vik_invoice, "F-1001");
  book (&s, VIK, "2023-06-01", "realisatie", vik_odd, "");
  book (&s, VIK, "01-07-2023", "realisatie", vik_credit, "CN-1");
  outside_id = book (&s, VIK, "31-12-2022", "realisatie", vik_2022, "F-0999");
  e2023[VIK].spent = vik_invoice + vik_odd + vik_credit;

  book (&s, C3, "15-01-2023", "verplichting", c3_commitment, "PO-C3");
  book (&s, C3, "01-03-2023", "realisatie", c3_invoice, "PO-C3");
  book (&s, C3, "01-04-2023", "realisatie", c3_credit, "PO-C3");
  book (&s, ONVOORZIEN, "01-02-2024", "realisatie", onvoorzien_invoice, "PO-C3");
  e2023[C3].spent = c3_invoice + c3_credit;
  e2023[C3].committed = c3_commitment - (c3_invoice + c3_credit + onvoorzien_invoice);
  e2024[ONVOORZIEN].spent = onvoorzien_invoice;

  book (&s, HERMES, "01-02-2023", "verplichting", hermes_commitment, "PO-H");
  book (&s, HERMES, "01-05-2023", "realisatie", hermes_invoice, "PO-H");
  e2023[HERMES].spent = hermes_invoice;
  e2023[HERMES].committed = 0;

  book (&s, MAATREGELEN, "01-03-2023", "verplichting", maatregelen_commitment, "PO-M");
  book (&s, MAATREGELEN, "01-04-2023", "realisatie", maatregelen_invoice, "PO-M");
  e2023[MAATREGELEN].spent = maatregelen_invoice;
  e2023[MAATREGELEN].committed = 0;

  book (&s, ACTIES, "01-05-2023", "verplichting", acties_commitment, "PO-A");
  book (&s, COMMPLAN, "01-03-2023", "verplichting", commplan_commitment, "PO-A");
  book (&s, ACTIES, "15-06-2023", "realisatie", acties_invoice, "PO-A");
  e2023[COMMPLAN].committed = 0;
  e2023[ACTIES].spent = acties_invoice;
  e2023[ACTIES].committed = acties_commitment - (acties_invoice - commplan_commitment);

  book (&s, MMA, "01-08-2023", "realisatie", mma_invoice, "F-MMA");
  e2023[MMA].spent = mma_invoice;

  book (&s, DIGI, "01-09-2023", "realisatie", digi_invoice, "F-D");
  book (&s, DIGI, "15-09-2023", "verplichting", digi_commitment, "PO-D");
  e2023[DIGI].spent = digi_invoice;
  e2023[DIGI].committed = digi_commitment;

  book (&s, BEDRIJVENTERREIN, "01-03-2024", "realisatie", bedrijven_invoice, "F-B");
  book (&s, VAKANTIEPARK, "01-09-2024", "verplichting", vakantiepark_commitment, "PO-V");
  e2024[BEDRIJVENTERREIN].spent = bedrijven_invoice;
  e2024[VAKANTIEPARK].committed = vakantiepark_commitment;

  no_line_sql = g_strdup_printf ("INSERT INTO booking (date, line_id, amount_cents, kind,"
                                 " description, reference) VALUES ('2023-08-01', NULL,"
                                 " %" G_GINT64_FORMAT ", 'realisatie', 'Onbekend', 'X-1')",
                                 no_line_amount);
  /* From outside the store (plain SQLite or libpq, test-case-util.h): a booking on no line,
   * old or foreign data, which the store itself does not write. */
  sql_exec (s.path, no_line_sql);

  rec = reconcile (&s);

  for (guint i = 0; i < N_LINES; i++)
    {
      assert_line (rec, s.line_ids[i], 2023, plan_budget[i].y2023, e2023[i].spent,
                   e2023[i].committed);
      assert_line (rec, s.line_ids[i], 2024, plan_budget[i].y2024, e2024[i].spent,
                   e2024[i].committed);
      spent_2023 += e2023[i].spent;
      committed_2023 += e2023[i].committed;
      spent_2024 += e2024[i].spent;
      committed_2024 += e2024[i].committed;
    }

  /* The figures above, worked out by hand once more. */
  g_assert_cmpint (e2023[VIK].spent, ==, EUR (9500));
  g_assert_cmpint (e2023[C3].committed, ==, EUR (14000));
  g_assert_cmpint (e2023[ACTIES].committed, ==, EUR (4000));
  /* Rounded down, never to the nearest: 55,88 %, 83,33 %, 106,67 %, 133,33 %, 27,5 %,
   * 45,005 %, 66,67 %, 22,22 %, 32,26 %; a budget of 0 has no percentage. */
  g_assert_cmpint (percent_of (rec, s.line_ids[VIK], 2023), ==, 55);
  g_assert_cmpint (percent_of (rec, s.line_ids[C3], 2023), ==, 83);
  g_assert_cmpint (percent_of (rec, s.line_ids[MMA], 2023), ==, 106);
  g_assert_cmpint (percent_of (rec, s.line_ids[DIGI], 2023), ==, 133);
  g_assert_cmpint (percent_of (rec, s.line_ids[ACTIES], 2023), ==, 27);
  g_assert_cmpint (percent_of (rec, s.line_ids[MAATREGELEN], 2023), ==, 45);
  g_assert_cmpint (percent_of (rec, s.line_ids[HERMES], 2023), ==, 66);
  g_assert_cmpint (percent_of (rec, s.line_ids[BEDRIJVENTERREIN], 2024), ==, 22);
  g_assert_cmpint (percent_of (rec, s.line_ids[ONVOORZIEN], 2024), ==, 32);
  g_assert_cmpint (percent_of (rec, s.line_ids[VAKANTIEPARK], 2024), ==, 25);
  g_assert_cmpint (percent_of (rec, s.line_ids[COMMPLAN], 2023), ==, 0);
  g_assert_cmpint (percent_of (rec, s.line_ids[COMMPLAN], 2024), ==, -1);
  g_assert_cmpint (percent_of (rec, s.line_ids[MEDEWERKER], 2024), ==, -1);

  g_assert_true (ond_reconciliation_get_year (rec, 2023, &y2023));
  g_assert_cmpint (y2023.lines_total, ==, EUR (245000));
  g_assert_cmpint (y2023.spent, ==, spent_2023);
  g_assert_cmpint (y2023.committed, ==, committed_2023);
  g_assert_cmpint (y2023.remaining, ==, EUR (245000) - spent_2023 - committed_2023);
  g_assert_cmpint (y2023.funding_difference, ==, EUR (5000));
  g_assert_cmpint (y2023.stated_vs_lines, ==, EUR (5000));
  g_assert_cmpint (y2023.stated_vs_funding, ==, 0);
  g_assert_true (ond_reconciliation_get_year (rec, 2024, &y2024));
  g_assert_cmpint (y2024.lines_total, ==, EUR (185000));
  g_assert_cmpint (y2024.spent, ==, spent_2024);
  g_assert_cmpint (y2024.committed, ==, committed_2024);
  g_assert_cmpint (y2024.remaining, ==, EUR (185000) - spent_2024 - committed_2024);
  g_assert_cmpint (y2024.funding_difference, ==, 0);

  list = ond_reconciliation_get_unmatched (rec);
  g_assert_cmpuint (list->len, ==, 1);
  booking = g_ptr_array_index (list, 0);
  g_assert_cmpint (ond_booking_get_line_id (booking), ==, 0);
  g_assert_cmpint (ond_booking_get_amount (booking), ==, no_line_amount);
  g_assert_cmpstr (ond_booking_get_date (booking), ==, "2023-08-01");
  list = ond_reconciliation_get_outside (rec);
  g_assert_cmpuint (list->len, ==, 1);
  booking = g_ptr_array_index (list, 0);
  g_assert_cmpint (ond_booking_get_id (booking), ==, outside_id);
  g_assert_cmpint (ond_booking_get_amount (booking), ==, vik_2022);

  /* MMA over-spent, Digitale Opsporing over-committed, the two 2023 differences, the
   * booking on no line and the one of 2022. */
  g_assert_cmpuint (ond_reconciliation_count_flags (rec), ==, 2 + 2 + 1 + 1);

  /* A reconciliation of a plan that does not exist. */
  g_clear_object (&rec);
  rec = ond_store_reconcile (s.store, s.plan_id + 1000, &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_assert_null (rec);

  seeded_close (&s);
}

/* Lists built by hand. */

static OndBudgetLine *
make_line (gint64        id,
           const int    *years,
           const gint64 *amounts,
           guint         n)
{
  return ond_budget_line_new (id, (int) id, "Kostenpost", NULL, years, amounts, n, 1);
}

static OndBooking *
make_booking (gint64      id,
              const char *date,
              gint64      line_id,
              const char *kind,
              gint64      amount,
              const char *reference)
{
  return ond_booking_new (id, date, line_id, NULL, amount, kind, NULL, NULL, reference, NULL,
                          0);
}

static void
append_booking (GListStore *store,
                gint64      id,
                const char *date,
                gint64      line_id,
                const char *kind,
                gint64      amount,
                const char *reference)
{
  g_autoptr(OndBooking) booking = make_booking (id, date, line_id, kind, amount, reference);

  g_list_store_append (store, booking);
}

static void
append_funding (GListStore   *store,
                gint64        id,
                int           year,
                const char   *source_label,
                gint64        amount,
                const gint64 *line_ids,
                guint         n_line_ids)
{
  g_autoptr(OndFunding) funding = ond_funding_new (id, year, "overig", source_label, amount,
                                                   "Doel", line_ids, n_line_ids);

  g_list_store_append (store, funding);
}

static void
test_pure (void)
{
  g_autoptr(GListStore) lines = g_list_store_new (OND_TYPE_BUDGET_LINE);
  g_autoptr(GListStore) funding = g_list_store_new (OND_TYPE_FUNDING);
  g_autoptr(GListStore) bookings = g_list_store_new (OND_TYPE_BOOKING);
  g_autoptr(OndReconciliation) rec = NULL;
  OndLineFigures figures;
  OndYearFigures y2030, y2031;
  OndEarmarkFigures *earmark;
  GPtrArray *list;
  const int both[] = { 2030, 2031 };
  const int first_only[] = { 2030 };
  /* Line 11; line 12 with a budget of 0; line 13 with an amount for 2030 only; line 14
   * with € 3,33 in 2030. */
  const gint64 l11[] = { EUR (1000), EUR (300) };
  const gint64 l12[] = { 0, 0 };
  const gint64 l13[] = { EUR (200) };
  const gint64 l14[] = { 333, EUR (500) };
  const gint64 riec_lines[] = { 12, 13 };
  const gint64 other_lines[] = { 11, 99 };
  const gint64 late_lines[] = { 11 };
  const gint64 stated[] = { -1, EUR (800) };
  /* 2030. */
  const gint64 r1_invoice = EUR (400), r1_commitment = EUR (500);
  const gint64 zero_line_invoice = 100, credit_only = -2500, small_invoice = 222;
  /* 2031. */
  const gint64 zero_line_commitment = 500;
  const gint64 unreferenced = EUR (200);
  const gint64 same_day = EUR (100), s_invoice = EUR (40), nope_invoice = EUR (10);
  /* Elsewhere. */
  const gint64 no_line = 999, unknown_line = 300, before = 5, after = 7;
  gint64 l11_2030_committed, l11_2031_spent, l11_2031_committed, l14_2031_committed;
  gint64 lines_2030, lines_2031;

  {
    g_autoptr(OndBudgetLine) a = make_line (11, both, l11, 2);
    g_autoptr(OndBudgetLine) b = make_line (12, both, l12, 2);
    g_autoptr(OndBudgetLine) c = make_line (13, first_only, l13, 1);
    g_autoptr(OndBudgetLine) d = make_line (14, both, l14, 2);

    g_list_store_append (lines, a);
    g_list_store_append (lines, b);
    g_list_store_append (lines, c);
    g_list_store_append (lines, d);
  }
  /* In the list's order: 2031, 2030 (earmarked for line 11), 2029, 2030 (any line), 2030
   * (earmarked for lines 12 and 13). */
  append_funding (funding, 3, 2031, "Overig", EUR (100), other_lines, 2);
  append_funding (funding, 5, 2030, "Laat", 0, late_lines, 1);
  append_funding (funding, 4, 2029, "Ervoor", EUR (777), NULL, 0);
  append_funding (funding, 1, 2030, "Taakveld 1.2", EUR (1000), NULL, 0);
  append_funding (funding, 2, 2030, "RIEC-bijdrage", EUR (500), riec_lines, 2);

  /* Spend before its commitment still uses it up. */
  append_booking (bookings, 101, "2030-01-10", 11, "realisatie", r1_invoice, "R1");
  append_booking (bookings, 102, "2030-02-10", 11, "verplichting", r1_commitment, "R1");
  l11_2030_committed = r1_commitment - r1_invoice;
  /* A budget of 0: spent, then committed. */
  append_booking (bookings, 103, "2030-03-01", 12, "realisatie", zero_line_invoice, "");
  append_booking (bookings, 104, "2031-03-01", 12, "verplichting", zero_line_commitment,
                  "V2");
  /* Only a credit note. */
  append_booking (bookings, 105, "2030-05-05", 13, "realisatie", credit_only, "");
  append_booking (bookings, 106, "2030-06-06", 14, "realisatie", small_invoice, "");
  /* A commitment without a reference (old data) is not used up by spend without one. */
  append_booking (bookings, 120, "2031-02-01", 14, "verplichting", unreferenced, "");
  append_booking (bookings, 121, "2031-02-02", 14, "realisatie", unreferenced, "");
  /* Two commitments of one day with one reference: the lower id first. */
  append_booking (bookings, 108, "2031-06-01", 14, "verplichting", same_day, "S");
  append_booking (bookings, 107, "2031-06-01", 11, "verplichting", same_day, "S");
  append_booking (bookings, 110, "2031-07-01", 11, "realisatie", s_invoice, "S");
  /* A reference no commitment has: simply spent. */
  append_booking (bookings, 111, "2031-08-01", 11, "realisatie", nope_invoice, "NOPE");
  l11_2031_spent = s_invoice + nope_invoice;
  l11_2031_committed = same_day - s_invoice;
  l14_2031_committed = unreferenced + same_day;
  /* On no line, on a line that is not one of ours, before and after the years. */
  append_booking (bookings, 112, "2030-04-04", 0, "realisatie", no_line, "");
  append_booking (bookings, 113, "2031-01-01", 77, "verplichting", unknown_line, "R1");
  append_booking (bookings, 114, "2029-12-31", 11, "realisatie", before, "");
  append_booking (bookings, 115, "2032-01-01", 14, "realisatie", after, "");

  rec = ond_reconciliation_new (G_LIST_MODEL (lines), G_LIST_MODEL (funding),
                                G_LIST_MODEL (bookings), 2030, 2031, stated);
  g_assert_true (ond_reconciliation_get_lines (rec) == G_LIST_MODEL (lines));

  assert_line (rec, 11, 2030, l11[0], r1_invoice, l11_2030_committed);
  assert_line (rec, 11, 2031, l11[1], l11_2031_spent, l11_2031_committed);
  assert_line (rec, 12, 2030, 0, zero_line_invoice, 0);
  assert_line (rec, 12, 2031, 0, 0, zero_line_commitment);
  assert_line (rec, 13, 2030, l13[0], credit_only, 0);
  assert_line (rec, 13, 2031, 0, 0, 0);
  assert_line (rec, 14, 2030, l14[0], small_invoice, 0);
  assert_line (rec, 14, 2031, l14[1], unreferenced, l14_2031_committed);

  /* Worked out by hand: 50 %; 36,67 %; a budget of 0 spent and committed (no percentage,
   * flagged); a credit note only (0 %); 66,67 % of € 3,33; 100 % exactly (not flagged). */
  g_assert_cmpint (l11_2030_committed, ==, EUR (100));
  g_assert_cmpint (l11_2031_committed, ==, EUR (60));
  g_assert_cmpint (percent_of (rec, 11, 2030), ==, 50);
  g_assert_cmpint (percent_of (rec, 11, 2031), ==, 36);
  g_assert_true (ond_reconciliation_get_line (rec, 12, 2030, &figures));
  g_assert_cmpint (figures.percent_used, ==, -1);
  g_assert_cmpint (figures.flags, ==, OND_LINE_FLAG_OVER_SPENT);
  g_assert_true (ond_reconciliation_get_line (rec, 12, 2031, &figures));
  g_assert_cmpint (figures.percent_used, ==, -1);
  g_assert_cmpint (figures.flags, ==, OND_LINE_FLAG_OVER_COMMITTED);
  g_assert_true (ond_reconciliation_get_line (rec, 13, 2030, &figures));
  g_assert_cmpint (figures.percent_used, ==, 0);
  g_assert_cmpint (figures.remaining, ==, EUR (200) + 2500);
  g_assert_cmpint (figures.flags, ==, OND_LINE_FLAG_NONE);
  g_assert_cmpint (percent_of (rec, 13, 2031), ==, -1);
  g_assert_cmpint (percent_of (rec, 14, 2030), ==, 66);
  g_assert_true (ond_reconciliation_get_line (rec, 14, 2031, &figures));
  g_assert_cmpint (figures.percent_used, ==, 100);
  g_assert_cmpint (figures.remaining, ==, 0);
  g_assert_cmpint (figures.flags, ==, OND_LINE_FLAG_NONE);

  /* Not part of it: a line that is not in the list, a year outside. */
  g_assert_false (ond_reconciliation_get_line (rec, 77, 2030, &figures));
  g_assert_false (ond_reconciliation_get_line (rec, 0, 2030, &figures));
  g_assert_false (ond_reconciliation_get_line (rec, 11, 2029, &figures));
  g_assert_false (ond_reconciliation_get_line (rec, 11, 2032, &figures));

  lines_2030 = l11[0] + l12[0] + l13[0] + l14[0];
  lines_2031 = l11[1] + l12[1] + l14[1];
  g_assert_true (ond_reconciliation_get_year (rec, 2030, &y2030));
  g_assert_cmpint (y2030.lines_total, ==, lines_2030);
  /* The 2029 funding is not part of it. */
  g_assert_cmpint (y2030.funding_total, ==, EUR (1000) + EUR (500) + 0);
  g_assert_cmpint (y2030.funding_difference, ==, EUR (1500) - lines_2030);
  g_assert_false (y2030.has_stated_total);
  g_assert_cmpint (y2030.stated_vs_lines, ==, 0);
  g_assert_cmpint (y2030.stated_vs_funding, ==, 0);
  g_assert_cmpint (y2030.spent, ==, r1_invoice + zero_line_invoice + credit_only +
                                    small_invoice);
  g_assert_cmpint (y2030.committed, ==, l11_2030_committed);
  g_assert_cmpint (y2030.remaining, ==, lines_2030 - y2030.spent - y2030.committed);
  g_assert_true (ond_reconciliation_get_year (rec, 2031, &y2031));
  g_assert_cmpint (y2031.lines_total, ==, lines_2031);
  g_assert_cmpint (y2031.funding_total, ==, EUR (100));
  g_assert_cmpint (y2031.funding_difference, ==, EUR (100) - lines_2031);
  g_assert_true (y2031.has_stated_total);
  g_assert_cmpint (y2031.stated_total, ==, EUR (800));
  g_assert_cmpint (y2031.stated_vs_lines, ==, EUR (800) - lines_2031);
  g_assert_cmpint (y2031.stated_vs_lines, ==, 0);
  g_assert_cmpint (y2031.stated_vs_funding, ==, EUR (700));
  g_assert_cmpint (y2031.spent, ==, l11_2031_spent + unreferenced);
  g_assert_cmpint (y2031.committed, ==, l11_2031_committed + zero_line_commitment +
                                        l14_2031_committed);

  /* Earmarks by year, then in the funding's order. */
  list = ond_reconciliation_get_earmarks (rec);
  g_assert_cmpuint (list->len, ==, 3);
  earmark = g_ptr_array_index (list, 0);
  g_assert_cmpint (earmark->funding_id, ==, 5);
  g_assert_cmpint (earmark->eligible_budget, ==, l11[0]);
  g_assert_cmpint (earmark->difference, ==, l11[0]);
  g_assert_false (earmark->flagged);
  earmark = g_ptr_array_index (list, 1);
  g_assert_cmpint (earmark->funding_id, ==, 2);
  g_assert_cmpint (earmark->year, ==, 2030);
  g_assert_cmpstr (earmark->source_label, ==, "RIEC-bijdrage");
  g_assert_cmpstr (earmark->earmark, ==, "Doel");
  g_assert_cmpint (earmark->amount, ==, EUR (500));
  g_assert_cmpint (earmark->eligible_budget, ==, l12[0] + l13[0]);
  g_assert_cmpint (earmark->difference, ==, l12[0] + l13[0] - EUR (500));
  g_assert_true (earmark->flagged);
  earmark = g_ptr_array_index (list, 2);
  g_assert_cmpint (earmark->funding_id, ==, 3);
  g_assert_cmpint (earmark->year, ==, 2031);
  /* Line 99 is not a line of the plan. */
  g_assert_cmpint (earmark->eligible_budget, ==, l11[1]);
  g_assert_cmpint (earmark->difference, ==, l11[1] - EUR (100));
  g_assert_false (earmark->flagged);

  /* Newest first. */
  list = ond_reconciliation_get_unmatched (rec);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (ond_booking_get_id (g_ptr_array_index (list, 0)), ==, 113);
  g_assert_cmpint (ond_booking_get_id (g_ptr_array_index (list, 1)), ==, 112);
  list = ond_reconciliation_get_outside (rec);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (ond_booking_get_id (g_ptr_array_index (list, 0)), ==, 115);
  g_assert_cmpint (ond_booking_get_id (g_ptr_array_index (list, 1)), ==, 114);

  /* Line 12 twice; 2030 funding; 2031 funding and stated total against the funding; the
   * RIEC earmark; two unmatched, two outside. */
  g_assert_cmpuint (ond_reconciliation_count_flags (rec), ==, 2 + 1 + 2 + 1 + 2 + 2);
}

/* Nothing at all: one year, no lines, no funding, no stated totals; nothing flagged. A
 * commitment used up by spend on no line of ours still counts as used up. */
static void
test_pure_empty (void)
{
  g_autoptr(GListStore) lines = g_list_store_new (OND_TYPE_BUDGET_LINE);
  g_autoptr(GListStore) funding = g_list_store_new (OND_TYPE_FUNDING);
  g_autoptr(GListStore) bookings = g_list_store_new (OND_TYPE_BOOKING);
  g_autoptr(OndReconciliation) rec = NULL;
  g_autoptr(OndReconciliation) with_line = NULL;
  g_autoptr(OndBudgetLine) line = NULL;
  const int years[] = { 2040 };
  const gint64 amounts[] = { EUR (50) };
  OndYearFigures year;

  rec = ond_reconciliation_new (G_LIST_MODEL (lines), G_LIST_MODEL (funding),
                                G_LIST_MODEL (bookings), 2040, 2040, NULL);
  g_assert_true (ond_reconciliation_get_year (rec, 2040, &year));
  g_assert_cmpint (year.lines_total, ==, 0);
  g_assert_cmpint (year.funding_total, ==, 0);
  g_assert_false (year.has_stated_total);
  g_assert_cmpuint (ond_reconciliation_get_earmarks (rec)->len, ==, 0);
  g_assert_cmpuint (ond_reconciliation_count_flags (rec), ==, 0);

  line = make_line (1, years, amounts, 1);
  g_list_store_append (lines, line);
  append_booking (bookings, 1, "2040-01-01", 1, "verplichting", EUR (30), "P");
  append_booking (bookings, 2, "2040-02-01", 0, "realisatie", EUR (20), "P");
  with_line = ond_reconciliation_new (G_LIST_MODEL (lines), G_LIST_MODEL (funding),
                                      G_LIST_MODEL (bookings), 2040, 2040, NULL);
  assert_line (with_line, 1, 2040, EUR (50), 0, EUR (30) - EUR (20));
  /* The funding (0) differs from the line; the booking on no line. */
  g_assert_cmpuint (ond_reconciliation_count_flags (with_line), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/reconciliation/seeded-budget", test_seeded_budget);
  g_test_add_func ("/ond/reconciliation/seeded-bookings", test_seeded_bookings);
  g_test_add_func ("/ond/reconciliation/pure", test_pure);
  g_test_add_func ("/ond/reconciliation/pure-empty", test_pure_empty);

  return g_test_run ();
}
