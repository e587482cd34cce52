/* ond-store-budget-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files that edit a budget share (ond-store-budget-shared.c), for
 * ond-store-budget.c (the cost lines), ond-store-budget-changes.c (the budget changes) and
 * ond-store-funding.c (the funding and its earmarks). Every helper that reads runs inside
 * the caller's transaction.
 */

#pragma once

#include "ond-store-budget.h"
#include "ond-store-private.h"

G_BEGIN_DECLS

/* @text without white space around it; "" for NULL. Transfer full. */
char     *_ond_store_budget_trim            (const char  *text) G_GNUC_WARN_UNUSED_RESULT;
/* Sets @code of OND_BUDGET_ERROR with @message; returns FALSE. */
gboolean  _ond_store_budget_fail            (GError         **error,
                                             OndBudgetError   code,
                                             const char      *message);
/* Refuses an amount beyond OND_BOOKING_MAX_AMOUNT either way (a typing error):
 * OND_BUDGET_ERROR_AMOUNT. */
gboolean  _ond_store_budget_check_limit     (gint64       amount,
                                             GError     **error);
/* The plan's period; OND_STORE_ERROR_NOT_FOUND when there is no such plan. */
gboolean  _ond_store_budget_plan_years      (OndStore    *self,
                                             gint64       plan_id,
                                             int         *first_year,
                                             int         *last_year,
                                             GError     **error);
/* Refuses a @year outside @first_year..@last_year: OND_BUDGET_ERROR_YEAR. */
gboolean  _ond_store_budget_check_year      (int          year,
                                             int          first_year,
                                             int          last_year,
                                             GError     **error);
/* The plan and name of a line; OND_STORE_ERROR_NOT_FOUND when there is no such line.
 * @name (transfer full) may be NULL. */
gboolean  _ond_store_budget_read_line       (OndStore    *self,
                                             gint64       line_id,
                                             gint64      *plan_id,
                                             char       **name,
                                             GError     **error);
/* Runs @sql with @id bound to its one parameter. */
gboolean  _ond_store_budget_execute_for_id  (OndStore    *self,
                                             const char  *sql,
                                             gint64       id,
                                             GError     **error);
/* Ends the transaction a writer began: commits when @ok, else (or when the commit fails)
 * rolls back. Returns whether the change was written. */
gboolean  _ond_store_budget_finish          (OndStore    *self,
                                             gboolean     ok,
                                             GError     **error);

G_END_DECLS
