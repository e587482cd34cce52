/* ond-report-json-read.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The snapshot of an OndReport read back (ond_report_from_variant, ond_report_from_text):
 * the layout of ond-report-json.c. A field that is missing or of another type makes the
 * whole snapshot unreadable (OND_STORE_ERROR_INVALID, naming the field); only the strings
 * that may be NULL may be missing, and in a version 1 snapshot the fields version 2 added.
 */

#define G_LOG_DOMAIN "ond-report"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ond-report-private.h"

/* Reading. The first field that is missing or of another type is the error; after it,
 * every read gives 0 or NULL. */

typedef struct
{
  GError *error;
  guint   version;
} Reader;

/* Whether a field that version 2 added is missing (from a version 1 snapshot). */
static gboolean
is_older (Reader *r)
{
  return r->version < 2;
}

static GVariant *
lookup (Reader             *r,
        GVariant           *dict,
        const char         *key,
        const GVariantType *type,
        gboolean            optional)
{
  GVariant *value;

  if (r->error != NULL)
    return NULL;
  value = g_variant_lookup_value (dict, key, type);
  if (value == NULL && !optional)
    g_set_error (&r->error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                 _("The recorded figures cannot be read: “%s” is missing or damaged."), key);
  return value;
}

static char *
get_string (Reader     *r,
            GVariant   *dict,
            const char *key,
            gboolean    optional)
{
  g_autoptr(GVariant) v = lookup (r, dict, key, G_VARIANT_TYPE_STRING, optional);

  return v != NULL ? g_variant_dup_string (v, NULL) : NULL;
}

static int
get_int (Reader     *r,
         GVariant   *dict,
         const char *key)
{
  g_autoptr(GVariant) v = lookup (r, dict, key, G_VARIANT_TYPE_INT32, FALSE);

  return v != NULL ? g_variant_get_int32 (v) : 0;
}

static gint64
get_int64 (Reader     *r,
           GVariant   *dict,
           const char *key)
{
  g_autoptr(GVariant) v = lookup (r, dict, key, G_VARIANT_TYPE_INT64, FALSE);

  return v != NULL ? g_variant_get_int64 (v) : 0;
}

static gboolean
get_bool (Reader     *r,
          GVariant   *dict,
          const char *key)
{
  g_autoptr(GVariant) v = lookup (r, dict, key, G_VARIANT_TYPE_BOOLEAN, FALSE);

  return v != NULL ? g_variant_get_boolean (v) : FALSE;
}

static void
read_counts (const guint32          *values,
             OndPlanProgressCounts  *counts)
{
  counts->total = values[0];
  for (guint s = 0; s < OND_PLAN_PROGRESS_N_STATUSES; s++)
    counts->by_status[s] = values[1 + s];
  counts->overdue = values[1 + OND_PLAN_PROGRESS_N_STATUSES];
}

static void
get_progress (Reader          *r,
              GVariant        *dict,
              OndPlanProgress *progress)
{
  g_autoptr(GVariant) v = lookup (r, dict, "progress", G_VARIANT_TYPE ("au"), FALSE);
  const guint32 *values;
  gsize n = 0;

  memset (progress, 0, sizeof *progress);
  if (v == NULL)
    return;
  values = g_variant_get_fixed_array (v, &n, sizeof (guint32));
  if (n != OND_REPORT_PROGRESS_LENGTH)
    {
      g_set_error_literal (&r->error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("The recorded figures cannot be read: “progress” is damaged."));
      return;
    }
  read_counts (values, &progress->planning);
  read_counts (values + OND_REPORT_PROGRESS_LENGTH / 2, &progress->actions);
}

static void
get_counts (Reader     *r,
            GVariant   *dict,
            const char *key,
            GPtrArray  *to)
{
  g_autoptr(GVariant) v = lookup (r, dict, key, G_VARIANT_TYPE ("a(ssx)"), FALSE);
  GVariantIter iter;
  const char *code, *label;
  gint64 count;

  if (v == NULL)
    return;
  g_variant_iter_init (&iter, v);
  while (g_variant_iter_next (&iter, "(&s&sx)", &code, &label, &count))
    g_ptr_array_add (to, _ond_report_count_new (code, label, count));
}

typedef gpointer (*FromVariantFunc) (Reader   *r,
                                     GVariant *dict);

