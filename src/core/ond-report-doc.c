/* ond-report-doc.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress report's document (ond-report-doc.h): the title page, the objective and
 * the pillars, the monitoring table and the planning per theme; the charts, the budget and
 * the case counts are in ond-report-doc-charts.c and ond-report-doc-budget.c. Everything
 * comes from the OndReport; the wording is Dutch data (a council document), not gettext.
 */

#define G_LOG_DOMAIN "ond-report-doc"

#include "config.h"

#include <string.h>

#include "ond-date.h"
#include "ond-report-doc.h"
#include "ond-report-doc-private.h"

/* The author a council report names. */
#define AUTHOR "Gemeente Dordrecht"

/* The statuses of OndPlanProgress in their order: the labels of the vocabulary work_status. */
static const char * const progress_statuses[OND_PLAN_PROGRESS_N_STATUSES] = {
  "Gepland", "Lopend", "Gereed", "Uitgesteld", "Vervallen",
};

/**
 * _ond_report_doc_count:
 * @n: a number
 *
 * Returns: (transfer full): @n with a "." between every three digits ("1.234", "-56")
 */
char *
_ond_report_doc_count (gint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                             n < 0 ? -(guint64) n : (guint64) n);
  GString *out = g_string_new (n < 0 ? "-" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/**
 * _ond_report_doc_percent:
 * @percent: a percentage, or -1 when there is nothing to measure
 *
 * Returns: (transfer full): "45%", or "—" for -1
 */
char *
_ond_report_doc_percent (int percent)
{
  if (percent < 0)
    return g_strdup ("—");
  return g_strdup_printf ("%d%%", percent);
}

/* A year's value of a figure: the number, or "—" when there is none. */
static char *
figure_value (const OndReportFigure *figure,
              int                    year)
{
  for (guint i = 0; i < figure->values->len; i++)
    {
      const OndReportValue *value = &g_array_index (figure->values, OndReportValue, i);

      if (value->year == year)
        return value->has_value ? _ond_report_doc_count (value->value) : g_strdup ("—");
    }
  return g_strdup ("—");
}

/* Title page. */

static void
add_title_page (OndDoc          *doc,
                const OndReport *report)
{
  g_autofree char *title = g_strdup_printf ("Voortgangsrapportage %d", report->year);
  g_autofree char *date = ond_date_format (report->date);
  g_autofree char *period = g_strdup_printf ("Planperiode %s", report->period_label);
  g_autofree char *year = g_strdup_printf ("Verslagjaar %d", report->year);
  g_autofree char *as_of = g_strdup_printf ("Peildatum %s", date);
  const char * const lines[] = {
    report->plan_title, period, year, as_of, "", AUTHOR, "Aan de gemeenteraad", NULL,
  };

  ond_doc_add_title_page (doc, title, lines);
}

/* 1. The objective and the pillars. */

/* "Acties: 3 van 10 gereed (30%)", with the overdue rows of a planning. */
static char *
progress_sentence (const char                  *what,
                   const OndPlanProgressCounts *counts)
{
  g_autofree char *done = _ond_report_doc_count (ond_plan_progress_counts_get_done (counts));
  g_autofree char *counted =
    _ond_report_doc_count (ond_plan_progress_counts_get_counted (counts));
  g_autofree char *percent =
    _ond_report_doc_percent (ond_plan_progress_counts_get_percent (counts));
  GString *text = g_string_new (NULL);

  if (counts->total == 0)
    g_string_append_printf (text, "%s: geen.", what);
  else
    g_string_append_printf (text, "%s: %s van %s gereed (%s)", what, done, counted, percent);
  if (counts->overdue > 0)
    g_string_append_printf (text, ", %u te laat.", counts->overdue);
  else if (counts->total > 0)
    g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static void
add_progress_row (OndDocTable                 *table,
                  OndDocStyle                  style,
                  const char                  *name,
                  const char                  *part,
                  const OndPlanProgressCounts *counts)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  guint row;

  g_ptr_array_add (cells, g_strdup (name));
  g_ptr_array_add (cells, g_strdup (part));
  g_ptr_array_add (cells, _ond_report_doc_count (counts->total));
  for (guint s = 0; s < OND_PLAN_PROGRESS_N_STATUSES; s++)
    g_ptr_array_add (cells, _ond_report_doc_count (counts->by_status[s]));
  g_ptr_array_add (cells, _ond_report_doc_count (counts->overdue));
  g_ptr_array_add (cells,
                   _ond_report_doc_percent (ond_plan_progress_counts_get_percent (counts)));
  row = ond_doc_table_add_row (table, style, (const char * const *) cells->pdata);
  if (counts->overdue > 0)
    ond_doc_table_set_cell_style (table, row, 3 + OND_PLAN_PROGRESS_N_STATUSES,
                                  style | OND_DOC_STYLE_FLAG);
}

static void
add_progress_table (OndDoc          *doc,
                    const OndReport *report)
{
  g_autofree char *planning = g_strdup_printf ("Planning %d", report->year);
  /* Widths in points of a portrait page's text width (they scale with it). */
  OndDocColumn columns[5 + OND_PLAN_PROGRESS_N_STATUSES] = {
    { "", 52, OND_DOC_ALIGN_LEFT },
    { "Onderdeel", 68, OND_DOC_ALIGN_LEFT },
    { "Totaal", 38, OND_DOC_ALIGN_RIGHT },
  };
  static const double status_widths[OND_PLAN_PROGRESS_N_STATUSES] = { 46, 42, 42, 54, 50 };
  OndDocTable *table;
  guint n = 3;

  for (guint s = 0; s < OND_PLAN_PROGRESS_N_STATUSES; s++)
    columns[n++] = (OndDocColumn) { progress_statuses[s], status_widths[s],
                                    OND_DOC_ALIGN_RIGHT };
  columns[n++] = (OndDocColumn) { "Te laat", 40, OND_DOC_ALIGN_RIGHT };
  columns[n++] = (OndDocColumn) { "% gereed", 50, OND_DOC_ALIGN_RIGHT };
  g_assert (n == G_N_ELEMENTS (columns));
  table = ond_doc_add_table (doc, columns, n);

  for (guint i = 0; i < report->pillars->len; i++)
    {
      const OndReportPillar *p = g_ptr_array_index (report->pillars, i);
      g_autofree char *name = g_strdup_printf ("Pijler %d", p->number);

      add_progress_row (table, OND_DOC_STYLE_NORMAL, name, "Acties", &p->progress.actions);
      if (p->progress.planning.total > 0)
        add_progress_row (table, OND_DOC_STYLE_NORMAL, "", planning, &p->progress.planning);
    }
  add_progress_row (table, OND_DOC_STYLE_BOLD, "Hele plan", "Acties",
                    &report->progress.actions);
  add_progress_row (table, OND_DOC_STYLE_NORMAL, "", planning, &report->progress.planning);
}

static void
add_pillars (OndDoc          *doc,
             const OndReport *report)
{
  g_autofree char *date = ond_date_format (report->date);
  g_autofree char *intro = NULL;
  g_autofree char *planning = g_strdup_printf ("Planning %d", report->year);
  guint missing = ond_report_count_missing_explanations (report);

  ond_doc_add_heading (doc, 1, "1. Doelstelling en pijlers");
  intro = g_strdup_printf ("Deze rapportage beschrijft de voortgang van het %s in %d, "
                           "met de stand op %s. Zij bevat alleen aantallen en bedragen, "
                           "geen persoonsgegevens.",
                           report->plan_title, report->year, date);
  ond_doc_add_paragraph (doc, intro, OND_DOC_STYLE_NORMAL);
  if (missing > 0)
    {
      g_autofree char *flag =
        g_strdup_printf (missing == 1 ?
                         "Bij %u cijfer of verschil ontbreekt nog een toelichting "
                         "(gemarkeerd met “" OND_REPORT_DOC_NO_EXPLANATION "”)." :
                         "Bij %u cijfers of verschillen ontbreekt nog een toelichting "
                         "(gemarkeerd met “" OND_REPORT_DOC_NO_EXPLANATION "”).",
                         missing);

      ond_doc_add_paragraph (doc, flag, OND_DOC_STYLE_FLAG);
    }

  if (report->plan_objective != NULL && report->plan_objective[0] != '\0')
    {
      ond_doc_add_heading (doc, 2, "Doelstelling");
      ond_doc_add_paragraph (doc, report->plan_objective, OND_DOC_STYLE_NORMAL);
    }

  ond_doc_add_heading (doc, 2, "Voortgang per pijler");
  ond_doc_add_paragraph (doc,
                         "Acties en planningsregels per status. Vervallen regels tellen niet "
                         "mee voor het percentage gereed. Planningsregels met een thema horen "
                         "bij pijler 1.",
                         OND_DOC_STYLE_ITALIC);
  add_progress_table (doc, report);

  for (guint i = 0; i < report->pillars->len; i++)
    {
      const OndReportPillar *p = g_ptr_array_index (report->pillars, i);
      g_autofree char *actions = progress_sentence ("Acties", &p->progress.actions);

      ond_doc_add_heading (doc, 2, p->title);
      if (p->objective != NULL && p->objective[0] != '\0')
        ond_doc_add_paragraph (doc, p->objective, OND_DOC_STYLE_NORMAL);
      ond_doc_add_paragraph (doc, actions, OND_DOC_STYLE_NORMAL);
      if (p->progress.planning.total > 0)
        {
          g_autofree char *rows = progress_sentence (planning, &p->progress.planning);

          ond_doc_add_paragraph (doc, rows, OND_DOC_STYLE_NORMAL);
        }
      if (p->explanation != NULL)
        {
          g_autofree char *text = g_strdup_printf ("Toelichting: %s", p->explanation);

          ond_doc_add_paragraph (doc, text, OND_DOC_STYLE_NORMAL);
        }
      else
        ond_doc_add_paragraph (doc, "Geen toelichting bij deze pijler.", OND_DOC_STYLE_ITALIC);
    }
}

/* 2. Monitoring. */

static void
add_figures_table (OndDoc          *doc,
                   const OndReport *report)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  OndDocColumn columns[OND_REPORT_DOC_MAX_COLUMNS];
  int n_years = report->last_year - report->baseline_year + 1;
  guint n = 0;
  OndDocTable *table;

  /* The name, the years, the target, the status and the explanation; widths in points of a
   * portrait page's text width (they scale with it). */
  if (n_years + 4 > OND_REPORT_DOC_MAX_COLUMNS)
    n_years = OND_REPORT_DOC_MAX_COLUMNS - 4;
  columns[n++] = (OndDocColumn) { "Cijfer", 140, OND_DOC_ALIGN_LEFT };
  for (int y = 0; y < n_years; y++)
    {
      int year = report->baseline_year + y;

      g_ptr_array_add (titles, y == 0 ? g_strdup_printf ("Nulmeting %d", year) :
                                        g_strdup_printf ("%d", year));
      columns[n++] = (OndDocColumn) { g_ptr_array_index (titles, y), y == 0 ? 58 : 36,
                                      OND_DOC_ALIGN_RIGHT };
    }
  g_ptr_array_add (titles, g_strdup_printf ("Doel %d", report->year));
  columns[n++] = (OndDocColumn) { g_ptr_array_index (titles, titles->len - 1), 40,
                                  OND_DOC_ALIGN_RIGHT };
  g_ptr_array_add (titles, g_strdup_printf ("Status %d", report->year));
  columns[n++] = (OndDocColumn) { g_ptr_array_index (titles, titles->len - 1), 54,
                                  OND_DOC_ALIGN_LEFT };
  columns[n++] = (OndDocColumn) { "Toelichting", 118, OND_DOC_ALIGN_LEFT };
  table = ond_doc_add_table (doc, columns, n);

  for (guint i = 0; i < report->figures->len; i++)
    {
      const OndReportFigure *f = g_ptr_array_index (report->figures, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      const char *explanation = f->explanation;
      guint row;

      g_ptr_array_add (cells, f->parent_code != NULL ? g_strconcat ("– ", f->name, NULL)
                                                      : g_strdup (f->name));
      for (int y = 0; y < n_years; y++)
        g_ptr_array_add (cells, figure_value (f, report->baseline_year + y));
      g_ptr_array_add (cells, f->target >= 0 ? _ond_report_doc_count (f->target)
                                             : g_strdup ("—"));
      g_ptr_array_add (cells, g_strdup (f->status == OND_FIGURE_STATUS_NONE ?
                                        "—" : f->status_label));
      if (f->explanation_missing)
        explanation = OND_REPORT_DOC_NO_EXPLANATION;
      g_ptr_array_add (cells, g_strdup (explanation));
      row = ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                                   (const char * const *) cells->pdata);
      if (f->behind)
        ond_doc_table_set_cell_style (table, row, n - 2, OND_DOC_STYLE_FLAG);
      if (f->explanation_missing)
        ond_doc_table_set_cell_style (table, row, n - 1, OND_DOC_STYLE_FLAG);
    }
}

