/* ond-store-budget.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing a plan's budget, part one: the cost lines (kostenposten) with their ledger codes
 * and original amounts, and what the budget files share. The budget changes
 * (begrotingswijzigingen), the only way an amount changes afterwards, are in
 * ond-store-budget-changes.c; the funding with its earmarks in ond-store-funding.c. Every
 * change is one transaction; a rule that refuses rolls it back, so nothing is written. The
 * rules are listed in ond-store-budget.h.
 */

#define G_LOG_DOMAIN "ond-store-budget"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-money.h"
#include "ond-store-bookings.h"
#include "ond-store-budget-private.h"
#include "ond-store-budget.h"
#include "ond-text.h"

char *
_ond_store_budget_trim (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* Trimmed, or NULL when blank (an optional text such as the ledger code). */
static char *
trim_optional (const char *text)
{
  char *trimmed = _ond_store_budget_trim (text);

  if (*trimmed == '\0')
    g_clear_pointer (&trimmed, g_free);
  return trimmed;
}

gboolean
_ond_store_budget_fail (GError    **error,
                        const char *message)
{
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID, message);
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
  g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
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
  g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
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

/* Refuses a name that another line of the plan has apart from case and accents, and a
 * ledger code (when given) that another line of the plan has. @except_id: the line itself
 * (0 for a new one). */
static gboolean
check_line_unique (OndStore    *self,
                   gint64       plan_id,
                   gint64       except_id,
                   const char  *name,
                   const char  *ledger_code,
                   GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *folded_name = ond_text_fold (name);
  g_autofree char *folded_code = ledger_code != NULL ? ond_text_fold (ledger_code) : NULL;
  gboolean has_row;
  gboolean ok;

  stmt = _ond_store_prepare (self,
                             "SELECT id, name, ledger_code FROM budget_line WHERE plan_id = ?",
                             error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, plan_id, error))
    return FALSE;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      const char *other_name = ond_statement_get_text (stmt, 1);
      const char *other_code = ond_statement_get_text (stmt, 2);
      g_autofree char *folded_other = NULL;

      if (ond_statement_get_int64 (stmt, 0) == except_id)
        continue;
      folded_other = ond_text_fold (other_name);
      if (g_strcmp0 (folded_other, folded_name) == 0)
        {
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                       _("The plan already has a cost line “%s”."), other_name);
          return FALSE;
        }
      if (folded_code != NULL && !ond_statement_get_is_null (stmt, 2))
        {
          g_autofree char *folded_other_code = ond_text_fold (other_code);

          if (g_strcmp0 (folded_other_code, folded_code) == 0)
            {
              g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("The ledger code “%s” is already used by the cost line “%s”."),
                           other_code, other_name);
              return FALSE;
            }
        }
    }
  return ok;
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

static gint64
insert_line (OndStore      *self,
             gint64         plan_id,
             const char    *name,
             const char    *ledger_code,
             const gint64  *amounts,
             guint          n_amounts,
             GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  int first_year, last_year;
  gint64 id;

  if (!_ond_store_budget_plan_years (self, plan_id, &first_year, &last_year, error))
    return 0;
  if (n_amounts != (guint) (last_year - first_year + 1))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("A new cost line needs one amount for each year of the plan (%d–%d)."),
                   first_year, last_year);
      return 0;
    }
  for (guint i = 0; i < n_amounts; i++)
    {
      if (amounts[i] < 0)
        {
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                       _("The amount for %d cannot be below € 0."), first_year + (int) i);
          return 0;
        }
      if (!_ond_store_budget_check_limit (amounts[i], error))
        return 0;
    }
  if (!check_line_unique (self, plan_id, 0, name, ledger_code, error))
    return 0;

  stmt = _ond_store_prepare (self,
                             "INSERT INTO budget_line (plan_id, position, name, ledger_code)"
                             " VALUES (?, (SELECT coalesce(max(position), 0) + 1"
                             "             FROM budget_line WHERE plan_id = ?), ?, ?)",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, plan_id, error)
      || !ond_statement_bind_int64 (stmt, 2, plan_id, error)
      || !ond_statement_bind_text (stmt, 3, name, error)
      || (ledger_code != NULL ? !ond_statement_bind_text (stmt, 4, ledger_code, error)
                              : !ond_statement_bind_null (stmt, 4, error))
      || !ond_statement_execute (stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (_ond_store_get_db (self));

  g_clear_pointer (&stmt, ond_statement_free);
  stmt = _ond_store_prepare (self,
                             "INSERT INTO budget_amount (line_id, year, amount_cents)"
                             " VALUES (?, ?, ?)",
                             error);
  if (stmt == NULL)
    return 0;
  for (guint i = 0; i < n_amounts; i++)
    {
      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, id, error)
          || !ond_statement_bind_int64 (stmt, 2, first_year + (int) i, error)
          || !ond_statement_bind_int64 (stmt, 3, amounts[i], error)
          || !ond_statement_execute (stmt, error))
        return 0;
    }
  return id;
}

