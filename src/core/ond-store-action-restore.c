/* ond-store-action-restore.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One action read whole (ond_store_dup_action): its fields, its place in its pillar, its
 * linked planning rows and all its progress notes; and that copy put back after a delete
 * (ond_store_restore_action), with its own id and place, in one transaction.
 */

#define G_LOG_DOMAIN "ond-store-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-actions-private.h"

/* The ids of @action's linked planning rows that still are rows of @plan_id. */
static GArray *
existing_plan_items (OndStore   *self,
                     gint64      plan_id,
                     OndAction  *action,
                     GError    **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_ids;
  const gint64 *wanted = ond_action_get_plan_item_ids (action, &n_ids);

  stmt = _ond_store_prepare (self, "SELECT 1 FROM plan_item WHERE id = ? AND plan_id = ?",
                             error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < n_ids; i++)
    {
      gboolean found;

      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, wanted[i], error)
          || !ond_statement_bind_int64 (stmt, 2, plan_id, error)
          || !ond_statement_step (stmt, &found, error))
        return NULL;
      if (found)
        g_array_append_val (ids, wanted[i]);
    }
  return g_steal_pointer (&ids);
}

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
                           _("Only an action that was stored can be put back."));
      return FALSE;
    }
  stmt = _ond_store_prepare (self, "SELECT 1 FROM action WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, id, error)
      || !ond_statement_step (stmt, &taken, error))
    return FALSE;
  if (taken)
    g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                         _("An action with this number exists already, so the deleted one "
                           "cannot be put back."));
  return !taken;
}

/* Puts the progress notes back, each with its own id when that is free. */
static gboolean
restore_progress (OndStore    *self,
                  gint64       action_id,
                  GListModel  *progress,
                  GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  guint n = progress != NULL ? g_list_model_get_n_items (progress) : 0;

  stmt = _ond_store_prepare (self,
                             "INSERT INTO action_progress (id, action_id, date, note, who)"
                             " VALUES (CASE WHEN EXISTS (SELECT 1 FROM action_progress"
                             "                           WHERE id = ?1)"
                             "              THEN NULL ELSE ?1 END, ?, ?, ?, ?)",
                             error);
  if (stmt == NULL)
    return FALSE;
  /* Oldest first, so that notes that get a new id keep their order. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(OndActionProgress) note = g_list_model_get_item (progress, i - 1);

      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, ond_action_progress_get_id (note), error)
          || !ond_statement_bind_int64 (stmt, 2, action_id, error)
          || !ond_statement_bind_text (stmt, 3, ond_action_progress_get_date (note), error)
          || !ond_statement_bind_text (stmt, 4, ond_action_progress_get_note (note), error)
          || !ond_statement_bind_text (stmt, 5, ond_action_progress_get_who (note), error)
          || !ond_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
restore_action (OndStore   *self,
                gint64      plan_id,
                OndAction  *action,
                GError    **error)
{
  g_autoptr(GArray) links = NULL;
  OndActionFields fields = { 0 };
  gint64 id = ond_action_get_id (action);
  int place = ond_action_get_position (action);

  if (!check_free_id (self, id, error)
      || (links = existing_plan_items (self, plan_id, action, error)) == NULL)
    return 0;

  fields = (OndActionFields) {
    ond_action_get_pillar_id (action),
    ond_action_get_theme_id (action),
    ond_action_get_group_heading (action),
    ond_action_get_text (action),
    ond_action_get_status (action),
    ond_action_get_owner_id (action),
    (const gint64 *) links->data,
    links->len,
  };
  /* The owner it had may stay, retired or not: the action is put back as it was, with the
   * row version it had (an edit opened before the delete still saves over it). */
  id = _ond_store_action_insert (self, plan_id, id, ond_action_get_row_version (action),
                                 &fields, fields.owner_id,
                                 place > 0 ? (guint) place - 1 : G_MAXUINT, error);
  if (id == 0 || !restore_progress (self, id, ond_action_get_progress (action), error))
    return 0;
  return id;
}

/**
 * ond_store_restore_action:
 * @self: a #OndStore
 * @plan_id: the plan the action was part of
 * @action: the action as ond_store_dup_action () read it before it was deleted
 * @error: return location for an error: %OND_PLAN_ERROR for a field that no longer obeys
 *   the rules (its pillar or theme gone), %OND_STORE_ERROR_INVALID when its id is taken
 *
 * Puts a deleted action back (undo): its own id, its place in its pillar, its fields, its
 * progress notes (each with its own id where that is still free) and its links to the
 * planning rows that still exist. An owner retired since the delete stays its owner.
 *
 * Returns: the id of the action, or 0 with @error set (nothing written)
 */
