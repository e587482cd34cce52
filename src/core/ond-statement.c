/* ond-statement.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ond-statement"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>

#include "ond-pg-statement.h"
#include "ond-statement.h"
#include "ond-store.h"

/* Either an SQLite statement or, on a team server, a PostgreSQL one (pg not NULL): one
 * branch per call, so the SQLite path stays as fast as it was. */
struct _OndStatement
{
  sqlite3        *db;
  sqlite3_stmt   *stmt;
  OndPgStatement *pg;
  gboolean        foreign_key_failed;
};

void
ond_statement_set_error (GError     **error,
                         sqlite3     *db,
                         int          rc,
                         const char  *what)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  int code;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = OND_STORE_ERROR_BUSY;
      break;
    case SQLITE_READONLY:
      code = OND_STORE_ERROR_READ_ONLY;
      break;
    case SQLITE_CONSTRAINT:
      code = OND_STORE_ERROR_INVALID;
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      code = OND_STORE_ERROR_NOT_A_DATABASE;
      break;
    case SQLITE_FULL:
      code = OND_STORE_ERROR_DISK_FULL;
      break;
    case SQLITE_IOERR:
      /* A write or a WAL extension that ran out of room reports an I/O error whose errno
       * says so. */
      code = db != NULL && sqlite3_system_errno (db) == ENOSPC ? OND_STORE_ERROR_DISK_FULL
                                                               : OND_STORE_ERROR_FAILED;
      break;
    default:
      code = OND_STORE_ERROR_FAILED;
      break;
    }

  if (code == OND_STORE_ERROR_BUSY)
    {
      /* Another connection holds a write transaction for longer than the busy timeout: say
       * so in words, as nothing of this change was written. */
      g_set_error_literal (error, OND_STORE_ERROR, code,
                           _("The database is busy: another program is writing to it. "
                             "Nothing was changed; try again in a moment."));
      g_debug ("%s failed: %s", what, detail);
      return;
    }

  if (code == OND_STORE_ERROR_DISK_FULL)
    {
      g_set_error_literal (error, OND_STORE_ERROR, code,
                           _("The disk that holds the database is full. Nothing was changed; "
                             "make room on it and try again."));
      g_debug ("%s failed: %s", what, detail);
      return;
    }

  /* Translators: the first %s says what was being done, the second is SQLite's own message. */
  g_set_error (error, OND_STORE_ERROR, code, _("%s failed: %s"), what, detail);
}

OndStatement *
ond_statement_new (sqlite3     *db,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  OndStatement *self;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      ond_statement_set_error (error, db, rc, _("Preparing a database query"));
      sqlite3_finalize (stmt);
      return NULL;
    }

  self = g_new0 (OndStatement, 1);
  self->db = db;
  self->stmt = stmt;
  return self;
}

OndStatement *
ond_statement_new_pg (OndPg      *pg,
                      const char *sql)
{
  OndStatement *self;

  g_return_val_if_fail (pg != NULL, NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  self = g_new0 (OndStatement, 1);
  self->pg = ond_pg_statement_new (pg, sql);
  return self;
}

void
ond_statement_free (OndStatement *self)
{
  if (self == NULL)
    return;
  if (self->pg != NULL)
    ond_pg_statement_free (self->pg);
  else
    sqlite3_finalize (self->stmt);
  g_free (self);
}

static gboolean
bind_pg (OndStatement  *self,
         int            position,
         const char    *value,
         gboolean       is_integer,
         GError       **error)
{
  if (ond_pg_statement_bind (self->pg, position, value, is_integer))
    return TRUE;
  g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
               _("Binding a query parameter failed: there is no parameter %d"), position);
  return FALSE;
}

static gboolean
check_bind (OndStatement  *self,
            int            rc,
            GError       **error)
{
  if (rc == SQLITE_OK)
    return TRUE;
  ond_statement_set_error (error, self->db, rc, _("Binding a query parameter"));
  return FALSE;
}

gboolean
ond_statement_bind_int64 (OndStatement  *self,
                          int            position,
                          gint64         value,
                          GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  if (G_UNLIKELY (self->pg != NULL))
    {
      char text[G_ASCII_DTOSTR_BUF_SIZE];

      g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
      return bind_pg (self, position, text, TRUE, error);
    }
  return check_bind (self, sqlite3_bind_int64 (self->stmt, position, value), error);
}

gboolean
ond_statement_bind_text (OndStatement  *self,
                         int            position,
                         const char    *value,
                         GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  if (value == NULL)
    return ond_statement_bind_null (self, position, error);
  if (G_UNLIKELY (self->pg != NULL))
    return bind_pg (self, position, value, FALSE, error);
  return check_bind (self, sqlite3_bind_text (self->stmt, position, value, -1, SQLITE_TRANSIENT),
                     error);
}

