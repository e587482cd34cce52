/* ond-figures.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rules that turn a figure and its target into a status and a trend: the target to
 * date, the status thresholds, the trend band, and their labels (see ond-figures.h).
 */

#define G_LOG_DOMAIN "ond-figures"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ond-figures.h"

/* Ratios are compared with this much room, so that a value exactly at a threshold (9 of
 * 10 is 0.9) counts as reaching it whatever the rounding of the division. */
#define RATIO_EPSILON 1e-9

/**
 * ond_figure_year_fraction:
 * @year: a reporting year
 * @today: the day to measure on
 *
 * Returns: the part of @year that has passed on @today, today included: 1.0 for a year
 *   that has ended, 0.0 for a year that has not begun, else day of the year / days in
 *   the year (1 July 2024 gives 183 / 366 = 0.5)
 */
double
ond_figure_year_fraction (int        year,
                          GDateTime *today)
{
  int today_year;
  int days_in_year;

  g_return_val_if_fail (today != NULL, 0.0);

  today_year = g_date_time_get_year (today);
  if (today_year > year)
    return 1.0;
  if (today_year < year)
    return 0.0;

  days_in_year = g_date_is_leap_year ((GDateYear) year) ? 366 : 365;
  return (double) g_date_time_get_day_of_year (today) / days_in_year;
}

/**
 * ond_figure_target_to_date:
 * @target: the target of the whole year
 * @year: the year of the target
 * @today: the day to measure on
 *
 * Returns: the part of @target due by @today (the whole target for a year that has
 *   ended, 0 for a year that has not begun)
 */
double
ond_figure_target_to_date (gint64     target,
                           int        year,
                           GDateTime *today)
{
  return (double) target * ond_figure_year_fraction (year, today);
}

/**
 * ond_figure_status_for:
 * @value: the figure of @year so far
 * @target: the target of the whole year; < 0 for none
 * @year: the year
 * @today: the day to measure on
 *
 * Returns: the status: %OND_FIGURE_STATUS_NONE without a target, on track while less
 *   than one unit is due, else by the ratio of @value to the target to date
 */
OndFigureStatus
ond_figure_status_for (gint64     value,
                       gint64     target,
                       int        year,
                       GDateTime *today)
{
  double due;
  double ratio;

  g_return_val_if_fail (today != NULL, OND_FIGURE_STATUS_NONE);

  if (target < 0)
    return OND_FIGURE_STATUS_NONE;

  due = ond_figure_target_to_date (target, year, today);
  if (due < 1.0)
    return OND_FIGURE_STATUS_ON_TRACK;

  ratio = (double) value / due;
  if (ratio >= OND_FIGURE_ON_TRACK_RATIO - RATIO_EPSILON)
    return OND_FIGURE_STATUS_ON_TRACK;
  if (ratio >= OND_FIGURE_BEHIND_RATIO - RATIO_EPSILON)
    return OND_FIGURE_STATUS_BEHIND;
  return OND_FIGURE_STATUS_FAR_BEHIND;
}

/**
 * ond_figure_trend_for:
 * @value: the figure of @year
 * @has_previous: whether the previous year has a value
 * @previous: the value of the previous year
 * @year: the year of @value
 * @today: the day to measure on
 *
 * Compares @value with @previous. For the running year @previous is scaled to the part
 * of the year that has passed (ond_figure_year_fraction ()), so that half a year is
 * compared with half of the previous year.
 *
 * Returns: %OND_FIGURE_TREND_UNKNOWN without a previous value, %OND_FIGURE_TREND_EQUAL
 *   within %OND_FIGURE_TREND_BAND of the (scaled) previous value, else up or down
 */
OndFigureTrend
ond_figure_trend_for (gint64     value,
                      gboolean   has_previous,
                      gint64     previous,
                      int        year,
                      GDateTime *today)
{
  double scaled;
  double difference;

  g_return_val_if_fail (today != NULL, OND_FIGURE_TREND_UNKNOWN);

  if (!has_previous)
    return OND_FIGURE_TREND_UNKNOWN;

  scaled = (double) previous * ond_figure_year_fraction (year, today);
  difference = (double) value - scaled;
  if (fabs (difference) <= OND_FIGURE_TREND_BAND * fabs (scaled) + RATIO_EPSILON)
    return OND_FIGURE_TREND_EQUAL;
  return difference > 0 ? OND_FIGURE_TREND_UP : OND_FIGURE_TREND_DOWN;
}

/**
 * ond_figure_status_label:
 * @status: a status
 *
 * Returns: (transfer none): the translated name of @status
 */
const char *
ond_figure_status_label (OndFigureStatus status)
{
  switch (status)
    {
    case OND_FIGURE_STATUS_NONE:
      /* Translators: the status of a monitoring figure that has no target. */
      return _("No target");
    case OND_FIGURE_STATUS_ON_TRACK:
      return _("On track");
    case OND_FIGURE_STATUS_BEHIND:
      return _("Behind");
    case OND_FIGURE_STATUS_FAR_BEHIND:
      return _("Far behind");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * ond_figure_trend_label:
 * @trend: a trend
 *
 * Returns: (transfer none): the translated name of @trend
 */
const char *
ond_figure_trend_label (OndFigureTrend trend)
{
  switch (trend)
    {
    case OND_FIGURE_TREND_UNKNOWN:
      /* Translators: the trend of a figure without a value for the previous year. */
      return _("Unknown");
    case OND_FIGURE_TREND_UP:
      /* Translators: the trend of a figure: higher than the previous year. */
      return _("Up");
    case OND_FIGURE_TREND_EQUAL:
      /* Translators: the trend of a figure: about the same as the previous year. */
      return _("Equal");
    case OND_FIGURE_TREND_DOWN:
      /* Translators: the trend of a figure: lower than the previous year. */
      return _("Down");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * ond_figure_origin_label:
 * @origin: where a value comes from
 *
 * Returns: (transfer none): the translated name of @origin
 */
const char *
ond_figure_origin_label (OndFigureOrigin origin)
{
  switch (origin)
    {
    case OND_FIGURE_ORIGIN_NONE:
      /* Translators: where a year's figure comes from: there is no value. */
      return _("None");
    case OND_FIGURE_ORIGIN_COUNTED:
      /* Translators: where a year's figure comes from: counted from the records. */
      return _("Counted");
    case OND_FIGURE_ORIGIN_MANUAL:
      return _("Entered by hand");
    case OND_FIGURE_ORIGIN_FROZEN:
      return _("Frozen (year closed)");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * ond_figure_status_css_class:
 * @status: a status
 *
 * Returns: (transfer none): the style class that shows @status: "success", "warning",
 *   "error", or "dim-label" without a target
 */
const char *
ond_figure_status_css_class (OndFigureStatus status)
{
  switch (status)
    {
    case OND_FIGURE_STATUS_ON_TRACK:
      return "success";
    case OND_FIGURE_STATUS_BEHIND:
      return "warning";
    case OND_FIGURE_STATUS_FAR_BEHIND:
      return "error";
    case OND_FIGURE_STATUS_NONE:
    default:
      return "dim-label";
    }
}
