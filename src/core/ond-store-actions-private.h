/* ond-store-actions-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files that edit actions share: the checks of ond-store-action-checks.c (the
 * rules of ond-store-actions.h), the order of ond-store-action-order.c, and the insert of
 * ond-store-actions.c, for the files ond-store-action*.c. Every helper runs inside the
 * caller's transaction; the checks only read.
 */

#pragma once

#include "ond-store-actions.h"
#include "ond-store-private.h"

G_BEGIN_DECLS

/* An action as stored, for a change. */
typedef struct
{
  gint64  id;
  gint64  plan_id;
  gint64  pillar_id;
  gint64  theme_id;
  char   *group_heading;
  gint64  owner_id;
} OndActionRow;

void      _ond_store_action_row_clear      (OndActionRow          *row);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OndActionRow, _ond_store_action_row_clear)

/* Sets @code of OND_PLAN_ERROR with @message; returns FALSE. */
gboolean  _ond_store_action_fail           (GError               **error,
                                            OndPlanError           code,
                                            const char            *message);
/* Reads action @action_id; OND_STORE_ERROR_NOT_FOUND when there is none. */
gboolean  _ond_store_action_read           (OndStore              *self,
                                            gint64                 action_id,
                                            OndActionRow          *row,
                                            GError               **error);
/* Checks @fields for an action of @plan_id whose owner is @current_owner_id now (0 for a
 * new action: a retired owner is refused; else that owner may stay). Sets @text and
 * @group_heading (transfer full) to the trimmed texts. */
gboolean  _ond_store_action_check_fields   (OndStore              *self,
                                            gint64                 plan_id,
                                            const OndActionFields *fields,
                                            gint64                 current_owner_id,
                                            char                 **text,
                                            char                 **group_heading,
                                            GError               **error);
/* Refuses a status that is not in work_status (OND_PLAN_ERROR_STATUS). */
gboolean  _ond_store_action_check_status   (OndStore              *self,
                                            const char            *status,
                                            GError               **error);
/* The date of a progress note: given, a real day, 2000 up to today; @iso (transfer full)
 * receives it as ISO. OND_PLAN_ERROR_DATE. */
gboolean  _ond_store_action_check_date     (const char            *date,
                                            char                 **iso,
                                            GError               **error);
/* Writes the links of an action to @ids (all earlier links go). */
gboolean  _ond_store_action_write_links    (OndStore              *self,
                                            gint64                 action_id,
                                            const gint64          *ids,
                                            guint                  n_ids,
                                            GError               **error);
/* The order (ond-store-action-order.c). */

/* Numbers the actions of @pillar_id 1, 2, 3... in the order the window shows. */
gboolean  _ond_store_action_renumber       (OndStore              *self,
                                            gint64                 pillar_id,
                                            GError               **error);
/* Places action @id of the group (@pillar_id, @theme_id, @heading) in its pillar at @index
 * (0 = first; G_MAXUINT = at the end of its group), and numbers the pillar. */
gboolean  _ond_store_action_place          (OndStore              *self,
                                            gint64                 id,
                                            gint64                 pillar_id,
                                            gint64                 theme_id,
                                            const char            *heading,
                                            guint                  index,
                                            GError               **error);
/* Swaps the action with its neighbour @offset (-1, 1) away in its group;
 * OND_STORE_ERROR_INVALID when there is none. */
gboolean  _ond_store_action_move           (OndStore              *self,
                                            gint64                 action_id,
                                            int                    offset,
                                            GError               **error);
gboolean  _ond_store_action_can_move       (OndStore              *self,
                                            gint64                 action_id,
                                            int                    offset,
                                            gboolean              *can_move,
                                            GError               **error);
/* The place (1 = first) of @action_id among the actions of @pillar_id; 0 when it is not one
 * of them, -1 with @error set on a database error. */
int       _ond_store_action_place_of       (OndStore              *self,
                                            gint64                 pillar_id,
                                            gint64                 action_id,
                                            GError               **error);

/* Inserts an action (with @id, or a new id for 0) after checking @fields (an owner
 * @current_owner_id may stay, retired or not), at @index of its pillar (G_MAXUINT: the end
 * of its group), with its links and @row_version (1 for a new action, the version it had
 * for one put back). Returns the id, or 0. */
gint64    _ond_store_action_insert         (OndStore              *self,
                                            gint64                 plan_id,
                                            gint64                 id,
                                            gint64                 row_version,
                                            const OndActionFields *fields,
                                            gint64                 current_owner_id,
                                            guint                  index,
                                            GError               **error);

/* Ends the transaction a writer began: commits when @ok, else (or when the commit fails)
 * rolls back. Returns whether the change was written. */
gboolean  _ond_store_action_finish         (OndStore              *self,
                                            gboolean               ok,
                                            GError               **error);

G_END_DECLS
