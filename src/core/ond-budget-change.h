/* ond-budget-change.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBudgetChange: a begrotingswijziging: a dated change (+/-) of the budget of one line in
 * one year, with its reason and who entered it. One row of the table budget_change. A
 * line's budget for a year is its original amount plus its changes; amounts are never
 * overwritten, so the history stays visible.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_BUDGET_CHANGE (ond_budget_change_get_type ())
G_DECLARE_FINAL_TYPE (OndBudgetChange, ond_budget_change, OND, BUDGET_CHANGE, GObject)

OndBudgetChange *ond_budget_change_new           (gint64           id,
                                                  gint64           line_id,
                                                  const char      *line_name,
                                                  int              year,
                                                  const char      *date,
                                                  gint64           amount,
                                                  const char      *reason,
                                                  const char      *who) G_GNUC_WARN_UNUSED_RESULT;
gint64           ond_budget_change_get_id        (OndBudgetChange *self);
gint64           ond_budget_change_get_line_id   (OndBudgetChange *self);
const char      *ond_budget_change_get_line_name (OndBudgetChange *self);
int              ond_budget_change_get_year      (OndBudgetChange *self);
const char      *ond_budget_change_get_date      (OndBudgetChange *self);   /* ISO */
gint64           ond_budget_change_get_amount    (OndBudgetChange *self);   /* cents, +/- */
const char      *ond_budget_change_get_reason    (OndBudgetChange *self);
const char      *ond_budget_change_get_who       (OndBudgetChange *self);

G_END_DECLS
