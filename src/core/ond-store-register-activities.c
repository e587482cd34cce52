/* ond-store-register-activities.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The registers of "Controles & maatregelen", part two: adding, changing, deleting and
 * restoring stop talks and the activities the planning counts (see ond-store-registers.c
 * for what every write shares).
 */

#define G_LOG_DOMAIN "ond-store-registers"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-registers-private.h"

static const OndRegisterTable stop_talk_register = {
  "SELECT 0 FROM stop_talk WHERE id = ?",
  "DELETE FROM stop_talk WHERE id = ?",
  N_("The stop talk does not exist (any more)."),
  N_("A stop talk with this number exists already, so the deleted one cannot be put back."),
  N_("Someone else changed this stop talk after you opened it. Nothing has been saved."),
};

static const OndRegisterTable activity_register = {
  "SELECT coalesce(plan_item_id, 0) FROM activity WHERE id = ?",
  "DELETE FROM activity WHERE id = ?",
  N_("The activity does not exist (any more)."),
  N_("An activity with this number exists already, so the deleted one cannot be put back."),
  N_("Someone else changed this activity after you opened it. Nothing has been saved."),
};

/* Stop talks. */

static gint64
write_stop_talk (OndStore          *self,
                 gpointer           record,
                 OndRegisterFlags   flags,
                 gboolean           restoring,
                 GError           **error)
{
  OndStopTalk *stop_talk = record;
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *branch = _ond_register_trim (ond_stop_talk_get_branch (stop_talk));
  gint64 id = ond_stop_talk_get_id (stop_talk);
  gint64 version = ond_stop_talk_get_row_version (stop_talk);
  gboolean insert = id == 0 || restoring;
  gint64 written = 0;
  gint64 kept;

  if (!_ond_store_find_register_record (self, &stop_talk_register, id, restoring, &kept,
                                        error) ||
      !_ond_store_check_stop_talk (self, stop_talk, &iso, error) ||
      (!restoring && !_ond_store_check_period (self, iso, flags, error)))
    return 0;

  /* A change is written only while the row has the version the stop talk was read with (0:
   * not checked) and adds 1; what is put back gets the version it had
   * (ond-store-migration-11.c). */
  stmt = _ond_store_prepare (self,
                  insert ? "INSERT INTO stop_talk (date, branch, maatwerk, area_id, id,"
                           "  row_version) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"
                         : "UPDATE stop_talk SET date = ?, branch = ?, maatwerk = ?,"
                           "  area_id = ?, row_version = row_version + 1"
                           " WHERE id = ? AND (? = 0 OR row_version = ?) RETURNING id",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, iso, error) ||
      !ond_statement_bind_text (stmt, 2, branch, error) ||
      !ond_statement_bind_int64 (stmt, 3, ond_stop_talk_get_maatwerk (stop_talk) ? 1 : 0,
                                 error) ||
      !ond_statement_bind_id (stmt, 4, ond_stop_talk_get_area_id (stop_talk), error) ||
      !ond_statement_bind_id (stmt, 5, id, error) ||
      !ond_statement_bind_int64 (stmt, 6, insert ? MAX (version, 1) : version, error) ||
      (!insert && !ond_statement_bind_int64 (stmt, 7, version, error)) ||
      !ond_statement_execute_returning (stmt, &written, error))
    return 0;
  return _ond_store_finish_register_write (&stop_talk_register, written, error);
}

/**
 * ond_store_save_stop_talk:
 * @self: a #OndStore
 * @stop_talk: the stop talk; id 0 adds it, another id changes that stop talk, only while the
 *   row has the row version @stop_talk carries (0: not checked; %OND_STORE_ERROR_CONFLICT)
 * @flags: %OND_REGISTER_ALLOW_OUTSIDE_PERIOD once the user confirmed a date outside the
 *   plan period
 * @error: return location for an error
 *
 * Saves a stop talk; it needs a branch. Nothing is written on error.
 *
 * Returns: the id of the stop talk, or 0 with @error set
 */
gint64
ond_store_save_stop_talk (OndStore          *self,
                          OndStopTalk       *stop_talk,
                          OndRegisterFlags   flags,
                          GError           **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_STOP_TALK (stop_talk), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return _ond_store_run_register_write (self, write_stop_talk, stop_talk, flags, FALSE, error);
}

/**
 * ond_store_delete_stop_talk:
 * @self: a #OndStore
 * @id: the stop talk
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_delete_stop_talk (OndStore  *self,
                            gint64     id,
                            GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _ond_store_delete_register_record (self, &stop_talk_register, id, error);
}

/**
 * ond_store_restore_stop_talk:
 * @self: a #OndStore
 * @stop_talk: a stop talk as it was read before it was deleted
 * @error: return location for an error
 *
 * Puts a deleted stop talk back with its own id (undo).
 *
 * Returns: the id of the stop talk, or 0 with @error set
 */
