/* ond-store-actions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the actions of a plan: add, change, set the status, move within the group and
 * delete (the rules in ond-store-actions.h, checked in ond-store-action-checks.c). The order
 * of a pillar's actions is kept in ond-store-action-order.c; reading one action whole and
 * putting a deleted one back in ond-store-action-restore.c; the progress notes in
 * ond-store-action-progress.c.
 */

#define G_LOG_DOMAIN "ond-store-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-actions-private.h"

static gboolean
bind_fields (OndStatement           *stmt,
             const OndActionFields  *fields,
             const char             *text,
             const char             *heading,
             GError                **error)
{
  return ond_statement_bind_int64 (stmt, 1, fields->pillar_id, error)
         && ond_statement_bind_id (stmt, 2, fields->theme_id, error)
         && ond_statement_bind_text (stmt, 3, heading, error)
         && ond_statement_bind_text (stmt, 4, text, error)
         && ond_statement_bind_text (stmt, 5, fields->status != NULL ? fields->status
                                                                     : "gepland", error)
         && ond_statement_bind_id (stmt, 6, fields->owner_id, error);
}

gint64
_ond_store_action_insert (OndStore               *self,
                          gint64                  plan_id,
                          gint64                  id,
                          gint64                  row_version,
                          const OndActionFields  *fields,
                          gint64                  current_owner_id,
                          guint                   index,
                          GError                **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *text = NULL;
  g_autofree char *heading = NULL;

  if (!_ond_store_action_check_fields (self, plan_id, fields, current_owner_id, &text, &heading,
                                       error))
    return 0;

  stmt = _ond_store_prepare (self,
                             "INSERT INTO action (pillar_id, theme_id, group_heading, text,"
                             " status, owner_id, plan_id, position, id, row_version)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id",
                             error);
  if (stmt == NULL
      || !bind_fields (stmt, fields, text, heading, error)
      || !ond_statement_bind_int64 (stmt, 7, plan_id, error)
      || !ond_statement_bind_id (stmt, 8, id, error)
      || !ond_statement_bind_int64 (stmt, 9, row_version > 0 ? row_version : 1, error)
      || !ond_statement_execute_returning (stmt, &id, error))
    return 0;

  if (!_ond_store_action_place (self, id, fields->pillar_id, fields->theme_id, heading, index,
                                error)
      || !_ond_store_action_write_links (self, id, fields->plan_item_ids, fields->n_plan_items,
                                         error))
    return 0;
  return id;
}

/**
 * ond_store_add_action:
 * @self: a #OndStore
 * @plan_id: the plan the action is part of
 * @fields: what the action says (the rules of ond-store-actions.h)
 * @error: return location for an error: %OND_PLAN_ERROR for a field (TEXT, PILLAR, THEME,
 *   STATUS, OWNER, PLAN_ITEM), %OND_STORE_ERROR_NOT_FOUND for a plan that does not exist
 *
 * Adds an action at the end of its group (its pillar, theme and group heading).
 *
 * Returns: the id of the new action, or 0 with @error set (nothing written)
 */
gint64
ond_store_add_action (OndStore               *self,
                      gint64                  plan_id,
                      const OndActionFields  *fields,
                      GError                **error)
{
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (fields != NULL, 0);
  g_return_val_if_fail (fields->plan_item_ids != NULL || fields->n_plan_items == 0, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_begin (self, error))
    return 0;
  id = _ond_store_action_insert (self, plan_id, 0, 1, fields, 0, G_MAXUINT, error);
  return _ond_store_action_finish (self, id != 0, error) ? id : 0;
}

