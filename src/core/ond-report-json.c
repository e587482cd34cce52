/* ond-report-json.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The snapshot of an OndReport (ond-report.h): the figures a council report used, kept
 * with its record (ond-store-council-reports.h). Not JSON (json-glib is not a dependency)
 * but a GVariant: a vardict per struct, so that the printed text names every field, and
 * g_variant_print (with types) / g_variant_parse give back exactly what was printed.
 *
 * Layout (version OND_REPORT_SNAPSHOT_VERSION): the report's fields under their own names;
 * a string that is NULL is left out; progress is "au" of 14 numbers (planning rows: total,
 * the five statuses, overdue; then the same for actions); a figure's values "a(ibxi)"
 * (year, has value, value, origin); a line's years "a(ixxxxiu)" (year, budgeted, committed,
 * spent, remaining, percent used, flags); counts "a(ssx)" (code, label, count); a figure's
 * "months" "ax" (12 numbers, only when it is counted per month); the lists of structs
 * "aa{sv}". Reading it back: ond-report-json-read.c.
 *
 * Version 2 added a planning row's "targets" and "position", a theme's "short_label" in
 * the case counts, the "funding" per source
 * (amounts "ax" over the plan's years), "menu_partners" "as" and the "menu" (marks "ab",
 * one per menu partner): what the workbook shows besides the report. A version 1 snapshot
 * reads back without them (a PDF is made again from it; a workbook is not).
 */

#define G_LOG_DOMAIN "ond-report"

#include "config.h"

#include "ond-report-private.h"

/* Writing. */

static void
put_string (GVariantDict *dict,
            const char   *key,
            const char   *value)
{
  if (value != NULL)
    g_variant_dict_insert_value (dict, key, g_variant_new_string (value));
}

static void
put_int (GVariantDict *dict,
         const char   *key,
         int           value)
{
  g_variant_dict_insert_value (dict, key, g_variant_new_int32 (value));
}

static void
put_int64 (GVariantDict *dict,
           const char   *key,
           gint64        value)
{
  g_variant_dict_insert_value (dict, key, g_variant_new_int64 (value));
}

static void
put_bool (GVariantDict *dict,
          const char   *key,
          gboolean      value)
{
  g_variant_dict_insert_value (dict, key, g_variant_new_boolean (value));
}

static void
append_counts (GVariantBuilder             *b,
               const OndPlanProgressCounts *counts)
{
  g_variant_builder_add (b, "u", counts->total);
  for (guint s = 0; s < OND_PLAN_PROGRESS_N_STATUSES; s++)
    g_variant_builder_add (b, "u", counts->by_status[s]);
  g_variant_builder_add (b, "u", counts->overdue);
}

static void
put_progress (GVariantDict          *dict,
              const OndPlanProgress *progress)
{
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE ("au"));
  append_counts (&b, &progress->planning);
  append_counts (&b, &progress->actions);
  g_variant_dict_insert_value (dict, "progress", g_variant_builder_end (&b));
}

static void
put_counts (GVariantDict *dict,
            const char   *key,
            GPtrArray    *counts)
{
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(ssx)"));
  for (guint i = 0; i < counts->len; i++)
    {
      const OndCount *c = g_ptr_array_index (counts, i);

      g_variant_builder_add (&b, "(ssx)", c->code, c->label, c->count);
    }
  g_variant_dict_insert_value (dict, key, g_variant_builder_end (&b));
}

typedef GVariant *(*ToVariantFunc) (gconstpointer item);

static void
put_list (GVariantDict  *dict,
          const char    *key,
          GPtrArray     *items,
          ToVariantFunc  to_variant)
{
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; i < items->len; i++)
    g_variant_builder_add_value (&b, to_variant (g_ptr_array_index (items, i)));
  g_variant_dict_insert_value (dict, key, g_variant_builder_end (&b));
}

static GVariant *
pillar_to_variant (gconstpointer item)
{
  const OndReportPillar *p = item;
  g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (NULL);

  put_int64 (&d, "pillar_id", p->pillar_id);
  put_int (&d, "number", p->number);
  put_string (&d, "name", p->name);
  put_string (&d, "title", p->title);
  put_string (&d, "objective", p->objective);
  put_progress (&d, &p->progress);
  put_string (&d, "explanation", p->explanation);
  return g_variant_dict_end (&d);
}

