/* ond-chart.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The bar chart of a monitoring figure: one bar per year, its value above it, the year
 * under it, "–" where a year has no value, and the target as a dashed line with its label.
 * The frame (title, value axis, grid) is ond-chart-frame.c; the print style is here.
 *
 * Text never overlaps: the values are shown only when every one fits above its bar, the
 * years are ellipsized to their slot, and the target's label goes where it meets no bar
 * and no value (right or left of the plot, above or under the line); when there is no
 * such place it goes into a row of its own under the years, beside a piece of the line.
 */

#define G_LOG_DOMAIN "ond-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ond-chart-private.h"

/* A bar takes this part of its slot, and is at most this many lines of text wide. */
#define BAR_SHARE          0.6
#define BAR_MAX_LINES      4.0
#define TARGET_LINE_WIDTH  1.5
/* The piece of target line beside the label in the legend row, in lines of text. */
#define LEGEND_SAMPLE      2.0
/* Names that do not fit their slots are shown for every second or third bar at most. */
#define MAX_NAME_SKIP      3

typedef enum
{
  TARGET_LABEL_INSIDE,   /* in the plot, beside the line */
  TARGET_LABEL_LEGEND,   /* in a row under the years */
  TARGET_LABEL_NONE,
} TargetLabelPlace;

typedef enum
{
  LAYOUT_DONE,
  LAYOUT_TOO_SMALL,
  LAYOUT_NO_PLACE,       /* the target's label found no free place in the plot */
} LayoutResult;

typedef struct
{
  OndChartFrame     frame;
  OndChartRect     *bars;
  double            target_y;       /* NAN: no target line */
  TargetLabelPlace  target_place;
  double            legend_x;       /* the legend's piece of line */
  double            legend_y;
} BarLayout;

static void
color_init (OndChartColor *color,
            guint32        rgb)
{
  color->red = ((rgb >> 16) & 0xff) / 255.0;
  color->green = ((rgb >> 8) & 0xff) / 255.0;
  color->blue = (rgb & 0xff) / 255.0;
  color->alpha = 1.0;
}

/**
 * ond_chart_style_init_print:
 * @style: the style to fill in
 *
 * Black text on white paper, a light grey grid, the Adwaita blue bars (a darker blue for
 * the report year), an orange target line, a light blue for the budget chart's commitments
 * and a red for what lies beyond a budget, Cantarell 9 (pango substitutes a font it has
 * when Cantarell is not installed).
 */
void
ond_chart_style_init_print (OndChartStyle *style)
{
  g_return_if_fail (style != NULL);

  color_init (&style->foreground, 0x000000);
  color_init (&style->grid, 0xd0d0d0);
  color_init (&style->bar, 0x3584e4);
  color_init (&style->bar_highlight, 0x1c71d8);
  color_init (&style->target, 0xe66100);
  color_init (&style->committed, 0x99c1f1);
  color_init (&style->over, 0xc01c28);
  style->font = "Cantarell 9";
}

/**
 * ond_bar_chart_axis_max:
 * @chart: a bar chart
 *
 * Returns: the top of the value axis: the smallest 1, 2 or 5 × 10^n at least every known
 *   value and the target; 1 when they are all 0
 */
double
ond_bar_chart_axis_max (const OndBarChart *chart)
{
  double top = 0;

  g_return_val_if_fail (chart != NULL, 1.0);
  g_return_val_if_fail (chart->n_bars == 0 || chart->bars != NULL, 1.0);

  for (guint i = 0; i < chart->n_bars; i++)
    if (chart->bars[i].known && chart->bars[i].value > top)
      top = chart->bars[i].value;
  if (chart->target > top)
    top = chart->target;
  return _ond_chart_round_up (top);
}

static double
slot_centre (const OndChartRect *plot,
             double              slot,
             guint               i)
{
  return plot->x + slot * (i + 0.5);
}

/* The value (or "–") above each bar, when every one fits in its slot; each becomes a
 * place that the target's label must not take. */
