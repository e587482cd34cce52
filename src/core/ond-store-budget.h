/* ond-store-budget.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the budget of a plan (ond-store-budget.c): the cost lines (kostenposten), their
 * budget changes, and the funding per year with its earmarks. Every change is one
 * transaction; a refused change writes nothing.
 *
 * Rules checked before anything is written. A refusal about one field is in
 * OND_BUDGET_ERROR, its code naming that field, so a form can show the message next to it:
 * - NAME: a line has a name, not blank and unique in its plan apart from case and accents.
 * - LEDGER_CODE: a line's optional ledger code (grootboekrekening / kostenplaats) is
 *   unique in its plan when given (apart from case and accents); blank is none.
 * - AMOUNT: a new line gets its original amount per year of the plan: one for each year,
 *   each 0 or more. After that, an amount only changes through a budget change: never
 *   overwritten. A budget change is not 0 and may not bring the line's budget for its year
 *   below 0. Funding is 0 or more. No amount, nor a line's budget after a change, lies
 *   beyond OND_BOOKING_MAX_AMOUNT either way (a typing error).
 * - YEAR: a budget change, a funding and a restored line's amounts are for years of the
 *   plan's period.
 * - DATE: a budget change is dated: a real date (dd-mm-jjjj or ISO), 2000 to 2100.
 * - REASON: a budget change has a reason (not blank).
 * - SOURCE: funding has a source of the vocabulary funding_source ("taakveld_1_2",
 *   "riec", "overig").
 * - LINES: the lines funding is earmarked for (it may pay for; none = any line) exist and
 *   belong to the funding's plan.
 * - IN_USE (no field: a delete): a line that bookings, budget changes, a funding earmark or
 *   an explanation for the council (toelichting) refer to cannot be deleted. Nothing is
 *   ever deleted along with a line but its original amounts, so what
 *   ond_store_restore_budget_line() puts back is all there was.
 * Refusals that are about no field stay in OND_STORE_ERROR: a plan, line or funding that
 * does not exist (OND_STORE_ERROR_NOT_FOUND), a read-only file (OND_STORE_ERROR_READ_ONLY),
 * a restore whose id is taken (OND_STORE_ERROR_INVALID); and database errors.
 *
 * A line's budget for a year (ond_store_list_budget_lines, OndBudgetLine's amount) is its
 * original amount plus the changes of that year. A budget change is history: it cannot be
 * changed or deleted. Funding deleted takes its earmark (funding_line rows) with it.
 */

#pragma once

#include "ond-budget-change.h"
#include "ond-budget-line.h"
#include "ond-funding.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_BUDGET_ERROR (ond_budget_error_quark ())

typedef enum
{
  OND_BUDGET_ERROR_NAME,         /* blank, or another line of the plan has it */
  OND_BUDGET_ERROR_LEDGER_CODE,  /* another line of the plan has it */
  OND_BUDGET_ERROR_AMOUNT,       /* below 0, 0 for a change, beyond the limit, not one a year */
  OND_BUDGET_ERROR_YEAR,         /* not a year of the plan */
  OND_BUDGET_ERROR_DATE,         /* missing, no date, before 2000 or after 2100 */
  OND_BUDGET_ERROR_REASON,       /* a budget change without a reason */
  OND_BUDGET_ERROR_SOURCE,       /* missing or not in funding_source */
  OND_BUDGET_ERROR_LINES,        /* an earmarked line that is gone or of another plan */
  OND_BUDGET_ERROR_IN_USE,       /* a line with bookings, changes, an earmark, an explanation */
} OndBudgetError;

GQuark      ond_budget_error_quark         (void);

/* Adds a line at the end of the plan's lines with @amounts[i] for the year
 * first_year + i (@n_amounts = the plan's number of years). Returns its id or 0. */
gint64      ond_store_add_budget_line      (OndStore      *self,
                                            gint64         plan_id,
                                            const char    *name,
                                            const char    *ledger_code,
                                            const gint64  *amounts,
                                            guint          n_amounts,
                                            GError       **error);
