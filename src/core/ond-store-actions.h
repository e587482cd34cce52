/* ond-store-actions.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the actions (maatregelen) of a plan (ond-store-actions.c): add, change, set the
 * status, move up or down, delete and put back; their progress notes; the planning rows
 * linked to them. Every change is one transaction; a refused change writes nothing.
 *
 * Rules checked before anything is written (ond-store-action-checks.c). A refusal about one
 * field is in OND_PLAN_ERROR (ond-plan-error.h), its code naming that field:
 * - TEXT: an action has a text (not blank; trimmed).
 * - PILLAR: the pillar is one of the action's plan.
 * - THEME: the theme, when given (0 = none), is one of the action's plan.
 * - STATUS: the status is a code of work_status: gepland, lopend, gereed, uitgesteld,
 *   vervallen.
 * - OWNER: the owner, when given (0 = none), is a partner that is not retired. An action
 *   whose owner was retired later keeps that owner through other changes; it cannot be
 *   given to a retired partner anew.
 * - PLAN_ITEM: a linked planning row exists and is one of the action's plan.
 * - NOTE / DATE: a progress note has a text and a date (dd-mm-jjjj or ISO) that is a real
 *   day, not before 2000 and not after today.
 * Refusals about no field stay in OND_STORE_ERROR: an action or plan that does not exist
 * (NOT_FOUND), a read-only file (READ_ONLY), a move past the first or last action of the
 * group and a restore whose id is taken (INVALID).
 *
 * Order. The actions of a pillar are shown in groups: the pillar's own actions first, then
 * those of each theme in the themes' order; within that by position. Each write numbers the
 * positions of the pillars it touched 1, 2, 3... in that order, so they stay dense and
 * unique within the pillar. A new action, or one moved to another group (pillar, theme or
 * group heading), goes to the end of its group. Moving up or down swaps an action with its
 * neighbour in the same group; an action does not leave its group by moving.
 */

#pragma once

#include "ond-action-progress.h"
#include "ond-action.h"
#include "ond-plan-error.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* What an action says: the fields of the editor. */
typedef struct
{
  gint64        pillar_id;
  gint64        theme_id;        /* 0: a pillar's own action */
  const char   *group_heading;   /* NULL or "": no heading */
  const char   *text;
  const char   *status;          /* a work_status code; NULL: gepland */
  gint64        owner_id;        /* 0: no owner */
  const gint64 *plan_item_ids;   /* the linked planning rows */
  guint         n_plan_items;
} OndActionFields;

/* Adds an action to @plan_id at the end of its group. Returns its id, or 0. */
gint64      ond_store_add_action           (OndStore               *self,
                                            gint64                  plan_id,
                                            const OndActionFields  *fields,
                                            GError                **error);
/* Changes every field of an action, its linked planning rows included. */
gboolean    ond_store_update_action        (OndStore               *self,
                                            gint64                  action_id,
                                            const OndActionFields  *fields,
                                            GError                **error);
/* The same for an edit opened when the action had *@row_version: refused with
 * OND_STORE_ERROR_CONFLICT (nothing written) when someone else changed it since; on success
 * *@row_version is the row's version now (ond-store-plan-conflict.h compares). */
gboolean    ond_store_save_action_edit     (OndStore               *self,
                                            gint64                  action_id,
                                            gint64                 *row_version,
                                            const OndActionFields  *fields,
                                            GError                **error);
gboolean    ond_store_set_action_status    (OndStore               *self,
                                            gint64                  action_id,
                                            const char             *status,
                                            GError                **error);
/* Moves an action one place up (@offset -1) or down (+1) within its group. */
gboolean    ond_store_move_action          (OndStore               *self,
                                            gint64                  action_id,
                                            int                     offset,
                                            GError                **error);
/* Whether the action has a neighbour in its group above (@offset -1) or below (+1). */
gboolean    ond_store_can_move_action      (OndStore               *self,
                                            gint64                  action_id,
                                            int                     offset,
                                            gboolean               *can_move,
                                            GError                **error);
/* The action as it is now, with all its progress notes and linked planning rows; its
 * position is its place within its pillar (1 = first). What ond_store_restore_action ()
 * needs after a delete. Transfer full. */
OndAction  *ond_store_dup_action           (OndStore               *self,
                                            gint64                  action_id,
                                            GError                **error)
                                            G_GNUC_WARN_UNUSED_RESULT;
/* Deletes an action with its progress notes and links. */
gboolean    ond_store_delete_action        (OndStore               *self,
                                            gint64                  action_id,
                                            GError                **error);
/* Undo of a delete: puts @action, as ond_store_dup_action () read it before the delete,
 * back with its own id, place, fields, progress notes and links. Returns the id or 0. */
gint64      ond_store_restore_action       (OndStore               *self,
                                            gint64                  plan_id,
                                            OndAction              *action,
                                            GError                **error);

/* Progress notes: dated @date (dd-mm-jjjj or ISO), by the user (real name, else login
 * name). Returns the id of the note or 0. */
gint64      ond_store_add_action_progress  (OndStore               *self,
                                            gint64                  action_id,
                                            const char             *date,
                                            const char             *note,
                                            GError                **error);
/* The notes of an action, newest first (date, then id). Transfer full: a GListStore of
 * OndActionProgress. */
GListModel *ond_store_list_action_progress (OndStore               *self,
                                            gint64                  action_id,
                                            GError                **error)
                                            G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
