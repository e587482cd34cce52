/* ond-store.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening, creating and migrating the database. A file that is not ours, that a newer
 * version wrote, or that cannot be read is refused before SQLite writes anything: the
 * header is checked by hand first, so such a file stays as it was, byte for byte.
 */

#define G_LOG_DOMAIN "ond-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ond-store-private.h"
#include "ond-store-watch.h"

/* The SQLite file header: magic string, and big-endian fields at fixed offsets. */
#define HEADER_SIZE          100
#define HEADER_USER_VERSION  60
#define HEADER_APP_ID        68
#define SQLITE_MAGIC         "SQLite format 3"

/* PRAGMA application_id takes no parameters: OND_STORE_APPLICATION_ID in decimal. */
#define APPLICATION_ID_SQL   "PRAGMA application_id = 1330529357"
G_STATIC_ASSERT (OND_STORE_APPLICATION_ID == 1330529357);

struct _OndStore
{
  GObject   parent_instance;

  char     *path;
  sqlite3  *db;
  /* On a team server instead of a file (ond-store-server.c): db is NULL. */
  OndPg    *pg;
  /* Commits made through this store: on a server, what the case search compares. */
  guint64   n_commits;
  guint     read_only : 1;
  guint     created : 1;
  /* Created without the seeded plan (_ond_store_create_unseeded): the schema only. */
  guint     unseeded : 1;
  guint     in_transaction : 1;
  guint     changed_source;
  /* The thread-default main context of the thread that made the store: ::changed is emitted
   * there, so that a store made and used in a worker thread (the window's copy-in) never
   * has the main loop touch it. */
  GMainContext *context;
  /* The window's claim on the file and the watch for changes by others
   * (ond-store-watch.c). */
  OndStoreWatch watch;
  /* The case list's search texts (ond-store-case-search.c). */
  OndCaseSearchIndex *case_search;
};

G_DEFINE_FINAL_TYPE (OndStore, ond_store, G_TYPE_OBJECT)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  PROP_0,
  PROP_CONNECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (ond-store-error-quark, ond_store_error)

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Looks at an existing file without SQLite: is it an SQLite database of ours that this
 * version can open? */
static gboolean
check_existing_file (const char  *path,
                     guint32     *user_version,
                     GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  guint8 header[HEADER_SIZE];
  gssize n = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_UNREADABLE,
                   _("“%s” cannot be read: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  while (n < HEADER_SIZE)
    {
      gssize r = read (fd, header + n, HEADER_SIZE - n);

      if (r < 0 && errno == EINTR)
        continue;
      if (r < 0)
        {
          int saved_errno = errno;

          close (fd);
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_UNREADABLE,
                       _("“%s” cannot be read: %s"), display, g_strerror (saved_errno));
          return FALSE;
        }
      if (r == 0)
        break;
      n += r;
    }
  close (fd);

  if (n < HEADER_SIZE || memcmp (header, SQLITE_MAGIC, sizeof SQLITE_MAGIC) != 0)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not an Ondermijning database: it is not an SQLite database "
                     "or it is damaged."), display);
      return FALSE;
    }

  if (read_be32 (header + HEADER_APP_ID) != OND_STORE_APPLICATION_ID)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FOREIGN,
                   _("“%s” is a database of another application, not of Ondermijning. "
                     "It has not been changed."), display);
      return FALSE;
    }

  if (read_be32 (header + HEADER_USER_VERSION) > OND_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEWER,
                   _("“%s” was written by a newer version of Ondermijning. Update the "
                     "application to open it; the file has not been changed."), display);
      return FALSE;
    }

  *user_version = read_be32 (header + HEADER_USER_VERSION);
  return TRUE;
}

/* The check above, for a file that is not opened as a store (a backup to restore). */
gboolean
_ond_store_check_file (const char  *path,
                       guint32     *user_version,
                       GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (user_version != NULL, FALSE);

  return check_existing_file (path, user_version, error);
}

/* An older file that may not be written cannot be brought up to date. Said before SQLite
 * opens it, as a read-only connection to a WAL database leaves -wal and -shm files behind.
 * When a -wal file exists its pages may be newer than the header: SQLite decides then. */