/* Renames a line and sets its ledger code (NULL or blank = none). */
gboolean    ond_store_update_budget_line   (OndStore      *self,
                                            gint64         line_id,
                                            const char    *name,
                                            const char    *ledger_code,
                                            GError       **error);
/* The same, for an edit opened with @opened (read by ond_store_list_budget_lines()): refused
 * with OND_STORE_ERROR_CONFLICT when someone else changed the line's name or ledger code
 * since (its row version moved on). */
gboolean    ond_store_save_budget_line_edit (OndStore       *self,
                                             OndBudgetLine  *opened,
                                             const char     *name,
                                             const char     *ledger_code,
                                             GError        **error);
/* The line @line_id as it is now (OND_STORE_ERROR_NOT_FOUND when it is gone). */
OndBudgetLine *ond_store_get_budget_line   (OndStore      *self,
                                            gint64         line_id,
                                            GError       **error) G_GNUC_WARN_UNUSED_RESULT;
/* The fields of the line's form (name, ledger code) where @current differs from @opened,
 * with the user's values: a GPtrArray of OndCaseChange (ond-store-case-conflict.h), empty
 * when only the row version moved on. Transfer full. */
GPtrArray  *ond_store_compare_budget_line_edit (OndBudgetLine *opened,
                                                const char    *name,
                                                const char    *ledger_code,
                                                OndBudgetLine *current)
                                                G_GNUC_WARN_UNUSED_RESULT;
/* Deletes a line that nothing refers to (else OND_BUDGET_ERROR_IN_USE), with its original
 * amounts. */
gboolean    ond_store_delete_budget_line   (OndStore      *self,
                                            gint64         line_id,
                                            GError       **error);
/* Undo of a delete: puts @line, as ond_store_list_budget_lines() read it before it was
 * deleted, back into @plan_id with its own id, place, name, ledger code and amount per
 * year. The rules of an add apply; an id in use fails with OND_STORE_ERROR_INVALID.
 * Returns the id, or 0 with @error set. */
gint64      ond_store_restore_budget_line  (OndStore      *self,
                                            gint64         plan_id,
                                            OndBudgetLine *line,
                                            GError       **error);

/* A budget change of @line_id in @year, dated @date (dd-mm-jjjj or ISO). Returns its id. */
gint64      ond_store_add_budget_change    (OndStore      *self,
                                            gint64         line_id,
                                            int            year,
                                            const char    *date,
                                            gint64         amount,
                                            const char    *reason,
                                            GError       **error);
/* The changes of the plan's lines, oldest first (transfer full: GListStore of
 * OndBudgetChange). @line_id 0 = every line of the plan. */
GListModel *ond_store_list_budget_changes  (OndStore      *self,
                                            gint64         plan_id,
                                            gint64         line_id,
                                            GError       **error) G_GNUC_WARN_UNUSED_RESULT;

/* Funding. id 0 adds; another id changes that funding row. @line_ids: the lines it may
 * pay for (@n_lines 0 = any). Returns the id or 0. */
gint64      ond_store_save_funding         (OndStore      *self,
                                            gint64         plan_id,
                                            gint64         id,
                                            int            year,
                                            const char    *source,
                                            gint64         amount,
                                            const char    *earmark,
                                            const gint64  *line_ids,
                                            guint          n_lines,
                                            GError       **error);
gboolean    ond_store_delete_funding       (OndStore      *self,
                                            gint64         id,
                                            GError       **error);
/* Undo of a delete: puts @funding, as ond_store_list_funding() read it before it was
 * deleted, back into @plan_id with its own id, year, source, amount, earmark text and
 * earmarked lines. The rules of adding funding apply; an id in use fails with
 * OND_STORE_ERROR_INVALID. Returns the id, or 0 with @error set. */
gint64      ond_store_restore_funding      (OndStore      *self,
                                            gint64         plan_id,
                                            OndFunding    *funding,
                                            GError       **error);

G_END_DECLS
