/* ond-store-migration-5.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 5: an id, once given, never names another record. A deleted record is put back
 * with its own id (ond_store_restore_*), and ids show in logs; with a plain INTEGER PRIMARY
 * KEY, SQLite gives the next new row the id of the newest row after that row was deleted,
 * and the undo of the delete then fails. AUTOINCREMENT keeps the highest id ever given in
 * sqlite_sequence and never gives it again.
 *
 * The tables made AUTOINCREMENT:
 *  - those whose rows a restore function puts back with their id: action, activity,
 *    booking, budget_line, control, explanation, funding, intervention, measure, partner,
 *    plan_item, stop_talk, and the rows restored with them: action_progress (with its
 *    action) and target (with its planning row);
 *  - case_file, whose deleted cases are removed for good (ond-store-case-log.c);
 *  - plan, whose id is logged (switching plans).
 *
 * SQLite cannot add AUTOINCREMENT to a table, so each is rebuilt with its columns, CHECKs,
 * defaults and foreign keys as they were, following SQLite's twelve steps
 * (https://sqlite.org/lang_altertable.html#otheralter): the store turns foreign keys off
 * before the transaction of an upgrade (ond-store.c), as they would make the DROP TABLE of
 * a parent delete its children. Per table: create new_X, copy every row with its id, drop
 * X, rename new_X to X, then the indexes and triggers of X again. Copying rows with their
 * ids into an AUTOINCREMENT table sets its sqlite_sequence row to the largest id, so the
 * next new id follows the current max.
 *
 * Tables that reference a rebuilt one keep their text "REFERENCES X(id)", which names the
 * new X once it has been renamed: nothing references new_X, so the rename (legacy_alter_table
 * off, SQLite's default) rewrites no other table. A rename does check every trigger of the
 * schema, though, and fails on one that names a table dropped a moment before (SQLite 3.40:
 * "error in trigger ...: no such table"): the triggers that name a rebuilt table are dropped
 * first and made again, word for word, at the end.
 *
 * Finally PRAGMA foreign_key_check must find no violation that was not there before (a
 * well-kept file has none at all), or the migration fails and the transaction is rolled
 * back: a file with an old dangling reference still opens, as it did. A new database goes
 * through this migration too, on empty tables, so new and upgraded files end with the same
 * schema.
 */

#define G_LOG_DOMAIN "ond-store-schema"

#include "config.h"

#include "ond-store-private.h"

/* As in migration 1 (ond-store-schema.c): the triggers must be made again word for word. */
#define NEXT_FOLLOW_UP \
  "(SELECT MIN(d) FROM (SELECT case_file.follow_up_date AS d UNION ALL" \
  "   SELECT ci.follow_up_date FROM case_intervention ci" \
  "   WHERE ci.case_id = case_file.id AND ci.status IN ('gepland', 'lopend')))"

#define PLAN_ITEM_YEAR_CHECK \
  "  WHEN NEW.year NOT BETWEEN (SELECT first_year FROM plan WHERE id = NEW.plan_id)" \
  "                        AND (SELECT last_year FROM plan WHERE id = NEW.plan_id)" \
  "  BEGIN SELECT RAISE(ABORT, 'year outside the plan period'); END;"

/* Drops X and gives new_X its name. */
#define REPLACE(table) \
  "DROP TABLE " table ";" \
  "ALTER TABLE new_" table " RENAME TO " table ";"

