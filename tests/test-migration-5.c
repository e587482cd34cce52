/* test-migration-5.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Migration 5: an id, once given, never names another record. A real version-4 file (the
 * schema of migrations 1-4 written with plain SQLite, holding the seed and records that the
 * store made) is opened by the store and upgraded. Checked from outside with plain SQLite:
 * every row of every table as it was, the schema as before except AUTOINCREMENT, the same as
 * a new file's, every reference resolved; then, through the store, the newest record of each
 * kind deleted, a new one added with a new id, and the deleted one put back. */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ond-store-actions.h"
#include "ond-store-bookings.h"
#include "ond-store-budget.h"
#include "ond-store-cases.h"
#include "ond-store-meetings.h"
#include "ond-store-partners.h"
#include "ond-store-plan-copy.h"
#include "ond-store-plan-items.h"
#include "ond-store-private.h"
#include "ond-store-registers.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* The column migration 7 adds to case_file (test-migration-7.c), migration 8 to
 * case_intervention and budget_line (test-migration-8.c), migration 9 to action and funding,
 * migration 10 to plan_item, partner and explanation, migration 11 to the registers
 * (control, measure, stop_talk, activity) and migration 12 to booking, indicator_value,
 * intervention, theme and meeting_item: left out of the comparisons of this test. */
#define MIGRATION_7_COLUMN "row_version"
#define MIGRATION_7_SQL ", row_version INTEGER NOT NULL DEFAULT 1"

/* The tables that migration 5 makes AUTOINCREMENT. */
static const char * const rebuilt[] = {
  "action", "action_progress", "activity", "booking", "budget_line", "case_file", "control",
  "explanation", "funding", "intervention", "measure", "partner", "plan", "plan_item",
  "stop_talk", "target",
};

static gboolean
is_rebuilt (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (rebuilt); i++)
    {
      if (g_str_equal (rebuilt[i], table))
        return TRUE;
    }
  return FALSE;
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("SQL failed: %s\n%s", message, sql);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The tables of the file but SQLite's own, by name or (@by_name FALSE) in the order they
 * were made: parents before children. */
static GPtrArray *
table_names (sqlite3  *db,
             gboolean  by_name)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, by_name
                                       ? "SELECT name FROM main.sqlite_master"
                                         " WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                         " ORDER BY name"
                                       : "SELECT name FROM main.sqlite_master"
                                         " WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                         " ORDER BY rowid", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return names;
}

/* Records of every kind the migration rebuilds, made by the store in @f's new file. The
 * newest of each kind is one that may be deleted. */
