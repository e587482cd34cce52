/* ond-store-migration-8.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 8 (issue 9, edits under concurrency): the row version of migration 7 on the other
 * records that people edit in a form at the same time: a case's intervention (its partner,
 * dates, status and note; every change through the store adds 1, and a save of an edit opened
 * earlier changes the row only while it still has the version read when the edit was opened,
 * ond-store-case-interventions.c) and a budget line (its name, ledger code and amounts; the
 * store does not use this column yet). Existing rows start at 1.
 */

#define G_LOG_DOMAIN "ond-store-schema"

#include "config.h"

#include "ond-store-private.h"

const char _ond_store_migration_8[] =
  "ALTER TABLE case_intervention ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE budget_line ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;";