static void
add_monitoring (OndDoc          *doc,
                const OndReport *report)
{
  g_autofree char *date = ond_date_format (report->date);
  g_autofree char *intro = NULL;

  ond_doc_add_heading (doc, 1, "2. Monitoring");
  intro = g_strdup_printf ("De cijfers per jaar, met de nulmeting van %d uit het plan. Het doel "
                           "en de status gelden voor %d, op %s; een jaar dat nog loopt wordt "
                           "gemeten aan het deel van het doel dat tot die dag hoort. Bij een "
                           "cijfer dat achterloopt staat de toelichting.",
                           report->baseline_year, report->year, date);
  ond_doc_add_paragraph (doc, intro, OND_DOC_STYLE_NORMAL);
  add_figures_table (doc, report);
  _ond_report_doc_add_charts (doc, report);
}

/* 3. The planning per theme. */

static void
add_theme (OndDoc               *doc,
           const OndReport      *report,
           const OndReportTheme *theme)
{
  static const OndDocColumn columns[] = {
    { "Jaar", 36, OND_DOC_ALIGN_LEFT },
    { "Periode", 64, OND_DOC_ALIGN_LEFT },
    { "Wat", 208, OND_DOC_ALIGN_LEFT },
    { "Wie", 90, OND_DOC_ALIGN_LEFT },
    { "Status", 84, OND_DOC_ALIGN_LEFT },
  };
  OndDocTable *table;

  ond_doc_add_heading (doc, 2, theme->name);
  if (theme->theme_id != 0)
    {
      g_autofree char *planning = g_strdup_printf ("Planning %d", report->year);
      g_autofree char *sentence = progress_sentence (planning, &theme->progress.planning);

      ond_doc_add_paragraph (doc, sentence, OND_DOC_STYLE_NORMAL);
    }
  if (theme->rows->len == 0)
    {
      ond_doc_add_paragraph (doc, "Geen planningsregels bij dit thema.", OND_DOC_STYLE_ITALIC);
      return;
    }

  table = ond_doc_add_table (doc, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < theme->rows->len; i++)
    {
      const OndReportPlanRow *row = g_ptr_array_index (theme->rows, i);
      g_autofree char *year = g_strdup_printf ("%d", row->year);
      g_autofree char *status = row->overdue ?
                                g_strdup_printf ("%s (te laat)", row->status_label) :
                                g_strdup (row->status_label);
      const char *cells[] = { year, row->period, row->text, row->owner, status };

      ond_doc_table_add_row (table, row->overdue ? OND_DOC_STYLE_FLAG : OND_DOC_STYLE_NORMAL,
                             cells);
    }
}

