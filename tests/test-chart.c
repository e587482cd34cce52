/* test-chart.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The monitoring charts, headless: the round top of the value axis, the geometry of the
 * bars and of the running total against the values, and the drawing itself, read back
 * from the pixels of an image surface (the bars are as high as their values say, the
 * target line is where the target is, nothing is drawn outside the chart's area) and
 * written into a PDF without a cairo error.
 *
 * The budget chart likewise: its bars as long as spend and commitments say, the budget's
 * mark where the budget is, red beyond it, and nothing outside its area at any size.
 *
 * With OND_TEST_CHART_DIR set, the charts are also written there as PNG files to look at.
 */

#define G_LOG_DOMAIN "test-chart"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <math.h>

#include "ond-chart.h"
#include "ond-test-util.h"

/* The figures of the integrale controles: 2022 (the baseline), 2023, 2024 (the report
 * year) and 2025, which has no value. */
static const OndChartBar controls[] = {
  { "2022", TRUE, 6, FALSE },
  { "2023", TRUE, 8, FALSE },
  { "2024", TRUE, 3, TRUE },
  { "2025", FALSE, 0, FALSE },
};

static const struct
{
  double width, height;
} sizes[] = {
  { 240, 160 }, { 320, 200 }, { 480, 300 }, { 800, 400 }, { 1200, 260 }, { 200, 600 },
};

static OndBarChart
controls_chart (const char *title)
{
  OndBarChart chart = {
    .title = title,
    .bars = controls,
    .n_bars = G_N_ELEMENTS (controls),
    .target = 10,
    .target_label = "Doel 10",
  };

  return chart;
}

static OndCumulativeChart
running_chart (void)
{
  /* 1 + 0 + 2 + 1 + 0 + 3 = 7 by the end of June; the rest of the year has not come. */
  OndCumulativeChart chart = {
    .title = "Integrale controles 2025",
    .months = { 1, 0, 2, 1, 0, 3, 0, 0, 0, 0, 0, 0 },
    .n_months = 6,
    .target = 10,
  };

  return chart;
}

/* A white image of @width × @height with the chart drawn at (@margin, @margin). */
typedef struct
{
  cairo_surface_t *surface;
  int              margin;
} Canvas;

static Canvas
canvas_new (double width,
            double height,
            int    margin)
{
  Canvas canvas;
  cairo_t *cr;

  canvas.margin = margin;
  canvas.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                               (int) ceil (width) + 2 * margin,
                                               (int) ceil (height) + 2 * margin);
  g_assert_cmpint (cairo_surface_status (canvas.surface), ==, CAIRO_STATUS_SUCCESS);
  cr = cairo_create (canvas.surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  return canvas;
}

static cairo_t *
canvas_begin (Canvas *canvas)
{
  cairo_t *cr = cairo_create (canvas->surface);

  cairo_translate (cr, canvas->margin, canvas->margin);
  return cr;
}

static void
canvas_end (Canvas  *canvas,
            cairo_t *cr)
{
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (canvas->surface);
  g_assert_cmpint (cairo_surface_status (canvas->surface), ==, CAIRO_STATUS_SUCCESS);
}

/* The colour of the pixel at chart coordinates (@x, @y), as 0xRRGGBB (opaque, since the
 * canvas is painted white first). */
static guint32
pixel (Canvas *canvas,
       double  x,
       double  y)
{
  int px = (int) floor (x) + canvas->margin;
  int py = (int) floor (y) + canvas->margin;
  unsigned char *data = cairo_image_surface_get_data (canvas->surface);
  int stride = cairo_image_surface_get_stride (canvas->surface);

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (canvas->surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (canvas->surface));
  return *(guint32 *) (data + py * stride + px * 4) & 0xffffff;
}

static guint32
rgb_of (const OndChartColor *color)
{
  return ((guint32) lround (color->red * 255) << 16)
         | ((guint32) lround (color->green * 255) << 8)
         | (guint32) lround (color->blue * 255);
}

static gboolean
same_color (guint32 a,
            guint32 b)
{
  for (int shift = 0; shift <= 16; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 2)
      return FALSE;
  return TRUE;
}

static void
canvas_free (Canvas     *canvas,
             const char *name)
{
  const char *dir = g_getenv ("OND_TEST_CHART_DIR");

  if (dir != NULL && name != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (cairo_surface_write_to_png (canvas->surface, path), ==,
                       CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", path);
    }
  cairo_surface_destroy (canvas->surface);
}

/* Nothing but white outside the chart's area (the margin around it). */
static void
assert_margin_blank (Canvas *canvas)
{
  int width = cairo_image_surface_get_width (canvas->surface);
  int height = cairo_image_surface_get_height (canvas->surface);
  unsigned char *data = cairo_image_surface_get_data (canvas->surface);
  int stride = cairo_image_surface_get_stride (canvas->surface);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        gboolean inside = x >= canvas->margin && x < width - canvas->margin
                          && y >= canvas->margin && y < height - canvas->margin;

        if (!inside && (*(guint32 *) (data + y * stride + x * 4) & 0xffffff) != 0xffffff)
          g_error ("drawn outside the chart's area at (%d, %d)",
                   x - canvas->margin, y - canvas->margin);
      }
}

