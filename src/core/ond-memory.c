/* ond-memory.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Large buffers backed by transparent huge pages where the system offers them (see
 * ond-memory.h). Only a hint: where madvise() or huge pages are missing, the memory is the
 * same, only slower to touch the first time.
 */

#define G_LOG_DOMAIN "ond-memory"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ond-memory.h"

#define HUGE_PAGE ((gsize) 2 * 1024 * 1024)

/**
 * ond_memory_alloc_large:
 * @size: the number of bytes
 *
 * Returns: (transfer full): @size bytes, not cleared; free with g_free()
 */
gpointer
ond_memory_alloc_large (gsize size)
{
#if defined(MADV_HUGEPAGE)
  if (size >= 2 * HUGE_PAGE)
    {
      void *memory = NULL;

      if (posix_memalign (&memory, HUGE_PAGE, size) != 0)
        g_error ("%s: failed to allocate %" G_GSIZE_FORMAT " bytes", G_STRLOC, size);
      /* Whole huge pages only; a refusal (no huge pages here) changes nothing. */
      (void) madvise (memory, size - size % HUGE_PAGE, MADV_HUGEPAGE);
      return memory;
    }
#endif
  return g_malloc (size);
}

/* Reads @length bytes of @fd into @buffer; FALSE when the file had fewer or more. */
static gboolean
read_exactly (int    fd,
              char  *buffer,
              gsize  length)
{
  gsize done = 0;
  char extra;

  while (done < length)
    {
      gssize n = read (fd, buffer + done, MIN (length - done, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      done += (gsize) n;
    }
  for (;;)
    {
      gssize n = read (fd, &extra, 1);

      if (n < 0 && errno == EINTR)
        continue;
      return n == 0;
    }
}

/**
 * ond_memory_read_file:
 * @path: a file
 * @contents: (out) (transfer full): its bytes, with a NUL after them; free with g_free()
 * @length: (out): the number of bytes
 * @error: return location for an error (%G_FILE_ERROR)
 *
 * Reads a regular file into a large buffer in one go. Anything else (or a file that changes
 * size while it is read) is read by g_file_get_contents(), which also gives the errors.
 *
 * Returns: %TRUE when read
 */
gboolean
ond_memory_read_file (const char  *path,
                      char       **contents,
                      gsize       *length,
                      GError     **error)
{
  struct stat info;
  char *buffer;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL && length != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return g_file_get_contents (path, contents, length, error);
  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode) || info.st_size <= 0 ||
      (guint64) info.st_size >= G_MAXSIZE / 2)
    {
      g_close (fd, NULL);
      return g_file_get_contents (path, contents, length, error);
    }

  buffer = ond_memory_alloc_large ((gsize) info.st_size + 1);
  if (!read_exactly (fd, buffer, (gsize) info.st_size))
    {
      g_free (buffer);
      g_close (fd, NULL);
      return g_file_get_contents (path, contents, length, error);
    }
  g_close (fd, NULL);
  buffer[info.st_size] = '\0';
  *contents = buffer;
  *length = (gsize) info.st_size;
  return TRUE;
}
