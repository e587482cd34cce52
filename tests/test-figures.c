/* test-figures.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rules of the monitoring figures on fixed dates: the part of the year that has
 * passed, the target to date (pro rata in the running year, whole for a year that has
 * ended, 0 for a year that has not begun), the status thresholds and the "less than one
 * due" rule, the trend with its band and the scaling of the running year, the labels, and
 * the OndFigure model that the monitoring table shows.
 */

#include "config.h"

#include "ond-figure.h"
#include "ond-figures.h"

static GDateTime *
day (int year,
     int month,
     int d)
{
  return g_date_time_new_local (year, month, d, 12, 0, 0);
}

static void
test_year_fraction (void)
{
  g_autoptr(GDateTime) mid_2024 = day (2024, 7, 1);
  g_autoptr(GDateTime) march_2023 = day (2023, 3, 31);
  g_autoptr(GDateTime) first_2024 = day (2024, 1, 1);
  g_autoptr(GDateTime) last_2024 = day (2024, 12, 31);
  g_autoptr(GDateTime) last_2023 = day (2023, 12, 31);

  /* 2024 is a leap year: 1 July is day 31+29+31+30+31+30+1 = 183 of 366. */
  g_assert_cmpfloat_with_epsilon (ond_figure_year_fraction (2024, mid_2024), 0.5, 1e-12);
  /* 31 March 2023 is day 31+28+31 = 90 of 365. */
  g_assert_cmpfloat_with_epsilon (ond_figure_year_fraction (2023, march_2023), 90.0 / 365.0,
                                  1e-12);
  /* Today included: the first day is already 1/366 of the year. */
  g_assert_cmpfloat_with_epsilon (ond_figure_year_fraction (2024, first_2024), 1.0 / 366.0,
                                  1e-12);
  g_assert_cmpfloat_with_epsilon (ond_figure_year_fraction (2024, last_2024), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (ond_figure_year_fraction (2023, last_2023), 1.0, 1e-12);

  /* A year that has ended counts whole; a year that has not begun not at all. */
  g_assert_cmpfloat (ond_figure_year_fraction (2023, mid_2024), ==, 1.0);
  g_assert_cmpfloat (ond_figure_year_fraction (2022, march_2023), ==, 1.0);
  g_assert_cmpfloat (ond_figure_year_fraction (2025, mid_2024), ==, 0.0);
  g_assert_cmpfloat (ond_figure_year_fraction (2024, last_2023), ==, 0.0);
}

static void
test_target_to_date (void)
{
  g_autoptr(GDateTime) mid_2024 = day (2024, 7, 1);
  g_autoptr(GDateTime) march_2023 = day (2023, 3, 31);
  g_autoptr(GDateTime) later = day (2025, 6, 15);

  /* Pro rata in the running year. */
  g_assert_cmpfloat_with_epsilon (ond_figure_target_to_date (10, 2024, mid_2024), 5.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ond_figure_target_to_date (80, 2024, mid_2024), 40.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ond_figure_target_to_date (4, 2023, march_2023),
                                  4.0 * 90.0 / 365.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ond_figure_target_to_date (10, 2023, march_2023),
                                  900.0 / 365.0, 1e-9);

  /* A year that has ended: the whole target. */
  g_assert_cmpfloat (ond_figure_target_to_date (10, 2023, mid_2024), ==, 10.0);
  g_assert_cmpfloat (ond_figure_target_to_date (80, 2024, later), ==, 80.0);
  g_assert_cmpfloat (ond_figure_target_to_date (2, 2023, later), ==, 2.0);

  /* A year that has not begun: nothing is due yet. */
  g_assert_cmpfloat (ond_figure_target_to_date (10, 2025, mid_2024), ==, 0.0);
  g_assert_cmpfloat (ond_figure_target_to_date (4, 2024, march_2023), ==, 0.0);
}

static void
test_status_thresholds (void)
{
  g_autoptr(GDateTime) later = day (2025, 6, 15);
  g_autoptr(GDateTime) mid_2024 = day (2024, 7, 1);

  /* An ended year with a target of 10: 90 % and 60 % are the edges. */
  g_assert_cmpint (ond_figure_status_for (12, 10, 2024, later), ==, OND_FIGURE_STATUS_ON_TRACK);
  g_assert_cmpint (ond_figure_status_for (10, 10, 2024, later), ==, OND_FIGURE_STATUS_ON_TRACK);
  g_assert_cmpint (ond_figure_status_for (9, 10, 2024, later), ==, OND_FIGURE_STATUS_ON_TRACK);
  g_assert_cmpint (ond_figure_status_for (8, 10, 2024, later), ==, OND_FIGURE_STATUS_BEHIND);
  g_assert_cmpint (ond_figure_status_for (6, 10, 2024, later), ==, OND_FIGURE_STATUS_BEHIND);
  g_assert_cmpint (ond_figure_status_for (5, 10, 2024, later), ==, OND_FIGURE_STATUS_FAR_BEHIND);
  g_assert_cmpint (ond_figure_status_for (0, 10, 2024, later), ==, OND_FIGURE_STATUS_FAR_BEHIND);

  /* Finer: 80 businesses, just at and just below each edge (72 = 90 %, 48 = 60 %). */
  g_assert_cmpint (ond_figure_status_for (72, 80, 2023, later), ==, OND_FIGURE_STATUS_ON_TRACK);
  g_assert_cmpint (ond_figure_status_for (71, 80, 2023, later), ==, OND_FIGURE_STATUS_BEHIND);
  g_assert_cmpint (ond_figure_status_for (48, 80, 2023, later), ==, OND_FIGURE_STATUS_BEHIND);
  g_assert_cmpint (ond_figure_status_for (47, 80, 2023, later), ==, OND_FIGURE_STATUS_FAR_BEHIND);

  /* The running year, half way through 2024: 5 of 10 are due. */
  g_assert_cmpint (ond_figure_status_for (5, 10, 2024, mid_2024), ==, OND_FIGURE_STATUS_ON_TRACK);
  g_assert_cmpint (ond_figure_status_for (4, 10, 2024, mid_2024), ==, OND_FIGURE_STATUS_BEHIND);
  g_assert_cmpint (ond_figure_status_for (3, 10, 2024, mid_2024), ==, OND_FIGURE_STATUS_BEHIND);
  g_assert_cmpint (ond_figure_status_for (2, 10, 2024, mid_2024), ==,
                   OND_FIGURE_STATUS_FAR_BEHIND);
  /* 40 of 80 businesses due: 36 is 90 %, 35 is not. */
  g_assert_cmpint (ond_figure_status_for (36, 80, 2024, mid_2024), ==,
                   OND_FIGURE_STATUS_ON_TRACK);
  g_assert_cmpint (ond_figure_status_for (35, 80, 2024, mid_2024), ==, OND_FIGURE_STATUS_BEHIND);
  /* The same value against the whole target of an ended year is behind. */
  g_assert_cmpint (ond_figure_status_for (5, 10, 2023, mid_2024), ==,
                   OND_FIGURE_STATUS_FAR_BEHIND);

  /* No target: no status, whatever the value. */
  g_assert_cmpint (ond_figure_status_for (0, -1, 2024, later), ==, OND_FIGURE_STATUS_NONE);
  g_assert_cmpint (ond_figure_status_for (50, -1, 2024, mid_2024), ==, OND_FIGURE_STATUS_NONE);
}

static void
test_status_less_than_one_due (void)
{
  g_autoptr(GDateTime) march_31 = day (2023, 3, 31);
  g_autoptr(GDateTime) april_1 = day (2023, 4, 1);
  g_autoptr(GDateTime) april_2 = day (2023, 4, 2);
  g_autoptr(GDateTime) before = day (2022, 12, 31);

  /* 4 a year: 4 * 90 / 365 = 0.99 due on 31 March, 0.997 on 1 April: still on track
   * with nothing done. On 2 April 4 * 92 / 365 = 1.008 is due. */
  g_assert_cmpint (ond_figure_status_for (0, 4, 2023, march_31), ==, OND_FIGURE_STATUS_ON_TRACK);
  g_assert_cmpint (ond_figure_status_for (0, 4, 2023, april_1), ==, OND_FIGURE_STATUS_ON_TRACK);
  g_assert_cmpint (ond_figure_status_for (0, 4, 2023, april_2), ==,
                   OND_FIGURE_STATUS_FAR_BEHIND);
  g_assert_cmpint (ond_figure_status_for (1, 4, 2023, april_2), ==, OND_FIGURE_STATUS_ON_TRACK);

  /* A target of 0, and a year that has not begun, have nothing due. */
  g_assert_cmpint (ond_figure_status_for (0, 0, 2023, april_2), ==, OND_FIGURE_STATUS_ON_TRACK);
  g_assert_cmpint (ond_figure_status_for (0, 10, 2023, before), ==, OND_FIGURE_STATUS_ON_TRACK);
}

static void
test_trend (void)
{
  g_autoptr(GDateTime) later = day (2025, 6, 15);
  g_autoptr(GDateTime) mid_2024 = day (2024, 7, 1);

  /* No previous value. */
  g_assert_cmpint (ond_figure_trend_for (10, FALSE, 0, 2024, later), ==,
                   OND_FIGURE_TREND_UNKNOWN);
  g_assert_cmpint (ond_figure_trend_for (0, FALSE, 7, 2024, mid_2024), ==,
                   OND_FIGURE_TREND_UNKNOWN);

  /* Ended years: within 5 % is equal. */
  g_assert_cmpint (ond_figure_trend_for (100, TRUE, 100, 2024, later), ==,
                   OND_FIGURE_TREND_EQUAL);
  g_assert_cmpint (ond_figure_trend_for (105, TRUE, 100, 2024, later), ==,
                   OND_FIGURE_TREND_EQUAL);
  g_assert_cmpint (ond_figure_trend_for (106, TRUE, 100, 2024, later), ==, OND_FIGURE_TREND_UP);
  g_assert_cmpint (ond_figure_trend_for (95, TRUE, 100, 2024, later), ==,
                   OND_FIGURE_TREND_EQUAL);
  g_assert_cmpint (ond_figure_trend_for (94, TRUE, 100, 2024, later), ==,
                   OND_FIGURE_TREND_DOWN);
  g_assert_cmpint (ond_figure_trend_for (11, TRUE, 10, 2024, later), ==, OND_FIGURE_TREND_UP);
  g_assert_cmpint (ond_figure_trend_for (9, TRUE, 10, 2024, later), ==, OND_FIGURE_TREND_DOWN);

  /* 0 against 0 is equal; anything against 0 is up; 0 against something is down. */
  g_assert_cmpint (ond_figure_trend_for (0, TRUE, 0, 2024, later), ==, OND_FIGURE_TREND_EQUAL);
  g_assert_cmpint (ond_figure_trend_for (1, TRUE, 0, 2024, later), ==, OND_FIGURE_TREND_UP);
  g_assert_cmpint (ond_figure_trend_for (0, TRUE, 5, 2024, later), ==, OND_FIGURE_TREND_DOWN);

  /* The running year: half of 2024 has passed, so 100 the year before counts as 50. */
  g_assert_cmpint (ond_figure_trend_for (50, TRUE, 100, 2024, mid_2024), ==,
                   OND_FIGURE_TREND_EQUAL);
  g_assert_cmpint (ond_figure_trend_for (52, TRUE, 100, 2024, mid_2024), ==,
                   OND_FIGURE_TREND_EQUAL);
  g_assert_cmpint (ond_figure_trend_for (53, TRUE, 100, 2024, mid_2024), ==,
                   OND_FIGURE_TREND_UP);
  g_assert_cmpint (ond_figure_trend_for (48, TRUE, 100, 2024, mid_2024), ==,
                   OND_FIGURE_TREND_EQUAL);
  g_assert_cmpint (ond_figure_trend_for (47, TRUE, 100, 2024, mid_2024), ==,
                   OND_FIGURE_TREND_DOWN);
  /* 60 against a whole 100 would be down; against half a year it is up. */
  g_assert_cmpint (ond_figure_trend_for (60, TRUE, 100, 2024, mid_2024), ==,
                   OND_FIGURE_TREND_UP);
  g_assert_cmpint (ond_figure_trend_for (60, TRUE, 100, 2024, later), ==,
                   OND_FIGURE_TREND_DOWN);
}

static void
test_labels (void)
{
  g_assert_cmpstr (ond_figure_status_label (OND_FIGURE_STATUS_ON_TRACK), ==, "On track");
  g_assert_cmpstr (ond_figure_status_label (OND_FIGURE_STATUS_BEHIND), ==, "Behind");
  g_assert_cmpstr (ond_figure_status_label (OND_FIGURE_STATUS_FAR_BEHIND), ==, "Far behind");
  g_assert_cmpstr (ond_figure_status_label (OND_FIGURE_STATUS_NONE), ==, "No target");

  g_assert_cmpstr (ond_figure_trend_label (OND_FIGURE_TREND_UP), ==, "Up");
  g_assert_cmpstr (ond_figure_trend_label (OND_FIGURE_TREND_EQUAL), ==, "Equal");
  g_assert_cmpstr (ond_figure_trend_label (OND_FIGURE_TREND_DOWN), ==, "Down");
  g_assert_cmpstr (ond_figure_trend_label (OND_FIGURE_TREND_UNKNOWN), ==, "Unknown");

  g_assert_cmpstr (ond_figure_origin_label (OND_FIGURE_ORIGIN_COUNTED), ==, "Counted");
  g_assert_cmpstr (ond_figure_origin_label (OND_FIGURE_ORIGIN_MANUAL), ==, "Entered by hand");
  g_assert_cmpstr (ond_figure_origin_label (OND_FIGURE_ORIGIN_FROZEN), ==,
                   "Frozen (year closed)");
  g_assert_cmpstr (ond_figure_origin_label (OND_FIGURE_ORIGIN_NONE), ==, "None");

  g_assert_cmpstr (ond_figure_status_css_class (OND_FIGURE_STATUS_ON_TRACK), ==, "success");
  g_assert_cmpstr (ond_figure_status_css_class (OND_FIGURE_STATUS_BEHIND), ==, "warning");
  g_assert_cmpstr (ond_figure_status_css_class (OND_FIGURE_STATUS_FAR_BEHIND), ==, "error");
  g_assert_cmpstr (ond_figure_status_css_class (OND_FIGURE_STATUS_NONE), ==, "dim-label");
}

static void
test_figure_model (void)
{
  g_autoptr(GDateTime) mid_2024 = day (2024, 7, 1);
  g_autoptr(GDateTime) later = day (2025, 6, 15);
  g_autoptr(OndFigure) figure = NULL;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *unit = NULL;
  gint64 target;
  gint64 value;
  int status;

  figure = ond_figure_new ("integrated_controls", "Integrale controles", "controles", NULL,
                           2022, 2024, 2024);
  g_assert_cmpstr (ond_figure_get_code (figure), ==, "integrated_controls");
  g_assert_null (ond_figure_get_parent_code (figure));
  g_assert_cmpint (ond_figure_get_first_year (figure), ==, 2022);
  g_assert_cmpint (ond_figure_get_last_year (figure), ==, 2024);
  g_assert_cmpint (ond_figure_get_report_year (figure), ==, 2024);
  g_assert_cmpint (ond_figure_get_target (figure), ==, -1);
  g_assert_false (ond_figure_get_value (figure, 2023, &value));

  ond_figure_set_year (figure, 2022, OND_FIGURE_ORIGIN_MANUAL, 6, "Uitvoeringsplan", 0);
  ond_figure_set_year (figure, 2023, OND_FIGURE_ORIGIN_FROZEN, 10, NULL, 0);
  ond_figure_set_year (figure, 2024, OND_FIGURE_ORIGIN_COUNTED, 4, NULL, 0);
  ond_figure_set_target (figure, 10, mid_2024);

  g_assert_true (ond_figure_get_value (figure, 2022, &value));
  g_assert_cmpint (value, ==, 6);
  g_assert_cmpint (ond_figure_get_origin (figure, 2022), ==, OND_FIGURE_ORIGIN_MANUAL);
  g_assert_cmpstr (ond_figure_get_source (figure, 2022), ==, "Uitvoeringsplan");
  g_assert_cmpstr (ond_figure_get_source (figure, 2023), ==, "");
  g_assert_cmpint (ond_figure_get_origin (figure, 2023), ==, OND_FIGURE_ORIGIN_FROZEN);
  g_assert_false (ond_figure_get_value (figure, 2021, &value));
  g_assert_false (ond_figure_get_value (figure, 2025, &value));
  g_assert_cmpint (ond_figure_get_origin (figure, 2025), ==, OND_FIGURE_ORIGIN_NONE);

  /* Half way through 2024: 5 due, 4 done (80 %): behind; 10 the year before counts as 5,
   * so 4 is down. */
  g_assert_cmpint (ond_figure_get_target (figure), ==, 10);
  g_assert_cmpfloat_with_epsilon (ond_figure_get_target_to_date (figure), 5.0, 1e-9);
  g_assert_cmpint (ond_figure_get_status (figure), ==, OND_FIGURE_STATUS_BEHIND);
  g_assert_cmpint (ond_figure_get_trend (figure), ==, OND_FIGURE_TREND_DOWN);

  /* The properties a column view binds to. */
  g_object_get (figure, "code", &code, "name", &name, "unit", &unit, "status", &status,
                "target", &target, NULL);
  g_assert_cmpstr (code, ==, "integrated_controls");
  g_assert_cmpstr (name, ==, "Integrale controles");
  g_assert_cmpstr (unit, ==, "controles");
  g_assert_cmpint (status, ==, OND_FIGURE_STATUS_BEHIND);
  g_assert_cmpint (target, ==, 10);

  /* Measured after the year: the whole 10 are due; 4 is far behind and down. */
  ond_figure_set_target (figure, 10, later);
  g_assert_cmpfloat (ond_figure_get_target_to_date (figure), ==, 10.0);
  g_assert_cmpint (ond_figure_get_status (figure), ==, OND_FIGURE_STATUS_FAR_BEHIND);
  g_assert_cmpint (ond_figure_get_trend (figure), ==, OND_FIGURE_TREND_DOWN);

  /* Without a target there is no status, but still a trend. */
  ond_figure_set_year (figure, 2024, OND_FIGURE_ORIGIN_MANUAL, 10, "Politie", 3);
  ond_figure_set_target (figure, -1, later);
  g_assert_cmpint (ond_figure_get_target (figure), ==, -1);
  g_assert_cmpint (ond_figure_get_status (figure), ==, OND_FIGURE_STATUS_NONE);
  g_assert_cmpint (ond_figure_get_trend (figure), ==, OND_FIGURE_TREND_EQUAL);
  g_assert_cmpint (ond_figure_get_uncounted (figure, 2024), ==, 3);
  g_assert_cmpint (ond_figure_get_uncounted (figure, 2023), ==, 0);

  /* No value in the report year: the trend is unknown; without a previous value too. */
  ond_figure_set_year (figure, 2024, OND_FIGURE_ORIGIN_NONE, 0, NULL, 0);
  ond_figure_set_target (figure, 10, later);
  g_assert_cmpint (ond_figure_get_trend (figure), ==, OND_FIGURE_TREND_UNKNOWN);
  g_assert_cmpint (ond_figure_get_status (figure), ==, OND_FIGURE_STATUS_FAR_BEHIND);
  ond_figure_set_year (figure, 2024, OND_FIGURE_ORIGIN_COUNTED, 2, NULL, 0);
  ond_figure_set_year (figure, 2023, OND_FIGURE_ORIGIN_NONE, 0, NULL, 0);
  ond_figure_set_target (figure, 10, later);
  g_assert_cmpint (ond_figure_get_trend (figure), ==, OND_FIGURE_TREND_UNKNOWN);

  g_assert_false (ond_figure_get_sum_mismatch (figure, 2024));
  ond_figure_set_sum_mismatch (figure, 2024, TRUE);
  g_assert_true (ond_figure_get_sum_mismatch (figure, 2024));
  g_assert_false (ond_figure_get_sum_mismatch (figure, 2023));

  g_assert_finalize_object (g_steal_pointer (&figure));
}

static void
test_figure_part (void)
{
  g_autoptr(OndFigure) figure = ond_figure_new ("drug_closures_soft", "Sluitingen (softdrugs)",
                                                NULL, "drug_measures", 2022, 2024, 2023);

  g_assert_cmpstr (ond_figure_get_parent_code (figure), ==, "drug_measures");
  g_assert_cmpstr (ond_figure_get_unit (figure), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/figures/year-fraction", test_year_fraction);
  g_test_add_func ("/ond/figures/target-to-date", test_target_to_date);
  g_test_add_func ("/ond/figures/status-thresholds", test_status_thresholds);
  g_test_add_func ("/ond/figures/status-less-than-one-due", test_status_less_than_one_due);
  g_test_add_func ("/ond/figures/trend", test_trend);
  g_test_add_func ("/ond/figures/labels", test_labels);
  g_test_add_func ("/ond/figures/figure-model", test_figure_model);
  g_test_add_func ("/ond/figures/figure-part", test_figure_part);

  return g_test_run ();
}
