/* ond-intervention-name-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndInterventionNameDialog: the form that adds an intervention to the interventie
 * menukaart or renames one. A refusal of the store (a blank name, or one the menukaart has
 * already: OND_PLAN_ERROR_NAME) is shown below the name; nothing is written until the
 * store accepts it, which then emits "saved" and closes. */

#pragma once

#include <adwaita.h>

#include "ond-intervention.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_INTERVENTION_NAME_DIALOG (ond_intervention_name_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndInterventionNameDialog, ond_intervention_name_dialog, OND,
                      INTERVENTION_NAME_DIALOG, AdwWindow)

/* @intervention: the intervention to rename, or NULL to add one. */
OndInterventionNameDialog *ond_intervention_name_dialog_new (GtkWindow       *parent,
                                                             OndStore        *store,
                                                             OndIntervention *intervention)
                                                             G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
