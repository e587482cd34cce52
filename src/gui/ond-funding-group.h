/* ond-funding-group.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndFundingGroup: the funding of the plan per year and source, each with its earmark and
 * the cost lines it may pay for; funding is added, changed (OndFundingDialog) and deleted
 * (after confirming; the toast's Undo puts it back) here. Nothing can be started on a
 * read-only file. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_FUNDING_GROUP (ond_funding_group_get_type ())
G_DECLARE_FINAL_TYPE (OndFundingGroup, ond_funding_group, OND, FUNDING_GROUP, AdwBin)

GtkWidget  *ond_funding_group_new         (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *ond_funding_group_get_store   (OndFundingGroup *self);
void        ond_funding_group_set_store   (OndFundingGroup *self,
                                           OndStore        *store);
OndPlan    *ond_funding_group_get_plan    (OndFundingGroup *self);
void        ond_funding_group_set_plan    (OndFundingGroup *self,
                                           OndPlan         *plan);
/* The funding shown (OndFunding, by year and source). */
GListModel *ond_funding_group_get_funding (OndFundingGroup *self);
void        ond_funding_group_reload      (OndFundingGroup *self);

G_END_DECLS