static void
add_records (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 pillar = sql_int (f->path, "SELECT id FROM pillar WHERE plan_id = 1 AND number = 1",
                           0);
  gint64 first_action = sql_int (f->path, "SELECT min(id) FROM action WHERE plan_id = 1", 0);
  gint64 first_item = sql_int (f->path, "SELECT min(id) FROM plan_item WHERE plan_id = 1", 0);
  gint64 first_line = sql_int (f->path, "SELECT min(id) FROM budget_line WHERE plan_id = 1", 0);
  gint64 area = area_id (f, "Crabbehof");
  gint64 control_partners[] = { partner_id (f, "Politie") };
  OndActionFields action = { pillar, 0, NULL, "Nieuwe actie voor de upgrade", NULL, 0, NULL, 0 };
  OndPartnerFields partner = { "Stichting Testpartner", "Testpartner", "extern", FALSE, NULL };
  gint64 amounts[] = { 100000, 200000 };
  gint64 action_id, case_1, case_2, item;

  /* A second plan that says where it came from (plan.created_from). */
  g_assert_cmpint (ond_store_copy_plan (f->store, 1, 2025, 2026, "Uitvoeringsplan 2025-2026",
                                        &error), >, 1);
  g_assert_no_error (error);

  g_assert_cmpint (ond_store_add_action_progress (f->store, first_action, "2024-01-10",
                                                  "Eerste stap gezet", &error), >, 0);
  action_id = ond_store_add_action (f->store, 1, &action, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_add_action_progress (f->store, action_id, "2024-02-10",
                                                  "Tweede stap gezet", &error), >, 0);
  g_assert_no_error (error);

  item = ond_store_add_plan_item (f->store, 1, 2024, "Q2", "Bijeenkomst ondernemers",
                                  "Gemeente", 0, NULL, FALSE, &error);
  g_assert_no_error (error);
  /* The store adds targets only with the seed: the newest row gets one by hand. */
  sql_exec (f->path, "INSERT INTO target (plan_item_id, description, value)"
                     " SELECT max(id), 'Twee bijeenkomsten', 2 FROM plan_item");
  g_assert_cmpint (sql_int (f->path, "SELECT plan_item_id FROM target"
                                     " WHERE id = (SELECT max(id) FROM target)", 0), ==, item);

  /* Explanations for the council, by hand (the store's calls for them are new). */
  sql_exec (f->path, "INSERT INTO explanation (plan_id, subject, pillar_id, year, text, who, at)"
                     " SELECT 1, 'pillar', id, 2024, 'Meer controles dan gepland', 'Test',"
                     "        '2024-12-01T10:00:00' FROM pillar WHERE plan_id = 1;");
  g_assert_cmpint (ond_store_add_budget_change (f->store, first_line, 2024, "2024-02-01", 50000,
                                                "Extra inzet", &error), >, 0);
  g_assert_cmpint (ond_store_add_budget_line (f->store, 1, "Nieuwe kostenpost", "6100",
                                              amounts, 2, &error), >, 0);
  g_assert_cmpint (ond_store_save_funding (f->store, 1, 0, 2024, "overig", 30000, "Subsidie",
                                           NULL, 0, &error), >, 0);
  g_assert_no_error (error);
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *date = g_strdup_printf ("2024-03-%02d", i + 1);
      g_autoptr(OndBooking) booking = ond_booking_new (0, date, first_line, NULL, 1000 * (i + 1),
                                                       "realisatie", NULL, "Factuur",
                                                       "", "Leverancier", 0);

      g_assert_cmpint (ond_store_save_booking (f->store, 1, booking, &error), >, 0);
      g_assert_no_error (error);
    }

  g_assert_cmpint (ond_store_add_partner (f->store, &partner, &error), >, 0);
  g_assert_cmpint (ond_store_add_intervention (f->store, "Testinterventie", &error), >, 0);
  g_assert_no_error (error);

  case_1 = new_case (f, "2025-03-01", "Jan de Vries");
  case_2 = new_case (f, "2025-03-02", "Piet Jansen");
  g_assert_cmpint (ond_store_add_case_intervention (
                     f->store, case_1,
                     sql_int (f->path, "SELECT min(intervention_id) FROM intervention_partner", 0),
                     sql_int (f->path, "SELECT partner_id FROM intervention_partner WHERE"
                                       " intervention_id = (SELECT min(intervention_id)"
                                       " FROM intervention_partner)", 0),
                     "2025-07-01", "2025-08-01", "gepland", "Gesprek", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_create_meeting (f->store, "2025-06-10", &error), >, 0);
  g_assert_no_error (error);

  {
    g_autoptr(OndControl) control = ond_control_new (0, "2024-04-01", "integraal", NULL, area,
                                                     NULL, 5, 1, control_partners, 1, NULL,
                                                     "Met politie");
    g_autoptr(OndMeasure) measure = ond_measure_new (0, "2024-04-02", "sluiting", NULL,
                                                     "softdrugs", NULL, "art. 13b Opiumwet",
                                                     area, NULL, case_1, NULL);
    g_autoptr(OndStopTalk) stop_talk = ond_stop_talk_new (0, "2024-04-03", "Horeca", TRUE,
                                                          area, NULL);
    g_autoptr(OndActivity) activity = ond_activity_new (0, "2024-04-04", "bewustwording", NULL,
                                                        0, NULL, first_item, NULL, area, NULL,
                                                        "Voorlichting");

    g_assert_cmpint (ond_store_save_control (f->store, control, OND_REGISTER_FLAGS_NONE,
                                             &error), >, 0);
    g_assert_cmpint (ond_store_save_measure (f->store, measure, OND_REGISTER_FLAGS_NONE,
                                             &error), >, 0);
    g_assert_cmpint (ond_store_save_stop_talk (f->store, stop_talk, OND_REGISTER_FLAGS_NONE,
                                               &error), >, 0);
    g_assert_cmpint (ond_store_save_activity (f->store, activity, OND_REGISTER_FLAGS_NONE,
                                              &error), >, 0);
    g_assert_no_error (error);
  }
  g_assert_cmpint (case_2, >, case_1);
}

