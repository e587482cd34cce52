/* ond-xlsx-table-file.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing an OndXlsxTable to its file. The workbook is written to a temporary file beside
 * the path (so that the rename stays on one file system) and renamed over it when complete:
 * a failed export leaves nothing behind, and an existing file is only ever replaced by a
 * whole workbook (OndFileReplace, ond-file-replace.h). Personal data is readable by its owner
 * only, from the first byte. */

#define G_LOG_DOMAIN "ond-xlsx-table"

#include "config.h"

#include "ond-file-replace.h"
#include "ond-xlsx-table-private.h"

/**
 * ond_xlsx_table_write:
 * @self: an #OndXlsxTable with columns
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
  g_autoptr(OndFileReplace) file = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), FALSE);
  g_return_val_if_fail (ond_xlsx_table_get_n_columns (self) > 0, FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = ond_file_replace_begin (path,
                                 ond_xlsx_table_get_personal (self) ?
                                 OND_FILE_REPLACE_PRIVATE : OND_FILE_REPLACE_KEEP_MODE,
                                 error);
  if (file == NULL)
    return FALSE;
  folder = g_path_get_dirname (path);

  return _ond_xlsx_table_write_workbook (self, ond_file_replace_get_temp_path (file), folder,
                                         path, error) &&
         ond_file_replace_commit (file, error);
}
