/* ond-meeting-new-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndMeetingNewDialog: asks for the date of a new casusoverleg (dd-mm-jjjj, today at first).
 * The create response is enabled only for a valid date that has no meeting yet. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OND_TYPE_MEETING_NEW_DIALOG (ond_meeting_new_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndMeetingNewDialog, ond_meeting_new_dialog, OND, MEETING_NEW_DIALOG,
                      AdwMessageDialog)

GtkWidget  *ond_meeting_new_dialog_new      (GtkWindow           *parent,
                                             GListModel          *meetings)
                                             G_GNUC_WARN_UNUSED_RESULT;
const char *ond_meeting_new_dialog_get_date (OndMeetingNewDialog *self);
void        ond_meeting_new_dialog_set_text (OndMeetingNewDialog *self,
                                             const char          *text);

G_END_DECLS
