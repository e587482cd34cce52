/* ond-plan-item-editor.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPlanItemEditor: the form of a planning row: what, who, year, period, theme, status and
 * whether it recurs every year. It adds a row or changes one (filling an 'N.t.b.' slot is a
 * change). A refusal of the store is shown below the field it is about, and writes nothing.
 * A new row is written by Add, which emits "saved" and closes the form. A row that exists
 * is saved at once, change by change (each emits "saved"; the form stays open), and what
 * waits is saved when the form closes, also when it closes with the main window. */

#pragma once

#include <adwaita.h>

#include "ond-plan-item.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_PLAN_ITEM_EDITOR (ond_plan_item_editor_get_type ())
G_DECLARE_FINAL_TYPE (OndPlanItemEditor, ond_plan_item_editor, OND, PLAN_ITEM_EDITOR, AdwWindow)

/* @item: the row to change, or NULL to add one in @year (0: the plan's first year). */
OndPlanItemEditor *ond_plan_item_editor_new      (GtkWindow         *parent,
                                                  OndStore          *store,
                                                  OndPlan           *plan,
                                                  OndPlanItem       *item,
                                                  int                year)
                                                  G_GNUC_WARN_UNUSED_RESULT;
OndPlanItem       *ond_plan_item_editor_get_item (OndPlanItemEditor *self);

G_END_DECLS
