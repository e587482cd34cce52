/* ond-statement.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndStatement wraps one prepared statement, of SQLite (sqlite3_stmt) or of a PostgreSQL
 * server (ond-pg-statement.c): bind with ? parameters, step, read columns. The SQL is the
 * same for both. Private to the store (src/core/ond-store*.c): nothing else includes it.
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "ond-pg.h"

G_BEGIN_DECLS

typedef struct _OndStatement OndStatement;

OndStatement *ond_statement_new         (sqlite3       *db,
                                         const char    *sql,
                                         GError       **error) G_GNUC_WARN_UNUSED_RESULT;
/* A statement on a team server: the server sees it when first stepped, so errors in @sql
 * are reported then. */
OndStatement *ond_statement_new_pg      (OndPg         *pg,
                                         const char    *sql) G_GNUC_WARN_UNUSED_RESULT;
void          ond_statement_free        (OndStatement  *self);

gboolean      ond_statement_bind_int64  (OndStatement  *self,
                                         int            position,
                                         gint64         value,
                                         GError       **error);
gboolean      ond_statement_bind_text   (OndStatement  *self,
                                         int            position,
                                         const char    *value,
                                         GError       **error);
/* Like ond_statement_bind_text(), without a copy: @value must stay as it is until the
 * statement is reset or bound again. */
gboolean      ond_statement_bind_static_text (OndStatement  *self,
                                              int            position,
                                              const char    *value,
                                              GError       **error);
gboolean      ond_statement_bind_null   (OndStatement  *self,
                                         int            position,
                                         GError       **error);
/* Binds NULL when @value is 0. */
gboolean      ond_statement_bind_id     (OndStatement  *self,
                                         int            position,
                                         gint64         value,
                                         GError       **error);

/* Steps once. Returns FALSE with @error set on failure; otherwise *@has_row tells whether
 * a row is available. */
gboolean      ond_statement_step        (OndStatement  *self,
                                         gboolean      *has_row,
                                         GError       **error);
/* Steps until done (for statements that return no rows). */
gboolean      ond_statement_execute     (OndStatement  *self,
                                         GError       **error);
void          ond_statement_reset       (OndStatement  *self);

gint64        ond_statement_get_int64   (OndStatement  *self,
                                         int            column);
const char   *ond_statement_get_text    (OndStatement  *self,
                                         int            column);
gboolean      ond_statement_get_is_null (OndStatement  *self,
                                         int            column);
/* Whether the last step failed because a foreign key refused it (a row still in use). */
gboolean      ond_statement_foreign_key_failed (OndStatement *self);
/* The rows the last INSERT, UPDATE or DELETE of this statement changed. */
gint64        ond_statement_get_changes (OndStatement  *self);
/* Runs the statement; when it returns a row (INSERT ... RETURNING id), sets *@id to its first
 * column, else leaves *@id as it was. */
gboolean      ond_statement_execute_returning (OndStatement  *self,
                                               gint64        *id,
                                               GError       **error);
/* Runs an INSERT ... RETURNING id: returns the new row's id, or 0 with @error set. */
gint64        ond_statement_insert      (OndStatement  *self,
                                         GError       **error);

/* Turns an SQLite result code into our error domain with a clear message. */
void          ond_statement_set_error   (GError       **error,
                                         sqlite3       *db,
                                         int            rc,
                                         const char    *what);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndStatement, ond_statement_free)

G_END_DECLS
