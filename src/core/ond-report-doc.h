/* ond-report-doc.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress report for the gemeenteraad (voortgangsrapportage) as a printable document
 * (ond-doc.h), made from an OndReport (ond-report.h) and nothing else: the same report, or
 * its snapshot read back, gives the same document. The wording is Dutch whatever the UI
 * language (ond-report-doc.c, ond-report-doc-budget.c):
 *
 * - a title page: the plan, its period, the reporting year and the reporting date;
 * - 1. the plan's objective and the three pillars with their progress (counts per status,
 *   percentage done, overdue planning rows) and each pillar's explanation;
 * - 2. the monitoring figures: the 2022 baseline and every plan year side by side, the
 *   target and status of the reporting year, beside a figure behind its target its
 *   explanation or a red "Geen toelichting"; the charts: per figure with a target the years
 *   against the target, and the integrale controles of the reporting year added up per
 *   month against a straight line to the target;
 * - 3. the planning per theme with each row's status, overdue rows in red;
 * - 4. the budget per year: per line budgeted, committed, spent and remaining, the totals
 *   against the funding and the plan's stated total, and every flagged difference with its
 *   explanation or a red "Geen toelichting"; bookings dated outside the plan's years;
 * - 5. the signals received in the reporting year: counts only.
 *
 * Money as Dutch euros (ond-money.h), dates as dd-mm-jjjj (ond-date.h).
 */

#pragma once

#include "ond-doc.h"
#include "ond-report.h"

G_BEGIN_DECLS

/* The document's creation date is 1 January 2000 (for printing, where it does not show). */
OndDoc *ond_report_doc_new      (const OndReport    *report,
                                 OndDocOrientation   orientation) G_GNUC_WARN_UNUSED_RESULT;
/* The same with @created as the creation date a PDF records (nullable): a recorded report
 * passes the moment it was made, so that making it again gives the same bytes. */
OndDoc *ond_report_doc_new_full (const OndReport    *report,
                                 OndDocOrientation   orientation,
                                 GDateTime          *created) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
