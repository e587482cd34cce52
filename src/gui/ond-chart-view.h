/* ond-chart-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndChartView: a chart in the window, a bar chart of a figure's years, the running total
 * of a year per month or the budget chart (spent and committed per cost line), drawn by the
 * core's chart code (ond-chart.h) in the colours of the current style. A screen reader reads
 * the values in words. */

#pragma once

#include <gtk/gtk.h>

#include "ond-chart.h"

G_BEGIN_DECLS

#define OND_TYPE_CHART_VIEW (ond_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (OndChartView, ond_chart_view, OND, CHART_VIEW, GtkWidget)

GtkWidget  *ond_chart_view_new             (void) G_GNUC_WARN_UNUSED_RESULT;
/* The values in words, as the accessible label says them. */
const char *ond_chart_view_get_description (OndChartView      *self);
/* Copies @bars (and their labels). @target < 0: no target; @title and @target_label may
 * be NULL. */
void        ond_chart_view_set_bars        (OndChartView      *self,
                                            const char        *title,
                                            const OndChartBar *bars,
                                            guint              n_bars,
                                            double             target,
                                            const char        *target_label);
/* Copies @months (counts per month, not cumulative); @n_months have passed. */
void        ond_chart_view_set_cumulative  (OndChartView      *self,
                                            const char        *title,
                                            const gint64       months[12],
                                            guint              n_months,
                                            double             target);
/* The budget chart (ond_budget_chart_draw): copies @lines (amounts in euros) and their
 * labels; the widget is as high as the lines need. */
void        ond_chart_view_set_budget      (OndChartView             *self,
                                            const char               *title,
                                            const OndBudgetChartLine *lines,
                                            guint                     n_lines);
/* Shows nothing. */
void        ond_chart_view_clear           (OndChartView      *self);

G_END_DECLS
