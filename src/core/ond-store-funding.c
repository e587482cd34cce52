/* ond-store-funding.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The funding of a plan: per year and source (taakveld 1.2, RIEC, other) an amount and
 * an earmark: the text of what it is for, and the cost lines of the plan it may pay for
 * (none = any line). Added, changed, deleted, and put back after a delete (undo) under the
 * rules of an add.
 */

#define G_LOG_DOMAIN "ond-store-budget"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-budget-private.h"
#include "ond-store-budget.h"
#include "ond-store-plan-conflict.h"
#include "ond-text.h"

/* Refuses a source of funding that is not in the vocabulary. */
static gboolean
check_source (OndStore    *self,
              const char  *source,
              GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT 1 FROM funding_source WHERE code = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_text (stmt, 1, source, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_SOURCE,
                 _("“%s” is not a source of funding."), source);
  return has_row;
}

/* Refuses to change funding that does not exist or belongs to another plan. */
static gboolean
check_funding_of_plan (OndStore  *self,
                       gint64     id,
                       gint64     plan_id,
                       GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT plan_id FROM funding WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (has_row && ond_statement_get_int64 (stmt, 0) == plan_id)
    return TRUE;
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("The funding does not exist (any more)."));
  return FALSE;
}

/* Refuses an earmark for a line that does not exist or belongs to another plan. */
static gboolean
check_earmarked_lines (OndStore      *self,
                       gint64         plan_id,
                       const gint64  *line_ids,
                       guint          n_lines,
                       GError       **error)
{
  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *name = NULL;
      gint64 line_plan_id;

      if (!_ond_store_budget_read_line (self, line_ids[i], &line_plan_id, &name, &local_error))
        {
          if (!g_error_matches (local_error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          return _ond_store_budget_fail (error, OND_BUDGET_ERROR_LINES,
                                         _("A cost line the funding is earmarked for does "
                                           "not exist (any more)."));
        }
      if (line_plan_id != plan_id)
        {
          g_set_error (error, OND_BUDGET_ERROR, OND_BUDGET_ERROR_LINES,
                       _("“%s” is a cost line of another plan: funding can only be earmarked "
                         "for the lines of its own plan."), name);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_funding_lines (OndStore      *self,
                     gint64         id,
                     const gint64  *line_ids,
                     guint          n_lines,
                     GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  if (!_ond_store_budget_execute_for_id (self, "DELETE FROM funding_line WHERE funding_id = ?",
                                         id, error))
    return FALSE;
  stmt = _ond_store_prepare (self, "INSERT INTO funding_line (funding_id, line_id) VALUES (?, ?)",
                             error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_lines; i++)
    {
      gboolean repeated = FALSE;

      /* A line named twice is earmarked once. */
      for (guint j = 0; j < i && !repeated; j++)
        repeated = line_ids[j] == line_ids[i];
      if (repeated)
        continue;
      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, id, error)
          || !ond_statement_bind_int64 (stmt, 2, line_ids[i], error)
          || !ond_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Refuses to put funding back under an id that is not one or that is taken. */
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
                           _("Only funding that was stored can be put back."));
      return FALSE;
    }
  stmt = _ond_store_prepare (self, "SELECT 1 FROM funding WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, id, error)
      || !ond_statement_step (stmt, &taken, error))
    return FALSE;
  if (taken)
    g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                         _("Funding with this number exists already, so the deleted funding "
                           "cannot be put back."));
  return !taken;
}

/* Funding to write: a new row (@id 0), a change of row @id, or a row put back after a
 * delete under its own @id (@restoring). @row_version: for a change, the version the edit
 * was opened with (0 = not checked); for a row put back, the version it had (0 = 1). */
typedef struct
{
  gint64        plan_id;
  gboolean      restoring;
  gint64        id;
  gint64        row_version;
  int           year;
  const char   *source;
  gint64        amount;
  const char   *earmark;
  const gint64 *line_ids;
  guint         n_lines;
} FundingRow;

static gint64
write_funding (OndStore          *self,
               const FundingRow  *row,
               GError           **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  int first_year, last_year;
  gint64 id = row->id;

  if (!_ond_store_budget_plan_years (self, row->plan_id, &first_year, &last_year, error)
      || (row->restoring && !check_free_id (self, id, error))
      || (id != 0 && !row->restoring && !check_funding_of_plan (self, id, row->plan_id, error))
      || !_ond_store_budget_check_year (row->year, first_year, last_year, error)
      || !check_source (self, row->source, error)
      || !check_earmarked_lines (self, row->plan_id, row->line_ids, row->n_lines, error))
    return 0;

  if (id == 0)
    stmt = _ond_store_prepare (self,
                               "INSERT INTO funding (year, source, amount_cents, earmark, plan_id)"
                               " VALUES (?, ?, ?, ?, ?) RETURNING id",
                               error);
  else if (row->restoring)
    stmt = _ond_store_prepare (self,
                               "INSERT INTO funding (year, source, amount_cents, earmark, plan_id,"
                               " id, row_version) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                               error);
  else
    /* As a case's intervention (ond-store-case-interventions.c): an edit opened earlier
     * changes the row only while it still has the version read then; every change adds 1. */
    stmt = _ond_store_prepare (self,
                               "UPDATE funding SET year = ?, source = ?, amount_cents = ?,"
                               " earmark = ?, row_version = row_version + 1"
                               " WHERE id = ? AND (? = 0 OR row_version = ?)",
                               error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, row->year, error)
      || !ond_statement_bind_text (stmt, 2, row->source, error)
      || !ond_statement_bind_int64 (stmt, 3, row->amount, error)
      || !ond_statement_bind_text (stmt, 4, row->earmark, error)
      || !ond_statement_bind_int64 (stmt, 5, id != 0 && !row->restoring ? id : row->plan_id,
                                    error)
      || (row->restoring && !ond_statement_bind_int64 (stmt, 6, id, error))
      || (row->restoring
          && !ond_statement_bind_int64 (stmt, 7, row->row_version > 0 ? row->row_version : 1,
                                        error))
      || (id != 0 && !row->restoring
          && (!ond_statement_bind_int64 (stmt, 6, row->row_version, error)
              || !ond_statement_bind_int64 (stmt, 7, row->row_version, error))))
    return 0;
  if (id != 0 && !row->restoring)
    {
      if (!ond_statement_execute (stmt, error))
        return 0;
      if (ond_statement_get_changes (stmt) == 0)
        {
          /* The row is there (read above, in this transaction): its version moved on. */
          g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                               _("Someone else changed this funding after you opened it. "
                                 "Nothing has been saved."));
          return 0;
        }
    }
  else if (!ond_statement_execute_returning (stmt, &id, error))
    return 0;

  return write_funding_lines (self, id, row->line_ids, row->n_lines, error) ? id : 0;
}