static void
test_bar_axis_max (void)
{
  static const struct
  {
    double   values[3];
    gboolean known[3];
    double   target;
    double   expected;
  } cases[] = {
    { { 0, 0, 0 }, { TRUE, TRUE, TRUE }, -1, 1 },         /* all 0: 1 */
    { { 0, 0, 0 }, { FALSE, FALSE, FALSE }, -1, 1 },      /* nothing known */
    { { 6, 8, 3 }, { TRUE, TRUE, TRUE }, 10, 10 },        /* the target is round */
    { { 6, 8, 3 }, { TRUE, TRUE, TRUE }, -1, 10 },        /* 8 → 10 */
    { { 6, 38, 3 }, { TRUE, TRUE, TRUE }, -1, 50 },       /* 38 → 50 */
    { { 84, 11, 0 }, { TRUE, TRUE, TRUE }, -1, 100 },     /* 84 → 100 */
    { { 101, 0, 0 }, { TRUE, TRUE, TRUE }, -1, 200 },     /* 101 → 200 */
    { { 1, 0, 0 }, { TRUE, TRUE, TRUE }, -1, 1 },         /* exactly 1 */
    { { 2.1, 0, 0 }, { TRUE, TRUE, TRUE }, -1, 5 },       /* 2.1 → 5 */
    { { 5, 0, 0 }, { TRUE, TRUE, TRUE }, -1, 5 },         /* exactly 5 */
    { { 3, 0, 0 }, { TRUE, TRUE, TRUE }, 12, 20 },        /* the target decides */
    { { 3, 500, 0 }, { TRUE, FALSE, TRUE }, -1, 5 },      /* an unknown bar does not count */
    { { 0.3, 0, 0 }, { TRUE, TRUE, TRUE }, -1, 0.5 },     /* below 1 */
    { { 1500, 0, 0 }, { TRUE, TRUE, TRUE }, 1000, 2000 },
    { { 4000, 0, 0 }, { TRUE, TRUE, TRUE }, -1, 5000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OndChartBar bars[3];
      OndBarChart chart = { NULL, bars, 3, cases[i].target, NULL };

      for (guint j = 0; j < 3; j++)
        bars[j] = (OndChartBar) { "x", cases[i].known[j], cases[i].values[j], FALSE };
      g_test_message ("case %u", i);
      g_assert_cmpfloat_with_epsilon (ond_bar_chart_axis_max (&chart), cases[i].expected,
                                      1e-9);
    }
}

static void
test_cumulative_axis_max (void)
{
  OndCumulativeChart chart = running_chart ();

  /* 7 done, target 10. */
  g_assert_cmpfloat_with_epsilon (ond_cumulative_chart_axis_max (&chart), 10, 1e-9);

  /* Months after n_months do not count: 7, not 7 + 30. */
  chart.months[8] = 30;
  chart.target = -1;
  g_assert_cmpfloat_with_epsilon (ond_cumulative_chart_axis_max (&chart), 10, 1e-9);

  /* The whole year: 37 → 50. */
  chart.n_months = 12;
  g_assert_cmpfloat_with_epsilon (ond_cumulative_chart_axis_max (&chart), 50, 1e-9);

  /* The target decides. */
  chart.target = 60;
  g_assert_cmpfloat_with_epsilon (ond_cumulative_chart_axis_max (&chart), 100, 1e-9);

  /* Nothing at all. */
  memset (chart.months, 0, sizeof chart.months);
  chart.target = -1;
  g_assert_cmpfloat_with_epsilon (ond_cumulative_chart_axis_max (&chart), 1, 1e-9);
  chart.target = 0;
  g_assert_cmpfloat_with_epsilon (ond_cumulative_chart_axis_max (&chart), 1, 1e-9);
}

/* The bars stand on the plot's base line, as high as value / axis max of the plot. */
static void
test_bar_layout (void)
{
  OndChartStyle style;
  const char *titles[] = { NULL, "Integrale controles" };

  ond_chart_style_init_print (&style);
  for (guint t = 0; t < G_N_ELEMENTS (titles); t++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        OndBarChart chart = controls_chart (titles[t]);
        OndChartRect plot;
        OndChartRect bars[G_N_ELEMENTS (controls)];
        double base;

        g_test_message ("%g x %g, title %s", sizes[s].width, sizes[s].height, titles[t]);
        g_assert_true (ond_bar_chart_layout (&chart, &style, sizes[s].width, sizes[s].height,
                                             &plot, bars));
        base = plot.y + plot.height;
        g_assert_cmpfloat (plot.x, >, 0);
        g_assert_cmpfloat (plot.y, >, 0);
        g_assert_cmpfloat (plot.x + plot.width, <=, sizes[s].width);
        g_assert_cmpfloat (base, <, sizes[s].height);

        for (guint i = 0; i < chart.n_bars; i++)
          {
            /* Counted here: the axis of 6, 8, 3 and the target 10 is 10. */
            double expected = controls[i].known ? controls[i].value / 10.0 : 0;

            g_assert_cmpfloat_with_epsilon (bars[i].height, expected * plot.height, 0.5);
            g_assert_cmpfloat_with_epsilon (bars[i].y + bars[i].height, base, 1e-6);
            g_assert_cmpfloat (bars[i].width, >, 0);
            g_assert_cmpfloat (bars[i].x, >=, plot.x);
            g_assert_cmpfloat (bars[i].x + bars[i].width, <=, plot.x + plot.width);
            if (i > 0)
              g_assert_cmpfloat (bars[i].x, >, bars[i - 1].x + bars[i - 1].width);
          }
        /* The unknown year has no bar, on the base line. */
        g_assert_cmpfloat (bars[3].height, ==, 0);
        g_assert_cmpfloat_with_epsilon (bars[3].y, base, 1e-6);
        /* 8 of 10 is four fifths of the plot, 6 three fifths. */
        g_assert_cmpfloat_with_epsilon (bars[1].height / plot.height, 0.8, 0.5 / plot.height);
        g_assert_cmpfloat_with_epsilon (bars[0].height / plot.height, 0.6, 0.5 / plot.height);
      }
}

static void
test_too_small (void)
{
  OndChartStyle style;
  OndBarChart chart = controls_chart ("Integrale controles");
  OndCumulativeChart running = running_chart ();
  OndChartRect plot;
  OndChartRect bars[G_N_ELEMENTS (controls)];
  double xs[12], ys[12];
  Canvas canvas;
  cairo_t *cr;

  ond_chart_style_init_print (&style);
  g_assert_false (ond_bar_chart_layout (&chart, &style, 20, 20, &plot, bars));
  g_assert_false (ond_bar_chart_layout (&chart, &style, 0, 0, &plot, bars));
  g_assert_false (ond_cumulative_chart_layout (&running, &style, 20, 20, &plot, xs, ys));

  /* Drawing at such a size draws nothing, and fails nothing. */
  canvas = canvas_new (20, 20, 0);
  cr = canvas_begin (&canvas);
  ond_bar_chart_draw (&chart, &style, cr, 20, 20);
  ond_cumulative_chart_draw (&running, &style, cr, 20, 20);
  canvas_end (&canvas, cr);
  for (int y = 0; y < 20; y++)
    for (int x = 0; x < 20; x++)
      g_assert_cmphex (pixel (&canvas, x, y), ==, 0xffffff);
  canvas_free (&canvas, NULL);
}

/* Reads the drawn bars back: the middle of each bar has its colour, the bar's colour ends
 * where its value says, and just above it the colour is gone. */
static void
test_bar_pixels (void)
{
  OndChartStyle style;
  OndBarChart chart = controls_chart ("Integrale controles");
  guint32 bar_rgb, highlight_rgb, target_rgb;

  ond_chart_style_init_print (&style);
  bar_rgb = rgb_of (&style.bar);
  highlight_rgb = rgb_of (&style.bar_highlight);
  target_rgb = rgb_of (&style.target);
  g_assert_cmphex (bar_rgb, ==, 0x3584e4);
  g_assert_cmphex (highlight_rgb, ==, 0x1c71d8);
  g_assert_cmphex (target_rgb, ==, 0xe66100);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      double width = sizes[s].width, height = sizes[s].height;
      OndChartRect plot;
      OndChartRect bars[G_N_ELEMENTS (controls)];
      g_autofree char *name = g_strdup_printf ("bars-%gx%g.png", width, height);
      Canvas canvas = canvas_new (width, height, 10);
      cairo_t *cr = canvas_begin (&canvas);
      double base, target_y, gap_x;
      gboolean target_seen = FALSE;

      g_test_message ("%g x %g", width, height);
      ond_bar_chart_draw (&chart, &style, cr, width, height);
      canvas_end (&canvas, cr);
      g_assert_true (ond_bar_chart_layout (&chart, &style, width, height, &plot, bars));
      base = plot.y + plot.height;

      for (guint i = 0; i < chart.n_bars; i++)
        {
          guint32 expected = controls[i].highlight ? highlight_rgb : bar_rgb;
          double centre = bars[i].x + bars[i].width / 2;
          double drawn_top;
          double y;

          if (!controls[i].known)
            {
              /* No bar: nothing of either bar colour in the lower part of its column. */
              for (y = base - 2; y > base - plot.height / 2; y--)
                {
                  g_assert_false (same_color (pixel (&canvas, centre, y), bar_rgb));
                  g_assert_false (same_color (pixel (&canvas, centre, y), highlight_rgb));
                }
              continue;
            }

          g_assert_true (same_color (pixel (&canvas, centre, bars[i].y + bars[i].height / 2),
                                     expected));
          /* Just above the top, at the bar's left edge (the value is centred, higher). */
          g_assert_false (same_color (pixel (&canvas, bars[i].x + 1, floor (bars[i].y) - 1),
                                      expected));

          /* Up the middle from the base line until the colour ends. */
          for (y = base - 1; y > 0 && same_color (pixel (&canvas, centre, y), expected); y--)
            ;
          drawn_top = floor (y) + 1;
          g_assert_cmpfloat_with_epsilon (base - drawn_top,
                                          controls[i].value / 10.0 * plot.height, 1.5);
        }

      /* The target line, between the first two bars, at 10 of 10: the top of the plot. */
      target_y = base - plot.height * 10 / 10;
      gap_x = (bars[0].x + bars[0].width + bars[1].x) / 2;
      for (double x = bars[0].x + bars[0].width + 1; x < bars[1].x - 1; x++)
        for (double y = target_y - 2; y <= target_y + 2; y++)
          if (same_color (pixel (&canvas, x, y), target_rgb))
            target_seen = TRUE;
      g_assert_true (target_seen);
      /* Nowhere else in that gap's column is orange. */
      for (double y = plot.y + 4; y < base; y++)
        g_assert_false (same_color (pixel (&canvas, gap_x, y), target_rgb));

      assert_margin_blank (&canvas);
      canvas_free (&canvas, name);
    }
}

