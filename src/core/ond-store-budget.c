/* ond-store-budget.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing a plan's budget, part one: the cost lines (kostenposten) with their ledger codes
 * and original amounts: added, renamed, deleted and put back after a delete. The budget
 * changes (begrotingswijzigingen), the only way an amount changes afterwards, are in
 * ond-store-budget-changes.c; the funding with its earmarks in ond-store-funding.c; what
 * the three share in ond-store-budget-shared.c. Every change is one transaction; a rule that
 * refuses rolls it back, so nothing is written. The rules and their error codes are listed
 * in ond-store-budget.h.
 */

#define G_LOG_DOMAIN "ond-store-budget"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-budget-private.h"
#include "ond-store-budget.h"
#include "ond-text.h"

/* Trimmed, or NULL when blank (an optional text such as the ledger code). */
static char *
trim_optional (const char *text)
{
  char *trimmed = _ond_store_budget_trim (text);

  if (*trimmed == '\0')
    g_clear_pointer (&trimmed, g_free);
  return trimmed;
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
          g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_NAME,
                       _("The plan already has a cost line “%s”."), other_name);
          return FALSE;
        }
      if (folded_code != NULL && !ond_statement_get_is_null (stmt, 2))
        {
          g_autofree char *folded_other_code = ond_text_fold (other_code);

          if (g_strcmp0 (folded_other_code, folded_code) == 0)
            {
              g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_LEDGER_CODE,
                           _("The ledger code “%s” is already used by the cost line “%s”."),
                           other_code, other_name);
              return FALSE;
            }
        }
    }
  return ok;
}

/* A line to write: a new one (after the plan's other lines, an amount for each year of the
 * plan) or one put back after a delete (its own id, place and years). */
typedef struct
{
  gint64        plan_id;
  gboolean      restoring;
  gint64        id;            /* of a line put back */
  int           position;      /* of a line put back */
  gint64        row_version;   /* of a line put back: the version it had */
  const char   *name;          /* trimmed, not blank */
  const char   *ledger_code;   /* trimmed; NULL for none */
  const int    *years;         /* NULL (a new line): the plan's years, first year first */
  const gint64 *amounts;
  guint         n_amounts;
} LineRow;

/* Refuses amounts below 0 or beyond the limit, a new line without one amount for each
 * year of the plan, and a line put back with an amount outside the plan's years. */
static gboolean
check_amounts (const LineRow  *row,
               int             first_year,
               int             last_year,
               GError        **error)
{
  if (row->years == NULL && row->n_amounts != (guint) (last_year - first_year + 1))
    {
      g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_AMOUNT,
                   _("A new cost line needs one amount for each year of the plan (%d–%d)."),
                   first_year, last_year);
      return FALSE;
    }
  for (guint i = 0; i < row->n_amounts; i++)
    {
      int year = row->years != NULL ? row->years[i] : first_year + (int) i;

      if (!_ond_store_budget_check_year (year, first_year, last_year, error))
        return FALSE;
      if (row->amounts[i] < 0)
        {
          g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_AMOUNT,
                       _("The amount for %d cannot be below € 0."), year);
          return FALSE;
        }
      if (!_ond_store_budget_check_limit (row->amounts[i], error))
        return FALSE;
    }
  return TRUE;
}

/* Refuses to put a line back under an id that is not one or that is taken. */
static gboolean
check_free_id (OndStore  *self,
               gint64     id,
               GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean taken;

  if (id <= 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Only a cost line that was stored can be put back."));
      return FALSE;
    }
  stmt = _ond_store_prepare (self, "SELECT 1 FROM budget_line WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, id, error)
      || !ond_statement_step (stmt, &taken, error))
    return FALSE;
  if (taken)
    g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                         _("A cost line with this number exists already, so the deleted one "
                           "cannot be put back."));
  return !taken;
}

