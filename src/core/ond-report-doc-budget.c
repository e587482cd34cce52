/* ond-report-doc-budget.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress report's budget and case counts (ond-report-doc.h). Per year of the plan:
 * every budget line with its budget, commitments, spend and what remains; the year's
 * totals against the funding and the plan's stated total; every flagged difference with its
 * explanation, or a red "Geen toelichting". Then the bookings dated outside the plan's
 * years, and the signals received in the reporting year as counts only.
 */

#define G_LOG_DOMAIN "ond-report-doc"

#include "config.h"

#include <pango/pangocairo.h>

#include "ond-money.h"
#include "ond-report-doc-private.h"

/* The width of the text on a portrait A4 page, in points (2 cm margins), and how a table's
 * header row is set (ond-doc-measure.c). */
#define TEXT_WIDTH     482.0
#define HEADER_FONT    "Cantarell Bold 9"
#define HEADER_PADDING 10.0

/* The figures of @line in @year, or NULL. */
static const OndReportLineYear *
line_year (const OndReportLine *line,
           int                  year)
{
  for (guint i = 0; i < line->years->len; i++)
    {
      const OndReportLineYear *y = &g_array_index (line->years, OndReportLineYear, i);

      if (y->year == year)
        return y;
    }
  return NULL;
}

static void
add_lines_table (OndDoc              *doc,
                 const OndReport     *report,
                 const OndReportYear *year)
{
  static const OndDocColumn columns[] = {
    { "Kostenpost", 168, OND_DOC_ALIGN_LEFT },
    { "Begroot", 66, OND_DOC_ALIGN_RIGHT },
    { "Verplicht", 66, OND_DOC_ALIGN_RIGHT },
    { "Besteed", 66, OND_DOC_ALIGN_RIGHT },
    { "Resterend", 66, OND_DOC_ALIGN_RIGHT },
    { "Gebruikt", 50, OND_DOC_ALIGN_RIGHT },
  };
  OndDocTable *table = ond_doc_add_table (doc, columns, G_N_ELEMENTS (columns));
  g_autofree char *budgeted = ond_money_format (year->lines_total);
  g_autofree char *committed = ond_money_format (year->committed);
  g_autofree char *spent = ond_money_format (year->spent);
  g_autofree char *remaining = ond_money_format (year->remaining);
  const char *total[] = { "Totaal", budgeted, committed, spent, remaining, NULL };

  for (guint i = 0; i < report->lines->len; i++)
    {
      const OndReportLine *line = g_ptr_array_index (report->lines, i);
      const OndReportLineYear *y = line_year (line, year->year);
      g_autofree char *b = NULL, *c = NULL, *s = NULL, *r = NULL, *p = NULL;

      if (y == NULL)
        continue;
      b = ond_money_format (y->budgeted);
      c = ond_money_format (y->committed);
      s = ond_money_format (y->spent);
      r = ond_money_format (y->remaining);
      p = _ond_report_doc_percent (y->percent_used);
      ond_doc_table_add_row (table, y->flags != OND_LINE_FLAG_NONE ? OND_DOC_STYLE_FLAG :
                                                                     OND_DOC_STYLE_NORMAL,
                             (const char * const []) { line->name, b, c, s, r, p });
    }
  ond_doc_table_add_row (table, OND_DOC_STYLE_BOLD, total);
}

/* The year's totals: the lines against the funding and the plan's own total. */
static void
add_totals_table (OndDoc              *doc,
                  const OndReportYear *year)
{
  static const OndDocColumn columns[] = {
    { "Aansluiting", 300, OND_DOC_ALIGN_LEFT },
    { "Bedrag", 90, OND_DOC_ALIGN_RIGHT },
  };
  OndDocTable *table = ond_doc_add_table (doc, columns, G_N_ELEMENTS (columns));
  g_autofree char *lines = ond_money_format (year->lines_total);
  g_autofree char *funding = ond_money_format (year->funding_total);
  g_autofree char *stated = year->has_stated_total ? ond_money_format (year->stated_total)
                                                   : g_strdup ("—");
  g_autofree char *spent = ond_money_format (year->spent);
  g_autofree char *committed = ond_money_format (year->committed);
  g_autofree char *remaining = ond_money_format (year->remaining);

  ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                         (const char * const []) { "Begroting van de kostenposten", lines });
  ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                         (const char * const []) { "Dekking (financiering)", funding });
  ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                         (const char * const []) { "Totaal volgens het plan", stated });
  ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                         (const char * const []) { "Besteed", spent });
  ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                         (const char * const []) { "Verplicht", committed });
  ond_doc_table_add_row (table, OND_DOC_STYLE_BOLD,
                         (const char * const []) { "Resterend", remaining });
}

