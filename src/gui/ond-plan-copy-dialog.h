/* ond-plan-copy-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPlanCopyDialog: the form that starts a new plan period from a plan (its title and its
 * first and last year); the store's refusals show below the field they are about. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_PLAN_COPY_DIALOG (ond_plan_copy_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndPlanCopyDialog, ond_plan_copy_dialog, OND, PLAN_COPY_DIALOG, AdwWindow)

OndPlanCopyDialog *ond_plan_copy_dialog_new        (GtkWindow         *parent,
                                                    OndStore          *store,
                                                    OndPlan           *source) G_GNUC_WARN_UNUSED_RESULT;
OndPlan           *ond_plan_copy_dialog_get_source (OndPlanCopyDialog *self);

G_END_DECLS