static void
get_list (Reader          *r,
          GVariant        *dict,
          const char      *key,
          GPtrArray       *to,
          FromVariantFunc  from_variant)
{
  g_autoptr(GVariant) v = lookup (r, dict, key, G_VARIANT_TYPE ("aa{sv}"), FALSE);
  gsize n;

  if (v == NULL)
    return;
  n = g_variant_n_children (v);
  for (gsize i = 0; i < n && r->error == NULL; i++)
    {
      g_autoptr(GVariant) child = g_variant_get_child_value (v, i);

      g_ptr_array_add (to, from_variant (r, child));
    }
}

static gpointer
pillar_from_variant (Reader   *r,
                     GVariant *d)
{
  OndReportPillar *p = _ond_report_pillar_new ();

  p->pillar_id = get_int64 (r, d, "pillar_id");
  p->number = get_int (r, d, "number");
  p->name = get_string (r, d, "name", FALSE);
  p->title = get_string (r, d, "title", FALSE);
  p->objective = get_string (r, d, "objective", FALSE);
  get_progress (r, d, &p->progress);
  p->explanation = get_string (r, d, "explanation", TRUE);
  return p;
}

static gpointer
figure_from_variant (Reader   *r,
                     GVariant *d)
{
  OndReportFigure *f = _ond_report_figure_new ();
  g_autoptr(GVariant) values = NULL;
  g_autoptr(GVariant) months = NULL;

  f->indicator_id = get_int64 (r, d, "indicator_id");
  f->code = get_string (r, d, "code", FALSE);
  f->name = get_string (r, d, "name", FALSE);
  f->unit = get_string (r, d, "unit", FALSE);
  f->parent_code = get_string (r, d, "parent_code", TRUE);
  values = lookup (r, d, "values", G_VARIANT_TYPE ("a(ibxi)"), FALSE);
  if (values != NULL)
    {
      GVariantIter iter;
      OndReportValue v;
      int origin;

      g_variant_iter_init (&iter, values);
      while (g_variant_iter_next (&iter, "(ibxi)", &v.year, &v.has_value, &v.value, &origin))
        {
          v.origin = (OndFigureOrigin) origin;
          g_array_append_val (f->values, v);
        }
    }
  f->target = get_int64 (r, d, "target");
  f->status = (OndFigureStatus) get_int (r, d, "status");
  f->status_label = get_string (r, d, "status_label", FALSE);
  f->behind = get_bool (r, d, "behind");
  f->explanation = get_string (r, d, "explanation", TRUE);
  f->explanation_missing = get_bool (r, d, "explanation_missing");
  months = lookup (r, d, "months", G_VARIANT_TYPE ("ax"), TRUE);
  if (months != NULL)
    {
      gsize n = 0;
      const gint64 *counts = g_variant_get_fixed_array (months, &n, sizeof (gint64));

      if (n != G_N_ELEMENTS (f->months))
        g_set_error_literal (&r->error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                             _("The recorded figures cannot be read: “months” is damaged."));
      else
        {
          memcpy (f->months, counts, sizeof f->months);
          f->by_month = TRUE;
        }
    }
  return f;
}

static gpointer
plan_row_from_variant (Reader   *r,
                       GVariant *d)
{
  OndReportPlanRow *row = _ond_report_plan_row_new ();

  row->plan_item_id = get_int64 (r, d, "plan_item_id");
  row->year = get_int (r, d, "year");
  row->period = get_string (r, d, "period", FALSE);
  row->text = get_string (r, d, "text", FALSE);
  row->owner = get_string (r, d, "owner", FALSE);
  row->status = get_string (r, d, "status", FALSE);
  row->status_label = get_string (r, d, "status_label", FALSE);
  row->overdue = get_bool (r, d, "overdue");
  row->targets = get_string (r, d, "targets", TRUE);
  if (!is_older (r))
    row->position = (guint) get_int (r, d, "position");
  return row;
}

static gpointer
theme_from_variant (Reader   *r,
                    GVariant *d)
{
  OndReportTheme *t = _ond_report_theme_new ();

  t->theme_id = get_int64 (r, d, "theme_id");
  t->name = get_string (r, d, "name", FALSE);
  get_progress (r, d, &t->progress);
  get_list (r, d, "rows", t->rows, plan_row_from_variant);
  return t;
}