static gboolean
check_read_only_version (const char  *path,
                         guint32      header_version,
                         GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *display = NULL;

  if (header_version >= OND_STORE_SCHEMA_VERSION || g_file_test (wal, G_FILE_TEST_EXISTS))
    return TRUE;
  display = g_filename_display_name (path);
  g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY,
               _("“%s” was written by an older version of Ondermijning and is "
                 "read-only, so it cannot be brought up to date."), display);
  return FALSE;
}

/* Whether we may write to an existing file. Root passes access(2) whatever the mode, so a
 * file without any write bit also counts as read-only: the user made it so on purpose. */
static gboolean
file_is_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return FALSE;
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return FALSE;
  /* WAL mode needs to create its -wal and -shm files beside the database. */
  return g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0;
}

gboolean
_ond_store_query_int (OndStore    *self,
                      const char  *sql,
                      gint64      *value,
                      GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);
  gboolean has_row = FALSE;

  if (stmt == NULL || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  *value = has_row ? ond_statement_get_int64 (stmt, 0) : 0;
  return TRUE;
}

gboolean
_ond_store_exec (OndStore    *self,
                 const char  *sql,
                 GError     **error)
{
  const char *tail = sql;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);

  if (self->pg != NULL)
    return ond_pg_exec (self->pg, sql, _("Updating the database structure"), error);

  while (tail != NULL && *tail != '\0')
    {
      sqlite3_stmt *stmt = NULL;
      const char *next = NULL;
      int rc;

      rc = sqlite3_prepare_v2 (self->db, tail, -1, &stmt, &next);
      if (rc != SQLITE_OK)
        {
          ond_statement_set_error (error, self->db, rc, _("Updating the database structure"));
          sqlite3_finalize (stmt);
          return FALSE;
        }
      if (stmt != NULL)
        {
          do
            rc = sqlite3_step (stmt);
          while (rc == SQLITE_ROW);
          if (rc != SQLITE_DONE)
            {
              ond_statement_set_error (error, self->db, rc, _("Updating the database structure"));
              sqlite3_finalize (stmt);
              return FALSE;
            }
          sqlite3_finalize (stmt);
        }
      tail = next;
    }
  return TRUE;
}

gboolean
_ond_store_begin (OndStore  *self,
                  GError   **error)
{
  g_return_val_if_fail (!self->in_transaction, FALSE);

  if (!_ond_store_check_writable (self, error))
    return FALSE;
  /* A transaction the store did not begin is open: the council scope's read-only one. It is
   * not joined (the server would only warn, and a failed write would end the scope), as
   * SQLite's BEGIN refuses it too. */
  if (self->pg != NULL && ond_pg_in_transaction (self->pg))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                           _("Nothing can be changed while the council report is read."));
      return FALSE;
    }
  /* SQLite takes the write lock at once, so that a busy file is said before any work. */
  if (!_ond_store_exec (self, self->pg != NULL ? "BEGIN" : "BEGIN IMMEDIATE", error))
    return FALSE;
  self->in_transaction = TRUE;
  return TRUE;
}

static gboolean
emit_changed_cb (gpointer user_data)
{
  OndStore *self = user_data;

  self->changed_source = 0;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* A burst of changes gives one ::changed, from the main loop: never from inside the call
 * that wrote, so a handler may read the store at once. No reference is held: dispose removes
 * the source. */
void
_ond_store_schedule_changed (OndStore *self)
{
  g_autoptr(GSource) source = NULL;

  if (self->changed_source != 0)
    return;
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (source, emit_changed_cb, self, NULL);
  g_source_set_static_name (source, "[ond] store changed");
  self->changed_source = g_source_attach (source, self->context);
}

static void
remove_changed_source (OndStore *self)
{
  GSource *source;

  if (self->changed_source == 0)
    return;
  source = g_main_context_find_source_by_id (self->context, self->changed_source);
  if (source != NULL)
    g_source_destroy (source);
  self->changed_source = 0;
}

gboolean
_ond_store_commit (OndStore  *self,
                   GError   **error)
{
  g_return_val_if_fail (self->in_transaction, FALSE);

  /* The other windows on a server hear of it when it commits, not before. */
  if ((self->pg != NULL && !ond_pg_notify_change (self->pg, error)) ||
      !_ond_store_exec (self, "COMMIT", error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  self->in_transaction = FALSE;
  self->n_commits++;
  _ond_store_schedule_changed (self);
  return TRUE;
}

void
_ond_store_rollback (OndStore *self)
{
  if (!self->in_transaction)
    return;
  if (self->pg != NULL ? ond_pg_in_transaction (self->pg) : !sqlite3_get_autocommit (self->db))
    _ond_store_exec (self, "ROLLBACK", NULL);
  self->in_transaction = FALSE;
}

gboolean
_ond_store_check_writable (OndStore  *self,
                           GError   **error)
{
  if (self->read_only)
    {
      g_autofree char *display = g_filename_display_name (self->path);

      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY,
                   _("“%s” is opened read-only: nothing can be changed."), display);
      return FALSE;
    }
  return TRUE;
}

sqlite3 *
_ond_store_get_db (OndStore *self)
{
  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  return self->db;
}

OndStatement *
_ond_store_prepare (OndStore    *self,
                    const char  *sql,
                    GError     **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), NULL);

  if (self->pg != NULL)
    return ond_statement_new_pg (self->pg, sql);
  if (self->db == NULL)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                           _("The database has been closed"));
      return NULL;
    }
  return ond_statement_new (self->db, sql, error);
}