/**
 * ond_store_add_budget_line:
 * @self: a #OndStore
 * @plan_id: the plan the line is part of
 * @name: the name of the cost line (trimmed; not blank, unique in the plan apart from case
 *   and accents)
 * @ledger_code: (nullable): its ledger code; NULL or blank for none, else unique in the plan
 * @amounts: (array length=n_amounts): the original amount in cents for each year of the
 *   plan, first year first (0 or more)
 * @n_amounts: the number of years of the plan
 * @error: return location for an error
 *
 * Adds a cost line after the plan's other lines.
 *
 * Returns: the id of the new line, or 0 with @error set (nothing written)
 */
gint64
ond_store_add_budget_line (OndStore      *self,
                           gint64         plan_id,
                           const char    *name,
                           const char    *ledger_code,
                           const gint64  *amounts,
                           guint          n_amounts,
                           GError       **error)
{
  g_autofree char *trimmed = _ond_store_budget_trim (name);
  g_autofree char *code = trim_optional (ledger_code);
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (amounts != NULL || n_amounts == 0, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error))
    return 0;
  if (*trimmed == '\0')
    return _ond_store_budget_fail (error, _("A cost line needs a name."));

  if (!_ond_store_begin (self, error))
    return 0;
  id = insert_line (self, plan_id, trimmed, code, amounts, n_amounts, error);
  return _ond_store_budget_finish (self, id != 0, error) ? id : 0;
}

static gboolean
update_line (OndStore    *self,
             gint64       line_id,
             const char  *name,
             const char  *ledger_code,
             GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gint64 plan_id;

  if (!_ond_store_budget_read_line (self, line_id, &plan_id, NULL, error)
      || !check_line_unique (self, plan_id, line_id, name, ledger_code, error))
    return FALSE;

  stmt = _ond_store_prepare (self, "UPDATE budget_line SET name = ?, ledger_code = ? WHERE id = ?",
                             error);
  return stmt != NULL
         && ond_statement_bind_text (stmt, 1, name, error)
         && (ledger_code != NULL ? ond_statement_bind_text (stmt, 2, ledger_code, error)
                                 : ond_statement_bind_null (stmt, 2, error))
         && ond_statement_bind_int64 (stmt, 3, line_id, error)
         && ond_statement_execute (stmt, error);
}

/**
 * ond_store_update_budget_line:
 * @self: a #OndStore
 * @line_id: the line
 * @name: its new name (the rules of ond_store_add_budget_line())
 * @ledger_code: (nullable): its ledger code; NULL or blank for none
 * @error: return location for an error
 *
 * Renames a line and sets its ledger code. Its amounts stay: they change only through
 * budget changes.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_update_budget_line (OndStore    *self,
                              gint64       line_id,
                              const char  *name,
                              const char  *ledger_code,
                              GError     **error)
{
  g_autofree char *trimmed = _ond_store_budget_trim (name);
  g_autofree char *code = trim_optional (ledger_code);

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_check_writable (self, error))
    return FALSE;
  if (*trimmed == '\0')
    return _ond_store_budget_fail (error, _("A cost line needs a name."));

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_budget_finish (self, update_line (self, line_id, trimmed, code, error), error);
}

/* Refuses to delete a line that bookings, budget changes or an earmark refer to. */
static gboolean
check_line_unused (OndStore    *self,
                   gint64       line_id,
                   const char  *name,
                   GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                             "SELECT (SELECT COUNT(*) FROM booking WHERE line_id = ?),"
                             "       (SELECT COUNT(*) FROM budget_change WHERE line_id = ?),"
                             "       (SELECT COUNT(*) FROM funding_line WHERE line_id = ?)",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, line_id, error)
      || !ond_statement_bind_int64 (stmt, 2, line_id, error)
      || !ond_statement_bind_int64 (stmt, 3, line_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;

  if (ond_statement_get_int64 (stmt, 0) > 0)
    g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                 _("“%s” has bookings, so it cannot be deleted."), name);
  else if (ond_statement_get_int64 (stmt, 1) > 0)
    g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                 _("“%s” has budget changes, so it cannot be deleted."), name);
  else if (ond_statement_get_int64 (stmt, 2) > 0)
    g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                 _("Funding is earmarked for “%s”, so it cannot be deleted."), name);
  else
    return TRUE;
  return FALSE;
}

static gboolean
delete_line (OndStore  *self,
             gint64     line_id,
             GError   **error)
{
  g_autofree char *name = NULL;
  gint64 plan_id;

  return _ond_store_budget_read_line (self, line_id, &plan_id, &name, error)
         && check_line_unused (self, line_id, name, error)
         && _ond_store_budget_execute_for_id (self, "DELETE FROM budget_amount WHERE line_id = ?",
                                              line_id, error)
         && _ond_store_budget_execute_for_id (self, "DELETE FROM budget_line WHERE id = ?",
                                              line_id, error);
}

/**
 * ond_store_delete_budget_line:
 * @self: a #OndStore
 * @line_id: the line
 * @error: return location for an error
 *
 * Deletes a line with its original amounts. A line with bookings, budget changes or a
 * funding earmark is refused with %OND_STORE_ERROR_INVALID.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_delete_budget_line (OndStore  *self,
                              gint64     line_id,
                              GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_budget_finish (self, delete_line (self, line_id, error), error);
}