/* Makes room for a line put back at @position: when a line added after the delete holds
 * that place, it and the lines after it move down one place. */
static gboolean
make_room (OndStore  *self,
           gint64     plan_id,
           int        position,
           GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                             "UPDATE budget_line SET position = position + 1"
                             " WHERE plan_id = ? AND position >= ?"
                             "   AND EXISTS (SELECT 1 FROM budget_line"
                             "               WHERE plan_id = ? AND position = ?)",
                             error);
  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, plan_id, error)
         && ond_statement_bind_int64 (stmt, 2, position, error)
         && ond_statement_bind_int64 (stmt, 3, plan_id, error)
         && ond_statement_bind_int64 (stmt, 4, position, error)
         && ond_statement_execute (stmt, error);
}

static gint64
write_line (OndStore       *self,
            const LineRow  *row,
            GError        **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  int first_year, last_year;
  gint64 id = row->id;

  if (!_ond_store_budget_plan_years (self, row->plan_id, &first_year, &last_year, error)
      || (row->restoring && !check_free_id (self, id, error))
      || !check_amounts (row, first_year, last_year, error)
      || !check_line_unique (self, row->plan_id, 0, row->name, row->ledger_code, error)
      || (row->restoring && !make_room (self, row->plan_id, row->position, error)))
    return 0;

  if (!row->restoring)
    stmt = _ond_store_prepare (self,
                               "INSERT INTO budget_line (plan_id, position, name, ledger_code)"
                               " VALUES (?, (SELECT coalesce(max(position), 0) + 1"
                               "             FROM budget_line WHERE plan_id = ?), ?, ?)"
                               " RETURNING id",
                               error);
  else
    stmt = _ond_store_prepare (self,
                               "INSERT INTO budget_line (plan_id, position, name, ledger_code,"
                               " id, row_version) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                               error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, row->plan_id, error)
      || !ond_statement_bind_int64 (stmt, 2, row->restoring ? row->position : row->plan_id,
                                    error)
      || !ond_statement_bind_text (stmt, 3, row->name, error)
      || (row->ledger_code != NULL ? !ond_statement_bind_text (stmt, 4, row->ledger_code, error)
                                   : !ond_statement_bind_null (stmt, 4, error))
      || (row->restoring && !ond_statement_bind_int64 (stmt, 5, id, error))
      || (row->restoring && !ond_statement_bind_int64 (stmt, 6, MAX (row->row_version, 1),
                                                       error))
      || !ond_statement_execute_returning (stmt, &id, error))
    return 0;

  g_clear_pointer (&stmt, ond_statement_free);
  stmt = _ond_store_prepare (self,
                             "INSERT INTO budget_amount (line_id, year, amount_cents)"
                             " VALUES (?, ?, ?)",
                             error);
  if (stmt == NULL)
    return 0;
  for (guint i = 0; i < row->n_amounts; i++)
    {
      int year = row->years != NULL ? row->years[i] : first_year + (int) i;

      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, id, error)
          || !ond_statement_bind_int64 (stmt, 2, year, error)
          || !ond_statement_bind_int64 (stmt, 3, row->amounts[i], error)
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
 * @error: return location for an error: %OND_BUDGET_ERROR for a field (NAME, LEDGER_CODE,
 *   AMOUNT), %OND_STORE_ERROR_NOT_FOUND for a plan that does not exist
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
  LineRow row = { plan_id, FALSE, 0, 0, 0, trimmed, code, NULL, amounts, n_amounts };
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (amounts != NULL || n_amounts == 0, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error))
    return 0;
  if (*trimmed == '\0')
    return _ond_store_budget_fail (error, OND_BUDGET_ERROR_NAME, _("A cost line needs a name."));

  if (!_ond_store_begin (self, error))
    return 0;
  id = write_line (self, &row, error);
  return _ond_store_budget_finish (self, id != 0, error) ? id : 0;
}

