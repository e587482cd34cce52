/* test-plan-copy.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A new plan period (ond-store-plan-copy.h): 2025-2026 started from the seeded 2023-2024
 * plan has its pillars, themes with their owners, actions (status back to gepland, no
 * progress notes) and the recurring planning rows once a year with their targets, the
 * expected numbers counted here from the seed data; no budget. An action's links to recurring
 * rows follow it to their copies. The 2023-2024 plan and the
 * shared tables stay row for row the same (read with plain SQLite, outside the store).
 * Every refusal has its OND_PLAN_ERROR code and leaves the whole file as it was. Switching
 * the current plan follows the rule of ond-store-plan-copy.h on fixed dates.
 */

#define G_LOG_DOMAIN "test-plan-copy"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-pg.h"
#include "ond-plan.h"
#include "ond-seed-data.h"
#include "ond-store-plan-copy.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define NEW_TITLE "Uitvoeringsplan ondermijning 2025-2026"

/* Every row a plan owns, and the shared tables a copy could touch: "?" is the plan's id. */
static const char * const plan_rows[] = {
  "SELECT * FROM plan WHERE id = ?",
  "SELECT * FROM pillar WHERE plan_id = ? ORDER BY id",
  "SELECT * FROM theme WHERE plan_id = ? ORDER BY id",
  "SELECT o.* FROM theme_owner o JOIN theme t ON t.id = o.theme_id WHERE t.plan_id = ?"
  " ORDER BY o.theme_id, o.partner_id",
  "SELECT * FROM action WHERE plan_id = ? ORDER BY id",
  "SELECT g.* FROM action_progress g JOIN action a ON a.id = g.action_id WHERE a.plan_id = ?"
  " ORDER BY g.id",
  "SELECT * FROM plan_item WHERE plan_id = ? ORDER BY id",
  "SELECT r.* FROM target r JOIN plan_item i ON i.id = r.plan_item_id WHERE i.plan_id = ?"
  " ORDER BY r.id",
  "SELECT * FROM budget_line WHERE plan_id = ? ORDER BY id",
  "SELECT m.* FROM budget_amount m JOIN budget_line l ON l.id = m.line_id WHERE l.plan_id = ?"
  " ORDER BY m.line_id, m.year",
  "SELECT c.* FROM budget_change c JOIN budget_line l ON l.id = c.line_id WHERE l.plan_id = ?"
  " ORDER BY c.id",
  "SELECT * FROM plan_total WHERE plan_id = ? ORDER BY year",
  "SELECT * FROM funding WHERE plan_id = ? ORDER BY id",
  "SELECT x.* FROM funding_line x JOIN funding u ON u.id = x.funding_id WHERE u.plan_id = ?"
  " ORDER BY x.funding_id, x.line_id",
  "SELECT * FROM explanation WHERE plan_id = ? ORDER BY id",
  "SELECT l.* FROM action_plan_item l JOIN action a ON a.id = l.action_id WHERE a.plan_id = ?"
  " ORDER BY l.action_id, l.plan_item_id",
  "SELECT * FROM partner WHERE ? > 0 ORDER BY id",
  "SELECT * FROM intervention WHERE ? > 0 ORDER BY id",
  "SELECT * FROM intervention_partner WHERE ? > 0 ORDER BY intervention_id, partner_id",
  "SELECT * FROM area WHERE ? > 0 ORDER BY id",
  "SELECT * FROM indicator WHERE ? > 0 ORDER BY id",
  "SELECT * FROM indicator_value WHERE ? > 0 ORDER BY id",
};

/* Every row of the plan @plan_id and of the shared tables, as text. */
static char *
plan_snapshot (Fixture *f,
               gint64   plan_id)
{
  GString *all = g_string_new (NULL);
  guint n = 0;

  for (guint q = 0; q < G_N_ELEMENTS (plan_rows); q++)
    {
      g_autofree char *rows = sql_rows_for (f->path, plan_rows[q], plan_id);

      g_string_append_printf (all, "[%s]\n%s", plan_rows[q], rows);
      for (const char *c = rows; *c != '\0'; c++)
        n += *c == '\n';
    }
  /* The seeded plan has hundreds of rows: an empty snapshot would prove nothing. */
  g_assert_cmpuint (n, >, 200);
  return g_string_free (all, FALSE);
}

