/* ond-chart-frame.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The frame both charts share: the text (one fixed pango context, so a layout measured
 * here is exactly what is drawn on any surface), the title, the value axis with its
 * round ticks and grid, and the plot area between them.
 *
 * From top to bottom: the title (one line, ellipsized), one line of room for the labels
 * above the tallest bar or point, the plot, then the rows of labels under it. The tick
 * labels sit left of the plot, so they never meet the labels above or under it.
 */

#define G_LOG_DOMAIN "ond-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ond-chart-private.h"

/* Below this a plot shows nothing worth reading. */
#define MIN_PLOT        8.0
/* At most this many steps on the value axis, and at least this many lines of text
 * apart. */
#define MAX_STEPS       10
#define STEP_SPACING    1.4

static void
label_free (OndChartLabel *label)
{
  g_clear_object (&label->layout);
  g_free (label);
}

void
_ond_chart_frame_init (OndChartFrame       *frame,
                       const OndChartStyle *style)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();
  g_autoptr(PangoLayout) probe = NULL;
  double width;

  memset (frame, 0, sizeof *frame);
  frame->context = pango_font_map_create_context (font_map);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (frame->context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (frame->context, 72.0);
  pango_context_set_round_glyph_positions (frame->context, FALSE);
  pango_context_set_language (frame->context, pango_language_from_string ("nl-nl"));
  pango_context_set_base_dir (frame->context, PANGO_DIRECTION_LTR);

  frame->normal = pango_font_description_from_string (style->font != NULL ? style->font
                                                                          : "Sans 9");
  if (pango_font_description_get_size (frame->normal) <= 0)
    pango_font_description_set_size (frame->normal, 9 * PANGO_SCALE);
  frame->bold = pango_font_description_copy (frame->normal);
  pango_font_description_set_weight (frame->bold, PANGO_WEIGHT_BOLD);

  frame->labels = g_ptr_array_new_with_free_func ((GDestroyNotify) label_free);

  probe = _ond_chart_frame_text (frame, "0123456789–", FALSE, 0);
  _ond_chart_text_size (probe, &width, &frame->line_height);
}

void
_ond_chart_frame_clear (OndChartFrame *frame)
{
  g_clear_pointer (&frame->labels, g_ptr_array_unref);
  g_clear_pointer (&frame->normal, pango_font_description_free);
  g_clear_pointer (&frame->bold, pango_font_description_free);
  g_clear_object (&frame->context);
}

PangoLayout *
_ond_chart_frame_text (OndChartFrame *frame,
                       const char    *text,
                       gboolean       bold,
                       double         max_width)
{
  PangoLayout *layout = pango_layout_new (frame->context);

  pango_layout_set_font_description (layout, bold ? frame->bold : frame->normal);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) floor (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

void
_ond_chart_text_size (PangoLayout *layout,
                      double      *width,
                      double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

OndChartLabel *
_ond_chart_frame_add_label (OndChartFrame *frame,
                            PangoLayout   *layout,
                            double         x,
                            double         y)
{
  OndChartLabel *label = g_new0 (OndChartLabel, 1);

  label->layout = layout;
  label->x = x;
  label->y = y;
  _ond_chart_text_size (layout, &label->width, &label->height);
  g_ptr_array_add (frame->labels, label);
  return label;
}

double
_ond_chart_round_up (double value)
{
  static const double multiples[] = { 1.0, 2.0, 5.0, 10.0 };
  double base;

  if (!(value > 0) || !isfinite (value))
    return 1.0;

  base = pow (10.0, floor (log10 (value)));
  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      /* A relative tolerance, so that 3 × 0.1 still rounds up to 0.5 and not to 1. */
      if (multiples[i] * base >= value * (1.0 - 1e-9))
        return multiples[i] * base;
    }
  return 10.0 * base;
}

char *
_ond_chart_format_value (double value)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 tenths = (gint64) llround (fabs (value) * 10.0);
  g_autofree char *whole = g_strdup_printf ("%" G_GINT64_FORMAT, tenths / 10);
  gsize n = strlen (whole);

  if (value < 0 && tenths != 0)
    g_string_append (text, "-");
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (text, '.');
      g_string_append_c (text, whole[i]);
    }
  if (tenths % 10 != 0)
    g_string_append_printf (text, ",%d", (int) (tenths % 10));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The smallest round step (1, 2 or 5 × 10^n) that divides @axis_max into at most
 * MAX_STEPS parts that are each at least @spacing high; whole numbers only when the axis
 * reaches 1 (counts are never fractions). */
static double
choose_step (double axis_max,
             double plot_height,
             double spacing)
{
  static const double multiples[] = { 1.0, 2.0, 5.0 };
  int first = (int) floor (log10 (axis_max)) - 3;

  for (int exponent = first; exponent <= first + 4; exponent++)
    for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
      {
        double step = multiples[i] * pow (10.0, exponent);
        double n = axis_max / step;

        if (step > axis_max * (1.0 + 1e-9) || (axis_max >= 1.0 && step < 1.0))
          continue;
        if (fabs (n - round (n)) > 1e-6 * n)
          continue;
        if (round (n) <= MAX_STEPS && plot_height / round (n) >= spacing)
          return step;
      }
  return axis_max;
}