/* Renames the line and sets its ledger code. @row_version: the version the edit was opened
 * with (0 = not checked); the row's version moves on by 1. */
static gboolean
update_line (OndStore    *self,
             gint64       line_id,
             gint64       row_version,
             const char  *name,
             const char  *ledger_code,
             GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *old_name = NULL;
  gint64 plan_id;

  if (!_ond_store_budget_read_line (self, line_id, &plan_id, &old_name, error)
      || !check_line_unique (self, plan_id, line_id, name, ledger_code, error))
    return FALSE;

  stmt = _ond_store_prepare (self,
                             "UPDATE budget_line SET name = ?, ledger_code = ?,"
                             "  row_version = row_version + 1"
                             " WHERE id = ? AND (? = 0 OR row_version = ?)",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_text (stmt, 1, name, error)
      || (ledger_code != NULL ? !ond_statement_bind_text (stmt, 2, ledger_code, error)
                              : !ond_statement_bind_null (stmt, 2, error))
      || !ond_statement_bind_int64 (stmt, 3, line_id, error)
      || !ond_statement_bind_int64 (stmt, 4, row_version, error)
      || !ond_statement_bind_int64 (stmt, 5, row_version, error)
      || !ond_statement_execute (stmt, error))
    return FALSE;
  if (ond_statement_get_changes (stmt) == 0)
    {
      /* The row is there (read above, in this transaction): its version moved on. */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                   _("Someone else changed the cost line “%s” after you opened it. Nothing "
                     "has been saved."), old_name);
      return FALSE;
    }
  return TRUE;
}

/**
 * ond_store_update_budget_line:
 * @self: a #OndStore
 * @line_id: the line
 * @name: its new name (the rules of ond_store_add_budget_line())
 * @ledger_code: (nullable): its ledger code; NULL or blank for none
 * @error: return location for an error: %OND_BUDGET_ERROR_NAME or
 *   %OND_BUDGET_ERROR_LEDGER_CODE, %OND_STORE_ERROR_NOT_FOUND for a line that does not exist
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
    return _ond_store_budget_fail (error, OND_BUDGET_ERROR_NAME, _("A cost line needs a name."));

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_budget_finish (self, update_line (self, line_id, 0, trimmed, code, error),
                                   error);
}

/**
 * ond_store_save_budget_line_edit:
 * @self: a #OndStore
 * @opened: the line as ond_store_list_budget_lines() read it when the edit was opened
 * @name: its new name (the rules of ond_store_add_budget_line())
 * @ledger_code: (nullable): its ledger code; NULL or blank for none
 * @error: return location for an error
 *
 * Saves an edit of a line like ond_store_update_budget_line(), but only while the row still
 * has the row version of @opened: when someone else changed its name or ledger code since,
 * %OND_STORE_ERROR_CONFLICT (read it again, ond_store_compare_budget_line_edit()). A budget
 * change or a line put back before it does not count: the form holds neither.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_save_budget_line_edit (OndStore       *self,
                                 OndBudgetLine  *opened,
                                 const char     *name,
                                 const char     *ledger_code,
                                 GError        **error)
{
  g_autofree char *trimmed = _ond_store_budget_trim (name);
  g_autofree char *code = trim_optional (ledger_code);
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (OND_IS_BUDGET_LINE (opened), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_check_writable (self, error))
    return FALSE;
  if (*trimmed == '\0')
    return _ond_store_budget_fail (error, OND_BUDGET_ERROR_NAME, _("A cost line needs a name."));

  if (!_ond_store_begin (self, error))
    return FALSE;
  ok = update_line (self, ond_budget_line_get_id (opened),
                    MAX (ond_budget_line_get_row_version (opened), 1), trimmed, code, error);
  return _ond_store_budget_finish (self, ok, error);
}

/* Refuses to delete a line that bookings, budget changes, an earmark or an explanation for
 * the council refer to (OND_BUDGET_ERROR_IN_USE): deleting it would take them along or
 * leave them pointing nowhere, and an undo could not bring them back. */
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
                             "       (SELECT COUNT(*) FROM funding_line WHERE line_id = ?),"
                             "       (SELECT COUNT(*) FROM explanation WHERE line_id = ?)",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, line_id, error)
      || !ond_statement_bind_int64 (stmt, 2, line_id, error)
      || !ond_statement_bind_int64 (stmt, 3, line_id, error)
      || !ond_statement_bind_int64 (stmt, 4, line_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;

  if (ond_statement_get_int64 (stmt, 0) > 0)
    g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_IN_USE,
                 _("“%s” has bookings, so it cannot be deleted."), name);
  else if (ond_statement_get_int64 (stmt, 1) > 0)
    g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_IN_USE,
                 _("“%s” has budget changes, so it cannot be deleted."), name);
  else if (ond_statement_get_int64 (stmt, 2) > 0)
    g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_IN_USE,
                 _("Funding is earmarked for “%s”, so it cannot be deleted."), name);
  else if (ond_statement_get_int64 (stmt, 3) > 0)
    g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_IN_USE,
                 _("“%s” has an explanation for the council, so it cannot be deleted."), name);
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
 * Deletes a line with its original amounts: nothing else refers to a line that can be
 * deleted. A line with bookings, budget changes, a funding earmark or an explanation for the
 * council is refused with %OND_BUDGET_ERROR_IN_USE; one that does not exist with
 * %OND_STORE_ERROR_NOT_FOUND. ond_store_restore_budget_line() undoes it.
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

  /* _ond_store_begin () refuses a read-only store. */
  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_budget_finish (self, delete_line (self, line_id, error), error);
}

