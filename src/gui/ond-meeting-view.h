/* ond-meeting-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndMeetingView: the meetings of the casusoverleg (newest first) beside the agenda of the
 * one chosen: the cases on it, why they are on it, and the decision taken on each. New
 * meetings, added cases and decisions go through the store; the agenda and the decision list
 * print and export as PDF. Internal: it shows subjects. */

#pragma once

#include <adwaita.h>

#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_MEETING_VIEW (ond_meeting_view_get_type ())
G_DECLARE_FINAL_TYPE (OndMeetingView, ond_meeting_view, OND, MEETING_VIEW, AdwBin)

GtkWidget  *ond_meeting_view_new                (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *ond_meeting_view_get_store          (OndMeetingView *self);
void        ond_meeting_view_set_store          (OndMeetingView *self,
                                                 OndStore       *store);
GListModel *ond_meeting_view_get_meetings       (OndMeetingView *self);
gint64      ond_meeting_view_get_meeting_id     (OndMeetingView *self);
void        ond_meeting_view_select_meeting     (OndMeetingView *self,
                                                 gint64          meeting_id);
GListModel *ond_meeting_view_get_agenda         (OndMeetingView *self);
void        ond_meeting_view_reload             (OndMeetingView *self);

G_END_DECLS