/* A target below the bars: its line is drawn over them at the target's height. */
static void
test_bar_target_y (void)
{
  static const OndChartBar bars_data[] = {
    { "2022", TRUE, 84, FALSE },
    { "2023", TRUE, 90, FALSE },
    { "2024", TRUE, 40, TRUE },
  };
  OndBarChart chart = { "MMA-meldingen", bars_data, 3, 25, "Doel 25" };
  OndChartStyle style;
  OndChartRect plot;
  OndChartRect bars[3];
  Canvas canvas = canvas_new (480, 300, 10);
  cairo_t *cr = canvas_begin (&canvas);
  double target_y;
  int rows = 0;
  double first = -1;

  ond_chart_style_init_print (&style);
  ond_bar_chart_draw (&chart, &style, cr, 480, 300);
  canvas_end (&canvas, cr);
  g_assert_true (ond_bar_chart_layout (&chart, &style, 480, 300, &plot, bars));
  g_assert_cmpfloat_with_epsilon (ond_bar_chart_axis_max (&chart), 100, 1e-9);

  /* 25 of 100: a quarter up from the base line. */
  target_y = plot.y + plot.height - plot.height * 25 / 100;
  for (double y = plot.y; y < plot.y + plot.height; y++)
    {
      gboolean orange = FALSE;

      for (double x = bars[1].x; x < bars[1].x + bars[1].width; x++)
        orange = orange || same_color (pixel (&canvas, x, y), rgb_of (&style.target));
      if (orange)
        {
          rows++;
          if (first < 0)
            first = y;
        }
    }
  g_assert_cmpint (rows, >=, 1);
  g_assert_cmpint (rows, <=, 3);
  g_assert_cmpfloat (fabs (first - target_y), <=, 1.5);
  canvas_free (&canvas, "bars-target-below.png");
}

