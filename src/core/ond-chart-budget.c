/* ond-chart-budget.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The budget chart of the Begroting: one row per cost line, its name on the left and one
 * bar from the value axis' 0: first what was spent, then what is committed, in a lighter
 * colour; a vertical mark at the line's budget; and whatever lies beyond the budget in the
 * colour "over", so an overspent line stands out. The value axis runs along the bottom
 * with round ticks and a light grid; an optional legend goes under it.
 *
 * From top to bottom: the title (one line, ellipsized), the rows (at most ROW_LINES lines
 * of text high each; never less than one line, or the chart is too small to draw), the
 * axis with its tick labels, the legend (left out when it leaves the rows no room). The
 * names are ellipsized to at most NAME_SHARE of the width. The text, the title and the
 * round numbers come from ond-chart-frame.c.
 */

#define G_LOG_DOMAIN "ond-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ond-chart-private.h"

/* A row is this many lines of text high when there is room; its bar takes BAR_SHARE of it. */
#define ROW_LINES        2.0
#define BAR_SHARE        0.6
/* The names take at most this part of the width. */
#define NAME_SHARE       0.4
/* Below this the plot shows nothing worth reading. */
#define MIN_PLOT         8.0
#define MAX_STEPS        10
#define BUDGET_MARK      2.0   /* the width of the budget's mark */
#define LEGEND_SPACING   3.0   /* between two legend items, in gaps */

typedef enum
{
  LEGEND_SPENT,
  LEGEND_COMMITTED,
  LEGEND_BUDGET,
  LEGEND_OVER,
  N_LEGEND_ITEMS,
} LegendItem;

typedef struct
{
  OndChartFrame  frame;
  OndChartRect  *spent;
  OndChartRect  *committed;
  double        *budget_x;
  double         row_height;
  guint          n_legend;
  LegendItem     legend[N_LEGEND_ITEMS];
  OndChartRect   swatches[N_LEGEND_ITEMS];
} BudgetLayout;

/* A value the chart can draw: 0 for a negative one (a refund larger than the spend) and
 * for one that is not a number. */
static double
drawable (double value)
{
  return isfinite (value) && value > 0 ? value : 0;
}

/**
 * ond_budget_chart_axis_max:
 * @chart: a budget chart
 *
 * Returns: the end of the value axis: the smallest 1, 2 or 5 × 10^n at least every line's
 *   budget and its spend plus commitments; 1 when they are all 0
 */
double
ond_budget_chart_axis_max (const OndBudgetChart *chart)
{
  double top = 0;

  g_return_val_if_fail (chart != NULL, 1.0);
  g_return_val_if_fail (chart->n_lines == 0 || chart->lines != NULL, 1.0);

  for (guint i = 0; i < chart->n_lines; i++)
    {
      const OndBudgetChartLine *line = &chart->lines[i];

      top = MAX (top, drawable (line->budget));
      top = MAX (top, drawable (line->spent) + drawable (line->committed));
    }
  return _ond_chart_round_up (top);
}

static double
text_width (OndChartFrame *frame,
            const char    *text)
{
  g_autoptr(PangoLayout) layout = _ond_chart_frame_text (frame, text, FALSE, 0);
  double width, height;

  _ond_chart_text_size (layout, &width, &height);
  return width;
}

static double
tick_label_width (OndChartFrame *frame,
                  double         value)
{
  g_autofree char *text = _ond_chart_format_value (value);

  return text_width (frame, text);
}

/* The smallest round step (1, 2, 2,5 or 5 × 10^n) that divides the axis into at most
 * MAX_STEPS parts, each wide enough for its tick label; whole numbers only when the axis
 * reaches 1. (2,5 gives a narrow chart 0, 25.000 and 50.000 rather than only the ends.) */
