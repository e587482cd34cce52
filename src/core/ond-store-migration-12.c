/* ond-store-migration-12.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 12 (issue 9, edits under concurrency): the row version of migrations 7 to 11 on
 * the records of the forms that were still last-writer-wins: a booking (the booking editor),
 * a figure value entered by hand, an intervention of the menukaart (its name), a theme (its
 * owners) and an agenda item of a casusoverleg (its decision). Every change through the store
 * adds 1; a save of an edit opened earlier changes the row only while it still has the
 * version read when the edit was opened; a booking put back after a delete (undo) gets the
 * version it had. Existing rows start at 1.
 */

#define G_LOG_DOMAIN "ond-store-schema"

#include "config.h"

#include "ond-store-private.h"

const char _ond_store_migration_12[] =
  "ALTER TABLE booking ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE indicator_value ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE intervention ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE theme ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE meeting_item ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;";
