/* test-progress.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress the dashboard shows, in core: which planning rows are overdue on a date
 * (their period has ended and they are neither done nor dropped), over hand-made rows and
 * over the seeded planning of section 7; and what a plan's budget lines have spent in a
 * year (the bookings of kind realisatie), against sums counted in the test.
 */

#define G_LOG_DOMAIN "test-progress"

#include "config.h"

#include "ond-plan.h"
#include "ond-plan-item.h"
#include "ond-store-bookings.h"
#include "test-case-util.h"

static OndPlanItem *
make_item (int         year,
           const char *period,
           const char *status)
{
  return ond_plan_item_new (1, year, period, period, 1, "Iets doen", "Regiegroep", 0, NULL,
                            status, status, "", FALSE);
}

static GDateTime *
day (int year,
     int month,
     int day_of_month)
{
  return g_date_time_new_local (year, month, day_of_month, 9, 0, 0);
}

static void
test_overdue_rules (void)
{
  static const struct
  {
    int         year;
    const char *period;
    const char *status;
    int         today[3];
    gboolean    overdue;
  } cases[] = {
    /* Q1 ends on 31 March. */
    { 2025, "Q1", "gepland", { 2025, 3, 31 }, FALSE },
    { 2025, "Q1", "gepland", { 2025, 4, 1 }, TRUE },
    { 2025, "Q1", "lopend", { 2025, 6, 15 }, TRUE },
    { 2025, "Q1", "uitgesteld", { 2025, 6, 15 }, TRUE },
    /* Done or dropped is never overdue. */
    { 2025, "Q1", "gereed", { 2025, 6, 15 }, FALSE },
    { 2025, "Q1", "vervallen", { 2025, 6, 15 }, FALSE },
    { 2023, "Q1", "gereed", { 2025, 6, 15 }, FALSE },
    /* Q2 ends on 30 June, Q3 on 30 September. */
    { 2025, "Q2", "gepland", { 2025, 6, 15 }, FALSE },
    { 2025, "Q2", "gepland", { 2025, 6, 30 }, FALSE },
    { 2025, "Q2", "gepland", { 2025, 7, 1 }, TRUE },
    { 2025, "Q3", "lopend", { 2025, 9, 30 }, FALSE },
    { 2025, "Q3", "lopend", { 2025, 10, 1 }, TRUE },
    /* Q3+4, Q4 and doorlopend run to the end of the year. */
    { 2025, "Q3+4", "lopend", { 2025, 12, 31 }, FALSE },
    { 2025, "Q3+4", "lopend", { 2026, 1, 1 }, TRUE },
    { 2025, "Q4", "gepland", { 2025, 11, 1 }, FALSE },
    { 2025, "Q4", "gepland", { 2026, 1, 1 }, TRUE },
    { 2025, "doorlopend", "lopend", { 2025, 12, 31 }, FALSE },
    { 2024, "doorlopend", "lopend", { 2025, 1, 1 }, TRUE },
    /* A later year has not begun. */
    { 2026, "Q1", "gepland", { 2025, 6, 15 }, FALSE },
    /* A period this rule does not know is never called overdue. */
    { 2023, "Q5", "gepland", { 2025, 6, 15 }, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OndPlanItem) item = make_item (cases[i].year, cases[i].period, cases[i].status);
      g_autoptr(GDateTime) today = day (cases[i].today[0], cases[i].today[1], cases[i].today[2]);

      g_test_message ("case %u: %d %s %s", i, cases[i].year, cases[i].period, cases[i].status);
      g_assert_cmpint (ond_plan_item_is_overdue (item, today), ==, cases[i].overdue);
    }
}

static guint
count_overdue (Fixture   *f,
               GDateTime *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (f->store, &error);
  g_autoptr(GListModel) items = NULL;
  guint n = 0;

  g_assert_no_error (error);
  items = ond_store_list_plan_items (f->store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      if (ond_plan_item_is_overdue (item, today))
        n++;
    }
  return n;
}