/* Turns @f's file into what version 4 wrote: the schema of migrations 1-4, made with plain
 * SQLite as the store made it then (WAL, application id, user_version 4), holding every row
 * of the file as the store left it. @extra (plain SQL, foreign keys on) is run last. */
static void
make_version_4 (Fixture    *f,
                const char *extra)
{
  g_autofree char *source = g_build_filename (f->dir, "source.db", NULL);
  g_autoptr(GPtrArray) tables = NULL;
  sqlite3 *db = NULL;
  char *attach;

  add_records (f);
  g_clear_object (&f->store);
  g_assert_cmpint (g_rename (f->path, source), ==, 0);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  exec_sql (db, "PRAGMA journal_mode = WAL");
  exec_sql (db, "BEGIN");
  for (guint v = 0; v < 4; v++)
    exec_sql (db, _ond_store_migration (v));
  exec_sql (db, "PRAGMA application_id = 1330529357");
  exec_sql (db, "PRAGMA user_version = 4");
  exec_sql (db, "COMMIT");

  attach = sqlite3_mprintf ("ATTACH %Q AS source", source);
  exec_sql (db, attach);
  sqlite3_free (attach);
  /* The store made the records at its newest version: without what migrations 7-12 add. */
  exec_sql (db, "ALTER TABLE source.case_file DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.case_intervention DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.budget_line DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.action DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.funding DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.plan_item DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.partner DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.explanation DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.control DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.measure DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.stop_talk DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.activity DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.booking DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.indicator_value DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.intervention DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.theme DROP COLUMN " MIGRATION_7_COLUMN);
  exec_sql (db, "ALTER TABLE source.meeting_item DROP COLUMN " MIGRATION_7_COLUMN);
  tables = table_names (db, FALSE);
  exec_sql (db, "BEGIN");
  for (guint t = 0; t < tables->len; t++)
    {
      /* The vocabularies are in both: the file's rows replace migration 1's. */
      char *copy = sqlite3_mprintf ("DELETE FROM main.\"%w\";"
                                    "INSERT INTO main.\"%w\" SELECT * FROM source.\"%w\"",
                                    g_ptr_array_index (tables, t),
                                    g_ptr_array_index (tables, t),
                                    g_ptr_array_index (tables, t));

      exec_sql (db, copy);
      sqlite3_free (copy);
    }
  exec_sql (db, "COMMIT");
  exec_sql (db, "DETACH source");
  exec_sql (db, "PRAGMA foreign_keys = ON");
  if (extra != NULL)
    exec_sql (db, extra);
  /* Asked here: a read-only connection (sql_int) would leave a -wal file behind. */
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 4);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_master"
                                  " WHERE sql LIKE '%AUTOINCREMENT%'"), ==, 0);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  ond_test_remove_db (source);
}

/* What migration 6 (the retention periods, test-retention.c) adds after this one: left out
 * of the comparisons of this test. */
static gboolean
is_after_migration_5 (const char *name)
{
  return g_str_equal (name, "retention_setting") ||
         g_str_equal (name, "sqlite_autoindex_retention_setting_1") ||
         g_str_equal (name, "case_event_case");
}

/* Every row of every table, in rowid order, each value with its type. */
static char *
dump_tables (const char *path)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  tables = table_names (db, TRUE);
  for (guint t = 0; t < tables->len; t++)
    {
      const char *name = g_ptr_array_index (tables, t);
      char *sql = NULL;
      sqlite3_stmt *stmt = NULL;

      if (is_after_migration_5 (name))
        continue;
      sql = sqlite3_mprintf ("SELECT * FROM \"%w\" ORDER BY rowid", name);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_free (sql);
      g_string_append_printf (all, "[%s]\n", name);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              if (g_str_equal (sqlite3_column_name (stmt, c), MIGRATION_7_COLUMN))
                continue;
              g_string_append_printf (all, "%d:%s|", sqlite3_column_type (stmt, c),
                                      (const char *) sqlite3_column_text (stmt, c));
            }
          g_string_append_c (all, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&all), FALSE);
}

