/* ond-chart-cumulative.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The cumulative chart of a figure over one year: the running total at the end of each
 * month that has passed (a line with a dot per month, starting from 0 on 1 January, the
 * total written above the last dot) against a straight dashed target line from 0 on
 * 1 January to the year's target on 31 December (its value written at its end). The
 * months are named under the plot: "jan" .. "dec" when they fit, else "j f m a m j j a s
 * o n d", else only the first month of each quarter, else not at all.
 */

#define G_LOG_DOMAIN "ond-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ond-chart-private.h"

#define LINE_WIDTH         2.0
#define DOT_RADIUS         2.5
#define TARGET_LINE_WIDTH  1.5

/* Dutch like the council report; single letters read the same in English. */
static const char *const month_names[12] = {
  "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
};
static const char *const month_letters[12] = {
  "j", "f", "m", "a", "m", "j", "j", "a", "s", "o", "n", "d",
};

typedef struct
{
  OndChartFrame frame;
  guint         n_points;
  double        points_x[12];
  double        points_y[12];
  double        target_y;      /* at the end of the year; NAN: no target line */
} CumulativeLayout;

static guint
n_months_of (const OndCumulativeChart *chart)
{
  return MIN (chart->n_months, 12);
}

/**
 * ond_cumulative_chart_axis_max:
 * @chart: a cumulative chart
 *
 * Returns: the top of the value axis: the smallest 1, 2 or 5 × 10^n at least the running
 *   total of the months that have passed and the target; 1 when both are 0
 */
double
ond_cumulative_chart_axis_max (const OndCumulativeChart *chart)
{
  gint64 total = 0;
  double top;

  g_return_val_if_fail (chart != NULL, 1.0);

  for (guint i = 0; i < n_months_of (chart); i++)
    total += MAX (chart->months[i], 0);
  top = (double) total;
  if (chart->target > top)
    top = chart->target;
  return _ond_chart_round_up (top);
}

/* Tries to name every @every-th month with @names, each within its share of the plot. */
static gboolean
lay_out_months (CumulativeLayout  *self,
                const char *const *names,
                guint              every)
{
  OndChartFrame *frame = &self->frame;
  const OndChartRect *plot = &frame->plot;
  double slot = plot->width / 12;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 12; i += every)
    {
      PangoLayout *layout = _ond_chart_frame_text (frame, names[i], FALSE, 0);
      double width, height;

      g_ptr_array_add (layouts, layout);
      _ond_chart_text_size (layout, &width, &height);
      if (width > every * slot - OND_CHART_GAP)
        return FALSE;
    }

  for (guint i = 0; i < 12; i += every)
    {
      PangoLayout *layout = g_object_ref (g_ptr_array_index (layouts, i / every));
      OndChartLabel *label = _ond_chart_frame_add_label (frame, layout, 0,
                                                         _ond_chart_frame_row_y (frame, 0));

      label->x = plot->x + slot * (i + 0.5) - label->width / 2;
    }
  return TRUE;
}

static void
lay_out_target_label (CumulativeLayout         *self,
                      const OndCumulativeChart *chart,
                      const OndChartRect       *total)
{
  OndChartFrame *frame = &self->frame;
  const OndChartRect *plot = &frame->plot;
  g_autofree char *text = _ond_chart_format_value (chart->target);
  PangoLayout *layout = _ond_chart_frame_text (frame, text, FALSE, 0);
  double top = plot->y - frame->line_height - OND_CHART_GAP;
  double width, height;
  double ys[2];

  _ond_chart_text_size (layout, &width, &height);
  ys[0] = self->target_y - OND_CHART_GAP - height;
  ys[1] = self->target_y + OND_CHART_GAP;
  for (guint i = 0; i < G_N_ELEMENTS (ys); i++)
    {
      OndChartRect place = { plot->x + plot->width - width, ys[i], width, height };

      if (place.x < plot->x || place.y < top || place.y + height > plot->y + plot->height)
        continue;
      if (total != NULL && _ond_chart_rects_overlap (&place, total))
        continue;
      _ond_chart_frame_add_label (frame, layout, place.x, place.y);
      return;
    }
  g_object_unref (layout);
}

