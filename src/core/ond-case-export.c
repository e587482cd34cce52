/* ond-case-export.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The case list as a CSV file for Excel: UTF-8 with a byte order mark, `;` between the
 * fields, CRLF line ends, fields with `;`, `"` or a line break quoted as RFC 4180 says. The
 * first line says that it is an internal document with personal data (DESIGN.md, Privacy);
 * then the header and one row per case, in the order of the list. Dates are dd-mm-jjjj.
 * A field that a spreadsheet would read as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe, so that a summary typed by an anonymous
 * reporter is never run.
 *
 * The rows are written, as they are read from the list, to a temporary file (mode 0600)
 * in the same folder (OndFileReplace), synced and renamed over @path when complete: on
 * failure nothing is left behind and an existing file at @path is untouched. Only then are
 * the cases logged, one access_log row each, in one transaction.
 *
 * The same list can be written as a workbook (ond_case_export_xlsx, through OndXlsxTable):
 * the same columns, marked as an internal document, mode 0600, and logged the same way. Its
 * rows, too, are written as they are read (in constant memory: 100,000 cases take no more
 * than one year's); only the references are kept, for the log.
 */

#define G_LOG_DOMAIN "ond-case-export"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "ond-case-export.h"
#include "ond-case.h"
#include "ond-date.h"
#include "ond-file-replace.h"
#include "ond-store-cases.h"
#include "ond-xlsx-table.h"

/* Written to the file in pieces of about this size. */
#define CHUNK_SIZE (64 * 1024)

static const char * const header[] = {
  "Kenmerk", "Ontvangen", "Bron", "Thema", "Gebied", "Soort", "Subject", "Adres",
  "Samenvatting", "Status", "Trekker", "Volgende follow-up",
};

static void
append_field (GString    *out,
              const char *value)
{
  gboolean formula;

  if (value == NULL)
    value = "";

  formula = value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
  if (!formula && strpbrk (value, ";\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_date (GString    *out,
             const char *iso)
{
  g_autofree char *text = iso != NULL && iso[0] != '\0' ? ond_date_format (iso) : NULL;

  append_field (out, text);
}

static void
append_row (GString *out,
            OndCase *kase)
{
  append_field (out, ond_case_get_reference (kase));
  g_string_append_c (out, ';');
  append_date (out, ond_case_get_date_received (kase));
  g_string_append_c (out, ';');
  append_field (out, ond_case_get_source_label (kase));
  g_string_append_c (out, ';');
  append_field (out, ond_case_get_theme_name (kase));
  g_string_append_c (out, ';');
  append_field (out, ond_case_get_area_name (kase));
  g_string_append_c (out, ';');
  append_field (out, ond_case_get_subject_kind_label (kase));
  g_string_append_c (out, ';');
  append_field (out, ond_case_get_subject_name (kase));
  g_string_append_c (out, ';');
  append_field (out, ond_case_get_address (kase));
  g_string_append_c (out, ';');
  append_field (out, ond_case_get_summary (kase));
  g_string_append_c (out, ';');
  append_field (out, ond_case_get_status_label (kase));
  g_string_append_c (out, ';');
  append_field (out, ond_case_get_lead_partner_name (kase));
  g_string_append_c (out, ';');
  append_date (out, ond_case_get_next_follow_up (kase));
  g_string_append (out, "\r\n");
}

static gboolean
write_all (int          fd,
           GString     *out,
           const char  *path,
           GError     **error)
{
  gsize done = 0;

  while (done < out->len)
    {
      gssize n = write (fd, out->str + done, out->len - done);

      if (n < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          ond_file_replace_set_error (error, path, saved_errno);
          return FALSE;
        }
      done += (gsize) n;
    }
  g_string_truncate (out, 0);
  return TRUE;
}

/* Writes the rows of @list in order, and notes the reference of each in @references. A row
 * that can no longer be read (the store changed under the list) fails the export. */
static gboolean
write_file (int           fd,
            OndCaseList  *list,
            GPtrArray    *references,
            const char   *path,
            GError      **error)
{
  g_autoptr(GString) out = g_string_sized_new (CHUNK_SIZE + 4096);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  /* The byte order mark tells Excel that this is UTF-8. */
  g_string_append (out, "\xEF\xBB\xBF" OND_CASE_EXPORT_NOTICE "\r\n");
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    {
      if (i > 0)
        g_string_append_c (out, ';');
      append_field (out, header[i]);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndCase) kase = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (kase == NULL)
        {
          g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                               _("The list of cases changed while it was exported. "
                                 "Please try again."));
          return FALSE;
        }
      append_row (out, kase);
      g_ptr_array_add (references, g_strdup (ond_case_get_reference (kase)));
      if (out->len >= CHUNK_SIZE && !write_all (fd, out, path, error))
        return FALSE;
    }
  return write_all (fd, out, path, error);
}