/* Brings the schema to OND_STORE_SCHEMA_VERSION and seeds a new database, in one
 * transaction: either all of it is there afterwards, or none of it. */
static gboolean
migrate_in_transaction (OndStore  *self,
                        gint64     version,
                        GError   **error)
{
  if (!_ond_store_begin (self, error))
    return FALSE;

  if (self->created && !_ond_store_exec (self, APPLICATION_ID_SQL, error))
    goto fail;

  for (gint64 v = version; v < OND_STORE_SCHEMA_VERSION; v++)
    {
      if (!_ond_store_exec (self, _ond_store_migration ((guint) v), error))
        goto fail;
    }
  if (!_ond_store_exec (self, "PRAGMA user_version = " G_STRINGIFY (OND_STORE_SCHEMA_VERSION),
                        error))
    goto fail;

  if (self->created && !self->unseeded && !_ond_store_seed (self, error))
    goto fail;

  return _ond_store_commit (self, error);

fail:
  _ond_store_rollback (self);
  return FALSE;
}

/* An upgrade may rebuild tables (migration 5), which SQLite does with foreign keys off, as the
 * DROP TABLE of a parent would otherwise delete or orphan its children. The pragma does nothing
 * inside a transaction, so it is set around it; such a migration checks every reference itself
 * before the commit. A new database has empty tables and keeps them on for its seed. */
static gboolean
migrate (OndStore  *self,
         gint64     version,
         GError   **error)
{
  gboolean ok;

  if (version == OND_STORE_SCHEMA_VERSION && !self->created)
    return TRUE;
  if (self->created)
    return migrate_in_transaction (self, version, error);

  if (!_ond_store_exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  ok = migrate_in_transaction (self, version, error);
  if (!_ond_store_exec (self, "PRAGMA foreign_keys = ON", ok ? error : NULL))
    ok = FALSE;
  return ok;
}

static gboolean
set_wal_mode (OndStore  *self,
              GError   **error)
{
  return _ond_store_exec (self, "PRAGMA journal_mode = WAL", error) &&
         _ond_store_exec (self, "PRAGMA synchronous = NORMAL", error);
}

static gboolean
open_connection (OndStore  *self,
                 GError   **error)
{
  g_autofree char *display = g_filename_display_name (self->path);
  /* A store is used from one thread (the window's, or the command line's): no connection
   * mutex needed on every call. */
  int flags = (self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
              SQLITE_OPEN_NOMUTEX;
  gint64 app_id = 0;
  gint64 version = 0;
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_UNREADABLE,
                   _("“%s” cannot be opened: %s"), display,
                   self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  /* The header said so already; ask SQLite too, as a WAL may hold newer pages. */
  if (!self->created)
    {
      if (!_ond_store_query_int (self, "PRAGMA application_id", &app_id, error) ||
          !_ond_store_query_int (self, "PRAGMA user_version", &version, error))
        return FALSE;
      if (app_id != OND_STORE_APPLICATION_ID)
        {
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FOREIGN,
                       _("“%s” is a database of another application, not of Ondermijning. "
                         "It has not been changed."), display);
          return FALSE;
        }
      if (version > OND_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEWER,
                       _("“%s” was written by a newer version of Ondermijning. Update the "
                         "application to open it; the file has not been changed."), display);
          return FALSE;
        }
    }

  /* What is deleted (a case removed for good, after its retention period or on request of
   * the person concerned) is overwritten in the file, not left readable in free pages. */
  if (!_ond_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !_ond_store_exec (self, "PRAGMA secure_delete = ON", error))
    return FALSE;

  if (self->read_only)
    {
      if (version < OND_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY,
                       _("“%s” was written by an older version of Ondermijning and is "
                         "read-only, so it cannot be brought up to date."), display);
          return FALSE;
        }
      return _ond_store_exec (self, "PRAGMA query_only = ON", error);
    }

  /* A new file is created and seeded in rollback-journal mode, so that its header (with our
   * application_id) is in the main file as soon as the seed is committed, not only in a WAL
   * that a crash could leave behind. It switches to WAL afterwards. */
  if (self->created)
    return migrate (self, version, error) && set_wal_mode (self, error);

  return set_wal_mode (self, error) && migrate (self, version, error);
}

