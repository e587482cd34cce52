/* ond-store-restore.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Restoring a backup over the database (declared in ond-store-backup.h). The backup is
 * checked as ond_store_open() checks a file, copied to a temporary file beside the
 * database and checked again with SQLite there (application_id, user_version, PRAGMA
 * integrity_check); the database is kept aside under a new name by a hard link (a copy
 * where links are not possible), and the checked copy is renamed over it. Until that rename
 * the database is untouched; when the rename fails the name kept aside is removed again.
 *
 * What was removed for good from the database on request of a person concerned (AVG article
 * 17) or after its retention period must not come back with an older backup: the cases its
 * deletion log names are removed again from the checked copy, before the rename, each noted
 * in the copy's deletion log and access log. Cases deleted by hand come back, as a restore
 * is how a mistake is undone.
 */

#define G_LOG_DOMAIN "ond-store-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ond-file-replace.h"
#include "ond-store-backup.h"
#include "ond-store-private.h"

/* Copies the bytes of @src_path to @fd (the temporary file of @dest_path). */
static gboolean
copy_contents (const char  *src_path,
               int          fd,
               const char  *dest_path,
               GError     **error)
{
  g_autofree char *display = NULL;
  char buffer[64 * 1024];
  int in;

  in = g_open (src_path, O_RDONLY | O_CLOEXEC, 0);
  if (in < 0)
    {
      int saved_errno = errno;

      display = g_filename_display_name (src_path);
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_UNREADABLE,
                   _("“%s” cannot be read: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  for (;;)
    {
      gssize n = read (in, buffer, sizeof buffer);
      gssize done = 0;

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (in);
          display = g_filename_display_name (src_path);
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_UNREADABLE,
                       _("“%s” cannot be read: %s"), display, g_strerror (saved_errno));
          return FALSE;
        }
      if (n == 0)
        break;
      while (done < n)
        {
          gssize w = write (fd, buffer + done, n - done);

          if (w < 0 && errno == EINTR)
            continue;
          if (w < 0)
            {
              int saved_errno = errno;

              close (in);
              display = g_filename_display_name (dest_path);
              ond_file_replace_set_error (error, display, saved_errno);
              return FALSE;
            }
          done += w;
        }
    }
  close (in);
  return TRUE;
}

static gboolean
query_int (sqlite3      *db,
           const char   *sql,
           gint64       *value,
           GError      **error)
{
  g_autoptr(OndStatement) stmt = ond_statement_new (db, sql, error);
  gboolean has_row = FALSE;

  if (stmt == NULL || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  *value = has_row ? ond_statement_get_int64 (stmt, 0) : 0;
  return TRUE;
}

/* SQLite's view of the copy @temp_path of the backup @backup_path: ours, a version we can
 * open, and whole. */
static gboolean
check_copy (const char  *temp_path,
            const char  *backup_path,
            GError     **error)
{
  static const char * const sidecars[] = { "-journal", "-wal", "-shm" };
  g_autofree char *display = g_filename_display_name (backup_path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(OndStatement) stmt = NULL;
  sqlite3 *db = NULL;
  gint64 app_id = 0;
  gint64 version = 0;
  gboolean has_row = FALSE;
  gboolean ok = FALSE;

  /* Read-write: a backup in WAL mode needs its -shm. It is our own temporary file. */
  if (sqlite3_open_v2 (temp_path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
      query_int (db, "PRAGMA application_id", &app_id, &local_error) &&
      query_int (db, "PRAGMA user_version", &version, &local_error))
    {
      stmt = ond_statement_new (db, "PRAGMA integrity_check", &local_error);
      if (stmt != NULL && ond_statement_step (stmt, &has_row, &local_error) && has_row)
        ok = g_strcmp0 (ond_statement_get_text (stmt, 0), "ok") == 0;
    }
  g_clear_pointer (&stmt, ond_statement_free);
  sqlite3_close (db);
  for (guint i = 0; i < G_N_ELEMENTS (sidecars); i++)
    {
      g_autofree char *name = g_strconcat (temp_path, sidecars[i], NULL);
      g_unlink (name);
    }

  if (ok && app_id == OND_STORE_APPLICATION_ID && version <= OND_STORE_SCHEMA_VERSION)
    return TRUE;

  if (ok && app_id != OND_STORE_APPLICATION_ID)
    g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FOREIGN,
                 _("“%s” is a database of another application, not of Ondermijning. "
                   "Nothing was restored."), display);
  else if (ok)
    g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEWER,
                 _("“%s” was written by a newer version of Ondermijning. Nothing was "
                   "restored."), display);
  else
    g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_A_DATABASE,
                 _("“%s” is damaged and cannot be restored: %s"), display,
                 local_error != NULL ? local_error->message : _("the integrity check failed"));
  return FALSE;
}

