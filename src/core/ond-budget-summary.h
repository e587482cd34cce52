/* ond-budget-summary.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBudgetSummary: the budget of one year of a plan, added up: the total of its budget
 * lines (kostenposten), the total of its funding, the plan's own stated total, and the
 * differences between them. All amounts are gint64 cents.
 */

#pragma once

#include <gio/gio.h>

#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_BUDGET_SUMMARY (ond_budget_summary_get_type ())
G_DECLARE_FINAL_TYPE (OndBudgetSummary, ond_budget_summary, OND, BUDGET_SUMMARY, GObject)

OndBudgetSummary *ond_budget_summary_new                    (GListModel        *lines,
                                                             GListModel        *funding,
                                                             int                year,
                                                             gboolean           has_stated_total,
                                                             gint64             stated_total)
                                                             G_GNUC_WARN_UNUSED_RESULT;
int               ond_budget_summary_get_year               (OndBudgetSummary  *self);
gint64            ond_budget_summary_get_lines_total        (OndBudgetSummary  *self);
gint64            ond_budget_summary_get_funding_total      (OndBudgetSummary  *self);
gboolean          ond_budget_summary_get_has_stated_total   (OndBudgetSummary  *self);
gint64            ond_budget_summary_get_stated_total       (OndBudgetSummary  *self);
gint64            ond_budget_summary_get_funding_difference (OndBudgetSummary  *self);
gint64            ond_budget_summary_get_stated_difference  (OndBudgetSummary  *self);
gboolean          ond_budget_summary_get_balanced           (OndBudgetSummary  *self);

GListModel       *ond_budget_summary_list                   (OndStore          *store,
                                                             gint64             plan_id,
                                                             int                first_year,
                                                             int                last_year,
                                                             GError           **error)
                                                             G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