static void
lay_out_values (BarLayout         *self,
                const OndBarChart *chart,
                double             slot,
                GArray            *taken)
{
  OndChartFrame *frame = &self->frame;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < chart->n_bars; i++)
    {
      const OndChartBar *bar = &chart->bars[i];
      g_autofree char *text = bar->known ? _ond_chart_format_value (bar->value) : g_strdup ("–");
      PangoLayout *layout = _ond_chart_frame_text (frame, text, FALSE, 0);
      double width, height;

      g_ptr_array_add (layouts, layout);
      _ond_chart_text_size (layout, &width, &height);
      if (width > slot - OND_CHART_GAP)
        return;
    }

  for (guint i = 0; i < chart->n_bars; i++)
    {
      PangoLayout *layout = g_object_ref (g_ptr_array_index (layouts, i));
      OndChartLabel *label = _ond_chart_frame_add_label (frame, layout, 0, 0);
      OndChartRect place;

      label->x = slot_centre (&frame->plot, slot, i) - label->width / 2;
      label->y = self->bars[i].y - OND_CHART_GAP - label->height;
      place = (OndChartRect) { label->x, label->y, label->width, label->height };
      g_array_append_val (taken, place);
    }
}

/* Whether the name of bar @i is shown when every @every-th is (the last one always). */
static gboolean
shows_name (const OndBarChart *chart,
            guint              every,
            guint              i)
{
  return (chart->n_bars - 1 - i) % every == 0;
}

/* The room for the name of bar @i, centred under it, when every @every-th name is shown:
 * its share of the plot, but never left of the plot (the tick labels are there) nor out
 * of the area. */
static double
name_room (BarLayout *self,
           double     slot,
           guint      every,
           guint      i,
           double     width)
{
  const OndChartRect *plot = &self->frame.plot;
  double centre = slot_centre (plot, slot, i);
  double half = (every * slot - OND_CHART_GAP) / 2;

  half = MIN (half, centre - plot->x);
  half = MIN (half, width - OND_CHART_PAD - centre);
  return 2 * half;
}

/* The name under each bar; when the names do not fit, every second or third (counted
 * back from the last, the report year), else each ellipsized to its slot. */
static void
lay_out_names (BarLayout         *self,
               const OndBarChart *chart,
               double             slot,
               double             width)
{
  OndChartFrame *frame = &self->frame;
  double y = _ond_chart_frame_row_y (frame, 0);
  guint every;

  for (every = 1; every <= MAX_NAME_SKIP; every++)
    {
      gboolean fits = TRUE;

      for (guint i = 0; fits && i < chart->n_bars; i++)
        {
          g_autoptr(PangoLayout) layout = NULL;
          double name_width, name_height;

          if (chart->bars[i].label == NULL || !shows_name (chart, every, i))
            continue;
          layout = _ond_chart_frame_text (frame, chart->bars[i].label, chart->bars[i].highlight,
                                          0);
          _ond_chart_text_size (layout, &name_width, &name_height);
          fits = name_width <= name_room (self, slot, every, i, width);
        }
      if (fits)
        break;
    }
  if (every > MAX_NAME_SKIP)
    every = 1;

  for (guint i = 0; i < chart->n_bars; i++)
    {
      const OndChartBar *bar = &chart->bars[i];
      double room = name_room (self, slot, every, i, width);
      OndChartLabel *label;

      if (bar->label == NULL || !shows_name (chart, every, i) || room < 1.0)
        continue;
      label = _ond_chart_frame_add_label (frame,
                                          _ond_chart_frame_text (frame, bar->label,
                                                                 bar->highlight, room),
                                          0, y);
      label->x = slot_centre (&frame->plot, slot, i) - label->width / 2;
    }
}

