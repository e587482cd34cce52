/* ond-store-migration-10.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 10 (issue 9, edits under concurrency): the row version of migrations 7 to 9 on
 * the other records that people edit in a form: a planning row (its year, period, text, who,
 * theme, status and recurrence; every change through the store adds 1, a change of its
 * status too, ond-store-plan-items.c), a partner (its name, short name, kind, membership of
 * the regiegroep and contact role; retiring it or bringing it back adds 1 too,
 * ond-store-partners.c) and an explanation for the council (its text,
 * ond-store-explanations.c). A save of an edit opened earlier changes the
 * row only while it still has the version read when the edit was opened; a row put back
 * after a delete (undo) gets the version it had. Moving a row or a partner up or down changes
 * its place only, which no edit writes: it leaves the version alone. Existing rows start
 * at 1.
 */

#define G_LOG_DOMAIN "ond-store-schema"

#include "config.h"

#include "ond-store-private.h"

const char _ond_store_migration_10[] =
  "ALTER TABLE plan_item ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE partner ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE explanation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;";
