/* test-store-read.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The read side of OndStore: each list in the plan's order with the vocabulary labels joined
 * in, checked against a small database written here with SQLite directly, and against the
 * plan a new database is seeded with.
 */

#define G_LOG_DOMAIN "test-store-read"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ond-action.h"
#include "ond-area.h"
#include "ond-budget-line.h"
#include "ond-funding.h"
#include "ond-indicator.h"
#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-pillar.h"
#include "ond-plan.h"
#include "ond-pg.h"
#include "ond-plan-item.h"
#include "ond-store-private.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "ond-theme.h"

/* A little plan of our own, with positions deliberately out of id order. */
static const char fixture_sql[] =
  "INSERT INTO plan (id, title, first_year, last_year, objective, state) VALUES"
  "  (1, 'Oud plan', 2019, 2020, 'Oud doel', 'closed'),"
  "  (2, 'Uitvoeringsplan test', 2023, 2024, 'Het doel', 'current'),"
  "  (3, 'Volgend plan', 2025, 2026, '', 'draft');"
  "INSERT INTO pillar (id, plan_id, number, name, objective, description) VALUES"
  "  (33, 2, 3, 'Maatschappelijke weerbaarheid', 'doel 3', 'beschrijving 3'),"
  "  (31, 2, 1, 'Aanpak', 'doel 1', 'beschrijving 1'),"
  "  (32, 2, 2, 'Weerbare overheid', 'doel 2', 'beschrijving 2'),"
  "  (39, 1, 1, 'Oude pijler', '', '');"
  "INSERT INTO partner (id, name, short_name, kind, regiegroep, contact_role, position, retired)"
  "  VALUES (10, 'Gemeente Dordrecht', 'Gemeente', 'gemeentelijk', 0, '', 2, 0),"
  "         (11, 'Basisteam politie', 'Politie', 'extern', 1, 'wijkagent', 1, 0),"
  "         (12, 'Omgevingsdienst Zuid-Holland Zuid', 'OZHZ', 'extern', 1, '', 3, 0),"
  "         (13, 'Oude partner', 'Oud', 'riec', 0, '', 4, 1);"
  "INSERT INTO theme (id, plan_id, position, name, short_name, description) VALUES"
  "  (20, 2, 2, 'Mensenhandel', 'MH', 'uitbuiting'),"
  "  (21, 2, 1, 'Drugs', 'Drugs', 'soft en hard'),"
  "  (22, 1, 1, 'Oud thema', '', '');"
  "INSERT INTO theme_owner (theme_id, partner_id, position) VALUES (21, 12, 2), (21, 11, 1);"
  "INSERT INTO action (id, plan_id, pillar_id, theme_id, group_heading, position, text,"
  "                    status, owner_id) VALUES"
  "  (40, 2, 32, NULL, '', 1, 'Actie van pijler 2', 'lopend', NULL),"
  "  (41, 2, 31, 20, '', 1, 'Actie mensenhandel', 'gereed', 10),"
  "  (42, 2, 31, 21, '', 2, 'Drugsactie b', 'gepland', NULL),"
  "  (43, 2, 31, 21, '', 1, 'Drugsactie a', 'gepland', 11),"
  "  (44, 2, 31, NULL, 'Informatie', 5, 'Eigen actie van pijler 1', 'gepland', NULL),"
  "  (45, 1, 39, NULL, '', 1, 'Actie van het oude plan', 'gepland', NULL);"
  "INSERT INTO intervention (id, name, position, retired) VALUES"
  "  (50, 'BRP controle', 2, 0), (51, 'BIBOB onderzoek', 1, 0),"
  "  (52, 'Oude interventie', 3, 1);"
  "INSERT INTO intervention_partner (intervention_id, partner_id) VALUES"
  "  (51, 12), (51, 10), (50, 10);"
  "INSERT INTO plan_item (id, plan_id, year, period, position, what, who, theme_id, status,"
  "                       recurring) VALUES"
  "  (60, 2, 2024, 'Q1', 1, 'Item in 2024', 'Regiegroep', NULL, 'gepland', 0),"
  "  (61, 2, 2023, 'doorlopend', 1, 'Integrale controles', 'Ondermijning', 21, 'lopend', 1),"
  "  (62, 2, 2023, 'Q3+4', 1, 'Bewustwording', 'Ondermijning', NULL, 'gepland', 0),"
  "  (63, 2, 2023, 'Q1', 2, 'Tweede in Q1', '', NULL, 'gepland', 0),"
  "  (64, 2, 2023, 'Q1', 1, 'Eerste in Q1', 'Mensenhandel', 20, 'uitgesteld', 0),"
  "  (65, 2, 2023, 'Q4', 1, 'In Q4', '', NULL, 'gereed', 0);"
  "INSERT INTO indicator (id, code, name, unit, method, parent_id, position) VALUES"
  "  (90, 'mma', 'Meldingen MMA', 'meldingen', 'counted', NULL, 1),"
  "  (91, 'mma_deel', 'Deel van MMA', '', 'manual', 90, 3),"
  "  (92, 'c3', 'Signalen C3', 'signalen', 'counted', NULL, 2);"
  "INSERT INTO indicator_value (indicator_id, year, value) VALUES (90, 2022, 84);"
  "INSERT INTO target (id, plan_item_id, indicator_id, description, value) VALUES"
  "  (2, 61, NULL, 'Bezochte bedrijven', 80),"
  "  (1, 61, 90, 'Integrale controles', 10),"
  "  (3, 62, NULL, 'MMA-meldingen', 5);"
  "INSERT INTO budget_line (id, plan_id, position, name, ledger_code) VALUES"
  "  (70, 2, 2, 'Veiligheidsinformatieknooppunt (VIK)', '6.1.2'),"
  "  (71, 2, 1, 'Meld Misdaad Anoniem (MMA)', NULL),"
  "  (72, 2, 3, 'Zonder bedragen', NULL),"
  "  (79, 1, 1, 'Post van het oude plan', NULL);"
  "INSERT INTO budget_amount (line_id, year, amount_cents) VALUES"
  "  (70, 2024, 1700000), (70, 2023, 1700000), (71, 2023, 150000), (71, 2024, 0),"
  "  (79, 2019, 100);"
  "INSERT INTO funding (id, plan_id, year, source, amount_cents, earmark) VALUES"
  "  (80, 2, 2024, 'taakveld_1_2', 18500000, ''),"
  "  (81, 2, 2023, 'riec', 6500000, 'communicatie'),"
  "  (82, 2, 2023, 'taakveld_1_2', 18500000, '');"
  "INSERT INTO funding_line (funding_id, line_id) VALUES (81, 70), (81, 71);"
  "INSERT INTO plan_total (plan_id, year, amount_cents) VALUES"
  "  (2, 2023, 25000000), (2, 2024, 18500000);"
  "INSERT INTO area (id, name, district, aandachtsgebied, position, retired) VALUES"
  "  (100, 'Crabbehof', 'Dordt-West', 1, 2, 0),"
  "  (101, 'Binnenstad', '', 0, 1, 0),"
  "  (102, 'Oud gebied', '', 0, 3, 1);";

