/* ond-store-council-reports.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reports on record (ond-store-council-reports.c): every council report (PDF) and council
 * workbook (xlsx) made is recorded with when (local time), by whom (ond_council_who ()),
 * for which year, the SHA-256 of its file, and the snapshot of the OndReport it was made
 * from (ond_report_to_text ()), so that it can be made again identically and compared with
 * today's figures.
 *
 * Recording writes: it fails with OND_STORE_ERROR_READ_ONLY on a read-only file (the caller
 * says that the export could not be recorded), and in a council scope (leave it first).
 * A SHA-256 that is not 64 hexadecimal digits fails with OND_STORE_ERROR_INVALID.
 */

#pragma once

#include "ond-report.h"
#include "ond-store.h"

G_BEGIN_DECLS

typedef enum
{
  OND_COUNCIL_REPORT_PDF,
  OND_COUNCIL_REPORT_XLSX,
} OndCouncilReportKind;

typedef struct
{
  gint64                id;
  char                 *made_at;   /* local ISO time "YYYY-MM-DDTHH:MM:SS" */
  char                 *who;
  int                   year;
  OndCouncilReportKind  kind;
  char                 *sha256;    /* 64 lower-case hexadecimal digits */
  char                 *figures;   /* the snapshot as text; "" when none was kept */
} OndCouncilReport;

void              ond_council_report_free           (OndCouncilReport      *self);
/* "pdf" or "xlsx". */
const char       *ond_council_report_kind_code      (OndCouncilReportKind   kind);

/* The SHA-256 of the file at @path, as 64 lower-case hexadecimal digits (transfer full), or
 * NULL with a G_IO_ERROR / G_FILE_ERROR set. */
char             *ond_council_report_file_sha256    (const char            *path,
                                                     GError               **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;

/* Records a report made from @report (its year and snapshot) whose file has @sha256.
 * Returns the record's id, or 0 with @error set (nothing written). */
gint64            ond_store_record_council_report   (OndStore              *self,
                                                     OndCouncilReportKind   kind,
                                                     const char            *sha256,
                                                     const OndReport       *report,
                                                     GError               **error);
/* The same, made at @made_at (its local time, to the second; NULL: now): a PDF that records
 * its creation date records the same moment, so that it can be made again identically. */
gint64            ond_store_record_council_report_at (OndStore             *self,
                                                     OndCouncilReportKind   kind,
                                                     const char            *sha256,
                                                     const OndReport       *report,
                                                     GDateTime             *made_at,
                                                     GError               **error);
/* The same, with the SHA-256 of the file at @path. */
gint64            ond_store_record_council_report_file (OndStore           *self,
                                                     OndCouncilReportKind   kind,
                                                     const char            *path,
                                                     const OndReport       *report,
                                                     GError               **error);
/* Every record, newest first. Transfer full: GPtrArray of OndCouncilReport, or NULL with
 * @error set. */
GPtrArray        *ond_store_list_council_reports    (OndStore              *self,
                                                     GError               **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;
/* One record (OND_STORE_ERROR_NOT_FOUND when there is none with @id) and, when @snapshot
 * is not NULL, its snapshot read back (transfer full; OND_STORE_ERROR_INVALID when it
 * cannot be read, OND_STORE_ERROR_NOT_FOUND when none was kept). Transfer full. */
OndCouncilReport *ond_store_get_council_report      (OndStore              *self,
                                                     gint64                 id,
                                                     OndReport            **snapshot,
                                                     GError               **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;
/* What differs between the figures of record @id and today's report of the same plan and
 * year, as of @now (ond_report_compare ()). Transfer full: GPtrArray of OndReportChange
 * (empty when nothing changed), or NULL with @error set. */
GPtrArray        *ond_store_compare_council_report  (OndStore              *self,
                                                     gint64                 id,
                                                     GDateTime             *now,
                                                     GError               **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndCouncilReport, ond_council_report_free)

G_END_DECLS
