/* ond-report-print.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndReportPrint: prints the progress report for the gemeenteraad (ond-report-doc.h)
 * through GtkPrintOperation: the print dialog with its page setup (A4 portrait at first,
 * landscape or another paper allowed), the pages laid out by core at the size chosen
 * (begin-print paginates, draw-page draws), and a print preview shown in a window of our
 * own. A print is not a council report on record (only the PDF and the workbook are).
 * When a print is over, "finished" says what happened, in words for a toast. */

#pragma once

#include <adwaita.h>

#include "ond-doc.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_REPORT_PRINT (ond_report_print_get_type ())
G_DECLARE_FINAL_TYPE (OndReportPrint, ond_report_print, OND, REPORT_PRINT, GObject)

OndReportPrint *ond_report_print_new             (OndStore        *store,
                                                  gint64           plan_id,
                                                  int              year,
                                                  GDateTime       *now,
                                                  GError         **error)
                                                  G_GNUC_WARN_UNUSED_RESULT;
OndDoc         *ond_report_print_get_doc         (OndReportPrint  *self);
GtkPageSetup   *ond_report_print_get_page_setup  (OndReportPrint  *self);
void            ond_report_print_set_page_setup  (OndReportPrint  *self,
                                                  GtkPageSetup    *page_setup);
void            ond_report_print_run             (OndReportPrint  *self,
                                                  GtkWindow       *parent);
GtkWidget      *ond_report_print_preview_new     (OndReportPrint  *self,
                                                  GtkWindow       *parent,
                                                  double           width,
                                                  double           height)
                                                  G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
