/* ond-xlsx-table-file.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing an OndXlsxTable to its file. The workbook is written to a temporary file beside
 * the path (so that the rename stays on one file system) and renamed over it when complete:
 * a failed export leaves nothing behind, and an existing file is only ever replaced by a
 * whole workbook. Personal data is readable by its owner only, from the first byte. */

#define G_LOG_DOMAIN "ond-xlsx-table"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ond-xlsx-table-private.h"

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
}

/* Reserves PATH.tmp-XXXXXX beside @path, with the permissions of the file it will replace,
 * or the user's only for personal data. */
static char *
create_temporary (const char  *path,
                  gboolean     personal,
                  GError     **error)
{
  g_autofree char *tmpl = g_strconcat (path, ".tmp-XXXXXX", NULL);
  GStatBuf st;
  int fd;

  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, personal ? 0600 : 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *folder = g_path_get_dirname (path);

      if ((saved_errno == ENOENT || saved_errno == ENOTDIR) &&
          !g_file_test (folder, G_FILE_TEST_IS_DIR))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("Cannot write “%s”: the folder “%s” does not exist."), path, folder);
      else
        set_write_error (error, path, saved_errno);
      return NULL;
    }

  /* The umask applied to 0666 when the file was made; a file replaced keeps its own mode,
   * and personal data is the user's only, whatever the umask says. */
  if (personal)
    {
      if (fchmod (fd, 0600) != 0)
        {
          int saved_errno = errno;

          close (fd);
          g_unlink (tmpl);
          set_write_error (error, path, saved_errno);
          return NULL;
        }
    }
  else if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode) &&
           fchmod (fd, st.st_mode & 07777) != 0)
    g_debug ("Could not copy the permissions of %s: %s", path, g_strerror (errno));
  close (fd);

  return g_steal_pointer (&tmpl);
}

/* The workbook is on disk before it replaces anything. */
static gboolean
sync_file (const char  *tmp_path,
           const char  *path,
           GError     **error)
{
  int fd = g_open (tmp_path, O_RDONLY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd >= 0 && g_fsync (fd) == 0)
    {
      close (fd);
      return TRUE;
    }

  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  set_write_error (error, path, saved_errno);
  return FALSE;
}

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
  g_autofree char *tmp_path = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), FALSE);
  g_return_val_if_fail (ond_xlsx_table_get_n_columns (self) > 0, FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((tmp_path = create_temporary (path, ond_xlsx_table_get_personal (self), error)) == NULL)
    return FALSE;
  folder = g_path_get_dirname (path);

  if (!_ond_xlsx_table_write_workbook (self, tmp_path, folder, path, error) ||
      !sync_file (tmp_path, path, error))
    {
      g_unlink (tmp_path);
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