static double
choose_step (OndChartFrame *frame,
             double         axis_max,
             double         plot_width)
{
  static const double multiples[] = { 1.0, 2.0, 2.5, 5.0 };
  int first = (int) floor (log10 (axis_max)) - 3;

  for (int exponent = first; exponent <= first + 4; exponent++)
    for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
      {
        double step = multiples[i] * pow (10.0, exponent);
        double n = round (axis_max / step);
        double widest = 0;

        if (step > axis_max * (1.0 + 1e-9) || (axis_max >= 1.0 && step < 1.0))
          continue;
        if (fabs (axis_max / step - n) > 1e-6 * n || n > MAX_STEPS)
          continue;
        for (guint t = 0; t <= (guint) n; t++)
          widest = MAX (widest, tick_label_width (frame, t * step));
        if (plot_width / n >= widest + 2 * OND_CHART_GAP)
          return step;
      }
  return axis_max;
}

static double
value_x (BudgetLayout *self,
         double        value)
{
  const OndChartRect *plot = &self->frame.plot;

  return plot->x + plot->width * CLAMP (value, 0, self->frame.axis_max) / self->frame.axis_max;
}

/* The widest name, or 0 when no line has one. */
static double
widest_name (BudgetLayout         *self,
             const OndBudgetChart *chart)
{
  double widest = 0;

  for (guint i = 0; i < chart->n_lines; i++)
    if (chart->lines[i].label != NULL && chart->lines[i].label[0] != '\0')
      widest = MAX (widest, text_width (&self->frame, chart->lines[i].label));
  return widest;
}

static const char *
legend_text (const OndBudgetChart *chart,
             LegendItem            item)
{
  switch (item)
    {
    case LEGEND_SPENT:
      return chart->spent_label;
    case LEGEND_COMMITTED:
      return chart->committed_label;
    case LEGEND_BUDGET:
      return chart->budget_label;
    case LEGEND_OVER:
      return chart->over_label;
    case N_LEGEND_ITEMS:
    default:
      return NULL;
    }
}

static gboolean
has_legend (const OndBudgetChart *chart)
{
  for (guint i = 0; i < N_LEGEND_ITEMS; i++)
    if (legend_text (chart, i) != NULL && legend_text (chart, i)[0] != '\0')
      return TRUE;
  return FALSE;
}

/* The legend in one row from the left at @y: a swatch and its text per item, as many items
 * as fit whole. */
static void
lay_out_legend (BudgetLayout         *self,
                const OndBudgetChart *chart,
                double                y,
                double                width)
{
  OndChartFrame *frame = &self->frame;
  double line = frame->line_height;
  double x = OND_CHART_PAD;

  for (guint i = 0; i < N_LEGEND_ITEMS; i++)
    {
      const char *text = legend_text (chart, i);
      double swatch = i == LEGEND_BUDGET ? BUDGET_MARK : line;
      double text_x = x + swatch + OND_CHART_GAP;

      if (text == NULL || text[0] == '\0')
        continue;
      if (text_x + text_width (frame, text) > width - OND_CHART_PAD)
        break;
      self->legend[self->n_legend] = i;
      self->swatches[self->n_legend] = (OndChartRect) { x, y, swatch, line };
      self->n_legend++;
      _ond_chart_frame_add_label (frame, _ond_chart_frame_text (frame, text, FALSE, 0),
                                  text_x, y);
      x = text_x + text_width (frame, text) + LEGEND_SPACING * OND_CHART_GAP;
    }
}

/* The tick labels, centred under their ticks. */
static void
lay_out_ticks (BudgetLayout *self,
               double        y)
{
  OndChartFrame *frame = &self->frame;

  for (guint i = 0; i <= frame->n_steps; i++)
    {
      g_autofree char *text = _ond_chart_format_value (i * frame->step);
      OndChartLabel *label = _ond_chart_frame_add_label (frame,
                                                         _ond_chart_frame_text (frame, text,
                                                                                FALSE, 0),
                                                         0, y);

      label->x = value_x (self, i * frame->step) - label->width / 2;
    }
}

