/* ond-meeting-item.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndMeetingItem: one case on the agenda of a casusoverleg (a meeting_item row), with the
 * case's reference, status, theme and subject joined in, and the decision taken on it.
 * Holds personal data (the subject name): only internal views and documents show it.
 *
 * Properties (read-only, construct-only; strings never NULL unless said):
 *   id, meeting-id, case-id, case-reference, position (1 = first on the agenda),
 *   reason (nieuw / follow_up / toegevoegd), reason-label, status-label,
 *   theme-name (nullable), subject-name, follow-up-date (nullable, ISO: the case's next
 *   follow-up), decision ("" while none is recorded), decided-at (nullable),
 *   decided-by (nullable).
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_MEETING_ITEM (ond_meeting_item_get_type ())
G_DECLARE_FINAL_TYPE (OndMeetingItem, ond_meeting_item, OND, MEETING_ITEM, GObject)

/* The store builds items with g_object_new (OND_TYPE_MEETING_ITEM, "id", ..., NULL). */
gint64      ond_meeting_item_get_id             (OndMeetingItem *self);
/* The row version read with the record (optimistic locking, ond-store-migration-12.c):
 * a save of a change is refused when the row changed since; 0 = not checked. */
gint64      ond_meeting_item_get_row_version    (OndMeetingItem *self);
void        ond_meeting_item_set_row_version    (OndMeetingItem *self,
                                                 gint64          row_version);
gint64      ond_meeting_item_get_meeting_id     (OndMeetingItem *self);
gint64      ond_meeting_item_get_case_id        (OndMeetingItem *self);
const char *ond_meeting_item_get_case_reference (OndMeetingItem *self);
guint       ond_meeting_item_get_position       (OndMeetingItem *self);
const char *ond_meeting_item_get_reason         (OndMeetingItem *self);
const char *ond_meeting_item_get_reason_label   (OndMeetingItem *self);
const char *ond_meeting_item_get_status_label   (OndMeetingItem *self);
const char *ond_meeting_item_get_theme_name     (OndMeetingItem *self);
const char *ond_meeting_item_get_subject_name   (OndMeetingItem *self);
const char *ond_meeting_item_get_follow_up_date (OndMeetingItem *self);
const char *ond_meeting_item_get_decision       (OndMeetingItem *self);
const char *ond_meeting_item_get_decided_at     (OndMeetingItem *self);
const char *ond_meeting_item_get_decided_by     (OndMeetingItem *self);

/* The Dutch label of an agenda reason code ("Nieuwe melding"), or NULL for an unknown one. */
const char *ond_meeting_reason_label            (const char     *reason);

G_END_DECLS
