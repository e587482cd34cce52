/* ond-budget-line.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBudgetLine: one kostenpost of a plan's budget, with its budgeted amount per year.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_BUDGET_LINE (ond_budget_line_get_type ())
G_DECLARE_FINAL_TYPE (OndBudgetLine, ond_budget_line, OND, BUDGET_LINE, GObject)

OndBudgetLine *ond_budget_line_new             (gint64         id,
                                                int            position,
                                                const char    *name,
                                                const char    *ledger_code,
                                                const int     *years,
                                                const gint64  *amounts,
                                                guint          n_amounts,
                                                gint64         row_version)
                                                G_GNUC_WARN_UNUSED_RESULT;
gint64         ond_budget_line_get_id          (OndBudgetLine *self);
int            ond_budget_line_get_position    (OndBudgetLine *self);
const char    *ond_budget_line_get_name        (OndBudgetLine *self);
const char    *ond_budget_line_get_ledger_code (OndBudgetLine *self);
gint64         ond_budget_line_get_row_version (OndBudgetLine *self);
gint64         ond_budget_line_get_amount      (OndBudgetLine *self,
                                                int            year);
gboolean       ond_budget_line_has_amount      (OndBudgetLine *self,
                                                int            year);
const int     *ond_budget_line_get_years       (OndBudgetLine *self,
                                                guint         *n_years);

G_END_DECLS
