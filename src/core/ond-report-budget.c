/* ond-report-budget.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The budget part of OndReport (ond-report.h): the reconciliation (ond_store_reconcile) of
 * the plan per line and year, and per year its totals and every flagged difference with
 * its explanation; and the funding per source. Bookings are only counted and added up:
 * the report names none of them.
 */

#define G_LOG_DOMAIN "ond-report"

#include "config.h"

#include <string.h>

#include "ond-booking.h"
#include "ond-budget-line.h"
#include "ond-funding.h"
#include "ond-report-private.h"

static OndReportDifference *
add_difference (GPtrArray               *to,
                OndReportDifferenceKind  kind,
                int                      year,
                gint64                   line_id,
                const char              *subject,
                gint64                   amount,
                GHashTable              *explanations)
{
  OndReportDifference *d = _ond_report_difference_new ();
  const char *text;

  d->kind = kind;
  d->year = year;
  d->line_id = line_id;
  d->label = g_strdup (_ond_report_difference_label (kind));
  d->subject = g_strdup (subject);
  d->amount = amount;
  if (line_id != 0)
    text = _ond_report_find_explanation (explanations, OND_EXPLANATION_BUDGET_LINE, line_id,
                                         year);
  else
    text = _ond_report_find_explanation (explanations, OND_EXPLANATION_YEAR, 0, year);
  d->explanation = g_strdup (text);
  d->explanation_missing = text == NULL;
  g_ptr_array_add (to, d);
  return d;
}

static void
add_lines (OndReport          *report,
           OndReconciliation  *rec,
           GHashTable         *explanations)
{
  GListModel *lines = ond_reconciliation_get_lines (rec);
  guint n = g_list_model_get_n_items (lines);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);
      OndReportLine *l = _ond_report_line_new ();
      const char *code = ond_budget_line_get_ledger_code (line);

      l->line_id = ond_budget_line_get_id (line);
      l->name = g_strdup (ond_budget_line_get_name (line));
      l->ledger_code = code != NULL && *code != '\0' ? g_strdup (code) : NULL;
      for (int year = report->first_year; year <= report->last_year; year++)
        {
          OndLineFigures f = { 0 };
          OndReportLineYear y = { 0 };

          if (!ond_reconciliation_get_line (rec, l->line_id, year, &f))
            f.percent_used = -1;
          y = (OndReportLineYear) { year, f.budget, f.committed, f.spent, f.remaining,
                                    f.percent_used, f.flags };
          g_array_append_val (l->years, y);
        }
      g_ptr_array_add (report->lines, l);
    }
}

/* The differences of a line in @year, into the year's list. */
static void
add_line_differences (OndReport          *report,
                      OndReportYear      *year,
                      GHashTable         *explanations)
{
  for (guint i = 0; i < report->lines->len; i++)
    {
      const OndReportLine *l = g_ptr_array_index (report->lines, i);
      const OndReportLineYear *f =
        &g_array_index (l->years, OndReportLineYear, year->year - report->first_year);

      if (f->flags & OND_LINE_FLAG_OVER_SPENT)
        add_difference (year->differences, OND_REPORT_DIFFERENCE_OVER_SPENT, year->year,
                        l->line_id, l->name, f->spent - f->budgeted, explanations);
      else if (f->flags & OND_LINE_FLAG_OVER_COMMITTED)
        add_difference (year->differences, OND_REPORT_DIFFERENCE_OVER_COMMITTED, year->year,
                        l->line_id, l->name, f->spent + f->committed - f->budgeted,
                        explanations);
    }
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* Bookings of @bookings (OndBooking) summed per year of their date, as differences of
 * @kind: in the year's list for a year of the plan, else in other_differences. */
static void
add_booking_differences (OndReport               *report,
                         GPtrArray               *bookings,
                         OndReportDifferenceKind  kind,
                         GHashTable              *explanations)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < bookings->len; i++)
    {
      int year = ond_booking_get_year (g_ptr_array_index (bookings, i));
      gboolean seen = FALSE;

      for (guint y = 0; y < years->len && !seen; y++)
        seen = g_array_index (years, int, y) == year;
      if (!seen)
        g_array_append_val (years, year);
    }
  g_array_sort (years, compare_ints);

  for (guint y = 0; y < years->len; y++)
    {
      int year = g_array_index (years, int, y);
      g_autofree char *subject = g_strdup_printf ("%d", year);
      OndReportDifference *d;
      GPtrArray *to;
      gint64 total = 0;
      guint n = 0;

      for (guint i = 0; i < bookings->len; i++)
        {
          OndBooking *booking = g_ptr_array_index (bookings, i);

          if (ond_booking_get_year (booking) != year)
            continue;
          total += ond_booking_get_amount (booking);
          n++;
        }
      if (year >= report->first_year && year <= report->last_year)
        to = ((OndReportYear *) g_ptr_array_index (report->years,
                                                   year - report->first_year))->differences;
      else
        to = report->other_differences;
      d = add_difference (to, kind, year, 0, subject, total, explanations);
      d->n_bookings = n;
    }
}

