/* ond-pillar-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPillarView: one pillar (pijler) of the plan: its objective and description, and its
 * actions grouped under their headings, each with its status, owner, theme, linked planning
 * rows and latest progress note; actions are added, changed, moved and deleted (with Undo)
 * from here. One class for the three pillars. */

#pragma once

#include <adwaita.h>

#include "ond-action-editing.h"
#include "ond-pillar.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_PILLAR_VIEW (ond_pillar_view_get_type ())
G_DECLARE_FINAL_TYPE (OndPillarView, ond_pillar_view, OND, PILLAR_VIEW, AdwBin)

GtkWidget  *ond_pillar_view_new        (int            number) G_GNUC_WARN_UNUSED_RESULT;
int         ond_pillar_view_get_number (OndPillarView *self);
OndStore   *ond_pillar_view_get_store  (OndPillarView *self);
void        ond_pillar_view_set_store  (OndPillarView *self,
                                        OndStore      *store);
OndPlan    *ond_pillar_view_get_plan   (OndPillarView *self);
void        ond_pillar_view_set_plan   (OndPillarView *self,
                                        OndPlan       *plan);
OndPillar  *ond_pillar_view_get_pillar (OndPillarView *self);
GListModel *ond_pillar_view_get_actions (OndPillarView *self);
OndActionEditing *ond_pillar_view_get_editing (OndPillarView *self);

G_END_DECLS
