/* ond-figures.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rules that turn a figure and its target into a status and a trend (ond-figures.c).
 * Every threshold lives here and nowhere else; the window, the workbook and the council
 * report all ask these functions.
 *
 * - Target to date: a year that has ended counts whole; the running year pro rata to
 *   today (day of the year / days in the year, today included); a year that has not
 *   begun has a target to date of 0.
 * - Status: no target → NONE. While less than one unit is due (target to date < 1) a
 *   figure is ON_TRACK. Otherwise value / target to date >= OND_FIGURE_ON_TRACK_RATIO is
 *   ON_TRACK, >= OND_FIGURE_BEHIND_RATIO is BEHIND, below that FAR_BEHIND.
 * - Trend: the value against the previous year's value; for the running year the previous
 *   year's value is scaled to the same part of the year. Within OND_FIGURE_TREND_BAND
 *   (relative) it is EQUAL; no previous value gives UNKNOWN; 0 against 0 is EQUAL.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OND_FIGURE_ON_TRACK_RATIO 0.90
#define OND_FIGURE_BEHIND_RATIO   0.60
#define OND_FIGURE_TREND_BAND     0.05

typedef enum
{
  OND_FIGURE_STATUS_NONE,        /* no target */
  OND_FIGURE_STATUS_ON_TRACK,
  OND_FIGURE_STATUS_BEHIND,
  OND_FIGURE_STATUS_FAR_BEHIND,
} OndFigureStatus;

typedef enum
{
  OND_FIGURE_TREND_UNKNOWN,
  OND_FIGURE_TREND_UP,
  OND_FIGURE_TREND_EQUAL,
  OND_FIGURE_TREND_DOWN,
} OndFigureTrend;

/* Where a year's value of a figure comes from. */
typedef enum
{
  OND_FIGURE_ORIGIN_NONE,        /* no value (e.g. no baseline in the plan) */
  OND_FIGURE_ORIGIN_COUNTED,     /* counted from the records now */
  OND_FIGURE_ORIGIN_MANUAL,      /* entered by hand (the 2022 baseline, a partner's total) */
  OND_FIGURE_ORIGIN_FROZEN,      /* counted, frozen when the year was closed */
} OndFigureOrigin;

/* The part of @year that has passed on @today: 1.0 for a year that has ended, 0.0 for a
 * year that has not begun, else day of the year / days in the year. */
double          ond_figure_year_fraction   (int              year,
                                            GDateTime       *today);
/* @target * ond_figure_year_fraction (@year, @today). */
double          ond_figure_target_to_date  (gint64           target,
                                            int              year,
                                            GDateTime       *today);
/* @target < 0 means no target. */
OndFigureStatus ond_figure_status_for      (gint64           value,
                                            gint64           target,
                                            int              year,
                                            GDateTime       *today);
/* @has_previous FALSE gives UNKNOWN. */
OndFigureTrend  ond_figure_trend_for       (gint64           value,
                                            gboolean         has_previous,
                                            gint64           previous,
                                            int              year,
                                            GDateTime       *today);
/* Translated, for the window ("On track" → "Op koers"). */
const char     *ond_figure_status_label    (OndFigureStatus  status);
const char     *ond_figure_trend_label     (OndFigureTrend   trend);
const char     *ond_figure_origin_label    (OndFigureOrigin  origin);
/* A CSS class for the status ("success", "warning", "error", or "dim-label"). */
const char     *ond_figure_status_css_class (OndFigureStatus status);

G_END_DECLS
