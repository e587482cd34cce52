/* ond-pg-statement.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One statement on a PostgreSQL connection, for OndStatement (ond-statement.c): the store's
 * SQL with ? parameters, sent with its values when first stepped, its rows read as text.
 * Integers are sent as int8, text untyped-as-text; booleans read back as 1 and 0.
 */

#pragma once

#include <glib.h>

#include "ond-pg.h"

G_BEGIN_DECLS

typedef struct _OndPgStatement OndPgStatement;

OndPgStatement *ond_pg_statement_new        (OndPg           *pg,
                                             const char      *sql);
void            ond_pg_statement_free       (OndPgStatement  *self);

/* @value NULL binds NULL. FALSE when @position is out of range. */
gboolean        ond_pg_statement_bind       (OndPgStatement  *self,
                                             int              position,
                                             const char      *value,
                                             gboolean         is_integer);
gboolean        ond_pg_statement_step       (OndPgStatement  *self,
                                             gboolean        *has_row,
                                             GError         **error);
/* Forgets the result and every value bound. */
void            ond_pg_statement_reset      (OndPgStatement  *self);

gint64          ond_pg_statement_get_int64  (OndPgStatement  *self,
                                             int              column);
const char     *ond_pg_statement_get_text   (OndPgStatement  *self,
                                             int              column);
gboolean        ond_pg_statement_is_null    (OndPgStatement  *self,
                                             int              column);
/* The rows the last INSERT, UPDATE or DELETE changed. */
gint64          ond_pg_statement_changes    (OndPgStatement  *self);
/* Whether the last step failed on a foreign key (SQLSTATE 23503). */
gboolean        ond_pg_statement_foreign_key_failed (OndPgStatement *self);

G_END_DECLS