/* Every row of every table of the database. */
static char *
file_snapshot (Fixture *f)
{
  g_autofree char *all = dump_all_tables (f->path);
  g_auto(GStrv) lines = g_strsplit (all, "\n", -1);
  guint n_tables = 0;

  /* Each table starts with its name in brackets. */
  for (guint i = 0; lines[i] != NULL; i++)
    n_tables += lines[i][0] == '[';
  g_assert_cmpuint (n_tables, >, 30);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, all, -1);
}

static gint64
current_plan_id (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (f->store, &error);

  g_assert_no_error (error);
  return ond_plan_get_id (plan);
}

static gint64
copy_2025 (Fixture *f,
           gint64   source)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ond_store_copy_plan (f->store, source, 2025, 2026, NEW_TITLE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, source);
  return id;
}

/* The distinct recurring rows of the seed (the same period, what, who and theme count
 * once, whatever the year), and how many targets they carry between them. */
static guint
seed_recurring (guint *n_targets)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  *n_targets = 0;
  for (guint i = 0; i < ond_seed_n_plan_items; i++)
    {
      const OndSeedPlanItem *item = &ond_seed_plan_items[i];
      char *key;

      if (!item->recurring)
        continue;
      key = g_strjoin ("|", item->period, item->what, item->who,
                       item->theme != NULL ? item->theme : "-", NULL);
      if (!g_hash_table_add (seen, key))
        continue;
      for (guint t = 0; t < G_N_ELEMENTS (item->targets); t++)
        if (item->targets[t].indicator != NULL)
          (*n_targets)++;
    }
  return g_hash_table_size (seen);
}

static guint
seed_theme_owners (void)
{
  guint n = 0;

  for (guint i = 0; i < ond_seed_n_themes; i++)
    for (guint j = 0; j < G_N_ELEMENTS (ond_seed_themes[i].owners); j++)
      if (ond_seed_themes[i].owners[j] != NULL)
        n++;
  return n;
}

/* One text of a plan's content, with names instead of ids, to compare two plans: the rows
 * of @sql joined by "#". */
static char *
content (Fixture    *f,
         const char *sql,
         gint64      plan_id)
{
  char *text = sql_list (f->path, sql, plan_id, "#");

  return text != NULL ? text : g_strdup ("");
}

/* The same for rows with parts of their own: for each id @ids_sql selects, the text of
 * @row_sql, "/" and the texts of @parts_sql joined by "+" ("?" is that id). */
