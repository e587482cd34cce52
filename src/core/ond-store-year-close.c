/* ond-store-year-close.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Closing and reopening a reporting year (ond-store-figures.h). Closing freezes every
 * counted value of the year, with all its parts, in indicator_frozen, so that later edits
 * or removals of records never change a figure that was reported; reopening needs a
 * reason and removes the frozen values. Both are logged in year_close.
 */

#define G_LOG_DOMAIN "ond-store-year-close"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-figures-private.h"

void
ond_year_close_free (OndYearClose *self)
{
  if (self == NULL)
    return;

  g_free (self->action);
  g_free (self->at);
  g_free (self->who);
  g_free (self->reason);
  g_free (self);
}

static gboolean
write_log (OndStore    *self,
           int          year,
           const char  *action,
           const char  *reason,
           GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *at = _ond_store_timestamp ();

  stmt = _ond_store_prepare (self,
                             "INSERT INTO year_close (year, action, at, who, reason)"
                             " VALUES (?, ?, ?, ?, ?)",
                             error);
  return stmt != NULL &&
         ond_statement_bind_int64 (stmt, 1, year, error) &&
         ond_statement_bind_text (stmt, 2, action, error) &&
         ond_statement_bind_text (stmt, 3, at, error) &&
         ond_statement_bind_text (stmt, 4, _ond_store_user (self), error) &&
         ond_statement_bind_text (stmt, 5, reason, error) &&
         ond_statement_execute (stmt, error);
}

/* Writes every part of @count as the frozen values of @indicator_id in @year. */
static gboolean
freeze_count (OndStore              *self,
              OndStatement          *insert,
              gint64                 indicator_id,
              int                    year,
              const OndFigureCount  *count,
              GPtrArray             *areas,
              GError               **error)
{
  g_autoptr(GPtrArray) parts = _ond_figure_parts_from_count (count, areas);

  for (guint i = 0; i < parts->len; i++)
    {
      const OndFigurePart *part = g_ptr_array_index (parts, i);

      if (!ond_statement_bind_int64 (insert, 1, indicator_id, error) ||
          !ond_statement_bind_int64 (insert, 2, year, error) ||
          !ond_statement_bind_text (insert, 3, part->part, error) ||
          !ond_statement_bind_int64 (insert, 4, part->value, error) ||
          !ond_statement_execute (insert, error))
        return FALSE;
      ond_statement_reset (insert);
    }
  return TRUE;
}

/* Freezes the counted value of every figure of @year that has no hand value. */
static gboolean
freeze_year (OndStore  *self,
             int        year,
             GError   **error)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(OndStatement) insert = NULL;
  int counting_start;

  if (!_ond_store_figure_counting_start (self, &counting_start, error))
    return FALSE;
  if (year < counting_start)
    return TRUE;

  indicators = _ond_store_list_figure_indicators (self, error);
  areas = indicators != NULL ? _ond_store_list_figure_areas (self, error) : NULL;
  if (areas == NULL)
    return FALSE;
  insert = _ond_store_prepare (self,
                               "INSERT INTO indicator_frozen (indicator_id, year, part, value)"
                               " VALUES (?, ?, ?, ?)",
                               error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; i < indicators->len; i++)
    {
      const OndFigureIndicator *indicator = g_ptr_array_index (indicators, i);
      g_auto(OndFigureCount) count = { 0 };
      gboolean has_hand_value;
      gint64 hand_value;

      if (!_ond_store_figure_hand_value (self, indicator->id, year, &has_hand_value,
                                         &hand_value, NULL, error))
        return FALSE;
      if (has_hand_value)
        continue;
      if (!_ond_store_count_figure (self, indicator, year, &count, error))
        return FALSE;
      if (count.countable &&
          !freeze_count (self, insert, indicator->id, year, &count, areas, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ond_store_close_year:
 * @self: a #OndStore
 * @year: the reporting year to close
 * @today: the day that decides whether @year has ended
 * @error: return location for an error
 *
 * Freezes every counted value of @year (with its quarters, months, areas, districts and
 * the records without an area) and logs the close. Refused, with nothing written, for a
 * year that has not ended or is closed already.
 *
 * Returns: %TRUE when the year was closed; %FALSE with @error set
 */
gboolean
ond_store_close_year (OndStore   *self,
                      int         year,
                      GDateTime  *today,
                      GError    **error)
{
  gboolean closed;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_figure_check_year (year, error))
    return FALSE;
  if (g_date_time_get_year (today) <= year)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("%d has not ended yet: a year can be closed from 1 January of the next "
                     "year."),
                   year);
      return FALSE;
    }

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!ond_store_is_year_closed (self, year, &closed, error))
    goto fail;
  if (closed)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("%d is already closed."), year);
      goto fail;
    }
  if (!freeze_year (self, year, error) ||
      !write_log (self, year, "close", "", error) ||
      !_ond_store_commit (self, error))
    goto fail;
  return TRUE;

