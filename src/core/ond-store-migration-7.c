/* ond-store-migration-7.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 7 (issue 9, edits under concurrency): a row version on the records that people
 * edit at the same time. Every change of a case_file row through the store adds 1 to its
 * row_version; a save of an edit that was opened earlier changes the row only while it still
 * has the version read when the edit was opened (optimistic locking), so that a change made
 * by someone else in the meantime is never silently overwritten. Existing rows start at 1.
 */

#define G_LOG_DOMAIN "ond-store-schema"

#include "config.h"

#include "ond-store-private.h"

const char _ond_store_migration_7[] =
  "ALTER TABLE case_file ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;";