/* The schema: "type name" -> its SQL with every run of white space made one space. */
static GHashTable *
schema_of (const char *path)
{
  GHashTable *schema = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name, coalesce(sql, '')"
                                       " FROM sqlite_master", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char *key = g_strdup_printf ("%s %s", sqlite3_column_text (stmt, 0),
                                   sqlite3_column_text (stmt, 1));
      char *sql = NULL;

      if (is_after_migration_5 ((const char *) sqlite3_column_text (stmt, 1)))
        {
          g_free (key);
          continue;
        }
      sql = g_regex_replace_literal (space, (const char *) sqlite3_column_text (stmt, 2), -1, 0,
                                     " ", 0, NULL);
      {
        g_autoptr(GString) without = g_string_new (sql);

        g_string_replace (without, MIGRATION_7_SQL, "", 1);
        g_free (sql);
        sql = g_strdup (without->str);
      }
      g_assert_false (g_hash_table_contains (schema, key));
      g_hash_table_insert (schema, key, sql);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return schema;
}

static void
assert_same_schema (GHashTable *a,
                    GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (a), ==, g_hash_table_size (b));
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_test_message ("%s", (const char *) key);
      g_assert_cmpstr (value, ==, g_hash_table_lookup (b, key));
    }
}

static gint64
max_id (Fixture    *f,
        const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(max(id), 0) FROM %s", table);

  return sql_int (f->path, sql, 0);
}

static OndStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  OndStore *store = ond_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* A version-4 file with records in every rebuilt table: every row of every table kept, the
 * schema as it was but for AUTOINCREMENT, the same as a new file's, the sequence at the
 * largest id, every reference resolved. */
static void
test_upgrade_keeps_everything (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *new_path = g_build_filename (f->dir, "new.db", NULL);
  g_autofree char *integrity = NULL;
  g_autoptr(GHashTable) old_schema = NULL;
  g_autoptr(GHashTable) upgraded = NULL;
  g_autoptr(GHashTable) fresh = NULL;
  g_autoptr(OndStore) store = NULL;
  gint64 max_ids[G_N_ELEMENTS (rebuilt)];
  GHashTableIter iter;
  gpointer key, value;

  make_version_4 (f, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (rebuilt); i++)
    {
      g_autofree char *count = g_strdup_printf ("SELECT count(*) FROM %s", rebuilt[i]);

      g_test_message ("%s", rebuilt[i]);
      g_assert_cmpint (sql_int (f->path, count, 0), >, 0);
      max_ids[i] = max_id (f, rebuilt[i]);
    }
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check", 0), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master"
                                     " WHERE name = 'sqlite_sequence'", 0), ==, 0);
  before = dump_tables (f->path);
  old_schema = schema_of (f->path);

  store = open_store (f->path);
  g_assert_false (ond_store_was_created (store));
  /* The store turned foreign keys on again after the upgrade. */
  g_assert_cmpint (query_int (_ond_store_get_db (store), "PRAGMA foreign_keys"), ==, 1);
  g_clear_object (&store);

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, OND_STORE_SCHEMA_VERSION);
  g_assert_cmpint (OND_STORE_SCHEMA_VERSION, >=, 5);
  after = dump_tables (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check", 0), ==, 0);
  integrity = sql_text (f->path, "PRAGMA integrity_check", 0);
  g_assert_cmpstr (integrity, ==, "ok");

  /* Each rebuilt table continues after its largest id. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_sequence", 0), ==,
                   G_N_ELEMENTS (rebuilt));
  for (guint i = 0; i < G_N_ELEMENTS (rebuilt); i++)
    {
      g_autofree char *seq = g_strdup_printf ("SELECT seq FROM sqlite_sequence"
                                              " WHERE name = '%s'", rebuilt[i]);

      g_test_message ("%s", rebuilt[i]);
      g_assert_cmpint (sql_int (f->path, seq, 0), ==, max_ids[i]);
    }

  /* Every table, index and trigger as it was (16 indexes, 12 triggers), the rebuilt tables
   * with AUTOINCREMENT and nothing else changed: every column, CHECK, default and foreign
   * key. */
  upgraded = schema_of (f->path);
  g_assert_cmpuint (g_hash_table_size (upgraded), ==, g_hash_table_size (old_schema) + 1);
  g_assert_true (g_hash_table_contains (upgraded, "table sqlite_sequence"));
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master"
                                     " WHERE type = 'index' AND sql IS NOT NULL"
                                     " AND name <> 'case_event_case'", 0), ==, 16);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master"
                                     " WHERE type = 'trigger'", 0), ==, 12);
  g_hash_table_iter_init (&iter, old_schema);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *name = strchr (key, ' ') + 1;
      const char *now = g_hash_table_lookup (upgraded, key);
      g_autoptr(GString) plain = NULL;

      g_test_message ("%s", (const char *) key);
      g_assert_nonnull (now);
      if (!g_str_has_prefix (key, "table ") || !is_rebuilt (name))
        {
          g_assert_cmpstr (now, ==, value);
          continue;
        }
      g_assert_nonnull (strstr (now, " id INTEGER PRIMARY KEY AUTOINCREMENT,"));
      plain = g_string_new (now);
      g_assert_cmpuint (g_string_replace (plain, " AUTOINCREMENT", "", 0), ==, 1);
      {
        g_autofree char *quoted = g_strdup_printf ("CREATE TABLE \"%s\" (", name);
        g_autofree char *bare = g_strdup_printf ("CREATE TABLE %s (", name);

        g_assert_cmpuint (g_string_replace (plain, quoted, bare, 1), ==, 1);
      }
      g_assert_cmpstr (plain->str, ==, value);
    }

  /* A new file ends with the same schema. */
  g_clear_object (&store);
  store = open_store (new_path);
  g_assert_true (ond_store_was_created (store));
  g_clear_object (&store);
  fresh = schema_of (new_path);
  assert_same_schema (fresh, upgraded);
}