/* The checks of the fields that need no reading, then the write in one transaction. */
static gint64
save_funding (OndStore          *self,
              const FundingRow  *row,
              GError           **error)
{
  gint64 saved;

  if (!_ond_store_check_writable (self, error))
    return 0;
  if (ond_text_is_blank (row->source))
    return _ond_store_budget_fail (error, OND_BUDGET_ERROR_SOURCE, _("Funding needs a source."));
  if (row->amount < 0)
    return _ond_store_budget_fail (error, OND_BUDGET_ERROR_AMOUNT,
                                   _("The amount of funding cannot be below € 0."));
  if (!_ond_store_budget_check_limit (row->amount, error))
    return 0;

  if (!_ond_store_begin (self, error))
    return 0;
  saved = write_funding (self, row, error);
  return _ond_store_budget_finish (self, saved != 0, error) ? saved : 0;
}

/**
 * ond_store_save_funding:
 * @self: a #OndStore
 * @plan_id: the plan
 * @id: 0 to add funding, else the funding row to change (of the same plan)
 * @year: a year of the plan
 * @source: a code of funding_source ("taakveld_1_2", "riec", "overig")
 * @amount: the amount in cents, 0 to OND_BOOKING_MAX_AMOUNT
 * @earmark: (nullable): what the money is for, as the plan writes it (trimmed)
 * @line_ids: (array length=n_lines): the lines of the plan the money may pay for
 * @n_lines: their number; 0 = any line
 * @error: return location for an error: %OND_BUDGET_ERROR for a field (YEAR, SOURCE,
 *   AMOUNT, LINES), %OND_STORE_ERROR_NOT_FOUND for a plan or funding that does not exist
 *
 * Returns: the id of the funding, or 0 with @error set (nothing written)
 */
