/* ond-store-budget-shared.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files that edit a budget share (ond-store-budget-private.h): the error domain of
 * the budget's rules, trimming, the checks of an amount's limit and of a year of the plan,
 * reading a plan's period and a line, and ending a write's transaction.
 */

#define G_LOG_DOMAIN "ond-store-budget"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-money.h"
#include "ond-store-bookings.h"
#include "ond-store-budget-private.h"

G_DEFINE_QUARK (ond-budget-error-quark, ond_budget_error)

char *
_ond_store_budget_trim (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

gboolean
_ond_store_budget_fail (GError         **error,
                        OndBudgetError   code,
                        const char      *message)
{
  g_set_error_literal (error, OND_BUDGET_ERROR, code, message);
  return FALSE;
}

gboolean
_ond_store_budget_check_limit (gint64   amount,
                               GError **error)
{
  g_autofree char *limit = NULL;

  if (amount <= OND_BOOKING_MAX_AMOUNT && amount >= -OND_BOOKING_MAX_AMOUNT)
    return TRUE;
  limit = ond_money_format (OND_BOOKING_MAX_AMOUNT);
  g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_AMOUNT,
               _("An amount beyond %s is not accepted: is it a typing error?"), limit);
  return FALSE;
}

gboolean
_ond_store_budget_plan_years (OndStore  *self,
                              gint64     plan_id,
                              int       *first_year,
                              int       *last_year,
                              GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT first_year, last_year FROM plan WHERE id = ?",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, plan_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The plan does not exist (any more)."));
      return FALSE;
    }
  *first_year = (int) ond_statement_get_int64 (stmt, 0);
  *last_year = (int) ond_statement_get_int64 (stmt, 1);
  return TRUE;
}

gboolean
_ond_store_budget_check_year (int       year,
                              int       first_year,
                              int       last_year,
                              GError  **error)
{
  if (year >= first_year && year <= last_year)
    return TRUE;
  g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_YEAR,
               _("%d is not a year of the plan (%d–%d)."), year, first_year, last_year);
  return FALSE;
}

gboolean
_ond_store_budget_read_line (OndStore  *self,
                             gint64     line_id,
                             gint64    *plan_id,
                             char     **name,
                             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT plan_id, name FROM budget_line WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, line_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The cost line does not exist (any more)."));
      return FALSE;
    }
  *plan_id = ond_statement_get_int64 (stmt, 0);
  if (name != NULL)
    *name = g_strdup (ond_statement_get_text (stmt, 1));
  return TRUE;
}

gboolean
_ond_store_budget_execute_for_id (OndStore    *self,
                                  const char  *sql,
                                  gint64       id,
                                  GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);

  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, id, error)
         && ond_statement_execute (stmt, error);
}

gboolean
_ond_store_budget_finish (OndStore  *self,
                          gboolean   ok,
                          GError   **error)
{
  if (ok && _ond_store_commit (self, error))
    return TRUE;
  _ond_store_rollback (self);
  return FALSE;
}
