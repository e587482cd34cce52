/* ond-test-util.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ond-test-util"

#include "config.h"

#include <glib/gstdio.h>

#include "ond-test-util.h"

/* The files SQLite may keep next to a database: what ond_test_remove_db() removes. */
static const char * const db_suffixes[] = { "", "-wal", "-shm", "-journal" };

/**
 * ond_test_make_dir:
 * @prefix: the start of the folder's name, e.g. "ond-test-store"
 *
 * Makes a new, empty folder in the temporary directory, named @prefix and a unique tail.
 * Fails the test if it cannot be made.
 *
 * Returns: (transfer full): the folder's path; remove it with ond_test_remove_tree()
 */
char *
ond_test_make_dir (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

/**
 * ond_test_remove_db:
 * @path: a database file
 *
 * Removes the database at @path and the files SQLite keeps next to it ("-wal", "-shm",
 * "-journal"), making the database writable first. Files that are not there are skipped;
 * nothing else in the folder is touched.
 */
void
ond_test_remove_db (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (db_suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, db_suffixes[i], NULL);

      if (!g_file_test (file, G_FILE_TEST_IS_SYMLINK))
        g_chmod (file, 0600);
      g_remove (file);
    }
}

/**
 * ond_test_remove_tree:
 * @path: a folder (or a single file)
 *
 * Removes @path and everything below it, database side files included. Folders and files
 * are made writable first, so what a test made read-only goes too. Symbolic links are
 * removed, never followed. A @path that is not there is skipped.
 */
void
ond_test_remove_tree (const char *path)
{
  gboolean is_link = g_file_test (path, G_FILE_TEST_IS_SYMLINK);

  if (!is_link && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          ond_test_remove_tree (child);
        }
      g_rmdir (path);
      return;
    }

  if (!is_link)
    g_chmod (path, 0600);
  g_remove (path);
}

/**
 * ond_test_file_checksum:
 * @path: a file
 *
 * Returns: (transfer full) (nullable): the SHA-256 of the file's bytes as hex, or %NULL if
 *   it cannot be read (it is missing, or is a folder)
 */
char *
ond_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}
