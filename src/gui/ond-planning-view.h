/* ond-planning-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPlanningView: the planning of the plan (section 7), editable: a sortable table or a
 * board of quarters, filtered on a year and on text; rows added, changed (the 'N.t.b.' slots
 * filled in), their status set, deleted with Undo; overdue rows flagged; the progress per
 * pillar and theme above. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_PLANNING_VIEW (ond_planning_view_get_type ())
G_DECLARE_FINAL_TYPE (OndPlanningView, ond_planning_view, OND, PLANNING_VIEW, AdwBin)

GtkWidget *ond_planning_view_new       (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore  *ond_planning_view_get_store (OndPlanningView *self);
void       ond_planning_view_set_store (OndPlanningView *self,
                                        OndStore        *store);
OndPlan   *ond_planning_view_get_plan  (OndPlanningView *self);
void       ond_planning_view_set_plan  (OndPlanningView *self,
                                        OndPlan         *plan);

G_END_DECLS
