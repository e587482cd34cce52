/* ond-registers-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndRegistersView: the "Controles & maatregelen" section. Four pages, one per register
 * (OndRegisterPage): controls, administrative measures, stop talks and activities. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-register-page.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_REGISTERS_VIEW (ond_registers_view_get_type ())
G_DECLARE_FINAL_TYPE (OndRegistersView, ond_registers_view, OND, REGISTERS_VIEW, AdwBin)

GtkWidget       *ond_registers_view_new       (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore        *ond_registers_view_get_store (OndRegistersView *self);
void             ond_registers_view_set_store (OndRegistersView *self,
                                               OndStore         *store);
OndPlan         *ond_registers_view_get_plan  (OndRegistersView *self);
void             ond_registers_view_set_plan  (OndRegistersView *self,
                                               OndPlan          *plan);
/* The page of a register (transfer none). */
OndRegisterPage *ond_registers_view_get_page  (OndRegistersView *self,
                                               OndRegisterKind   kind);
/* Shows the page of a register. */
void             ond_registers_view_show_page (OndRegistersView *self,
                                               OndRegisterKind   kind);

G_END_DECLS
