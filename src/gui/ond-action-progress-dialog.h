/* ond-action-progress-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndActionProgressDialog: writes down a progress note of an action: its date (today at
 * first) and the note, with the notes written before listed below. The store's refusal
 * shows below the date or the note; "saved" gives the id of the note written. */

#pragma once

#include <adwaita.h>

#include "ond-action.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_ACTION_PROGRESS_DIALOG (ond_action_progress_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndActionProgressDialog, ond_action_progress_dialog,
                      OND, ACTION_PROGRESS_DIALOG, AdwWindow)

OndActionProgressDialog *ond_action_progress_dialog_new           (GtkWindow               *parent,
                                                                   OndStore                *store,
                                                                   OndAction               *action)
                                                                   G_GNUC_WARN_UNUSED_RESULT;
gint64                   ond_action_progress_dialog_get_action_id (OndActionProgressDialog *self);

G_END_DECLS