/* The (reference, reason) pairs, one after the other, of the cases removed from @db_path
 * on request or after their retention period; empty when there is no such file. */
static GPtrArray *
read_removals (const char  *db_path,
               GError     **error)
{
  g_autoptr(GPtrArray) removals = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(OndStatement) stmt = NULL;
  sqlite3 *db = NULL;
  gboolean has_row;
  gboolean ok;

  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&removals);

  /* Read-write, as a file in WAL mode needs its -shm; nothing is written. No other
   * connection is open (check_not_in_use), so SQLite removes its -wal and -shm on close. */
  if (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_autofree char *display = g_filename_display_name (db_path);

      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_UNREADABLE,
                   _("“%s” cannot be read: %s"), display, sqlite3_errmsg (db));
      sqlite3_close (db);
      return NULL;
    }
  stmt = ond_statement_new (db,
                            "SELECT reference, reason FROM deletion_log"
                            " WHERE reason LIKE 'Gewist op verzoek%'"
                            "  OR reason LIKE 'Bewaartermijn verstreken%'"
                            " ORDER BY id",
                            error);
  ok = stmt != NULL;
  while (ok && (ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_ptr_array_add (removals, g_strdup (ond_statement_get_text (stmt, 0)));
      g_ptr_array_add (removals, g_strdup (ond_statement_get_text (stmt, 1)));
    }
  g_clear_pointer (&stmt, ond_statement_free);
  sqlite3_close (db);
  return ok ? g_steal_pointer (&removals) : NULL;
}

/* Whether the copy @temp_path holds a case of @removals (read_removals()): a copy without
 * one is left exactly as the backup was. */
