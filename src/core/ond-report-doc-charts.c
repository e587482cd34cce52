/* ond-report-doc-charts.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The charts of the progress report's monitoring section (ond-report-doc.h), drawn with
 * ond-chart.h in drawing blocks of the document: per figure with a target in the reporting
 * year a bar chart of its years against that target, side by side; and the integrale
 * controles of the reporting year added up per month against a straight line to the
 * year's target. Each block keeps a copy of what it draws, taken from the OndReport.
 */

#define G_LOG_DOMAIN "ond-report-doc"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ond-chart.h"
#include "ond-report-doc-private.h"

/* The figure whose months are added up (the integrale controles). */
#define CUMULATIVE_CODE "integrated_controls"

#define BAR_ROW_HEIGHT        170.0
#define CUMULATIVE_HEIGHT     220.0
#define CHART_GAP             14.0

/* One bar chart, with the strings it points to. */
typedef struct
{
  char        *title;
  char        *target_label;
  GPtrArray   *labels;     /* of char * */
  GArray      *bars;       /* of OndChartBar, their labels in @labels */
  double       target;
} BarChart;

/* A row of bar charts: one drawing block. */
typedef struct
{
  GPtrArray *charts;       /* of BarChart */
  guint      per_row;
} BarRow;

typedef struct
{
  char   *title;
  gint64  months[12];
  guint   n_months;
  double  target;
} Cumulative;

static void
bar_chart_free (gpointer data)
{
  BarChart *chart = data;

  g_free (chart->title);
  g_free (chart->target_label);
  g_ptr_array_unref (chart->labels);
  g_array_unref (chart->bars);
  g_free (chart);
}

static void
bar_row_free (gpointer data)
{
  BarRow *row = data;

  g_ptr_array_unref (row->charts);
  g_free (row);
}

static void
cumulative_free (gpointer data)
{
  Cumulative *chart = data;

  g_free (chart->title);
  g_free (chart);
}

static BarChart *
bar_chart_new (const OndReport       *report,
               const OndReportFigure *figure)
{
  BarChart *chart = g_new0 (BarChart, 1);
  g_autofree char *target = _ond_report_doc_count (figure->target);

  chart->title = g_strdup (figure->name);
  chart->target = (double) figure->target;
  chart->target_label = g_strdup_printf ("Doel %d: %s", report->year, target);
  chart->labels = g_ptr_array_new_with_free_func (g_free);
  chart->bars = g_array_new (FALSE, TRUE, sizeof (OndChartBar));
  /* Each bar points to its label, a string of its own in @labels. */
  for (guint i = 0; i < figure->values->len; i++)
    {
      const OndReportValue *value = &g_array_index (figure->values, OndReportValue, i);
      OndChartBar bar = { 0 };

      g_ptr_array_add (chart->labels, g_strdup_printf ("%d", value->year));
      bar.label = g_ptr_array_index (chart->labels, i);
      bar.known = value->has_value;
      bar.value = (double) value->value;
      bar.highlight = value->year == report->year;
      g_array_append_val (chart->bars, bar);
    }
  return chart;
}

static void
draw_bar_row (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  user_data)
{
  BarRow *row = user_data;
  double slot = width / row->per_row;
  OndChartStyle style;

  ond_chart_style_init_print (&style);
  for (guint i = 0; i < row->charts->len; i++)
    {
      BarChart *data = g_ptr_array_index (row->charts, i);
      OndBarChart chart = {
        data->title,
        (const OndChartBar *) data->bars->data,
        data->bars->len,
        data->target,
        data->target_label,
      };

      cairo_save (cr);
      cairo_translate (cr, i * slot, 0);
      cairo_rectangle (cr, 0, 0, slot - CHART_GAP, height);
      cairo_clip (cr);
      ond_bar_chart_draw (&chart, &style, cr, slot - CHART_GAP, height);
      cairo_restore (cr);
    }
}

static void
draw_cumulative (cairo_t  *cr,
                 double    width,
                 double    height,
                 gpointer  user_data)
{
  Cumulative *data = user_data;
  OndCumulativeChart chart = { 0 };
  OndChartStyle style;

  ond_chart_style_init_print (&style);
  chart.title = data->title;
  memcpy (chart.months, data->months, sizeof chart.months);
  chart.n_months = data->n_months;
  chart.target = data->target;
  ond_cumulative_chart_draw (&chart, &style, cr, width, height);
}

