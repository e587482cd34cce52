/* ond-store-plan-items-delete.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Deleting a planning row and putting it back (undo). The delete reads everything it takes
 * into an OndPlanItemDeletion first (the row, its targets, the ids of the activities and
 * actions linked to it), then deletes the targets and the action links, unlinks the
 * activities and deletes the row. The restore checks the row as an add does, inserts it
 * under its own id and place, and links what still exists again.
 */

#define G_LOG_DOMAIN "ond-store-plan-items"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-plan-items-private.h"

static OndPlanItemDeletion *
read_deleted_row (OndStore  *self,
                  gint64     item_id,
                  GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  OndPlanItemDeletion *deletion;
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                             "SELECT plan_id, year, period, position, what, who, theme_id,"
                             "       status, recurring, row_version"
                             " FROM plan_item WHERE id = ?",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, item_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The planning row does not exist (any more)."));
      return NULL;
    }
  deletion = ond_plan_item_deletion_new (ond_statement_get_int64 (stmt, 0),
                                         item_id,
                                         (int) ond_statement_get_int64 (stmt, 1),
                                         ond_statement_get_text (stmt, 2),
                                         (int) ond_statement_get_int64 (stmt, 3),
                                         ond_statement_get_text (stmt, 4),
                                         ond_statement_get_text (stmt, 5),
                                         ond_statement_get_int64 (stmt, 6),
                                         ond_statement_get_text (stmt, 7),
                                         ond_statement_get_int64 (stmt, 8) != 0);
  ond_plan_item_deletion_set_row_version (deletion, ond_statement_get_int64 (stmt, 9));
  return deletion;
}

static gboolean
read_targets (OndStore             *self,
              OndPlanItemDeletion  *deletion,
              GError              **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;
  gboolean ok;

  stmt = _ond_store_prepare (self,
                             "SELECT id, indicator_id, description, value FROM target"
                             " WHERE plan_item_id = ? ORDER BY id",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, ond_plan_item_deletion_get_id (deletion), error))
    return FALSE;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    ond_plan_item_deletion_add_target (deletion,
                                       ond_statement_get_int64 (stmt, 0),
                                       ond_statement_get_int64 (stmt, 1),
                                       ond_statement_get_text (stmt, 2),
                                       ond_statement_get_int64 (stmt, 3));
  return ok;
}

/* The ids the rows of @sql (one parameter: the planning row's id) give, into @deletion by
 * @add. */
static gboolean
read_links (OndStore             *self,
            const char           *sql,
            OndPlanItemDeletion  *deletion,
            void                (*add) (OndPlanItemDeletion *deletion,
            gint64               id),
            GError              **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);
  gboolean has_row;
  gboolean ok;

  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, ond_plan_item_deletion_get_id (deletion), error))
    return FALSE;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    add (deletion, ond_statement_get_int64 (stmt, 0));
  return ok;
}

static OndPlanItemDeletion *
delete_row (OndStore  *self,
            gint64     item_id,
            GError   **error)
{
  g_autoptr(OndPlanItemDeletion) deletion = read_deleted_row (self, item_id, error);

  if (deletion == NULL
      || !read_targets (self, deletion, error)
      || !read_links (self, "SELECT id FROM activity WHERE plan_item_id = ? ORDER BY id",
                      deletion, ond_plan_item_deletion_add_activity, error)
      || !read_links (self,
                      "SELECT action_id FROM action_plan_item WHERE plan_item_id = ?"
                      " ORDER BY action_id",
                      deletion, ond_plan_item_deletion_add_action, error)
      || !_ond_plan_items_execute_for_id (self,
                                          "DELETE FROM action_plan_item WHERE plan_item_id = ?",
                                          item_id, error))
    return NULL;

  if (!_ond_plan_items_execute_for_id (self, "DELETE FROM target WHERE plan_item_id = ?",
                                       item_id, error)
      || !_ond_plan_items_execute_for_id (self,
                                          "UPDATE activity SET plan_item_id = NULL"
                                          " WHERE plan_item_id = ?",
                                          item_id, error)
      || !_ond_plan_items_execute_for_id (self, "DELETE FROM plan_item WHERE id = ?",
                                          item_id, error))
    return NULL;
  return g_steal_pointer (&deletion);
}

