/* ond-figure-columns.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The columns of the monitoring table (a GtkColumnView over OndFigure) and the words that
 * say where a year's value comes from, shared by the table and the figure's detail. */

#pragma once

#include <gtk/gtk.h>

#include "ond-figure.h"

G_BEGIN_DECLS

GtkColumnViewColumn *ond_figure_columns_new_name   (void) G_GNUC_WARN_UNUSED_RESULT;
GtkColumnViewColumn *ond_figure_columns_new_year   (int         year) G_GNUC_WARN_UNUSED_RESULT;
GtkColumnViewColumn *ond_figure_columns_new_target (void) G_GNUC_WARN_UNUSED_RESULT;
GtkColumnViewColumn *ond_figure_columns_new_status (void) G_GNUC_WARN_UNUSED_RESULT;
GtkColumnViewColumn *ond_figure_columns_new_trend  (void) G_GNUC_WARN_UNUSED_RESULT;

/* The value of @year as shown ("84", or "–" without a value). */
char        *ond_figure_format_value      (OndFigure  *figure,
                                           int         year) G_GNUC_WARN_UNUSED_RESULT;
/* The icon that marks where the value of @year comes from (a hand value, a frozen value),
 * or NULL for a counted value or none. */
const char  *ond_figure_origin_icon       (OndFigure  *figure,
                                           int         year);
/* A sentence on where the value of @year comes from, with the source of a hand value. */
char        *ond_figure_describe_origin   (OndFigure  *figure,
                                           int         year) G_GNUC_WARN_UNUSED_RESULT;
/* What is wrong with the value of @year (a sum that disagrees, records not counted), or
 * NULL. */
char        *ond_figure_describe_problem  (OndFigure  *figure,
                                           int         year) G_GNUC_WARN_UNUSED_RESULT;
/* The target to date in words, e.g. "Target 10; 4.5 due by today", or NULL without one. */
char        *ond_figure_describe_target   (OndFigure  *figure) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