/* The rows: a name, the spent and committed bars and the budget's mark. */
static void
lay_out_rows (BudgetLayout         *self,
              const OndBudgetChart *chart,
              double                name_width)
{
  OndChartFrame *frame = &self->frame;
  const OndChartRect *plot = &frame->plot;
  double bar_height = self->row_height * BAR_SHARE;

  for (guint i = 0; i < chart->n_lines; i++)
    {
      const OndBudgetChartLine *line = &chart->lines[i];
      double row_y = plot->y + i * self->row_height;
      double bar_y = row_y + (self->row_height - bar_height) / 2;
      double spent_end = value_x (self, drawable (line->spent));
      double end = value_x (self, drawable (line->spent) + drawable (line->committed));

      self->spent[i] = (OndChartRect) { plot->x, bar_y, spent_end - plot->x, bar_height };
      self->committed[i] = (OndChartRect) { spent_end, bar_y, end - spent_end, bar_height };
      self->budget_x[i] = value_x (self, drawable (line->budget));

      if (line->label != NULL && line->label[0] != '\0' && name_width >= 1.0)
        {
          OndChartLabel *label;

          label = _ond_chart_frame_add_label (frame,
                                              _ond_chart_frame_text (frame, line->label, FALSE,
                                                                     name_width),
                                              OND_CHART_PAD, 0);
          label->y = row_y + (self->row_height - label->height) / 2;
        }
    }
}

static gboolean
lay_out (BudgetLayout         *self,
         const OndBudgetChart *chart,
         gboolean              legend,
         double                width,
         double                height)
{
  OndChartFrame *frame = &self->frame;
  OndChartRect *plot = &frame->plot;
  double line = frame->line_height;
  double top = OND_CHART_PAD;
  double bottom = height - OND_CHART_PAD;
  double name_width, first_tick, last_tick, axis_y, room;

  if (!(width > 2 * OND_CHART_PAD) || !(height > 2 * OND_CHART_PAD))
    return FALSE;

  if (chart->title != NULL && chart->title[0] != '\0')
    {
      OndChartLabel *label;

      label = _ond_chart_frame_add_label (frame,
                                          _ond_chart_frame_text (frame, chart->title, TRUE,
                                                                 width - 2 * OND_CHART_PAD),
                                          OND_CHART_PAD, top);
      top += label->height + OND_CHART_GAP;
    }
  if (legend)
    bottom -= line + OND_CHART_GAP;
  /* The axis line, its ticks and their labels. */
  bottom -= OND_CHART_TICK + OND_CHART_GAP + line;

  /* The rows, as high as they may be; at least one line of text each. */
  room = bottom - top;
  self->row_height = chart->n_lines > 0 ? MIN (ROW_LINES * line, room / chart->n_lines) : 0;
  if (room < 0 || (chart->n_lines > 0 && self->row_height < line))
    return FALSE;

  /* The names left of the plot; the first and last tick labels stick out half their width. */
  frame->axis_max = ond_budget_chart_axis_max (chart);
  name_width = MIN (widest_name (self, chart), width * NAME_SHARE);
  first_tick = tick_label_width (frame, 0);
  last_tick = tick_label_width (frame, frame->axis_max);
  plot->x = OND_CHART_PAD + (name_width > 0 ? name_width + 2 * OND_CHART_GAP : 0);
  plot->x = MAX (plot->x, OND_CHART_PAD + first_tick / 2);
  plot->y = top;
  plot->width = width - OND_CHART_PAD - last_tick / 2 - plot->x;
  plot->height = chart->n_lines * self->row_height;
  if (plot->width < MIN_PLOT)
    return FALSE;

  frame->step = choose_step (frame, frame->axis_max, plot->width);
  frame->n_steps = (guint) round (frame->axis_max / frame->step);

  lay_out_rows (self, chart, name_width);
  axis_y = plot->y + plot->height;
  lay_out_ticks (self, axis_y + OND_CHART_TICK + OND_CHART_GAP);
  if (legend)
    lay_out_legend (self, chart, axis_y + OND_CHART_TICK + 2 * OND_CHART_GAP + line, width);
  return TRUE;
}