static char *
content_with_parts (Fixture    *f,
                    const char *ids_sql,
                    const char *row_sql,
                    const char *parts_sql,
                    gint64      plan_id)
{
  g_autofree char *ids = sql_list (f->path, ids_sql, plan_id, ",");
  g_auto(GStrv) each = g_strsplit (ids != NULL ? ids : "", ",", -1);
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; each[i] != NULL && *each[i] != '\0'; i++)
    {
      gint64 id = g_ascii_strtoll (each[i], NULL, 10);
      g_autofree char *row = sql_text (f->path, row_sql, id);
      g_autofree char *parts = sql_list (f->path, parts_sql, id, "+");

      g_string_append_printf (all, "%s%s/%s", i > 0 ? "#" : "", row,
                              parts != NULL ? parts : "");
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

#define PILLARS \
  "SELECT number || '/' || name || '/' || objective || '/' || description" \
  " FROM pillar WHERE plan_id = ? ORDER BY number"
#define THEMES(f, plan) \
  content_with_parts ((f), "SELECT id FROM theme WHERE plan_id = ? ORDER BY position, id", \
                      "SELECT position || '/' || name || '/' || short_name || '/' || description" \
                      " FROM theme WHERE id = ?", \
                      "SELECT p.short_name FROM theme_owner o JOIN partner p" \
                      " ON p.id = o.partner_id WHERE o.theme_id = ? ORDER BY o.position", (plan))
#define ACTIONS \
  "SELECT a.position || '/' || p.number || '/' || coalesce(t.name, '-') || '/'" \
  "  || a.group_heading || '/' || a.text || '/' || coalesce(CAST(a.owner_id AS TEXT), '-')" \
  " FROM action a JOIN pillar p ON p.id = a.pillar_id LEFT JOIN theme t ON t.id = a.theme_id" \
  " WHERE a.plan_id = ? ORDER BY a.position, a.id"
#define ITEMS_OF_YEAR(f, year, plan) \
  content_with_parts ((f), "SELECT id FROM plan_item WHERE plan_id = ? AND year = " year \
                      " AND recurring = 1 ORDER BY position, id", \
                      "SELECT i.period || '/' || i.what || '/' || i.who || '/'" \
                      "  || coalesce(t.name, '-') FROM plan_item i" \
                      " LEFT JOIN theme t ON t.id = i.theme_id WHERE i.id = ?", \
                      "SELECT r.indicator_id || '=' || r.value || ':' || r.description" \
                      " FROM target r WHERE r.plan_item_id = ? ORDER BY r.id", (plan))

static void
test_copy_structure (Fixture       *f,
                     gconstpointer  data)
{
  gint64 source = current_plan_id (f);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_targets;
  guint n_recurring = seed_recurring (&n_targets);
  gint64 lopend_action;
  gint64 plan;

  /* The source has work in progress: a copy starts its actions afresh. */
  lopend_action = sql_int (f->path, "SELECT min(id) FROM action WHERE plan_id = ?", source);
  sql_exec (f->path, "UPDATE action SET status = 'lopend' WHERE id = (SELECT min(id) FROM action)");
  sql_exec (f->path, "INSERT INTO action_progress (action_id, date, note, who)"
                     " SELECT min(id), '2024-03-01', 'Eerste overleg gevoerd', 'test'"
                     " FROM action");
  sql_exec (f->path, "UPDATE plan_item SET status = 'gereed' WHERE recurring = 1");
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM action_progress WHERE action_id = ?",
                            lopend_action), ==, 1);

  before = plan_snapshot (f, source);
  plan = copy_2025 (f, source);
  after = plan_snapshot (f, source);
  g_assert_cmpstr (after, ==, before);

  /* The plan row. */
  g_assert_cmpint (sql_int (f->path, "SELECT first_year FROM plan WHERE id = ?", plan), ==, 2025);
  g_assert_cmpint (sql_int (f->path, "SELECT last_year FROM plan WHERE id = ?", plan), ==, 2026);
  g_assert_cmpint (sql_int (f->path, "SELECT created_from FROM plan WHERE id = ?", plan), ==,
                   source);
  {
    g_autofree char *state = sql_text (f->path, "SELECT state FROM plan WHERE id = ?", plan);
    g_autofree char *title = sql_text (f->path, "SELECT title FROM plan WHERE id = ?", plan);
    g_autofree char *objective = sql_text (f->path, "SELECT objective FROM plan WHERE id = ?",
                                           plan);

    g_assert_cmpstr (state, ==, "draft");
    g_assert_cmpstr (title, ==, NEW_TITLE);
    g_assert_cmpstr (objective, ==, ond_seed_plan.objective);
  }

  /* Pillars and themes with their owners, as the seed has them. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM pillar WHERE plan_id = ?", plan), ==,
                   ond_seed_n_pillars);
  g_assert_cmpint (ond_seed_n_pillars, ==, 3);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM theme WHERE plan_id = ?", plan), ==,
                   ond_seed_n_themes);
  g_assert_cmpint (ond_seed_n_themes, ==, 6);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM theme_owner o JOIN theme t"
                                     " ON t.id = o.theme_id WHERE t.plan_id = ?", plan), ==,
                   seed_theme_owners ());
  {
    g_autofree char *old_pillars = content (f, PILLARS, source);
    g_autofree char *new_pillars = content (f, PILLARS, plan);
    g_autofree char *old_themes = THEMES (f, source);
    g_autofree char *new_themes = THEMES (f, plan);

    g_assert_cmpstr (new_pillars, ==, old_pillars);
    g_assert_cmpstr (new_themes, ==, old_themes);
    g_assert_nonnull (strstr (new_themes, "1/Drugs/Drugs/softdrugs en harddrugs/Politie+OZHZ#"));
  }

  /* Actions: the same texts in the same places, all gepland, no notes. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM action WHERE plan_id = ?", plan), ==,
                   ond_seed_n_actions);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM action WHERE plan_id = ?"
                                     " AND status = 'gepland'", plan), ==, ond_seed_n_actions);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM action_progress g JOIN action a"
                                     " ON a.id = g.action_id WHERE a.plan_id = ?", plan), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM action a JOIN pillar p"
                                     " ON p.id = a.pillar_id WHERE a.plan_id = ?"
                                     " AND p.plan_id <> a.plan_id", plan), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM action a JOIN theme t"
                                     " ON t.id = a.theme_id WHERE a.plan_id = ?"
                                     " AND t.plan_id <> a.plan_id", plan), ==, 0);
  {
    g_autofree char *old_actions = content (f, ACTIONS, source);
    g_autofree char *new_actions = content (f, ACTIONS, plan);

    g_assert_cmpstr (new_actions, ==, old_actions);
  }

  /* The recurring rows, once in 2025 and once in 2026, with their targets; nothing else. */
  g_assert_cmpuint (n_recurring, ==, 4);
  g_assert_cmpuint (n_targets, ==, 4);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE plan_id = ?", plan),
                   ==, 2 * n_recurring);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE plan_id = ?"
                                     " AND year = 2025 AND recurring = 1", plan), ==, n_recurring);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE plan_id = ?"
                                     " AND year = 2026 AND recurring = 1", plan), ==, n_recurring);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE plan_id = ?"
                                     " AND status = 'gepland'", plan), ==, 2 * n_recurring);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM target r JOIN plan_item i"
                                     " ON i.id = r.plan_item_id WHERE i.plan_id = ?", plan), ==,
                   2 * n_targets);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item i JOIN theme t"
                                     " ON t.id = i.theme_id WHERE i.plan_id = ?"
                                     " AND t.plan_id <> i.plan_id", plan), ==, 0);
  {
    g_autofree char *old_2024 = ITEMS_OF_YEAR (f, "2024", source);
    g_autofree char *new_2025 = ITEMS_OF_YEAR (f, "2025", plan);
    g_autofree char *new_2026 = ITEMS_OF_YEAR (f, "2026", plan);

    g_assert_cmpstr (new_2025, ==, old_2024);
    g_assert_cmpstr (new_2026, ==, old_2024);
    g_assert_nonnull (strstr (new_2025, "=80:Bezochte bedrijven"));
  }

  /* No budget: a new period gets its own. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM budget_line WHERE plan_id = ?", plan),
                   ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM funding WHERE plan_id = ?", plan),
                   ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_total WHERE plan_id = ?", plan),
                   ==, 0);

  /* Through the store's own reading, as the window shows it. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) plans = ond_store_list_plans (f->store, &error);
    g_autoptr(GListModel) items = ond_store_list_plan_items (f->store, plan, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
    g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2 * n_recurring);
  }
}

/* A retired partner stays an owner of the old plan's theme only. */
static void
test_copy_retired_owner (Fixture       *f,
                         gconstpointer  data)
{
  gint64 source = current_plan_id (f);
  const char *drugs_owners =
    "SELECT p.short_name FROM theme_owner o JOIN theme t ON t.id = o.theme_id"
    " JOIN partner p ON p.id = o.partner_id"
    " WHERE t.plan_id = ? AND t.short_name = 'Drugs' ORDER BY o.position";
  g_autofree char *old_owners = NULL;
  g_autofree char *new_owners = NULL;
  gint64 plan;

  sql_exec (f->path, "UPDATE partner SET retired = 1 WHERE short_name = 'OZHZ'");
  plan = copy_2025 (f, source);

  old_owners = sql_list (f->path, drugs_owners, source, "+");
  new_owners = sql_list (f->path, drugs_owners, plan, "+");
  g_assert_cmpstr (old_owners, ==, "Politie+OZHZ");
  g_assert_cmpstr (new_owners, ==, "Politie");
}