static void
add_year (OndReport          *report,
          OndReconciliation  *rec,
          int                 y,
          GHashTable         *explanations)
{
  OndReportYear *year = _ond_report_year_new ();
  g_autofree char *subject = g_strdup_printf ("%d", y);
  OndYearFigures f = { 0 };
  GPtrArray *earmarks = ond_reconciliation_get_earmarks (rec);

  ond_reconciliation_get_year (rec, y, &f);
  year->year = y;
  year->lines_total = f.lines_total;
  year->funding_total = f.funding_total;
  year->has_stated_total = f.has_stated_total;
  year->stated_total = f.has_stated_total ? f.stated_total : 0;
  year->spent = f.spent;
  year->committed = f.committed;
  year->remaining = f.remaining;
  g_ptr_array_add (report->years, year);

  add_line_differences (report, year, explanations);
  if (f.funding_difference != 0)
    add_difference (year->differences, OND_REPORT_DIFFERENCE_FUNDING, y, 0, subject,
                    f.funding_difference, explanations);
  if (f.has_stated_total && f.stated_vs_lines != 0)
    add_difference (year->differences, OND_REPORT_DIFFERENCE_STATED_LINES, y, 0, subject,
                    f.stated_vs_lines, explanations);
  if (f.has_stated_total && f.stated_vs_funding != 0)
    add_difference (year->differences, OND_REPORT_DIFFERENCE_STATED_FUNDING, y, 0, subject,
                    f.stated_vs_funding, explanations);
  for (guint i = 0; i < earmarks->len; i++)
    {
      const OndEarmarkFigures *e = g_ptr_array_index (earmarks, i);
      g_autofree char *what = NULL;

      if (e->year != y || !e->flagged)
        continue;
      what = e->earmark != NULL && *e->earmark != '\0' ?
             g_strdup_printf ("%s: %s", e->source_label, e->earmark) :
             g_strdup (e->source_label);
      add_difference (year->differences, OND_REPORT_DIFFERENCE_EARMARK, y, 0, what,
                      e->difference, explanations);
    }
}

static int
compare_differences (gconstpointer a,
                     gconstpointer b)
{
  const OndReportDifference *da = *(const OndReportDifference * const *) a;
  const OndReportDifference *db = *(const OndReportDifference * const *) b;

  if (da->year != db->year)
    return da->year < db->year ? -1 : 1;
  return (int) da->kind - (int) db->kind;
}

static OndReportFunding *
find_funding (OndReport  *report,
              const char *source)
{
  for (guint i = 0; i < report->funding->len; i++)
    {
      OndReportFunding *f = g_ptr_array_index (report->funding, i);

      if (g_strcmp0 (f->source, source) == 0)
        return f;
    }
  return NULL;
}

/* One row per source, in the order the sources first occur; funding outside the plan's
 * years is not part of its budget. */
static gboolean
add_funding (OndReport  *report,
             OndStore   *store,
             GError    **error)
{
  g_autoptr(GListModel) funding = ond_store_list_funding (store, report->plan_id, error);
  guint n_years = report->last_year - report->first_year + 1;
  guint n;

  if (funding == NULL)
    return FALSE;

  n = g_list_model_get_n_items (funding);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndFunding) item = g_list_model_get_item (funding, i);
      const char *source = ond_funding_get_source (item);
      const char *earmark = ond_funding_get_earmark (item);
      int year = ond_funding_get_year (item);
      OndReportFunding *row;

      if (year < report->first_year || year > report->last_year)
        continue;

      row = find_funding (report, source);
      if (row == NULL)
        {
          row = _ond_report_funding_new ();
          row->source = g_strdup (source);
          row->label = g_strdup (ond_funding_get_source_label (item));
          g_array_set_size (row->amounts, n_years);
          g_ptr_array_add (report->funding, row);
        }

      g_array_index (row->amounts, gint64, year - report->first_year) +=
        ond_funding_get_amount (item);
      if (earmark != NULL && *earmark != '\0' &&
          (row->earmarks == NULL || strstr (row->earmarks, earmark) == NULL))
        {
          char *earmarks = row->earmarks == NULL ? g_strdup (earmark) :
                           g_strconcat (row->earmarks, "; ", earmark, NULL);

          g_free (row->earmarks);
          row->earmarks = earmarks;
        }
    }
  return TRUE;
}

gboolean
_ond_report_gather_budget (OndReport   *report,
                           OndStore    *store,
                           GHashTable  *explanations,
                           GError     **error)
{
  g_autoptr(OndReconciliation) rec = ond_store_reconcile (store, report->plan_id, error);

  if (rec == NULL)
    return FALSE;

  add_lines (report, rec, explanations);
  for (int y = report->first_year; y <= report->last_year; y++)
    add_year (report, rec, y, explanations);
  add_booking_differences (report, ond_reconciliation_get_unmatched (rec),
                           OND_REPORT_DIFFERENCE_UNMATCHED, explanations);
  add_booking_differences (report, ond_reconciliation_get_outside (rec),
                           OND_REPORT_DIFFERENCE_OUTSIDE, explanations);
  g_ptr_array_sort (report->other_differences, compare_differences);
  return add_funding (report, store, error);
}