const char _ond_store_migration_5[] =
  /* The references that did not resolve before (none, unless a file was written by hand). */
  "CREATE TEMP TABLE migration_5_orphans AS SELECT * FROM pragma_foreign_key_check;"

  /* The triggers that name a rebuilt table (the rename checks them). */
  "DROP TRIGGER plan_item_year_insert;"
  "DROP TRIGGER plan_item_year_update;"
  "DROP TRIGGER booking_search_text_stale;"
  "DROP TRIGGER case_file_next_follow_up_insert;"
  "DROP TRIGGER case_file_next_follow_up_update;"
  "DROP TRIGGER case_intervention_next_follow_up_insert;"
  "DROP TRIGGER case_intervention_next_follow_up_update;"
  "DROP TRIGGER case_intervention_next_follow_up_delete;"

  "CREATE TABLE new_plan ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
  "  first_year INTEGER NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),"
  "  last_year INTEGER NOT NULL CHECK (last_year BETWEEN first_year AND first_year + 9),"
  "  objective TEXT NOT NULL DEFAULT '',"
  "  state TEXT NOT NULL DEFAULT 'current' REFERENCES plan_state(code),"
  "  created_from INTEGER REFERENCES plan(id) ON DELETE SET NULL);"
  "INSERT INTO new_plan (id, title, first_year, last_year, objective, state, created_from)"
  "  SELECT id, title, first_year, last_year, objective, state, created_from FROM plan;"
  REPLACE ("plan")

  "CREATE TABLE new_partner ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
  "  short_name TEXT NOT NULL CHECK (length(trim(short_name)) > 0),"
  "  kind TEXT NOT NULL REFERENCES partner_kind(code),"
  "  regiegroep INTEGER NOT NULL DEFAULT 0 CHECK (regiegroep IN (0, 1)),"
  "  contact_role TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL,"
  "  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)));"
  "INSERT INTO new_partner (id, name, short_name, kind, regiegroep, contact_role, position,"
  "                         retired)"
  "  SELECT id, name, short_name, kind, regiegroep, contact_role, position, retired"
  "  FROM partner;"
  REPLACE ("partner")

  "CREATE TABLE new_action ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
  "  pillar_id INTEGER NOT NULL REFERENCES pillar(id) ON DELETE CASCADE,"
  "  theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL,"
  "  group_heading TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
  "  status TEXT NOT NULL DEFAULT 'gepland' REFERENCES work_status(code),"
  "  owner_id INTEGER REFERENCES partner(id));"
  "INSERT INTO new_action (id, plan_id, pillar_id, theme_id, group_heading, position, text,"
  "                        status, owner_id)"
  "  SELECT id, plan_id, pillar_id, theme_id, group_heading, position, text, status, owner_id"
  "  FROM action;"
  REPLACE ("action")

  "CREATE TABLE new_action_progress ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL CHECK (date(date) IS date),"
  "  note TEXT NOT NULL CHECK (length(trim(note)) > 0),"
  "  who TEXT NOT NULL DEFAULT '');"
  "INSERT INTO new_action_progress (id, action_id, date, note, who)"
  "  SELECT id, action_id, date, note, who FROM action_progress;"
  REPLACE ("action_progress")
  "CREATE INDEX action_progress_action ON action_progress (action_id, date);"

  "CREATE TABLE new_intervention ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
  "  position INTEGER NOT NULL,"
  "  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)));"
  "INSERT INTO new_intervention (id, name, position, retired)"
  "  SELECT id, name, position, retired FROM intervention;"
  REPLACE ("intervention")

  "CREATE TABLE new_plan_item ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  period TEXT NOT NULL REFERENCES period(code),"
  "  position INTEGER NOT NULL,"
  "  what TEXT NOT NULL CHECK (length(trim(what)) > 0),"
  "  who TEXT NOT NULL DEFAULT '',"
  "  theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL,"
  "  status TEXT NOT NULL DEFAULT 'gepland' REFERENCES work_status(code),"
  "  recurring INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1)));"
  "INSERT INTO new_plan_item (id, plan_id, year, period, position, what, who, theme_id,"
  "                           status, recurring)"
  "  SELECT id, plan_id, year, period, position, what, who, theme_id, status, recurring"
  "  FROM plan_item;"
  REPLACE ("plan_item")

  "CREATE TABLE new_target ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  plan_item_id INTEGER NOT NULL REFERENCES plan_item(id) ON DELETE CASCADE,"
  "  indicator_id INTEGER REFERENCES indicator(id),"
  "  description TEXT NOT NULL CHECK (length(trim(description)) > 0),"
  "  value INTEGER NOT NULL CHECK (value >= 0));"
  "INSERT INTO new_target (id, plan_item_id, indicator_id, description, value)"
  "  SELECT id, plan_item_id, indicator_id, description, value FROM target;"
  REPLACE ("target")

  "CREATE TABLE new_budget_line ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
  "  ledger_code TEXT,"
  "  UNIQUE (plan_id, name));"
  "INSERT INTO new_budget_line (id, plan_id, position, name, ledger_code)"
  "  SELECT id, plan_id, position, name, ledger_code FROM budget_line;"
  REPLACE ("budget_line")

  "CREATE TABLE new_funding ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),"
  "  source TEXT NOT NULL REFERENCES funding_source(code),"
  "  amount_cents INTEGER NOT NULL CHECK (typeof(amount_cents) = 'integer' AND amount_cents >= 0),"
  "  earmark TEXT NOT NULL DEFAULT '');"
  "INSERT INTO new_funding (id, plan_id, year, source, amount_cents, earmark)"
  "  SELECT id, plan_id, year, source, amount_cents, earmark FROM funding;"
  REPLACE ("funding")

  /* search_text last, where migration 3 added it. */
  "CREATE TABLE new_booking ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  date TEXT NOT NULL CHECK (date(date) IS date),"
  "  line_id INTEGER REFERENCES budget_line(id),"
  "  ledger_code TEXT,"
  "  amount_cents INTEGER NOT NULL CHECK (typeof(amount_cents) = 'integer'),"
  "  kind TEXT NOT NULL REFERENCES booking_kind(code),"
  "  description TEXT NOT NULL DEFAULT '',"
  "  reference TEXT NOT NULL DEFAULT '',"
  "  supplier TEXT NOT NULL DEFAULT '',"
  "  batch_id INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,"
  "  search_text TEXT);"
  "INSERT INTO new_booking (id, date, line_id, ledger_code, amount_cents, kind, description,"
  "                         reference, supplier, batch_id, search_text)"
  "  SELECT id, date, line_id, ledger_code, amount_cents, kind, description, reference,"
  "         supplier, batch_id, search_text FROM booking;"
  REPLACE ("booking")
  "CREATE INDEX booking_line_date ON booking (line_id, date);"

  "CREATE TABLE new_case_file ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  reference TEXT NOT NULL UNIQUE"
  "    CHECK (reference GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),"
  "  date_received TEXT NOT NULL CHECK (date(date_received) IS date_received),"
  "  source TEXT NOT NULL REFERENCES case_source(code),"
  "  theme_id INTEGER REFERENCES theme(id),"
  "  area_id INTEGER REFERENCES area(id),"
  "  subject_kind TEXT NOT NULL REFERENCES subject_kind(code),"
  "  subject_name TEXT NOT NULL DEFAULT '',"
  "  address TEXT NOT NULL DEFAULT '',"
  "  summary TEXT NOT NULL DEFAULT '',"
  "  search_text TEXT NOT NULL DEFAULT '',"
  "  complexity TEXT REFERENCES complexity(code),"
  "  decision TEXT REFERENCES weighing_decision(code),"
  "  weighing_reason TEXT,"
  "  follow_up_date TEXT CHECK (follow_up_date IS NULL OR date(follow_up_date) IS follow_up_date),"
  "  lead_partner_id INTEGER REFERENCES partner(id),"
  "  status TEXT NOT NULL DEFAULT 'nieuw' REFERENCES case_status(code),"
  "  outcome TEXT REFERENCES case_outcome(code),"
  "  outcome_note TEXT,"
  "  closed_date TEXT CHECK (closed_date IS NULL OR date(closed_date) IS closed_date),"
  "  mma_number TEXT NOT NULL DEFAULT '',"
  "  police_number TEXT NOT NULL DEFAULT '',"
  "  riec_number TEXT NOT NULL DEFAULT '',"
  "  zaaknummer TEXT NOT NULL DEFAULT '',"
  "  import_batch_id INTEGER REFERENCES import_batch(id),"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL,"
  "  next_follow_up_date TEXT,"
  "  deleted_at TEXT);"
  "INSERT INTO new_case_file (id, reference, date_received, source, theme_id, area_id,"
  "                           subject_kind, subject_name, address, summary, search_text,"
  "                           complexity, decision, weighing_reason, follow_up_date,"
  "                           lead_partner_id, status, outcome, outcome_note, closed_date,"
  "                           mma_number, police_number, riec_number, zaaknummer,"
  "                           import_batch_id, created_at, updated_at, next_follow_up_date,"
  "                           deleted_at)"
  "  SELECT id, reference, date_received, source, theme_id, area_id, subject_kind,"
  "         subject_name, address, summary, search_text, complexity, decision,"
  "         weighing_reason, follow_up_date, lead_partner_id, status, outcome, outcome_note,"
  "         closed_date, mma_number, police_number, riec_number, zaaknummer, import_batch_id,"
  "         created_at, updated_at, next_follow_up_date, deleted_at FROM case_file;"
  REPLACE ("case_file")
  "CREATE INDEX case_file_received ON case_file (date_received, deleted_at);"
  "CREATE INDEX case_file_reference ON case_file (reference, deleted_at);"
  "CREATE INDEX case_file_status ON case_file (status, deleted_at, date_received);"
  "CREATE INDEX case_file_theme ON case_file (theme_id, deleted_at, date_received);"
  "CREATE INDEX case_file_source ON case_file (source, deleted_at, date_received);"
  "CREATE INDEX case_file_lead_partner ON case_file (lead_partner_id, deleted_at);"
  "CREATE INDEX case_file_follow_up ON case_file (follow_up_date, deleted_at);"
  "CREATE INDEX case_file_next_follow_up ON case_file (next_follow_up_date, deleted_at);"

  "CREATE TABLE new_control ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  date TEXT NOT NULL CHECK (date(date) IS date),"
  "  kind TEXT NOT NULL REFERENCES control_kind(code),"
  "  area_id INTEGER REFERENCES area(id),"
  "  businesses INTEGER NOT NULL DEFAULT 0 CHECK (businesses >= 0),"
  "  signals INTEGER NOT NULL DEFAULT 0 CHECK (signals >= 0),"
  "  note TEXT NOT NULL DEFAULT '');"
  "INSERT INTO new_control (id, date, kind, area_id, businesses, signals, note)"
  "  SELECT id, date, kind, area_id, businesses, signals, note FROM control;"
  REPLACE ("control")
  "CREATE INDEX control_date ON control (date);"

  "CREATE TABLE new_measure ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  date TEXT NOT NULL CHECK (date(date) IS date),"
  "  kind TEXT NOT NULL REFERENCES measure_kind(code),"
  "  domain TEXT NOT NULL REFERENCES measure_domain(code),"
  "  legal_basis TEXT NOT NULL DEFAULT '',"
  "  area_id INTEGER REFERENCES area(id),"
  "  case_id INTEGER REFERENCES case_file(id) ON DELETE SET NULL);"
  "INSERT INTO new_measure (id, date, kind, domain, legal_basis, area_id, case_id)"
  "  SELECT id, date, kind, domain, legal_basis, area_id, case_id FROM measure;"
  REPLACE ("measure")
  "CREATE INDEX measure_date ON measure (date);"

  "CREATE TABLE new_stop_talk ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  date TEXT NOT NULL CHECK (date(date) IS date),"
  "  branch TEXT NOT NULL DEFAULT '',"
  "  maatwerk INTEGER NOT NULL CHECK (maatwerk IN (0, 1)),"
  "  area_id INTEGER REFERENCES area(id));"
  "INSERT INTO new_stop_talk (id, date, branch, maatwerk, area_id)"
  "  SELECT id, date, branch, maatwerk, area_id FROM stop_talk;"
  REPLACE ("stop_talk")
  "CREATE INDEX stop_talk_date ON stop_talk (date);"

  "CREATE TABLE new_activity ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  date TEXT NOT NULL CHECK (date(date) IS date),"
  "  kind TEXT NOT NULL REFERENCES activity_kind(code),"
  "  theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL,"
  "  plan_item_id INTEGER REFERENCES plan_item(id) ON DELETE SET NULL,"
  "  area_id INTEGER REFERENCES area(id),"
  "  note TEXT NOT NULL DEFAULT '');"
  "INSERT INTO new_activity (id, date, kind, theme_id, plan_item_id, area_id, note)"
  "  SELECT id, date, kind, theme_id, plan_item_id, area_id, note FROM activity;"
  REPLACE ("activity")
  "CREATE INDEX activity_date ON activity (date);"

  "CREATE TABLE new_explanation ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
  "  subject TEXT NOT NULL REFERENCES explanation_subject(code),"
  "  pillar_id INTEGER REFERENCES pillar(id) ON DELETE CASCADE,"
  "  indicator_id INTEGER REFERENCES indicator(id) ON DELETE CASCADE,"
  "  line_id INTEGER REFERENCES budget_line(id) ON DELETE CASCADE,"
  "  year INTEGER CHECK (year IS NULL OR year BETWEEN 2000 AND 2100),"
  "  text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
  "  who TEXT NOT NULL DEFAULT '',"
  "  at TEXT NOT NULL);"
  "INSERT INTO new_explanation (id, plan_id, subject, pillar_id, indicator_id, line_id, year,"
  "                             text, who, at)"
  "  SELECT id, plan_id, subject, pillar_id, indicator_id, line_id, year, text, who, at"
  "  FROM explanation;"
  REPLACE ("explanation")

  /* The triggers again, as migrations 1 and 3 made them. */
  "CREATE TRIGGER plan_item_year_insert BEFORE INSERT ON plan_item"
  PLAN_ITEM_YEAR_CHECK
  "CREATE TRIGGER plan_item_year_update BEFORE UPDATE OF year, plan_id ON plan_item"
  PLAN_ITEM_YEAR_CHECK
  "CREATE TRIGGER booking_search_text_stale"
  "  AFTER UPDATE OF date, amount_cents, description, reference, supplier ON booking"
  "  WHEN NEW.search_text IS OLD.search_text AND NEW.search_text IS NOT NULL"
  "   AND (NEW.date IS NOT OLD.date OR NEW.amount_cents IS NOT OLD.amount_cents"
  "    OR NEW.description IS NOT OLD.description OR NEW.reference IS NOT OLD.reference"
  "    OR NEW.supplier IS NOT OLD.supplier)"
  "  BEGIN UPDATE booking SET search_text = NULL WHERE id = NEW.id; END;"
  "CREATE TRIGGER case_file_next_follow_up_insert AFTER INSERT ON case_file"
  "  WHEN NEW.follow_up_date IS NOT NULL"
  "  BEGIN UPDATE case_file SET next_follow_up_date = " NEXT_FOLLOW_UP " WHERE id = NEW.id; END;"
  "CREATE TRIGGER case_file_next_follow_up_update AFTER UPDATE OF follow_up_date ON case_file"
  "  BEGIN UPDATE case_file SET next_follow_up_date = " NEXT_FOLLOW_UP " WHERE id = NEW.id; END;"
  "CREATE TRIGGER case_intervention_next_follow_up_insert AFTER INSERT ON case_intervention"
  "  BEGIN UPDATE case_file SET next_follow_up_date = " NEXT_FOLLOW_UP
  "    WHERE id = NEW.case_id; END;"
  "CREATE TRIGGER case_intervention_next_follow_up_update"
  "  AFTER UPDATE OF case_id, status, follow_up_date ON case_intervention"
  "  BEGIN UPDATE case_file SET next_follow_up_date = " NEXT_FOLLOW_UP
  "    WHERE id IN (OLD.case_id, NEW.case_id); END;"
  "CREATE TRIGGER case_intervention_next_follow_up_delete AFTER DELETE ON case_intervention"
  "  BEGIN UPDATE case_file SET next_follow_up_date = " NEXT_FOLLOW_UP
  "    WHERE id = OLD.case_id; END;"

  /* No reference that resolved before fails now, or the CHECK fails and the whole upgrade
   * is rolled back. */
  "CREATE TEMP TABLE migration_5_check (new_orphans INTEGER"
  "  CONSTRAINT rebuilt_tables_keep_every_reference CHECK (new_orphans = 0));"
  "INSERT INTO migration_5_check SELECT count(*) FROM"
  "  (SELECT * FROM pragma_foreign_key_check EXCEPT SELECT * FROM migration_5_orphans);"
  "DROP TABLE migration_5_check;"
  "DROP TABLE migration_5_orphans;";