static void
test_cumulative_layout (void)
{
  OndChartStyle style;
  OndCumulativeChart chart = running_chart ();

  ond_chart_style_init_print (&style);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      OndChartRect plot;
      double xs[12], ys[12];
      double base;
      gint64 total = 0;

      g_test_message ("%g x %g", sizes[s].width, sizes[s].height);
      g_assert_true (ond_cumulative_chart_layout (&chart, &style, sizes[s].width,
                                                  sizes[s].height, &plot, xs, ys));
      base = plot.y + plot.height;
      for (guint i = 0; i < chart.n_months; i++)
        {
          total += chart.months[i];
          /* The end of month i + 1 of 12. */
          g_assert_cmpfloat_with_epsilon (xs[i], plot.x + plot.width * (i + 1) / 12, 1e-6);
          /* Axis max 10 (target 10, 7 done). */
          g_assert_cmpfloat_with_epsilon (base - ys[i], plot.height * total / 10.0, 0.5);
          if (i > 0)
            {
              g_assert_cmpfloat (xs[i], >, xs[i - 1]);
              g_assert_cmpfloat (ys[i], <=, ys[i - 1]);
            }
        }
      g_assert_cmpint (total, ==, 7);
      g_assert_cmpfloat_with_epsilon (ys[5], base - plot.height * 0.7, 0.5);
    }
}

static void
test_cumulative_pixels (void)
{
  OndChartStyle style;
  OndCumulativeChart chart = running_chart ();

  ond_chart_style_init_print (&style);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      double width = sizes[s].width, height = sizes[s].height;
      g_autofree char *name = g_strdup_printf ("cumulative-%gx%g.png", width, height);
      Canvas canvas = canvas_new (width, height, 10);
      cairo_t *cr = canvas_begin (&canvas);
      OndChartRect plot;
      double xs[12], ys[12];

      ond_cumulative_chart_draw (&chart, &style, cr, width, height);
      canvas_end (&canvas, cr);
      g_assert_true (ond_cumulative_chart_layout (&chart, &style, width, height, &plot, xs, ys));

      /* A dot on the end of every month that has passed, none after. */
      for (guint i = 0; i < chart.n_months; i++)
        g_assert_true (same_color (pixel (&canvas, xs[i], ys[i]),
                                   rgb_of (&style.bar_highlight)));
      for (guint i = chart.n_months; i < 12; i++)
        {
          double x = plot.x + plot.width * (i + 1) / 12;
          double y = plot.y + plot.height * 0.3;

          g_assert_false (same_color (pixel (&canvas, x, y), rgb_of (&style.bar_highlight)));
          g_assert_false (same_color (pixel (&canvas, x, y), rgb_of (&style.bar)));
        }

      assert_margin_blank (&canvas);
      canvas_free (&canvas, name);
    }

  /* A whole year, and a year that has not begun. */
  chart.n_months = 12;
  for (guint n = 0; n <= 12; n += 12)
    {
      Canvas canvas = canvas_new (320, 200, 10);
      cairo_t *cr = canvas_begin (&canvas);

      chart.n_months = n;
      ond_cumulative_chart_draw (&chart, &style, cr, 320, 200);
      canvas_end (&canvas, cr);
      assert_margin_blank (&canvas);
      canvas_free (&canvas, n == 0 ? "cumulative-empty.png" : "cumulative-year.png");
    }
}

/* Long titles and labels, a font that is not installed, many bars: still inside the
 * area, and no cairo error. */
