/* ond-chart.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The monitoring charts, drawn with cairo and pango (ond-chart.c): no GTK, so the same
 * code draws them in the window (OndChartView) and in the council report.
 *
 * - A bar chart: one bar per year of a figure, with the target as a horizontal line.
 * - A cumulative chart: the running total per month of a year against a straight target
 *   line from 0 on 1 January to the year's target on 31 December.
 * - A budget chart (ond-chart-budget.c): per cost line its spend and commitments against
 *   its budget.
 *
 * The layout functions give the geometry the drawing uses (in the same units as @width and
 * @height), so tests and hit-testing can check it without reading pixels.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} OndChartColor;

typedef struct
{
  OndChartColor foreground;  /* text, axes */
  OndChartColor grid;
  OndChartColor bar;
  OndChartColor bar_highlight;  /* the report year's bar */
  OndChartColor target;
  OndChartColor committed;   /* the budget chart's commitments, beside the spend */
  OndChartColor over;        /* spend or commitments beyond the budget */
  const char   *font;        /* a Pango font description, e.g. "Cantarell 9" */
} OndChartStyle;

typedef struct
{
  double x, y, width, height;
} OndChartRect;

typedef struct
{
  const char *label;         /* under the bar, e.g. "2023" */
  gboolean    known;         /* FALSE: no value (drawn as "–", no bar) */
  double      value;
  gboolean    highlight;
} OndChartBar;

typedef struct
{
  const char        *title;        /* may be NULL */
  const OndChartBar *bars;
  guint              n_bars;
  double             target;       /* < 0: no target line */
  const char        *target_label; /* e.g. "Doel 10"; may be NULL */
} OndBarChart;

typedef struct
{
  const char *title;         /* may be NULL */
  gint64      months[12];    /* counts per month, not cumulative */
  guint       n_months;      /* months that have passed (0..12): the line stops there */
  double      target;        /* the whole year's target; < 0: no target line */
} OndCumulativeChart;

typedef struct
{
  const char *label;         /* the cost line's name */
  double      budget;
  double      spent;
  double      committed;
} OndBudgetChartLine;

typedef struct
{
  const char               *title;   /* may be NULL */
  const OndBudgetChartLine *lines;
  guint                     n_lines;
  /* The legend under the axis, e.g. "Besteed", "Verplicht", "Begroting", "Boven begroting":
   * each item that is not NULL is shown, in this order, as long as it fits. */
  const char               *spent_label;
  const char               *committed_label;
  const char               *budget_label;
  const char               *over_label;
} OndBudgetChart;

/* Black on white, for paper. */
void     ond_chart_style_init_print      (OndChartStyle            *style);

/* The value at the top of the axis: a round number (1, 2, 5 × 10^n) at least the largest
 * value and the target; 1 when everything is 0. */
double   ond_bar_chart_axis_max          (const OndBarChart        *chart);
/* The plot area and one rectangle per bar (@bars holds n_bars; an unknown value gives a
 * rectangle of height 0 on the base line). FALSE when @width or @height is too small to
 * draw anything. */
gboolean ond_bar_chart_layout            (const OndBarChart        *chart,
                                          const OndChartStyle      *style,
                                          double                    width,
                                          double                    height,
                                          OndChartRect             *plot,
                                          OndChartRect             *bars);
void     ond_bar_chart_draw              (const OndBarChart        *chart,
                                          const OndChartStyle      *style,
                                          cairo_t                  *cr,
                                          double                    width,
                                          double                    height);

double   ond_cumulative_chart_axis_max   (const OndCumulativeChart *chart);
/* The plot area and the points of the line: @points[i] is the end of month i + 1 (x, y),
 * for i < n_months. */
gboolean ond_cumulative_chart_layout     (const OndCumulativeChart *chart,
                                          const OndChartStyle      *style,
                                          double                    width,
                                          double                    height,
                                          OndChartRect             *plot,
                                          double                    points_x[12],
                                          double                    points_y[12]);
void     ond_cumulative_chart_draw       (const OndCumulativeChart *chart,
                                          const OndChartStyle      *style,
                                          cairo_t                  *cr,
                                          double                    width,
                                          double                    height);

/* The budget chart: one row per cost line, its spend and then its commitments as one bar
 * from the left, against a mark at its budget; what lies beyond the budget in the colour
 * "over". The layout gives per line the spent bar, the committed bar and the budget mark's x
 * (@spent, @committed and @budget_x hold n_lines each). */
double   ond_budget_chart_axis_max       (const OndBudgetChart     *chart);
gboolean ond_budget_chart_layout         (const OndBudgetChart     *chart,
                                          const OndChartStyle      *style,
                                          double                    width,
                                          double                    height,
                                          OndChartRect             *plot,
                                          OndChartRect             *spent,
                                          OndChartRect             *committed,
                                          double                   *budget_x);
void     ond_budget_chart_draw           (const OndBudgetChart     *chart,
                                          const OndChartStyle      *style,
                                          cairo_t                  *cr,
                                          double                    width,
                                          double                    height);
/* The height the chart needs for @n_lines lines at @style's font. */
double   ond_budget_chart_height_for     (const OndBudgetChart     *chart,
                                          const OndChartStyle      *style);

G_END_DECLS
