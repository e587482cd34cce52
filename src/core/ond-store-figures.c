/* ond-store-figures.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The monitoring figures (ond-store-figures.h): where the value of a year comes from
 * (entered by hand, frozen when the year was closed, or counted from the records now),
 * the monitoring table, the parts and months of a figure, and its targets. Counting is in
 * ond-store-figure-count.c, hand values in ond-store-figure-values.c, closing a year in
 * ond-store-year-close.c.
 */

#define G_LOG_DOMAIN "ond-store-figures"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-figures-private.h"

/* The value of one year of one figure and where it comes from. */
typedef struct
{
  OndFigureOrigin  origin;
  gint64           value;
  char            *source;      /* a hand value's source, else NULL */
  gint64           uncounted;   /* a hand value: the records that would count */
  GPtrArray       *parts;       /* counted or frozen, when asked: every part */
} Resolved;

static void
resolved_clear (Resolved *self)
{
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  self->origin = OND_FIGURE_ORIGIN_NONE;
  self->value = 0;
  self->uncounted = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Resolved, resolved_clear)

void
ond_figure_part_free (OndFigurePart *self)
{
  if (self == NULL)
    return;

  g_free (self->part);
  g_free (self->label);
  g_free (self);
}

/* The frozen values of @year: part -> gint64 *, or *@frozen NULL when the figure has no
 * frozen values for @year. */
static gboolean
read_frozen (OndStore     *self,
             gint64        indicator_id,
             int           year,
             GHashTable  **frozen,
             GError      **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GHashTable) values = NULL;
  gboolean has_row;
  gboolean ok;

  *frozen = NULL;
  stmt = _ond_store_prepare (self,
                             "SELECT part, value FROM indicator_frozen"
                             " WHERE indicator_id = ? AND year = ?",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, indicator_id, error) ||
      !ond_statement_bind_int64 (stmt, 2, year, error))
    return FALSE;

  values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      gint64 value = ond_statement_get_int64 (stmt, 1);

      g_hash_table_replace (values, g_strdup (ond_statement_get_text (stmt, 0)),
                            g_memdup2 (&value, sizeof value));
    }
  if (!ok)
    return FALSE;
  if (g_hash_table_size (values) > 0)
    *frozen = g_steal_pointer (&values);
  return TRUE;
}

/* Resolves @year of @indicator: a hand value wins; else the frozen values of a closed
 * year; else the count of the records from @counting_start on. With @areas, the parts of
 * a counted or frozen value are filled in too. */
static gboolean
resolve_year (OndStore                 *self,
              const OndFigureIndicator *indicator,
              int                       year,
              int                       counting_start,
              gboolean                  closed,
              GPtrArray                *areas,
              Resolved                 *out,
              GError                  **error)
{
  g_auto(OndFigureCount) count = { 0 };
  gboolean found;
  gint64 value;

  resolved_clear (out);

  if (!_ond_store_figure_hand_value (self, indicator->id, year, &found, &value, &out->source,
                                     error))
    return FALSE;
  if (found)
    {
      out->origin = OND_FIGURE_ORIGIN_MANUAL;
      out->value = value;
      if (year >= counting_start)
        {
          if (!_ond_store_count_figure (self, indicator, year, &count, error))
            return FALSE;
          out->uncounted = count.countable ? count.records : 0;
        }
      return TRUE;
    }

  if (closed)
    {
      g_autoptr(GHashTable) frozen = NULL;

      if (!read_frozen (self, indicator->id, year, &frozen, error))
        return FALSE;
      if (frozen != NULL)
        {
          const gint64 *total = g_hash_table_lookup (frozen, "");

          out->origin = OND_FIGURE_ORIGIN_FROZEN;
          out->value = total != NULL ? *total : 0;
          if (areas != NULL)
            out->parts = _ond_figure_parts_from_frozen (frozen, areas);
          return TRUE;
        }
    }

  if (year < counting_start)
    return TRUE;
  if (!_ond_store_count_figure (self, indicator, year, &count, error))
    return FALSE;
  if (count.countable)
    {
      out->origin = OND_FIGURE_ORIGIN_COUNTED;
      out->value = count.total;
      if (areas != NULL)
        out->parts = _ond_figure_parts_from_count (&count, areas);
    }
  return TRUE;
}

/* Resolves @year of the figure @code on its own (for the single-figure calls). */
static gboolean
resolve_code (OndStore    *self,
              const char  *code,
              int          year,
              gboolean     with_parts,
              Resolved    *out,
              GError     **error)
{
  g_autoptr(OndFigureIndicator) indicator = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  int counting_start;
  gboolean closed;

  indicator = _ond_store_find_indicator (self, code, error);
  if (indicator == NULL ||
      !_ond_store_figure_counting_start (self, &counting_start, error) ||
      !ond_store_is_year_closed (self, year, &closed, error))
    return FALSE;
  if (with_parts)
    {
      areas = _ond_store_list_figure_areas (self, error);
      if (areas == NULL)
        return FALSE;
    }
  return resolve_year (self, indicator, year, counting_start, closed, areas, out, error);
}