gboolean
ond_statement_bind_static_text (OndStatement  *self,
                                int            position,
                                const char    *value,
                                GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  if (value == NULL)
    return ond_statement_bind_null (self, position, error);
  if (G_UNLIKELY (self->pg != NULL))
    return bind_pg (self, position, value, FALSE, error);
  return check_bind (self, sqlite3_bind_text (self->stmt, position, value, -1, SQLITE_STATIC),
                     error);
}

gboolean
ond_statement_bind_null (OndStatement  *self,
                         int            position,
                         GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  if (G_UNLIKELY (self->pg != NULL))
    return bind_pg (self, position, NULL, FALSE, error);
  return check_bind (self, sqlite3_bind_null (self->stmt, position), error);
}

gboolean
ond_statement_bind_id (OndStatement  *self,
                       int            position,
                       gint64         value,
                       GError       **error)
{
  if (value == 0)
    return ond_statement_bind_null (self, position, error);
  return ond_statement_bind_int64 (self, position, value, error);
}

gboolean
ond_statement_step (OndStatement  *self,
                    gboolean      *has_row,
                    GError       **error)
{
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);

  if (G_UNLIKELY (self->pg != NULL))
    return ond_pg_statement_step (self->pg, has_row, error);

  rc = sqlite3_step (self->stmt);
  if (rc == SQLITE_ROW)
    {
      if (has_row != NULL)
        *has_row = TRUE;
      return TRUE;
    }
  if (has_row != NULL)
    *has_row = FALSE;
  if (rc == SQLITE_DONE)
    return TRUE;

  self->foreign_key_failed = sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_FOREIGNKEY;
  ond_statement_set_error (error, self->db, rc, _("A database query"));
  sqlite3_reset (self->stmt);
  return FALSE;
}

gboolean
ond_statement_execute (OndStatement  *self,
                       GError       **error)
{
  gboolean has_row = TRUE;

  while (has_row)
    {
      if (!ond_statement_step (self, &has_row, error))
        return FALSE;
    }
  return TRUE;
}

void
ond_statement_reset (OndStatement *self)
{
  g_return_if_fail (self != NULL);
  if (G_UNLIKELY (self->pg != NULL))
    {
      ond_pg_statement_reset (self->pg);
      return;
    }
  sqlite3_reset (self->stmt);
  sqlite3_clear_bindings (self->stmt);
}

gint64
ond_statement_get_int64 (OndStatement *self,
                         int           column)
{
  g_return_val_if_fail (self != NULL, 0);
  if (G_UNLIKELY (self->pg != NULL))
    return ond_pg_statement_get_int64 (self->pg, column);
  return sqlite3_column_int64 (self->stmt, column);
}

const char *
ond_statement_get_text (OndStatement *self,
                        int           column)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (G_UNLIKELY (self->pg != NULL))
    return ond_pg_statement_get_text (self->pg, column);
  return (const char *) sqlite3_column_text (self->stmt, column);
}

gboolean
ond_statement_get_is_null (OndStatement *self,
                           int           column)
{
  g_return_val_if_fail (self != NULL, TRUE);
  if (G_UNLIKELY (self->pg != NULL))
    return ond_pg_statement_is_null (self->pg, column);
  return sqlite3_column_type (self->stmt, column) == SQLITE_NULL;
}

gboolean
ond_statement_foreign_key_failed (OndStatement *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  if (self->pg != NULL)
    return ond_pg_statement_foreign_key_failed (self->pg);
  return self->foreign_key_failed;
}

gint64
ond_statement_get_changes (OndStatement *self)
{
  g_return_val_if_fail (self != NULL, 0);
  if (self->pg != NULL)
    return ond_pg_statement_changes (self->pg);
  return sqlite3_changes (self->db);
}

gboolean
ond_statement_execute_returning (OndStatement  *self,
                                 gint64        *id,
                                 GError       **error)
{
  gboolean has_row = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!ond_statement_step (self, &has_row, error))
    return FALSE;
  if (has_row)
    *id = ond_statement_get_int64 (self, 0);
  return ond_statement_execute (self, error);
}

gint64
ond_statement_insert (OndStatement  *self,
                      GError       **error)
{
  gboolean has_row = FALSE;
  gint64 id;

  g_return_val_if_fail (self != NULL, 0);

  if (!ond_statement_step (self, &has_row, error))
    return 0;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                           _("A database query failed: the new row's number was not returned"));
      return 0;
    }
  id = ond_statement_get_int64 (self, 0);
  return ond_statement_execute (self, error) ? id : 0;
}
