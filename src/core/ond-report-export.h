/* ond-report-export.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress report as a PDF file, made and recorded (ond-report-export.c): the report's
 * data gathered in a council scope (ond_report_gather), laid out (ond_report_doc_new_full,
 * A4 portrait), written to a temporary file and renamed (ond_doc_write_pdf), then recorded
 * as a council report (ond-store-council-reports.h: kind pdf, the year, the file's SHA-256
 * and the snapshot of the figures). The PDF's creation date is the moment on record, so a
 * recorded report can be made again byte for byte from its snapshot, whatever today's
 * figures are: on a machine with the same fonts and in the same time zone (the record keeps
 * local time, the PDF's date its offset).
 */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

/* Makes the report of @plan_id (0: the current plan) for @year (0: the default year,
 * ond_report_default_year) as of @now, writes it to @path and records it. A year outside
 * the plan's period (OND_STORE_ERROR_INVALID), a missing folder or a file that cannot be
 * written (G_IO_ERROR) fails with nothing left behind. When the file was written but could
 * not be recorded (a read-only database), it returns TRUE with *@recorded FALSE: the caller
 * says so (ond_store_list_council_reports () gives the record, newest first). */
gboolean ond_report_export_pdf  (OndStore    *store,
                                 gint64       plan_id,
                                 int          year,
                                 const char  *path,
                                 GDateTime   *now,
                                 gboolean    *recorded,
                                 GError     **error);
/* Makes the recorded PDF report @report_id again at @path from its snapshot, with the
 * creation date on record: the same bytes as the file made then. Fails with
 * OND_STORE_ERROR_NOT_FOUND (no such record, or none with its figures kept),
 * OND_STORE_ERROR_INVALID (a workbook's record, or figures that cannot be read) or a
 * G_IO_ERROR writing the file. */
gboolean ond_report_remake_pdf  (OndStore    *store,
                                 gint64       report_id,
                                 const char  *path,
                                 GError     **error);

/* The council workbook (ond-xlsx-export.h) made and recorded the same way: kind xlsx, the
 * year, the file's SHA-256 and the snapshot of the figures it used; its created date and
 * author are the moment and the who on record. Same arguments, errors and *@recorded as
 * ond_report_export_pdf (). */
gboolean ond_report_export_xlsx (OndStore    *store,
                                 gint64       plan_id,
                                 int          year,
                                 const char  *path,
                                 GDateTime   *now,
                                 gboolean    *recorded,
                                 GError     **error);
/* Makes the recorded workbook @report_id again at @path: Monitoring and Casussen (and the
 * year, title and date) from its snapshot, created date and author from the record. The
 * sheets Planning, Begroting and Menukaart are not in the snapshot (OndReport has no
 * menukaart, funding per source or planning targets): they are read as they are today, so
 * the bytes are the same as long as those did not change. The SHA-256 of what is made is
 * compared with the record: when it differs, nothing is left at @path (an existing file
 * there is kept) and it fails with OND_STORE_ERROR_FAILED, saying so. Other errors as
 * ond_report_remake_pdf () (OND_STORE_ERROR_INVALID for a PDF's record). */
gboolean ond_report_remake_xlsx (OndStore    *store,
                                 gint64       report_id,
                                 const char  *path,
                                 GError     **error);

G_END_DECLS