gint64
ond_store_restore_stop_talk (OndStore     *self,
                             OndStopTalk  *stop_talk,
                             GError      **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_STOP_TALK (stop_talk), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return _ond_store_run_register_write (self, write_stop_talk, stop_talk,
                                        OND_REGISTER_FLAGS_NONE, TRUE, error);
}

/* Activities. */

static gint64
write_activity (OndStore          *self,
                gpointer           record,
                OndRegisterFlags   flags,
                gboolean           restoring,
                GError           **error)
{
  OndActivity *activity = record;
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *note = _ond_register_trim (ond_activity_get_note (activity));
  gint64 id = ond_activity_get_id (activity);
  gint64 version = ond_activity_get_row_version (activity);
  gboolean insert = id == 0 || restoring;
  gint64 written = 0;
  gint64 kept_plan_item_id;

  if (!_ond_store_find_register_record (self, &activity_register, id, restoring,
                                        &kept_plan_item_id, error))
    return 0;
  /* What is put back kept its planning row when it was made. */
  if (restoring)
    kept_plan_item_id = ond_activity_get_plan_item_id (activity);
  if (!_ond_store_check_activity (self, activity, kept_plan_item_id, &iso, error) ||
      (!restoring && !_ond_store_check_period (self, iso, flags, error)))
    return 0;

  /* The row version as a stop talk's (write_stop_talk ()). */
  stmt = _ond_store_prepare (self,
                  insert ? "INSERT INTO activity (date, kind, theme_id, plan_item_id,"
                           "  area_id, note, id, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                           " RETURNING id"
                         : "UPDATE activity SET date = ?, kind = ?, theme_id = ?,"
                           "  plan_item_id = ?, area_id = ?, note = ?,"
                           "  row_version = row_version + 1"
                           " WHERE id = ? AND (? = 0 OR row_version = ?) RETURNING id",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, iso, error) ||
      !ond_statement_bind_text (stmt, 2, ond_activity_get_kind (activity), error) ||
      !ond_statement_bind_id (stmt, 3, ond_activity_get_theme_id (activity), error) ||
      !ond_statement_bind_id (stmt, 4, ond_activity_get_plan_item_id (activity), error) ||
      !ond_statement_bind_id (stmt, 5, ond_activity_get_area_id (activity), error) ||
      !ond_statement_bind_text (stmt, 6, note, error) ||
      !ond_statement_bind_id (stmt, 7, id, error) ||
      !ond_statement_bind_int64 (stmt, 8, insert ? MAX (version, 1) : version, error) ||
      (!insert && !ond_statement_bind_int64 (stmt, 9, version, error)) ||
      !ond_statement_execute_returning (stmt, &written, error))
    return 0;
  return _ond_store_finish_register_write (&activity_register, written, error);
}

/**
 * ond_store_save_activity:
 * @self: a #OndStore
 * @activity: the activity; id 0 adds it, another id changes that activity, only while the
 *   row has the row version @activity carries (0: not checked; %OND_STORE_ERROR_CONFLICT)
 * @flags: %OND_REGISTER_ALLOW_OUTSIDE_PERIOD once the user confirmed a date outside the
 *   plan period
 * @error: return location for an error
 *
 * Saves an activity. A planning row it links to must belong to the current plan (a row it
 * already had may stay). Nothing is written on error.
 *
 * Returns: the id of the activity, or 0 with @error set
 */
gint64
ond_store_save_activity (OndStore          *self,
                         OndActivity       *activity,
                         OndRegisterFlags   flags,
                         GError           **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_ACTIVITY (activity), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return _ond_store_run_register_write (self, write_activity, activity, flags, FALSE, error);
}

/**
 * ond_store_delete_activity:
 * @self: a #OndStore
 * @id: the activity
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_delete_activity (OndStore  *self,
                           gint64     id,
                           GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _ond_store_delete_register_record (self, &activity_register, id, error);
}

/**
 * ond_store_restore_activity:
 * @self: a #OndStore
 * @activity: an activity as it was read before it was deleted
 * @error: return location for an error
 *
 * Puts a deleted activity back with its own id (undo).
 *
 * Returns: the id of the activity, or 0 with @error set
 */
gint64
ond_store_restore_activity (OndStore     *self,
                            OndActivity  *activity,
                            GError      **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_ACTIVITY (activity), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return _ond_store_run_register_write (self, write_activity, activity,
                                        OND_REGISTER_FLAGS_NONE, TRUE, error);
}