static gboolean
holds_any (const char  *temp_path,
           GPtrArray   *removals,
           gboolean    *found,
           GError     **error)
{
  static const char * const sidecars[] = { "-wal", "-shm" };
  g_autoptr(OndStatement) stmt = NULL;
  sqlite3 *db = NULL;
  gboolean ok = TRUE;

  *found = FALSE;
  if (removals->len == 0)
    return TRUE;

  if (sqlite3_open_v2 (temp_path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    ond_statement_set_error (error, db, sqlite3_errcode (db), _("Reading the backup"));
  else
    stmt = ond_statement_new (db, "SELECT 1 FROM case_file WHERE reference = ?", error);
  ok = stmt != NULL;
  for (guint i = 0; ok && !*found && i + 1 < removals->len; i += 2)
    {
      ond_statement_reset (stmt);
      ok = ond_statement_bind_text (stmt, 1, removals->pdata[i], error) &&
           ond_statement_step (stmt, found, error);
    }
  g_clear_pointer (&stmt, ond_statement_free);
  sqlite3_close (db);
  for (guint i = 0; i < G_N_ELEMENTS (sidecars); i++)
    {
      g_autofree char *name = g_strconcat (temp_path, sidecars[i], NULL);
      g_unlink (name);
    }
  return ok;
}

/* Removes the cases of @removals (read_removals()) from the copy @temp_path again, in one
 * transaction; *@n_removed says how many were in it. */
static gboolean
remove_again (const char  *temp_path,
              GPtrArray   *removals,
              guint       *n_removed,
              GError     **error)
{
  g_autoptr(OndStore) store = NULL;
  gboolean found = FALSE;

  *n_removed = 0;
  if (!holds_any (temp_path, removals, &found, error))
    return FALSE;
  if (!found)
    return TRUE;

  store = ond_store_open (temp_path, error);
  if (store == NULL || !_ond_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i + 1 < removals->len; i += 2)
    {
      gboolean erased = FALSE;

      if (!_ond_store_erase_again (store, removals->pdata[i], removals->pdata[i + 1], &erased,
                                   error))
        {
          _ond_store_rollback (store);
          return FALSE;
        }
      if (erased)
        (*n_removed)++;
    }
  if (!_ond_store_commit (store, error))
    return FALSE;
  /* Into the file itself: the rename takes the file, not its write-ahead log. */
  ond_store_close (store);
  return TRUE;
}

/* No connection may be open on @db_path: one that is leaves its -wal and -shm beside it.
 * A -wal left by a program that stopped is checkpointed into the file first (what closing
 * the store does), so that the file kept aside is whole and the restored file does not
 * meet an old log. */
static gboolean
check_not_in_use (const char  *db_path,
                  GError     **error)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db = NULL;
  gint64 busy = 1;
  guint32 version = 0;

  if (!g_file_test (wal, G_FILE_TEST_EXISTS) && !g_file_test (shm, G_FILE_TEST_EXISTS))
    return TRUE;

  display = g_filename_display_name (db_path);
  if (!_ond_store_check_file (db_path, &version, &local_error))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                   _("“%s” has a write-ahead log (-wal) beside it but cannot be read: %s "
                     "Nothing was restored."), display, local_error->message);
      return FALSE;
    }

  if (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 2000);
      if (!query_int (db, "PRAGMA wal_checkpoint(TRUNCATE)", &busy, NULL))
        busy = 1;
    }
  sqlite3_close (db);

  if (busy == 0 && !g_file_test (wal, G_FILE_TEST_EXISTS) &&
      !g_file_test (shm, G_FILE_TEST_EXISTS))
    return TRUE;

  g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_BUSY,
               _("“%s” is open in a window or in another program. Close it and try again; "
                 "nothing was restored."), display);
  return FALSE;
}

/* Keeps @db_path under a new name "@db_path.voor-herstel-YYYYMMDD-HHMMSS[-N]", byte for byte
 * and with its permissions. */
static char *
keep_aside (const char  *db_path,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint i = 1; i < 100; i++)
    {
      g_autofree char *aside = NULL;
      g_autoptr(OndFileReplace) copy = NULL;

      if (i == 1)
        aside = g_strdup_printf ("%s.voor-herstel-%s", db_path, stamp);
      else
        aside = g_strdup_printf ("%s.voor-herstel-%s-%u", db_path, stamp, i);

      if (link (db_path, aside) == 0)
        return g_steal_pointer (&aside);
      if (errno == EEXIST)
        continue;
      if (errno != EPERM && errno != EXDEV && errno != EMLINK && errno != ENOSYS &&
          errno != EOPNOTSUPP)
        {
          ond_file_replace_set_error (error, aside, errno);
          return NULL;
        }

      /* No hard links here: a copy. */
      if (g_file_test (aside, G_FILE_TEST_EXISTS))
        continue;
      copy = ond_file_replace_begin (aside, OND_FILE_REPLACE_PRIVATE, error);
      if (copy == NULL ||
          !copy_contents (db_path, ond_file_replace_get_fd (copy), aside, error) ||
          !ond_file_replace_commit (copy, error))
        return NULL;
      return g_steal_pointer (&aside);
    }

  ond_file_replace_set_error (error, db_path, EEXIST);
  return NULL;
}

