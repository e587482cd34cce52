/* ond-budget-line-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBudgetLineDialog: the form of a cost line (kostenpost) of the plan's budget. A new
 * line gets its name, optional ledger code and its original amount per year of the plan;
 * an existing line only its name and ledger code (its amounts change through budget
 * changes, never by writing over them). Amounts are typed as text, Dutch or plain. A
 * refusal is shown below the field it concerns; nothing is written until the store accepts
 * the form, which then emits "saved" and closes. */

#pragma once

#include <adwaita.h>

#include "ond-budget-line.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_BUDGET_LINE_DIALOG (ond_budget_line_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndBudgetLineDialog, ond_budget_line_dialog, OND, BUDGET_LINE_DIALOG,
                      AdwWindow)

/* @line: the line to change, or NULL to add one. */
OndBudgetLineDialog *ond_budget_line_dialog_new      (GtkWindow           *parent,
                                                      OndStore            *store,
                                                      OndPlan             *plan,
                                                      OndBudgetLine       *line)
                                                      G_GNUC_WARN_UNUSED_RESULT;
OndBudgetLine       *ond_budget_line_dialog_get_line (OndBudgetLineDialog *self);

G_END_DECLS
