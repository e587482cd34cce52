/* ond-store-migration-11.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 11 (issue 9, edits under concurrency): the row version of migrations 7 to 10 on
 * the records of the registers of "Controles & maatregelen": a control (its date, kind, area,
 * counts, note and the partners present), a measure, a stop talk and an activity. Every
 * change through the store adds 1 (ond-store-registers.c, ond-store-register-activities.c);
 * a save of an edit opened earlier changes the row only while it still has the version read
 * when the edit was opened; a record put back after a delete (undo) gets the version it had.
 * Existing rows start at 1.
 */

#define G_LOG_DOMAIN "ond-store-schema"

#include "config.h"

#include "ond-store-private.h"

const char _ond_store_migration_11[] =
  "ALTER TABLE control ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE measure ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE stop_talk ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE activity ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;";
