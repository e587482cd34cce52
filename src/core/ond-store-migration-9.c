/* ond-store-migration-9.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 9 (issue 9, edits under concurrency): the row version of migrations 7 and 8 on
 * the other records of the plan that people edit in a form: an action of the plan (its text,
 * group, status, owner and linked planning rows; every change through the store adds 1, a
 * change of its status too, ond-store-actions.c) and a plan's funding (year, source, amount,
 * earmark and the lines it may pay for, ond-store-funding.c). A save of an edit opened
 * earlier changes the row only while it still has the version read when the edit was
 * opened; a row put back after a delete (undo) gets the version it had. Moving an action up
 * or down, and the renumbering of a pillar, change its place only, which no edit writes:
 * they leave the version alone. Existing rows start at 1.
 */

#define G_LOG_DOMAIN "ond-store-schema"

#include "config.h"

#include "ond-store-private.h"

const char _ond_store_migration_9[] =
  "ALTER TABLE action ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE funding ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;";
