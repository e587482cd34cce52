/* ond-report-print.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndReportPrint: prints the progress report for the gemeenteraad (ond-report-doc.h), an
 * OndPrintJob (ond_print_job_run: the print dialog with its page setup, A4 portrait at
 * first, landscape or another paper allowed, and a preview in a window of our own). The
 * pages are laid out by core at the size chosen. A print is not a council report on record
 * (only the PDF and the workbook are). When a print is over, "finished" says what happened,
 * in words for a toast. */

#pragma once

#include <adwaita.h>

#include "ond-doc.h"
#include "ond-print-job.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_REPORT_PRINT (ond_report_print_get_type ())
G_DECLARE_FINAL_TYPE (OndReportPrint, ond_report_print, OND, REPORT_PRINT, OndPrintJob)

OndReportPrint *ond_report_print_new             (OndStore        *store,
                                                  gint64           plan_id,
                                                  int              year,
                                                  GDateTime       *now,
                                                  GError         **error)
                                                  G_GNUC_WARN_UNUSED_RESULT;
OndDoc         *ond_report_print_get_doc         (OndReportPrint  *self);

G_END_DECLS
