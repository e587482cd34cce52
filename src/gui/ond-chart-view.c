/* ond-chart-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A chart widget. It keeps a copy of what it shows (the setters copy), draws it with the
 * core's chart code through gtk_snapshot_append_cairo, and takes its colours from the
 * style: the text colour of the widget, the accent colours of libadwaita for the bars, an
 * orange that reads on light and dark backgrounds for the target. Its text is a little
 * smaller than the widget's font. For a screen reader it is an image whose label says the
 * values in words ("Integrale controles: 2022 6, 2023 8, 2024 3; Doel 10"). */

#define G_LOG_DOMAIN "ond-chart-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>

#include "ond-chart-view.h"
#include "ond-money.h"

#define MIN_WIDTH      240
#define MIN_HEIGHT     160
#define NATURAL_WIDTH  420
#define NATURAL_HEIGHT 240
/* The chart's text against the widget's font. */
#define FONT_SCALE     0.9

typedef enum
{
  CHART_NONE,
  CHART_BARS,
  CHART_CUMULATIVE,
  CHART_BUDGET,
} ChartKind;

struct _OndChartView
{
  GtkWidget           parent_instance;

  ChartKind           kind;
  char               *title;
  OndChartBar        *bars;            /* labels owned */
  guint               n_bars;
  double              target;
  char               *target_label;
  gint64              months[12];
  guint               n_months;
  OndBudgetChartLine *budget_lines;    /* labels owned */
  guint               n_budget_lines;
  char               *description;
};

enum
{
  PROP_0,
  PROP_DESCRIPTION,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndChartView, ond_chart_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Translated month names for the description; the chart itself names them in Dutch. */
static const char *const month_names[12] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

static void
free_bars (OndChartView *self)
{
  for (guint i = 0; i < self->n_bars; i++)
    g_free ((char *) self->bars[i].label);
  g_clear_pointer (&self->bars, g_free);
  self->n_bars = 0;
  for (guint i = 0; i < self->n_budget_lines; i++)
    g_free ((char *) self->budget_lines[i].label);
  g_clear_pointer (&self->budget_lines, g_free);
  self->n_budget_lines = 0;
}

/* A whole number as it is, else with one decimal in the user's own notation. */
static char *
format_value (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", round (value));
  return g_strdup_printf ("%.1f", value);
}

static char *
describe_bars (OndChartView *self)
{
  g_autoptr(GString) values = g_string_new (NULL);
  g_autofree char *target = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->n_bars; i++)
    {
      const OndChartBar *bar = &self->bars[i];
      g_autofree char *value = bar->known ? format_value (bar->value) : NULL;

      if (values->len > 0)
        g_string_append (values, ", ");
      if (bar->known)
        /* Translators: one bar of a chart read out: its year and value, e.g. "2023 8". */
        g_string_append_printf (values, _("%s %s"), bar->label != NULL ? bar->label : "", value);
      else
        /* Translators: a bar of a chart that has no value, e.g. "2025 no value". */
        g_string_append_printf (values, _("%s no value"), bar->label != NULL ? bar->label : "");
    }

  if (self->target >= 0 && self->target_label != NULL && self->target_label[0] != '\0')
    target = g_strdup (self->target_label);
  else if (self->target >= 0)
    {
      g_autofree char *value = format_value (self->target);

      /* Translators: the target line of a chart read out, e.g. "target 10". */
      target = g_strdup_printf (_("target %s"), value);
    }

  if (target != NULL)
    /* Translators: a chart's values and its target, e.g. "2022 6, 2023 8; target 10". */
    text = g_strdup_printf (_("%s; %s"), values->str, target);
  else
    text = g_strdup (values->str);

  if (self->title == NULL || self->title[0] == '\0')
    return g_steal_pointer (&text);
  /* Translators: a chart's title and its values, e.g. "Integrale controles: 2022 6". */
  return g_strdup_printf (_("%s: %s"), self->title, text);
}