static void
test_hard_cases (void)
{
  static const OndChartBar many[] = {
    { "2016", TRUE, 1234, FALSE }, { "2017", TRUE, 2, FALSE }, { "2018", FALSE, 0, FALSE },
    { "2019", TRUE, 99999, FALSE }, { "2020", TRUE, 0, FALSE }, { "2021", TRUE, 7.5, FALSE },
    { "2022", TRUE, 12, FALSE }, { "2023", TRUE, 1, FALSE }, { "een heel lang label", TRUE,
                                                                 5, TRUE },
  };
  OndBarChart chart = {
    "Een titel die veel langer is dan de grafiek breed is, zodat hij wordt afgekort",
    many, G_N_ELEMENTS (many), 50000, "Doel voor het jaar: vijftigduizend",
  };
  OndChartStyle style;

  ond_chart_style_init_print (&style);
  for (guint f = 0; f < 2; f++)
    {
      style.font = f == 0 ? "Cantarell 9" : "No Such Font Family 11";
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          Canvas canvas = canvas_new (sizes[s].width, sizes[s].height, 10);
          cairo_t *cr = canvas_begin (&canvas);
          OndChartRect plot;
          OndChartRect bars[G_N_ELEMENTS (many)];
          g_autofree char *name = g_strdup_printf ("hard-%u-%gx%g.png", f, sizes[s].width,
                                                   sizes[s].height);

          ond_bar_chart_draw (&chart, &style, cr, sizes[s].width, sizes[s].height);
          canvas_end (&canvas, cr);
          assert_margin_blank (&canvas);
          g_assert_true (ond_bar_chart_layout (&chart, &style, sizes[s].width, sizes[s].height,
                                               &plot, bars));
          /* Axis 100000: 99999 fills the plot (within half a pixel). */
          g_assert_cmpfloat_with_epsilon (bars[3].height, plot.height * 99999 / 100000, 0.5);
          canvas_free (&canvas, name);
        }
    }
}

/* The 2023 budget of five lines of the plan, in euros, with spend and commitments: within
 * the budget, exactly on it, over it through a commitment, over it through the spend, and
 * nothing spent yet. */
static const OndBudgetChartLine budget_lines[] = {
  { "Veiligheidsinformatieknooppunt (VIK)", 17000, 12000, 3000 },
  { "Meld Misdaad Anoniem (MMA)", 1500, 1500, 0 },
  { "C3 systeem i.h.k.v. casusoverleg ondermijning", 30000, 26000, 9000 },
  { "Inzet communicatiemedewerker", 40000, 43000, 0 },
  { "Onvoorziene kosten", 25500, 0, 0 },
};

/* Counted here: the largest of the budgets and of spent + committed is 43.000 (the
 * communicatiemedewerker), so the axis ends at 50.000. */
#define BUDGET_AXIS 50000.0

static OndBudgetChart
budget_chart (const char *title,
              gboolean    legend)
{
  OndBudgetChart chart = {
    .title = title,
    .lines = budget_lines,
    .n_lines = G_N_ELEMENTS (budget_lines),
  };

  if (legend)
    {
      chart.spent_label = "Besteed";
      chart.committed_label = "Verplicht";
      chart.budget_label = "Begroting";
      chart.over_label = "Boven begroting";
    }
  return chart;
}

static const struct
{
  double width, height;
} budget_sizes[] = {
  { 320, 200 }, { 480, 300 }, { 800, 400 }, { 1200, 260 }, { 300, 600 },
};

static void
test_budget_axis_max (void)
{
  static const struct
  {
    double budget, spent, committed;
    double expected;
  } cases[] = {
    { 0, 0, 0, 1 },                  /* nothing at all: 1 */
    { 17000, 12000, 3000, 20000 },   /* the budget decides */
    { 17000, 12000, 9000, 50000 },   /* spent + committed 21.000 → 50.000 */
    { 1500, 1500, 0, 2000 },
    { 30000, -500, 0, 50000 },       /* a refund counts as nothing */
    { 0, 0, 4000, 5000 },            /* commitments only */
    { 100000, 0, 0, 100000 },        /* exactly round */
  };
  OndBudgetChart chart = budget_chart (NULL, FALSE);

  g_assert_cmpfloat_with_epsilon (ond_budget_chart_axis_max (&chart), BUDGET_AXIS, 1e-9);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OndBudgetChartLine line = { "x", cases[i].budget, cases[i].spent, cases[i].committed };
      OndBudgetChart one = { NULL, &line, 1 };

      g_test_message ("case %u", i);
      g_assert_cmpfloat_with_epsilon (ond_budget_chart_axis_max (&one), cases[i].expected, 1e-9);
    }
  chart.n_lines = 0;
  g_assert_cmpfloat_with_epsilon (ond_budget_chart_axis_max (&chart), 1, 1e-9);
}

/* Each bar starts at the axis' 0 with the spend, the commitments follow on, the budget's
 * mark is where the budget is: all within half a pixel of value / 50.000 of the plot. */
