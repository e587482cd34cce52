/* ond-budget-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBudgetView: the budget of the plan (section 6): the totals per year against the funding
 * and the plan's stated total, the budget lines per year, and the funding. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_BUDGET_VIEW (ond_budget_view_get_type ())
G_DECLARE_FINAL_TYPE (OndBudgetView, ond_budget_view, OND, BUDGET_VIEW, AdwBin)

GtkWidget *ond_budget_view_new       (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore  *ond_budget_view_get_store (OndBudgetView *self);
void       ond_budget_view_set_store (OndBudgetView *self,
                                      OndStore      *store);
OndPlan   *ond_budget_view_get_plan  (OndBudgetView *self);
void       ond_budget_view_set_plan  (OndBudgetView *self,
                                      OndPlan       *plan);

G_END_DECLS
