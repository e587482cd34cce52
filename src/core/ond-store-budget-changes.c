/* ond-store-budget-changes.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Budget changes (begrotingswijzigingen): the only way a cost line's amount for a year
 * changes once the line exists. A change is dated, not 0, has a reason, keeps the line's
 * budget at 0 or more, and its year lies in the plan's period; who entered it is kept.
 * Listed oldest first, so the history reads as it happened.
 */

#define G_LOG_DOMAIN "ond-store-budget"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-date.h"
#include "ond-money.h"
#include "ond-store-budget-private.h"
#include "ond-store-budget.h"
#include "ond-text.h"

/* The first and last year a budget change may be dated in (the booking dates' range). */
#define FIRST_DATE_YEAR 2000
#define LAST_DATE_YEAR  2100

/* The budget of @line_id in @year now: the original amount plus the changes so far. */
static gboolean
read_line_budget (OndStore  *self,
                  gint64     line_id,
                  int        year,
                  gint64    *cents,
                  GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                             "SELECT coalesce((SELECT amount_cents FROM budget_amount"
                             "                 WHERE line_id = ? AND year = ?), 0)"
                             "     + coalesce((SELECT SUM(amount_cents) FROM budget_change"
                             "                 WHERE line_id = ? AND year = ?), 0)",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, line_id, error)
      || !ond_statement_bind_int64 (stmt, 2, year, error)
      || !ond_statement_bind_int64 (stmt, 3, line_id, error)
      || !ond_statement_bind_int64 (stmt, 4, year, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  *cents = has_row ? ond_statement_get_int64 (stmt, 0) : 0;
  return TRUE;
}

static gint64
insert_change (OndStore    *self,
               gint64       line_id,
               int          year,
               const char  *date,
               gint64       amount,
               const char  *reason,
               GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *name = NULL;
  gint64 plan_id, budget;
  int first_year, last_year;

  if (!_ond_store_budget_read_line (self, line_id, &plan_id, &name, error)
      || !_ond_store_budget_plan_years (self, plan_id, &first_year, &last_year, error)
      || !_ond_store_budget_check_year (year, first_year, last_year, error)
      || !read_line_budget (self, line_id, year, &budget, error))
    return 0;
  if (budget + amount < 0)
    {
      g_autofree char *now = ond_money_format (budget);
      g_autofree char *after = ond_money_format (budget + amount);

      g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_AMOUNT,
                   _("The budget of “%s” for %d is %s: this change would bring it to %s, and a "
                     "budget cannot be below € 0."), name, year, now, after);
      return 0;
    }
  if (!_ond_store_budget_check_limit (budget + amount, error))
    return 0;

  stmt = _ond_store_prepare (self,
                             "INSERT INTO budget_change (line_id, year, date, amount_cents,"
                             " reason, who) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, line_id, error)
      || !ond_statement_bind_int64 (stmt, 2, year, error)
      || !ond_statement_bind_text (stmt, 3, date, error)
      || !ond_statement_bind_int64 (stmt, 4, amount, error)
      || !ond_statement_bind_text (stmt, 5, reason, error)
      || !ond_statement_bind_text (stmt, 6, _ond_store_user (self), error))
    return 0;
  return ond_statement_insert (stmt, error);
}

/* The date of a budget change as ISO, refused when it is no date or lies outside the years
 * the database takes. */
static char *
parse_change_date (const char  *date,
                   GError     **error)
{
  g_autoptr(GError) date_error = NULL;
  g_autofree char *iso = NULL;
  int year;

  if (ond_text_is_blank (date))
    {
      _ond_store_budget_fail (error, OND_BUDGET_ERROR_DATE, _("A budget change needs a date."));
      return NULL;
    }
  if (!ond_date_parse (date, &iso, &date_error))
    {
      g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_DATE,
                   _("The date of the budget change is wrong: %s."), date_error->message);
      return NULL;
    }
  year = (int) g_ascii_strtoll (iso, NULL, 10);
  if (year < FIRST_DATE_YEAR || year > LAST_DATE_YEAR)
    {
      g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_DATE,
                   _("The date of a budget change lies between %d and %d."),
                   FIRST_DATE_YEAR, LAST_DATE_YEAR);
      return NULL;
    }
  return g_steal_pointer (&iso);
}

