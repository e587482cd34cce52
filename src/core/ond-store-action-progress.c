/* ond-store-action-progress.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress notes of an action (table action_progress): added one at a time, dated, with
 * the name of who wrote them down; listed newest first. A note goes when its action is
 * deleted, and comes back with it (ond-store-actions.c).
 */

#define G_LOG_DOMAIN "ond-store-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-actions-private.h"
#include "ond-text.h"

/* The user's real name, else the login name. */
static const char *
who_writes (void)
{
  const char *name = g_get_real_name ();

  if (name == NULL || *name == '\0' || g_strcmp0 (name, "Unknown") == 0)
    name = g_get_user_name ();
  return name;
}

static gint64
add_progress (OndStore    *self,
              gint64       action_id,
              const char  *date,
              const char  *note,
              GError     **error)
{
  g_auto(OndActionRow) row = { 0 };
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (note != NULL ? note : ""));

  if (!_ond_store_action_read (self, action_id, &row, error)
      || !_ond_store_action_check_date (date, &iso, error))
    return 0;
  if (*trimmed == '\0')
    return _ond_store_action_fail (error, OND_PLAN_ERROR_NOTE,
                                   _("A progress note needs a text."));

  stmt = _ond_store_prepare (self,
                             "INSERT INTO action_progress (action_id, date, note, who)"
                             " VALUES (?, ?, ?, ?) RETURNING id",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, action_id, error)
      || !ond_statement_bind_text (stmt, 2, iso, error)
      || !ond_statement_bind_text (stmt, 3, trimmed, error)
      || !ond_statement_bind_text (stmt, 4, who_writes (), error))
    return 0;
  return ond_statement_insert (stmt, error);
}

/**
 * ond_store_add_action_progress:
 * @self: a #OndStore
 * @action_id: the action
 * @date: the day the note is about: dd-mm-jjjj or ISO, from 2000 up to today
 * @note: what was done or decided (trimmed; not blank)
 * @error: return location for an error: %OND_PLAN_ERROR_DATE or %OND_PLAN_ERROR_NOTE,
 *   %OND_STORE_ERROR_NOT_FOUND for an action that does not exist
 *
 * Adds a progress note to an action, written down by the user (the real name, else the
 * login name).
 *
 * Returns: the id of the note, or 0 with @error set (nothing written)
 */
gint64
ond_store_add_action_progress (OndStore    *self,
                               gint64       action_id,
                               const char  *date,
                               const char  *note,
                               GError     **error)
{
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_begin (self, error))
    return 0;
  id = add_progress (self, action_id, date, note, error);
  return _ond_store_action_finish (self, id != 0, error) ? id : 0;
}

/**
 * ond_store_list_action_progress:
 * @self: a #OndStore
 * @action_id: the action
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of the action's #OndActionProgress notes, newest
 *   first (by date, then the order they were written in); empty for an action that does
 *   not exist. %NULL with @error set on a database error.
 */
GListModel *
ond_store_list_action_progress (OndStore  *self,
                                gint64     action_id,
                                GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                             "SELECT id, date, note, who FROM action_progress"
                             " WHERE action_id = ? ORDER BY date DESC, id DESC",
                             error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, action_id, error))
    return NULL;

  list = g_list_store_new (OND_TYPE_ACTION_PROGRESS);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndActionProgress) note = NULL;

      note = ond_action_progress_new (ond_statement_get_int64 (stmt, 0),
                                      action_id,
                                      ond_statement_get_text (stmt, 1),
                                      ond_statement_get_text (stmt, 2),
                                      ond_statement_get_text (stmt, 3));
      g_list_store_append (list, note);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}
