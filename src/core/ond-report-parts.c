/* ond-report-parts.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The parts of OndReport (ond-report.h) made and freed, its Dutch labels, and the index of
 * the plan's explanations that the gathering looks them up in.
 */

#define G_LOG_DOMAIN "ond-report"

#include "config.h"

#include "ond-report-private.h"

/* Making and freeing the parts. */

static void
pillar_free (OndReportPillar *self)
{
  g_free (self->name);
  g_free (self->title);
  g_free (self->objective);
  g_free (self->explanation);
  g_free (self);
}

static void
figure_free (OndReportFigure *self)
{
  g_free (self->code);
  g_free (self->name);
  g_free (self->unit);
  g_free (self->parent_code);
  g_array_unref (self->values);
  g_free (self->status_label);
  g_free (self->explanation);
  g_free (self);
}

static void
plan_row_free (OndReportPlanRow *self)
{
  g_free (self->period);
  g_free (self->text);
  g_free (self->owner);
  g_free (self->status);
  g_free (self->status_label);
  g_free (self->targets);
  g_free (self);
}

static void
theme_free (OndReportTheme *self)
{
  g_free (self->name);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

static void
line_free (OndReportLine *self)
{
  g_free (self->name);
  g_free (self->ledger_code);
  g_array_unref (self->years);
  g_free (self);
}

static void
difference_free (OndReportDifference *self)
{
  g_free (self->label);
  g_free (self->subject);
  g_free (self->explanation);
  g_free (self);
}

static void
year_free (OndReportYear *self)
{
  g_ptr_array_unref (self->differences);
  g_free (self);
}

static void
funding_free (OndReportFunding *self)
{
  g_free (self->source);
  g_free (self->label);
  g_array_unref (self->amounts);
  g_free (self->earmarks);
  g_free (self);
}

static void
menu_row_free (OndReportMenuRow *self)
{
  g_free (self->name);
  g_array_unref (self->marks);
  g_free (self);
}

static void
theme_cases_free (OndReportThemeCases *self)
{
  g_free (self->label);
  g_free (self->short_label);
  g_array_unref (self->counts);
  g_free (self);
}

OndReportPillar *
_ond_report_pillar_new (void)
{
  return g_new0 (OndReportPillar, 1);
}

OndReportFigure *
_ond_report_figure_new (void)
{
  OndReportFigure *self = g_new0 (OndReportFigure, 1);

  self->values = g_array_new (FALSE, TRUE, sizeof (OndReportValue));
  self->target = -1;
  return self;
}

OndReportPlanRow *
_ond_report_plan_row_new (void)
{
  return g_new0 (OndReportPlanRow, 1);
}

OndReportTheme *
_ond_report_theme_new (void)
{
  OndReportTheme *self = g_new0 (OndReportTheme, 1);

  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_row_free);
  return self;
}

OndReportLine *
_ond_report_line_new (void)
{
  OndReportLine *self = g_new0 (OndReportLine, 1);

  self->years = g_array_new (FALSE, TRUE, sizeof (OndReportLineYear));
  return self;
}

OndReportDifference *
_ond_report_difference_new (void)
{
  return g_new0 (OndReportDifference, 1);
}

OndReportYear *
_ond_report_year_new (void)
{
  OndReportYear *self = g_new0 (OndReportYear, 1);

  self->differences = g_ptr_array_new_with_free_func ((GDestroyNotify) difference_free);
  return self;
}

OndReportThemeCases *
_ond_report_theme_cases_new (void)
{
  OndReportThemeCases *self = g_new0 (OndReportThemeCases, 1);

  self->counts = g_array_new (FALSE, TRUE, sizeof (gint64));
  return self;
}

OndReportFunding *
_ond_report_funding_new (void)
{
  OndReportFunding *self = g_new0 (OndReportFunding, 1);

  self->amounts = g_array_new (FALSE, TRUE, sizeof (gint64));
  return self;
}

OndReportMenuRow *
_ond_report_menu_row_new (void)
{
  OndReportMenuRow *self = g_new0 (OndReportMenuRow, 1);

  self->marks = g_array_new (FALSE, TRUE, sizeof (gboolean));
  return self;
}

OndCount *
_ond_report_count_new (const char *code,
                       const char *label,
                       gint64      count)
{
  OndCount *self = g_new0 (OndCount, 1);

  self->code = g_strdup (code);
  self->label = g_strdup (label);
  self->count = count;
  return self;
}

OndReport *
_ond_report_new (void)
{
  OndReport *self = g_new0 (OndReport, 1);

  self->pillars = g_ptr_array_new_with_free_func ((GDestroyNotify) pillar_free);
  self->figures = g_ptr_array_new_with_free_func ((GDestroyNotify) figure_free);
  self->themes = g_ptr_array_new_with_free_func ((GDestroyNotify) theme_free);
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  self->years = g_ptr_array_new_with_free_func ((GDestroyNotify) year_free);
  self->other_differences = g_ptr_array_new_with_free_func ((GDestroyNotify) difference_free);
  self->case_statuses = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_count_free);
  self->cases_by_theme = g_ptr_array_new_with_free_func ((GDestroyNotify) theme_cases_free);
  self->cases_by_source = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_count_free);
  self->cases_by_outcome = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_count_free);
  self->funding = g_ptr_array_new_with_free_func ((GDestroyNotify) funding_free);
  self->menu_partners = g_ptr_array_new_with_free_func (g_free);
  self->menu = g_ptr_array_new_with_free_func ((GDestroyNotify) menu_row_free);
  return self;
}