/* The target's label beside its line, where it takes no place in @taken. */
static gboolean
place_target_label (BarLayout  *self,
                    const char *text,
                    GArray     *taken)
{
  OndChartFrame *frame = &self->frame;
  const OndChartRect *plot = &frame->plot;
  PangoLayout *layout = _ond_chart_frame_text (frame, text, FALSE,
                                               plot->width - 2 * OND_CHART_GAP);
  double width, height;
  double xs[2], ys[2];
  double top = plot->y - frame->line_height - OND_CHART_GAP;
  double bottom = plot->y + plot->height;

  _ond_chart_text_size (layout, &width, &height);
  xs[0] = plot->x + plot->width - OND_CHART_GAP - width;
  xs[1] = plot->x + OND_CHART_GAP;
  ys[0] = self->target_y - TARGET_LINE_WIDTH - height;
  ys[1] = self->target_y + TARGET_LINE_WIDTH;

  for (guint i = 0; i < 4; i++)
    {
      OndChartRect place = { xs[i / 2], ys[i % 2], width, height };
      gboolean fits = place.y >= top && place.y + place.height <= bottom;

      for (guint j = 0; fits && j < taken->len; j++)
        fits = !_ond_chart_rects_overlap (&place, &g_array_index (taken, OndChartRect, j));
      if (fits)
        {
          _ond_chart_frame_add_label (frame, layout, place.x, place.y);
          return TRUE;
        }
    }
  g_object_unref (layout);
  return FALSE;
}

static LayoutResult
lay_out (BarLayout         *self,
         const OndBarChart *chart,
         double             width,
         double             height,
         TargetLabelPlace   target_place)
{
  OndChartFrame *frame = &self->frame;
  const OndChartRect *plot = &frame->plot;
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (OndChartRect));
  gboolean has_label = chart->target >= 0 && chart->target_label != NULL
                       && chart->target_label[0] != '\0';
  double axis_max = ond_bar_chart_axis_max (chart);
  double slot, bar_width, base;

  if (!has_label)
    target_place = TARGET_LABEL_NONE;
  self->target_place = target_place;
  self->target_y = NAN;
  if (!_ond_chart_frame_layout (frame, chart->title, axis_max,
                                target_place == TARGET_LABEL_LEGEND ? 2 : 1, width, height))
    return LAYOUT_TOO_SMALL;

  base = plot->y + plot->height;
  slot = plot->width / MAX (chart->n_bars, 1);
  bar_width = MIN (slot * BAR_SHARE, BAR_MAX_LINES * frame->line_height);
  for (guint i = 0; i < chart->n_bars; i++)
    {
      const OndChartBar *bar = &chart->bars[i];
      OndChartRect *rect = &self->bars[i];

      rect->x = slot_centre (plot, slot, i) - bar_width / 2;
      rect->width = bar_width;
      rect->height = bar->known ? plot->height * CLAMP (bar->value, 0, axis_max) / axis_max : 0;
      rect->y = base - rect->height;
      if (rect->height > 0)
        g_array_append_val (taken, *rect);
    }

  lay_out_values (self, chart, slot, taken);

  lay_out_names (self, chart, slot, width);

  if (chart->target >= 0)
    self->target_y = _ond_chart_frame_value_y (frame, chart->target);

  if (target_place == TARGET_LABEL_INSIDE)
    {
      if (!place_target_label (self, chart->target_label, taken))
        return LAYOUT_NO_PLACE;
    }
  else if (target_place == TARGET_LABEL_LEGEND)
    {
      double x = plot->x + LEGEND_SAMPLE * frame->line_height + OND_CHART_GAP;
      double y = _ond_chart_frame_row_y (frame, 1);
      double room = width - OND_CHART_PAD - x;

      if (room <= 0)
        return LAYOUT_TOO_SMALL;
      self->legend_x = plot->x;
      self->legend_y = y + frame->line_height / 2;
      _ond_chart_frame_add_label (frame,
                                  _ond_chart_frame_text (frame, chart->target_label, FALSE, room),
                                  x, y);
    }
  return LAYOUT_DONE;
}

/* Lays out @chart: the target's label in the plot, else in a legend row, else (when the
 * legend row leaves no room) without it. */
