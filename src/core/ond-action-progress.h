/* ond-action-progress.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndActionProgress: one progress note of an action: the day it is about, what was done or
 * decided, and who wrote it down.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_ACTION_PROGRESS (ond_action_progress_get_type ())
G_DECLARE_FINAL_TYPE (OndActionProgress, ond_action_progress, OND, ACTION_PROGRESS, GObject)

OndActionProgress *ond_action_progress_new           (gint64             id,
                                                      gint64             action_id,
                                                      const char        *date,
                                                      const char        *note,
                                                      const char        *who)
                                                      G_GNUC_WARN_UNUSED_RESULT;
gint64             ond_action_progress_get_id        (OndActionProgress *self);
gint64             ond_action_progress_get_action_id (OndActionProgress *self);
const char        *ond_action_progress_get_date      (OndActionProgress *self);
const char        *ond_action_progress_get_note      (OndActionProgress *self);
const char        *ond_action_progress_get_who       (OndActionProgress *self);

G_END_DECLS
