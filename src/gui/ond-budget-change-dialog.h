/* ond-budget-change-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBudgetChangeDialog: the form of a budget change (begrotingswijziging): the cost line,
 * the year of the plan it changes, its date, the amount (+ or -, as text, Dutch or plain)
 * and the reason. It says the line's budget for the year now and what it becomes. The
 * store's refusal is shown below the field it concerns, and nothing is written; once the
 * store accepts the change the form emits "saved" and closes. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_BUDGET_CHANGE_DIALOG (ond_budget_change_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndBudgetChangeDialog, ond_budget_change_dialog, OND, BUDGET_CHANGE_DIALOG,
                      AdwWindow)

/* @line_id: the line chosen at first (0: the first line). */
OndBudgetChangeDialog *ond_budget_change_dialog_new (GtkWindow *parent,
                                                     OndStore  *store,
                                                     OndPlan   *plan,
                                                     gint64     line_id)
                                                     G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