/* The months of @year that have passed on the reporting date: all of a year that has
 * ended, none of one that has not begun. */
static guint
months_passed (const OndReport *report)
{
  int year = 0, month = 0, day = 0;

  if (report->date == NULL || sscanf (report->date, "%d-%d-%d", &year, &month, &day) != 3)
    return 12;
  if (year > report->year)
    return 12;
  if (year < report->year)
    return 0;
  return (guint) CLAMP (month, 0, 12);
}

static void
add_bar_charts (OndDoc          *doc,
                const OndReport *report)
{
  guint per_row = ond_doc_get_orientation (doc) == OND_DOC_LANDSCAPE ? 3 : 2;
  BarRow *row = NULL;
  guint n = 0;

  for (guint i = 0; i < report->figures->len; i++)
    {
      const OndReportFigure *figure = g_ptr_array_index (report->figures, i);

      if (figure->target < 0)
        continue;
      if (row == NULL)
        {
          row = g_new0 (BarRow, 1);
          row->charts = g_ptr_array_new_with_free_func (bar_chart_free);
          row->per_row = per_row;
        }
      g_ptr_array_add (row->charts, bar_chart_new (report, figure));
      n++;
      if (row->charts->len == per_row)
        {
          ond_doc_add_drawing (doc, BAR_ROW_HEIGHT, draw_bar_row, row, bar_row_free);
          row = NULL;
        }
    }
  if (row != NULL)
    ond_doc_add_drawing (doc, BAR_ROW_HEIGHT, draw_bar_row, row, bar_row_free);
  if (n == 0)
    {
      g_autofree char *none = g_strdup_printf ("Geen cijfers met een doel in %d.",
                                               report->year);

      ond_doc_add_paragraph (doc, none, OND_DOC_STYLE_ITALIC);
    }
}

static void
add_cumulative_chart (OndDoc          *doc,
                      const OndReport *report)
{
  const OndReportFigure *figure = NULL;
  Cumulative *data;
  g_autofree char *text = NULL;

  for (guint i = 0; i < report->figures->len && figure == NULL; i++)
    {
      const OndReportFigure *f = g_ptr_array_index (report->figures, i);

      if (g_strcmp0 (f->code, CUMULATIVE_CODE) == 0)
        figure = f;
    }
  if (figure == NULL)
    return;

  ond_doc_add_heading (doc, 2, "Integrale controles per maand");
  if (!figure->by_month)
    {
      text = g_strdup_printf ("De %s van %d zijn niet per maand geteld.", figure->name,
                              report->year);
      ond_doc_add_paragraph (doc, text, OND_DOC_STYLE_ITALIC);
      return;
    }
  text = g_strdup_printf ("%s in %d, per maand opgeteld, tegen een rechte lijn van 0 op "
                          "1 januari naar het doel op 31 december.", figure->name,
                          report->year);
  ond_doc_add_paragraph (doc, text, OND_DOC_STYLE_NORMAL);

  data = g_new0 (Cumulative, 1);
  data->title = g_strdup_printf ("%s %d, opgeteld", figure->name, report->year);
  memcpy (data->months, figure->months, sizeof data->months);
  data->n_months = months_passed (report);
  data->target = figure->target >= 0 ? (double) figure->target : -1.0;
  ond_doc_add_drawing (doc, CUMULATIVE_HEIGHT, draw_cumulative, data, cumulative_free);
}

/**
 * _ond_report_doc_add_charts:
 * @doc: the document
 * @report: the report's data
 *
 * Adds the charts of the monitoring section, under their own heading.
 */
void
_ond_report_doc_add_charts (OndDoc          *doc,
                            const OndReport *report)
{
  g_autofree char *intro = NULL;

  ond_doc_add_heading (doc, 2, "Cijfers tegen hun doel");
  intro = g_strdup_printf ("Per cijfer met een doel voor %d: de jaren naast elkaar (%d is "
                           "de nulmeting, %d donkerder), met het doel als lijn.",
                           report->year, report->baseline_year, report->year);
  ond_doc_add_paragraph (doc, intro, OND_DOC_STYLE_NORMAL);
  add_bar_charts (doc, report);
  add_cumulative_chart (doc, report);
}
