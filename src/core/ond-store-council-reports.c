/* ond-store-council-reports.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reports on record (ond-store-council-reports.h): the council_report table, a file's
 * SHA-256, and the comparison of a recorded snapshot with today's figures.
 */

#define G_LOG_DOMAIN "ond-store-council-reports"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ond-store-council.h"
#include "ond-store-council-reports.h"
#include "ond-store-private.h"

#define REPORT_COLUMNS "id, made_at, who, year, kind, sha256, figures"

void
ond_council_report_free (OndCouncilReport *self)
{
  if (self == NULL)
    return;
  g_free (self->made_at);
  g_free (self->who);
  g_free (self->sha256);
  g_free (self->figures);
  g_free (self);
}

/**
 * ond_council_report_kind_code:
 * @kind: a kind of council report
 *
 * Returns: (transfer none): its code in the database: "pdf" or "xlsx"
 */
const char *
ond_council_report_kind_code (OndCouncilReportKind kind)
{
  switch (kind)
    {
    case OND_COUNCIL_REPORT_PDF:
      return "pdf";
    case OND_COUNCIL_REPORT_XLSX:
      return "xlsx";
    default:
      g_return_val_if_reached (NULL);
    }
}

static OndCouncilReport *
read_row (OndStatement *stmt)
{
  OndCouncilReport *self = g_new0 (OndCouncilReport, 1);

  self->id = ond_statement_get_int64 (stmt, 0);
  self->made_at = g_strdup (ond_statement_get_text (stmt, 1));
  self->who = g_strdup (ond_statement_get_text (stmt, 2));
  self->year = (int) ond_statement_get_int64 (stmt, 3);
  self->kind = g_strcmp0 (ond_statement_get_text (stmt, 4), "xlsx") == 0 ?
               OND_COUNCIL_REPORT_XLSX : OND_COUNCIL_REPORT_PDF;
  self->sha256 = g_strdup (ond_statement_get_text (stmt, 5));
  self->figures = g_strdup (ond_statement_get_text (stmt, 6));
  return self;
}

/**
 * ond_council_report_file_sha256:
 * @path: a file
 * @error: return location for an error
 *
 * Returns: (transfer full): the SHA-256 of the file's bytes as 64 lower-case hexadecimal
 *   digits, or %NULL with @error set
 */
char *
ond_council_report_file_sha256 (const char  *path,
                                GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  guchar buffer[64 * 1024];
  gssize n;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_file_new_for_path (path);
  in = g_file_read (file, NULL, error);
  if (in == NULL)
    return NULL;
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  while ((n = g_input_stream_read (G_INPUT_STREAM (in), buffer, sizeof buffer, NULL, error)) > 0)
    g_checksum_update (checksum, buffer, n);
  if (n < 0)
    return NULL;
  return g_strdup (g_checksum_get_string (checksum));
}

/* @sha256 in lower case when it is 64 hexadecimal digits; else NULL with @error set. */
static char *
check_sha256 (const char  *sha256,
              GError     **error)
{
  gboolean ok = sha256 != NULL && strlen (sha256) == 64;

  for (guint i = 0; ok && i < 64; i++)
    ok = g_ascii_isxdigit (sha256[i]);
  if (!ok)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("A report’s SHA-256 checksum is 64 hexadecimal digits."));
      return NULL;
    }
  return g_ascii_strdown (sha256, -1);
}

/**
 * ond_store_record_council_report:
 * @self: a #OndStore, not in a council scope
 * @kind: a PDF report or a workbook
 * @sha256: the SHA-256 of the file made (64 hexadecimal digits)
 * @report: the report it was made from: its year and snapshot are recorded
 * @error: return location for an error
 *
 * Records a council report made now by ond_council_who().
 *
 * Returns: the record's id, or 0 with @error set (%OND_STORE_ERROR_READ_ONLY on a read-only
 *   file, %OND_STORE_ERROR_INVALID for a bad checksum; nothing written)
 */
gint64
ond_store_record_council_report (OndStore              *self,
                                 OndCouncilReportKind   kind,
                                 const char            *sha256,
                                 const OndReport       *report,
                                 GError               **error)
{
  return ond_store_record_council_report_at (self, kind, sha256, report, NULL, error);
}

/**
 * ond_store_record_council_report_at:
 * @self: a #OndStore, not in a council scope
 * @kind: a PDF report or a workbook
 * @sha256: the SHA-256 of the file made (64 hexadecimal digits)
 * @report: the report it was made from: its year and snapshot are recorded
 * @made_at: (nullable): when it was made (recorded in local time, to the second); %NULL for
 *   now
 * @error: return location for an error
 *
 * ond_store_record_council_report() for a report made at @made_at: the moment a PDF
 * records as its creation date, so that the report can be made again byte for byte.
 *
 * Returns: the record's id, or 0 with @error set (nothing written)
 */