/* The amount of a difference; for bookings also how many. */
static char *
difference_amount (const OndReportDifference *d)
{
  g_autofree char *amount = ond_money_format (d->amount);

  if (d->kind != OND_REPORT_DIFFERENCE_UNMATCHED && d->kind != OND_REPORT_DIFFERENCE_OUTSIDE)
    return g_steal_pointer (&amount);
  return g_strdup_printf (d->n_bookings == 1 ? "%s (%u boeking)" : "%s (%u boekingen)",
                          amount, d->n_bookings);
}

static void
add_differences (OndDoc     *doc,
                 GPtrArray  *differences)
{
  static const OndDocColumn columns[] = {
    { "Verschil", 140, OND_DOC_ALIGN_LEFT },
    { "Betreft", 100, OND_DOC_ALIGN_LEFT },
    { "Bedrag", 104, OND_DOC_ALIGN_RIGHT },
    { "Toelichting", 138, OND_DOC_ALIGN_LEFT },
  };
  OndDocTable *table = ond_doc_add_table (doc, columns, G_N_ELEMENTS (columns));

  for (guint i = 0; i < differences->len; i++)
    {
      const OndReportDifference *d = g_ptr_array_index (differences, i);
      g_autofree char *amount = difference_amount (d);
      const char *explanation = d->explanation_missing ? OND_REPORT_DOC_NO_EXPLANATION
                                                       : d->explanation;
      guint row = ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                                         (const char * const []) { d->label, d->subject,
                                                                   amount, explanation });

      ond_doc_table_set_cell_style (table, row, 2, OND_DOC_STYLE_FLAG);
      if (d->explanation_missing)
        ond_doc_table_set_cell_style (table, row, 3, OND_DOC_STYLE_FLAG);
    }
}

static void
add_year (OndDoc              *doc,
          const OndReport     *report,
          const OndReportYear *year)
{
  g_autofree char *heading = g_strdup_printf ("Begroting %d", year->year);
  g_autofree char *differences = g_strdup_printf ("Verschillen %d", year->year);

  ond_doc_add_heading (doc, 2, heading);
  add_lines_table (doc, report, year);
  add_totals_table (doc, year);

  ond_doc_add_heading (doc, 2, differences);
  if (year->differences->len == 0)
    {
      g_autofree char *none = g_strdup_printf ("Geen gemarkeerde verschillen in %d.",
                                               year->year);

      ond_doc_add_paragraph (doc, none, OND_DOC_STYLE_ITALIC);
    }
  else
    add_differences (doc, year->differences);
}

/**
 * _ond_report_doc_add_budget:
 * @doc: the document
 * @report: the report's data
 *
 * Adds the budget chapter: every year of the plan, then the bookings outside its years.
 */
void
_ond_report_doc_add_budget (OndDoc          *doc,
                            const OndReport *report)
{
  g_autofree char *intro = NULL;

  ond_doc_add_heading (doc, 1, "4. Begroting");
  intro = g_strdup_printf ("Per jaar van %s en per kostenpost: begroot, verplicht, besteed en "
                           "resterend, en wat daarvan gebruikt is. Kostenposten boven hun "
                           "begroting en verschillen staan in rood, met hun toelichting.",
                           report->period_label);
  ond_doc_add_paragraph (doc, intro, OND_DOC_STYLE_NORMAL);
  for (guint i = 0; i < report->years->len; i++)
    add_year (doc, report, g_ptr_array_index (report->years, i));

  if (report->other_differences->len > 0)
    {
      ond_doc_add_heading (doc, 2, "Boekingen buiten de jaren van het plan");
      add_differences (doc, report->other_differences);
    }
}

/* Counts. */

/* A table of labels with a count each, and their total. */
static void
add_counts (OndDoc     *doc,
            const char *what,
            GPtrArray  *counts)
{
  const OndDocColumn columns[] = {
    { what, 300, OND_DOC_ALIGN_LEFT },
    { "Aantal", 90, OND_DOC_ALIGN_RIGHT },
  };
  OndDocTable *table = ond_doc_add_table (doc, columns, G_N_ELEMENTS (columns));
  g_autofree char *sum = NULL;
  gint64 total = 0;

  for (guint i = 0; i < counts->len; i++)
    {
      const OndCount *count = g_ptr_array_index (counts, i);
      g_autofree char *n = _ond_report_doc_count (count->count);

      ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                             (const char * const []) { count->label, n });
      total += count->count;
    }
  sum = _ond_report_doc_count (total);
  ond_doc_table_add_row (table, OND_DOC_STYLE_BOLD, (const char * const []) { "Totaal", sum });
}