/* Asserts that @added is a new id, above the @deleted one, and that both rows are there. */
static void
assert_new_id_then_both (Fixture    *f,
                         const char *table,
                         gint64      deleted,
                         gint64      added,
                         gint64      restored)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE id = ?", table);

  g_test_message ("%s: deleted %" G_GINT64_FORMAT ", added %" G_GINT64_FORMAT, table, deleted,
                  added);
  g_assert_cmpint (added, >, deleted);
  g_assert_cmpint (restored, ==, deleted);
  g_assert_cmpint (sql_int (f->path, sql, deleted), ==, 1);
  g_assert_cmpint (sql_int (f->path, sql, added), ==, 1);
}

/* The item of @model whose "id" is @id (transfer full). */
static gpointer
find_item (GListModel *model,
           gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id;

      g_object_get (item, "id", &item_id, NULL);
      if (item_id == id)
        return g_steal_pointer (&item);
    }
  g_assert_not_reached ();
  return NULL;
}

static void
check_registers (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 area = area_id (f, "Crabbehof");
  gint64 newest, added, restored;

  {
    g_autoptr(GListModel) list = ond_store_list_controls (f->store, &error);
    g_autoptr(OndControl) old = find_item (list, newest = max_id (f, "control"));
    g_autoptr(OndControl) other = ond_control_new (0, "2024-05-01", "overig", NULL, 0, NULL, 1,
                                                   0, NULL, 0, NULL, "Nieuw");

    g_assert_true (ond_store_delete_control (f->store, newest, &error));
    added = ond_store_save_control (f->store, other, OND_REGISTER_FLAGS_NONE, &error);
    restored = ond_store_restore_control (f->store, old, &error);
    g_assert_no_error (error);
    assert_new_id_then_both (f, "control", newest, added, restored);
    g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM control_partner"
                                       " WHERE control_id = ?", newest), ==, 1);
  }
  {
    g_autoptr(GListModel) list = ond_store_list_measures (f->store, &error);
    g_autoptr(OndMeasure) old = find_item (list, newest = max_id (f, "measure"));
    g_autoptr(OndMeasure) other = ond_measure_new (0, "2024-05-02", "waarschuwing", NULL,
                                                   "harddrugs", NULL, "", area, NULL, 0, NULL);

    g_assert_true (ond_store_delete_measure (f->store, newest, &error));
    added = ond_store_save_measure (f->store, other, OND_REGISTER_FLAGS_NONE, &error);
    restored = ond_store_restore_measure (f->store, old, &error);
    g_assert_no_error (error);
    assert_new_id_then_both (f, "measure", newest, added, restored);
  }
  {
    g_autoptr(GListModel) list = ond_store_list_stop_talks (f->store, &error);
    g_autoptr(OndStopTalk) old = find_item (list, newest = max_id (f, "stop_talk"));
    g_autoptr(OndStopTalk) other = ond_stop_talk_new (0, "2024-05-03", "Kapper", FALSE, 0,
                                                      NULL);

    g_assert_true (ond_store_delete_stop_talk (f->store, newest, &error));
    added = ond_store_save_stop_talk (f->store, other, OND_REGISTER_FLAGS_NONE, &error);
    restored = ond_store_restore_stop_talk (f->store, old, &error);
    g_assert_no_error (error);
    assert_new_id_then_both (f, "stop_talk", newest, added, restored);
  }
  {
    g_autoptr(GListModel) list = ond_store_list_activities (f->store, &error);
    g_autoptr(OndActivity) old = find_item (list, newest = max_id (f, "activity"));
    g_autoptr(OndActivity) other = ond_activity_new (0, "2024-05-04", "overig", NULL, 0, NULL, 0,
                                                     NULL, 0, NULL, "Nieuw");

    g_assert_true (ond_store_delete_activity (f->store, newest, &error));
    added = ond_store_save_activity (f->store, other, OND_REGISTER_FLAGS_NONE, &error);
    restored = ond_store_restore_activity (f->store, old, &error);
    g_assert_no_error (error);
    assert_new_id_then_both (f, "activity", newest, added, restored);
  }
}

