/* ond-xlsx-table-file.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing an OndXlsxTable to its file: a table whose rows are kept is written whole
 * (ond_xlsx_table_write ()), a long list is written as the table is filled
 * (ond_xlsx_table_begin_write () ... ond_xlsx_table_end_write (), the rows written on a
 * thread of their own while the caller reads the next ones). The workbook is written to
 * a temporary file beside the path (so that the rename stays on one file system) and renamed
 * over it when complete: a failed export leaves nothing behind, and an existing file is only
 * ever replaced by a whole workbook (OndFileReplace, ond-file-replace.h). Personal data is
 * readable by its owner only, from the first byte. */

#define G_LOG_DOMAIN "ond-xlsx-table"

#include "config.h"

#include "ond-file-replace.h"
#include "ond-xlsx-table-private.h"

/* A writer of @self's workbook to @path: its title and header are written. */
static OndXlsxWriter *
open_writer (OndXlsxTable  *self,
             const char    *path,
             GError       **error)
{
  OndFileReplace *file;

  file = ond_file_replace_begin (path,
                                 ond_xlsx_table_get_personal (self) ?
                                 OND_FILE_REPLACE_PRIVATE : OND_FILE_REPLACE_KEEP_MODE,
                                 error);
  if (file == NULL)
    return NULL;
  return _ond_xlsx_writer_new (self, file, path, error);
}

/**
 * ond_xlsx_table_write:
 * @self: an #OndXlsxTable with columns, filled (not one written as it was filled)
 * @path: the workbook to write
 * @error: return location for a #GError
 *
 * Writes the table to @path as a workbook of one sheet. It is written to a temporary file in
 * the same folder and renamed over @path when complete: on failure nothing is left behind and
 * an existing file at @path is untouched. The table is only read: it may be written on
 * another thread than the one that filled it, once filled.
 *
 * Errors: %G_IO_ERROR_NOT_FOUND when the folder of @path does not exist;
 * %G_IO_ERROR_PERMISSION_DENIED when it may not be written in; other #GIOErrorEnum codes when
 * the file cannot be written. Each message names @path.
 *
 * Returns: %TRUE when the workbook was written
 */
gboolean
ond_xlsx_table_write (OndXlsxTable  *self,
                      const char    *path,
                      GError       **error)
{
  g_autoptr(OndXlsxWriter) writer = NULL;
  guint n_columns, n_rows;

  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), FALSE);
  g_return_val_if_fail (ond_xlsx_table_get_n_columns (self) > 0, FALSE);
  g_return_val_if_fail (!_ond_xlsx_table_get_streamed (self), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  writer = open_writer (self, path, error);
  if (writer == NULL)
    return FALSE;

  n_columns = ond_xlsx_table_get_n_columns (self);
  n_rows = ond_xlsx_table_get_n_rows (self);
  for (guint row = 0; row < n_rows; row++)
    for (guint col = 0; col < n_columns; col++)
      _ond_xlsx_writer_add_cell (writer, row, col, _ond_xlsx_table_get_cell (self, row, col));

  return _ond_xlsx_writer_finish (writer, n_rows, error);
}

/**
 * ond_xlsx_table_begin_write:
 * @self: an #OndXlsxTable with columns and no rows
 * @path: the workbook to write
 * @error: return location for a #GError
 *
 * Starts writing the table to @path as it is filled: each row added from now on is written
 * at once, in constant memory, and not kept; the columns are as wide as the widest cell
 * that was added. ond_xlsx_table_end_write() finishes the workbook; a table freed before
 * that leaves nothing behind. The file is written as ond_xlsx_table_write() writes it, with
 * the same errors; @self is then to be filled on this thread only.
 *
 * Returns: %TRUE when the workbook was started
 */
gboolean
ond_xlsx_table_begin_write (OndXlsxTable  *self,
                            const char    *path,
                            GError       **error)
{
  OndXlsxWriter *writer;

  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), FALSE);
  g_return_val_if_fail (ond_xlsx_table_get_n_columns (self) > 0, FALSE);
  g_return_val_if_fail (ond_xlsx_table_get_n_rows (self) == 0, FALSE);
  g_return_val_if_fail (!_ond_xlsx_table_get_streamed (self), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  writer = open_writer (self, path, error);
  if (writer == NULL)
    return FALSE;
  _ond_xlsx_table_set_stream (self, _ond_xlsx_stream_new (writer));
  return TRUE;
}

/**
 * ond_xlsx_table_end_write:
 * @self: an #OndXlsxTable after ond_xlsx_table_begin_write() and its rows
 * @error: return location for a #GError
 *
 * Finishes the workbook that ond_xlsx_table_begin_write() started: the column widths, the
 * filter over the rows, the page; then renames it over its path. On failure nothing is left
 * behind. No rows can be added afterwards.
 *
 * Errors: as ond_xlsx_table_write().
 *
 * Returns: %TRUE when the workbook was written
 */
gboolean
ond_xlsx_table_end_write (OndXlsxTable  *self,
                          GError       **error)
{
  g_autoptr(OndXlsxStream) stream = NULL;

  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stream = _ond_xlsx_table_steal_stream (self);
  g_return_val_if_fail (stream != NULL, FALSE);

  return _ond_xlsx_stream_finish (stream, ond_xlsx_table_get_n_rows (self), error);
}
