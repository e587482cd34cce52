/* ond-overview-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndOverviewView: the dashboard (Overzicht). The follow-ups that are due, the open cases per
 * status and a summary of each section of the plan. No personal data. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_OVERVIEW_VIEW (ond_overview_view_get_type ())
G_DECLARE_FINAL_TYPE (OndOverviewView, ond_overview_view, OND, OVERVIEW_VIEW, AdwBin)

GtkWidget  *ond_overview_view_new       (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *ond_overview_view_get_store (OndOverviewView *self);
void        ond_overview_view_set_store (OndOverviewView *self,
                                         OndStore        *store);
OndPlan    *ond_overview_view_get_plan  (OndOverviewView *self);
void        ond_overview_view_set_plan  (OndOverviewView *self,
                                         OndPlan         *plan);
/* The follow-ups due that are listed: the first OND_OVERVIEW_DUE_SHOWN by date (OndCase). */
#define OND_OVERVIEW_DUE_SHOWN 10
GListModel *ond_overview_view_get_due   (OndOverviewView *self);
/* How many follow-ups are due in all. */
guint       ond_overview_view_get_n_due (OndOverviewView *self);
void        ond_overview_view_reload    (OndOverviewView *self);

G_END_DECLS
