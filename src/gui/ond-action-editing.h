/* ond-action-editing.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndActionEditing: what the pillar views and the themes view share to change actions: the
 * store and plan they show, the choices of a status, the planning rows an action can name,
 * and the changes themselves: the editor and the progress note dialog, a quick status
 * change, a move up or down, and a delete with its confirmation and Undo toast. It belongs
 * to one view (its owner), whose window the dialogs belong to and whose toast overlay shows
 * the toasts. */

#pragma once

#include <adwaita.h>

#include "ond-action.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_ACTION_EDITING (ond_action_editing_get_type ())
G_DECLARE_FINAL_TYPE (OndActionEditing, ond_action_editing, OND, ACTION_EDITING, GObject)

OndActionEditing *ond_action_editing_new              (GtkWidget        *owner)
                                                       G_GNUC_WARN_UNUSED_RESULT;
OndStore         *ond_action_editing_get_store        (OndActionEditing *self);
OndPlan          *ond_action_editing_get_plan         (OndActionEditing *self);
/* Sets what the owner shows; reads the statuses and planning rows again. */
gboolean          ond_action_editing_load             (OndActionEditing *self,
                                                       OndStore         *store,
                                                       OndPlan          *plan,
                                                       GError          **error);
gboolean          ond_action_editing_get_read_only    (OndActionEditing *self);

GListModel       *ond_action_editing_get_status_labels (OndActionEditing *self);
guint             ond_action_editing_find_status      (OndActionEditing *self,
                                                       const char       *code);
const char       *ond_action_editing_get_status_code  (OndActionEditing *self,
                                                       guint             index);
GListModel       *ond_action_editing_get_plan_items   (OndActionEditing *self);
char             *ond_action_editing_describe_plan_item (OndActionEditing *self,
                                                         gint64            plan_item_id)
                                                         G_GNUC_WARN_UNUSED_RESULT;
/* The action that the owner's next reload should give the keyboard focus (the one just
 * added, changed, moved or put back), taken once; 0 for none. */
gint64            ond_action_editing_take_focus       (OndActionEditing *self);

void              ond_action_editing_add              (OndActionEditing *self,
                                                       gint64            pillar_id,
                                                       gint64            theme_id,
                                                       const char       *group_heading);
void              ond_action_editing_edit             (OndActionEditing *self,
                                                       OndAction        *action);
void              ond_action_editing_add_progress     (OndActionEditing *self,
                                                       OndAction        *action);
void              ond_action_editing_set_status       (OndActionEditing *self,
                                                       OndAction        *action,
                                                       const char       *status);
void              ond_action_editing_move             (OndActionEditing *self,
                                                       OndAction        *action,
                                                       int               offset);
void              ond_action_editing_delete           (OndActionEditing *self,
                                                       OndAction        *action);
/* Drops the copy kept for Undo: its toast no longer brings the action back. */
void              ond_action_editing_forget_deleted   (OndActionEditing *self);

G_END_DECLS
