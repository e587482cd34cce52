/* ond-themes-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndThemesView: the six themes of the plan, each with its owners, counts, actions and
 * planning rows (OndThemeSection). */

#pragma once

#include <adwaita.h>

#include "ond-action-editing.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_THEMES_VIEW (ond_themes_view_get_type ())
G_DECLARE_FINAL_TYPE (OndThemesView, ond_themes_view, OND, THEMES_VIEW, AdwBin)

GtkWidget  *ond_themes_view_new        (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *ond_themes_view_get_store  (OndThemesView *self);
void        ond_themes_view_set_store  (OndThemesView *self,
                                        OndStore      *store);
OndPlan    *ond_themes_view_get_plan   (OndThemesView *self);
void        ond_themes_view_set_plan   (OndThemesView *self,
                                        OndPlan       *plan);
GListModel *ond_themes_view_get_themes (OndThemesView *self);
OndActionEditing *ond_themes_view_get_editing (OndThemesView *self);

G_END_DECLS
