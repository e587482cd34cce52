/* ond-store-case-log.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cases of the casusoverleg, part four: deleting (hide, undo, purge), the access log, and
 * the cases whose follow-up is due (its query is in ond-store-cases-dashboard.c). Deleting
 * first hides a case (deleted_at) so that the window can offer undo; purging removes hidden
 * cases for good, with their history and interventions, and notes each in the deletion log
 * (reference, status, dates: no personal data). The per-year counter is never lowered, so
 * a purged reference is never handed out again.
 */

#define G_LOG_DOMAIN "ond-store-case-log"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-access-entry.h"
#include "ond-case.h"
#include "ond-store-cases.h"
#include "ond-store-private.h"
#include "ond-text.h"

static gboolean
delete_case (OndStore  *self,
             gint64     case_id,
             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *now = _ond_store_timestamp ();

  if (!_ond_store_get_case_state (self, case_id, &reference, NULL, error))
    return FALSE;
  stmt = _ond_store_prepare (self, "UPDATE case_file SET deleted_at = ?,"
                             "  row_version = row_version + 1 WHERE id = ?", error);
  return stmt != NULL &&
         ond_statement_bind_text (stmt, 1, now, error) &&
         ond_statement_bind_int64 (stmt, 2, case_id, error) &&
         ond_statement_execute (stmt, error) &&
         _ond_store_write_access_log (self, reference, "Casus verwijderd", error);
}

/**
 * ond_store_delete_case:
 * @self: a #OndStore
 * @case_id: the case
 * @error: return location for an error
 *
 * Hides the case at once (it leaves every list, count and read) so that the window can
 * offer undo. Logged.
 *
 * Returns: %TRUE on success; on error nothing was written
 */
gboolean
ond_store_delete_case (OndStore  *self,
                       gint64     case_id,
                       GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!delete_case (self, case_id, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

static gboolean
undelete_case (OndStore  *self,
               gint64     case_id,
               GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(OndStatement) update = NULL;
  g_autofree char *reference = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                  "SELECT reference FROM case_file WHERE id = ? AND deleted_at IS NOT NULL",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, case_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("There is no deleted case to bring back: it may have been "
                             "removed for good."));
      return FALSE;
    }
  reference = g_strdup (ond_statement_get_text (stmt, 0));

  update = _ond_store_prepare (self, "UPDATE case_file SET deleted_at = NULL,"
                               "  row_version = row_version + 1 WHERE id = ?", error);
  return update != NULL &&
         ond_statement_bind_int64 (update, 1, case_id, error) &&
         ond_statement_execute (update, error) &&
         _ond_store_write_access_log (self, reference, "Verwijderen ongedaan gemaakt", error);
}

/**
 * ond_store_undelete_case:
 * @self: a #OndStore
 * @case_id: a case hidden by ond_store_delete_case()
 * @error: return location for an error
 *
 * Brings a hidden case back. Logged.
 *
 * Returns: %TRUE on success (%OND_STORE_ERROR_NOT_FOUND when the case is not hidden, or
 *   was purged)
 */