gint64
ond_store_record_council_report_at (OndStore              *self,
                                    OndCouncilReportKind   kind,
                                    const char            *sha256,
                                    const OndReport       *report,
                                    GDateTime             *made_at,
                                    GError               **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *at = NULL;
  const char *code = ond_council_report_kind_code (kind);
  gboolean ok;
  gint64 id = 0;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (code != NULL, 0);
  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (!ond_store_in_council_scope (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error))
    return 0;
  checksum = check_sha256 (sha256, error);
  if (checksum == NULL)
    return 0;
  figures = ond_report_to_text (report);
  if (made_at != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (made_at);

      at = g_date_time_format (local, "%Y-%m-%dT%H:%M:%S");
    }
  else
    at = _ond_store_timestamp ();

  if (!_ond_store_begin (self, error))
    return 0;
  stmt = _ond_store_prepare (self,
                             "INSERT INTO council_report (made_at, who, year, kind, sha256,"
                             " figures) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                             error);
  ok = stmt != NULL &&
       ond_statement_bind_text (stmt, 1, at, error) &&
       ond_statement_bind_text (stmt, 2, ond_council_who (), error) &&
       ond_statement_bind_int64 (stmt, 3, report->year, error) &&
       ond_statement_bind_text (stmt, 4, code, error) &&
       ond_statement_bind_text (stmt, 5, checksum, error) &&
       ond_statement_bind_text (stmt, 6, figures, error) &&
       (id = ond_statement_insert (stmt, error)) != 0;
  if (!ok)
    {
      _ond_store_rollback (self);
      return 0;
    }
  if (!_ond_store_commit (self, error))
    return 0;
  return id;
}

/**
 * ond_store_record_council_report_file:
 * @self: a #OndStore, not in a council scope
 * @kind: a PDF report or a workbook
 * @path: the file made
 * @report: the report it was made from
 * @error: return location for an error
 *
 * ond_store_record_council_report() with the SHA-256 of the file at @path.
 *
 * Returns: the record's id, or 0 with @error set (nothing written)
 */
gint64
ond_store_record_council_report_file (OndStore              *self,
                                      OndCouncilReportKind   kind,
                                      const char            *path,
                                      const OndReport       *report,
                                      GError               **error)
{
  g_autofree char *sha256 = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (path != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  /* A read-only file says so before the file is read. */
  if (!_ond_store_check_writable (self, error))
    return 0;
  sha256 = ond_council_report_file_sha256 (path, error);
  if (sha256 == NULL)
    return 0;
  return ond_store_record_council_report (self, kind, sha256, report, error);
}

/**
 * ond_store_list_council_reports:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndCouncilReport): every record, newest first, or
 *   %NULL with @error set
 */
GPtrArray *
ond_store_list_council_reports (OndStore  *self,
                                GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                             "SELECT " REPORT_COLUMNS " FROM council_report"
                             " ORDER BY made_at DESC, id DESC",
                             error);
  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_council_report_free);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    g_ptr_array_add (list, read_row (stmt));
  if (!ok)
    return NULL;
  return g_steal_pointer (&list);
}

/**
 * ond_store_get_council_report:
 * @self: a #OndStore
 * @id: the record
 * @snapshot: (out) (optional) (transfer full): the report its snapshot holds
 * @error: return location for an error
 *
 * Returns: (transfer full): the record, or %NULL with @error set
 */
OndCouncilReport *
ond_store_get_council_report (OndStore    *self,
                              gint64       id,
                              OndReport  **snapshot,
                              GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(OndCouncilReport) record = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (snapshot != NULL)
    *snapshot = NULL;
  stmt = _ond_store_prepare (self, "SELECT " REPORT_COLUMNS " FROM council_report WHERE id = ?",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The report is not on record."));
      return NULL;
    }
  record = read_row (stmt);
  if (snapshot == NULL)
    return g_steal_pointer (&record);

  if (record->figures == NULL || record->figures[0] == '\0')
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("No figures were kept with this report."));
      return NULL;
    }
  *snapshot = ond_report_from_text (record->figures, error);
  if (*snapshot == NULL)
    return NULL;
  return g_steal_pointer (&record);
}

/**
 * ond_store_compare_council_report:
 * @self: a #OndStore
 * @id: the record
 * @now: the moment of today's report
 * @error: return location for an error
 *
 * Gathers today's report for the plan and year of record @id (ond_report_gather()) and
 * lists what differs from the figures the recorded report used (ond_report_compare()).
 *
 * Returns: (transfer full) (element-type OndReportChange): the changes, or %NULL with
 *   @error set (the record, its figures, or its plan not found; a store error)
 */
GPtrArray *
ond_store_compare_council_report (OndStore   *self,
                                  gint64      id,
                                  GDateTime  *now,
                                  GError    **error)
{
  g_autoptr(OndCouncilReport) record = NULL;
  g_autoptr(OndReport) then = NULL;
  g_autoptr(OndReport) today = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  record = ond_store_get_council_report (self, id, &then, error);
  if (record == NULL)
    return NULL;
  today = ond_report_gather (self, then->plan_id, then->year, now, error);
  if (today == NULL)
    return NULL;
  return ond_report_compare (then, today);
}
