/* ond-statement.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndStatement wraps one prepared sqlite3_stmt: bind with ? parameters, step, read columns.
 * Private to the store (src/core/ond-store*.c): nothing else includes it.
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

typedef struct _OndStatement OndStatement;

OndStatement *ond_statement_new         (sqlite3       *db,
                                         const char    *sql,
                                         GError       **error) G_GNUC_WARN_UNUSED_RESULT;
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

/* Turns an SQLite result code into our error domain with a clear message. */
void          ond_statement_set_error   (GError       **error,
                                         sqlite3       *db,
                                         int            rc,
                                         const char    *what);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndStatement, ond_statement_free)

G_END_DECLS