/**
 * ond_store_delete_plan_item:
 * @self: a #OndStore
 * @item_id: the row
 * @error: return location for an error: %OND_STORE_ERROR_NOT_FOUND for a row that does
 *   not exist
 *
 * Deletes a planning row with its stated targets. The activities that counted for it and
 * the actions linked to it stay, without the link. What the delete took is returned, for
 * ond_store_restore_plan_item() to undo it.
 *
 * Returns: (transfer full): what was deleted, or %NULL with @error set (nothing written)
 */
OndPlanItemDeletion *
ond_store_delete_plan_item (OndStore  *self,
                            gint64     item_id,
                            GError   **error)
{
  g_autoptr(OndPlanItemDeletion) deletion = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* _ond_store_begin () refuses a read-only store. */
  if (!_ond_store_begin (self, error))
    return NULL;
  deletion = delete_row (self, item_id, error);
  if (!_ond_plan_items_finish (self, deletion != NULL, error))
    return NULL;
  return g_steal_pointer (&deletion);
}

/* Putting back. */

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
                           _("Only a planning row that was stored can be put back."));
      return FALSE;
    }
  stmt = _ond_store_prepare (self, "SELECT 1 FROM plan_item WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, id, error)
      || !ond_statement_step (stmt, &taken, error))
    return FALSE;
  if (taken)
    g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                         _("A planning row with this number exists already, so the deleted "
                           "one cannot be put back."));
  return !taken;
}

/* Makes room for a row put back at @position: when a row added after the delete holds that
 * place in the same year and period, it and the rows after it move down one place. */
static gboolean
make_room (OndStore              *self,
           const OndPlanItemRow  *row,
           int                    position,
           GError               **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                             "UPDATE plan_item SET position = position + 1"
                             " WHERE plan_id = ?1 AND year = ?2 AND period = ?3"
                             "   AND position >= ?4"
                             "   AND EXISTS (SELECT 1 FROM plan_item WHERE plan_id = ?1"
                             "               AND year = ?2 AND period = ?3 AND position = ?4)",
                             error);
  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, row->plan_id, error)
         && ond_statement_bind_int64 (stmt, 2, row->year, error)
         && ond_statement_bind_text (stmt, 3, row->period, error)
         && ond_statement_bind_int64 (stmt, 4, position, error)
         && ond_statement_execute (stmt, error);
}

/* The targets back, each under its own id when that is still free (else a new one), with
 * its indicator when that still exists. */
static gboolean
restore_targets (OndStore             *self,
                 OndPlanItemDeletion  *deletion,
                 GError              **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                             "INSERT INTO target (id, plan_item_id, indicator_id, description,"
                             " value)"
                             " VALUES ((SELECT ?1 WHERE NOT EXISTS"
                             "          (SELECT 1 FROM target WHERE id = ?1)),"
                             "         ?2, (SELECT id FROM indicator WHERE id = ?3), ?4, ?5)",
                             error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < ond_plan_item_deletion_get_n_targets (deletion); i++)
    {
      const OndPlanItemTarget *target = ond_plan_item_deletion_get_target (deletion, i);

      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, target->id, error)
          || !ond_statement_bind_int64 (stmt, 2, ond_plan_item_deletion_get_id (deletion), error)
          || !ond_statement_bind_id (stmt, 3, target->indicator_id, error)
          || !ond_statement_bind_text (stmt, 4, target->description, error)
          || !ond_statement_bind_int64 (stmt, 5, target->value, error)
          || !ond_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Links the row again with each of @ids by @sql (?1 the other record's id, ?2 the row's):
 * the statement itself skips records that are gone or linked elsewhere since. */