/* Logs each case of an export written to @path (one access_log row per reference, in one
 * transaction); *@logged says whether that worked. Both exports come here. */
static void
log_export (OndStore   *store,
            GPtrArray  *references,
            const char *path,
            gboolean   *logged)
{
  g_autoptr(GError) log_error = NULL;

  if (!ond_store_log_access_many (store, references, OND_CASE_EXPORT_LOGGED, &log_error))
    {
      g_debug ("The export of %u cases to %s could not be recorded: %s",
               references->len, path, log_error->message);
      return;
    }

  if (logged != NULL)
    *logged = TRUE;
}

/**
 * ond_case_export_csv:
 * @store: the store @list reads (the export is logged there)
 * @list: the case list, as searched, filtered and sorted
 * @path: the file to write
 * @n_rows: (out) (optional): the number of cases written
 * @logged: (out) (optional): whether the export was recorded in the access log
 * @error: return location for a #GError
 *
 * Writes the cases of @list, in the list's order, to @path as a `;`-separated CSV file
 * (UTF-8 with a byte order mark, for Excel) whose first line is %OND_CASE_EXPORT_NOTICE,
 * then the header and one row per case. The file is written with mode 0600 to a temporary
 * file in the same folder and renamed over @path when complete: on failure nothing is left
 * behind, an existing file at @path is untouched and nothing is logged.
 *
 * Once the file is in place, each case in it is logged (%OND_CASE_EXPORT_LOGGED, one
 * access_log row per reference, in one transaction). When that fails — a read-only store,
 * or a database error — the file stays and the function still returns %TRUE, with
 * *@logged set to %FALSE: the caller must tell the user that the export could not be
 * recorded. An empty list writes the notice and the header; there is nothing to log.
 *
 * Errors: the list's query error; %OND_STORE_ERROR_NOT_FOUND when a row can no longer be
 * read; %G_IO_ERROR_NOT_FOUND when the folder of @path does not exist; other #GIOErrorEnum
 * codes when the file cannot be written.
 *
 * Returns: %TRUE when the file was written (see @logged)
 */
gboolean
ond_case_export_csv (OndStore     *store,
                     OndCaseList  *list,
                     const char   *path,
                     guint        *n_rows,
                     gboolean     *logged,
                     GError      **error)
{
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(OndFileReplace) file = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (OND_IS_CASE_LIST (list), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_rows != NULL)
    *n_rows = 0;
  if (logged != NULL)
    *logged = FALSE;

  /* A list whose query failed is empty: that is not what the user sees as the list. */
  if (ond_case_list_get_error (list) != NULL)
    {
      g_propagate_error (error, g_error_copy (ond_case_list_get_error (list)));
      return FALSE;
    }

  file = ond_file_replace_begin (path, OND_FILE_REPLACE_PRIVATE, error);
  if (file == NULL)
    return FALSE;
  references = g_ptr_array_new_with_free_func (g_free);
  if (!write_file (ond_file_replace_get_fd (file), list, references, path, error) ||
      !ond_file_replace_commit (file, error))
    return FALSE;

  if (n_rows != NULL)
    *n_rows = references->len;
  log_export (store, references, path, logged);
  return TRUE;
}

/* The case list as a workbook. */

/* What the columns of the header hold, in its order. */
static const OndXlsxKind header_kinds[G_N_ELEMENTS (header)] = {
  OND_XLSX_TEXT, OND_XLSX_DATE, OND_XLSX_TEXT, OND_XLSX_TEXT, OND_XLSX_TEXT, OND_XLSX_TEXT,
  OND_XLSX_TEXT, OND_XLSX_TEXT, OND_XLSX_TEXT, OND_XLSX_TEXT, OND_XLSX_TEXT, OND_XLSX_DATE,
};

