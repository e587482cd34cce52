/* ond-report-compare.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* ond_report_compare (ond-report.h): what differs between the figures a council report used
 * (its snapshot) and today's. Each change names its section and what it is in Dutch, with
 * the value then and now as the report shows them ("—" for none); amounts as Dutch money.
 * Records are matched by their id (figures by code), so a renamed line is one line.
 */

#define G_LOG_DOMAIN "ond-report"

#include "config.h"

#include "ond-money.h"
#include "ond-report-private.h"

#define NONE "—"

void
ond_report_change_free (OndReportChange *self)
{
  if (self == NULL)
    return;
  g_free (self->section);
  g_free (self->what);
  g_free (self->then);
  g_free (self->now);
  g_free (self);
}

/* Adds a change when @then and @now differ; takes both. */
static void
add (GPtrArray  *changes,
     const char *section,
     char       *what,
     char       *then,
     char       *now)
{
  OndReportChange *change;

  if (g_strcmp0 (then, now) == 0)
    {
      g_free (what);
      g_free (then);
      g_free (now);
      return;
    }
  change = g_new0 (OndReportChange, 1);
  change->section = g_strdup (section);
  change->what = what;
  change->then = then != NULL ? then : g_strdup (NONE);
  change->now = now != NULL ? now : g_strdup (NONE);
  g_ptr_array_add (changes, change);
}

