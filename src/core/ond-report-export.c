/* ond-report-export.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress report as a recorded PDF (ond-report-export.h): gathered, laid out from its
 * snapshot, written, recorded; and made again from the snapshot on record. The council
 * workbook likewise (ond-xlsx-export.h).
 */

#define G_LOG_DOMAIN "ond-report-export"

#include "config.h"

#include <errno.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ond-report-doc.h"
#include "ond-report-export.h"
#include "ond-report.h"
#include "ond-store-council-reports.h"
#include "ond-store-council.h"
#include "ond-xlsx-export.h"

/* A record's made_at ("YYYY-MM-DDTHH:MM:SS", local time) as a moment. */
static GDateTime *
parse_made_at (const char  *text,
               GError     **error)
{
  int year, month, day, hour, minute, second;
  char end;
  GDateTime *moment = NULL;

  if (text != NULL &&
      sscanf (text, "%4d-%2d-%2dT%2d:%2d:%2d%c", &year, &month, &day, &hour, &minute, &second,
              &end) == 6)
    moment = g_date_time_new_local (year, month, day, hour, minute, second);
  if (moment == NULL)
    g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                 _("The moment the report was made (“%s”) cannot be read."),
                 text != NULL ? text : "");
  return moment;
}

/* @now in local time to the whole second, as it will be on record: the PDF records the same
 * moment as the record, and a remake reads it back from there. */
static GDateTime *
moment_on_record (GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autofree char *text = g_date_time_format (local, "%Y-%m-%dT%H:%M:%S");
  GDateTime *moment = parse_made_at (text, NULL);

  g_assert (moment != NULL);
  return moment;
}

/**
 * ond_report_export_pdf:
 * @store: an open #OndStore, not in a council scope
 * @plan_id: the plan; 0 for the current plan
 * @year: the reporting year; 0 for the default
 * @path: the PDF file to write
 * @now: the moment the report is made: its reporting date, and its creation date on record
 * @recorded: (out) (optional): whether it was recorded
 * @error: return location for an error
 *
 * Makes the progress report as a PDF (see ond-report-export.h) and records it.
 *
 * Returns: %TRUE when the file was written (recorded or not); %FALSE with @error set and
 *   nothing written
 */
gboolean
ond_report_export_pdf (OndStore    *store,
                       gint64       plan_id,
                       int          year,
                       const char  *path,
                       GDateTime   *now,
                       gboolean    *recorded,
                       GError     **error)
{
  g_autoptr(OndReport) gathered = NULL;
  g_autoptr(OndReport) report = NULL;
  g_autoptr(GDateTime) made = NULL;
  g_autoptr(OndDoc) doc = NULL;
  g_autoptr(GError) record_error = NULL;
  g_autofree char *snapshot = NULL;
  g_autofree char *sha256 = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (!ond_store_in_council_scope (store), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (recorded != NULL)
    *recorded = FALSE;

  gathered = ond_report_gather (store, plan_id, year, now, error);
  if (gathered == NULL)
    return FALSE;
  /* Laid out from the snapshot read back, exactly as a remake lays it out. */
  snapshot = ond_report_to_text (gathered);
  report = ond_report_from_text (snapshot, error);
  if (report == NULL)
    return FALSE;

  made = moment_on_record (now);
  doc = ond_report_doc_new_full (report, OND_DOC_PORTRAIT, made);
  if (!ond_doc_write_pdf (doc, path, error))
    return FALSE;

  sha256 = ond_council_report_file_sha256 (path, &record_error);
  if (sha256 == NULL ||
      ond_store_record_council_report_at (store, OND_COUNCIL_REPORT_PDF, sha256, report, made,
                                          &record_error) == 0)
    {
      /* A read-only database is expected: the caller says the report was not recorded. */
      if (!g_error_matches (record_error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY))
        g_warning ("The report %s was written but could not be recorded: %s", path,
                   record_error->message);
      return TRUE;
    }
  if (recorded != NULL)
    *recorded = TRUE;
  return TRUE;
}

/**
 * ond_report_remake_pdf:
 * @store: an open #OndStore
 * @report_id: a PDF report on record
 * @path: the PDF file to write
 * @error: return location for an error
 *
 * Makes a recorded PDF report again from the figures kept with it, with its creation date
 * on record: the same bytes as the file made then (the same SHA-256), whatever the figures
 * are today. Writes nothing to the database.
 *
 * Returns: %TRUE when the file was written; %FALSE with @error set and nothing written
 */
gboolean
ond_report_remake_pdf (OndStore    *store,
                       gint64       report_id,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(OndCouncilReport) record = NULL;
  g_autoptr(OndReport) snapshot = NULL;
  g_autoptr(GDateTime) made = NULL;
  g_autoptr(OndDoc) doc = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record = ond_store_get_council_report (store, report_id, NULL, error);
  if (record == NULL)
    return FALSE;
  if (record->kind != OND_COUNCIL_REPORT_PDF)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("This record is a workbook, not a PDF report."));
      return FALSE;
    }
  g_clear_pointer (&record, ond_council_report_free);
  record = ond_store_get_council_report (store, report_id, &snapshot, error);
  if (record == NULL)
    return FALSE;
  made = parse_made_at (record->made_at, error);
  if (made == NULL)
    return FALSE;

  doc = ond_report_doc_new_full (snapshot, OND_DOC_PORTRAIT, made);
  return ond_doc_write_pdf (doc, path, error);
}

