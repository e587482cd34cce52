/* ond-funding-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndFundingDialog: the form of a funding of the plan: its year, source (taakveld 1.2,
 * RIEC contribution, other), amount (typed as text, Dutch or plain), earmark text and the
 * cost lines it may pay for (check buttons; none ticked = any line). A refusal is shown
 * below the field it concerns; once the store accepts the form it emits "saved" and
 * closes. */

#pragma once

#include <adwaita.h>

#include "ond-funding.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_FUNDING_DIALOG (ond_funding_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndFundingDialog, ond_funding_dialog, OND, FUNDING_DIALOG, AdwWindow)

/* @funding: the funding to change, or NULL to add one. */
OndFundingDialog *ond_funding_dialog_new (GtkWindow  *parent,
                                          OndStore   *store,
                                          OndPlan    *plan,
                                          OndFunding *funding) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
