/* ond-budget-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBudgetView: the Begroting section (section 6 of the plan), the tool budget owners
 * reconcile with. A view switcher over three pages: the reconciliation of a year
 * (OndReconciliationPage), the bookings (OndBookingsPage) and the editing of the cost lines,
 * budget changes and funding (OndBudgetEditPage). */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_BUDGET_VIEW (ond_budget_view_get_type ())
G_DECLARE_FINAL_TYPE (OndBudgetView, ond_budget_view, OND, BUDGET_VIEW, AdwBin)

GtkWidget  *ond_budget_view_new       (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *ond_budget_view_get_store (OndBudgetView *self);
void        ond_budget_view_set_store (OndBudgetView *self,
                                       OndStore      *store);
OndPlan    *ond_budget_view_get_plan  (OndBudgetView *self);
void        ond_budget_view_set_plan  (OndBudgetView *self,
                                       OndPlan       *plan);
/* The page shown: "reconciliation", "bookings" or "budget". */
const char *ond_budget_view_get_page  (OndBudgetView *self);
void        ond_budget_view_set_page  (OndBudgetView *self,
                                       const char    *name);

G_END_DECLS