/* Records the file at @path made from @report at @made; a read-only database is expected
 * (the caller says the file was not recorded). Returns whether it was recorded. */
static gboolean
record_file (OndStore             *store,
             OndCouncilReportKind  kind,
             const char           *path,
             const OndReport      *report,
             GDateTime            *made)
{
  g_autoptr(GError) record_error = NULL;
  g_autofree char *sha256 = ond_council_report_file_sha256 (path, &record_error);

  if (sha256 != NULL &&
      ond_store_record_council_report_at (store, kind, sha256, report, made,
                                          &record_error) != 0)
    return TRUE;
  if (!g_error_matches (record_error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY))
    g_warning ("The report %s was written but could not be recorded: %s", path,
               record_error->message);
  return FALSE;
}

/**
 * ond_report_export_xlsx:
 * @store: an open #OndStore, not in a council scope
 * @plan_id: the plan; 0 for the current plan
 * @year: the reporting year; 0 for the default
 * @path: the workbook to write
 * @now: the moment the workbook is made: its reporting date, and its created date on record
 * @recorded: (out) (optional): whether it was recorded
 * @error: return location for an error
 *
 * Makes the council workbook (see ond-xlsx-export.h) and records it: kind xlsx, the year,
 * the file's SHA-256 and the snapshot of the figures it was made from. Its author is
 * ond_council_who (), the who of the record.
 *
 * Returns: %TRUE when the file was written (recorded or not); %FALSE with @error set and
 *   nothing written
 */
gboolean
ond_report_export_xlsx (OndStore    *store,
                        gint64       plan_id,
                        int          year,
                        const char  *path,
                        GDateTime   *now,
                        gboolean    *recorded,
                        GError     **error)
{
  g_autoptr(OndReport) used = NULL;
  g_autoptr(GDateTime) made = NULL;
  gboolean is_recorded;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (!ond_store_in_council_scope (store), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (recorded != NULL)
    *recorded = FALSE;

  made = moment_on_record (now);
  if (!ond_xlsx_export_write_report (store, plan_id, year, path, now, made,
                                     ond_council_who (), NULL, &used, error))
    return FALSE;

  is_recorded = record_file (store, OND_COUNCIL_REPORT_XLSX, path, used, made);
  if (recorded != NULL)
    *recorded = is_recorded;
  return TRUE;
}

/**
 * ond_report_remake_xlsx:
 * @store: an open #OndStore, not in a council scope
 * @report_id: a workbook on record
 * @path: the workbook to write
 * @error: return location for an error
 *
 * Makes a recorded workbook again (see ond-report-export.h): the same bytes as the file made
 * then, checked against its SHA-256 on record. Writes nothing to the database.
 *
 * Returns: %TRUE when the file was written and has the recorded SHA-256; %FALSE with @error
 *   set and nothing written
 */
gboolean
ond_report_remake_xlsx (OndStore    *store,
                        gint64       report_id,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(OndCouncilReport) record = NULL;
  g_autoptr(OndReport) snapshot = NULL;
  g_autoptr(GDateTime) made = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *sha256 = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (!ond_store_in_council_scope (store), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record = ond_store_get_council_report (store, report_id, NULL, error);
  if (record == NULL)
    return FALSE;
  if (record->kind != OND_COUNCIL_REPORT_XLSX)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("This record is a PDF report, not a workbook."));
      return FALSE;
    }
  g_clear_pointer (&record, ond_council_report_free);
  record = ond_store_get_council_report (store, report_id, &snapshot, error);
  if (record == NULL)
    return FALSE;
  made = parse_made_at (record->made_at, error);
  if (made == NULL)
    return FALSE;

  /* Made beside @path first and checked: a workbook that is not the one on record never
   * replaces anything. */
  tmp_path = g_strconcat (path, ".remake", NULL);
  if (!ond_xlsx_export_write_report (store, 0, 0, tmp_path, made, made, record->who, snapshot,
                                     NULL, error))
    return FALSE;

  sha256 = ond_council_report_file_sha256 (tmp_path, error);
  if (sha256 == NULL)
    {
      g_unlink (tmp_path);
      return FALSE;
    }
  if (g_strcmp0 (sha256, record->sha256) != 0)
    {
      g_unlink (tmp_path);
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                           _("The workbook cannot be made again identically: it was recorded "
                             "by an earlier version of Ondermijning, which did not keep its "
                             "planning, funding and menukaart."));
      return FALSE;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot replace “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}