gboolean
ond_store_undelete_case (OndStore  *self,
                         gint64     case_id,
                         GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!undelete_case (self, case_id, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

/**
 * _ond_store_erase_case:
 *
 * See ond-store-private.h.
 */
gboolean
_ond_store_erase_case (OndStore    *self,
                       gint64       case_id,
                       const char  *reason,
                       const char  *logged_as,
                       GError     **error)
{
  g_autoptr(OndStatement) select = NULL;
  g_autoptr(OndStatement) note = NULL;
  g_autoptr(OndStatement) remove = NULL;
  g_autofree char *now = _ond_store_timestamp ();
  g_autofree char *reference = NULL;
  gboolean has_row;

  select = _ond_store_prepare (self,
                    "SELECT reference, status, date_received, closed_date FROM case_file"
                    " WHERE id = ?",
                    error);
  if (select == NULL ||
      !ond_statement_bind_int64 (select, 1, case_id, error) ||
      !ond_statement_step (select, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The case no longer exists: it may have been removed already."));
      return FALSE;
    }
  reference = g_strdup (ond_statement_get_text (select, 0));

  note = _ond_store_prepare (self,
                  "INSERT INTO deletion_log (reference, status, date_received, closed_date,"
                  "  reason, who, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  error);
  if (note == NULL ||
      !ond_statement_bind_text (note, 1, reference, error) ||
      !ond_statement_bind_text (note, 2, ond_statement_get_text (select, 1), error) ||
      !ond_statement_bind_text (note, 3, ond_statement_get_text (select, 2), error) ||
      !(ond_statement_get_is_null (select, 3)
          ? ond_statement_bind_null (note, 4, error)
          : ond_statement_bind_text (note, 4, ond_statement_get_text (select, 3), error)) ||
      !ond_statement_bind_text (note, 5, reason, error) ||
      !ond_statement_bind_text (note, 6, _ond_store_user (self), error) ||
      !ond_statement_bind_text (note, 7, now, error) ||
      !ond_statement_execute (note, error) ||
      !_ond_store_write_access_log (self, reference, logged_as, error))
    return FALSE;

  /* case_event and case_intervention go with it (ON DELETE CASCADE); meeting items and
   * measures keep their row without the case (SET NULL). */
  remove = _ond_store_prepare (self, "DELETE FROM case_file WHERE id = ?", error);
  return remove != NULL &&
         ond_statement_bind_int64 (remove, 1, case_id, error) &&
         ond_statement_execute (remove, error);
}

static gboolean
purge_deleted_cases (OndStore  *self,
                     GError   **error)
{
  g_autoptr(OndStatement) select = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row;
  gboolean ok;

  select = _ond_store_prepare (self,
                    "SELECT id FROM case_file WHERE deleted_at IS NOT NULL ORDER BY id",
                    error);
  if (select == NULL)
    return FALSE;
  while ((ok = ond_statement_step (select, &has_row, error)) && has_row)
    {
      gint64 id = ond_statement_get_int64 (select, 0);

      g_array_append_val (ids, id);
    }
  if (!ok)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    if (!_ond_store_erase_case (self, g_array_index (ids, gint64, i),
                                "Verwijderd door gebruiker", "Casus definitief verwijderd",
                                error))
      return FALSE;
  return TRUE;
}

/**
 * ond_store_purge_deleted_cases:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Removes every hidden case for good, with its history and interventions. Each is logged
 * in the access log and the deletion log (without personal data). Their references are
 * never handed out again.
 *
 * Returns: %TRUE on success; on error nothing was removed
 */
gboolean
ond_store_purge_deleted_cases (OndStore  *self,
                               GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!purge_deleted_cases (self, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

/**
 * ond_store_list_access_log:
 * @self: a #OndStore
 * @case_reference: (nullable): the reference of one case, or %NULL for the whole log
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of #OndAccessEntry, newest first, or %NULL with
 *   @error set
 */
GListModel *
ond_store_list_access_log (OndStore    *self,
                           const char  *case_reference,
                           GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (case_reference != NULL)
    stmt = _ond_store_prepare (self,
                    "SELECT id, at, who, case_reference, what FROM access_log"
                    " WHERE case_reference = ? ORDER BY id DESC",
                    error);
  else
    stmt = _ond_store_prepare (self,
                    "SELECT id, at, who, case_reference, what FROM access_log ORDER BY id DESC",
                    error);
  if (stmt == NULL ||
      (case_reference != NULL && !ond_statement_bind_text (stmt, 1, case_reference, error)))
    return NULL;

  list = g_list_store_new (OND_TYPE_ACCESS_ENTRY);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndAccessEntry) entry =
        ond_access_entry_new (ond_statement_get_int64 (stmt, 0),
                              ond_statement_get_text (stmt, 1),
                              ond_statement_get_text (stmt, 2),
                              ond_statement_get_text (stmt, 3),
                              ond_statement_get_text (stmt, 4));

      g_list_store_append (list, entry);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_log_access:
 * @self: a #OndStore
 * @case_reference: (nullable): the case concerned, or %NULL for a document about many
 * @what: what was done, e.g. "Besluitenlijst afgedrukt" (never personal data)
 * @error: return location for an error
 *
 * Logs an export or print that contains case data. A read-only store refuses
 * (%OND_STORE_ERROR_READ_ONLY): the caller then tells the user it could not be recorded.
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_log_access (OndStore    *self,
                      const char  *case_reference,
                      const char  *what,
                      GError     **error)
{
  g_autofree char *clean_what = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_check_writable (self, error))
    return FALSE;
  if (ond_text_is_blank (what))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("An access log entry must say what was done."));
      return FALSE;
    }
  clean_what = g_strstrip (g_strdup (what));

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!_ond_store_write_access_log (self, case_reference, clean_what, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

static gboolean
log_access_many (OndStore    *self,
                 GPtrArray   *references,
                 const char  *what,
                 GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *at = _ond_store_timestamp ();

  stmt = _ond_store_prepare (self,
                  "INSERT INTO access_log (at, who, case_reference, what) VALUES (?, ?, ?, ?)",
                  error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < references->len; i++)
    {
      const char *reference = g_ptr_array_index (references, i);

      ond_statement_reset (stmt);
      if (!ond_statement_bind_text (stmt, 1, at, error) ||
          !ond_statement_bind_text (stmt, 2, _ond_store_user (self), error) ||
          !ond_statement_bind_text (stmt, 3, reference != NULL ? reference : "", error) ||
          !ond_statement_bind_text (stmt, 4, what, error) ||
          !ond_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ond_store_log_access_many:
 * @self: a #OndStore
 * @references: (element-type utf8): the references of the cases concerned
 * @what: what was done, e.g. "Opgenomen in export caselijst" (never personal data)
 * @error: return location for an error
 *
 * Logs one export or print that contains many cases: one access_log row per reference, all
 * with the same time and what, in one transaction (all are written or none). An empty
 * @references writes nothing and succeeds. A read-only store refuses
 * (%OND_STORE_ERROR_READ_ONLY): the caller then tells the user it could not be recorded.
 *
 * Returns: %TRUE on success; on error nothing was written
 */
gboolean
ond_store_log_access_many (OndStore    *self,
                           GPtrArray   *references,
                           const char  *what,
                           GError     **error)
{
  g_autofree char *clean_what = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (references != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ond_text_is_blank (what))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("An access log entry must say what was done."));
      return FALSE;
    }
  if (references->len == 0)
    return TRUE;
  if (!_ond_store_check_writable (self, error))
    return FALSE;
  clean_what = g_strstrip (g_strdup (what));

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!log_access_many (self, references, clean_what, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

/**
 * ond_store_list_due_cases:
 * @self: a #OndStore
 * @date: the day (ISO or dd-mm-jjjj), usually today or a meeting date
 * @error: return location for an error
 *
 * The open cases (not closed, not dropped, not hidden) whose own follow-up date or the
 * follow-up date of a planned or running intervention is on or before @date.
 *
 * Returns: (transfer full): a #GListModel of #OndCase, earliest follow-up first, or %NULL
 *   with @error set
 */
GListModel *
ond_store_list_due_cases (OndStore    *self,
                          const char  *date,
                          GError     **error)
{
  return ond_store_list_first_due_cases (self, date, 0, error);
}