gint64
ond_store_restore_action (OndStore   *self,
                          gint64      plan_id,
                          OndAction  *action,
                          GError    **error)
{
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_ACTION (action), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_begin (self, error))
    return 0;
  id = restore_action (self, plan_id, action, error);
  return _ond_store_action_finish (self, id != 0, error) ? id : 0;
}

/* The ids of the planning rows linked to @action_id, in the planning's order. */
static GArray *
read_links (OndStore  *self,
            gint64     action_id,
            GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row;
  gboolean ok;

  stmt = _ond_store_prepare (self,
                             "SELECT i.id FROM action_plan_item AS l"
                             " JOIN plan_item AS i ON i.id = l.plan_item_id"
                             " JOIN period AS d ON d.code = i.period"
                             " WHERE l.action_id = ?"
                             " ORDER BY i.year, d.position, i.position, i.id",
                             error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, action_id, error))
    return NULL;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      gint64 id = ond_statement_get_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  return ok ? g_steal_pointer (&ids) : NULL;
}

static OndAction *
read_action (OndStore  *self,
             gint64     action_id,
             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GListModel) progress = NULL;
  g_autoptr(OndAction) action = NULL;
  gboolean has_row;
  int place = 0;

  stmt = _ond_store_prepare (self,
                             "SELECT a.pillar_id, p.number, a.theme_id, t.name,"
                             "       a.group_heading, a.text, a.status, s.label,"
                             "       a.owner_id, o.name, a.row_version"
                             " FROM action AS a"
                             " JOIN pillar AS p ON p.id = a.pillar_id"
                             " JOIN work_status AS s ON s.code = a.status"
                             " LEFT JOIN theme AS t ON t.id = a.theme_id"
                             " LEFT JOIN partner AS o ON o.id = a.owner_id"
                             " WHERE a.id = ?",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, action_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The action does not exist (any more)."));
      return NULL;
    }

  place = _ond_store_action_place_of (self, ond_statement_get_int64 (stmt, 0), action_id, error);
  if (place < 0)
    return NULL;

  action = ond_action_new (action_id,
                           ond_statement_get_int64 (stmt, 0),
                           (int) ond_statement_get_int64 (stmt, 1),
                           ond_statement_get_int64 (stmt, 2),
                           ond_statement_get_text (stmt, 3),
                           ond_statement_get_text (stmt, 4),
                           place,
                           ond_statement_get_text (stmt, 5),
                           ond_statement_get_text (stmt, 6),
                           ond_statement_get_text (stmt, 7),
                           ond_statement_get_int64 (stmt, 8),
                           ond_statement_get_text (stmt, 9));
  ond_action_set_row_version (action, ond_statement_get_int64 (stmt, 10));

  if ((links = read_links (self, action_id, error)) == NULL
      || (progress = ond_store_list_action_progress (self, action_id, error)) == NULL)
    return NULL;
  ond_action_set_plan_item_ids (action, (const gint64 *) links->data, links->len);
  ond_action_set_progress (action, progress);
  if (g_list_model_get_n_items (progress) > 0)
    {
      g_autoptr(OndActionProgress) latest = g_list_model_get_item (progress, 0);

      ond_action_set_latest_progress (action, ond_action_progress_get_date (latest),
                                      ond_action_progress_get_note (latest));
    }
  return g_steal_pointer (&action);
}

/**
 * ond_store_dup_action:
 * @self: a #OndStore
 * @action_id: the action
 * @error: return location for an error: %OND_STORE_ERROR_NOT_FOUND for an action that does
 *   not exist
 *
 * Reads one action whole: its fields, its place within its pillar as its position (1 =
 * first, in the order the window shows), the ids of its linked planning rows, its latest
 * progress note and all its progress notes (#OndAction:progress). This is the copy that
 * ond_store_restore_action () puts back after a delete.
 *
 * Returns: (transfer full): the action, or %NULL with @error set
 */
OndAction *
ond_store_dup_action (OndStore  *self,
                      gint64     action_id,
                      GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_action (self, action_id, error);
}