static void
add_planning (OndDoc          *doc,
              const OndReport *report)
{
  g_autofree char *date = ond_date_format (report->date);
  g_autofree char *intro = NULL;

  ond_doc_add_heading (doc, 1, "3. Planning per thema");
  intro = g_strdup_printf ("Alle planningsregels van %s per thema, met hun status op %s. "
                           "Regels die te laat zijn, staan in rood.",
                           report->period_label, date);
  ond_doc_add_paragraph (doc, intro, OND_DOC_STYLE_NORMAL);
  for (guint i = 0; i < report->themes->len; i++)
    add_theme (doc, report, g_ptr_array_index (report->themes, i));
}

/**
 * ond_report_doc_new:
 * @report: the report's data
 * @orientation: portrait or landscape pages
 *
 * ond_report_doc_new_full() with no creation date (1 January 2000): for printing.
 *
 * Returns: (transfer full): the document
 */
OndDoc *
ond_report_doc_new (const OndReport   *report,
                    OndDocOrientation  orientation)
{
  return ond_report_doc_new_full (report, orientation, NULL);
}

/**
 * ond_report_doc_new_full:
 * @report: the report's data
 * @orientation: portrait or landscape pages
 * @created: (nullable): the creation date a PDF of it records
 *
 * Makes the progress report (see ond-report-doc.h) from @report alone: the document keeps
 * copies of what it draws, so @report may be freed afterwards.
 *
 * Returns: (transfer full): the document
 */
OndDoc *
ond_report_doc_new_full (const OndReport   *report,
                         OndDocOrientation  orientation,
                         GDateTime         *created)
{
  g_autoptr(OndDoc) doc = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (orientation == OND_DOC_PORTRAIT || orientation == OND_DOC_LANDSCAPE,
                        NULL);

  title = g_strdup_printf ("Voortgangsrapportage %d – %s", report->year, report->plan_title);
  subject = g_strdup_printf ("Voortgang van het %s in %d, voor de gemeenteraad",
                             report->plan_title, report->year);
  doc = ond_doc_new (title, AUTHOR, subject, created);
  ond_doc_set_orientation (doc, orientation);

  add_title_page (doc, report);
  add_pillars (doc, report);
  add_monitoring (doc, report);
  add_planning (doc, report);
  _ond_report_doc_add_budget (doc, report);
  _ond_report_doc_add_cases (doc, report);
  return g_steal_pointer (&doc);
}
