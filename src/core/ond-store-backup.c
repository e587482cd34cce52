/* ond-store-backup.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Backups of the database and restoring one. A backup is made with SQLite's online backup
 * API from the store's own connection: one read transaction, so the copy is the database as
 * it was at one moment, committed pages still in the -wal included, while other processes
 * go on reading and writing. It is written to a temporary file (mode 0600) beside its
 * destination, switched to a rollback journal so that it is one self-contained file,
 * checked with PRAGMA integrity_check, and only then renamed over the destination.
 *
 * Automatic backups go to the folder "<database>-backups" beside the database (mode 0700),
 * named "<name>-YYYYMMDD-HHMMSS-UUUUUU.db" after the time in UTC, so that the names sort
 * by age; the newest OND_STORE_BACKUPS_KEPT are kept.
 */

#define G_LOG_DOMAIN "ond-store-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ond-file-replace.h"
#include "ond-store-backup.h"
#include "ond-store-private.h"

/* How long a backup waits for a lock another process holds. */
#define BUSY_WAIT_USEC (10 * G_USEC_PER_SEC)
/* The time part of an automatic backup's name: "-YYYYMMDD-HHMMSS-UUUUUU.db". */
#define STAMP_LENGTH   (1 + 8 + 1 + 6 + 1 + 6 + 3)

/* Removes what SQLite may leave beside a file it had open. */
static void
remove_sidecars (const char *path)
{
  static const char * const suffixes[] = { "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_unlink (name);
    }
}

/* An error of SQLite on the copy being written to @path (or read from the store). */
static void
set_copy_error (GError     **error,
                sqlite3     *db,
                int          rc,
                const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("Cannot write “%s”: the disk is full."), display);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_BUSY,
                   _("Cannot write “%s”: another program kept the database locked. Try "
                     "again later."), display);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_A_DATABASE,
                   _("Cannot write “%s”: the database is damaged (%s)."), display,
                   db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write “%s”: %s"), display,
                   db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    }
}

/* Runs a pragma that returns one text row and compares it with @expected. */
static gboolean
pragma_is (sqlite3     *db,
           const char  *sql,
           const char  *expected,
           const char  *path,
           GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  gboolean has_row = FALSE;

  stmt = ond_statement_new (db, sql, &local_error);
  if (stmt != NULL && ond_statement_step (stmt, &has_row, &local_error) && has_row &&
      g_ascii_strcasecmp (ond_statement_get_text (stmt, 0), expected) == 0)
    return TRUE;

  display = g_filename_display_name (path);
  if (local_error != NULL && local_error->code == OND_STORE_ERROR_BUSY)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_A_DATABASE,
                 _("The copy “%s” did not pass the integrity check: %s"), display,
                 local_error != NULL ? local_error->message
                 : has_row ? ond_statement_get_text (stmt, 0) : "—");
  return FALSE;
}

/* Copies every page of @src into @dest in one step: one read transaction on @src. A lock
 * held by another process (a checkpoint, a database not in WAL mode) is waited for. */
static gboolean
copy_pages (sqlite3     *src,
            sqlite3     *dest,
            const char  *path,
            GError     **error)
{
  gint64 deadline = g_get_monotonic_time () + BUSY_WAIT_USEC;
  sqlite3_backup *backup;
  int rc;

  backup = sqlite3_backup_init (dest, "main", src, "main");
  if (backup == NULL)
    {
      set_copy_error (error, dest, sqlite3_extended_errcode (dest), path);
      return FALSE;
    }

  for (;;)
    {
      rc = sqlite3_backup_step (backup, -1);
      if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || g_get_monotonic_time () > deadline)
        break;
      sqlite3_sleep (20);
    }

  if (sqlite3_backup_finish (backup) != SQLITE_OK || rc != SQLITE_DONE)
    {
      set_copy_error (error, dest, rc != SQLITE_DONE ? rc : sqlite3_extended_errcode (dest),
                      path);
      return FALSE;
    }
  return TRUE;
}

