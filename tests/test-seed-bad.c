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
 */

#define G_LOG_DOMAIN "test-seed-bad"

#include "config.h"

#include <sqlite3.h>

#include "ond-seed-data.h"
#include "ond-store.h"
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

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = ond_test_make_dir ("test-seed-bad");

  g_test_add_func ("/ond/seed/bad-entry", test_bad_owner);

  ret = g_test_run ();

  ond_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
