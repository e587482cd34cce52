/* ond-partners-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPartnersView: the partners of the approach by kind, and the interventie menukaart: which
 * partner can carry out which intervention. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_PARTNERS_VIEW (ond_partners_view_get_type ())
G_DECLARE_FINAL_TYPE (OndPartnersView, ond_partners_view, OND, PARTNERS_VIEW, AdwBin)

GtkWidget *ond_partners_view_new       (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore  *ond_partners_view_get_store (OndPartnersView *self);
void       ond_partners_view_set_store (OndPartnersView *self,
                                        OndStore        *store);
OndPlan   *ond_partners_view_get_plan  (OndPartnersView *self);
void       ond_partners_view_set_plan  (OndPartnersView *self,
                                        OndPlan         *plan);

G_END_DECLS