static char *
number (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static char *
money (gint64 cents)
{
  return ond_money_format (cents);
}

/* Monitoring. */

static const OndReportFigure *
find_figure (const OndReport *report,
             const char      *code)
{
  for (guint i = 0; i < report->figures->len; i++)
    {
      const OndReportFigure *f = g_ptr_array_index (report->figures, i);

      if (g_strcmp0 (f->code, code) == 0)
        return f;
    }
  return NULL;
}

static char *
figure_value (const OndReportFigure *f,
              int                    year)
{
  if (f == NULL)
    return NULL;
  for (guint i = 0; i < f->values->len; i++)
    {
      const OndReportValue *v = &g_array_index (f->values, OndReportValue, i);

      if (v->year == year)
        return v->has_value ? number (v->value) : NULL;
    }
  return NULL;
}

static void
compare_figure (GPtrArray             *changes,
                const OndReportFigure *then,
                const OndReportFigure *now,
                int                    first_year,
                int                    last_year,
                int                    year)
{
  const char *name = then != NULL ? then->name : now->name;

  for (int y = first_year; y <= last_year; y++)
    add (changes, "Monitoring", g_strdup_printf ("%s, %d", name, y),
         figure_value (then, y), figure_value (now, y));
  add (changes, "Monitoring", g_strdup_printf ("%s, streefwaarde %d", name, year),
       then != NULL && then->target >= 0 ? number (then->target) : NULL,
       now != NULL && now->target >= 0 ? number (now->target) : NULL);
  add (changes, "Monitoring", g_strdup_printf ("%s, status %d", name, year),
       then != NULL ? g_strdup (then->status_label) : NULL,
       now != NULL ? g_strdup (now->status_label) : NULL);
  add (changes, "Toelichting", g_strdup_printf ("%s, %d", name, year),
       then != NULL ? g_strdup (then->explanation) : NULL,
       now != NULL ? g_strdup (now->explanation) : NULL);
}

static void
compare_figures (GPtrArray       *changes,
                 const OndReport *then,
                 const OndReport *now)
{
  int first = MIN (then->baseline_year, now->baseline_year);
  int last = MAX (then->last_year, now->last_year);

  for (guint i = 0; i < then->figures->len; i++)
    {
      const OndReportFigure *f = g_ptr_array_index (then->figures, i);

      compare_figure (changes, f, find_figure (now, f->code), first, last, then->year);
    }
  for (guint i = 0; i < now->figures->len; i++)
    {
      const OndReportFigure *f = g_ptr_array_index (now->figures, i);

      if (find_figure (then, f->code) == NULL)
        compare_figure (changes, NULL, f, first, last, now->year);
    }
}

/* Budget. */

static const OndReportLine *
find_line (const OndReport *report,
           gint64           line_id)
{
  for (guint i = 0; i < report->lines->len; i++)
    {
      const OndReportLine *l = g_ptr_array_index (report->lines, i);

      if (l->line_id == line_id)
        return l;
    }
  return NULL;
}

static const OndReportLineYear *
find_line_year (const OndReportLine *line,
                int                  year)
{
  if (line == NULL)
    return NULL;
  for (guint i = 0; i < line->years->len; i++)
    {
      const OndReportLineYear *y = &g_array_index (line->years, OndReportLineYear, i);

      if (y->year == year)
        return y;
    }
  return NULL;
}

#define LINE_AMOUNT(y, field) ((y) != NULL ? money ((y)->field) : NULL)

static void
compare_line (GPtrArray           *changes,
              const OndReportLine *then,
              const OndReportLine *now,
              int                  first_year,
              int                  last_year)
{
  const char *name = then != NULL ? then->name : now->name;

  for (int year = first_year; year <= last_year; year++)
    {
      const OndReportLineYear *a = find_line_year (then, year);
      const OndReportLineYear *b = find_line_year (now, year);

      add (changes, "Begroting", g_strdup_printf ("%s, %d: begroot", name, year),
           LINE_AMOUNT (a, budgeted), LINE_AMOUNT (b, budgeted));
      add (changes, "Begroting", g_strdup_printf ("%s, %d: verplicht", name, year),
           LINE_AMOUNT (a, committed), LINE_AMOUNT (b, committed));
      add (changes, "Begroting", g_strdup_printf ("%s, %d: besteed", name, year),
           LINE_AMOUNT (a, spent), LINE_AMOUNT (b, spent));
      add (changes, "Begroting", g_strdup_printf ("%s, %d: resterend", name, year),
           LINE_AMOUNT (a, remaining), LINE_AMOUNT (b, remaining));
    }
}

static const OndReportYear *
find_year (const OndReport *report,
           int              year)
{
  for (guint i = 0; i < report->years->len; i++)
    {
      const OndReportYear *y = g_ptr_array_index (report->years, i);

      if (y->year == year)
        return y;
    }
  return NULL;
}

static char *
count_missing (const OndReportYear *year)
{
  guint n = 0;

  if (year == NULL)
    return NULL;
  for (guint i = 0; i < year->differences->len; i++)
    n += ((const OndReportDifference *) g_ptr_array_index (year->differences, i))
           ->explanation_missing;
  return number (n);
}

static void
compare_years (GPtrArray       *changes,
               const OndReport *then,
               const OndReport *now,
               int              first_year,
               int              last_year)
{
  for (int year = first_year; year <= last_year; year++)
    {
      const OndReportYear *a = find_year (then, year);
      const OndReportYear *b = find_year (now, year);

      add (changes, "Begroting", g_strdup_printf ("Totaal kostenposten %d", year),
           LINE_AMOUNT (a, lines_total), LINE_AMOUNT (b, lines_total));
      add (changes, "Begroting", g_strdup_printf ("Totaal dekking %d", year),
           LINE_AMOUNT (a, funding_total), LINE_AMOUNT (b, funding_total));
      add (changes, "Begroting", g_strdup_printf ("Totaal volgens het plan %d", year),
           a != NULL && a->has_stated_total ? money (a->stated_total) : NULL,
           b != NULL && b->has_stated_total ? money (b->stated_total) : NULL);
      add (changes, "Begroting", g_strdup_printf ("Totaal besteed %d", year),
           LINE_AMOUNT (a, spent), LINE_AMOUNT (b, spent));
      add (changes, "Begroting", g_strdup_printf ("Totaal verplicht %d", year),
           LINE_AMOUNT (a, committed), LINE_AMOUNT (b, committed));
      add (changes, "Begroting", g_strdup_printf ("Totaal resterend %d", year),
           LINE_AMOUNT (a, remaining), LINE_AMOUNT (b, remaining));
      add (changes, "Begroting", g_strdup_printf ("Gemarkeerde verschillen %d", year),
           a != NULL ? number (a->differences->len) : NULL,
           b != NULL ? number (b->differences->len) : NULL);
      add (changes, "Begroting",
           g_strdup_printf ("Verschillen %d zonder toelichting", year),
           count_missing (a), count_missing (b));
    }
}

static const OndReportFunding *
find_funding (const OndReport *report,
              const char      *source)
{
  for (guint i = 0; i < report->funding->len; i++)
    {
      const OndReportFunding *f = g_ptr_array_index (report->funding, i);

      if (g_strcmp0 (f->source, source) == 0)
        return f;
    }
  return NULL;
}

/* The funding of @f in @year (of @report's plan), or NULL when it has none on record. */
static char *
funding_amount (const OndReport        *report,
                const OndReportFunding *f,
                int                     year)
{
  int i = year - report->first_year;

  if (f == NULL || i < 0 || (guint) i >= f->amounts->len)
    return NULL;
  return money (g_array_index (f->amounts, gint64, i));
}

static void
compare_funding (GPtrArray       *changes,
                 const OndReport *then,
                 const OndReport *now,
                 int              first_year,
                 int              last_year)
{
  for (int pass = 0; pass < 2; pass++)
    {
      const OndReport *from = pass == 0 ? then : now;

      for (guint i = 0; i < from->funding->len; i++)
        {
          const OndReportFunding *f = g_ptr_array_index (from->funding, i);
          const OndReportFunding *a = pass == 0 ? f : find_funding (then, f->source);
          const OndReportFunding *b = pass == 0 ? find_funding (now, f->source) : f;

          /* A source in both is compared in the first pass. */
          if (pass == 1 && a != NULL)
            continue;
          for (int year = first_year; year <= last_year; year++)
            add (changes, "Begroting", g_strdup_printf ("Dekking %s, %d", f->label, year),
                 funding_amount (then, a, year), funding_amount (now, b, year));
        }
    }
}

static void
compare_budget (GPtrArray       *changes,
                const OndReport *then,
                const OndReport *now)
{
  int first = MIN (then->first_year, now->first_year);
  int last = MAX (then->last_year, now->last_year);

  for (guint i = 0; i < then->lines->len; i++)
    {
      const OndReportLine *l = g_ptr_array_index (then->lines, i);

      compare_line (changes, l, find_line (now, l->line_id), first, last);
    }
  for (guint i = 0; i < now->lines->len; i++)
    {
      const OndReportLine *l = g_ptr_array_index (now->lines, i);

      if (find_line (then, l->line_id) == NULL)
        compare_line (changes, NULL, l, first, last);
    }
  compare_funding (changes, then, now, first, last);
  compare_years (changes, then, now, first, last);
}

/* Case counts. */

static const OndCount *
find_count (GPtrArray  *counts,
            const char *code)
{
  for (guint i = 0; i < counts->len; i++)
    {
      const OndCount *c = g_ptr_array_index (counts, i);

      if (g_strcmp0 (c->code, code) == 0)
        return c;
    }
  return NULL;
}

static void
compare_counts (GPtrArray  *changes,
                const char *prefix,
                GPtrArray  *then,
                GPtrArray  *now)
{
  for (guint i = 0; i < then->len; i++)
    {
      const OndCount *a = g_ptr_array_index (then, i);
      const OndCount *b = find_count (now, a->code);

      add (changes, "Casussen", g_strdup_printf ("%s: %s", prefix, a->label),
           number (a->count), b != NULL ? number (b->count) : NULL);
    }
  for (guint i = 0; i < now->len; i++)
    {
      const OndCount *b = g_ptr_array_index (now, i);

      if (find_count (then, b->code) == NULL)
        add (changes, "Casussen", g_strdup_printf ("%s: %s", prefix, b->label),
             NULL, number (b->count));
    }
}

static const OndReportThemeCases *
find_theme_cases (const OndReport *report,
                  gint64           theme_id,
                  const char      *label)
{
  for (guint i = 0; i < report->cases_by_theme->len; i++)
    {
      const OndReportThemeCases *t = g_ptr_array_index (report->cases_by_theme, i);

      if (t->theme_id == theme_id && (theme_id != 0 || g_strcmp0 (t->label, label) == 0))
        return t;
    }
  return NULL;
}

/* The count of @t for status @code, by the statuses of @report; NULL when there is none. */
static char *
theme_status_count (const OndReport           *report,
                    const OndReportThemeCases *t,
                    const char                *code)
{
  if (t == NULL)
    return NULL;
  for (guint s = 0; s < report->case_statuses->len && s < t->counts->len; s++)
    {
      if (g_strcmp0 (((const OndCount *) g_ptr_array_index (report->case_statuses, s))->code,
                     code) == 0)
        return number (g_array_index (t->counts, gint64, s));
    }
  return NULL;
}

static void
compare_theme_cases (GPtrArray       *changes,
                     const OndReport *then,
                     const OndReport *now)
{
  for (int pass = 0; pass < 2; pass++)
    {
      const OndReport *from = pass == 0 ? then : now;
      const OndReport *other = pass == 0 ? now : then;

      for (guint i = 0; i < from->cases_by_theme->len; i++)
        {
          const OndReportThemeCases *t = g_ptr_array_index (from->cases_by_theme, i);
          const OndReportThemeCases *o = find_theme_cases (other, t->theme_id, t->label);

          if (pass == 1 && o != NULL)
            continue;
          for (guint s = 0; s < from->case_statuses->len; s++)
            {
              const OndCount *status = g_ptr_array_index (from->case_statuses, s);
              char *mine = theme_status_count (from, t, status->code);
              char *theirs = theme_status_count (other, o, status->code);

              add (changes, "Casussen", g_strdup_printf ("%s, %s", t->label, status->label),
                   pass == 0 ? mine : theirs, pass == 0 ? theirs : mine);
            }
        }
    }
}

/* Planning and pillars. */

static const OndReportPlanRow *
find_row (const OndReport *report,
          gint64           plan_item_id)
{
  for (guint t = 0; t < report->themes->len; t++)
    {
      const OndReportTheme *theme = g_ptr_array_index (report->themes, t);

      for (guint i = 0; i < theme->rows->len; i++)
        {
          const OndReportPlanRow *row = g_ptr_array_index (theme->rows, i);

          if (row->plan_item_id == plan_item_id)
            return row;
        }
    }
  return NULL;
}

static char *
row_state (const OndReportPlanRow *row)
{
  if (row == NULL)
    return NULL;
  return row->overdue ? g_strdup_printf ("%s (te laat)", row->status_label) :
                        g_strdup (row->status_label);
}

static void
compare_planning (GPtrArray       *changes,
                  const OndReport *then,
                  const OndReport *now)
{
  for (int pass = 0; pass < 2; pass++)
    {
      const OndReport *from = pass == 0 ? then : now;
      const OndReport *other = pass == 0 ? now : then;

      for (guint t = 0; t < from->themes->len; t++)
        {
          const OndReportTheme *theme = g_ptr_array_index (from->themes, t);

          for (guint i = 0; i < theme->rows->len; i++)
            {
              const OndReportPlanRow *row = g_ptr_array_index (theme->rows, i);
              const OndReportPlanRow *o = find_row (other, row->plan_item_id);

              if (pass == 1 && o != NULL)
                continue;
              add (changes, "Planning",
                   g_strdup_printf ("%d %s: %s", row->year, row->period, row->text),
                   row_state (pass == 0 ? row : o), row_state (pass == 0 ? o : row));
            }
        }
    }
}

static char *
progress_text (const OndPlanProgressCounts *counts)
{
  return g_strdup_printf ("%u van %u gereed", ond_plan_progress_counts_get_done (counts),
                          ond_plan_progress_counts_get_counted (counts));
}

static void
compare_pillars (GPtrArray       *changes,
                 const OndReport *then,
                 const OndReport *now)
{
  for (guint i = 0; i < then->pillars->len; i++)
    {
      const OndReportPillar *a = g_ptr_array_index (then->pillars, i);
      const OndReportPillar *b = NULL;

      for (guint j = 0; j < now->pillars->len && b == NULL; j++)
        {
          const OndReportPillar *p = g_ptr_array_index (now->pillars, j);

          if (p->number == a->number)
            b = p;
        }
      add (changes, "Pijlers", g_strdup_printf ("Pijler %d: acties", a->number),
           progress_text (&a->progress.actions),
           b != NULL ? progress_text (&b->progress.actions) : NULL);
      add (changes, "Pijlers", g_strdup_printf ("Pijler %d: planning %d", a->number, then->year),
           progress_text (&a->progress.planning),
           b != NULL ? progress_text (&b->progress.planning) : NULL);
      add (changes, "Toelichting", g_strdup_printf ("Pijler %d", a->number),
           g_strdup (a->explanation), b != NULL ? g_strdup (b->explanation) : NULL);
    }
}

/**
 * ond_report_compare:
 * @then: the report as it was recorded
 * @now: today's report (of the same plan and year)
 *
 * Lists what differs between the two: every figure per year, target and status; every
 * budget line per year (budgeted, committed, spent, remaining) and the year totals; the
 * case counts; the planning rows' status; the pillars' progress; the explanations.
 *
 * Returns: (transfer full) (element-type OndReportChange): the changes, in the report's
 *   order; empty when nothing changed
 */
GPtrArray *
ond_report_compare (const OndReport *then,
                    const OndReport *now)
{
  GPtrArray *changes;

  g_return_val_if_fail (then != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_report_change_free);
  compare_pillars (changes, then, now);
  compare_figures (changes, then, now);
  compare_planning (changes, then, now);
  compare_budget (changes, then, now);
  compare_counts (changes, "Status", then->case_statuses, now->case_statuses);
  compare_theme_cases (changes, then, now);
  compare_counts (changes, "Bron", then->cases_by_source, now->cases_by_source);
  compare_counts (changes, "Uitkomst", then->cases_by_outcome, now->cases_by_outcome);
  return changes;
}
