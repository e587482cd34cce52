/* ond-store-imports.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The import batches of OndStore (table import_batch): one row per imported file, keyed on
 * the SHA-256 of its bytes, so that a file imported before is recognised whatever its name
 * and whatever kind of import it was (cases, bookings).
 */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

/* Looks for an earlier import of a file with @sha256 (64 hex digits). *@found tells whether
 * there is one; @file_name and @imported_at (optional) receive its name and time (ISO). */
gboolean ond_store_find_import_batch    (OndStore    *self,
                                         const char  *sha256,
                                         gboolean    *found,
                                         char       **file_name,
                                         char       **imported_at,
                                         GError     **error);

/* Adds an import_batch row (kind "cases" or "bookings", who = the login name, now as local
 * ISO time) inside the caller's transaction (_ond_store_begin). Returns its id, 0 on error;
 * a file with the same @sha256 imported before fails with OND_STORE_ERROR_INVALID. */
gint64   _ond_store_insert_import_batch (OndStore    *self,
                                         const char  *kind,
                                         const char  *file_name,
                                         const char  *sha256,
                                         guint        rows,
                                         GError     **error);

G_END_DECLS