static void
test_budget_layout (void)
{
  const guint n = G_N_ELEMENTS (budget_lines);
  OndChartStyle style;

  ond_chart_style_init_print (&style);
  for (guint l = 0; l < 2; l++)
    for (guint s = 0; s < G_N_ELEMENTS (budget_sizes); s++)
      {
        OndBudgetChart chart = budget_chart (l == 0 ? NULL : "Begroting 2023", l == 1);
        double width = budget_sizes[s].width, height = budget_sizes[s].height;
        OndChartRect plot, spent[G_N_ELEMENTS (budget_lines)];
        OndChartRect committed[G_N_ELEMENTS (budget_lines)];
        double budget_x[G_N_ELEMENTS (budget_lines)];

        g_test_message ("%g x %g, legend %u", width, height, l);
        g_assert_true (ond_budget_chart_layout (&chart, &style, width, height, &plot, spent,
                                                committed, budget_x));
        g_assert_cmpfloat (plot.x, >, 0);
        g_assert_cmpfloat (plot.y, >, 0);
        g_assert_cmpfloat (plot.x + plot.width, <, width);
        g_assert_cmpfloat (plot.y + plot.height, <, height);

        for (guint i = 0; i < n; i++)
          {
            const OndBudgetChartLine *line = &budget_lines[i];

            g_assert_cmpfloat_with_epsilon (spent[i].x, plot.x, 1e-6);
            g_assert_cmpfloat_with_epsilon (spent[i].width,
                                            line->spent / BUDGET_AXIS * plot.width, 0.5);
            g_assert_cmpfloat_with_epsilon (committed[i].x, spent[i].x + spent[i].width, 1e-6);
            g_assert_cmpfloat_with_epsilon (committed[i].width,
                                            line->committed / BUDGET_AXIS * plot.width, 0.5);
            g_assert_cmpfloat_with_epsilon (budget_x[i],
                                            plot.x + line->budget / BUDGET_AXIS * plot.width,
                                            0.5);
            /* One bar: the two parts share their row. */
            g_assert_cmpfloat (spent[i].height, >, 0);
            g_assert_cmpfloat_with_epsilon (committed[i].y, spent[i].y, 1e-6);
            g_assert_cmpfloat_with_epsilon (committed[i].height, spent[i].height, 1e-6);
            /* Inside the plot, in the order of the lines, without overlapping. */
            g_assert_cmpfloat (spent[i].y, >=, plot.y);
            g_assert_cmpfloat (spent[i].y + spent[i].height, <=, plot.y + plot.height + 1e-6);
            if (i > 0)
              g_assert_cmpfloat (spent[i].y, >, spent[i - 1].y + spent[i - 1].height);
          }
        /* 43.000 of 50.000; the C3 line ends 5.000 beyond its budget. */
        g_assert_cmpfloat_with_epsilon (spent[3].width / plot.width, 0.86, 0.5 / plot.width);
        g_assert_cmpfloat_with_epsilon (committed[2].x + committed[2].width - budget_x[2],
                                        plot.width * 5000 / BUDGET_AXIS, 1.0);
        /* Nothing spent: no bar at all. */
        g_assert_cmpfloat (spent[4].width + committed[4].width, ==, 0);
      }
}

/* The height it asks for gives every row its full height: more height changes nothing,
 * less makes the rows lower, far less is too small. */
static void
test_budget_height_for (void)
{
  OndChartStyle style;
  OndBudgetChart chart = budget_chart ("Begroting 2023", TRUE);
  OndBudgetChart bare = budget_chart (NULL, FALSE);
  OndChartRect plot, taller_plot, lower_plot;
  double height, bare_height;

  ond_chart_style_init_print (&style);
  height = ond_budget_chart_height_for (&chart, &style);
  bare_height = ond_budget_chart_height_for (&bare, &style);
  g_assert_cmpfloat (bare_height, <, height);

  g_assert_true (ond_budget_chart_layout (&chart, &style, 480, height, &plot, NULL, NULL, NULL));
  g_assert_true (ond_budget_chart_layout (&chart, &style, 480, height + 200, &taller_plot, NULL,
                                          NULL, NULL));
  g_assert_cmpfloat_with_epsilon (plot.height, taller_plot.height, 1e-6);
  g_assert_true (ond_budget_chart_layout (&chart, &style, 480, height - 20, &lower_plot, NULL,
                                          NULL, NULL));
  g_assert_cmpfloat (lower_plot.height, <, plot.height);
  g_assert_false (ond_budget_chart_layout (&chart, &style, 480, height / 3, NULL, NULL, NULL,
                                           NULL));

  /* Where the legend leaves the rows no room, the rows go first: at the least height the
   * chart without a legend needs, the one with a legend is drawn too, without it. */
  {
    OndBudgetChart legend_only = budget_chart (NULL, TRUE);
    double least = bare_height;

    while (ond_budget_chart_layout (&bare, &style, 480, least - 1, NULL, NULL, NULL, NULL))
      least--;
    g_assert_cmpfloat (least, <, bare_height);
    g_assert_true (ond_budget_chart_layout (&bare, &style, 480, least, &plot, NULL, NULL, NULL));
    g_assert_true (ond_budget_chart_layout (&legend_only, &style, 480, least, &lower_plot, NULL,
                                            NULL, NULL));
    g_assert_cmpfloat_with_epsilon (lower_plot.height, plot.height, 1e-6);
  }

  /* Twice the lines, twice the rows' height. */
  {
    OndBudgetChartLine twice[2 * G_N_ELEMENTS (budget_lines)];
    OndBudgetChart doubled = bare;

    memcpy (twice, budget_lines, sizeof budget_lines);
    memcpy (twice + G_N_ELEMENTS (budget_lines), budget_lines, sizeof budget_lines);
    doubled.lines = twice;
    doubled.n_lines = G_N_ELEMENTS (twice);
    g_assert_true (ond_budget_chart_layout (&bare, &style, 480, bare_height, &plot, NULL, NULL,
                                            NULL));
    g_assert_true (ond_budget_chart_layout (&doubled, &style, 480,
                                            ond_budget_chart_height_for (&doubled, &style),
                                            &taller_plot, NULL, NULL, NULL));
    g_assert_cmpfloat_with_epsilon (taller_plot.height, 2 * plot.height, 1e-6);
  }
}

/* The drawn bars read back: the spend in the bar colour as long as its value says, the
 * commitments after it in their lighter blue, whatever lies beyond the budget in red, the
 * budget's mark in the foreground colour. */