/**
 * ond_store_restore_backup:
 * @db_path: the database file to replace; it need not exist
 * @backup_path: a backup (ond_store_backup(), ond_store_list_backups())
 * @kept_aside_path: (out) (optional) (transfer full) (nullable): where the replaced file
 *   was kept, or %NULL when there was none
 * @n_removed_again: (out) (optional): how many cases of the backup were removed again, as
 *   the replaced file had removed them on request or after their retention period
 * @error: return location for a #GError
 *
 * Puts the backup in place of the database. Call it with no store open on @db_path, in
 * this process or another: an open one is refused with %OND_STORE_ERROR_BUSY. The backup
 * must be an Ondermijning database this version can open, and whole; an older version is
 * brought up to date when the file is next opened. The replaced file is kept aside, byte for
 * byte, as "@db_path.voor-herstel-YYYYMMDD-HHMMSS" (local time), and the backup is renamed
 * into place in one step (mode 0600). Cases that the replaced file's deletion log says were
 * erased on request or removed after their retention period are removed from the restored
 * file again first. On any failure @db_path is as it was and nothing new is left behind;
 * the backup itself is never changed.
 *
 * Errors: %OND_STORE_ERROR_NOT_A_DATABASE, %OND_STORE_ERROR_FOREIGN, %OND_STORE_ERROR_NEWER
 * or %OND_STORE_ERROR_UNREADABLE for the backup; %OND_STORE_ERROR_BUSY when the database is
 * open; %OND_STORE_ERROR_INVALID when both are one file; a #GIOErrorEnum code when the
 * folder of @db_path cannot be written.
 *
 * Returns: %TRUE when @db_path is the backup's content
 */
gboolean
ond_store_restore_backup (const char  *db_path,
                          const char  *backup_path,
                          char       **kept_aside_path,
                          guint       *n_removed_again,
                          GError     **error)
{
  g_autoptr(OndFileReplace) replace = NULL;
  g_autoptr(GPtrArray) removals = NULL;
  g_autofree char *aside = NULL;
  guint n_removed = 0;
  guint32 version = 0;
  GStatBuf st_db, st_backup;

  g_return_val_if_fail (db_path != NULL && db_path[0] != '\0', FALSE);
  g_return_val_if_fail (backup_path != NULL && backup_path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (kept_aside_path != NULL)
    *kept_aside_path = NULL;
  if (n_removed_again != NULL)
    *n_removed_again = 0;

  if (ond_pg_is_uri (db_path))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("A database on a team server is restored by its administrator "
                             "(pg_restore), not from the application."));
      return FALSE;
    }
  if (g_stat (db_path, &st_db) == 0 && g_stat (backup_path, &st_backup) == 0 &&
      st_db.st_dev == st_backup.st_dev && st_db.st_ino == st_backup.st_ino)
    {
      g_autofree char *display = g_filename_display_name (backup_path);

      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("“%s” is the database itself, not a backup of it."), display);
      return FALSE;
    }

  if (!_ond_store_check_file (backup_path, &version, error) ||
      !check_not_in_use (db_path, error))
    return FALSE;

  replace = ond_file_replace_begin (db_path, OND_FILE_REPLACE_PRIVATE, error);
  if (replace == NULL ||
      !copy_contents (backup_path, ond_file_replace_get_fd (replace), db_path, error) ||
      !check_copy (ond_file_replace_get_temp_path (replace), backup_path, error))
    return FALSE;

  removals = read_removals (db_path, error);
  if (removals == NULL ||
      !remove_again (ond_file_replace_get_temp_path (replace), removals, &n_removed, error))
    return FALSE;

  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      aside = keep_aside (db_path, error);
      if (aside == NULL)
        return FALSE;
    }

  if (!ond_file_replace_commit (replace, error))
    {
      if (aside != NULL)
        g_unlink (aside);
      return FALSE;
    }

  if (kept_aside_path != NULL)
    *kept_aside_path = g_steal_pointer (&aside);
  if (n_removed_again != NULL)
    *n_removed_again = n_removed;
  return TRUE;
}
