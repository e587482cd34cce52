/* ond-register-page.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndRegisterPage: one register of "Controles & maatregelen" (controls, measures, stop talks
 * or activities) as a sortable, searchable list with add, edit and delete (confirmed, with
 * undo). The columns depend on the register. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-register-record.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_REGISTER_PAGE (ond_register_page_get_type ())
G_DECLARE_FINAL_TYPE (OndRegisterPage, ond_register_page, OND, REGISTER_PAGE, AdwBin)

OndRegisterKind  ond_register_page_get_kind    (OndRegisterPage *self);
OndStore        *ond_register_page_get_store   (OndRegisterPage *self);
void             ond_register_page_set_store   (OndRegisterPage *self,
                                                OndStore        *store);
OndPlan         *ond_register_page_get_plan    (OndRegisterPage *self);
void             ond_register_page_set_plan    (OndRegisterPage *self,
                                                OndPlan         *plan);
/* The records shown: searched and sorted as on screen (transfer none). */
GListModel      *ond_register_page_get_records (OndRegisterPage *self);
/* Reads the register again from the store, keeping the search and the sort. */
void             ond_register_page_reload      (OndRegisterPage *self);
/* Moves the keyboard focus to the search entry. */
void             ond_register_page_focus_search (OndRegisterPage *self);

G_END_DECLS
