/* ond-decision-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndDecisionDialog: asks for the decision the casusoverleg took on one case of its agenda.
 * The text is required: the record response stays disabled while it is empty. */

#pragma once

#include <adwaita.h>

#include "ond-meeting-item.h"

G_BEGIN_DECLS

#define OND_TYPE_DECISION_DIALOG (ond_decision_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndDecisionDialog, ond_decision_dialog, OND, DECISION_DIALOG,
                      AdwMessageDialog)

GtkWidget      *ond_decision_dialog_new          (GtkWindow         *parent,
                                                  OndMeetingItem    *item)
                                                  G_GNUC_WARN_UNUSED_RESULT;
OndMeetingItem *ond_decision_dialog_get_item     (OndDecisionDialog *self);
char           *ond_decision_dialog_dup_decision (OndDecisionDialog *self)
                                                  G_GNUC_WARN_UNUSED_RESULT;
void            ond_decision_dialog_set_decision (OndDecisionDialog *self,
                                                  const char        *decision);
/* Someone else recorded a decision on the item since the dialog opened: asks, over the dialog,
 * whether to keep theirs or record the user's over it. */
void            ond_decision_dialog_ask_conflict (OndDecisionDialog *self,
                                                  OndMeetingItem    *current);

G_END_DECLS
