/* ond-figure.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndFigure: one row of the monitoring table. A monitoring figure (indicator) with its
 * value for every year from the baseline year to the plan's last year, where each value
 * comes from, the target of the reporting year, its status and trend. Built by the store
 * (ond_store_list_figures); read-only for everyone else.
 */

#pragma once

#include <glib-object.h>

#include "ond-figures.h"

G_BEGIN_DECLS

#define OND_TYPE_FIGURE (ond_figure_get_type ())
G_DECLARE_FINAL_TYPE (OndFigure, ond_figure, OND, FIGURE, GObject)

/* For the store: a figure with no values yet for the years @first_year..@last_year. */
OndFigure      *ond_figure_new                (const char      *code,
                                               const char      *name,
                                               const char      *unit,
                                               const char      *parent_code,
                                               int              first_year,
                                               int              last_year,
                                               int              report_year) G_GNUC_WARN_UNUSED_RESULT;
/* For the store: the value of @year. @source: where a hand value came from (NULL = "").
 * @uncounted: records of @year that would count but do not, because a hand value was
 * entered for that year. */
void            ond_figure_set_year           (OndFigure       *self,
                                               int              year,
                                               OndFigureOrigin  origin,
                                               gint64           value,
                                               const char      *source,
                                               gint64           uncounted);
/* For the store: the target of the report year (< 0: none), and today; computes the
 * target to date, the status and the trend (ond-figures.h). Call after every
 * ond_figure_set_year (). */
void            ond_figure_set_target         (OndFigure       *self,
                                               gint64           target,
                                               GDateTime       *today);
/* For the store: the parent's value disagrees with the sum of its children in @year. */
void            ond_figure_set_sum_mismatch   (OndFigure       *self,
                                               int              year,
                                               gboolean         mismatch);

const char     *ond_figure_get_code           (OndFigure       *self);
const char     *ond_figure_get_name           (OndFigure       *self);
const char     *ond_figure_get_unit           (OndFigure       *self);
/* NULL for a top-level figure; else the code of the figure this one is part of. */
const char     *ond_figure_get_parent_code    (OndFigure       *self);
int             ond_figure_get_first_year     (OndFigure       *self);
int             ond_figure_get_last_year      (OndFigure       *self);
int             ond_figure_get_report_year    (OndFigure       *self);
/* FALSE when @year has no value (origin NONE, or outside the years). */
gboolean        ond_figure_get_value          (OndFigure       *self,
                                               int              year,
                                               gint64          *value);
OndFigureOrigin ond_figure_get_origin         (OndFigure       *self,
                                               int              year);
const char     *ond_figure_get_source         (OndFigure       *self,
                                               int              year);
gint64          ond_figure_get_uncounted      (OndFigure       *self,
                                               int              year);
gboolean        ond_figure_get_sum_mismatch   (OndFigure       *self,
                                               int              year);
/* The target of the report year, or -1. */
gint64          ond_figure_get_target         (OndFigure       *self);
double          ond_figure_get_target_to_date (OndFigure       *self);
OndFigureStatus ond_figure_get_status         (OndFigure       *self);
OndFigureTrend  ond_figure_get_trend          (OndFigure       *self);

G_END_DECLS
