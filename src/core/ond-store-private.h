/* ond-store-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Internal API shared by the files of OndStore (ond-store*.c). */

#pragma once

#include "ond-statement.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* The SQL that brings a database from user_version @from_version to @from_version + 1. */
const char *_ond_store_migration      (guint          from_version);

sqlite3    *_ond_store_get_db         (OndStore      *self);
/* Runs every statement in @sql (no parameters: DDL and constants only). */
gboolean    _ond_store_exec           (OndStore      *self,
                                       const char    *sql,
                                       GError       **error);
/* Fails with OND_STORE_ERROR_READ_ONLY when the database was opened read-only. */
gboolean    _ond_store_check_writable (OndStore      *self,
                                       GError       **error);

gboolean    _ond_store_begin          (OndStore      *self,
                                       GError       **error);
gboolean    _ond_store_commit         (OndStore      *self,
                                       GError       **error);
void        _ond_store_rollback       (OndStore      *self);

/* Seeds the plan of the seed document (ond-seed-data.c) into a new, empty database.
 * Runs inside the caller's transaction. */
gboolean    _ond_store_seed           (OndStore      *self,
                                       GError       **error);

G_END_DECLS
