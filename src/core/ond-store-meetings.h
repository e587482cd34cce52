/* ond-store-meetings.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The casusoverleg meetings part of OndStore (ond-store-meetings.c). A meeting has a date
 * and an agenda: the new signals to weigh, the open cases whose follow-up date has come by
 * the meeting date, and cases the user adds. A decision taken in the meeting is kept on its
 * agenda item and becomes a history entry (case_event) of the case.
 *
 * OndMeeting properties: id, date (ISO), note, n-items.
 * OndMeetingItem properties: id, meeting-id, case-id, case-reference, position,
 *   reason (nieuw / follow_up / toegevoegd), reason-label, status-label, theme-name,
 *   subject-name (internal documents only), follow-up-date, decision, decided-at, decided-by.
 */

#pragma once

#include "ond-meeting.h"
#include "ond-meeting-item.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* Creates the meeting of @date (ISO) and fills its agenda (new signals first, then due
 * follow-ups, by reference). A second meeting on the same date is refused. Returns its id. */
gint64      ond_store_create_meeting          (OndStore    *self,
                                               const char  *date,
                                               GError     **error);
/* Newest first. */
GListModel *ond_store_list_meetings           (OndStore    *self,
                                               GError     **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_meeting_items      (OndStore    *self,
                                               gint64       meeting_id,
                                               GError     **error) G_GNUC_WARN_UNUSED_RESULT;
/* Adds a case to the agenda (reason toegevoegd); a case already on it is refused. */
gint64      ond_store_add_meeting_case        (OndStore    *self,
                                               gint64       meeting_id,
                                               gint64       case_id,
                                               GError     **error);
/* Records the decision on an agenda item (required text) and adds it to the case's
 * history as "Casusoverleg dd-mm-jjjj: <decision>". Logged. */
gboolean    ond_store_record_meeting_decision (OndStore    *self,
                                               gint64       item_id,
                                               const char  *decision,
                                               GError     **error);
/* The same for a decision opened with *@row_version (the item's, 0: not checked):
 * OND_STORE_ERROR_CONFLICT when someone else recorded one since (ond-store-migration-12.c);
 * on success *@row_version is the item's new version. */
gboolean    ond_store_record_meeting_decision_edit (OndStore    *self,
                                                    gint64       item_id,
                                                    gint64      *row_version,
                                                    const char  *decision,
                                                    GError     **error);

G_END_DECLS