/* Removes a database file with its side files (-wal, -shm, -journal). */
void
_ond_store_remove_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_unlink (name);
    }
}

/* Creates the empty file of a new database (mode 0600, private to the user); an existing file
 * is never taken over. */
static gboolean
create_file (const char  *path,
             GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dir_display = g_filename_display_name (dir);
  int fd;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_MISSING_FOLDER,
                   _("The folder “%s” does not exist, so “%s” cannot be created there."),
                   dir_display, display);
      return FALSE;
    }
  fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_UNREADABLE,
                   _("“%s” cannot be created: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/**
 * ond_store_open:
 * @path: the database file; created (mode 0600) and seeded when it does not exist
 * @error: return location for an error
 *
 * Opens the database at @path. A file that is not ours, that a newer version wrote, or
 * that cannot be read is refused and left as it was. A file without write permission is
 * opened read-only (see ond_store_is_read_only()).
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
OndStore *
ond_store_open (const char  *path,
                GError     **error)
{
  g_autoptr(OndStore) self = NULL;
  g_autofree char *display = NULL;
  guint32 header_version = 0;
  GStatBuf st;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (ond_pg_is_uri (path))
    return _ond_store_open_server (path, error);

  display = g_filename_display_name (path);
  self = g_object_new (OND_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!_ond_store_check_location (path, error))
    return NULL;

  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_A_DATABASE,
                       _("“%s” is a folder, not an Ondermijning database."), display);
          return NULL;
        }
      if (!check_existing_file (path, &header_version, error))
        return NULL;
      self->read_only = !file_is_writable (path);
      if (self->read_only && !check_read_only_version (path, header_version, error))
        return NULL;
    }
  else if (errno == ENOENT)
    {
      if (!create_file (path, error))
        return NULL;
      self->created = TRUE;
    }
  else
    {
      int saved_errno = errno;

      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_UNREADABLE,
                   _("“%s” cannot be read: %s"), display, g_strerror (saved_errno));
      return NULL;
    }

  if (!open_connection (self, error))
    {
      ond_store_close (self);
      if (self->created)
        _ond_store_remove_files (path);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* A new database with the whole schema (application_id, user_version, the vocabularies)
 * and without the seeded plan: what a copy is written into (ond-store-copy.c). @path must
 * not exist; NULL gives a database in memory, to see what a new database holds. On failure
 * no file is left behind. */
OndStore *
_ond_store_create_unseeded (const char  *path,
                            GError     **error)
{
  g_autoptr(OndStore) self = g_object_new (OND_TYPE_STORE, NULL);

  self->path = g_strdup (path != NULL ? path : ":memory:");
  self->created = TRUE;
  self->unseeded = TRUE;
  if (path != NULL && (!_ond_store_check_location (path, error) || !create_file (path, error)))
    return NULL;
  if (!open_connection (self, error))
    {
      ond_store_close (self);
      if (path != NULL)
        _ond_store_remove_files (path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * ond_store_close:
 * @self: a #OndStore
 *
 * Closes the connection (checkpointing the WAL). Further calls fail. Called on dispose.
 */
void
ond_store_close (OndStore *self)
{
  g_return_if_fail (OND_IS_STORE (self));

  remove_changed_source (self);
  _ond_store_watch_clear (self);
  g_clear_pointer (&self->case_search, _ond_case_search_index_free);
  if (self->pg != NULL)
    {
      _ond_store_rollback (self);
      g_clear_pointer (&self->pg, ond_pg_free);
      return;
    }
  if (self->db == NULL)
    return;
  _ond_store_rollback (self);
  if (sqlite3_close (self->db) != SQLITE_OK)
    g_critical ("Database connection closed with statements still open: %s",
                sqlite3_errmsg (self->db));
  self->db = NULL;
}

OndCaseSearchIndex *
_ond_store_get_case_search_index (OndStore *self)
{
  return self->case_search;
}

void
_ond_store_set_case_search_index (OndStore           *self,
                                  OndCaseSearchIndex *index)
{
  if (self->case_search != index)
    {
      g_clear_pointer (&self->case_search, _ond_case_search_index_free);
      self->case_search = index;
    }
}

const char *
ond_store_get_path (OndStore *self)
{
  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  return self->path;
}

gboolean
ond_store_is_read_only (OndStore *self)
{
  g_return_val_if_fail (OND_IS_STORE (self), TRUE);
  return self->read_only;
}

/* TRUE when ond_store_open() created and seeded the file. */
gboolean
ond_store_was_created (OndStore *self)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  return self->created;
}

/**
 * ond_store_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/ondermijning/ondermijning.db`
 */
char *
ond_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "ondermijning", "ondermijning.db", NULL);
}

/**
 * ond_store_open_default:
 * @error: return location for an error
 *
 * Opens the default database (ond_store_default_path()), creating its folder (mode 0700,
 * private to the user) and the seeded file on first use.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
OndStore *
ond_store_open_default (GError **error)
{
  g_autofree char *path = ond_store_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_MISSING_FOLDER,
                   _("The folder “%s” cannot be created: %s"), display,
                   g_strerror (saved_errno));
      return NULL;
    }

  return ond_store_open (path, error);
}

static void
ond_store_dispose (GObject *object)
{
  OndStore *self = OND_STORE (object);

  remove_changed_source (self);
  ond_store_close (self);

  G_OBJECT_CLASS (ond_store_parent_class)->dispose (object);
}

static void
ond_store_finalize (GObject *object)
{
  OndStore *self = OND_STORE (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (ond_store_parent_class)->finalize (object);
}

static void
ond_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OndStore *self = OND_STORE (object);

  switch (prop_id)
    {
    case PROP_CONNECTED:
      g_value_set_boolean (value, ond_store_get_connected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_store_class_init (OndStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ond_store_dispose;
  object_class->finalize = ond_store_finalize;
  object_class->get_property = ond_store_get_property;

  /**
   * OndStore:connected:
   *
   * Whether the store has its connection: always for a file; on a team server FALSE from
   * the moment its watch found the connection lost until it made it again
   * (ond-store-watch.c).
   */
  properties[PROP_CONNECTED] =
    g_param_spec_boolean ("connected", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndStore::changed:
   * @self: the store
   *
   * Something was written: emitted once from the main loop after one or more changes were
   * committed through this store, so that a view that is shown can read what it shows again.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ond_store_init (OndStore *self)
{
  self->watch.lock_fd = -1;
  self->context = g_main_context_ref_thread_default ();
}

OndStoreWatch *
_ond_store_get_watch (OndStore *self)
{
  return &self->watch;
}

/* A store on a team server, connected (ond-store-server.c): @uri is its location. */
OndStore *
_ond_store_new_server (const char *uri,
                       OndPg      *pg)
{
  OndStore *self = g_object_new (OND_TYPE_STORE, NULL);

  self->path = g_strdup (uri);
  self->pg = pg;
  return self;
}

OndPg *
_ond_store_get_pg (OndStore *self)
{
  return self->pg;
}

/* Who a change is recorded as (access log, case history, deletion log...): on a team server
 * the database user, whose name the server checks (an access log entry can only be written
 * in one's own name); on a file the user of this computer. */
const char *
_ond_store_user (OndStore *self)
{
  return self->pg != NULL ? ond_pg_get_user (self->pg) : g_get_user_name ();
}

gboolean
ond_store_is_server (OndStore *self)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  return self->pg != NULL;
}

gboolean
_ond_store_in_transaction (OndStore *self)
{
  if (self->pg != NULL)
    return ond_pg_in_transaction (self->pg);
  return self->db != NULL && !sqlite3_get_autocommit (self->db);
}

gint64
_ond_store_get_change_stamp (OndStore *self)
{
  if (self->pg != NULL)
    return (gint64) self->n_commits;
  return self->db != NULL ? sqlite3_total_changes64 (self->db) : -1;
}