static void
test_budget_pixels (void)
{
  const guint n = G_N_ELEMENTS (budget_lines);
  OndChartStyle style;
  guint32 bar_rgb, committed_rgb, over_rgb, mark_rgb;

  ond_chart_style_init_print (&style);
  bar_rgb = rgb_of (&style.bar);
  committed_rgb = rgb_of (&style.committed);
  over_rgb = rgb_of (&style.over);
  mark_rgb = rgb_of (&style.foreground);
  g_assert_cmphex (committed_rgb, ==, 0x99c1f1);
  g_assert_cmphex (over_rgb, ==, 0xc01c28);

  for (guint s = 0; s < G_N_ELEMENTS (budget_sizes); s++)
    {
      OndBudgetChart chart = budget_chart ("Begroting 2023", TRUE);
      double width = budget_sizes[s].width, height = budget_sizes[s].height;
      g_autofree char *name = g_strdup_printf ("budget-%gx%g.png", width, height);
      Canvas canvas = canvas_new (width, height, 10);
      cairo_t *cr = canvas_begin (&canvas);
      OndChartRect plot, spent[G_N_ELEMENTS (budget_lines)];
      OndChartRect committed[G_N_ELEMENTS (budget_lines)];
      double budget_x[G_N_ELEMENTS (budget_lines)];
      gboolean legend_seen = FALSE;

      g_test_message ("%g x %g", width, height);
      ond_budget_chart_draw (&chart, &style, cr, width, height);
      canvas_end (&canvas, cr);
      g_assert_true (ond_budget_chart_layout (&chart, &style, width, height, &plot, spent,
                                              committed, budget_x));

      for (guint i = 0; i < n; i++)
        {
          const OndBudgetChartLine *line = &budget_lines[i];
          double y = spent[i].y + spent[i].height / 2;
          double x;

          /* The budget's mark, in the middle of the bar's height, and not beside it. */
          if (line->budget > 0)
            {
              g_assert_true (same_color (pixel (&canvas, budget_x[i], y), mark_rgb));
              g_assert_false (same_color (pixel (&canvas, budget_x[i] + 4, y), mark_rgb));
              g_assert_false (same_color (pixel (&canvas, budget_x[i] - 4, y), mark_rgb));
            }

          if (line->spent <= 0)
            {
              for (x = plot.x + 2; x < plot.x + plot.width; x++)
                {
                  g_assert_false (same_color (pixel (&canvas, x, y), bar_rgb));
                  g_assert_false (same_color (pixel (&canvas, x, y), over_rgb));
                }
              continue;
            }

          /* Within the budget: right from the axis along the middle of the bar until the
           * bar colour ends, where the spend ends. Beyond it: the bar colour up to the
           * budget's mark (the red is checked below). */
          if (line->spent < line->budget)
            {
              for (x = plot.x + 2; same_color (pixel (&canvas, x, y), bar_rgb); x++)
                ;
              g_assert_cmpfloat_with_epsilon (floor (x) - plot.x,
                                              line->spent / BUDGET_AXIS * plot.width, 1.5);
            }
          else
            for (x = plot.x + 2; x < budget_x[i] - 2; x++)
              g_assert_true (same_color (pixel (&canvas, x, y), bar_rgb));
        }

      /* VIK: the commitments in their colour, within the budget; nothing red. */
      g_assert_true (same_color (pixel (&canvas, committed[0].x + committed[0].width / 2,
                                        committed[0].y + committed[0].height / 2),
                                 committed_rgb));
      for (double x = plot.x; x < plot.x + plot.width; x++)
        g_assert_false (same_color (pixel (&canvas, x, spent[0].y + spent[0].height / 2),
                                    over_rgb));

      /* C3: commitments up to the budget (26.000 to 30.000), red from there to 35.000. */
      g_assert_true (same_color (pixel (&canvas, (committed[2].x + budget_x[2]) / 2,
                                        committed[2].y + committed[2].height / 2),
                                 committed_rgb));
      g_assert_true (same_color (pixel (&canvas,
                                        (budget_x[2] + committed[2].x + committed[2].width) / 2,
                                        committed[2].y + committed[2].height / 2),
                                 over_rgb));
      /* Just past the end of the bar the red is gone. */
      g_assert_false (same_color (pixel (&canvas, committed[2].x + committed[2].width + 2,
                                         committed[2].y + committed[2].height / 2),
                                  over_rgb));

      /* The communicatiemedewerker spent 3.000 beyond its 40.000: red from the mark on. */
      g_assert_true (same_color (pixel (&canvas, (budget_x[3] + spent[3].x + spent[3].width) / 2,
                                        spent[3].y + spent[3].height / 2),
                                 over_rgb));

      /* The legend under the axis shows the commitments' colour. */
      for (double y = plot.y + plot.height + 1; y < height; y++)
        for (double x = 0; x < width && !legend_seen; x++)
          legend_seen = same_color (pixel (&canvas, x, y), committed_rgb);
      g_assert_true (legend_seen);

      assert_margin_blank (&canvas);
      canvas_free (&canvas, name);
    }

  /* Without a legend nothing under the axis has the commitments' colour. */
  {
    OndBudgetChart chart = budget_chart (NULL, FALSE);
    Canvas canvas = canvas_new (480, 300, 10);
    cairo_t *cr = canvas_begin (&canvas);
    OndChartRect plot;

    ond_budget_chart_draw (&chart, &style, cr, 480, 300);
    canvas_end (&canvas, cr);
    g_assert_true (ond_budget_chart_layout (&chart, &style, 480, 300, &plot, NULL, NULL, NULL));
    for (double y = plot.y + plot.height + 1; y < 300; y++)
      for (double x = 0; x < 480; x++)
        g_assert_false (same_color (pixel (&canvas, x, y), committed_rgb));
    canvas_free (&canvas, "budget-no-legend.png");
  }
}