gint64
ond_store_save_funding (OndStore      *self,
                        gint64         plan_id,
                        gint64         id,
                        int            year,
                        const char    *source,
                        gint64         amount,
                        const char    *earmark,
                        const gint64  *line_ids,
                        guint          n_lines,
                        GError       **error)
{
  g_autofree char *trimmed = _ond_store_budget_trim (earmark);
  FundingRow row = { plan_id, FALSE, id, 0, year, source, amount, trimmed, line_ids, n_lines };

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (line_ids != NULL || n_lines == 0, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return save_funding (self, &row, error);
}

/**
 * ond_store_save_funding_edit:
 * @self: a #OndStore
 * @plan_id: the plan
 * @opened: the funding as ond_store_list_funding () read it when the edit form opened
 * @year: a year of the plan
 * @source: a code of funding_source
 * @amount: the amount in cents, 0 to OND_BOOKING_MAX_AMOUNT
 * @earmark: (nullable): what the money is for
 * @line_ids: (array length=n_lines): the lines of the plan the money may pay for
 * @n_lines: their number; 0 = any line
 * @error: return location for an error: as ond_store_save_funding (), and
 *   %OND_STORE_ERROR_CONFLICT when someone else changed the funding since @opened was read
 *   (read it again, ond_store_compare_funding_edit ())
 *
 * Saves an edit of funding like ond_store_save_funding () with the id of @opened, but only
 * while the row still has the row version of @opened.
 *
 * Returns: the id of the funding, or 0 with @error set (nothing written)
 */
gint64
ond_store_save_funding_edit (OndStore      *self,
                             gint64         plan_id,
                             OndFunding    *opened,
                             int            year,
                             const char    *source,
                             gint64         amount,
                             const char    *earmark,
                             const gint64  *line_ids,
                             guint          n_lines,
                             GError       **error)
{
  g_autofree char *trimmed = _ond_store_budget_trim (earmark);
  FundingRow row;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_FUNDING (opened), 0);
  g_return_val_if_fail (ond_funding_get_id (opened) > 0, 0);
  g_return_val_if_fail (line_ids != NULL || n_lines == 0, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  row = (FundingRow) { plan_id, FALSE, ond_funding_get_id (opened),
                       MAX (ond_funding_get_row_version (opened), 1), year, source, amount,
                       trimmed, line_ids, n_lines };
  return save_funding (self, &row, error);
}

/**
 * ond_store_restore_funding:
 * @self: a #OndStore
 * @plan_id: the plan the funding was part of
 * @funding: the funding as ond_store_list_funding() read it before it was deleted
 * @error: return location for an error
 *
 * Puts deleted funding back (undo): its own id, its year, source, amount, earmark text, the
 * cost lines it may pay for and its row version. The rules of ond_store_save_funding() for
 * new funding apply (a year of the plan, a source of the vocabulary, an amount of 0 or more
 * within the limit, earmarked lines that exist and belong to the plan); an id that is not one or is
 * taken fails with %OND_STORE_ERROR_INVALID, a read-only file with
 * %OND_STORE_ERROR_READ_ONLY.
 *
 * Returns: the id of the funding, or 0 with @error set (nothing written)
 */
gint64
ond_store_restore_funding (OndStore    *self,
                           gint64       plan_id,
                           OndFunding  *funding,
                           GError     **error)
{
  g_autofree char *trimmed = NULL;
  const gint64 *line_ids;
  guint n_lines = 0;
  FundingRow row;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_FUNDING (funding), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  trimmed = _ond_store_budget_trim (ond_funding_get_earmark (funding));
  line_ids = ond_funding_get_line_ids (funding, &n_lines);
  row = (FundingRow) { plan_id, TRUE, ond_funding_get_id (funding),
                       ond_funding_get_row_version (funding),
                       ond_funding_get_year (funding), ond_funding_get_source (funding),
                       ond_funding_get_amount (funding), trimmed, line_ids, n_lines };
  return save_funding (self, &row, error);
}

static gboolean
delete_funding (OndStore  *self,
                gint64     id,
                GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  if (!_ond_store_budget_execute_for_id (self, "DELETE FROM funding_line WHERE funding_id = ?",
                                         id, error))
    return FALSE;
  stmt = _ond_store_prepare (self, "DELETE FROM funding WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, id, error)
      || !ond_statement_execute (stmt, error))
    return FALSE;
  if (ond_statement_get_changes (stmt) > 0)
    return TRUE;
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("The funding does not exist (any more)."));
  return FALSE;
}

/**
 * ond_store_delete_funding:
 * @self: a #OndStore
 * @id: the funding row
 * @error: return location for an error
 *
 * Deletes funding with its earmark (the lines it may pay for); one that does not exist is
 * refused with %OND_STORE_ERROR_NOT_FOUND. ond_store_restore_funding() undoes it.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_delete_funding (OndStore  *self,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_budget_finish (self, delete_funding (self, id, error), error);
}
