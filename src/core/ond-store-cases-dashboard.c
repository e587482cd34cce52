/* ond-store-cases-dashboard.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cases of the casusoverleg as the dashboard shows them: counted, or only the first few, so
 * that a file of 100,000 cases opens as fast as a small one. The follow-ups that are due:
 * the first @limit by date and how many there are (each one query; ond_store_list_due_cases
 * lists them all); and the cases in a status, counted on its index. */

#define G_LOG_DOMAIN "ond-store-cases-dashboard"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case.h"
#include "ond-date.h"
#include "ond-store-cases.h"
#include "ond-store-private.h"

/* What makes a case due: open, not hidden, its next follow-up on or before the day. */
#define DUE_WHERE \
  " WHERE c.deleted_at IS NULL AND c.status NOT IN ('gesloten', 'afgevoerd')" \
  "  AND c.next_follow_up_date <= ?"

/* @date as ISO, or NULL with @error set. */
static char *
parse_day (const char  *date,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *iso = NULL;

  if (!ond_date_parse (date, &iso, &local_error))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The date is not valid: %s"), local_error->message);
      return NULL;
    }
  return g_steal_pointer (&iso);
}

/**
 * ond_store_list_first_due_cases:
 * @self: a #OndStore
 * @date: the day (ISO or dd-mm-jjjj), usually today
 * @limit: at most this many cases; 0 for all of them
 * @error: return location for an error
 *
 * The first @limit of the cases ond_store_list_due_cases() lists, in its order: the open
 * cases whose next follow-up is on or before @date, earliest first (then by reference).
 *
 * Returns: (transfer full): a #GListModel of #OndCase, or %NULL with @error set
 */
GListModel *
ond_store_list_first_due_cases (OndStore    *self,
                                const char  *date,
                                guint        limit,
                                GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autofree char *iso = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((iso = parse_day (date, error)) == NULL)
    return NULL;

  /* No limit: the largest there is (LIMIT -1 is SQLite's only). */
  stmt = _ond_store_prepare (self,
                             "SELECT " OND_STORE_CASE_COLUMNS " FROM " OND_STORE_CASE_FROM
                             DUE_WHERE
                             " ORDER BY next_follow_up, c.reference LIMIT ?",
                             error);
  if (stmt == NULL || !ond_statement_bind_text (stmt, 1, iso, error) ||
      !ond_statement_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : G_MAXINT64,
                                 error))
    return NULL;

  list = g_list_store_new (OND_TYPE_CASE);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndCase) item = _ond_store_read_case_row (stmt);

      g_list_store_append (list, item);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_count_due_cases:
 * @self: a #OndStore
 * @date: the day (ISO or dd-mm-jjjj), usually today
 * @n_due: (out): return location for the number of cases
 * @error: return location for an error
 *
 * Counts the cases ond_store_list_due_cases() would list, without reading them.
 *
 * Returns: %TRUE on success; on error @n_due is 0
 */
gboolean
ond_store_count_due_cases (OndStore    *self,
                           const char  *date,
                           guint       *n_due,
                           GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *iso = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (n_due != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *n_due = 0;
  if ((iso = parse_day (date, error)) == NULL)
    return FALSE;

  stmt = _ond_store_prepare (self, "SELECT COUNT(*) FROM case_file c" DUE_WHERE, error);
  if (stmt == NULL || !ond_statement_bind_text (stmt, 1, iso, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;

  *n_due = has_row ? (guint) ond_statement_get_int64 (stmt, 0) : 0;
  return TRUE;
}

/**
 * ond_store_count_cases_in_status:
 * @self: a #OndStore
 * @status: a code of the case_status vocabulary, e.g. "gewogen"
 * @n_cases: (out): return location for the number of cases
 * @error: return location for an error
 *
 * Counts the cases in @status, hidden (deleted) ones not included: what the case list
 * filtered on @status holds, without listing them.
 *
 * Returns: %TRUE on success; on error @n_cases is 0
 */
gboolean
ond_store_count_cases_in_status (OndStore    *self,
                                 const char  *status,
                                 guint       *n_cases,
                                 GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (status != NULL, FALSE);
  g_return_val_if_fail (n_cases != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *n_cases = 0;
  stmt = _ond_store_prepare (self,
                             "SELECT COUNT(*) FROM case_file"
                             " WHERE status = ? AND deleted_at IS NULL",
                             error);
  if (stmt == NULL || !ond_statement_bind_text (stmt, 1, status, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;

  *n_cases = has_row ? (guint) ond_statement_get_int64 (stmt, 0) : 0;
  return TRUE;
}