/* The width in points a header cell needs to show @title without breaking a word: its
 * longest word in the header's font, and the cell's padding. */
static double
header_width (PangoLayout *layout,
              const char  *title)
{
  g_auto(GStrv) words = g_strsplit (title, " ", -1);
  double longest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      int width = 0;

      pango_layout_set_text (layout, words[i], -1);
      pango_layout_get_size (layout, &width, NULL);
      longest = MAX (longest, (double) width / PANGO_SCALE);
    }
  return longest + HEADER_PADDING;
}

/* A layout in a table header's font, measured as a document measures (ond-doc-measure.c):
 * in points, without hinting, glyph positions unrounded. */
static PangoLayout *
header_layout (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoFontDescription *font = pango_font_description_from_string (HEADER_FONT);
  PangoLayout *layout;

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  layout = pango_layout_new (context);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  cairo_font_options_destroy (options);
  g_object_unref (context);
  return layout;
}

static void
add_theme_counts (OndDoc          *doc,
                  const OndReport *report)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  OndDocColumn columns[OND_REPORT_DOC_MAX_COLUMNS];
  g_autoptr(PangoLayout) layout = header_layout ();
  guint n_statuses = MIN (report->case_statuses->len, OND_REPORT_DOC_MAX_COLUMNS - 2);
  double used = 0;
  guint n = 0;
  OndDocTable *table;

  /* Widths in points of a portrait page's text width: each status as wide as its title
   * needs, the theme what is left (at least 90). */
  columns[n++] = (OndDocColumn) { "Thema", 90, OND_DOC_ALIGN_LEFT };
  for (guint s = 0; s < n_statuses; s++)
    {
      const OndCount *status = g_ptr_array_index (report->case_statuses, s);

      columns[n] = (OndDocColumn) { status->label, header_width (layout, status->label),
                                    OND_DOC_ALIGN_RIGHT };
      used += columns[n++].width;
    }
  columns[n] = (OndDocColumn) { "Totaal", header_width (layout, "Totaal"),
                                OND_DOC_ALIGN_RIGHT };
  used += columns[n++].width;
  columns[0].width = MAX (90.0, TEXT_WIDTH - used);
  table = ond_doc_add_table (doc, columns, n);

  for (guint i = 0; i < report->cases_by_theme->len; i++)
    {
      const OndReportThemeCases *theme = g_ptr_array_index (report->cases_by_theme, i);

      g_ptr_array_set_size (cells, 0);
      /* The short name: the statuses leave the theme's column little room. */
      g_ptr_array_add (cells, g_strdup (theme->short_label != NULL ? theme->short_label
                                                                   : theme->label));
      for (guint s = 0; s < n_statuses; s++)
        g_ptr_array_add (cells, s < theme->counts->len ?
                                _ond_report_doc_count (g_array_index (theme->counts, gint64, s))
                                : g_strdup ("0"));
      g_ptr_array_add (cells, _ond_report_doc_count (theme->total));
      ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL, (const char * const *) cells->pdata);
    }
}

/**
 * _ond_report_doc_add_cases:
 * @doc: the document
 * @report: the report's data
 *
 * Adds the chapter on the signals of the reporting year: counts per status, per theme and
 * status, per source and per outcome. Nothing about a case itself.
 */
void
_ond_report_doc_add_cases (OndDoc          *doc,
                           const OndReport *report)
{
  g_autofree char *intro = NULL;
  g_autofree char *outcomes = NULL;

  ond_doc_add_heading (doc, 1, "5. Meldingen en casussen");
  intro = g_strdup_printf ("De meldingen die in %d binnenkwamen, geteld naar hun huidige "
                           "status, thema, bron en uitkomst. Alleen aantallen: de rapportage "
                           "bevat geen gegevens over personen of casussen.", report->year);
  ond_doc_add_paragraph (doc, intro, OND_DOC_STYLE_NORMAL);

  ond_doc_add_heading (doc, 2, "Per status");
  add_counts (doc, "Status", report->case_statuses);
  ond_doc_add_heading (doc, 2, "Per thema en status");
  add_theme_counts (doc, report);
  ond_doc_add_heading (doc, 2, "Per bron");
  add_counts (doc, "Bron", report->cases_by_source);
  ond_doc_add_heading (doc, 2, "Per uitkomst");
  outcomes = g_strdup_printf ("Van de meldingen van %d die gesloten zijn.", report->year);
  ond_doc_add_paragraph (doc, outcomes, OND_DOC_STYLE_ITALIC);
  add_counts (doc, "Uitkomst", report->cases_by_outcome);
}
