/* ond-council-reports-window.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCouncilReportsWindow: the council reports of a plan (the main menu's "Council
 * Reports…"). The reporting year (the plan's years; by default today's year clamped to the
 * plan's period), and the progress report printed (with preview and page setup), saved as
 * a PDF, or the workbook saved; below, the reports on record, newest first, each made again
 * to a file of one's choice or compared with today's figures. On a read-only file the
 * reports are made but cannot be recorded, and the window says so. Functions that take a
 * path do what the buttons do after their file chooser. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_COUNCIL_REPORTS_WINDOW (ond_council_reports_window_get_type ())
G_DECLARE_FINAL_TYPE (OndCouncilReportsWindow, ond_council_reports_window, OND,
                      COUNCIL_REPORTS_WINDOW, AdwWindow)

OndCouncilReportsWindow *ond_council_reports_window_new (GtkWindow  *parent,
                                                        OndStore   *store,
                                                        OndPlan    *plan);

int        ond_council_reports_window_get_year      (OndCouncilReportsWindow  *self);
void       ond_council_reports_window_set_year      (OndCouncilReportsWindow  *self,
                                                     int                       year);
/* Makes the report of the year chosen and writes it to @path, then records it; a toast
 * says what happened (also when it could not be recorded). */
gboolean   ond_council_reports_window_save_pdf      (OndCouncilReportsWindow  *self,
                                                     const char               *path,
                                                     GError                  **error);
gboolean   ond_council_reports_window_save_workbook (OndCouncilReportsWindow  *self,
                                                     const char               *path,
                                                     GError                  **error);
/* Makes the PDF report on record @report_id again at @path (the same bytes as then). */
gboolean   ond_council_reports_window_make_again    (OndCouncilReportsWindow  *self,
                                                     gint64                    report_id,
                                                     const char               *path,
                                                     GError                  **error);
/* Opens the window that lists what differs between record @report_id and today's
 * figures, and returns it (shown). */
GtkWindow *ond_council_reports_window_compare       (OndCouncilReportsWindow  *self,
                                                     gint64                    report_id);
/* Shows the print dialog for the report of the year chosen. */
void       ond_council_reports_window_print         (OndCouncilReportsWindow  *self);

G_END_DECLS