static gpointer
line_from_variant (Reader   *r,
                   GVariant *d)
{
  OndReportLine *l = _ond_report_line_new ();
  g_autoptr(GVariant) years = NULL;

  l->line_id = get_int64 (r, d, "line_id");
  l->name = get_string (r, d, "name", FALSE);
  l->ledger_code = get_string (r, d, "ledger_code", TRUE);
  years = lookup (r, d, "years", G_VARIANT_TYPE ("a(ixxxxiu)"), FALSE);
  if (years != NULL)
    {
      GVariantIter iter;
      OndReportLineYear y;
      guint32 flags;

      g_variant_iter_init (&iter, years);
      while (g_variant_iter_next (&iter, "(ixxxxiu)", &y.year, &y.budgeted, &y.committed,
                                  &y.spent, &y.remaining, &y.percent_used, &flags))
        {
          y.flags = (OndLineFlags) flags;
          g_array_append_val (l->years, y);
        }
    }
  return l;
}

static gpointer
difference_from_variant (Reader   *r,
                         GVariant *d)
{
  OndReportDifference *x = _ond_report_difference_new ();

  x->kind = (OndReportDifferenceKind) get_int (r, d, "kind");
  x->year = get_int (r, d, "year");
  x->line_id = get_int64 (r, d, "line_id");
  x->label = get_string (r, d, "label", FALSE);
  x->subject = get_string (r, d, "subject", FALSE);
  x->amount = get_int64 (r, d, "amount");
  x->n_bookings = (guint) get_int64 (r, d, "n_bookings");
  x->explanation = get_string (r, d, "explanation", TRUE);
  x->explanation_missing = get_bool (r, d, "explanation_missing");
  return x;
}

static gpointer
year_from_variant (Reader   *r,
                   GVariant *d)
{
  OndReportYear *y = _ond_report_year_new ();

  y->year = get_int (r, d, "year");
  y->lines_total = get_int64 (r, d, "lines_total");
  y->funding_total = get_int64 (r, d, "funding_total");
  y->has_stated_total = get_bool (r, d, "has_stated_total");
  y->stated_total = get_int64 (r, d, "stated_total");
  y->spent = get_int64 (r, d, "spent");
  y->committed = get_int64 (r, d, "committed");
  y->remaining = get_int64 (r, d, "remaining");
  get_list (r, d, "differences", y->differences, difference_from_variant);
  return y;
}

static gpointer
theme_cases_from_variant (Reader   *r,
                          GVariant *d)
{
  OndReportThemeCases *t = _ond_report_theme_cases_new ();
  g_autoptr(GVariant) counts = NULL;

  t->theme_id = get_int64 (r, d, "theme_id");
  t->label = get_string (r, d, "label", FALSE);
  t->short_label = get_string (r, d, "short_label", TRUE);
  counts = lookup (r, d, "counts", G_VARIANT_TYPE ("ax"), FALSE);
  if (counts != NULL)
    {
      gsize n = 0;
      const gint64 *values = g_variant_get_fixed_array (counts, &n, sizeof (gint64));

      g_array_append_vals (t->counts, values, n);
    }
  t->total = get_int64 (r, d, "total");
  return t;
}

static gpointer
funding_from_variant (Reader   *r,
                      GVariant *d)
{
  OndReportFunding *f = _ond_report_funding_new ();
  g_autoptr(GVariant) amounts = NULL;

  f->source = get_string (r, d, "source", FALSE);
  f->label = get_string (r, d, "label", FALSE);
  amounts = lookup (r, d, "amounts", G_VARIANT_TYPE ("ax"), FALSE);
  if (amounts != NULL)
    {
      gsize n = 0;
      const gint64 *values = g_variant_get_fixed_array (amounts, &n, sizeof (gint64));

      g_array_append_vals (f->amounts, values, n);
    }
  f->earmarks = get_string (r, d, "earmarks", TRUE);
  return f;
}

static gpointer
menu_row_from_variant (Reader   *r,
                       GVariant *d)
{
  OndReportMenuRow *m = _ond_report_menu_row_new ();
  g_autoptr(GVariant) marks = NULL;

  m->name = get_string (r, d, "name", FALSE);
  marks = lookup (r, d, "marks", G_VARIANT_TYPE ("ab"), FALSE);
  if (marks != NULL)
    {
      GVariantIter iter;
      gboolean mark;

      g_variant_iter_init (&iter, marks);
      while (g_variant_iter_next (&iter, "b", &mark))
        g_array_append_val (m->marks, mark);
    }
  return m;
}