/* Makes the copy in the temporary file @temp_path: pages, one file, checked. */
static gboolean
write_copy (OndStore    *store,
            const char  *temp_path,
            const char  *path,
            GError     **error)
{
  sqlite3 *dest = NULL;
  gboolean ok;
  int rc;

  rc = sqlite3_open_v2 (temp_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      set_copy_error (error, dest, rc, path);
      sqlite3_close (dest);
      return FALSE;
    }
  sqlite3_extended_result_codes (dest, TRUE);

  ok = copy_pages (_ond_store_get_db (store), dest, path, error) &&
       pragma_is (dest, "PRAGMA journal_mode = DELETE", "delete", path, error) &&
       pragma_is (dest, "PRAGMA integrity_check", "ok", path, error);

  rc = sqlite3_close (dest);
  if (ok && rc != SQLITE_OK)
    {
      set_copy_error (error, NULL, rc, path);
      ok = FALSE;
    }
  remove_sidecars (temp_path);
  return ok;
}

static gboolean
is_same_file (const char *a,
              const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/**
 * ond_store_backup:
 * @store: an open store (read-only or not)
 * @path: the file to write; replaced whole when it exists
 * @error: return location for a #GError
 *
 * Writes a consistent copy of the database to @path, mode 0600, while the store stays
 * usable and other processes may read and write the database (a lock another process holds
 * is waited for up to 10 seconds). The copy includes what is committed but still only in
 * the -wal file, is one self-contained file (rollback journal), and passed `PRAGMA
 * integrity_check` before it replaced @path. Only reads the database. On failure nothing is
 * left behind and an existing @path keeps its content.
 *
 * Errors: a #GIOErrorEnum code for the destination (%G_IO_ERROR_NOT_FOUND: its folder does
 * not exist; %G_IO_ERROR_PERMISSION_DENIED; %G_IO_ERROR_NO_SPACE: the disk is full), or
 * %OND_STORE_ERROR_BUSY, %OND_STORE_ERROR_NOT_A_DATABASE (the copy failed the check) and
 * %OND_STORE_ERROR_INVALID (@path is the database itself). Each message names @path.
 *
 * Returns: %TRUE when @path holds the copy
 */
gboolean
ond_store_backup (OndStore    *store,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(OndFileReplace) replace = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ond_store_is_server (store))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("A database on a team server is backed up by its administrator "
                             "(pg_dump), not from the application."));
      return FALSE;
    }
  if (_ond_store_get_db (store) == NULL)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                           _("The database has been closed"));
      return FALSE;
    }
  if (is_same_file (path, ond_store_get_path (store)))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("“%s” is the database itself: choose another file for the backup."),
                   display);
      return FALSE;
    }

  replace = ond_file_replace_begin (path, OND_FILE_REPLACE_PRIVATE, error);
  if (replace == NULL)
    return FALSE;
  if (!write_copy (store, ond_file_replace_get_temp_path (replace), path, error))
    return FALSE;
  return ond_file_replace_commit (replace, error);
}

/**
 * ond_store_backup_folder:
 * @db_path: a database file
 *
 * Returns: (transfer full): the folder of its automatic backups, "@db_path-backups"
 */
char *
ond_store_backup_folder (const char *db_path)
{
  g_return_val_if_fail (db_path != NULL, NULL);

  return g_strconcat (db_path, "-backups", NULL);
}

/* "plan" for "/x/plan.db": the start of the names of its automatic backups. */
static char *
backup_stem (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

static gboolean
all_digits (const char *s,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
    }
  return TRUE;
}

/* The UTC time in the name of an automatic backup, or NULL when @name is not one. */
static GDateTime *
parse_stamp (const char *name)
{
  gsize len = strlen (name);
  const char *s;
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) whole = NULL;
  int v[7];

  if (len <= STAMP_LENGTH)
    return NULL;
  s = name + len - STAMP_LENGTH;
  if (s[0] != '-' || !all_digits (s + 1, 8) || s[9] != '-' || !all_digits (s + 10, 6) ||
      s[16] != '-' || !all_digits (s + 17, 6) || strcmp (s + 23, ".db") != 0)
    return NULL;
  if (sscanf (s, "-%4d%2d%2d-%2d%2d%2d-%6d", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
              &v[6]) != 7)
    return NULL;
  utc = g_time_zone_new_utc ();
  whole = g_date_time_new (utc, v[0], v[1], v[2], v[3], v[4], v[5]);
  if (whole == NULL)
    return NULL;
  return g_date_time_add (whole, v[6]);
}

