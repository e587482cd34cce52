/* ond-case-event.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCaseEvent: one entry of a case's history (a case_event row): when, who, the status
 * before and after, and the reason.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_CASE_EVENT (ond_case_event_get_type ())
G_DECLARE_FINAL_TYPE (OndCaseEvent, ond_case_event, OND, CASE_EVENT, GObject)

OndCaseEvent *ond_case_event_new             (gint64      id,
                                              gint64      case_id,
                                              const char *at,
                                              const char *who,
                                              const char *from_status,
                                              const char *from_label,
                                              const char *to_status,
                                              const char *to_label,
                                              const char *reason)
                                              G_GNUC_WARN_UNUSED_RESULT;
gint64        ond_case_event_get_id          (OndCaseEvent *self);
gint64        ond_case_event_get_case_id     (OndCaseEvent *self);
const char   *ond_case_event_get_at          (OndCaseEvent *self);
const char   *ond_case_event_get_who         (OndCaseEvent *self);
const char   *ond_case_event_get_from_status (OndCaseEvent *self);
const char   *ond_case_event_get_from_label  (OndCaseEvent *self);
const char   *ond_case_event_get_to_status   (OndCaseEvent *self);
const char   *ond_case_event_get_to_label    (OndCaseEvent *self);
const char   *ond_case_event_get_reason      (OndCaseEvent *self);

G_END_DECLS
