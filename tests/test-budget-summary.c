/* test-budget-summary.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The budget of a year added up: lines against funding and against the plan's stated total.
 * The seeded figures are checked against section 6 of the plan: the 2023 lines add up to
 * € 245.000 while € 250.000 is available; 2024 balances at € 185.000. */

#include "config.h"

#include "ond-budget-line.h"
#include "ond-budget-summary.h"
#include "ond-funding.h"
#include "ond-plan.h"
#include "ond-store.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"

static OndBudgetLine *
make_line (gint64 id,
           gint64 amount_2023,
           gint64 amount_2024)
{
  const int years[] = { 2023, 2024 };
  const gint64 amounts[] = { amount_2023, amount_2024 };

  return ond_budget_line_new (id, (int) id, "Kostenpost", NULL, years, amounts, 2, 1);
}

static OndFunding *
make_funding (gint64 id,
              int    year,
              gint64 amount)
{
  return ond_funding_new (id, year, "taakveld_1_2", "Taakveld 1.2", amount, "", NULL, 0);
}

static void
test_summary_sums (void)
{
  g_autoptr(GListStore) lines = g_list_store_new (OND_TYPE_BUDGET_LINE);
  g_autoptr(GListStore) funding = g_list_store_new (OND_TYPE_FUNDING);
  g_autoptr(OndBudgetSummary) y2023 = NULL;
  g_autoptr(OndBudgetSummary) y2024 = NULL;
  g_autoptr(OndBudgetSummary) y2025 = NULL;
  g_autoptr(OndBudgetLine) a = make_line (1, 1700000, 1700000);
  g_autoptr(OndBudgetLine) b = make_line (2, 150050, 0);
  g_autoptr(OndFunding) f1 = make_funding (1, 2023, 1000000);
  g_autoptr(OndFunding) f2 = make_funding (2, 2023, 800000);
  g_autoptr(OndFunding) f3 = make_funding (3, 2024, 1700000);
  gint64 funding_difference = 0;
  gboolean balanced = TRUE;

  g_list_store_append (lines, a);
  g_list_store_append (lines, b);
  g_list_store_append (funding, f1);
  g_list_store_append (funding, f2);
  g_list_store_append (funding, f3);

  y2023 = ond_budget_summary_new (G_LIST_MODEL (lines), G_LIST_MODEL (funding), 2023,
                                  TRUE, 1850050);
  g_assert_cmpint (ond_budget_summary_get_year (y2023), ==, 2023);
  g_assert_cmpint (ond_budget_summary_get_lines_total (y2023), ==, 1850050);
  g_assert_cmpint (ond_budget_summary_get_funding_total (y2023), ==, 1800000);
  /* The lines spend € 500,50 more than the funding: a negative difference. */
  g_assert_cmpint (ond_budget_summary_get_funding_difference (y2023), ==, -50050);
  g_assert_cmpint (ond_budget_summary_get_stated_difference (y2023), ==, 0);
  g_assert_false (ond_budget_summary_get_balanced (y2023));

  /* The same through the properties the views bind to. */
  g_object_get (y2023,
                "funding-difference", &funding_difference,
                "balanced", &balanced,
                NULL);
  g_assert_cmpint (funding_difference, ==, -50050);
  g_assert_false (balanced);

  y2024 = ond_budget_summary_new (G_LIST_MODEL (lines), G_LIST_MODEL (funding), 2024,
                                  FALSE, 999);
  g_assert_cmpint (ond_budget_summary_get_lines_total (y2024), ==, 1700000);
  g_assert_cmpint (ond_budget_summary_get_funding_total (y2024), ==, 1700000);
  g_assert_false (ond_budget_summary_get_has_stated_total (y2024));
  g_assert_cmpint (ond_budget_summary_get_stated_total (y2024), ==, 0);
  g_assert_cmpint (ond_budget_summary_get_stated_difference (y2024), ==, 0);
  g_assert_true (ond_budget_summary_get_balanced (y2024));

  /* A year without lines or funding adds up to nothing; its stated total is then a gap. */
  y2025 = ond_budget_summary_new (G_LIST_MODEL (lines), G_LIST_MODEL (funding), 2025,
                                  TRUE, 100);
  g_assert_cmpint (ond_budget_summary_get_lines_total (y2025), ==, 0);
  g_assert_cmpint (ond_budget_summary_get_funding_total (y2025), ==, 0);
  g_assert_cmpint (ond_budget_summary_get_stated_difference (y2025), ==, 100);
  g_assert_false (ond_budget_summary_get_balanced (y2025));
}

static void
test_summary_seeded_plan (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(GListModel) years = NULL;
  g_autoptr(OndBudgetSummary) y2023 = NULL;
  g_autoptr(OndBudgetSummary) y2024 = NULL;

  dir = ond_test_make_dir ("ond-test-budget");
  /* A new file, or in the PostgreSQL run a seeded server database (ond-test-pg.h). */
  path = ond_test_db_new (dir, "plan.db");

  store = ond_store_open (path, &error);
  g_assert_no_error (error);
  plan = ond_store_dup_current_plan (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  years = ond_budget_summary_list (store, ond_plan_get_id (plan),
                                   ond_plan_get_first_year (plan),
                                   ond_plan_get_last_year (plan), &error);
  g_assert_no_error (error);
  g_assert_nonnull (years);
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 2);
  g_assert_true (g_list_model_get_item_type (years) == OND_TYPE_BUDGET_SUMMARY);

  y2023 = g_list_model_get_item (years, 0);
  g_assert_cmpint (ond_budget_summary_get_year (y2023), ==, 2023);
  g_assert_cmpint (ond_budget_summary_get_lines_total (y2023), ==, 24500000);
  /* € 185.000 from taakveld 1.2 and € 65.000 from the RIEC. */
  g_assert_cmpint (ond_budget_summary_get_funding_total (y2023), ==, 25000000);
  g_assert_true (ond_budget_summary_get_has_stated_total (y2023));
  g_assert_cmpint (ond_budget_summary_get_stated_total (y2023), ==, 25000000);
  g_assert_cmpint (ond_budget_summary_get_funding_difference (y2023), ==, 500000);
  g_assert_cmpint (ond_budget_summary_get_stated_difference (y2023), ==, 500000);
  g_assert_false (ond_budget_summary_get_balanced (y2023));

  y2024 = g_list_model_get_item (years, 1);
  g_assert_cmpint (ond_budget_summary_get_year (y2024), ==, 2024);
  g_assert_cmpint (ond_budget_summary_get_lines_total (y2024), ==, 18500000);
  g_assert_cmpint (ond_budget_summary_get_funding_total (y2024), ==, 18500000);
  g_assert_cmpint (ond_budget_summary_get_stated_total (y2024), ==, 18500000);
  g_assert_true (ond_budget_summary_get_balanced (y2024));

  g_clear_object (&y2023);
  g_clear_object (&y2024);
  g_clear_object (&years);
  g_clear_object (&plan);
  ond_store_close (store);
  g_clear_object (&store);

  ond_test_db_drop (path);
  ond_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/budget-summary/sums", test_summary_sums);
  g_test_add_func ("/ond/budget-summary/seeded-plan", test_summary_seeded_plan);

  return g_test_run ();
}