/* Small, odd and hard sizes, long names, many lines, a font that is not installed: never a
 * pixel outside the area, and nothing at all when the layout says it is too small. */
static void
test_budget_small (void)
{
  static const struct
  {
    double width, height;
  } small[] = {
    { 20, 20 }, { 40, 30 }, { 60, 40 }, { 90, 60 }, { 120, 80 }, { 160, 100 }, { 240, 160 },
    { 100, 600 }, { 1200, 50 }, { 33.3, 77.7 },
  };
  OndBudgetChartLine many[30];
  OndChartStyle style;

  for (guint i = 0; i < G_N_ELEMENTS (many); i++)
    many[i] = (OndBudgetChartLine) {
      "Een kostenpost met een naam die veel langer is dan de ruimte ervoor",
      1000.0 * (i + 1), 900.0 * (i + 1), i % 3 == 0 ? 800.0 * i : 0
    };

  ond_chart_style_init_print (&style);
  for (guint f = 0; f < 2; f++)
    for (guint c = 0; c < 2; c++)
      for (guint s = 0; s < G_N_ELEMENTS (small); s++)
        {
          OndBudgetChart chart = c == 0 ? budget_chart ("Begroting 2023 per kostenpost", TRUE)
                                        : (OndBudgetChart) { "Veel kostenposten", many,
                                                             G_N_ELEMENTS (many) };
          double width = small[s].width, height = small[s].height;
          Canvas canvas = canvas_new (width, height, 10);
          cairo_t *cr = canvas_begin (&canvas);
          g_autofree char *name = g_strdup_printf ("budget-small-%u-%u-%gx%g.png", f, c, width,
                                                   height);
          gboolean drawn = FALSE;

          style.font = f == 0 ? "Cantarell 9" : "No Such Font Family 11";
          g_test_message ("%s, %u, %g x %g", style.font, c, width, height);
          ond_budget_chart_draw (&chart, &style, cr, width, height);
          canvas_end (&canvas, cr);
          assert_margin_blank (&canvas);

          for (double y = 0; y < height && !drawn; y++)
            for (double x = 0; x < width && !drawn; x++)
              drawn = pixel (&canvas, x, y) != 0xffffff;
          g_assert_cmpint (drawn, ==, ond_budget_chart_layout (&chart, &style, width, height,
                                                               NULL, NULL, NULL, NULL));
          canvas_free (&canvas, name);
        }

  /* 20 × 20 is too small for anything; 240 × 160 holds the five lines. */
  {
    OndBudgetChart chart = budget_chart (NULL, FALSE);

    style.font = "Cantarell 9";
    g_assert_false (ond_budget_chart_layout (&chart, &style, 20, 20, NULL, NULL, NULL, NULL));
    g_assert_false (ond_budget_chart_layout (&chart, &style, 0, 0, NULL, NULL, NULL, NULL));
    g_assert_true (ond_budget_chart_layout (&chart, &style, 240, 160, NULL, NULL, NULL, NULL));
  }
}

static void
test_pdf (void)
{
  g_autofree char *dir = ond_test_make_dir ("test-chart");
  g_autofree char *path = g_build_filename (dir, "charts.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  OndChartStyle style;
  OndBarChart chart = controls_chart ("Integrale controles");
  OndCumulativeChart running = running_chart ();
  OndBudgetChart budget = budget_chart ("Begroting 2023", TRUE);
  cairo_surface_t *surface;
  cairo_t *cr;

  ond_chart_style_init_print (&style);
  surface = cairo_pdf_surface_create (path, 595, 842);
  cr = cairo_create (surface);
  ond_bar_chart_draw (&chart, &style, cr, 400, 250);
  cairo_translate (cr, 0, 300);
  ond_cumulative_chart_draw (&running, &style, cr, 400, 250);
  cairo_translate (cr, 0, 300);
  ond_budget_chart_draw (&budget, &style, cr, 500, ond_budget_chart_height_for (&budget, &style));
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  ond_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/chart/bar/axis-max", test_bar_axis_max);
  g_test_add_func ("/ond/chart/cumulative/axis-max", test_cumulative_axis_max);
  g_test_add_func ("/ond/chart/bar/layout", test_bar_layout);
  g_test_add_func ("/ond/chart/too-small", test_too_small);
  g_test_add_func ("/ond/chart/bar/pixels", test_bar_pixels);
  g_test_add_func ("/ond/chart/bar/target-y", test_bar_target_y);
  g_test_add_func ("/ond/chart/cumulative/layout", test_cumulative_layout);
  g_test_add_func ("/ond/chart/cumulative/pixels", test_cumulative_pixels);
  g_test_add_func ("/ond/chart/hard-cases", test_hard_cases);
  g_test_add_func ("/ond/chart/budget/axis-max", test_budget_axis_max);
  g_test_add_func ("/ond/chart/budget/layout", test_budget_layout);
  g_test_add_func ("/ond/chart/budget/height-for", test_budget_height_for);
  g_test_add_func ("/ond/chart/budget/pixels", test_budget_pixels);
  g_test_add_func ("/ond/chart/budget/small", test_budget_small);
  g_test_add_func ("/ond/chart/pdf", test_pdf);

  return g_test_run ();
}
