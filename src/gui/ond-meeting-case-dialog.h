/* ond-meeting-case-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndMeetingCaseDialog: picks a case to add to a meeting's agenda, by searching on its
 * reference, subject or summary. Cases already on the agenda are marked and cannot be
 * chosen. Internal: it shows subjects. */

#pragma once

#include <adwaita.h>

#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_MEETING_CASE_DIALOG (ond_meeting_case_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndMeetingCaseDialog, ond_meeting_case_dialog, OND, MEETING_CASE_DIALOG,
                      AdwMessageDialog)

GtkWidget  *ond_meeting_case_dialog_new         (GtkWindow            *parent,
                                                 OndStore             *store,
                                                 GListModel           *agenda)
                                                 G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_meeting_case_dialog_get_cases   (OndMeetingCaseDialog *self);
gint64      ond_meeting_case_dialog_get_case_id (OndMeetingCaseDialog *self);
void        ond_meeting_case_dialog_set_search  (OndMeetingCaseDialog *self,
                                                 const char           *text);

G_END_DECLS
