/* ond-budget-edit-page-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndBudgetEditPage share: the page (ond-budget-edit-page.c: reading),
 * the columns of its tables (ond-budget-edit-columns.c) and its actions
 * (ond-budget-edit-page-actions.c: the dialogs, deleting a line with undo). */

#pragma once

#include "ond-budget-edit-page.h"
#include "ond-funding-group.h"

G_BEGIN_DECLS

struct _OndBudgetEditPage
{
  AdwBin              parent_instance;

  GtkButton          *add_line_button;
  GtkButton          *edit_line_button;
  GtkButton          *delete_line_button;
  GtkButton          *change_budget_button;
  GtkColumnView      *lines_view;
  GtkSingleSelection *lines_selection;
  GtkStack           *changes_stack;
  GtkColumnView      *changes_view;
  GtkNoSelection     *changes_selection;
  OndFundingGroup    *funding_group;

  /* The year columns of the lines, made for the plan. */
  GPtrArray          *year_columns;

  OndStore           *store;
  OndPlan            *plan;
  GListModel         *lines;
  GListModel         *changes;
  /* The sum of the changes per line and year (key: line id * 10000 + year). */
  GHashTable         *change_sums;

  /* Undo of the last deletion: the line as it was. */
  AdwToast           *undo_toast;
  OndBudgetLine      *deleted;
};

/* The columns (ond-budget-edit-columns.c). */
void       _ond_budget_edit_page_init_columns       (OndBudgetEditPage      *self);
/* Two columns per year of the plan: the original amount and the budget now. */
void       _ond_budget_edit_page_update_year_columns (OndBudgetEditPage     *self);

/* The actions (ond-budget-edit-page-actions.c). */
void       _ond_budget_edit_page_class_actions_init (OndBudgetEditPageClass *klass);
void       _ond_budget_edit_page_update_actions     (OndBudgetEditPage      *self);
void       _ond_budget_edit_page_forget_deleted     (OndBudgetEditPage      *self);
void       _ond_budget_edit_page_report_error       (OndBudgetEditPage      *self,
                                                     const GError           *error);
GtkWindow *_ond_budget_edit_page_get_window         (OndBudgetEditPage      *self);

G_END_DECLS
