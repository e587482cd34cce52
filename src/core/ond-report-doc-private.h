/* ond-report-doc-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parts of the progress report's document share (ond-report-doc.h): ond-report-doc.c
 * makes the document, its title page, pillars, monitoring table and planning;
 * ond-report-doc-charts.c the charts; ond-report-doc-budget.c the budget and the case
 * counts. Private to core.
 */

#pragma once

#include "ond-doc.h"
#include "ond-report.h"

G_BEGIN_DECLS

/* The red mark of a figure or difference that needs an explanation and has none. */
#define OND_REPORT_DOC_NO_EXPLANATION "Geen toelichting"

/* The most columns a table of a document may have (ond_doc_add_table ()). */
#define OND_REPORT_DOC_MAX_COLUMNS 16

/* A count with Dutch thousands separators: "1.234". Transfer full. */
char *_ond_report_doc_count       (gint64           n) G_GNUC_WARN_UNUSED_RESULT;
/* A percentage: "45%"; "—" for -1 (nothing to measure). Transfer full. */
char *_ond_report_doc_percent     (int              percent) G_GNUC_WARN_UNUSED_RESULT;

/* The parts of the document, each from its heading on. */
void  _ond_report_doc_add_charts  (OndDoc          *doc,
                                   const OndReport *report);
void  _ond_report_doc_add_budget  (OndDoc          *doc,
                                   const OndReport *report);
void  _ond_report_doc_add_cases   (OndDoc          *doc,
                                   const OndReport *report);

G_END_DECLS