/**
 * ond_store_restore_budget_line:
 * @self: a #OndStore
 * @plan_id: the plan the line was part of
 * @line: the line as ond_store_list_budget_lines() read it before it was deleted
 * @error: return location for an error
 *
 * Puts a deleted line back (undo): its own id, its place among the plan's lines, its name,
 * ledger code, amount per year and row version (an edit opened before the delete saves
 * over it as over the line it opened). When a line added since holds its place, that line and
 * the ones after it move down one place. A line that could be deleted had no budget changes, so
 * its budget per year was its original amount, and that is what is written. The rules of
 * ond_store_add_budget_line() apply (the name and ledger code are still free, the amounts
 * 0 or more, in the plan's years); an id that is taken fails with %OND_STORE_ERROR_INVALID.
 *
 * Returns: the id of the line, or 0 with @error set (nothing written)
 */
gint64
ond_store_restore_budget_line (OndStore       *self,
                               gint64          plan_id,
                               OndBudgetLine  *line,
                               GError        **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *code = NULL;
  g_autofree gint64 *amounts = NULL;
  const int *years;
  guint n_years;
  LineRow row;
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_BUDGET_LINE (line), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error))
    return 0;
  trimmed = _ond_store_budget_trim (ond_budget_line_get_name (line));
  if (*trimmed == '\0')
    return _ond_store_budget_fail (error, OND_BUDGET_ERROR_NAME, _("A cost line needs a name."));
  code = trim_optional (ond_budget_line_get_ledger_code (line));
  years = ond_budget_line_get_years (line, &n_years);
  amounts = g_new0 (gint64, MAX (n_years, 1));
  for (guint i = 0; i < n_years; i++)
    amounts[i] = ond_budget_line_get_amount (line, years[i]);
  row = (LineRow) { plan_id, TRUE, ond_budget_line_get_id (line),
                    ond_budget_line_get_position (line), ond_budget_line_get_row_version (line),
                    trimmed, code, years, amounts, n_years };

  if (!_ond_store_begin (self, error))
    return 0;
  id = write_line (self, &row, error);
  return _ond_store_budget_finish (self, id != 0, error) ? id : 0;
}
