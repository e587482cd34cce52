/* ond-budget-edit-page.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBudgetEditPage: the editing of the Begroting. The cost lines with their original and
 * current budget per year (add, edit, delete after confirming, a budget change), the
 * history of the budget changes, and the funding per year (OndFundingGroup). Everything is
 * written through the store, which refuses what breaks a rule; on a read-only file nothing
 * can be started. */

#pragma once

#include <adwaita.h>

#include "ond-budget-line.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_BUDGET_EDIT_PAGE (ond_budget_edit_page_get_type ())
G_DECLARE_FINAL_TYPE (OndBudgetEditPage, ond_budget_edit_page, OND, BUDGET_EDIT_PAGE, AdwBin)

GtkWidget     *ond_budget_edit_page_new           (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore      *ond_budget_edit_page_get_store     (OndBudgetEditPage *self);
void           ond_budget_edit_page_set_store     (OndBudgetEditPage *self,
                                                   OndStore          *store);
OndPlan       *ond_budget_edit_page_get_plan      (OndBudgetEditPage *self);
void           ond_budget_edit_page_set_plan      (OndBudgetEditPage *self,
                                                   OndPlan           *plan);
/* The lines shown (OndBudgetLine, the plan's order) and the changes (OndBudgetChange). */
GListModel    *ond_budget_edit_page_get_lines     (OndBudgetEditPage *self);
GListModel    *ond_budget_edit_page_get_changes   (OndBudgetEditPage *self);
OndBudgetLine *ond_budget_edit_page_get_selected  (OndBudgetEditPage *self);
/* Selects the line, as a click on its row does. FALSE when there is no such line. */
gboolean       ond_budget_edit_page_select_line   (OndBudgetEditPage *self,
                                                   gint64             line_id);
/* The line's original amount for @year: its budget without the changes of that year. */
gint64         ond_budget_edit_page_get_original  (OndBudgetEditPage *self,
                                                   OndBudgetLine     *line,
                                                   int                year);
void           ond_budget_edit_page_reload        (OndBudgetEditPage *self);

G_END_DECLS
