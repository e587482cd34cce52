/* ond-subject-window.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndSubjectWindow: a request of a person concerned (AVG articles 15-17), a modal window of
 * the main window. The name and address the person gave find every case about them
 * (ond_store_find_subject); the cases found are listed, each with a check box, all chosen
 * at first. The chosen cases can be exported for an inspection request (a PDF), the
 * selected one corrected in the case form on the person's request, and the chosen ones
 * erased for good after a confirmation. On a read-only file the search is refused, with the
 * reason, and the buttons stay insensitive. Emits "cases-changed" after an erasure or a
 * correction. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_SUBJECT_WINDOW (ond_subject_window_get_type ())
G_DECLARE_FINAL_TYPE (OndSubjectWindow, ond_subject_window, OND, SUBJECT_WINDOW, AdwWindow)

OndSubjectWindow *ond_subject_window_new    (GtkWindow        *parent,
                                             OndStore         *store,
                                             OndPlan          *plan) G_GNUC_WARN_UNUSED_RESULT;
/* Writes the inspection export of the chosen cases to @path, as "Export for Inspection…"
 * does once the file is chosen: a toast says so, or a dialog shows why it failed. */
gboolean          ond_subject_window_export (OndSubjectWindow *self,
                                             const char       *path);

G_END_DECLS