/* In the PostgreSQL run (ond-test-pg.h) @path is a fresh server database instead of the
 * file: set up without data for a database of ours, seeded for the seeded plan. */
typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = ond_test_make_dir ("test-store-read");
  fixture->path = g_build_filename (fixture->dir, "ondermijning.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  /* Only the database and its side files: anything else the store left would keep the
   * folder from being removed. */
  if (ond_pg_is_uri (fixture->path))
    ond_test_pg_drop_database (fixture->path);
  else
    ond_test_remove_db (fixture->path);
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("SQL failed: %s", message);
}

/* Writes a database of ours without seeding it: the real schema, then @data. On a server:
 * a new database set up by the store (the same schema), then @data. */
static void
write_database (Fixture    *fixture,
                const char *data)
{
  const char *path;
  sqlite3 *db = NULL;

  if (ond_test_pg_wanted ())
    {
      g_free (fixture->path);
      fixture->path = ond_test_pg_new_empty ();
      if (data != NULL)
        ond_test_pg_exec (fixture->path, data);
      return;
    }
  path = fixture->path;
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_sql (db, "PRAGMA foreign_keys = ON");
  exec_sql (db, "BEGIN");
  for (guint v = 0; v < OND_STORE_SCHEMA_VERSION; v++)
    exec_sql (db, _ond_store_migration (v));
  exec_sql (db, "PRAGMA application_id = 1330529357");
  exec_sql (db, "PRAGMA user_version = " G_STRINGIFY (OND_STORE_SCHEMA_VERSION));
  if (data != NULL)
    exec_sql (db, data);
  exec_sql (db, "COMMIT");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static OndStore *
open_fixture (Fixture    *fixture,
              const char *data)
{
  g_autoptr(GError) error = NULL;
  OndStore *store;

  write_database (fixture, data);
  store = ond_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (ond_store_was_created (store));
  return store;
}

/* Takes the model: checks its item type and length. */
static GListModel *
check_model (GListModel *model,
             GError     *error,
             GType       item_type,
             guint       n_items)
{
  g_assert_no_error (error);
  g_assert_nonnull (model);
  g_assert_true (g_list_model_get_item_type (model) == item_type);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_items);
  return model;
}

static void
test_current_plan (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(GListModel) plans = NULL;
  g_autoptr(OndPlan) first = NULL;
  g_autoptr(OndPlan) last = NULL;

  /* The current plan, though a later draft exists. */
  plan = ond_store_dup_current_plan (store, &error);
  g_assert_no_error (error);
  g_assert_true (OND_IS_PLAN (plan));
  g_assert_cmpint (ond_plan_get_id (plan), ==, 2);
  g_assert_cmpstr (ond_plan_get_title (plan), ==, "Uitvoeringsplan test");
  g_assert_cmpint (ond_plan_get_first_year (plan), ==, 2023);
  g_assert_cmpint (ond_plan_get_last_year (plan), ==, 2024);
  g_assert_cmpstr (ond_plan_get_objective (plan), ==, "Het doel");
  g_assert_cmpstr (ond_plan_get_state (plan), ==, "current");
  g_assert_cmpstr (ond_plan_get_period_label (plan), ==, "2023-2024");

  plans = check_model (ond_store_list_plans (store, &error), error, OND_TYPE_PLAN, 3);
  first = g_list_model_get_item (plans, 0);
  last = g_list_model_get_item (plans, 2);
  g_assert_cmpint (ond_plan_get_id (first), ==, 1);
  g_assert_cmpstr (ond_plan_get_period_label (first), ==, "2019-2020");
  g_assert_cmpint (ond_plan_get_id (last), ==, 3);
  g_assert_cmpstr (ond_plan_get_state (last), ==, "draft");
}