static char *
describe_cumulative (OndChartView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 total = 0;

  if (self->title != NULL && self->title[0] != '\0')
    g_string_append_printf (text, "%s: ", self->title);

  if (self->n_months == 0)
    g_string_append (text, _("the year has not begun"));
  else
    {
      g_autoptr(GString) months = g_string_new (NULL);
      g_autofree char *total_text = NULL;

      for (guint i = 0; i < self->n_months; i++)
        {
          total += self->months[i];
          g_string_append_printf (months, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "",
                                  self->months[i]);
        }
      total_text = g_strdup_printf ("%" G_GINT64_FORMAT, total);
      /* Translators: the running total of a chart read out: the total, the month, the
       * counts per month, e.g. "7 by the end of June (per month 1, 0, 2, 1, 0, 3)". */
      g_string_append_printf (text, _("%s by the end of %s (per month %s)"), total_text,
                              g_dpgettext2 (GETTEXT_PACKAGE, "month",
                                            month_names[self->n_months - 1]),
                              months->str);
    }

  if (self->target >= 0)
    {
      g_autofree char *value = format_value (self->target);

      /* Translators: follows the running total of a chart, e.g. "; target for the year
       * 10". */
      g_string_append_printf (text, _("; target for the year %s"), value);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Euros as the chart holds them, said as money. */
static char *
format_euros (double euros)
{
  return ond_money_format ((gint64) llround (euros * 100.0));
}

static char *
describe_budget (OndChartView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->title != NULL && self->title[0] != '\0')
    g_string_append_printf (text, "%s: ", self->title);
  if (self->n_budget_lines == 0)
    g_string_append (text, _("no cost lines"));

  for (guint i = 0; i < self->n_budget_lines; i++)
    {
      const OndBudgetChartLine *line = &self->budget_lines[i];
      g_autofree char *budget = format_euros (line->budget);
      g_autofree char *spent = format_euros (line->spent);
      g_autofree char *committed = format_euros (line->committed);

      if (i > 0)
        g_string_append (text, "; ");
      /* Translators: one line of the budget chart read out, e.g. "Communicatie: budget
       * € 17.000, spent € 3.000, committed € 1.500". */
      g_string_append_printf (text, _("%s: budget %s, spent %s, committed %s"),
                              line->label != NULL ? line->label : "", budget, spent,
                              committed);
      if (line->spent + line->committed > line->budget)
        {
          g_autofree char *over = format_euros (line->spent + line->committed - line->budget);

          /* Translators: follows a line of the budget chart that is over its budget, e.g.
           * " (over budget by € 500)". */
          g_string_append_printf (text, _(" (over budget by %s)"), over);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update (OndChartView *self)
{
  g_autofree char *description = NULL;

  switch (self->kind)
    {
    case CHART_BARS:
      description = describe_bars (self);
      break;

    case CHART_CUMULATIVE:
      description = describe_cumulative (self);
      break;

    case CHART_BUDGET:
      description = describe_budget (self);
      break;

    case CHART_NONE:
    default:
      description = g_strdup ("");
      break;
    }

  if (g_strcmp0 (description, self->description) != 0)
    {
      g_free (self->description);
      self->description = g_steal_pointer (&description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, self->description,
                                      -1);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
    }
  /* The budget chart's height depends on its lines. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
color_from_rgba (OndChartColor *color,
                 const GdkRGBA *rgba)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              const char      *fallback,
              OndChartColor   *color)
{
  GdkRGBA rgba;

  if (!gtk_style_context_lookup_color (context, name, &rgba))
    gdk_rgba_parse (&rgba, fallback);
  color_from_rgba (color, &rgba);
}

/* The chart's style from the widget's: @font is the font description it points to. */
static void
style_from_widget (OndChartView  *self,
                   OndChartStyle *style,
                   char         **font)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  PangoContext *pango_context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontDescription *description =
    pango_font_description_copy (pango_context_get_font_description (pango_context));
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  double dpi = pango_cairo_context_get_resolution (pango_context);
  double size = (double) pango_font_description_get_size (description) / PANGO_SCALE;
  GdkRGBA foreground;
  GdkRGBA target;

  gtk_style_context_get_color (context, &foreground);
  color_from_rgba (&style->foreground, &foreground);
  style->grid = style->foreground;
  style->grid.alpha *= 0.15;
  lookup_color (context, "accent_bg_color", "#3584e4", &style->bar);
  lookup_color (context, "accent_color", "#1c71d8", &style->bar_highlight);
  gdk_rgba_parse (&target, dark ? "#ffa348" : "#e66100");
  color_from_rgba (&style->target, &target);
  /* The budget chart: commitments in a lighter blue beside the spend (it reads on light and
   * dark backgrounds), what lies beyond the budget in the destructive red of the style. */
  lookup_color (context, "blue_1", "#99c1f1", &style->committed);
  lookup_color (context, "destructive_color", dark ? "#ff7b63" : "#c01c28", &style->over);

  /* The chart lays out text at 72 units per inch: a size of N points is N pixels. */
  if (dpi <= 0)
    dpi = 96;
  if (size <= 0)
    size = 11;
  if (!pango_font_description_get_size_is_absolute (description))
    size = size * dpi / 72.0;
  pango_font_description_set_size (description, (int) (size * FONT_SCALE * PANGO_SCALE));
  *font = pango_font_description_to_string (description);
  style->font = *font;
  pango_font_description_free (description);
}

/* The budget chart of what the view holds, with its legend. */
static void
init_budget_chart (OndChartView   *self,
                   OndBudgetChart *chart)
{
  *chart = (OndBudgetChart) {
    .title = self->title,
    .lines = self->budget_lines,
    .n_lines = self->n_budget_lines,
    /* Translators: the legend of the budget chart. */
    .spent_label = _("Spent"),
    .committed_label = _("Committed"),
    .budget_label = _("Budget"),
    .over_label = _("Over budget"),
  };
}

static void
ond_chart_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  OndChartView *self = OND_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree char *font = NULL;
  OndChartStyle style;
  cairo_t *cr;

  if (self->kind == CHART_NONE || width <= 0 || height <= 0)
    return;

  style_from_widget (self, &style, &font);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->kind == CHART_BARS)
    {
      OndBarChart chart = {
        self->title, self->bars, self->n_bars, self->target, self->target_label,
      };

      ond_bar_chart_draw (&chart, &style, cr, width, height);
    }
  else if (self->kind == CHART_BUDGET)
    {
      OndBudgetChart chart;

      init_budget_chart (self, &chart);
      ond_budget_chart_draw (&chart, &style, cr, width, height);
    }
  else
    {
      OndCumulativeChart chart = { .title = self->title, .n_months = self->n_months,
                                   .target = self->target };

      memcpy (chart.months, self->months, sizeof chart.months);
      ond_cumulative_chart_draw (&chart, &style, cr, width, height);
    }
  cairo_destroy (cr);
}

static void
ond_chart_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  OndChartView *self = OND_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else if (self->kind == CHART_BUDGET)
    {
      /* A row per cost line at the widget's font: the chart grows with the lines. */
      g_autofree char *font = NULL;
      OndBudgetChart chart;
      OndChartStyle style;

      init_budget_chart (self, &chart);
      style_from_widget (self, &style, &font);
      *minimum = MAX (MIN_HEIGHT, (int) ceil (ond_budget_chart_height_for (&chart, &style)));
      *natural = *minimum;
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
ond_chart_view_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ond_chart_view_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
ond_chart_view_finalize (GObject *object)
{
  OndChartView *self = OND_CHART_VIEW (object);

  free_bars (self);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->target_label, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (ond_chart_view_parent_class)->finalize (object);
}

static void
ond_chart_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OndChartView *self = OND_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_chart_view_class_init (OndChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ond_chart_view_finalize;
  object_class->get_property = ond_chart_view_get_property;
  widget_class->snapshot = ond_chart_view_snapshot;
  widget_class->measure = ond_chart_view_measure;
  widget_class->css_changed = ond_chart_view_css_changed;

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ond_chart_view_init (OndChartView *self)
{
  self->target = -1;
  self->description = g_strdup ("");
}

GtkWidget *
ond_chart_view_new (void)
{
  return g_object_new (OND_TYPE_CHART_VIEW, NULL);
}

const char *
ond_chart_view_get_description (OndChartView *self)
{
  g_return_val_if_fail (OND_IS_CHART_VIEW (self), NULL);

  return self->description;
}

/**
 * ond_chart_view_set_bars:
 * @self: a #OndChartView
 * @title: (nullable): the chart's title
 * @bars: (array length=n_bars): the bars; copied, labels too
 * @n_bars: the number of bars
 * @target: the target line's value, or < 0 for none
 * @target_label: (nullable): the target line's label, e.g. "Doel 10"
 *
 * Shows a bar chart.
 */
void
ond_chart_view_set_bars (OndChartView      *self,
                         const char        *title,
                         const OndChartBar *bars,
                         guint              n_bars,
                         double             target,
                         const char        *target_label)
{
  g_return_if_fail (OND_IS_CHART_VIEW (self));
  g_return_if_fail (n_bars == 0 || bars != NULL);

  free_bars (self);
  self->bars = g_new0 (OndChartBar, MAX (n_bars, 1));
  for (guint i = 0; i < n_bars; i++)
    {
      self->bars[i] = bars[i];
      self->bars[i].label = g_strdup (bars[i].label);
    }
  self->n_bars = n_bars;
  g_free (self->title);
  self->title = g_strdup (title);
  g_free (self->target_label);
  self->target_label = g_strdup (target_label);
  self->target = target;
  self->kind = CHART_BARS;
  update (self);
}

/**
 * ond_chart_view_set_cumulative:
 * @self: a #OndChartView
 * @title: (nullable): the chart's title
 * @months: the counts per month (not cumulative)
 * @n_months: the months that have passed (0..12)
 * @target: the whole year's target, or < 0 for none
 *
 * Shows the running total of a year against a straight target line.
 */
void
ond_chart_view_set_cumulative (OndChartView *self,
                               const char   *title,
                               const gint64  months[12],
                               guint         n_months,
                               double        target)
{
  g_return_if_fail (OND_IS_CHART_VIEW (self));
  g_return_if_fail (months != NULL);

  free_bars (self);
  memcpy (self->months, months, sizeof self->months);
  self->n_months = MIN (n_months, 12);
  g_free (self->title);
  self->title = g_strdup (title);
  g_clear_pointer (&self->target_label, g_free);
  self->target = target;
  self->kind = CHART_CUMULATIVE;
  update (self);
}

/**
 * ond_chart_view_set_budget:
 * @self: a #OndChartView
 * @title: (nullable): the chart's title
 * @lines: (array length=n_lines): the cost lines (budget, spent and committed in euros);
 *   copied, labels too
 * @n_lines: the number of lines
 *
 * Shows the budget chart: per cost line its spend and commitments against its budget. The
 * widget asks for the height the lines need.
 */
void
ond_chart_view_set_budget (OndChartView             *self,
                           const char               *title,
                           const OndBudgetChartLine *lines,
                           guint                     n_lines)
{
  g_return_if_fail (OND_IS_CHART_VIEW (self));
  g_return_if_fail (n_lines == 0 || lines != NULL);

  free_bars (self);
  self->budget_lines = g_new0 (OndBudgetChartLine, MAX (n_lines, 1));
  for (guint i = 0; i < n_lines; i++)
    {
      self->budget_lines[i] = lines[i];
      self->budget_lines[i].label = g_strdup (lines[i].label);
    }
  self->n_budget_lines = n_lines;
  g_free (self->title);
  self->title = g_strdup (title);
  g_clear_pointer (&self->target_label, g_free);
  self->target = -1;
  self->kind = CHART_BUDGET;
  update (self);
}

void
ond_chart_view_clear (OndChartView *self)
{
  g_return_if_fail (OND_IS_CHART_VIEW (self));

  free_bars (self);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->target_label, g_free);
  self->target = -1;
  self->n_months = 0;
  self->kind = CHART_NONE;
  update (self);
}
