/* ond-reconciliation-page.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndReconciliationPage: the Aansluiting of the Begroting for one year of the plan, as the
 * core reconciles it (ond_store_reconcile): the year's totals (cost lines, funding and the
 * plan's stated total against each other; spent, committed, remaining), every cost line
 * with its budget, commitments, spend and what remains, the earmarked funding against the
 * budget of the lines it may pay for, the bookings that fall outside the cost lines or the
 * plan's years, and a chart of the spend per line. Every difference is flagged with an
 * icon and words, not by colour alone. Read again when shown and when the store changes
 * while shown. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-reconciliation.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_RECONCILIATION_PAGE (ond_reconciliation_page_get_type ())
G_DECLARE_FINAL_TYPE (OndReconciliationPage, ond_reconciliation_page, OND, RECONCILIATION_PAGE,
                      AdwBin)

GtkWidget         *ond_reconciliation_page_new                (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore          *ond_reconciliation_page_get_store          (OndReconciliationPage *self);
void               ond_reconciliation_page_set_store          (OndReconciliationPage *self,
                                                               OndStore              *store);
OndPlan           *ond_reconciliation_page_get_plan           (OndReconciliationPage *self);
void               ond_reconciliation_page_set_plan           (OndReconciliationPage *self,
                                                               OndPlan               *plan);
/* The year shown (0 without a plan); by default the reporting year of DESIGN.md. */
int                ond_reconciliation_page_get_year           (OndReconciliationPage *self);
void               ond_reconciliation_page_set_year           (OndReconciliationPage *self,
                                                               int                    year);
/* What is shown (NULL while the page is hidden: it reads the store when it is shown). */
OndReconciliation *ond_reconciliation_page_get_reconciliation (OndReconciliationPage *self);
/* Reads the store again (when shown). */
void               ond_reconciliation_page_reload             (OndReconciliationPage *self);

G_END_DECLS
