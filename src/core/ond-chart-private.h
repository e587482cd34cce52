/* ond-chart-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the two charts share (ond-chart-frame.c): one fixed pango context at 72 units per inch,
 * so that a font of "N pt" is N units high and the layout never depends on the surface;
 * placed text; the frame of a chart (title, value axis with round ticks, plot area, rows
 * of labels under the plot) and its drawing. The bar chart lives in ond-chart.c, the
 * cumulative chart in ond-chart-cumulative.c.
 */

#pragma once

#include <pango/pangocairo.h>

#include "ond-chart.h"

G_BEGIN_DECLS

#define OND_CHART_PAD  2.0   /* around the whole chart */
#define OND_CHART_GAP  3.0   /* between a text and what it labels */
#define OND_CHART_TICK 3.0   /* length of a tick mark */

typedef struct
{
  PangoLayout *layout;
  double       x, y, width, height;
} OndChartLabel;

typedef struct
{
  PangoContext         *context;
  PangoFontDescription *normal;
  PangoFontDescription *bold;
  double                line_height;   /* of one line of text */

  GPtrArray            *labels;        /* OndChartLabel *: every text, where it goes */
  double                right_inset;   /* kept free right of the plot (set before layout) */
  OndChartRect          plot;
  double                axis_max;
  double                step;          /* between two ticks */
  guint                 n_steps;
} OndChartFrame;

void            _ond_chart_frame_init      (OndChartFrame       *frame,
                                            const OndChartStyle *style);
void            _ond_chart_frame_clear     (OndChartFrame       *frame);
/* Lays out the title, the value axis and the plot area for @axis_max, leaving @n_rows
 * rows of text under the plot. FALSE when there is no room for a plot. */
gboolean        _ond_chart_frame_layout    (OndChartFrame       *frame,
                                            const char          *title,
                                            double               axis_max,
                                            guint                n_rows,
                                            double               width,
                                            double               height);
/* The top of row @row (0 = the first under the plot). */
double          _ond_chart_frame_row_y     (OndChartFrame       *frame,
                                            guint                row);
/* A layout of @text; ellipsized to @max_width when that is > 0. */
PangoLayout    *_ond_chart_frame_text      (OndChartFrame       *frame,
                                            const char          *text,
                                            gboolean             bold,
                                            double               max_width);
void            _ond_chart_text_size       (PangoLayout         *layout,
                                            double              *width,
                                            double              *height);
/* Adds @layout (taking it) at @x, @y; returns the placed label. */
OndChartLabel  *_ond_chart_frame_add_label (OndChartFrame       *frame,
                                            PangoLayout         *layout,
                                            double               x,
                                            double               y);
/* The y of @value on the value axis. */
double          _ond_chart_frame_value_y   (OndChartFrame       *frame,
                                            double               value);
/* The grid, the axes and their ticks. */
void            _ond_chart_frame_draw_axes (OndChartFrame       *frame,
                                            const OndChartStyle *style,
                                            cairo_t             *cr);
/* Every label, in the foreground colour. */
void            _ond_chart_frame_draw_text (OndChartFrame       *frame,
                                            const OndChartStyle *style,
                                            cairo_t             *cr);
gboolean        _ond_chart_rects_overlap   (const OndChartRect  *a,
                                            const OndChartRect  *b);
/* Round numbers: the smallest 1, 2 or 5 × 10^n at least @value (1 for @value <= 0). */
double          _ond_chart_round_up        (double               value);
/* "6", "1.234", "2,5": a value as the council reads it (Dutch). */
char           *_ond_chart_format_value    (double               value) G_GNUC_WARN_UNUSED_RESULT;
void            _ond_chart_set_color       (cairo_t             *cr,
                                            const OndChartColor *color);

G_END_DECLS
