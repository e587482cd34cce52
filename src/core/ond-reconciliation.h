/* ond-reconciliation.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndReconciliation: the Begroting reconciled, computed from the plan's budget lines (their
 * budget per year, changes included), funding, stated totals and bookings
 * (ond-reconciliation.c). Pure computation: the store only gathers the inputs
 * (ond_store_reconcile). Every amount in cents, exact.
 *
 * Rules:
 * - Spent: the realisaties of a line dated in a year (credit notes subtract).
 * - Committed: the verplichtingen of a line dated in a year, each used up by the
 *   realisaties with the same reference (whatever their line or date), in date order of the
 *   commitments (then id), never below zero (DESIGN.md, "Commitments"). A realisatie's
 *   amount beyond its commitments is simply spent.
 * - Remaining = budget - spent - committed. Percent used = (spent + committed) * 100 /
 *   budget, rounded down (-1 when the budget is 0: nothing to measure against, and a line
 *   of budget 0 with bookings is flagged instead; 0 when credit notes bring spent +
 *   committed below 0; 100+ allowed).
 *   OVER_SPENT when spent > budget; OVER_COMMITTED when spent <= budget but spent +
 *   committed > budget.
 * - Per year: the lines' total budget against the total funding (difference = funding -
 *   lines, flagged when not 0); the plan's stated total against both (flagged when not 0).
 * - Per earmarked funding (a funding row limited to some lines): the eligible lines' budget
 *   of its year against the earmarked amount, flagged when the lines' budget is smaller
 *   (earmarked money that no eligible line can use).
 * - Bookings on no line of the plan are "unmatched"; bookings on a line of the plan but
 *   dated outside the plan's years are "outside". Both are listed, and not counted in any
 *   line.
 */

#pragma once

#include <gio/gio.h>

#include "ond-store.h"

G_BEGIN_DECLS

typedef enum
{
  OND_LINE_FLAG_NONE = 0,
  OND_LINE_FLAG_OVER_SPENT = 1 << 0,
  OND_LINE_FLAG_OVER_COMMITTED = 1 << 1,
} OndLineFlags;

typedef struct
{
  gint64       line_id;
  int          year;
  gint64       budget;
  gint64       spent;
  gint64       committed;
  gint64       remaining;
  int          percent_used;
  OndLineFlags flags;
} OndLineFigures;

typedef struct
{
  int      year;
  gint64   lines_total;         /* budget of every line */
  gint64   funding_total;
  gint64   funding_difference;  /* funding_total - lines_total */
  gboolean has_stated_total;
  gint64   stated_total;
  gint64   stated_vs_lines;     /* stated_total - lines_total */
  gint64   stated_vs_funding;   /* stated_total - funding_total */
  gint64   spent;
  gint64   committed;
  gint64   remaining;           /* lines_total - spent - committed */
} OndYearFigures;

typedef struct
{
  gint64   funding_id;
  int      year;
  char    *source_label;
  char    *earmark;
  gint64   amount;
  gint64   eligible_budget;
  gint64   difference;          /* eligible_budget - amount */
  gboolean flagged;             /* eligible_budget < amount */
} OndEarmarkFigures;

#define OND_TYPE_RECONCILIATION (ond_reconciliation_get_type ())
G_DECLARE_FINAL_TYPE (OndReconciliation, ond_reconciliation, OND, RECONCILIATION, GObject)

/* @lines: OndBudgetLine (budget per year, changes included); @funding: OndFunding;
 * @bookings: OndBooking; @stated_totals: n_years = last - first + 1 values, -1 = none
 * (may be NULL). */
OndReconciliation *ond_reconciliation_new               (GListModel         *lines,
                                                         GListModel         *funding,
                                                         GListModel         *bookings,
                                                         int                 first_year,
                                                         int                 last_year,
                                                         const gint64       *stated_totals)
                                                         G_GNUC_WARN_UNUSED_RESULT;
/* Gathers the inputs of @plan_id from the store and reconciles them. */
OndReconciliation *ond_store_reconcile                  (OndStore           *store,
                                                         gint64              plan_id,
                                                         GError            **error)
                                                         G_GNUC_WARN_UNUSED_RESULT;

int                ond_reconciliation_get_first_year    (OndReconciliation  *self);
int                ond_reconciliation_get_last_year     (OndReconciliation  *self);
/* The lines in their order (OndBudgetLine; transfer none). */
GListModel        *ond_reconciliation_get_lines         (OndReconciliation  *self);
/* FALSE when the line or the year is not part of the reconciliation. */
gboolean           ond_reconciliation_get_line          (OndReconciliation  *self,
                                                         gint64              line_id,
                                                         int                 year,
                                                         OndLineFigures     *figures);
gboolean           ond_reconciliation_get_year          (OndReconciliation  *self,
                                                         int                 year,
                                                         OndYearFigures     *figures);
/* OndEarmarkFigures * (transfer none), by year then funding order. */
GPtrArray         *ond_reconciliation_get_earmarks      (OndReconciliation  *self);
/* OndBooking * (transfer none), newest first. */
GPtrArray         *ond_reconciliation_get_unmatched     (OndReconciliation  *self);
GPtrArray         *ond_reconciliation_get_outside       (OndReconciliation  *self);
/* How many flags there are in all: lines over budget, year differences, stated-total
 * differences, earmarks, unmatched and outside bookings. 0 = everything agrees. */
guint              ond_reconciliation_count_flags       (OndReconciliation  *self);

G_END_DECLS