static GVariant *
figure_to_variant (gconstpointer item)
{
  const OndReportFigure *f = item;
  g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (NULL);
  GVariantBuilder b;

  put_int64 (&d, "indicator_id", f->indicator_id);
  put_string (&d, "code", f->code);
  put_string (&d, "name", f->name);
  put_string (&d, "unit", f->unit);
  put_string (&d, "parent_code", f->parent_code);
  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(ibxi)"));
  for (guint i = 0; i < f->values->len; i++)
    {
      const OndReportValue *v = &g_array_index (f->values, OndReportValue, i);

      g_variant_builder_add (&b, "(ibxi)", v->year, v->has_value, v->value, (int) v->origin);
    }
  g_variant_dict_insert_value (&d, "values", g_variant_builder_end (&b));
  put_int64 (&d, "target", f->target);
  put_int (&d, "status", (int) f->status);
  put_string (&d, "status_label", f->status_label);
  put_bool (&d, "behind", f->behind);
  put_string (&d, "explanation", f->explanation);
  put_bool (&d, "explanation_missing", f->explanation_missing);
  if (f->by_month)
    g_variant_dict_insert_value (&d, "months",
                                 g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, f->months,
                                                            G_N_ELEMENTS (f->months),
                                                            sizeof (gint64)));
  return g_variant_dict_end (&d);
}

static GVariant *
plan_row_to_variant (gconstpointer item)
{
  const OndReportPlanRow *r = item;
  g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (NULL);

  put_int64 (&d, "plan_item_id", r->plan_item_id);
  put_int (&d, "year", r->year);
  put_string (&d, "period", r->period);
  put_string (&d, "text", r->text);
  put_string (&d, "owner", r->owner);
  put_string (&d, "status", r->status);
  put_string (&d, "status_label", r->status_label);
  put_bool (&d, "overdue", r->overdue);
  put_string (&d, "targets", r->targets);
  put_int (&d, "position", (int) r->position);
  return g_variant_dict_end (&d);
}

static GVariant *
theme_to_variant (gconstpointer item)
{
  const OndReportTheme *t = item;
  g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (NULL);

  put_int64 (&d, "theme_id", t->theme_id);
  put_string (&d, "name", t->name);
  put_progress (&d, &t->progress);
  put_list (&d, "rows", t->rows, plan_row_to_variant);
  return g_variant_dict_end (&d);
}

static GVariant *
line_to_variant (gconstpointer item)
{
  const OndReportLine *l = item;
  g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (NULL);
  GVariantBuilder b;

  put_int64 (&d, "line_id", l->line_id);
  put_string (&d, "name", l->name);
  put_string (&d, "ledger_code", l->ledger_code);
  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(ixxxxiu)"));
  for (guint i = 0; i < l->years->len; i++)
    {
      const OndReportLineYear *y = &g_array_index (l->years, OndReportLineYear, i);

      g_variant_builder_add (&b, "(ixxxxiu)", y->year, y->budgeted, y->committed, y->spent,
                             y->remaining, y->percent_used, (guint32) y->flags);
    }
  g_variant_dict_insert_value (&d, "years", g_variant_builder_end (&b));
  return g_variant_dict_end (&d);
}

static GVariant *
difference_to_variant (gconstpointer item)
{
  const OndReportDifference *x = item;
  g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (NULL);

  put_int (&d, "kind", (int) x->kind);
  put_int (&d, "year", x->year);
  put_int64 (&d, "line_id", x->line_id);
  put_string (&d, "label", x->label);
  put_string (&d, "subject", x->subject);
  put_int64 (&d, "amount", x->amount);
  put_int64 (&d, "n_bookings", x->n_bookings);
  put_string (&d, "explanation", x->explanation);
  put_bool (&d, "explanation_missing", x->explanation_missing);
  return g_variant_dict_end (&d);
}