static gboolean
budget_layout_init (BudgetLayout         *self,
                    const OndBudgetChart *chart,
                    const OndChartStyle  *style,
                    double                width,
                    double                height)
{
  guint n = MAX (chart->n_lines, 1);

  memset (self, 0, sizeof *self);
  _ond_chart_frame_init (&self->frame, style);
  self->spent = g_new0 (OndChartRect, n);
  self->committed = g_new0 (OndChartRect, n);
  self->budget_x = g_new0 (double, n);
  if (has_legend (chart) && lay_out (self, chart, TRUE, width, height))
    return TRUE;
  /* Without the legend, when it leaves no room for the rows. */
  g_ptr_array_set_size (self->frame.labels, 0);
  self->n_legend = 0;
  return lay_out (self, chart, FALSE, width, height);
}

static void
budget_layout_clear (BudgetLayout *self)
{
  _ond_chart_frame_clear (&self->frame);
  g_clear_pointer (&self->spent, g_free);
  g_clear_pointer (&self->committed, g_free);
  g_clear_pointer (&self->budget_x, g_free);
}

/**
 * ond_budget_chart_layout:
 * @chart: a budget chart
 * @style: the style (its font sizes the text)
 * @width: the width of the chart
 * @height: the height of the chart
 * @plot: (out) (optional): the plot area: the rows, from the axis' 0 to its end
 * @spent: (out) (optional): @chart->n_lines rectangles, the spent part of each bar
 * @committed: (out) (optional): @chart->n_lines rectangles, the committed part, right of
 *   the spent part
 * @budget_x: (out) (optional): @chart->n_lines x positions, each line's budget mark
 *
 * Returns: %FALSE when @width × @height is too small to draw anything
 */
gboolean
ond_budget_chart_layout (const OndBudgetChart *chart,
                         const OndChartStyle  *style,
                         double                width,
                         double                height,
                         OndChartRect         *plot,
                         OndChartRect         *spent,
                         OndChartRect         *committed,
                         double               *budget_x)
{
  BudgetLayout layout;
  gsize n;
  gboolean done;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (chart->n_lines == 0 || chart->lines != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);

  n = chart->n_lines;
  done = budget_layout_init (&layout, chart, style, width, height);
  if (done && plot != NULL)
    *plot = layout.frame.plot;
  if (done && spent != NULL && n > 0)
    memcpy (spent, layout.spent, n * sizeof (OndChartRect));
  if (done && committed != NULL && n > 0)
    memcpy (committed, layout.committed, n * sizeof (OndChartRect));
  if (done && budget_x != NULL && n > 0)
    memcpy (budget_x, layout.budget_x, n * sizeof (double));
  budget_layout_clear (&layout);
  return done;
}

/**
 * ond_budget_chart_height_for:
 * @chart: a budget chart
 * @style: the style (its font sizes the text)
 *
 * Returns: the height at which every row gets its full height (ROW_LINES lines of text)
 */
double
ond_budget_chart_height_for (const OndBudgetChart *chart,
                             const OndChartStyle  *style)
{
  OndChartFrame frame;
  double line;
  double height = 2 * OND_CHART_PAD;

  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (style != NULL, 0);

  _ond_chart_frame_init (&frame, style);
  line = frame.line_height;
  if (chart->title != NULL && chart->title[0] != '\0')
    {
      g_autoptr(PangoLayout) title = _ond_chart_frame_text (&frame, chart->title, TRUE, 0);
      double title_width, title_height;

      _ond_chart_text_size (title, &title_width, &title_height);
      height += title_height + OND_CHART_GAP;
    }
  height += chart->n_lines * ROW_LINES * line;
  height += OND_CHART_TICK + OND_CHART_GAP + line;
  if (has_legend (chart))
    height += line + OND_CHART_GAP;
  _ond_chart_frame_clear (&frame);
  return ceil (height);
}

