/* ond-store-budget-lines-read.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading cost lines: a plan's lines for the budget, or one line as it is now (what the
 * cost line form compares with when its save was refused, ond-store-budget-conflict.c).
 * Both read the same columns with one query that differs only in its WHERE.
 */

#define G_LOG_DOMAIN "ond-store-budget"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-line.h"
#include "ond-store-budget.h"
#include "ond-store-private.h"

/* One row per line and year, the lines in order: a line ends where the next begins. A
 * year's budget is the original amount plus the budget changes of that year (never
 * overwritten: ond-store-budget.c). */
#define LINES_SQL(where)                                                        \
  "SELECT l.id, l.position, l.name, l.ledger_code, a.year,"                     \
  "       a.amount_cents, l.row_version"                                        \
  " FROM budget_line AS l"                                                      \
  " LEFT JOIN (SELECT line_id, year, SUM(amount_cents) AS amount_cents"         \
  "            FROM (SELECT line_id, year, amount_cents"                        \
  "                  FROM budget_amount"                                        \
  "                  UNION ALL"                                                 \
  "                  SELECT line_id, year, amount_cents"                        \
  "                  FROM budget_change) AS parts"                              \
  "            GROUP BY line_id, year) AS a ON a.line_id = l.id"                \
  " WHERE " where                                                               \
  " ORDER BY l.position, l.id, a.year"

/* The lines of the rows of @stmt (LINES_SQL with its parameter bound), in their order. */
static GListModel *
read_lines (OndStatement  *stmt,
            GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (OND_TYPE_BUDGET_LINE);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *name = NULL;
  g_autofree char *ledger_code = NULL;
  gint64 line_id = 0;
  gint64 position = 0;
  gint64 row_version = 0;
  gboolean has_row;

  for (;;)
    {
      gint64 id = 0;

      if (!ond_statement_step (stmt, &has_row, error))
        return NULL;
      if (has_row)
        id = ond_statement_get_int64 (stmt, 0);

      if (line_id != 0 && (!has_row || id != line_id))
        {
          g_autoptr(OndBudgetLine) line = NULL;

          line = ond_budget_line_new (line_id, (int) position, name, ledger_code,
                                      (const int *) years->data,
                                      (const gint64 *) amounts->data,
                                      years->len, row_version);
          g_list_store_append (list, line);
          g_array_set_size (years, 0);
          g_array_set_size (amounts, 0);
        }
      if (!has_row)
        break;

      if (id != line_id)
        {
          line_id = id;
          position = ond_statement_get_int64 (stmt, 1);
          g_free (name);
          name = g_strdup (ond_statement_get_text (stmt, 2));
          g_free (ledger_code);
          ledger_code = g_strdup (ond_statement_get_text (stmt, 3));
          row_version = ond_statement_get_int64 (stmt, 6);
        }
      if (!ond_statement_get_is_null (stmt, 4))
        {
          int year = (int) ond_statement_get_int64 (stmt, 4);
          gint64 amount = ond_statement_get_int64 (stmt, 5);

          g_array_append_val (years, year);
          g_array_append_val (amounts, amount);
        }
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_list_budget_lines:
 * @self: a #OndStore
 * @plan_id: the id of a plan
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of the #OndBudgetLine<!-- -->s of the plan in the
 *   budget's order, each with its budget per year (the original amount plus that year's
 *   budget changes), or %NULL with @error set
 */
GListModel *
ond_store_list_budget_lines (OndStore  *self,
                             gint64     plan_id,
                             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self, LINES_SQL ("l.plan_id = ?"), error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, plan_id, error))
    return NULL;
  return read_lines (stmt, error);
}

/**
 * ond_store_get_budget_line:
 * @self: a #OndStore
 * @line_id: the line
 * @error: return location for an error
 *
 * Returns: (transfer full): the line as it is now, with its amounts per year and row version,
 *   or %NULL with @error set (%OND_STORE_ERROR_NOT_FOUND when it is gone)
 */
OndBudgetLine *
ond_store_get_budget_line (OndStore  *self,
                           gint64     line_id,
                           GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListModel) lines = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self, LINES_SQL ("l.id = ?"), error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, line_id, error))
    return NULL;
  lines = read_lines (stmt, error);
  if (lines == NULL)
    return NULL;
  if (g_list_model_get_n_items (lines) == 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The cost line does not exist (any more)."));
      return NULL;
    }
  return g_list_model_get_item (lines, 0);
}