/* An action linked to the Drugs row of 2023 and 2024 and to a row that does not recur is
 * linked to the two copies of the Drugs row only. */
static void
test_copy_links (Fixture       *f,
                 gconstpointer  data)
{
  gint64 source = current_plan_id (f);
  const char *first_action = "SELECT min(id) FROM action WHERE plan_id = ?";
  const char *links =
    "SELECT i.year || ' ' || i.period || ' ' || i.who"
    " FROM action_plan_item l JOIN plan_item i ON i.id = l.plan_item_id"
    " WHERE l.action_id = ? ORDER BY i.year, i.position";
  g_autofree char *old_links = NULL;
  g_autofree char *new_links = NULL;
  gint64 action;
  gint64 plan;

  action = sql_int (f->path, first_action, source);
  sql_exec (f->path, "INSERT INTO action_plan_item (action_id, plan_item_id)"
                     " SELECT (SELECT min(id) FROM action), id FROM plan_item"
                     " WHERE recurring = 1 AND who = 'Drugs'"
                     "    OR what = 'Onderzoek stagiair RIEC bespreken'");
  old_links = sql_list (f->path, links, action, ", ");
  g_assert_cmpstr (old_links, ==, "2023 doorlopend Drugs, 2024 Q1 OMG, 2024 doorlopend Drugs");

  plan = copy_2025 (f, source);
  new_links = sql_list (f->path, links, sql_int (f->path, first_action, plan), ", ");
  g_assert_cmpstr (new_links, ==, "2025 doorlopend Drugs, 2026 doorlopend Drugs");
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM action_plan_item l JOIN action a"
                                     " ON a.id = l.action_id WHERE a.plan_id = ?", plan), ==, 2);
}

