/* ond-intervention-editor.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndInterventionEditor: adds an intervention of the menukaart to a case, or changes one
 * (its partner, dates, status and note), in a modal window. Only the interventions still in
 * use are offered, and for the chosen one only the partners the menukaart marks for it.
 * Emits "saved" and closes when the store took it. */

#pragma once

#include <adwaita.h>

#include "ond-case-intervention.h"
#include "ond-case.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_INTERVENTION_EDITOR (ond_intervention_editor_get_type ())
G_DECLARE_FINAL_TYPE (OndInterventionEditor, ond_intervention_editor, OND, INTERVENTION_EDITOR,
                      AdwWindow)

OndInterventionEditor *ond_intervention_editor_new      (GtkWindow             *parent,
                                                         OndStore              *store,
                                                         OndCase               *kase,
                                                         OndCaseIntervention   *intervention)
                                                         G_GNUC_WARN_UNUSED_RESULT;
OndCase               *ond_intervention_editor_get_case (OndInterventionEditor *self);

G_END_DECLS
