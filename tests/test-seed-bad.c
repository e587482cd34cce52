/* test-seed-bad.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A seed with a wrong entry halfway must fail with a clear error and leave nothing behind.
 *
 * This program defines every symbol of ond-seed-data.h itself, so the linker takes these
 * definitions instead of the library's ond-seed-data.o: the store seeds this small plan,
 * whose second theme names an owner that is not a partner. The plan, its pillar, the
 * partners and the first theme are inserted before the seed reaches that owner.
 *
 * In the PostgreSQL run (suite pg) the same seed goes into a server database that was set up
 * and holds no data, as the window's "start with the plan" does: the same error, and no row
 * of it left in any table.
 */

#define G_LOG_DOMAIN "test-seed-bad"

#include "config.h"

#include <sqlite3.h>

#include "ond-seed-data.h"
#include "ond-store.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"

const OndSeedPlan ond_seed_plan = {
  "Uitvoeringsplan ondermijning 2023-2024", 2023, 2024, "Een doelstelling",
};
const OndSeedPillar ond_seed_pillars[] = {
  { 1, "Aanpakken van ondermijnende criminaliteit", "Het aanpakken", "Inleiding" },
};
const guint ond_seed_n_pillars = G_N_ELEMENTS (ond_seed_pillars);
const OndSeedPartner ond_seed_partners[] = {
  { "Gemeente Dordrecht", "Gemeente", "gemeentelijk", FALSE },
  { "Basisteam politie Drechtsteden Binnen", "Politie", "extern", TRUE },
  { "Omgevingsdienst Zuid Holland Zuid", "OZHZ", "extern", TRUE },
  { "Sociale Dienst Drechtsteden", "SDD", "extern", TRUE },
};
const guint ond_seed_n_partners = G_N_ELEMENTS (ond_seed_partners);
const OndSeedTheme ond_seed_themes[] = {
  { "Drugs", "Drugs", "", { "Politie", "OZHZ", NULL } },
  { "Fraude", "Fraude", "", { "Nobody", NULL } },
};
const guint ond_seed_n_themes = G_N_ELEMENTS (ond_seed_themes);
const OndSeedAction ond_seed_actions[] = {
  { 1, "Drugs", "Drugs", "Het ontmantelen van hennepkwekerijen en drugslabs." },
};
const guint ond_seed_n_actions = G_N_ELEMENTS (ond_seed_actions);
const OndSeedIntervention ond_seed_interventions[] = {
  { "BRP controle", "G" },
};
const guint ond_seed_n_interventions = G_N_ELEMENTS (ond_seed_interventions);
const char * const ond_seed_menukaart_columns[4] = { "Gemeente", "Politie", "OZHZ", "SDD" };
const OndSeedArea ond_seed_areas[] = {
  { "Binnenstad", "", FALSE },
};
const guint ond_seed_n_areas = G_N_ELEMENTS (ond_seed_areas);
const OndSeedIndicator ond_seed_indicators[] = {
  { "mma_reports", "Meldingen via Meld Misdaad Anoniem", "meldingen", "counted", NULL, 84 },
};
const guint ond_seed_n_indicators = G_N_ELEMENTS (ond_seed_indicators);
const OndSeedPlanItem ond_seed_plan_items[] = {
  { 2023, "Q1", "Opstellen uitvoeringsplan ondermijning", "Regiegroep ondermijning", NULL,
    FALSE, { { NULL, NULL, 0 }, { NULL, NULL, 0 } } },
};
const guint ond_seed_n_plan_items = G_N_ELEMENTS (ond_seed_plan_items);
const OndSeedBudgetLine ond_seed_budget_lines[] = {
  { "Onvoorziene kosten", 100, 100 },
};
const guint ond_seed_n_budget_lines = G_N_ELEMENTS (ond_seed_budget_lines);
const OndSeedFunding ond_seed_funding[] = {
  { 2023, "taakveld_1_2", 100, "", { NULL } },
};
const guint ond_seed_n_funding = G_N_ELEMENTS (ond_seed_funding);
const OndSeedTotal ond_seed_totals[] = {
  { 2023, 100 },
};
const guint ond_seed_n_totals = G_N_ELEMENTS (ond_seed_totals);

static char *tmp_dir;

/* Whatever is at @path after a failed first open: nothing, or a database without any of the
 * seed (and without our schema, so that a later open starts again from scratch). */
static void
assert_nothing_left (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_bad_owner (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "bad.db", NULL);

  /* Twice: a failed first start must not leave a half-seeded file that a second start
   * would then take for a finished one. */
  for (int attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(GError) error = NULL;
      OndStore *store = ond_store_open (path, &error);

      g_assert_null (store);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
      g_test_message ("%s", error->message);
      /* The message names the wrong entry and where it is used. */
      g_assert_nonnull (strstr (error->message, "“Nobody”"));
      g_assert_nonnull (strstr (error->message, "“Fraude”"));
      assert_nothing_left (path);
    }
}

/* The number of rows in all tables of our schema on the server database @uri together (the
 * vocabularies are rows --init-server writes); the plan's own tables must be empty. */
static gint64
server_rows (const char *uri)
{
  g_autofree char *tables = ond_test_pg_text (uri,
                                              "SELECT string_agg(table_name, ' ')"
                                              " FROM information_schema.tables"
                                              " WHERE table_schema = 'public'"
                                              "   AND table_name <> 'ond_database'"
                                              "   AND table_type = 'BASE TABLE'"
                                              "   AND 0 = ?", 0);
  g_auto(GStrv) names = g_strsplit (tables, " ", -1);
  gint64 rows = 0;

  g_assert_cmpuint (g_strv_length (names), >, 50);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE 0 = ?", names[i]);
      gint64 n = ond_test_pg_int (uri, sql, 0);

      if (g_strcmp0 (names[i], "plan") == 0 || g_strcmp0 (names[i], "partner") == 0
          || g_strcmp0 (names[i], "theme") == 0 || g_strcmp0 (names[i], "pillar") == 0)
        g_assert_cmpint (n, ==, 0);
      rows += n;
    }
  return rows;
}

static void
test_bad_owner_server (void)
{
  g_autofree char *uri = ond_test_pg_new_empty ();
  gint64 before = server_rows (uri);

  for (int attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OndStore) store = ond_store_open (uri, &error);
      gboolean empty = FALSE;

      g_assert_no_error (error);
      g_assert_true (ond_store_is_empty (store, &empty, &error));
      g_assert_true (empty);
      g_assert_false (ond_store_seed_plan (store, &error));
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "“Nobody”"));
      g_assert_nonnull (strstr (error->message, "“Fraude”"));
      g_assert_cmpint (server_rows (uri), ==, before);
    }
  ond_test_pg_drop_database (uri);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = ond_test_make_dir ("test-seed-bad");

  if (ond_test_pg_wanted ())
    g_test_add_func ("/ond/seed/bad-entry-server", test_bad_owner_server);
  else
    g_test_add_func ("/ond/seed/bad-entry", test_bad_owner);

  ret = g_test_run ();

  ond_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