typedef struct
{
  gint64      source;      /* 0: the current plan */
  int         first_year;
  int         last_year;
  const char *title;
  GQuark      domain;
  int         code;
} Refusal;

static void
assert_refused (Fixture       *f,
                const Refusal *r)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_snapshot (f);
  g_autofree char *after = NULL;
  gint64 source = r->source != 0 ? r->source : current_plan_id (f);
  gint64 id;

  id = ond_store_copy_plan (f->store, source, r->first_year, r->last_year, r->title, &error);
  g_test_message ("%d-%d “%s”: %s", r->first_year, r->last_year, r->title,
                  error != NULL ? error->message : "(accepted)");
  g_assert_error (error, r->domain, r->code);
  g_assert_cmpint (id, ==, 0);
  g_assert_cmpuint (strlen (error->message), >, 10);

  after = file_snapshot (f);
  g_assert_cmpstr (after, ==, before);
}

static void
test_copy_refusals (Fixture       *f,
                    gconstpointer  data)
{
  const Refusal refusals[] = {
    { 0, 2025, 2026, "", OND_PLAN_ERROR, OND_PLAN_ERROR_NAME },
    { 0, 2025, 2026, " \t ", OND_PLAN_ERROR, OND_PLAN_ERROR_NAME },
    { 0, 2025, 2026, NULL, OND_PLAN_ERROR, OND_PLAN_ERROR_NAME },
    /* The seeded plan's title, apart from case. */
    { 0, 2025, 2026, "UITVOERINGSPLAN ONDERMIJNING 2023-2024", OND_PLAN_ERROR,
      OND_PLAN_ERROR_NAME },
    { 0, 2026, 2025, NEW_TITLE, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD },
    { 0, 2025, 2035, NEW_TITLE, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD },
    { 0, 1999, 2000, NEW_TITLE, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD },
    { 0, 2100, 2101, NEW_TITLE, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD },
    { 0, 2024, 2025, NEW_TITLE, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD },
    { 0, 2020, 2023, NEW_TITLE, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD },
    { 0, 2023, 2024, NEW_TITLE, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD },
    { 999, 2025, 2026, NEW_TITLE, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND },
  };
  gint64 source = current_plan_id (f);
  gint64 plan;

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    assert_refused (f, &refusals[i]);

  /* Ten years is the most; the new period may start right after another one. */
  plan = copy_2025 (f, source);
  {
    g_autoptr(GError) error = NULL;
    gint64 id = ond_store_copy_plan (f->store, plan, 2027, 2036, "Tien jaar", &error);

    g_assert_no_error (error);
    g_assert_cmpint (id, >, plan);
    g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE plan_id = ?", id),
                     ==, 10 * 4);
  }

  /* A plan copied from itself, and a chain that loops back (a file changed by hand). */
  {
    const Refusal from_plan = { plan, 2040, 2041, "Lus", OND_PLAN_ERROR, OND_PLAN_ERROR_CYCLE };
    const Refusal from_source = { source, 2040, 2041, "Lus", OND_PLAN_ERROR,
                                  OND_PLAN_ERROR_CYCLE };
    g_autofree char *loop = g_strdup_printf ("UPDATE plan SET created_from = %" G_GINT64_FORMAT
                                             " WHERE id = %" G_GINT64_FORMAT, plan, source);
    g_autofree char *self_loop = g_strdup_printf ("UPDATE plan SET created_from = id"
                                                  " WHERE id = %" G_GINT64_FORMAT, source);

    sql_exec (f->path, loop);
    assert_refused (f, &from_plan);
    assert_refused (f, &from_source);
    sql_exec (f->path, self_loop);
    assert_refused (f, &from_source);
  }
}

