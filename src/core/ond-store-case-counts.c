/* ond-store-case-counts.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Counts of signals for monitoring: per year of the date received, whatever their status,
 * hidden (deleted) cases left out. Every value of the vocabulary is listed, with 0 where
 * there are none. Themes: those of the current plan, in its order, then any theme of
 * another plan that has signals that year, then "" for signals without a theme. Outcomes:
 * closed cases only, then "" for a closed case without an outcome. The labels are data in
 * Dutch, like the vocabularies they come from.
 */

#define G_LOG_DOMAIN "ond-store-case-counts"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-counts.h"
#include "ond-store-private.h"

/* Cases of one year: date_received between the first and the last day. */
#define IN_YEAR "c.deleted_at IS NULL AND c.date_received >= ? AND c.date_received <= ?"

void
ond_count_free (OndCount *self)
{
  if (self == NULL)
    return;

  g_free (self->code);
  g_free (self->label);
  g_free (self);
}

static OndCount *
count_new (const char *code,
           const char *label,
           gint64      count)
{
  OndCount *self = g_new0 (OndCount, 1);

  self->code = g_strdup (code);
  self->label = g_strdup (label);
  self->count = count;
  return self;
}

/* The SQL per kind of count. Each selects (code, label, count) and takes the first and
 * last day of the year as its two parameters. */
static const char *
count_sql (OndCaseCountBy by)
{
  switch (by)
    {
    case OND_CASE_COUNT_BY_SOURCE:
      return "SELECT v.code, v.label,"
             "  (SELECT COUNT(*) FROM case_file c WHERE c.source = v.code AND " IN_YEAR ")"
             " FROM case_source v ORDER BY v.position, v.code";

    case OND_CASE_COUNT_BY_STATUS:
      return "SELECT v.code, v.label,"
             "  (SELECT COUNT(*) FROM case_file c WHERE c.status = v.code AND " IN_YEAR ")"
             " FROM case_status v ORDER BY v.position, v.code";

    case OND_CASE_COUNT_BY_OUTCOME:
      return "SELECT code, label, n FROM ("
             "  SELECT v.code AS code, v.label AS label, v.position AS position,"
             "   (SELECT COUNT(*) FROM case_file c"
             "    WHERE c.status = 'gesloten' AND c.outcome = v.code AND " IN_YEAR ") AS n"
             "  FROM case_outcome v"
             "  UNION ALL"
             "  SELECT '', 'Geen uitkomst', 1000000000,"
             "   (SELECT COUNT(*) FROM case_file c"
             "    WHERE c.status = 'gesloten' AND c.outcome IS NULL AND " IN_YEAR ")) AS o"
             " ORDER BY position";

    case OND_CASE_COUNT_BY_THEME:
      return "WITH current_plan AS (SELECT id FROM plan"
             "   ORDER BY state = 'current' DESC, last_year DESC, first_year DESC, id DESC"
             "   LIMIT 1),"
             " counted AS (SELECT c.theme_id AS theme_id, COUNT(*) AS n FROM case_file c"
             "   WHERE " IN_YEAR " GROUP BY c.theme_id)"
             " SELECT code, label, n FROM ("
             "  SELECT CAST(t.id AS TEXT) AS code, t.name AS label, COALESCE(k.n, 0) AS n,"
             "   CASE WHEN t.plan_id IN (SELECT id FROM current_plan) THEN 0 ELSE 1 END"
             "    AS other_plan,"
             "   t.plan_id AS plan_id, t.position AS position, t.id AS id"
             "  FROM theme t LEFT JOIN counted k ON k.theme_id = t.id"
             "  WHERE t.plan_id IN (SELECT id FROM current_plan) OR k.n > 0"
             "  UNION ALL"
             "  SELECT '', 'Geen thema',"
             "   COALESCE((SELECT n FROM counted WHERE theme_id IS NULL), 0), 2, 0, 0, 0) AS r"
             " ORDER BY other_plan, plan_id, position, id";

    default:
      g_return_val_if_reached (NULL);
    }
}

/* Binds the first and last day of @year to every pair of parameters of @stmt. */
static gboolean
bind_year (OndStatement  *stmt,
           int            year,
           int            n_pairs,
           GError       **error)
{
  g_autofree char *first = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *last = g_strdup_printf ("%04d-12-31", year);

  for (int i = 0; i < n_pairs; i++)
    {
      if (!ond_statement_bind_text (stmt, 2 * i + 1, first, error) ||
          !ond_statement_bind_text (stmt, 2 * i + 2, last, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ond_store_count_cases:
 * @self: a #OndStore
 * @year: the year of the date received
 * @by: what to count by
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndCount): the counts, every value of the
 *   vocabulary in its order (see the top of this file), or %NULL with @error set
 */
GPtrArray *
ond_store_count_cases (OndStore        *self,
                       int              year,
                       OndCaseCountBy   by,
                       GError         **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  const char *sql;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sql = count_sql (by);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = _ond_store_prepare (self, sql, error);
  if (stmt == NULL ||
      !bind_year (stmt, year, by == OND_CASE_COUNT_BY_OUTCOME ? 2 : 1, error))
    return NULL;

  counts = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_count_free);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    g_ptr_array_add (counts, count_new (ond_statement_get_text (stmt, 0),
                                        ond_statement_get_text (stmt, 1),
                                        ond_statement_get_int64 (stmt, 2)));
  if (!ok)
    return NULL;
  return g_steal_pointer (&counts);
}

/**
 * ond_store_count_signals:
 * @self: a #OndStore
 * @year: the year of the date received
 * @count: (out): the number of signals received in @year, whatever their status
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_count_signals (OndStore  *self,
                         int        year,
                         gint64    *count,
                         GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = _ond_store_prepare (self, "SELECT COUNT(*) FROM case_file c WHERE " IN_YEAR, error);
  if (stmt == NULL ||
      !bind_year (stmt, year, 1, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  *count = has_row ? ond_statement_get_int64 (stmt, 0) : 0;
  return TRUE;
}