/* The target of @year: the sum of the targets the plan's planning rows of @year state for
 * the indicator; -1 when none does. */
static gboolean
figure_target (OndStore  *self,
               gint64     plan_id,
               gint64     indicator_id,
               int        year,
               gint64    *target,
               GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  *target = -1;
  stmt = _ond_store_prepare (self,
                             "SELECT COUNT(t.id), COALESCE(SUM(t.value), 0) FROM target t"
                             " JOIN plan_item pi ON pi.id = t.plan_item_id"
                             " WHERE pi.plan_id = ? AND pi.year = ? AND t.indicator_id = ?",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, plan_id, error) ||
      !ond_statement_bind_int64 (stmt, 2, year, error) ||
      !ond_statement_bind_int64 (stmt, 3, indicator_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (has_row && ond_statement_get_int64 (stmt, 0) > 0)
    *target = ond_statement_get_int64 (stmt, 1);
  return TRUE;
}

static gboolean
plan_years (OndStore  *self,
            gint64     plan_id,
            int       *first_year,
            int       *last_year,
            GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT first_year, last_year FROM plan WHERE id = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, plan_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                   _("The plan no longer exists."));
      return FALSE;
    }
  *first_year = (int) ond_statement_get_int64 (stmt, 0);
  *last_year = (int) ond_statement_get_int64 (stmt, 1);
  return TRUE;
}

/* Marks every year in which a figure with parts has a value that differs from the sum
 * of its parts (only when every part has a value). */
static void
mark_sum_mismatches (GPtrArray *indicators,
                     GPtrArray *figures,
                     int        first_year,
                     int        last_year)
{
  for (guint p = 0; p < indicators->len; p++)
    {
      const OndFigureIndicator *parent = g_ptr_array_index (indicators, p);
      OndFigure *parent_figure = g_ptr_array_index (figures, p);

      for (int year = first_year; year <= last_year; year++)
        {
          gboolean complete = TRUE;
          guint n_parts = 0;
          gint64 sum = 0;
          gint64 total;

          for (guint c = 0; c < indicators->len; c++)
            {
              const OndFigureIndicator *part = g_ptr_array_index (indicators, c);
              gint64 value;

              if (part->parent_id != parent->id)
                continue;
              n_parts++;
              if (ond_figure_get_value (g_ptr_array_index (figures, c), year, &value))
                sum += value;
              else
                complete = FALSE;
            }
          if (n_parts > 0 && complete && ond_figure_get_value (parent_figure, year, &total))
            ond_figure_set_sum_mismatch (parent_figure, year, total != sum);
        }
    }
}

/**
 * ond_store_list_figures:
 * @self: a #OndStore
 * @plan_id: the plan whose years and targets the table shows
 * @report_year: the year whose target, status and trend each figure gives
 * @today: the day to measure the running year on
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of #OndFigure, one per indicator in the
 *   indicators' order, with values for the plan's first year - 1 to its last year; or
 *   %NULL with @error set
 */
GListModel *
ond_store_list_figures (OndStore   *self,
                        gint64      plan_id,
                        int         report_year,
                        GDateTime  *today,
                        GError    **error)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autofree gboolean *closed = NULL;
  int counting_start;
  int first_year;
  int last_year;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!plan_years (self, plan_id, &first_year, &last_year, error) ||
      !_ond_store_figure_counting_start (self, &counting_start, error))
    return NULL;
  first_year--;
  indicators = _ond_store_list_figure_indicators (self, error);
  if (indicators == NULL)
    return NULL;

  closed = g_new0 (gboolean, last_year - first_year + 1);
  for (int year = first_year; year <= last_year; year++)
    {
      if (!ond_store_is_year_closed (self, year, &closed[year - first_year], error))
        return NULL;
    }

  figures = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < indicators->len; i++)
    {
      const OndFigureIndicator *indicator = g_ptr_array_index (indicators, i);
      OndFigure *figure = ond_figure_new (indicator->code, indicator->name, indicator->unit,
                                          indicator->parent_code, first_year, last_year,
                                          report_year);

      g_ptr_array_add (figures, figure);
      for (int year = first_year; year <= last_year; year++)
        {
          g_auto(Resolved) resolved = { 0 };

          if (!resolve_year (self, indicator, year, counting_start, closed[year - first_year],
                             NULL, &resolved, error))
            return NULL;
          ond_figure_set_year (figure, year, resolved.origin, resolved.value, resolved.source,
                               resolved.uncounted);
        }
    }
  mark_sum_mismatches (indicators, figures, first_year, last_year);

  store = g_list_store_new (OND_TYPE_FIGURE);
  for (guint i = 0; i < indicators->len; i++)
    {
      const OndFigureIndicator *indicator = g_ptr_array_index (indicators, i);
      OndFigure *figure = g_ptr_array_index (figures, i);
      gint64 target;

      if (!figure_target (self, plan_id, indicator->id, report_year, &target, error))
        return NULL;
      ond_figure_set_target (figure, target, today);
      g_list_store_append (store, figure);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * ond_store_get_figure:
 * @self: a #OndStore
 * @code: the code of an indicator
 * @year: a year
 * @value: (out): the value of @year, 0 when it has none
 * @origin: (out) (optional): where the value comes from
 * @error: return location for an error
 *
 * Returns: %TRUE on success; %FALSE with @error set (%OND_STORE_ERROR_NOT_FOUND for an
 *   unknown code)
 */
gboolean
ond_store_get_figure (OndStore         *self,
                      const char       *code,
                      int               year,
                      gint64           *value,
                      OndFigureOrigin  *origin,
                      GError          **error)
{
  g_auto(Resolved) resolved = { 0 };

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_code (self, code, year, FALSE, &resolved, error))
    return FALSE;
  *value = resolved.value;
  if (origin != NULL)
    *origin = resolved.origin;
  return TRUE;
}

