/* ond-meeting.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndMeeting: one casusoverleg (a meeting row): its date and how many cases are on its
 * agenda. The store builds it; its properties are read-only (construct-only).
 *
 * Properties: id, date (ISO), note, n-items.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_MEETING (ond_meeting_get_type ())
G_DECLARE_FINAL_TYPE (OndMeeting, ond_meeting, OND, MEETING, GObject)

OndMeeting *ond_meeting_new         (gint64      id,
                                     const char *date,
                                     const char *note,
                                     guint       n_items) G_GNUC_WARN_UNUSED_RESULT;
gint64      ond_meeting_get_id      (OndMeeting *self);
const char *ond_meeting_get_date    (OndMeeting *self);
const char *ond_meeting_get_note    (OndMeeting *self);
guint       ond_meeting_get_n_items (OndMeeting *self);

G_END_DECLS