static gboolean
restore_links (OndStore      *self,
               const char    *sql,
               gint64         item_id,
               const gint64  *ids,
               guint          n_ids,
               GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  if (n_ids == 0)
    return TRUE;
  stmt = _ond_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    {
      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, ids[i], error)
          || !ond_statement_bind_int64 (stmt, 2, item_id, error)
          || !ond_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
restore_row (OndStore              *self,
             OndPlanItemDeletion   *deletion,
             const OndPlanItemRow  *row,
             GError               **error)
{
  gint64 id = ond_plan_item_deletion_get_id (deletion);
  int position = ond_plan_item_deletion_get_position (deletion);
  const gint64 *ids;
  guint n_ids;

  if (!check_free_id (self, id, error)
      || !_ond_plan_items_check_row (self, row, error)
      || !make_room (self, row, position, error)
      || _ond_plan_items_insert_row (self, row, id, position, error) == 0
      || !restore_targets (self, deletion, error))
    return 0;

  ids = ond_plan_item_deletion_get_activity_ids (deletion, &n_ids);
  if (!restore_links (self,
                      "UPDATE activity SET plan_item_id = ?2"
                      " WHERE id = ?1 AND plan_item_id IS NULL",
                      id, ids, n_ids, error))
    return 0;

  ids = ond_plan_item_deletion_get_action_ids (deletion, &n_ids);
  if (n_ids > 0
      && !restore_links (self,
                         "INSERT INTO action_plan_item (action_id, plan_item_id)"
                         " SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM action WHERE id = ?1)"
                         "   AND NOT EXISTS (SELECT 1 FROM action_plan_item"
                         "                   WHERE action_id = ?1 AND plan_item_id = ?2)",
                         id, ids, n_ids, error))
    return 0;
  return id;
}

/**
 * ond_store_restore_plan_item:
 * @self: a #OndStore
 * @deletion: what ond_store_delete_plan_item() returned
 * @error: return location for an error: %OND_PLAN_ERROR for a field (the rules of
 *   ond_store_add_plan_item(): e.g. its theme was deleted since), %OND_STORE_ERROR_INVALID
 *   when its id is taken, %OND_STORE_ERROR_NOT_FOUND when its plan is gone
 *
 * Puts a deleted row back (undo): its own id, its place within its year and period (a row
 * added there since moves down one place, with the rows after it), every field, its targets
 * (under their own ids when still free) and its links to the activities and actions that
 * referred to it, as far as they still exist and an activity has not been linked to another
 * row since.
 *
 * Returns: the id of the row, or 0 with @error set (nothing written)
 */
gint64
ond_store_restore_plan_item (OndStore             *self,
                             OndPlanItemDeletion  *deletion,
                             GError              **error)
{
  g_autofree char *what = NULL;
  g_autofree char *who = NULL;
  OndPlanItemRow row;
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (deletion), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  what = _ond_plan_items_trim (ond_plan_item_deletion_get_what (deletion));
  who = _ond_plan_items_trim (ond_plan_item_deletion_get_who (deletion));
  row = (OndPlanItemRow) { ond_plan_item_deletion_get_plan_id (deletion),
                ond_plan_item_deletion_get_year (deletion),
                ond_plan_item_deletion_get_period (deletion),
                what, who,
                ond_plan_item_deletion_get_theme_id (deletion),
                ond_plan_item_deletion_get_status (deletion),
                ond_plan_item_deletion_get_recurring (deletion),
                /* An edit opened before the delete still saves over it. */
                ond_plan_item_deletion_get_row_version (deletion) };
  if (!_ond_store_check_writable (self, error) || !_ond_plan_items_check_text (what, error))
    return 0;

  if (!_ond_store_begin (self, error))
    return 0;
  id = restore_row (self, deletion, &row, error);
  return _ond_plan_items_finish (self, id != 0, error) ? id : 0;
}