/**
 * ond_report_free:
 * @self: (nullable): a report
 *
 * Frees @self and everything it holds.
 */
void
ond_report_free (OndReport *self)
{
  if (self == NULL)
    return;
  g_free (self->plan_title);
  g_free (self->plan_objective);
  g_free (self->period_label);
  g_free (self->date);
  g_ptr_array_unref (self->pillars);
  g_ptr_array_unref (self->figures);
  g_ptr_array_unref (self->themes);
  g_ptr_array_unref (self->lines);
  g_ptr_array_unref (self->years);
  g_ptr_array_unref (self->other_differences);
  g_ptr_array_unref (self->case_statuses);
  g_ptr_array_unref (self->cases_by_theme);
  g_ptr_array_unref (self->cases_by_source);
  g_ptr_array_unref (self->cases_by_outcome);
  g_ptr_array_unref (self->funding);
  g_ptr_array_unref (self->menu_partners);
  g_ptr_array_unref (self->menu);
  g_free (self);
}

/* Labels. The report is a document for the council: Dutch literals, never translated. */

/**
 * ond_report_status_label:
 * @status: the status of a figure
 *
 * Returns: (transfer none): its Dutch label, as the report prints it
 */
const char *
ond_report_status_label (OndFigureStatus status)
{
  switch (status)
    {
    case OND_FIGURE_STATUS_NONE:
      return "Geen streefwaarde";
    case OND_FIGURE_STATUS_ON_TRACK:
      return "Op koers";
    case OND_FIGURE_STATUS_BEHIND:
      return "Achter";
    case OND_FIGURE_STATUS_FAR_BEHIND:
      return "Ver achter";
    default:
      g_return_val_if_reached ("");
    }
}

const char *
_ond_report_difference_label (OndReportDifferenceKind kind)
{
  switch (kind)
    {
    case OND_REPORT_DIFFERENCE_OVER_SPENT:
      return "Uitgaven boven de begroting";
    case OND_REPORT_DIFFERENCE_OVER_COMMITTED:
      return "Uitgaven en verplichtingen boven de begroting";
    case OND_REPORT_DIFFERENCE_FUNDING:
      return "Dekking wijkt af van de begroting van de kostenposten";
    case OND_REPORT_DIFFERENCE_STATED_LINES:
      return "Totaal in het plan wijkt af van de kostenposten";
    case OND_REPORT_DIFFERENCE_STATED_FUNDING:
      return "Totaal in het plan wijkt af van de dekking";
    case OND_REPORT_DIFFERENCE_EARMARK:
      return "Geoormerkte dekking groter dan de begroting van de kostenposten";
    case OND_REPORT_DIFFERENCE_UNMATCHED:
      return "Boekingen zonder kostenpost van het plan";
    case OND_REPORT_DIFFERENCE_OUTSIDE:
      return "Boekingen buiten de jaren van het plan";
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * ond_report_count_missing_explanations:
 * @self: a report
 *
 * Returns: how many figures behind target and flagged budget differences lack an
 *   explanation
 */
guint
ond_report_count_missing_explanations (const OndReport *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->figures->len; i++)
    n += ((const OndReportFigure *) g_ptr_array_index (self->figures, i))->explanation_missing;
  for (guint y = 0; y < self->years->len; y++)
    {
      const OndReportYear *year = g_ptr_array_index (self->years, y);

      for (guint i = 0; i < year->differences->len; i++)
        n += ((const OndReportDifference *)
              g_ptr_array_index (year->differences, i))->explanation_missing;
    }
  for (guint i = 0; i < self->other_differences->len; i++)
    n += ((const OndReportDifference *)
          g_ptr_array_index (self->other_differences, i))->explanation_missing;
  return n;
}

/* Explanations by subject. */

static char *
explanation_key (OndExplanationSubject subject,
                 gint64                subject_id,
                 int                   year)
{
  return g_strdup_printf ("%d:%" G_GINT64_FORMAT ":%d", (int) subject, subject_id, year);
}

GHashTable *
_ond_report_index_explanations (GPtrArray *explanations)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < explanations->len; i++)
    {
      const OndExplanation *e = g_ptr_array_index (explanations, i);

      g_hash_table_insert (index, explanation_key (e->subject, e->subject_id, e->year),
                           g_strdup (e->text));
    }
  return index;
}

const char *
_ond_report_find_explanation (GHashTable            *index,
                              OndExplanationSubject  subject,
                              gint64                 subject_id,
                              int                    year)
{
  g_autofree char *key = explanation_key (subject, subject_id, year);

  return g_hash_table_lookup (index, key);
}