fail:
  _ond_store_rollback (self);
  return FALSE;
}

/**
 * ond_store_reopen_year:
 * @self: a #OndStore
 * @year: a closed reporting year
 * @reason: why the year is reopened (not blank)
 * @error: return location for an error
 *
 * Removes the frozen values of @year, so that its figures follow the records again, and
 * logs the reopening with @reason. Refused without a reason or for a year that is not
 * closed.
 *
 * Returns: %TRUE when the year was reopened; %FALSE with @error set
 */
gboolean
ond_store_reopen_year (OndStore    *self,
                       int          year,
                       const char  *reason,
                       GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *trimmed = NULL;
  gboolean closed;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Reopening a closed year needs a reason."));
      return FALSE;
    }

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!ond_store_is_year_closed (self, year, &closed, error))
    goto fail;
  if (!closed)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("%d is not closed."), year);
      goto fail;
    }
  stmt = _ond_store_prepare (self, "DELETE FROM indicator_frozen WHERE year = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, year, error) ||
      !ond_statement_execute (stmt, error) ||
      !write_log (self, year, "reopen", trimmed, error) ||
      !_ond_store_commit (self, error))
    goto fail;
  return TRUE;

fail:
  _ond_store_rollback (self);
  return FALSE;
}

/**
 * ond_store_is_year_closed:
 * @self: a #OndStore
 * @year: a reporting year
 * @closed: (out): whether @year is closed (its last close was not followed by a reopen)
 * @error: return location for an error
 *
 * Returns: %TRUE on success; %FALSE with @error set
 */
gboolean
ond_store_is_year_closed (OndStore  *self,
                          int        year,
                          gboolean  *closed,
                          GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (closed != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *closed = FALSE;
  stmt = _ond_store_prepare (self,
                             "SELECT action FROM year_close WHERE year = ?"
                             " ORDER BY id DESC LIMIT 1",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, year, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  *closed = has_row && g_strcmp0 (ond_statement_get_text (stmt, 0), "close") == 0;
  return TRUE;
}

/**
 * ond_store_list_year_closes:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndYearClose): every close and reopen, oldest
 *   first; %NULL with @error set
 */
GPtrArray *
ond_store_list_year_closes (OndStore  *self,
                            GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                             "SELECT year, action, at, who, reason FROM year_close ORDER BY id",
                             error);
  if (stmt == NULL)
    return NULL;

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_year_close_free);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      OndYearClose *entry = g_new0 (OndYearClose, 1);

      entry->year = (int) ond_statement_get_int64 (stmt, 0);
      entry->action = g_strdup (ond_statement_get_text (stmt, 1));
      entry->at = g_strdup (ond_statement_get_text (stmt, 2));
      entry->who = g_strdup (ond_statement_get_text (stmt, 3));
      entry->reason = g_strdup (ond_statement_get_text (stmt, 4));
      g_ptr_array_add (list, entry);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&list);
}