/**
 * ond_store_list_figure_parts:
 * @self: a #OndStore
 * @code: the code of an indicator
 * @year: a year
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndFigurePart): the whole year, Q1..Q4, every
 *   area, each district together and the records without an area, for a counted or
 *   frozen value; only the whole year otherwise. %NULL with @error set.
 */
GPtrArray *
ond_store_list_figure_parts (OndStore    *self,
                             const char  *code,
                             int          year,
                             GError     **error)
{
  g_auto(Resolved) resolved = { 0 };
  g_autoptr(GPtrArray) parts = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!resolve_code (self, code, year, TRUE, &resolved, error))
    return NULL;

  parts = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_figure_part_free);
  if (resolved.parts == NULL)
    {
      OndFigurePart *whole = g_new0 (OndFigurePart, 1);

      whole->part = g_strdup ("");
      whole->label = g_strdup ("Geheel");
      whole->value = resolved.value;
      g_ptr_array_add (parts, whole);
      return g_steal_pointer (&parts);
    }

  /* Every part but the months, in their order. */
  for (guint i = 0; i < resolved.parts->len; i++)
    {
      OndFigurePart *part = g_ptr_array_index (resolved.parts, i);

      if (part->part[0] == 'M')
        continue;
      g_ptr_array_add (parts, g_steal_pointer (&resolved.parts->pdata[i]));
    }
  return g_steal_pointer (&parts);
}

/**
 * ond_store_get_figure_months:
 * @self: a #OndStore
 * @code: the code of an indicator
 * @year: a year
 * @months: (out caller-allocates): the value of every month, January first
 * @by_month: (out): whether the value of @year is known per month (counted or frozen)
 * @error: return location for an error
 *
 * Returns: %TRUE on success; %FALSE with @error set
 */
gboolean
ond_store_get_figure_months (OndStore    *self,
                             const char  *code,
                             int          year,
                             gint64       months[12],
                             gboolean    *by_month,
                             GError     **error)
{
  g_auto(Resolved) resolved = { 0 };

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (months != NULL, FALSE);
  g_return_val_if_fail (by_month != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (int m = 0; m < 12; m++)
    months[m] = 0;
  *by_month = FALSE;
  if (!resolve_code (self, code, year, TRUE, &resolved, error))
    return FALSE;
  if (resolved.parts == NULL)
    return TRUE;

  for (guint i = 0; i < resolved.parts->len; i++)
    {
      OndFigurePart *part = g_ptr_array_index (resolved.parts, i);
      gint64 month;

      if (part->part[0] != 'M')
        continue;
      month = g_ascii_strtoll (part->part + 1, NULL, 10);
      if (month >= 1 && month <= 12)
        months[month - 1] = part->value;
    }
  *by_month = TRUE;
  return TRUE;
}

/**
 * ond_store_get_figure_target:
 * @self: a #OndStore
 * @plan_id: the plan
 * @code: the code of an indicator
 * @year: a year of the plan
 * @target: (out): the sum of the targets of @year's planning rows for @code; -1 for none
 * @error: return location for an error
 *
 * Returns: %TRUE on success; %FALSE with @error set
 */
gboolean
ond_store_get_figure_target (OndStore    *self,
                             gint64       plan_id,
                             const char  *code,
                             int          year,
                             gint64      *target,
                             GError     **error)
{
  g_autoptr(OndFigureIndicator) indicator = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *target = -1;
  indicator = _ond_store_find_indicator (self, code, error);
  if (indicator == NULL)
    return FALSE;
  return figure_target (self, plan_id, indicator->id, year, target, error);
}
