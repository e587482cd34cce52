/* ond-file-replace.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Replacing a file whole. ond_file_replace_begin() makes PATH.tmp-XXXXXX beside the
 * destination (so that the rename stays on one file system) with the permissions asked for;
 * the caller writes it, through its descriptor or by its path; ond_file_replace_commit()
 * syncs it and renames it over the destination. Whatever fails, and whenever the
 * OndFileReplace is freed before a commit, the temporary file is removed: nothing is left
 * behind and an existing file at the destination keeps its content. Every error is a
 * G_IO_ERROR whose message names the destination.
 */

#define G_LOG_DOMAIN "ond-file-replace"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ond-file-replace.h"

struct _OndFileReplace
{
  char *path;
  char *temp_path;
  int fd;
};

/**
 * ond_file_replace_set_error:
 * @error: return location for a #GError
 * @path: the file that could not be written
 * @saved_errno: the errno of the failure
 *
 * Sets @error to the #GIOErrorEnum code of @saved_errno, with the message “Cannot write
 * “@path”: reason”: what an export says when writing its file fails.
 */
void
ond_file_replace_set_error (GError     **error,
                            const char  *path,
                            int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
}

/* The permissions of the new file: the user's only, or those of the file it replaces. */
static gboolean
set_mode (int                  fd,
          const char          *path,
          OndFileReplaceMode   mode,
          GError             **error)
{
  GStatBuf st;

  if (mode == OND_FILE_REPLACE_PRIVATE)
    {
      /* Whatever the umask says: personal data. */
      if (fchmod (fd, 0600) != 0)
        {
          ond_file_replace_set_error (error, path, errno);
          return FALSE;
        }
    }
  else if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode) &&
           fchmod (fd, st.st_mode & 07777) != 0)
    g_debug ("Could not copy the permissions of %s: %s", path, g_strerror (errno));

  return TRUE;
}

/**
 * ond_file_replace_begin:
 * @path: the file to replace (or make)
 * @mode: the permissions of the new file
 * @error: return location for a #GError
 *
 * Makes a temporary file beside @path, open for reading and writing, with the permissions
 * that @mode says. Write it through ond_file_replace_get_fd() or by
 * ond_file_replace_get_temp_path(), then ond_file_replace_commit(); freeing the result
 * without a commit removes the temporary file.
 *
 * Errors: %G_IO_ERROR_NOT_FOUND when the folder of @path does not exist; another
 * #GIOErrorEnum code (%G_IO_ERROR_PERMISSION_DENIED, ...) when the file cannot be made. The
 * message names @path.
 *
 * Returns: (transfer full) (nullable): the file being written, or %NULL
 */
OndFileReplace *
ond_file_replace_begin (const char          *path,
                        OndFileReplaceMode   mode,
                        GError             **error)
{
  g_autofree char *tmpl = NULL;
  OndFileReplace *self;
  int fd;

  g_return_val_if_fail (path != NULL && path[0] != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  tmpl = g_strconcat (path, ".tmp-XXXXXX", NULL);
  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC,
                       mode == OND_FILE_REPLACE_PRIVATE ? 0600 : 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *folder = g_path_get_dirname (path);

      if ((saved_errno == ENOENT || saved_errno == ENOTDIR) &&
          !g_file_test (folder, G_FILE_TEST_IS_DIR))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("Cannot write “%s”: the folder “%s” does not exist."), path, folder);
      else
        ond_file_replace_set_error (error, path, saved_errno);
      return NULL;
    }

  if (!set_mode (fd, path, mode, error))
    {
      close (fd);
      g_unlink (tmpl);
      return NULL;
    }

  self = g_new0 (OndFileReplace, 1);
  self->path = g_strdup (path);
  self->temp_path = g_steal_pointer (&tmpl);
  self->fd = fd;
  return self;
}

/**
 * ond_file_replace_get_fd:
 * @self: a file being written
 *
 * Returns: the descriptor of the temporary file, open for reading and writing; owned by
 *   @self (do not close it)
 */
int
ond_file_replace_get_fd (OndFileReplace *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->fd;
}

/**
 * ond_file_replace_get_temp_path:
 * @self: a file being written
 *
 * For a writer that opens the file by its name (libxlsxwriter): it writes to the same file
 * as ond_file_replace_get_fd(), so the commit syncs what it wrote.
 *
 * Returns: the path of the temporary file
 */
const char *
ond_file_replace_get_temp_path (OndFileReplace *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temp_path;
}

/**
 * ond_file_replace_commit:
 * @self: a file being written, written completely
 * @error: return location for a #GError
 *
 * Syncs the temporary file to disk, closes it and renames it over the destination. On
 * failure the temporary file is removed and an existing file at the destination is
 * untouched. Call it once; free @self after it either way.
 *
 * Errors: the #GIOErrorEnum code of the failure, with the message “Cannot write “path”: …”
 * when syncing or closing fails and “Cannot replace “path”: …” when the rename fails.
 *
 * Returns: %TRUE when the destination is the new file
 */
gboolean
ond_file_replace_commit (OndFileReplace  *self,
                         GError         **error)
{
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fd = self->fd;
  self->fd = -1;
  if (g_fsync (fd) != 0)
    {
      ond_file_replace_set_error (error, self->path, errno);
      close (fd);
    }
  else if (close (fd) != 0)
    ond_file_replace_set_error (error, self->path, errno);
  else if (g_rename (self->temp_path, self->path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot replace “%s”: %s"), self->path, g_strerror (saved_errno));
    }
  else
    {
      /* Renamed: nothing to remove any more. */
      g_clear_pointer (&self->temp_path, g_free);
      return TRUE;
    }

  g_unlink (self->temp_path);
  g_clear_pointer (&self->temp_path, g_free);
  return FALSE;
}

/**
 * ond_file_replace_free:
 * @self: (nullable): a file being written, or committed
 *
 * Closes the temporary file if it is still open and removes it unless it was committed.
 */
void
ond_file_replace_free (OndFileReplace *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (self->temp_path != NULL)
    g_unlink (self->temp_path);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}