static void
add_case_row (OndXlsxTable *table,
              OndCase      *kase)
{
  ond_xlsx_table_add_text (table, ond_case_get_reference (kase));
  ond_xlsx_table_add_date (table, ond_case_get_date_received (kase));
  ond_xlsx_table_add_text (table, ond_case_get_source_label (kase));
  ond_xlsx_table_add_text (table, ond_case_get_theme_name (kase));
  ond_xlsx_table_add_text (table, ond_case_get_area_name (kase));
  ond_xlsx_table_add_text (table, ond_case_get_subject_kind_label (kase));
  ond_xlsx_table_add_text (table, ond_case_get_subject_name (kase));
  ond_xlsx_table_add_text (table, ond_case_get_address (kase));
  ond_xlsx_table_add_text (table, ond_case_get_summary (kase));
  ond_xlsx_table_add_text (table, ond_case_get_status_label (kase));
  ond_xlsx_table_add_text (table, ond_case_get_lead_partner_name (kase));
  ond_xlsx_table_add_date (table, ond_case_get_next_follow_up (kase));
}

/* Writes the rows of @list in order to @path, and notes the reference of each in
 * @references (kept in @strings). A row that can no longer be read (the store changed under
 * the list) fails the export, and leaves nothing behind. */
static gboolean
write_workbook (OndCaseList   *list,
                const char    *path,
                GPtrArray     *references,
                GStringChunk  *strings,
                GError       **error)
{
  g_autoptr(OndXlsxTable) table = ond_xlsx_table_new ("Meldingen");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d-%m-%Y");
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", OND_CASE_EXPORT_NOTICE, today);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  ond_xlsx_table_set_subtitle (table, subtitle);
  ond_xlsx_table_set_subject (table, OND_CASE_EXPORT_NOTICE);
  ond_xlsx_table_set_personal (table, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    ond_xlsx_table_add_column (table, header[i], header_kinds[i]);

  if (!ond_xlsx_table_begin_write (table, path, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndCase) kase = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (kase == NULL)
        {
          g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                               _("The list of cases changed while it was exported. "
                                 "Please try again."));
          return FALSE;
        }
      ond_xlsx_table_begin_row (table);
      add_case_row (table, kase);
      g_ptr_array_add (references,
                       g_string_chunk_insert (strings, ond_case_get_reference (kase)));
    }

  return ond_xlsx_table_end_write (table, error);
}

/**
 * ond_case_export_xlsx:
 * @store: the store @list reads (the export is logged there)
 * @list: the case list, as searched, filtered and sorted
 * @path: the workbook to write
 * @n_rows: (out) (optional): the number of cases written
 * @logged: (out) (optional): whether the export was recorded in the access log
 * @error: return location for a #GError
 *
 * Writes the cases of @list, in the list's order, to @path as a workbook of one sheet
 * (OndXlsxTable) with the columns of the CSV export: dates are dates, the rest text. Its
 * second row, its subject and a custom property say that it is an internal document with
 * personal data (%OND_CASE_EXPORT_NOTICE); the file is readable by its owner only. It is
 * written to a temporary file beside @path and renamed over it when complete: on failure
 * nothing is left behind, an existing file is untouched and nothing is logged.
 *
 * Once the file is in place each case in it is logged as ond_case_export_csv() logs it,
 * with the same meaning of @logged.
 *
 * Errors: as ond_case_export_csv().
 *
 * Returns: %TRUE when the file was written (see @logged)
 */
gboolean
ond_case_export_xlsx (OndStore     *store,
                      OndCaseList  *list,
                      const char   *path,
                      guint        *n_rows,
                      gboolean     *logged,
                      GError      **error)
{
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(GStringChunk) strings = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (OND_IS_CASE_LIST (list), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_rows != NULL)
    *n_rows = 0;
  if (logged != NULL)
    *logged = FALSE;

  /* A list whose query failed is empty: that is not what the user sees as the list. */
  if (ond_case_list_get_error (list) != NULL)
    {
      g_propagate_error (error, g_error_copy (ond_case_list_get_error (list)));
      return FALSE;
    }

  references = g_ptr_array_new ();
  strings = g_string_chunk_new (64 * 1024);
  if (!write_workbook (list, path, references, strings, error))
    return FALSE;

  if (n_rows != NULL)
    *n_rows = references->len;
  log_export (store, references, path, logged);
  return TRUE;
}