/* The seeded planning (DESIGN.md, section 7): 26 rows in 2023, 8 in 2024, all planned. */
static void
test_overdue_seeded (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) before = day (2023, 3, 31);
  g_autoptr(GDateTime) after_q1 = day (2023, 4, 1);
  g_autoptr(GDateTime) after_q2 = day (2023, 7, 1);
  g_autoptr(GDateTime) after_2023 = day (2024, 1, 1);

  g_assert_cmpint (count_overdue (f, before), ==, 0);
  /* Q1 2023: the uitvoeringsplan, the communicatieplan, the training. */
  g_assert_cmpint (count_overdue (f, after_q1), ==, 3);
  /* Plus the seven rows of Q2 2023. */
  g_assert_cmpint (count_overdue (f, after_q2), ==, 3 + 7);
  /* Every row of 2023. */
  g_assert_cmpint (count_overdue (f, after_2023), ==, 26);
  /* Everything, on the fixture's today (2025-06-15). */
  g_assert_cmpint (count_overdue (f, f->today), ==, 34);

  /* Done and dropped rows leave the count; a postponed one stays. */
  sql_exec (f->path, "UPDATE plan_item SET status = 'gereed'"
                     " WHERE id IN (SELECT id FROM plan_item WHERE year = 2023 AND period = 'Q1'"
                     "              ORDER BY position LIMIT 2)");
  sql_exec (f->path, "UPDATE plan_item SET status = 'vervallen'"
                     " WHERE id = (SELECT id FROM plan_item WHERE year = 2024 AND period = 'Q2')");
  sql_exec (f->path, "UPDATE plan_item SET status = 'uitgesteld'"
                     " WHERE id = (SELECT id FROM plan_item WHERE year = 2024 AND period = 'Q3')");
  g_assert_cmpint (count_overdue (f, after_q1), ==, 1);
  g_assert_cmpint (count_overdue (f, f->today), ==, 34 - 3);
}

static gint64
sum (Fixture    *f,
     gint64      plan_id,
     int         year,
     const char *kind)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = -1;

  g_assert_true (ond_store_sum_bookings (f->store, plan_id, year, kind, &cents, &error));
  g_assert_no_error (error);
  return cents;
}

static void
test_sum_bookings (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (f->store, &error);
  gint64 plan_id;
  gint64 cents = 0;

  g_assert_no_error (error);
  plan_id = ond_plan_get_id (plan);

  /* Nothing booked yet. */
  g_assert_cmpint (sum (f, plan_id, 2024, "realisatie"), ==, 0);

  /* Another plan with one line of its own. */
  sql_exec (f->path,
            "INSERT INTO plan (id, title, first_year, last_year, state)"
            "  VALUES (900, 'Volgend plan', 2025, 2026, 'draft');"
            "INSERT INTO budget_line (id, plan_id, position, name)"
            "  VALUES (9001, 900, 1, 'Andere post');");

  /* Two lines of the current plan (its first and its last), then bookings around 2024. */
  sql_exec (f->path,
            "CREATE TEMP TABLE l AS SELECT"
            "  (SELECT id FROM budget_line WHERE plan_id = (SELECT id FROM plan WHERE id <> 900)"
            "   ORDER BY position LIMIT 1) AS first,"
            "  (SELECT id FROM budget_line WHERE plan_id = (SELECT id FROM plan WHERE id <> 900)"
            "   ORDER BY position DESC LIMIT 1) AS last;"
            "INSERT INTO booking (date, line_id, amount_cents, kind, description) VALUES"
            "  ('2024-01-01', (SELECT first FROM l), 150000, 'realisatie', 'eerste dag'),"
            "  ('2024-06-30', (SELECT last FROM l), 1234567, 'realisatie', 'midden'),"
            "  ('2024-12-31', (SELECT first FROM l), 99, 'realisatie', 'laatste dag'),"
            "  ('2024-08-01', (SELECT last FROM l), -25000, 'realisatie', 'creditnota'),"
            "  ('2024-03-01', (SELECT first FROM l), 500000, 'verplichting', 'opdracht'),"
            "  ('2023-12-31', (SELECT first FROM l), 700000, 'realisatie', 'vorig jaar'),"
            "  ('2025-01-01', (SELECT first FROM l), 800000, 'realisatie', 'volgend jaar'),"
            "  ('2024-05-05', NULL, 333300, 'realisatie', 'geen kostenpost'),"
            "  ('2024-05-06', 9001, 444400, 'realisatie', 'ander plan');");

  /* Counted here: 1.500,00 + 12.345,67 + 0,99 - 250,00 in 2024. */
  g_assert_cmpint (sum (f, plan_id, 2024, "realisatie"), ==, 150000 + 1234567 + 99 - 25000);
  g_assert_cmpint (sum (f, plan_id, 2024, "verplichting"), ==, 500000);
  g_assert_cmpint (sum (f, plan_id, 2023, "realisatie"), ==, 700000);
  g_assert_cmpint (sum (f, plan_id, 2025, "realisatie"), ==, 800000);
  g_assert_cmpint (sum (f, plan_id, 2022, "realisatie"), ==, 0);
  /* The other plan sees only its own line. */
  g_assert_cmpint (sum (f, 900, 2024, "realisatie"), ==, 444400);

  /* A closed store says so. */
  ond_store_close (f->store);
  g_assert_false (ond_store_sum_bookings (f->store, plan_id, 2024, "realisatie", &cents,
                                          &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/progress/overdue/rules", test_overdue_rules);
  ADD_TEST ("/ond/progress/overdue/seeded", test_overdue_seeded);
  ADD_TEST ("/ond/progress/bookings/sum", test_sum_bookings);

  return g_test_run ();
}