static gboolean
bar_layout_init (BarLayout           *self,
                 const OndBarChart   *chart,
                 const OndChartStyle *style,
                 double               width,
                 double               height)
{
  static const TargetLabelPlace places[] = {
    TARGET_LABEL_INSIDE, TARGET_LABEL_LEGEND, TARGET_LABEL_NONE,
  };
  LayoutResult result = LAYOUT_TOO_SMALL;

  _ond_chart_frame_init (&self->frame, style);
  self->bars = g_new0 (OndChartRect, MAX (chart->n_bars, 1));

  if (!(width > 0) || !(height > 0))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      result = lay_out (self, chart, width, height, places[i]);
      if (result == LAYOUT_DONE)
        return TRUE;
    }
  return FALSE;
}

static void
bar_layout_clear (BarLayout *self)
{
  _ond_chart_frame_clear (&self->frame);
  g_clear_pointer (&self->bars, g_free);
}

/**
 * ond_bar_chart_layout:
 * @chart: a bar chart
 * @style: the style (its font sizes the text)
 * @width: the width of the chart
 * @height: the height of the chart
 * @plot: (out) (optional): the plot area
 * @bars: (out) (optional): @chart->n_bars rectangles, one per bar; an unknown value has a
 *   rectangle of height 0 on the base line
 *
 * Returns: %FALSE when @width × @height is too small to draw anything
 */
gboolean
ond_bar_chart_layout (const OndBarChart   *chart,
                      const OndChartStyle *style,
                      double               width,
                      double               height,
                      OndChartRect        *plot,
                      OndChartRect        *bars)
{
  BarLayout layout;
  gboolean done;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (chart->n_bars == 0 || chart->bars != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);

  done = bar_layout_init (&layout, chart, style, width, height);
  if (done && plot != NULL)
    *plot = layout.frame.plot;
  if (done && bars != NULL && chart->n_bars > 0)
    memcpy (bars, layout.bars, chart->n_bars * sizeof (OndChartRect));
  bar_layout_clear (&layout);
  return done;
}

/**
 * ond_bar_chart_draw:
 * @chart: a bar chart
 * @style: its colours and font
 * @cr: where to draw; the chart takes (0, 0) to (@width, @height) in user space and
 *   paints no background
 * @width: the width of the chart
 * @height: the height of the chart
 *
 * Draws nothing when the size is too small (see ond_bar_chart_layout()).
 */
void
ond_bar_chart_draw (const OndBarChart   *chart,
                    const OndChartStyle *style,
                    cairo_t             *cr,
                    double               width,
                    double               height)
{
  BarLayout layout;
  const OndChartRect *plot = &layout.frame.plot;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (chart->n_bars == 0 || chart->bars != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (cr != NULL);

  if (!bar_layout_init (&layout, chart, style, width, height))
    {
      bar_layout_clear (&layout);
      return;
    }

  cairo_save (cr);
  _ond_chart_frame_draw_axes (&layout.frame, style, cr);

  for (guint i = 0; i < chart->n_bars; i++)
    {
      const OndChartRect *rect = &layout.bars[i];

      if (rect->height <= 0)
        continue;
      _ond_chart_set_color (cr, chart->bars[i].highlight ? &style->bar_highlight : &style->bar);
      cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
      cairo_fill (cr);
    }

  if (!isnan (layout.target_y))
    {
      static const double dashes[] = { 5.0, 3.0 };

      _ond_chart_set_color (cr, &style->target);
      cairo_set_line_width (cr, TARGET_LINE_WIDTH);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, plot->x, layout.target_y);
      cairo_line_to (cr, plot->x + plot->width, layout.target_y);
      if (layout.target_place == TARGET_LABEL_LEGEND)
        {
          cairo_move_to (cr, layout.legend_x, layout.legend_y);
          cairo_line_to (cr, layout.legend_x + LEGEND_SAMPLE * layout.frame.line_height,
                         layout.legend_y);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  _ond_chart_frame_draw_text (&layout.frame, style, cr);
  cairo_restore (cr);
  bar_layout_clear (&layout);
}
