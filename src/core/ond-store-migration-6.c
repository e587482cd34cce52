/* ond-store-migration-6.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 6 (issue 8, privacy rules): the retention periods, the organisation's policy
 * kept in the database (ond-store-retention.c). One row per status whose cases are removed
 * once their period has passed: a dropped signal (afgevoerd) after 1 year, a closed case
 * (gesloten) after 5, each 1..30 years. Both rows are always there: a change updates one.
 *
 * The history of a case is looked up by case (the date a case was dropped is its newest
 * case_event to afgevoerd), and removing a case removes its history (ON DELETE CASCADE):
 * without an index on case_event.case_id each of those scans the whole history.
 */

#define G_LOG_DOMAIN "ond-store-schema"

#include "config.h"

#include "ond-store-private.h"

const char _ond_store_migration_6[] =
  "CREATE TABLE retention_setting ("
  "  status TEXT PRIMARY KEY REFERENCES case_status(code)"
  "    CHECK (status IN ('afgevoerd', 'gesloten')),"
  "  years INTEGER NOT NULL CHECK (typeof(years) = 'integer' AND years BETWEEN 1 AND 30));"
  "INSERT INTO retention_setting (status, years) VALUES ('afgevoerd', 1), ('gesloten', 5);"
  "CREATE INDEX case_event_case ON case_event (case_id, to_status, at);";
