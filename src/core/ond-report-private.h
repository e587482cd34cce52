/* ond-report-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Internal API of OndReport, shared by ond-report.c (gathering, freeing),
 * ond-report-parts.c (the parts), ond-report-budget.c (the budget part), ond-report-json.c
 * and ond-report-json-read.c (the snapshot) and ond-report-compare.c.
 */

#pragma once

#include "ond-report.h"
#include "ond-store-explanations.h"

G_BEGIN_DECLS

/* The numbers of a progress in the snapshot: planning rows (total, per status, overdue),
 * then the same for actions. */
#define OND_REPORT_PROGRESS_LENGTH (2 * (OND_PLAN_PROGRESS_N_STATUSES + 2))

/* An empty report: every array made, with its free function. */
OndReport           *_ond_report_new                (void) G_GNUC_WARN_UNUSED_RESULT;

OndReportPillar     *_ond_report_pillar_new         (void) G_GNUC_WARN_UNUSED_RESULT;
OndReportFigure     *_ond_report_figure_new         (void) G_GNUC_WARN_UNUSED_RESULT;
OndReportTheme      *_ond_report_theme_new          (void) G_GNUC_WARN_UNUSED_RESULT;
OndReportLine       *_ond_report_line_new           (void) G_GNUC_WARN_UNUSED_RESULT;
OndReportYear       *_ond_report_year_new           (void) G_GNUC_WARN_UNUSED_RESULT;
OndReportThemeCases *_ond_report_theme_cases_new    (void) G_GNUC_WARN_UNUSED_RESULT;
OndReportPlanRow    *_ond_report_plan_row_new       (void) G_GNUC_WARN_UNUSED_RESULT;
OndReportDifference *_ond_report_difference_new     (void) G_GNUC_WARN_UNUSED_RESULT;
OndReportFunding    *_ond_report_funding_new        (void) G_GNUC_WARN_UNUSED_RESULT;
OndReportMenuRow    *_ond_report_menu_row_new       (void) G_GNUC_WARN_UNUSED_RESULT;
OndCount            *_ond_report_count_new          (const char          *code,
                                                     const char          *label,
                                                     gint64               count)
                                                     G_GNUC_WARN_UNUSED_RESULT;

/* The Dutch label of a kind of difference. Transfer none. */
const char          *_ond_report_difference_label   (OndReportDifferenceKind kind);

/* The plan's explanations by subject (from ond_store_list_explanations), looked up by
 * subject, id and year: the text, or NULL. */
GHashTable          *_ond_report_index_explanations (GPtrArray           *explanations)
                                                     G_GNUC_WARN_UNUSED_RESULT;
const char          *_ond_report_find_explanation   (GHashTable          *index,
                                                     OndExplanationSubject subject,
                                                     gint64               subject_id,
                                                     int                  year);

/* Fills @report's lines, years, other_differences and funding from the store (in the
 * caller's council scope). */
gboolean             _ond_report_gather_budget      (OndReport           *report,
                                                     OndStore            *store,
                                                     GHashTable          *explanations,
                                                     GError             **error);
/* Fills @report's menu_partners and menu (ond-report-menu.c). */
gboolean             _ond_report_gather_menu        (OndReport           *report,
                                                     OndStore            *store,
                                                     GError             **error);

G_END_DECLS
