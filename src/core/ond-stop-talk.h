/* ond-stop-talk.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndStopTalk: a stopgesprek with a facilitator (a branch such as an accountant, a car
 * dealer, an estate agent), and whether it led to a maatwerkoplossing. One row of the
 * table stop_talk. Immutable but for its
 * row version (ond-store-migration-11.c).
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_STOP_TALK (ond_stop_talk_get_type ())
G_DECLARE_FINAL_TYPE (OndStopTalk, ond_stop_talk, OND, STOP_TALK, GObject)

OndStopTalk *ond_stop_talk_new             (gint64       id,
                                            const char  *date,
                                            const char  *branch,
                                            gboolean     maatwerk,
                                            gint64       area_id,
                                            const char  *area_name) G_GNUC_WARN_UNUSED_RESULT;
gint64       ond_stop_talk_get_id          (OndStopTalk *self);
/* The row version read with the record (optimistic locking, ond-store-migration-11.c):
 * a save of a change is refused when the row changed since; 0 = not checked. */
gint64       ond_stop_talk_get_row_version (OndStopTalk *self);
void         ond_stop_talk_set_row_version (OndStopTalk *self,
                                            gint64       row_version);
const char  *ond_stop_talk_get_date        (OndStopTalk *self);
const char  *ond_stop_talk_get_branch      (OndStopTalk *self);
gboolean     ond_stop_talk_get_maatwerk    (OndStopTalk *self);
gint64       ond_stop_talk_get_area_id     (OndStopTalk *self);
const char  *ond_stop_talk_get_area_name   (OndStopTalk *self);
const char  *ond_stop_talk_get_search_text (OndStopTalk *self);

G_END_DECLS