static GVariant *
year_to_variant (gconstpointer item)
{
  const OndReportYear *y = item;
  g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (NULL);

  put_int (&d, "year", y->year);
  put_int64 (&d, "lines_total", y->lines_total);
  put_int64 (&d, "funding_total", y->funding_total);
  put_bool (&d, "has_stated_total", y->has_stated_total);
  put_int64 (&d, "stated_total", y->stated_total);
  put_int64 (&d, "spent", y->spent);
  put_int64 (&d, "committed", y->committed);
  put_int64 (&d, "remaining", y->remaining);
  put_list (&d, "differences", y->differences, difference_to_variant);
  return g_variant_dict_end (&d);
}

static GVariant *
theme_cases_to_variant (gconstpointer item)
{
  const OndReportThemeCases *t = item;
  g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (NULL);

  put_int64 (&d, "theme_id", t->theme_id);
  put_string (&d, "label", t->label);
  put_string (&d, "short_label", t->short_label);
  g_variant_dict_insert_value (&d, "counts",
                               g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, t->counts->data,
                                                          t->counts->len, sizeof (gint64)));
  put_int64 (&d, "total", t->total);
  return g_variant_dict_end (&d);
}

static GVariant *
funding_to_variant (gconstpointer item)
{
  const OndReportFunding *f = item;
  g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (NULL);

  put_string (&d, "source", f->source);
  put_string (&d, "label", f->label);
  g_variant_dict_insert_value (&d, "amounts",
                               g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, f->amounts->data,
                                                          f->amounts->len, sizeof (gint64)));
  put_string (&d, "earmarks", f->earmarks);
  return g_variant_dict_end (&d);
}

static GVariant *
menu_row_to_variant (gconstpointer item)
{
  const OndReportMenuRow *m = item;
  g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (NULL);
  GVariantBuilder b;

  put_string (&d, "name", m->name);
  g_variant_builder_init (&b, G_VARIANT_TYPE ("ab"));
  for (guint i = 0; i < m->marks->len; i++)
    g_variant_builder_add (&b, "b", g_array_index (m->marks, gboolean, i));
  g_variant_dict_insert_value (&d, "marks", g_variant_builder_end (&b));
  return g_variant_dict_end (&d);
}

/**
 * ond_report_to_variant:
 * @self: a report
 *
 * Returns: (transfer full): the snapshot of @self, a vardict (see the top of this file)
 */
GVariant *
ond_report_to_variant (const OndReport *self)
{
  g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  g_variant_dict_insert_value (&d, "version", g_variant_new_uint32 (OND_REPORT_SNAPSHOT_VERSION));
  put_int64 (&d, "plan_id", self->plan_id);
  put_string (&d, "plan_title", self->plan_title);
  put_string (&d, "plan_objective", self->plan_objective);
  put_int (&d, "first_year", self->first_year);
  put_int (&d, "last_year", self->last_year);
  put_string (&d, "period_label", self->period_label);
  put_int (&d, "year", self->year);
  put_string (&d, "date", self->date);
  put_progress (&d, &self->progress);
  put_list (&d, "pillars", self->pillars, pillar_to_variant);
  put_int (&d, "baseline_year", self->baseline_year);
  put_list (&d, "figures", self->figures, figure_to_variant);
  put_list (&d, "themes", self->themes, theme_to_variant);
  put_list (&d, "lines", self->lines, line_to_variant);
  put_list (&d, "years", self->years, year_to_variant);
  put_list (&d, "other_differences", self->other_differences, difference_to_variant);
  put_counts (&d, "case_statuses", self->case_statuses);
  put_list (&d, "cases_by_theme", self->cases_by_theme, theme_cases_to_variant);
  put_counts (&d, "cases_by_source", self->cases_by_source);
  put_counts (&d, "cases_by_outcome", self->cases_by_outcome);
  put_list (&d, "funding", self->funding, funding_to_variant);
  g_variant_dict_insert_value (&d, "menu_partners",
                               g_variant_new_strv ((const char * const *) self->menu_partners->pdata,
                                                   self->menu_partners->len));
  put_list (&d, "menu", self->menu, menu_row_to_variant);
  return g_variant_ref_sink (g_variant_dict_end (&d));
}

/**
 * ond_report_to_text:
 * @self: a report
 *
 * Returns: (transfer full): the snapshot of @self as text (GVariant text format, with types)
 */
char *
ond_report_to_text (const OndReport *self)
{
  g_autoptr(GVariant) variant = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  variant = ond_report_to_variant (self);
  return g_variant_print (variant, TRUE);
}
