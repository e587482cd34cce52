/* ond-store-budget.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the budget of a plan (ond-store-budget.c): the cost lines (kostenposten), their
 * budget changes, and the funding per year with its earmarks. Every change is one
 * transaction; a refused change writes nothing (OND_STORE_ERROR_INVALID with a clear
 * message, OND_STORE_ERROR_NOT_FOUND, OND_STORE_ERROR_READ_ONLY).
 *
 * - A line has a name (not blank, unique in its plan apart from case and accents) and an
 *   optional ledger code (grootboekrekening / kostenplaats; unique in its plan when given).
 *   A new line gets its original amount per year of the plan (0 or more). After that, an
 *   amount only changes through a budget change: never overwritten.
 * - A line's budget for a year (ond_store_list_budget_lines, OndBudgetLine's amount) is its
 *   original amount plus the changes of that year. A change is dated, not 0, has a reason,
 *   may not bring the line's budget below 0, and its year lies in the plan's period.
 * - A line with bookings, budget changes or a funding earmark cannot be deleted.
 * - Funding: a year of the plan, a source (funding_source: "taakveld_1_2", "riec",
 *   "overig"), an amount (0 or more, at most OND_BOOKING_MAX_AMOUNT), an earmark text, and
 *   the lines it may pay for (none = any line). Lines must belong to the plan.
 */

#pragma once

#include "ond-budget-change.h"
#include "ond-funding.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* Adds a line at the end of the plan's lines with @amounts[i] for the year
 * first_year + i (@n_amounts = the plan's number of years). Returns its id or 0. */
gint64      ond_store_add_budget_line      (OndStore     *self,
                                            gint64        plan_id,
                                            const char   *name,
                                            const char   *ledger_code,
                                            const gint64 *amounts,
                                            guint         n_amounts,
                                            GError      **error);
/* Renames a line and sets its ledger code (NULL or blank = none). */
gboolean    ond_store_update_budget_line   (OndStore     *self,
                                            gint64        line_id,
                                            const char   *name,
                                            const char   *ledger_code,
                                            GError      **error);
gboolean    ond_store_delete_budget_line   (OndStore     *self,
                                            gint64        line_id,
                                            GError      **error);

/* A budget change of @line_id in @year, dated @date (dd-mm-jjjj or ISO). Returns its id. */
gint64      ond_store_add_budget_change    (OndStore     *self,
                                            gint64        line_id,
                                            int           year,
                                            const char   *date,
                                            gint64        amount,
                                            const char   *reason,
                                            GError      **error);
/* The changes of the plan's lines, oldest first (transfer full: GListStore of
 * OndBudgetChange). @line_id 0 = every line of the plan. */
GListModel *ond_store_list_budget_changes  (OndStore     *self,
                                            gint64        plan_id,
                                            gint64        line_id,
                                            GError      **error) G_GNUC_WARN_UNUSED_RESULT;

/* Funding. id 0 adds; another id changes that funding row. @line_ids: the lines it may
 * pay for (@n_lines 0 = any). Returns the id or 0. */
gint64      ond_store_save_funding         (OndStore     *self,
                                            gint64        plan_id,
                                            gint64        id,
                                            int           year,
                                            const char   *source,
                                            gint64        amount,
                                            const char   *earmark,
                                            const gint64 *line_ids,
                                            guint         n_lines,
                                            GError      **error);
gboolean    ond_store_delete_funding       (OndStore     *self,
                                            gint64        id,
                                            GError      **error);

G_END_DECLS