/* @row_version: the version the edit was opened with, 0 = not checked. */
static gboolean
update_action (OndStore               *self,
               gint64                  action_id,
               gint64                  row_version,
               const OndActionFields  *fields,
               GError                **error)
{
  g_auto(OndActionRow) row = { 0 };
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *text = NULL;
  g_autofree char *heading = NULL;
  gboolean regrouped;

  if (!_ond_store_action_read (self, action_id, &row, error)
      || !_ond_store_action_check_fields (self, row.plan_id, fields, row.owner_id, &text,
                                          &heading, error))
    return FALSE;

  /* As a case's intervention (ond-store-case-interventions.c): an edit opened earlier
   * changes the row only while it still has the version read then; every change adds 1. */
  stmt = _ond_store_prepare (self,
                             "UPDATE action SET pillar_id = ?, theme_id = ?, group_heading = ?,"
                             " text = ?, status = ?, owner_id = ?, row_version = row_version + 1"
                             " WHERE id = ? AND (? = 0 OR row_version = ?)",
                             error);
  if (stmt == NULL
      || !bind_fields (stmt, fields, text, heading, error)
      || !ond_statement_bind_int64 (stmt, 7, action_id, error)
      || !ond_statement_bind_int64 (stmt, 8, row_version, error)
      || !ond_statement_bind_int64 (stmt, 9, row_version, error)
      || !ond_statement_execute (stmt, error))
    return FALSE;
  if (ond_statement_get_changes (stmt) == 0)
    {
      /* The row is there (read above, in this transaction): its version moved on. */
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                           _("Someone else changed this action after you opened it. Nothing "
                             "has been saved."));
      return FALSE;
    }
  if (!_ond_store_action_write_links (self, action_id, fields->plan_item_ids,
                                         fields->n_plan_items, error))
    return FALSE;

  regrouped = row.pillar_id != fields->pillar_id || row.theme_id != fields->theme_id
              || g_strcmp0 (row.group_heading, heading) != 0;
  if (!regrouped)
    return _ond_store_action_renumber (self, row.pillar_id, error);
  if (row.pillar_id != fields->pillar_id
      && !_ond_store_action_renumber (self, row.pillar_id, error))
    return FALSE;
  return _ond_store_action_place (self, action_id, fields->pillar_id, fields->theme_id, heading,
                       G_MAXUINT, error);
}

/**
 * ond_store_update_action:
 * @self: a #OndStore
 * @action_id: the action
 * @fields: what the action says now, its linked planning rows included (the rules of
 *   ond-store-actions.h)
 * @error: return location for an error: %OND_PLAN_ERROR for a field,
 *   %OND_STORE_ERROR_NOT_FOUND for an action that does not exist
 *
 * Changes an action. One that changes group (pillar, theme or group heading) goes to the
 * end of its new group; otherwise it keeps its place.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_update_action (OndStore               *self,
                         gint64                  action_id,
                         const OndActionFields  *fields,
                         GError                **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (fields->plan_item_ids != NULL || fields->n_plan_items == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_action_finish (self, update_action (self, action_id, 0, fields, error),
                                   error);
}

/**
 * ond_store_save_action_edit:
 * @self: a #OndStore
 * @action_id: the action
 * @row_version: (inout): the row version the edit was opened with (ond_action_get_row_version
 *   () of the action read then); on success the version the row has now, for the next save
 *   of the same edit
 * @fields: what the action says now (the rules of ond_store_update_action ())
 * @error: return location for an error: as ond_store_update_action (), and
 *   %OND_STORE_ERROR_CONFLICT when someone else changed the action since @row_version
 *   (read it again, ond_store_compare_action_edit ())
 *
 * Saves an edit of an action like ond_store_update_action (), but only while the row still
 * has @row_version.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_save_action_edit (OndStore               *self,
                            gint64                  action_id,
                            gint64                 *row_version,
                            const OndActionFields  *fields,
                            GError                **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (row_version != NULL && *row_version > 0, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (fields->plan_item_ids != NULL || fields->n_plan_items == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!_ond_store_action_finish (self, update_action (self, action_id, *row_version, fields,
                                                      error),
                                 error))
    return FALSE;
  /* The row had *row_version and this save added 1 (a move leaves the version alone). */
  (*row_version)++;
  return TRUE;
}