static void
check_budget (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 first_line = sql_int (f->path, "SELECT min(id) FROM budget_line WHERE plan_id = 1", 0);
  gint64 amounts[] = { 0, 5000 };
  gint64 newest, added, restored;

  {
    g_autoptr(GListModel) list = ond_store_list_budget_lines (f->store, 1, &error);
    g_autoptr(OndBudgetLine) old = find_item (list, newest = max_id (f, "budget_line"));

    g_assert_true (ond_store_delete_budget_line (f->store, newest, &error));
    added = ond_store_add_budget_line (f->store, 1, "Andere kostenpost", NULL, amounts, 2,
                                       &error);
    restored = ond_store_restore_budget_line (f->store, 1, old, &error);
    g_assert_no_error (error);
    assert_new_id_then_both (f, "budget_line", newest, added, restored);
    g_assert_cmpint (sql_int (f->path, "SELECT sum(amount_cents) FROM budget_amount"
                                       " WHERE line_id = ?", newest), ==, 300000);
  }
  {
    g_autoptr(GListModel) list = ond_store_list_funding (f->store, 1, &error);
    g_autoptr(OndFunding) old = find_item (list, newest = max_id (f, "funding"));

    g_assert_true (ond_store_delete_funding (f->store, newest, &error));
    added = ond_store_save_funding (f->store, 1, 0, 2023, "riec", 4000, "", NULL, 0, &error);
    restored = ond_store_restore_funding (f->store, 1, old, &error);
    g_assert_no_error (error);
    assert_new_id_then_both (f, "funding", newest, added, restored);
  }
  {
    g_autoptr(GListModel) list = ond_store_list_bookings (f->store, 1, &error);
    g_autoptr(OndBooking) old = find_item (list, newest = max_id (f, "booking"));
    g_autoptr(OndBooking) other = ond_booking_new (0, "2024-06-01", first_line, NULL, 777,
                                                   "realisatie", NULL, "Andere factuur", "",
                                                   "", 0);

    g_assert_true (ond_store_delete_booking (f->store, newest, &error));
    added = ond_store_save_booking (f->store, 1, other, &error);
    restored = ond_store_restore_booking (f->store, old, &error);
    g_assert_no_error (error);
    assert_new_id_then_both (f, "booking", newest, added, restored);
  }
}

static void
check_partners (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  OndPartnerFields fields = { "Andere partner", "Ander", "riec", FALSE, NULL };
  gint64 newest, added, restored;

  {
    g_autoptr(GListModel) list = ond_store_list_partners (f->store, &error);
    g_autoptr(OndPartner) old = find_item (list, newest = max_id (f, "partner"));

    g_assert_true (ond_store_delete_partner (f->store, newest, &error));
    added = ond_store_add_partner (f->store, &fields, &error);
    restored = ond_store_restore_partner (f->store, old, &error);
    g_assert_no_error (error);
    assert_new_id_then_both (f, "partner", newest, added, restored);
  }
  {
    g_autoptr(GListModel) list = ond_store_list_interventions (f->store, &error);
    g_autoptr(OndIntervention) old = find_item (list, newest = max_id (f, "intervention"));

    g_assert_true (ond_store_delete_intervention (f->store, newest, &error));
    added = ond_store_add_intervention (f->store, "Andere interventie", &error);
    restored = ond_store_restore_intervention (f->store, old, &error);
    g_assert_no_error (error);
    assert_new_id_then_both (f, "intervention", newest, added, restored);
  }
}

/* An action goes with its progress notes and comes back with them; a planning row with its
 * targets. */