/**
 * ond_store_add_budget_change:
 * @self: a #OndStore
 * @line_id: the line whose budget changes
 * @year: the budget year that changes (a year of the plan)
 * @date: the date of the change, dd-mm-jjjj or ISO
 * @amount: the change in cents, positive or negative, not 0
 * @reason: why (not blank)
 * @error: return location for an error
 *
 * Records a begrotingswijziging, with the OS login name as who entered it. A refusal about
 * a field is in %OND_BUDGET_ERROR (DATE, AMOUNT, REASON, YEAR; AMOUNT too when the change
 * would bring the line's budget for @year below 0); a line that does not exist gives
 * %OND_STORE_ERROR_NOT_FOUND.
 *
 * Returns: the id of the change, or 0 with @error set (nothing written)
 */
gint64
ond_store_add_budget_change (OndStore    *self,
                             gint64       line_id,
                             int          year,
                             const char  *date,
                             gint64       amount,
                             const char  *reason,
                             GError     **error)
{
  g_autofree char *trimmed = _ond_store_budget_trim (reason);
  g_autofree char *iso = NULL;
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error))
    return 0;
  iso = parse_change_date (date, error);
  if (iso == NULL)
    return 0;
  if (amount == 0)
    return _ond_store_budget_fail (error, OND_BUDGET_ERROR_AMOUNT,
                                   _("A budget change of € 0 changes nothing."));
  if (!_ond_store_budget_check_limit (amount, error))
    return 0;
  if (*trimmed == '\0')
    return _ond_store_budget_fail (error, OND_BUDGET_ERROR_REASON,
                                   _("A budget change needs a reason."));

  if (!_ond_store_begin (self, error))
    return 0;
  id = insert_change (self, line_id, year, iso, amount, trimmed, error);
  return _ond_store_budget_finish (self, id != 0, error) ? id : 0;
}

/**
 * ond_store_list_budget_changes:
 * @self: a #OndStore
 * @plan_id: the plan
 * @line_id: one line of the plan, or 0 for all of them
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of #OndBudgetChange, oldest first (by date, then
 *   in the order they were entered), or %NULL with @error set
 */
GListModel *
ond_store_list_budget_changes (OndStore  *self,
                               gint64     plan_id,
                               gint64     line_id,
                               GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                             "SELECT c.id, c.line_id, l.name, c.year, c.date, c.amount_cents,"
                             "       c.reason, c.who"
                             " FROM budget_change AS c"
                             " JOIN budget_line AS l ON l.id = c.line_id"
                             " WHERE l.plan_id = ? AND (? = 0 OR c.line_id = ?)"
                             " ORDER BY c.date, c.id",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, plan_id, error)
      || !ond_statement_bind_int64 (stmt, 2, line_id, error)
      || !ond_statement_bind_int64 (stmt, 3, line_id, error))
    return NULL;

  list = g_list_store_new (OND_TYPE_BUDGET_CHANGE);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndBudgetChange) change = NULL;

      change = ond_budget_change_new (ond_statement_get_int64 (stmt, 0),
                                      ond_statement_get_int64 (stmt, 1),
                                      ond_statement_get_text (stmt, 2),
                                      (int) ond_statement_get_int64 (stmt, 3),
                                      ond_statement_get_text (stmt, 4),
                                      ond_statement_get_int64 (stmt, 5),
                                      ond_statement_get_text (stmt, 6),
                                      ond_statement_get_text (stmt, 7));
      g_list_store_append (list, change);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

