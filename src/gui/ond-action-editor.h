/* ond-action-editor.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndActionEditor: the form of an action, new or existing: its text, group heading,
 * pillar, theme, status, owner and linked planning rows. A new action is added with Add;
 * an existing one's changes are saved at once, without a button, and the window stays
 * open. The store's refusal shows below the field its OND_PLAN_ERROR code names; "saved"
 * says what was written. */

#pragma once

#include <adwaita.h>

#include "ond-action.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_ACTION_EDITOR (ond_action_editor_get_type ())
G_DECLARE_FINAL_TYPE (OndActionEditor, ond_action_editor, OND, ACTION_EDITOR, AdwWindow)

OndActionEditor *ond_action_editor_new        (GtkWindow       *parent,
                                               OndStore        *store,
                                               OndPlan         *plan,
                                               OndAction       *action,
                                               gint64           pillar_id,
                                               gint64           theme_id,
                                               const char      *group_heading)
                                               G_GNUC_WARN_UNUSED_RESULT;
OndAction       *ond_action_editor_get_action (OndActionEditor *self);

G_END_DECLS