static void
check_plan (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 first_action = sql_int (f->path, "SELECT min(id) FROM action WHERE plan_id = 1", 0);
  gint64 newest, newest_note, added, added_note, newest_target, restored;

  {
    g_autoptr(OndAction) old = ond_store_dup_action (f->store, newest = max_id (f, "action"),
                                                     &error);
    OndActionFields fields = {
      ond_action_get_pillar_id (old), 0, NULL, "Andere actie", NULL, 0, NULL, 0
    };

    newest_note = max_id (f, "action_progress");
    g_assert_cmpint (sql_int (f->path, "SELECT action_id FROM action_progress WHERE id = ?",
                              newest_note), ==, newest);
    g_assert_true (ond_store_delete_action (f->store, newest, &error));
    added = ond_store_add_action (f->store, 1, &fields, &error);
    added_note = ond_store_add_action_progress (f->store, first_action, "2024-06-02",
                                                "Nog een stap", &error);
    g_assert_no_error (error);
    restored = ond_store_restore_action (f->store, 1, old, &error);
    g_assert_no_error (error);
    assert_new_id_then_both (f, "action", newest, added, restored);
    assert_new_id_then_both (f, "action_progress", newest_note, added_note, newest_note);
  }
  {
    g_autoptr(OndPlanItemDeletion) deletion = NULL;
    gint64 added_target;

    newest = max_id (f, "plan_item");
    newest_target = max_id (f, "target");
    g_assert_cmpint (sql_int (f->path, "SELECT plan_item_id FROM target WHERE id = ?",
                              newest_target), ==, newest);
    deletion = ond_store_delete_plan_item (f->store, newest, &error);
    g_assert_no_error (error);
    added = ond_store_add_plan_item (f->store, 1, 2024, "Q3", "Andere rij", "", 0, NULL, FALSE,
                                     &error);
    g_assert_no_error (error);
    /* As in add_records: a target only by hand. */
    sql_exec (f->path, "INSERT INTO target (plan_item_id, description, value)"
                       " SELECT max(id), 'Een rij', 1 FROM plan_item");
    added_target = max_id (f, "target");
    restored = ond_store_restore_plan_item (f->store, deletion, &error);
    g_assert_no_error (error);
    assert_new_id_then_both (f, "plan_item", newest, added, restored);
    assert_new_id_then_both (f, "target", newest_target, added_target, newest_target);
  }
}

/* An explanation deleted and another written: the new one has an id of its own (by hand:
 * the store's calls for explanations are new). */
static void
check_explanations (Fixture *f)
{
  gint64 newest = max_id (f, "explanation");

  sql_exec (f->path, "DELETE FROM explanation WHERE id = (SELECT max(id) FROM explanation);"
                     "INSERT INTO explanation (plan_id, subject, year, text, at)"
                     " VALUES (1, 'year', 2024, 'Een ander jaar', '2025-01-01T10:00:00');");
  g_assert_cmpint (max_id (f, "explanation"), >, newest);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM explanation WHERE id = ?", newest),
                   ==, 0);
}

/* A case deleted for good leaves its id unused. */
static void
check_cases (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 newest = max_id (f, "case_file");
  gint64 added;

  g_assert_true (ond_store_delete_case (f->store, newest, &error));
  g_assert_true (ond_store_purge_deleted_cases (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", newest), ==,
                   0);
  added = new_case (f, "2025-04-01", "Klaas Bakker");
  g_assert_cmpint (added, >, newest);
}

/* After the upgrade, deleting the newest record of each kind and adding another gives a new
 * id, and the deleted one can be put back (with a plain INTEGER PRIMARY KEY the new record
 * took the deleted one's id, and the undo failed). */
static void
test_ids_never_reused (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *integrity = NULL;

  make_version_4 (f, NULL);
  f->store = open_store (f->path);

  check_registers (f);
  check_budget (f);
  check_partners (f);
  check_plan (f);
  check_cases (f);
  check_explanations (f);

  g_clear_object (&f->store);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check", 0), ==, 0);
  integrity = sql_text (f->path, "PRAGMA integrity_check", 0);
  g_assert_cmpstr (integrity, ==, "ok");
}

/* A version-4 file without write permission is refused before SQLite opens it, as it was. */
static void
test_read_only_version_4 (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  make_version_4 (f, NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);

  store = ond_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 4);
}

/* An upgrade that fails (a row that breaks a CHECK of its table, written past SQLite's
 * checks) leaves the file at version 4 with every row and the old schema. */