static void
test_current_plan_fallback (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(OndStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autofree char *period = NULL;

  /* No plan is current: the latest one. */
  store = open_fixture (fixture,
                        "INSERT INTO plan (id, title, first_year, last_year, state) VALUES"
                        "  (1, 'Later', 2025, 2025, 'draft'),"
                        "  (2, 'Eerder', 2023, 2024, 'closed');");
  plan = ond_store_dup_current_plan (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ond_plan_get_title (plan), ==, "Later");
  g_assert_cmpstr (ond_plan_get_period_label (plan), ==, "2025");
  g_object_get (plan, "period-label", &period, NULL);
  g_assert_cmpstr (period, ==, "2025");
}

static void
test_no_plan (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(OndStore) store = open_fixture (fixture, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(GListModel) plans = NULL;

  plan = ond_store_dup_current_plan (store, &error);
  g_assert_null (plan);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  plans = check_model (ond_store_list_plans (store, &error), error, OND_TYPE_PLAN, 0);
}

static void
test_pillars (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pillars = NULL;
  g_autoptr(OndPillar) first = NULL;
  g_autofree char *title = NULL;

  pillars = check_model (ond_store_list_pillars (store, 2, &error), error, OND_TYPE_PILLAR, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(OndPillar) pillar = g_list_model_get_item (pillars, i);

      g_assert_cmpint (ond_pillar_get_number (pillar), ==, i + 1);
    }
  first = g_list_model_get_item (pillars, 0);
  g_assert_cmpint (ond_pillar_get_id (first), ==, 31);
  g_assert_cmpstr (ond_pillar_get_name (first), ==, "Aanpak");
  g_assert_cmpstr (ond_pillar_get_objective (first), ==, "doel 1");
  g_assert_cmpstr (ond_pillar_get_description (first), ==, "beschrijving 1");
  g_assert_cmpstr (ond_pillar_get_title (first), ==, "Pijler 1: Aanpak");
  g_object_get (first, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Pijler 1: Aanpak");
}

static void
test_actions (Fixture       *fixture,
              gconstpointer  user_data)
{
  static const gint64 order[] = { 44, 43, 42, 41, 40 };
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(OndAction) own = NULL;
  g_autoptr(OndAction) theme_action = NULL;
  g_autoptr(OndAction) other_pillar = NULL;
  g_autofree char *owner = NULL;

  actions = check_model (ond_store_list_actions (store, 2, &error), error, OND_TYPE_ACTION, 5);
  /* Pillar 1's own actions, then its themes' in the themes' order, then pillar 2. */
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(OndAction) action = g_list_model_get_item (actions, i);

      g_assert_cmpint (ond_action_get_id (action), ==, order[i]);
    }

  own = g_list_model_get_item (actions, 0);
  g_assert_cmpint (ond_action_get_pillar_id (own), ==, 31);
  g_assert_cmpint (ond_action_get_pillar_number (own), ==, 1);
  g_assert_cmpint (ond_action_get_theme_id (own), ==, 0);
  g_assert_null (ond_action_get_theme_name (own));
  g_assert_cmpstr (ond_action_get_group_heading (own), ==, "Informatie");
  g_assert_cmpint (ond_action_get_position (own), ==, 5);
  g_assert_cmpstr (ond_action_get_text (own), ==, "Eigen actie van pijler 1");
  g_assert_cmpstr (ond_action_get_status (own), ==, "gepland");
  g_assert_cmpstr (ond_action_get_status_label (own), ==, "Gepland");
  g_assert_cmpint (ond_action_get_owner_id (own), ==, 0);
  g_assert_null (ond_action_get_owner (own));

  theme_action = g_list_model_get_item (actions, 3);
  g_assert_cmpint (ond_action_get_theme_id (theme_action), ==, 20);
  g_assert_cmpstr (ond_action_get_theme_name (theme_action), ==, "Mensenhandel");
  g_assert_cmpstr (ond_action_get_status_label (theme_action), ==, "Gereed");
  g_assert_cmpint (ond_action_get_owner_id (theme_action), ==, 10);
  g_assert_cmpstr (ond_action_get_owner (theme_action), ==, "Gemeente Dordrecht");
  g_object_get (theme_action, "owner", &owner, NULL);
  g_assert_cmpstr (owner, ==, "Gemeente Dordrecht");

  other_pillar = g_list_model_get_item (actions, 4);
  g_assert_cmpint (ond_action_get_pillar_number (other_pillar), ==, 2);
  g_assert_cmpstr (ond_action_get_status_label (other_pillar), ==, "Lopend");
}

static void
test_themes (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(OndTheme) drugs = NULL;
  g_autoptr(OndTheme) trafficking = NULL;
  const gint64 *ids;
  guint n_ids = 99;

  themes = check_model (ond_store_list_themes (store, 2, &error), error, OND_TYPE_THEME, 2);
  drugs = g_list_model_get_item (themes, 0);
  trafficking = g_list_model_get_item (themes, 1);

  g_assert_cmpint (ond_theme_get_id (drugs), ==, 21);
  g_assert_cmpint (ond_theme_get_position (drugs), ==, 1);
  g_assert_cmpstr (ond_theme_get_name (drugs), ==, "Drugs");
  g_assert_cmpstr (ond_theme_get_short_name (drugs), ==, "Drugs");
  g_assert_cmpstr (ond_theme_get_description (drugs), ==, "soft en hard");
  /* Owners in theme_owner's order, by short name. */
  g_assert_cmpstr (ond_theme_get_owners (drugs), ==, "Politie, OZHZ");
  ids = ond_theme_get_owner_ids (drugs, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpint (ids[0], ==, 11);
  g_assert_cmpint (ids[1], ==, 12);
  g_assert_true (ond_theme_has_owner (drugs, 12));
  g_assert_false (ond_theme_has_owner (drugs, 10));

  g_assert_cmpstr (ond_theme_get_name (trafficking), ==, "Mensenhandel");
  g_assert_cmpstr (ond_theme_get_owners (trafficking), ==, "");
  g_assert_null (ond_theme_get_owner_ids (trafficking, &n_ids));
  g_assert_cmpuint (n_ids, ==, 0);
}

static void
test_partners (Fixture       *fixture,
               gconstpointer  user_data)
{
  static const gint64 order[] = { 11, 10, 12, 13 };
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(OndPartner) police = NULL;
  g_autoptr(OndPartner) retired = NULL;
  gboolean regiegroep = FALSE;

  partners = check_model (ond_store_list_partners (store, &error), error, OND_TYPE_PARTNER, 4);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);

      g_assert_cmpint (ond_partner_get_id (partner), ==, order[i]);
      g_assert_cmpint (ond_partner_get_position (partner), ==, i + 1);
    }

  police = g_list_model_get_item (partners, 0);
  g_assert_cmpstr (ond_partner_get_name (police), ==, "Basisteam politie");
  g_assert_cmpstr (ond_partner_get_short_name (police), ==, "Politie");
  g_assert_cmpstr (ond_partner_get_kind (police), ==, "extern");
  g_assert_cmpstr (ond_partner_get_kind_label (police), ==, "Extern");
  g_assert_true (ond_partner_get_regiegroep (police));
  g_object_get (police, "regiegroep", &regiegroep, NULL);
  g_assert_true (regiegroep);
  g_assert_cmpstr (ond_partner_get_contact_role (police), ==, "wijkagent");
  g_assert_false (ond_partner_get_retired (police));

  retired = g_list_model_get_item (partners, 3);
  g_assert_cmpstr (ond_partner_get_kind_label (retired), ==, "RIEC-convenantpartner");
  g_assert_false (ond_partner_get_regiegroep (retired));
  g_assert_true (ond_partner_get_retired (retired));
}

static void
test_interventions (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(OndIntervention) bibob = NULL;
  g_autoptr(OndIntervention) brp = NULL;
  g_autoptr(OndIntervention) old = NULL;
  const gint64 *ids;
  guint n_ids;

  interventions = check_model (ond_store_list_interventions (store, &error), error,
                               OND_TYPE_INTERVENTION, 3);
  bibob = g_list_model_get_item (interventions, 0);
  brp = g_list_model_get_item (interventions, 1);
  old = g_list_model_get_item (interventions, 2);

  g_assert_cmpstr (ond_intervention_get_name (bibob), ==, "BIBOB onderzoek");
  g_assert_cmpint (ond_intervention_get_position (bibob), ==, 1);
  /* Short names in the partners' order: Gemeente (position 2) before OZHZ (3). */
  g_assert_cmpstr (ond_intervention_get_partners (bibob), ==, "Gemeente, OZHZ");
  g_assert_true (ond_intervention_has_partner (bibob, 10));
  g_assert_true (ond_intervention_has_partner (bibob, 12));
  g_assert_false (ond_intervention_has_partner (bibob, 11));
  g_assert_false (ond_intervention_has_partner (bibob, 13));
  ids = ond_intervention_get_partner_ids (bibob, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpint (ids[0], ==, 10);
  g_assert_cmpint (ids[1], ==, 12);

  g_assert_cmpstr (ond_intervention_get_name (brp), ==, "BRP controle");
  g_assert_cmpstr (ond_intervention_get_partners (brp), ==, "Gemeente");
  g_assert_true (ond_intervention_has_partner (brp, 10));
  g_assert_false (ond_intervention_has_partner (brp, 12));
  g_assert_false (ond_intervention_get_retired (brp));

  g_assert_true (ond_intervention_get_retired (old));
  g_assert_cmpstr (ond_intervention_get_partners (old), ==, "");
  g_assert_false (ond_intervention_has_partner (old, 10));
}

static void
test_plan_items (Fixture       *fixture,
                 gconstpointer  user_data)
{
  /* By year, then period in the period table's order (Q1, Q3+4, Q4, doorlopend), then
   * position: not by id, nor by the period code's spelling. */
  static const gint64 order[] = { 64, 63, 62, 65, 61, 60 };
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(OndPlanItem) first = NULL;
  g_autoptr(OndPlanItem) half = NULL;
  g_autoptr(OndPlanItem) recurring = NULL;
  g_autoptr(OndPlanItem) later = NULL;

  items = check_model (ond_store_list_plan_items (store, 2, &error), error,
                       OND_TYPE_PLAN_ITEM, 6);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      g_assert_cmpint (ond_plan_item_get_id (item), ==, order[i]);
    }

  first = g_list_model_get_item (items, 0);
  g_assert_cmpint (ond_plan_item_get_year (first), ==, 2023);
  g_assert_cmpstr (ond_plan_item_get_period (first), ==, "Q1");
  g_assert_cmpstr (ond_plan_item_get_period_label (first), ==, "Q1");
  g_assert_cmpint (ond_plan_item_get_position (first), ==, 1);
  g_assert_cmpstr (ond_plan_item_get_what (first), ==, "Eerste in Q1");
  g_assert_cmpstr (ond_plan_item_get_who (first), ==, "Mensenhandel");
  g_assert_cmpint (ond_plan_item_get_theme_id (first), ==, 20);
  g_assert_cmpstr (ond_plan_item_get_theme_name (first), ==, "Mensenhandel");
  g_assert_cmpstr (ond_plan_item_get_status (first), ==, "uitgesteld");
  g_assert_cmpstr (ond_plan_item_get_status_label (first), ==, "Uitgesteld");
  g_assert_cmpstr (ond_plan_item_get_targets (first), ==, "");
  g_assert_false (ond_plan_item_get_recurring (first));

  half = g_list_model_get_item (items, 2);
  g_assert_cmpstr (ond_plan_item_get_period_label (half), ==, "Q3+4 (doorlopend)");
  g_assert_cmpint (ond_plan_item_get_theme_id (half), ==, 0);
  g_assert_null (ond_plan_item_get_theme_name (half));
  /* An abbreviation keeps its capitals. */
  g_assert_cmpstr (ond_plan_item_get_targets (half), ==, "5 MMA-meldingen");

  recurring = g_list_model_get_item (items, 4);
  g_assert_cmpstr (ond_plan_item_get_period_label (recurring), ==, "Doorlopend");
  g_assert_true (ond_plan_item_get_recurring (recurring));
  g_assert_cmpstr (ond_plan_item_get_status_label (recurring), ==, "Lopend");
  /* Targets in the order they were stated (target id), not as inserted. */
  g_assert_cmpstr (ond_plan_item_get_targets (recurring), ==,
                   "10 integrale controles; 80 bezochte bedrijven");

  later = g_list_model_get_item (items, 5);
  g_assert_cmpint (ond_plan_item_get_year (later), ==, 2024);
}

static void
test_budget_lines (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(OndBudgetLine) mma = NULL;
  g_autoptr(OndBudgetLine) vik = NULL;
  g_autoptr(OndBudgetLine) empty = NULL;
  g_autofree char *ledger_code = NULL;
  const int *years;
  guint n_years;

  lines = check_model (ond_store_list_budget_lines (store, 2, &error), error,
                       OND_TYPE_BUDGET_LINE, 3);
  mma = g_list_model_get_item (lines, 0);
  vik = g_list_model_get_item (lines, 1);
  empty = g_list_model_get_item (lines, 2);

  g_assert_cmpint (ond_budget_line_get_id (mma), ==, 71);
  g_assert_cmpint (ond_budget_line_get_position (mma), ==, 1);
  g_assert_null (ond_budget_line_get_ledger_code (mma));
  g_assert_cmpint (ond_budget_line_get_amount (mma, 2023), ==, 150000);
  /* Budgeted at € 0 is not the same as no amount. */
  g_assert_true (ond_budget_line_has_amount (mma, 2024));
  g_assert_cmpint (ond_budget_line_get_amount (mma, 2024), ==, 0);
  g_assert_false (ond_budget_line_has_amount (mma, 2025));
  g_assert_cmpint (ond_budget_line_get_amount (mma, 2025), ==, 0);

  g_assert_cmpstr (ond_budget_line_get_name (vik), ==, "Veiligheidsinformatieknooppunt (VIK)");
  g_assert_cmpstr (ond_budget_line_get_ledger_code (vik), ==, "6.1.2");
  g_object_get (vik, "ledger-code", &ledger_code, NULL);
  g_assert_cmpstr (ledger_code, ==, "6.1.2");
  g_assert_cmpint (ond_budget_line_get_amount (vik, 2023), ==, 1700000);
  g_assert_cmpint (ond_budget_line_get_amount (vik, 2024), ==, 1700000);
  years = ond_budget_line_get_years (vik, &n_years);
  g_assert_cmpuint (n_years, ==, 2);
  g_assert_cmpint (years[0], ==, 2023);
  g_assert_cmpint (years[1], ==, 2024);

  g_assert_cmpstr (ond_budget_line_get_name (empty), ==, "Zonder bedragen");
  g_assert_false (ond_budget_line_has_amount (empty, 2023));
  ond_budget_line_get_years (empty, &n_years);
  g_assert_cmpuint (n_years, ==, 0);
}

static void
test_funding (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) funding = NULL;
  g_autoptr(OndFunding) base = NULL;
  g_autoptr(OndFunding) riec = NULL;
  g_autoptr(OndFunding) later = NULL;
  const gint64 *line_ids;
  guint n = 99;

  funding = check_model (ond_store_list_funding (store, 2, &error), error, OND_TYPE_FUNDING, 3);
  /* By year, then source in the vocabulary's order. */
  base = g_list_model_get_item (funding, 0);
  riec = g_list_model_get_item (funding, 1);
  later = g_list_model_get_item (funding, 2);

  g_assert_cmpint (ond_funding_get_id (base), ==, 82);
  g_assert_cmpint (ond_funding_get_year (base), ==, 2023);
  g_assert_cmpstr (ond_funding_get_source (base), ==, "taakveld_1_2");
  g_assert_cmpstr (ond_funding_get_source_label (base), ==, "Taakveld 1.2");
  g_assert_cmpint (ond_funding_get_amount (base), ==, 18500000);
  g_assert_null (ond_funding_get_line_ids (base, &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (ond_funding_may_pay_for (base, 72));

  g_assert_cmpint (ond_funding_get_id (riec), ==, 81);
  g_assert_cmpstr (ond_funding_get_source_label (riec), ==, "RIEC-bijdrage");
  g_assert_cmpint (ond_funding_get_amount (riec), ==, 6500000);
  g_assert_cmpstr (ond_funding_get_earmark (riec), ==, "communicatie");
  line_ids = ond_funding_get_line_ids (riec, &n);
  g_assert_cmpuint (n, ==, 2);
  /* In the budget's order: MMA (position 1) before VIK (2). */
  g_assert_cmpint (line_ids[0], ==, 71);
  g_assert_cmpint (line_ids[1], ==, 70);
  g_assert_true (ond_funding_may_pay_for (riec, 70));
  g_assert_false (ond_funding_may_pay_for (riec, 72));

  g_assert_cmpint (ond_funding_get_year (later), ==, 2024);
}

static void
test_indicators_and_areas (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) indicators = NULL;
  g_autoptr(GListModel) areas = NULL;
  g_autoptr(OndIndicator) mma = NULL;
  g_autoptr(OndIndicator) c3 = NULL;
  g_autoptr(OndIndicator) part = NULL;
  g_autoptr(OndArea) centre = NULL;
  g_autoptr(OndArea) crabbehof = NULL;
  g_autoptr(OndArea) old = NULL;

  indicators = check_model (ond_store_list_indicators (store, &error), error,
                            OND_TYPE_INDICATOR, 3);
  mma = g_list_model_get_item (indicators, 0);
  c3 = g_list_model_get_item (indicators, 1);
  part = g_list_model_get_item (indicators, 2);
  g_assert_cmpstr (ond_indicator_get_code (mma), ==, "mma");
  g_assert_cmpstr (ond_indicator_get_name (mma), ==, "Meldingen MMA");
  g_assert_cmpstr (ond_indicator_get_unit (mma), ==, "meldingen");
  g_assert_cmpstr (ond_indicator_get_method (mma), ==, "counted");
  g_assert_null (ond_indicator_get_parent_code (mma));
  g_assert_cmpstr (ond_indicator_get_code (c3), ==, "c3");
  g_assert_cmpstr (ond_indicator_get_code (part), ==, "mma_deel");
  g_assert_cmpstr (ond_indicator_get_method (part), ==, "manual");
  g_assert_cmpstr (ond_indicator_get_parent_code (part), ==, "mma");
  g_assert_cmpint (ond_indicator_get_position (part), ==, 3);

  areas = check_model (ond_store_list_areas (store, &error), error, OND_TYPE_AREA, 3);
  centre = g_list_model_get_item (areas, 0);
  crabbehof = g_list_model_get_item (areas, 1);
  old = g_list_model_get_item (areas, 2);
  g_assert_cmpstr (ond_area_get_name (centre), ==, "Binnenstad");
  g_assert_false (ond_area_get_aandachtsgebied (centre));
  g_assert_cmpstr (ond_area_get_district (centre), ==, "");
  g_assert_cmpstr (ond_area_get_name (crabbehof), ==, "Crabbehof");
  g_assert_cmpstr (ond_area_get_district (crabbehof), ==, "Dordt-West");
  g_assert_true (ond_area_get_aandachtsgebied (crabbehof));
  g_assert_false (ond_area_get_retired (crabbehof));
  g_assert_true (ond_area_get_retired (old));
}

static void
test_totals_and_values (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  gint64 cents = 42;
  gint64 value = 42;
  gboolean found = FALSE;

  g_assert_true (ond_store_get_stated_total (store, 2, 2023, &cents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cents, ==, 25000000);
  g_assert_true (ond_store_get_stated_total (store, 2, 2024, &cents, &error));
  g_assert_cmpint (cents, ==, 18500000);

  cents = 42;
  g_assert_false (ond_store_get_stated_total (store, 2, 2025, &cents, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (cents, ==, 42);
  g_clear_error (&error);
  g_assert_false (ond_store_get_stated_total (store, 1, 2023, &cents, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (ond_store_get_manual_value (store, "mma", 2022, &value, &found, &error));
  g_assert_no_error (error);
  g_assert_true (found);
  g_assert_cmpint (value, ==, 84);

  g_assert_true (ond_store_get_manual_value (store, "mma", 2023, &value, &found, &error));
  g_assert_no_error (error);
  g_assert_false (found);
  g_assert_cmpint (value, ==, 0);

  g_assert_false (ond_store_get_manual_value (store, "geen", 2022, &value, &found, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

static void
test_other_plan (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pillars = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) funding = NULL;
  g_autoptr(OndBudgetLine) line = NULL;

  /* Each plan sees its own content only. */
  pillars = check_model (ond_store_list_pillars (store, 1, &error), error, OND_TYPE_PILLAR, 1);
  actions = check_model (ond_store_list_actions (store, 1, &error), error, OND_TYPE_ACTION, 1);
  themes = check_model (ond_store_list_themes (store, 1, &error), error, OND_TYPE_THEME, 1);
  lines = check_model (ond_store_list_budget_lines (store, 1, &error), error,
                       OND_TYPE_BUDGET_LINE, 1);
  items = check_model (ond_store_list_plan_items (store, 3, &error), error,
                       OND_TYPE_PLAN_ITEM, 0);
  funding = check_model (ond_store_list_funding (store, 3, &error), error, OND_TYPE_FUNDING, 0);
  line = g_list_model_get_item (lines, 0);
  g_assert_cmpint (ond_budget_line_get_amount (line, 2019), ==, 100);
  g_assert_false (ond_budget_line_has_amount (line, 2023));
}

static void
test_closed_store (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(OndStore) store = open_fixture (fixture, fixture_sql);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = NULL;
  gint64 cents = 42;

  ond_store_close (store);
  partners = ond_store_list_partners (store, &error);
  g_assert_null (partners);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (ond_store_get_stated_total (store, 2, 2023, &cents, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED);
}

/* The seeded plan, read through this API. */

static OndPartner *
find_partner (GListModel *partners,
              const char *short_name)
{
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);

      if (g_strcmp0 (ond_partner_get_short_name (partner), short_name) == 0)
        return g_steal_pointer (&partner);
    }
  g_error ("No partner “%s”", short_name);
}

static gpointer
find_named (GListModel *model,
            const char *property,
            const char *value)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *text = NULL;

      g_object_get (item, property, &text, NULL);
      if (g_strcmp0 (text, value) == 0)
        return g_steal_pointer (&item);
    }
  g_error ("No item with %s “%s”", property, value);
}

static void
test_seeded (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(GListModel) pillars = NULL;
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GListModel) funding = NULL;
  g_autoptr(OndPartner) gemeente = NULL;
  g_autoptr(OndPartner) politie = NULL;
  g_autoptr(OndPartner) ozhz = NULL;
  g_autoptr(OndPartner) sdd = NULL;
  g_autoptr(OndIntervention) bibob = NULL;
  g_autoptr(OndIntervention) controleren = NULL;
  g_autoptr(OndTheme) drugs = NULL;
  g_autoptr(OndBudgetLine) vik = NULL;
  g_autoptr(OndFunding) riec = NULL;
  g_autoptr(OndPlanItem) first_item = NULL;
  g_autoptr(OndBudgetLine) medewerker = NULL;
  guint n_regiegroep = 0;
  guint n_2023 = 0;
  guint n_lines = 0;
  gint64 total;
  gint64 value = 0;
  gboolean found = FALSE;
  gint64 id;

  /* A new file is created and seeded by the store; a server database is set up and seeded
   * before (--init-server, ond_store_seed_plan), so the store created nothing. */
  if (ond_test_pg_wanted ())
    {
      g_free (fixture->path);
      fixture->path = ond_test_pg_new_database ();
    }
  store = ond_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_was_created (store) == !ond_test_pg_wanted ());

  plan = ond_store_dup_current_plan (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ond_plan_get_state (plan), ==, "current");
  g_assert_cmpstr (ond_plan_get_period_label (plan), ==, "2023-2024");
  id = ond_plan_get_id (plan);

  partners = ond_store_list_partners (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);

      n_regiegroep += ond_partner_get_regiegroep (partner);
    }
  g_assert_cmpuint (n_regiegroep, ==, 8);
  gemeente = find_partner (partners, "Gemeente");
  politie = find_partner (partners, "Politie");
  ozhz = find_partner (partners, "OZHZ");
  sdd = find_partner (partners, "SDD");

  /* The menukaart: 47 interventions; BIBOB onderzoek by Gemeente and OZHZ. */
  interventions = check_model (ond_store_list_interventions (store, &error), error,
                               OND_TYPE_INTERVENTION, 47);
  bibob = find_named (interventions, "name", "BIBOB onderzoek");
  g_assert_true (ond_intervention_has_partner (bibob, ond_partner_get_id (gemeente)));
  g_assert_true (ond_intervention_has_partner (bibob, ond_partner_get_id (ozhz)));
  g_assert_false (ond_intervention_has_partner (bibob, ond_partner_get_id (politie)));
  g_assert_false (ond_intervention_has_partner (bibob, ond_partner_get_id (sdd)));
  g_assert_cmpstr (ond_intervention_get_partners (bibob), ==, "Gemeente, OZHZ");
  controleren = find_named (interventions, "name", "Controleren (o.b.v. bevoegdheden)");
  g_assert_true (ond_intervention_has_partner (controleren, ond_partner_get_id (sdd)));
  g_assert_true (ond_intervention_has_partner (controleren, ond_partner_get_id (politie)));

  pillars = check_model (ond_store_list_pillars (store, id, &error), error, OND_TYPE_PILLAR, 3);
  themes = check_model (ond_store_list_themes (store, id, &error), error, OND_TYPE_THEME, 6);
  drugs = find_named (themes, "name", "Drugs");
  g_assert_cmpstr (ond_theme_get_owners (drugs), ==, "Politie, OZHZ");

  /* Planning: 34 rows, 26 in 2023, starting with the plan itself. */
  items = check_model (ond_store_list_plan_items (store, id, &error), error,
                       OND_TYPE_PLAN_ITEM, 34);
  for (guint i = 0; i < 34; i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      n_2023 += ond_plan_item_get_year (item) == 2023;
    }
  g_assert_cmpuint (n_2023, ==, 26);
  first_item = g_list_model_get_item (items, 0);
  g_assert_cmpint (ond_plan_item_get_year (first_item), ==, 2023);
  g_assert_cmpstr (ond_plan_item_get_period (first_item), ==, "Q1");
  g_assert_cmpstr (ond_plan_item_get_what (first_item), ==,
                   "Opstellen uitvoeringsplan ondermijning");

  /* Budget: VIK € 17.000 a year. The plan's lines add up to € 245.000 in 2023 against a
   * stated total of € 250.000 (hence the total is kept as data); in 2024 both are € 185.000. */
  lines = ond_store_list_budget_lines (store, id, &error);
  g_assert_no_error (error);
  vik = find_named (lines, "name", "Veiligheidsinformatieknooppunt (VIK)");
  g_assert_cmpint (ond_budget_line_get_amount (vik, 2023), ==, 1700000);
  g_assert_cmpint (ond_budget_line_get_amount (vik, 2024), ==, 1700000);
  medewerker = find_named (lines, "name", "Inzet communicatiemedewerker");
  g_assert_cmpint (ond_budget_line_get_amount (medewerker, 2023), ==, 4000000);
  g_assert_cmpint (ond_budget_line_get_amount (medewerker, 2024), ==, 0);
  for (int year = 2023; year <= 2024; year++)
    {
      gint64 sum = 0;

      for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
        {
          g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);

          sum += ond_budget_line_get_amount (line, year);
        }
      g_assert_cmpint (sum, ==, year == 2023 ? 24500000 : 18500000);
      g_assert_true (ond_store_get_stated_total (store, id, year, &total, &error));
      g_assert_no_error (error);
      g_assert_cmpint (total, ==, year == 2023 ? 25000000 : 18500000);
    }

  /* The RIEC's € 65.000 in 2023 may pay for three communication lines. */
  funding = ond_store_list_funding (store, id, &error);
  g_assert_no_error (error);
  riec = find_named (funding, "source", "riec");
  g_assert_cmpint (ond_funding_get_year (riec), ==, 2023);
  g_assert_cmpint (ond_funding_get_amount (riec), ==, 6500000);
  g_assert_nonnull (ond_funding_get_line_ids (riec, &n_lines));
  g_assert_cmpuint (n_lines, ==, 3);
  g_assert_true (ond_funding_may_pay_for (riec, ond_budget_line_get_id (medewerker)));
  g_assert_false (ond_funding_may_pay_for (riec, ond_budget_line_get_id (vik)));

  /* The 2022 baseline: 84 MMA reports; 4 stopgesprekken led to a maatwerkoplossing. */
  g_assert_true (ond_store_get_manual_value (store, "mma_reports", 2022, &value, &found,
                                             &error));
  g_assert_no_error (error);
  g_assert_true (found);
  g_assert_cmpint (value, ==, 84);
  g_assert_true (ond_store_get_manual_value (store, "stop_talks_maatwerk", 2022, &value,
                                             &found, &error));
  g_assert_true (found);
  g_assert_cmpint (value, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ond/store-read/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("current-plan", test_current_plan);
  ADD ("current-plan-fallback", test_current_plan_fallback);
  ADD ("no-plan", test_no_plan);
  ADD ("pillars", test_pillars);
  ADD ("actions", test_actions);
  ADD ("themes", test_themes);
  ADD ("partners", test_partners);
  ADD ("interventions", test_interventions);
  ADD ("plan-items", test_plan_items);
  ADD ("budget-lines", test_budget_lines);
  ADD ("funding", test_funding);
  ADD ("indicators-and-areas", test_indicators_and_areas);
  ADD ("totals-and-values", test_totals_and_values);
  ADD ("other-plan", test_other_plan);
  ADD ("closed-store", test_closed_store);
  ADD ("seeded", test_seeded);

#undef ADD

  return g_test_run ();
}