/**
 * ond_store_backup_get_time:
 * @backup_path: an automatic backup (see ond_store_list_backups())
 *
 * Returns: (transfer full) (nullable): when it was made (UTC, from its name), or %NULL
 *   when @backup_path is not named as an automatic backup
 */
GDateTime *
ond_store_backup_get_time (const char *backup_path)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (backup_path != NULL, NULL);

  base = g_path_get_basename (backup_path);
  return parse_stamp (base);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  /* Newest first: the stamps sort as text. */
  return -strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * ond_store_list_backups:
 * @db_path: a database file
 * @error: return location for a #GError
 *
 * The automatic backups of @db_path in ond_store_backup_folder(), newest first. Other files
 * in the folder are not listed. A folder that does not exist gives an empty list.
 *
 * Returns: (transfer full) (element-type filename): their paths, or %NULL when the folder
 *   cannot be read
 */
GPtrArray *
ond_store_list_backups (const char  *db_path,
                        GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *stem = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;
  gsize stem_len;

  g_return_val_if_fail (db_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  folder = ond_store_backup_folder (db_path);
  stem = backup_stem (db_path);
  stem_len = strlen (stem);
  dir = g_dir_open (folder, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&paths);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GDateTime) time = NULL;

      if (strlen (name) != stem_len + STAMP_LENGTH || strncmp (name, stem, stem_len) != 0)
        continue;
      time = parse_stamp (name);
      if (time != NULL)
        g_ptr_array_add (names, g_strdup (name));
    }

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_build_filename (folder, g_ptr_array_index (names, i), NULL));
  return g_steal_pointer (&paths);
}

/* A new name in @folder for a backup made now: later than the newest one there, even when
 * the clock was set back or two backups fall in one microsecond. */
static char *
next_backup_path (const char *folder,
                  const char *stem,
                  GPtrArray  *existing)
{
  gint64 now = g_get_real_time ();

  if (existing->len > 0)
    {
      g_autoptr(GDateTime) last = ond_store_backup_get_time (g_ptr_array_index (existing, 0));

      now = MAX (now, g_date_time_to_unix (last) * G_USEC_PER_SEC +
                      g_date_time_get_microsecond (last) + 1);
    }

  for (;; now++)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (now / G_USEC_PER_SEC);
      g_autofree char *stamp = g_date_time_format (time, "%Y%m%d-%H%M%S");
      g_autofree char *name = g_strdup_printf ("%s-%s-%06d.db", stem, stamp,
                                               (int) (now % G_USEC_PER_SEC));
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}

/**
 * ond_store_backup_auto:
 * @store: an open store
 * @error: return location for a #GError
 *
 * Makes an automatic backup (ond_store_backup()) in ond_store_backup_folder(), creating that
 * folder (mode 0700) when needed, and removes the older automatic backups beyond the newest
 * %OND_STORE_BACKUPS_KEPT. Nothing else in the folder is touched.
 *
 * Returns: (transfer full) (nullable): the path of the new backup, or %NULL with @error set
 */
char *
ond_store_backup_auto (OndStore  *store,
                       GError   **error)
{
  const char *db_path;
  g_autofree char *folder = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) existing = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  db_path = ond_store_get_path (store);
  folder = ond_store_backup_folder (db_path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The folder “%s” cannot be created: %s"), display,
                   g_strerror (saved_errno));
      return NULL;
    }

  existing = ond_store_list_backups (db_path, error);
  if (existing == NULL)
    return NULL;
  stem = backup_stem (db_path);
  path = next_backup_path (folder, stem, existing);
  if (!ond_store_backup (store, path, error))
    return NULL;

  after = ond_store_list_backups (db_path, &local_error);
  if (after == NULL)
    g_warning ("Old backups not removed: %s", local_error->message);
  for (guint i = OND_STORE_BACKUPS_KEPT; after != NULL && i < after->len; i++)
    {
      const char *old = g_ptr_array_index (after, i);

      if (g_unlink (old) != 0)
        g_warning ("Could not remove the old backup %s: %s", old, g_strerror (errno));
    }
  return g_steal_pointer (&path);
}