static void
test_failed_upgrade_rolls_back (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(GHashTable) old_schema = NULL;
  g_autoptr(GHashTable) now_schema = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_version_4 (f, "PRAGMA ignore_check_constraints = ON;"
                     "UPDATE booking SET amount_cents = '12,50'"
                     " WHERE id = (SELECT max(id) FROM booking);");
  before = dump_tables (f->path);
  old_schema = schema_of (f->path);

  store = ond_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_test_message ("%s", error->message);

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 4);
  after = dump_tables (f->path);
  g_assert_cmpstr (after, ==, before);
  now_schema = schema_of (f->path);
  assert_same_schema (now_schema, old_schema);
}

/* A reference that did not resolve before the upgrade (a file changed by hand) does not keep
 * the file from opening: it is kept as it was, and it is the only one. */
static void
test_old_orphan_kept (Fixture       *f,
                      gconstpointer  data)
{
  make_version_4 (f, "PRAGMA foreign_keys = OFF;"
                     "INSERT INTO action_progress (action_id, date, note)"
                     " VALUES (99999, '2024-01-01', 'Van een verdwenen actie');");
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check", 0), ==, 1);

  f->store = open_store (f->path);
  g_clear_object (&f->store);

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, OND_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master"
                                     " WHERE name = 'action_progress'"
                                     " AND sql LIKE '%id INTEGER PRIMARY KEY AUTOINCREMENT,%'",
                            0), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM action_progress"
                                     " WHERE action_id = 99999", 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check", 0), ==, 1);
}

/* The upgrade of a file with many bookings (100,000 with -m perf; 5,000 otherwise): every
 * booking kept, and the time it took. */
static void
test_many_bookings (Fixture       *f,
                    gconstpointer  data)
{
  gint64 n = g_test_perf () ? 100000 : 5000;
  g_autofree char *fill = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GTimer) timer = NULL;
  gint64 total;

  /* Spread over the plan's first ten lines, one in five a commitment, no search text yet (as an
   * import leaves them). */
  fill = g_strdup_printf ("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                          "                        WHERE i < %" G_GINT64_FORMAT ")"
                          " INSERT INTO booking (date, line_id, ledger_code, amount_cents, kind,"
                          "                      description, reference, supplier)"
                          " SELECT date ('2023-01-01', '+' || (i %% 730) || ' days'),"
                          "        l.id,"
                          "        '6' || (i %% 10), 1000 + i %% 99999,"
                          "        CASE i %% 5 WHEN 0 THEN 'verplichting' ELSE 'realisatie' END,"
                          "        'Factuur ' || i, 'F' || i, 'Leverancier ' || (i %% 50)"
                          " FROM n JOIN (SELECT id, row_number () OVER (ORDER BY id) - 1 AS k"
                          "              FROM budget_line WHERE plan_id = 1) l"
                          "   ON l.k = n.i %% 10", n);
  make_version_4 (f, fill);
  total = sql_int (f->path, "SELECT count(*) FROM booking", 0);
  /* And the three of add_records (). */
  g_assert_cmpint (total, ==, n + 3);
  before = dump_tables (f->path);

  timer = g_timer_new ();
  f->store = open_store (f->path);
  g_timer_stop (timer);
  g_clear_object (&f->store);
  g_test_message ("upgrade of %" G_GINT64_FORMAT " bookings: %.3f s", total,
                  g_timer_elapsed (timer, NULL));
  if (g_test_perf ())
    g_test_minimized_result (g_timer_elapsed (timer, NULL), "upgrade of %" G_GINT64_FORMAT
                             " bookings: %.3f s", total, g_timer_elapsed (timer, NULL));

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, OND_STORE_SCHEMA_VERSION);
  after = dump_tables (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->path, "SELECT seq FROM sqlite_sequence WHERE name = 'booking'",
                            0), ==, max_id (f, "booking"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/migration-5/upgrade-keeps-everything", test_upgrade_keeps_everything);
  ADD_TEST ("/ond/migration-5/ids-never-reused", test_ids_never_reused);
  ADD_TEST ("/ond/migration-5/read-only-version-4", test_read_only_version_4);
  ADD_TEST ("/ond/migration-5/failed-upgrade-rolls-back", test_failed_upgrade_rolls_back);
  ADD_TEST ("/ond/migration-5/old-orphan-kept", test_old_orphan_kept);
  ADD_TEST ("/ond/migration-5/many-bookings", test_many_bookings);

  return g_test_run ();
}
