/* ond-store-backup.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Backups of the database file and restoring one (ond-store-backup.c). */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

/* How many automatic backups ond_store_backup_auto() keeps. */
#define OND_STORE_BACKUPS_KEPT 10

gboolean   ond_store_backup           (OndStore     *store,
                                       const char   *path,
                                       GError      **error);

char      *ond_store_backup_folder    (const char   *db_path) G_GNUC_WARN_UNUSED_RESULT;
char      *ond_store_backup_auto      (OndStore     *store,
                                       GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *ond_store_list_backups     (const char   *db_path,
                                       GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GDateTime *ond_store_backup_get_time  (const char   *backup_path) G_GNUC_WARN_UNUSED_RESULT;

gboolean   ond_store_restore_backup   (const char   *db_path,
                                       const char   *backup_path,
                                       char        **kept_aside_path,
                                       guint        *n_removed_again,
                                       GError      **error);

G_END_DECLS