gboolean
_ond_chart_frame_layout (OndChartFrame *frame,
                         const char    *title,
                         double         axis_max,
                         guint          n_rows,
                         double         width,
                         double         height)
{
  double line = frame->line_height;
  double top = OND_CHART_PAD;
  double bottom;
  double tick_width = 0;

  g_ptr_array_set_size (frame->labels, 0);
  frame->axis_max = axis_max;

  if (title != NULL && title[0] != '\0' && width > 2 * OND_CHART_PAD)
    {
      PangoLayout *layout = _ond_chart_frame_text (frame, title, TRUE,
                                                   width - 2 * OND_CHART_PAD);
      OndChartLabel *label = _ond_chart_frame_add_label (frame, layout, OND_CHART_PAD, top);

      top += label->height + OND_CHART_GAP;
    }

  /* Room for a label above the tallest bar; half of it also holds the top tick's label. */
  frame->plot.y = top + line + OND_CHART_GAP;
  bottom = height - OND_CHART_PAD - n_rows * (line + OND_CHART_GAP);
  frame->plot.height = bottom - frame->plot.y;
  if (frame->plot.height < MAX (MIN_PLOT, line))
    return FALSE;

  frame->step = choose_step (axis_max, frame->plot.height, STEP_SPACING * line);
  frame->n_steps = (guint) round (axis_max / frame->step);

  for (guint i = 0; i <= frame->n_steps; i++)
    {
      g_autofree char *text = _ond_chart_format_value (i * frame->step);
      PangoLayout *layout = _ond_chart_frame_text (frame, text, FALSE, 0);
      OndChartLabel *label = _ond_chart_frame_add_label (frame, layout, 0, 0);

      tick_width = MAX (tick_width, label->width);
    }

  frame->plot.x = OND_CHART_PAD + tick_width + OND_CHART_GAP + OND_CHART_TICK;
  frame->plot.width = width - OND_CHART_PAD - frame->right_inset - frame->plot.x;
  if (frame->plot.width < MIN_PLOT)
    return FALSE;

  /* The tick labels, right-aligned, centred on their tick. */
  for (guint i = 0; i <= frame->n_steps; i++)
    {
      OndChartLabel *label = g_ptr_array_index (frame->labels, frame->labels->len - 1 - i);
      guint tick = frame->n_steps - i;

      label->x = frame->plot.x - OND_CHART_TICK - OND_CHART_GAP - label->width;
      label->y = _ond_chart_frame_value_y (frame, tick * frame->step) - label->height / 2;
    }
  return TRUE;
}

double
_ond_chart_frame_row_y (OndChartFrame *frame,
                        guint          row)
{
  return frame->plot.y + frame->plot.height + OND_CHART_GAP
         + row * (frame->line_height + OND_CHART_GAP);
}

double
_ond_chart_frame_value_y (OndChartFrame *frame,
                          double         value)
{
  double bottom = frame->plot.y + frame->plot.height;

  value = CLAMP (value, 0, frame->axis_max);
  return bottom - frame->plot.height * value / frame->axis_max;
}

gboolean
_ond_chart_rects_overlap (const OndChartRect *a,
                          const OndChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

void
_ond_chart_set_color (cairo_t             *cr,
                      const OndChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* A line of one unit on a whole pixel, so it is sharp on screen. */
static double
crisp (double position)
{
  return floor (position) + 0.5;
}

void
_ond_chart_frame_draw_axes (OndChartFrame       *frame,
                            const OndChartStyle *style,
                            cairo_t             *cr)
{
  const OndChartRect *plot = &frame->plot;
  double left = crisp (plot->x);
  double base = crisp (plot->y + plot->height);

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  _ond_chart_set_color (cr, &style->grid);
  for (guint i = 1; i <= frame->n_steps; i++)
    {
      double y = crisp (_ond_chart_frame_value_y (frame, i * frame->step));

      cairo_move_to (cr, left, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  cairo_stroke (cr);

  _ond_chart_set_color (cr, &style->foreground);
  for (guint i = 0; i <= frame->n_steps; i++)
    {
      double y = crisp (_ond_chart_frame_value_y (frame, i * frame->step));

      cairo_move_to (cr, left - OND_CHART_TICK, y);
      cairo_line_to (cr, left, y);
    }
  cairo_move_to (cr, left, plot->y);
  cairo_line_to (cr, left, base);
  cairo_line_to (cr, plot->x + plot->width, base);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_ond_chart_frame_draw_text (OndChartFrame       *frame,
                            const OndChartStyle *style,
                            cairo_t             *cr)
{
  cairo_save (cr);
  _ond_chart_set_color (cr, &style->foreground);
  for (guint i = 0; i < frame->labels->len; i++)
    {
      OndChartLabel *label = g_ptr_array_index (frame->labels, i);

      cairo_move_to (cr, label->x, label->y);
      pango_cairo_show_layout (cr, label->layout);
    }
  cairo_restore (cr);
}