static void
fill_rect (cairo_t             *cr,
           const OndChartColor *color,
           double               x,
           double               y,
           double               width,
           double               height)
{
  if (width <= 0 || height <= 0)
    return;
  _ond_chart_set_color (cr, color);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

/* A line of one unit on a whole pixel, so it is sharp on screen. */
static double
crisp (double position)
{
  return floor (position) + 0.5;
}

/* The grid at every tick, the axis along the bottom with its ticks, and the 0 line. */
static void
draw_axes (BudgetLayout        *self,
           const OndChartStyle *style,
           cairo_t             *cr)
{
  OndChartFrame *frame = &self->frame;
  const OndChartRect *plot = &frame->plot;
  double base = crisp (plot->y + plot->height);

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  _ond_chart_set_color (cr, &style->grid);
  for (guint i = 1; i <= frame->n_steps; i++)
    {
      double x = crisp (MIN (value_x (self, i * frame->step), plot->x + plot->width - 0.5));

      cairo_move_to (cr, x, plot->y);
      cairo_line_to (cr, x, base);
    }
  cairo_stroke (cr);

  _ond_chart_set_color (cr, &style->foreground);
  for (guint i = 0; i <= frame->n_steps; i++)
    {
      double x = crisp (MIN (value_x (self, i * frame->step), plot->x + plot->width - 0.5));

      cairo_move_to (cr, x, base);
      cairo_line_to (cr, x, base + OND_CHART_TICK);
    }
  cairo_move_to (cr, crisp (plot->x), plot->y);
  cairo_line_to (cr, crisp (plot->x), base);
  cairo_line_to (cr, plot->x + plot->width, base);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A line's bar: the spent part, the committed part, what lies beyond the budget over
 * both; then the budget's mark across the row. */
static void
draw_row (BudgetLayout        *self,
          const OndChartStyle *style,
          cairo_t             *cr,
          guint                i)
{
  const OndChartRect *spent = &self->spent[i];
  const OndChartRect *committed = &self->committed[i];
  double end = committed->x + committed->width;
  double budget_x = self->budget_x[i];
  double row_y = self->frame.plot.y + i * self->row_height;
  double mark_x = MIN (budget_x - BUDGET_MARK / 2,
                       self->frame.plot.x + self->frame.plot.width - BUDGET_MARK);

  fill_rect (cr, &style->bar, spent->x, spent->y, spent->width, spent->height);
  fill_rect (cr, &style->committed, committed->x, committed->y, committed->width,
             committed->height);
  if (end > budget_x)
    fill_rect (cr, &style->over, budget_x, spent->y, end - budget_x, spent->height);

  /* The mark stays inside the row and the plot, a little taller than the bar. */
  fill_rect (cr, &style->foreground, MAX (mark_x, self->frame.plot.x),
             row_y + self->row_height * (1 - BAR_SHARE) / 4, BUDGET_MARK,
             self->row_height * (1 + BAR_SHARE) / 2);
}

static void
draw_legend (BudgetLayout        *self,
             const OndChartStyle *style,
             cairo_t             *cr)
{
  for (guint i = 0; i < self->n_legend; i++)
    {
      const OndChartRect *swatch = &self->swatches[i];
      const OndChartColor *colors[N_LEGEND_ITEMS] = {
        &style->bar, &style->committed, &style->foreground, &style->over,
      };
      double inset = self->legend[i] == LEGEND_BUDGET ? 0 : swatch->height / 4;

      fill_rect (cr, colors[self->legend[i]], swatch->x, swatch->y + inset, swatch->width,
                 swatch->height - 2 * inset);
    }
}

/**
 * ond_budget_chart_draw:
 * @chart: a budget chart
 * @style: its colours and font
 * @cr: where to draw; the chart takes (0, 0) to (@width, @height) in user space and
 *   paints no background
 * @width: the width of the chart
 * @height: the height of the chart
 *
 * Draws nothing when the size is too small (see ond_budget_chart_layout()).
 */
void
ond_budget_chart_draw (const OndBudgetChart *chart,
                       const OndChartStyle  *style,
                       cairo_t              *cr,
                       double                width,
                       double                height)
{
  BudgetLayout layout;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (chart->n_lines == 0 || chart->lines != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (cr != NULL);

  if (budget_layout_init (&layout, chart, style, width, height))
    {
      cairo_save (cr);
      draw_axes (&layout, style, cr);
      for (guint i = 0; i < chart->n_lines; i++)
        draw_row (&layout, style, cr, i);
      draw_legend (&layout, style, cr);
      _ond_chart_frame_draw_text (&layout.frame, style, cr);
      cairo_restore (cr);
    }
  budget_layout_clear (&layout);
}