/* The menukaart: every row has a mark per menu partner. */
static void
get_menu (Reader    *r,
          GVariant  *dict,
          OndReport *self)
{
  g_autoptr(GVariant) partners = lookup (r, dict, "menu_partners", G_VARIANT_TYPE ("as"), FALSE);
  g_autofree const char **labels = NULL;
  gsize n = 0;

  if (partners == NULL)
    return;
  labels = g_variant_get_strv (partners, &n);
  for (gsize i = 0; i < n; i++)
    g_ptr_array_add (self->menu_partners, g_strdup (labels[i]));
  get_list (r, dict, "menu", self->menu, menu_row_from_variant);

  for (guint i = 0; i < self->menu->len && r->error == NULL; i++)
    {
      const OndReportMenuRow *m = g_ptr_array_index (self->menu, i);

      if (m->marks->len != n)
        g_set_error_literal (&r->error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                             _("The recorded figures cannot be read: “menu” is damaged."));
    }
}

/**
 * ond_report_from_variant:
 * @variant: a snapshot of ond_report_to_variant()
 * @error: return location for an error
 *
 * Returns: (transfer full): the report the snapshot holds, or %NULL with @error set
 *   (%OND_STORE_ERROR_INVALID: not a snapshot, damaged, or of a newer version)
 */
OndReport *
ond_report_from_variant (GVariant  *variant,
                         GError   **error)
{
  g_autoptr(OndReport) self = NULL;
  g_autoptr(GVariant) version = NULL;
  Reader r = { NULL };
  Reader *rp = &r;

  g_return_val_if_fail (variant != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_variant_is_of_type (variant, G_VARIANT_TYPE_VARDICT))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("The recorded figures cannot be read: they are not a report."));
      return NULL;
    }
  version = lookup (rp, variant, "version", G_VARIANT_TYPE_UINT32, FALSE);
  if (version != NULL)
    r.version = g_variant_get_uint32 (version);
  if (version != NULL && (r.version < 1 || r.version > OND_REPORT_SNAPSHOT_VERSION))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The recorded figures were kept by another version of Ondermijning "
                     "(layout %u) and cannot be read."), g_variant_get_uint32 (version));
      return NULL;
    }

  self = _ond_report_new ();
  self->plan_id = get_int64 (rp, variant, "plan_id");
  self->plan_title = get_string (rp, variant, "plan_title", FALSE);
  self->plan_objective = get_string (rp, variant, "plan_objective", FALSE);
  self->first_year = get_int (rp, variant, "first_year");
  self->last_year = get_int (rp, variant, "last_year");
  self->period_label = get_string (rp, variant, "period_label", FALSE);
  self->year = get_int (rp, variant, "year");
  self->date = get_string (rp, variant, "date", FALSE);
  get_progress (rp, variant, &self->progress);
  get_list (rp, variant, "pillars", self->pillars, pillar_from_variant);
  self->baseline_year = get_int (rp, variant, "baseline_year");
  get_list (rp, variant, "figures", self->figures, figure_from_variant);
  get_list (rp, variant, "themes", self->themes, theme_from_variant);
  get_list (rp, variant, "lines", self->lines, line_from_variant);
  get_list (rp, variant, "years", self->years, year_from_variant);
  get_list (rp, variant, "other_differences", self->other_differences,
            difference_from_variant);
  get_counts (rp, variant, "case_statuses", self->case_statuses);
  get_list (rp, variant, "cases_by_theme", self->cases_by_theme, theme_cases_from_variant);
  get_counts (rp, variant, "cases_by_source", self->cases_by_source);
  get_counts (rp, variant, "cases_by_outcome", self->cases_by_outcome);
  if (!is_older (rp))
    {
      get_list (rp, variant, "funding", self->funding, funding_from_variant);
      get_menu (rp, variant, self);
    }

  if (r.error != NULL)
    {
      g_propagate_error (error, r.error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * ond_report_from_text:
 * @text: a snapshot of ond_report_to_text()
 * @error: return location for an error
 *
 * Returns: (transfer full): the report the snapshot holds, or %NULL with @error set
 *   (%OND_STORE_ERROR_INVALID)
 */
OndReport *
ond_report_from_text (const char  *text,
                      GError     **error)
{
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GVariant) variant = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  variant = g_variant_parse (G_VARIANT_TYPE_VARDICT, text, NULL, NULL, &parse_error);
  if (variant == NULL)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The recorded figures cannot be read: %s"), parse_error->message);
      return NULL;
    }
  return ond_report_from_variant (variant, error);
}
