/* ond-case-editor.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCaseEditor: the intake form of a signal (melding), a modal window. It registers a new
 * signal, or changes the intake fields of an existing case. A field that is wrong gets its
 * message right below it, and nothing is written. Emits "saved" (case id, reference) and
 * closes when the store accepted the form. */

#pragma once

#include <adwaita.h>

#include "ond-case.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_CASE_EDITOR (ond_case_editor_get_type ())
G_DECLARE_FINAL_TYPE (OndCaseEditor, ond_case_editor, OND, CASE_EDITOR, AdwWindow)

OndCaseEditor *ond_case_editor_new      (GtkWindow     *parent,
                                         OndStore      *store,
                                         OndPlan       *plan,
                                         OndCase       *kase) G_GNUC_WARN_UNUSED_RESULT;
OndStore      *ond_case_editor_get_store (OndCaseEditor *self);
OndCase       *ond_case_editor_get_case  (OndCaseEditor *self);
/* A correction on request of the person concerned: logged and recorded as such. */
void           ond_case_editor_set_on_request (OndCaseEditor *self,
                                         gboolean       on_request);

G_END_DECLS