static gboolean
cumulative_layout_init (CumulativeLayout         *self,
                        const OndCumulativeChart *chart,
                        const OndChartStyle      *style,
                        double                    width,
                        double                    height)
{
  OndChartFrame *frame = &self->frame;
  const OndChartRect *plot = &frame->plot;
  OndChartRect total_place;
  gboolean has_total = FALSE;
  gint64 total = 0;

  _ond_chart_frame_init (frame, style);
  /* The last dot and the end of the lines stay inside the area. */
  frame->right_inset = DOT_RADIUS + 1.0;
  self->n_points = 0;
  self->target_y = NAN;
  if (!(width > 0) || !(height > 0) ||
      !_ond_chart_frame_layout (frame, chart->title, ond_cumulative_chart_axis_max (chart), 1,
                                width, height))
    return FALSE;

  if (!lay_out_months (self, month_names, 1) && !lay_out_months (self, month_letters, 1))
    lay_out_months (self, month_letters, 3);

  self->n_points = n_months_of (chart);
  for (guint i = 0; i < self->n_points; i++)
    {
      total += MAX (chart->months[i], 0);
      self->points_x[i] = plot->x + plot->width * (i + 1) / 12;
      self->points_y[i] = _ond_chart_frame_value_y (frame, (double) total);
    }

  if (self->n_points > 0)
    {
      g_autofree char *text = _ond_chart_format_value ((double) total);
      PangoLayout *layout = _ond_chart_frame_text (frame, text, FALSE, 0);
      OndChartLabel *label = _ond_chart_frame_add_label (frame, layout, 0, 0);
      double x = self->points_x[self->n_points - 1] - label->width / 2;

      label->x = CLAMP (x, plot->x, width - OND_CHART_PAD - label->width);
      label->y = self->points_y[self->n_points - 1] - OND_CHART_GAP - label->height;
      total_place = (OndChartRect) { label->x, label->y, label->width, label->height };
      has_total = TRUE;
    }

  if (chart->target >= 0)
    {
      self->target_y = _ond_chart_frame_value_y (frame, chart->target);
      lay_out_target_label (self, chart, has_total ? &total_place : NULL);
    }
  return TRUE;
}

/**
 * ond_cumulative_chart_layout:
 * @chart: a cumulative chart
 * @style: the style (its font sizes the text)
 * @width: the width of the chart
 * @height: the height of the chart
 * @plot: (out) (optional): the plot area
 * @points_x: (out) (optional): the x of the end of each month that has passed
 * @points_y: (out) (optional): the y of the running total at the end of that month
 *
 * Returns: %FALSE when @width × @height is too small to draw anything
 */
gboolean
ond_cumulative_chart_layout (const OndCumulativeChart *chart,
                             const OndChartStyle      *style,
                             double                    width,
                             double                    height,
                             OndChartRect             *plot,
                             double                    points_x[12],
                             double                    points_y[12])
{
  CumulativeLayout layout;
  gboolean done;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);

  done = cumulative_layout_init (&layout, chart, style, width, height);
  if (done && plot != NULL)
    *plot = layout.frame.plot;
  if (done && points_x != NULL)
    memcpy (points_x, layout.points_x, layout.n_points * sizeof (double));
  if (done && points_y != NULL)
    memcpy (points_y, layout.points_y, layout.n_points * sizeof (double));
  _ond_chart_frame_clear (&layout.frame);
  return done;
}

/**
 * ond_cumulative_chart_draw:
 * @chart: a cumulative chart
 * @style: its colours and font
 * @cr: where to draw; the chart takes (0, 0) to (@width, @height) in user space and
 *   paints no background
 * @width: the width of the chart
 * @height: the height of the chart
 *
 * Draws nothing when the size is too small (see ond_cumulative_chart_layout()).
 */
void
ond_cumulative_chart_draw (const OndCumulativeChart *chart,
                           const OndChartStyle      *style,
                           cairo_t                  *cr,
                           double                    width,
                           double                    height)
{
  CumulativeLayout layout;
  const OndChartRect *plot = &layout.frame.plot;
  double base;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (cr != NULL);

  if (!cumulative_layout_init (&layout, chart, style, width, height))
    {
      _ond_chart_frame_clear (&layout.frame);
      return;
    }

  base = plot->y + plot->height;
  cairo_save (cr);
  _ond_chart_frame_draw_axes (&layout.frame, style, cr);

  if (!isnan (layout.target_y))
    {
      static const double dashes[] = { 5.0, 3.0 };

      _ond_chart_set_color (cr, &style->target);
      cairo_set_line_width (cr, TARGET_LINE_WIDTH);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, plot->x, base);
      cairo_line_to (cr, plot->x + plot->width, layout.target_y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  if (layout.n_points > 0)
    {
      _ond_chart_set_color (cr, &style->bar);
      cairo_set_line_width (cr, LINE_WIDTH);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_move_to (cr, plot->x, base);
      for (guint i = 0; i < layout.n_points; i++)
        cairo_line_to (cr, layout.points_x[i], layout.points_y[i]);
      cairo_stroke (cr);

      _ond_chart_set_color (cr, &style->bar_highlight);
      for (guint i = 0; i < layout.n_points; i++)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, layout.points_x[i], layout.points_y[i], DOT_RADIUS, 0, 2 * G_PI);
        }
      cairo_fill (cr);
    }

  _ond_chart_frame_draw_text (&layout.frame, style, cr);
  cairo_restore (cr);
  _ond_chart_frame_clear (&layout.frame);
}