static char *
states (Fixture *f)
{
  return sql_list (f->path, "SELECT first_year || ':' || state FROM plan WHERE ? > 0"
                            " ORDER BY first_year", 1, " ");
}

static void
set_current (Fixture    *f,
             gint64      plan,
             int         year,
             const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_local (year, 6, 15, 12, 0, 0);
  g_autofree char *got = NULL;

  g_assert_true (ond_store_set_current_plan (f->store, plan, today, &error));
  g_assert_no_error (error);
  got = states (f);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpint (current_plan_id (f), ==, plan);
}

static void
test_switch (Fixture       *f,
             gconstpointer  data)
{
  gint64 source = current_plan_id (f);
  gint64 plan = copy_2025 (f, source);
  g_autofree char *start = states (f);

  /* The copy is a draft beside the plan that stays current. */
  g_assert_cmpstr (start, ==, "2023:current 2025:draft");
  g_assert_cmpint (current_plan_id (f), ==, source);

  /* On 15-06-2025 the period of 2023-2024 has ended: it closes. */
  set_current (f, plan, 2025, "2023:closed 2025:current");
  /* Back to the old plan: 2025-2026 is still running, so a draft again. */
  set_current (f, source, 2025, "2023:current 2025:draft");
  set_current (f, source, 2025, "2023:current 2025:draft");
  /* In 2027 both periods have ended. */
  set_current (f, plan, 2027, "2023:closed 2025:current");
  set_current (f, source, 2027, "2023:current 2025:closed");

  /* A plan that does not exist: nothing changes. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *before = file_snapshot (f);
    g_autofree char *after = NULL;

    g_assert_false (ond_store_set_current_plan (f->store, 999, NULL, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
    after = file_snapshot (f);
    g_assert_cmpstr (after, ==, before);
  }
}

/* A file opened read-only refuses both and stays the same. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 source = current_plan_id (f);

  if (ond_pg_is_uri (f->path))
    {
      /* File-only: a server database is read-only through its roles, not a mode bit. */
      g_test_skip ("a read-only file (a server database has no such mode)");
      return;
    }
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

  g_assert_cmpint (ond_store_copy_plan (f->store, source, 2025, 2026, NEW_TITLE, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ond_store_set_current_plan (f->store, source, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (after, ==, before);
  g_chmod (f->path, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/plan-copy/structure", test_copy_structure);
  ADD_TEST ("/ond/plan-copy/retired-owner", test_copy_retired_owner);
  ADD_TEST ("/ond/plan-copy/links", test_copy_links);
  ADD_TEST ("/ond/plan-copy/refusals", test_copy_refusals);
  ADD_TEST ("/ond/plan-copy/switch", test_switch);
  ADD_TEST ("/ond/plan-copy/read-only", test_read_only);

  return g_test_run ();
}