static gboolean
set_status (OndStore    *self,
            gint64       action_id,
            const char  *status,
            GError     **error)
{
  g_auto(OndActionRow) row = { 0 };
  g_autoptr(OndStatement) stmt = NULL;

  if (!_ond_store_action_read (self, action_id, &row, error)
      || !_ond_store_action_check_status (self, status, error))
    return FALSE;
  stmt = _ond_store_prepare (self,
                             "UPDATE action SET status = ?, row_version = row_version + 1"
                             " WHERE id = ?",
                             error);
  return stmt != NULL
         && ond_statement_bind_text (stmt, 1, status, error)
         && ond_statement_bind_int64 (stmt, 2, action_id, error)
         && ond_statement_execute (stmt, error);
}

/**
 * ond_store_set_action_status:
 * @self: a #OndStore
 * @action_id: the action
 * @status: a code of work_status: gepland, lopend, gereed, uitgesteld, vervallen
 * @error: return location for an error: %OND_PLAN_ERROR_STATUS for another code,
 *   %OND_STORE_ERROR_NOT_FOUND for an action that does not exist
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_set_action_status (OndStore    *self,
                             gint64       action_id,
                             const char  *status,
                             GError     **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_action_finish (self, set_status (self, action_id, status, error), error);
}

/**
 * ond_store_move_action:
 * @self: a #OndStore
 * @action_id: the action
 * @offset: -1 to move it up, 1 to move it down
 * @error: return location for an error: %OND_STORE_ERROR_INVALID when there is no action of
 *   its group there, %OND_STORE_ERROR_NOT_FOUND for an action that does not exist
 *
 * Swaps an action with its neighbour in its group (the same pillar, theme and group
 * heading), and numbers the pillar's actions 1, 2, 3...
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_move_action (OndStore  *self,
                       gint64     action_id,
                       int        offset,
                       GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (offset == -1 || offset == 1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_action_finish (self, _ond_store_action_move (self, action_id, offset, error),
                                   error);
}

/**
 * ond_store_can_move_action:
 * @self: a #OndStore
 * @action_id: the action
 * @offset: -1 (up) or 1 (down)
 * @can_move: (out): whether ond_store_move_action () with @offset would move it
 * @error: return location for an error
 *
 * Returns: %FALSE with @error set when the action could not be read
 */
gboolean
ond_store_can_move_action (OndStore  *self,
                           gint64     action_id,
                           int        offset,
                           gboolean  *can_move,
                           GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (offset == -1 || offset == 1, FALSE);
  g_return_val_if_fail (can_move != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _ond_store_action_can_move (self, action_id, offset, can_move, error);
}

static gboolean
delete_action (OndStore  *self,
               gint64     action_id,
               GError   **error)
{
  g_auto(OndActionRow) row = { 0 };
  g_autoptr(OndStatement) stmt = NULL;

  if (!_ond_store_action_read (self, action_id, &row, error))
    return FALSE;
  /* The progress notes and links go with it (ON DELETE CASCADE). */
  stmt = _ond_store_prepare (self, "DELETE FROM action WHERE id = ?", error);
  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, action_id, error)
         && ond_statement_execute (stmt, error)
         && _ond_store_action_renumber (self, row.pillar_id, error);
}

/**
 * ond_store_delete_action:
 * @self: a #OndStore
 * @action_id: the action
 * @error: return location for an error: %OND_STORE_ERROR_NOT_FOUND for an action that does
 *   not exist
 *
 * Deletes an action with its progress notes and its links to planning rows; the actions
 * after it in its pillar move up one place. Read it first with ond_store_dup_action () to
 * be able to put it back (ond_store_restore_action ()).
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_delete_action (OndStore  *self,
                         gint64     action_id,
                         GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_action_finish (self, delete_action (self, action_id, error), error);
}

