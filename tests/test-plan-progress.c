/* test-plan-progress.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress of the plan (ond-plan-progress.h) and the rules of a planning row it rests
 * on (ond-plan-item.h): overdue on fixed dates around the ends of the quarters, the quarters
 * a period covers, the 'N.t.b.' slots; the percentage done and what counts for it; and the
 * counts per theme, per pillar and for the whole plan over the seeded plan on 2025-06-15,
 * before and after statuses are set, against numbers counted by hand from the plan
 * (section 7 and the actions of sections 3 and 4) and written in the test.
 */

#define G_LOG_DOMAIN "test-plan-progress"

#include "config.h"

#include "ond-action.h"
#include "ond-plan-item.h"
#include "ond-plan-progress.h"
#include "ond-plan.h"
#include "ond-store-plan-items.h"
#include "test-case-util.h"

static OndPlanItem *
make_item (int         year,
           const char *period,
           const char *what,
           gint64      theme_id,
           const char *status)
{
  return ond_plan_item_new (1, year, period, period, 1, what, "Regiegroep", theme_id, NULL,
                            status, status, "", FALSE);
}

static GDateTime *
day (int year,
     int month,
     int day_of_month)
{
  return g_date_time_new_local (year, month, day_of_month, 12, 0, 0);
}

/* Overdue: the period has ended (the day after its last day) and the row is not done or
 * dropped. Each end of a quarter is tried on its last day and on the day after. */
static void
test_overdue_quarter_ends (void)
{
  static const struct
  {
    const char *period;
    const char *status;
    int         today[3];
    gboolean    overdue;
  } cases[] = {
    { "Q1", "gepland", { 2024, 3, 31 }, FALSE },
    { "Q1", "gepland", { 2024, 4, 1 }, TRUE },
    { "Q2", "lopend", { 2024, 6, 30 }, FALSE },
    { "Q2", "lopend", { 2024, 7, 1 }, TRUE },
    { "Q3", "uitgesteld", { 2024, 9, 30 }, FALSE },
    { "Q3", "uitgesteld", { 2024, 10, 1 }, TRUE },
    { "Q4", "gepland", { 2024, 12, 31 }, FALSE },
    { "Q4", "gepland", { 2025, 1, 1 }, TRUE },
    /* Q3+4 ends with Q4, not with Q3. */
    { "Q3+4", "gepland", { 2024, 10, 1 }, FALSE },
    { "Q3+4", "gepland", { 2024, 12, 31 }, FALSE },
    { "Q3+4", "gepland", { 2025, 1, 1 }, TRUE },
    /* Doorlopend runs the whole year. */
    { "doorlopend", "lopend", { 2024, 6, 30 }, FALSE },
    { "doorlopend", "lopend", { 2025, 1, 1 }, TRUE },
    /* A year before the row's year: nothing has ended. */
    { "Q1", "gepland", { 2023, 12, 31 }, FALSE },
    /* Done and dropped never are; on the fixture's date either. */
    { "Q1", "gereed", { 2024, 4, 1 }, FALSE },
    { "Q1", "vervallen", { 2025, 6, 15 }, FALSE },
    /* Not a period: never called overdue. */
    { "Q3-4", "gepland", { 2025, 6, 15 }, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OndPlanItem) item = make_item (2024, cases[i].period, "Iets", 0,
                                               cases[i].status);
      g_autoptr(GDateTime) today = day (cases[i].today[0], cases[i].today[1],
                                        cases[i].today[2]);

      g_test_message ("case %u: 2024 %s %s on %d-%d-%d", i, cases[i].period, cases[i].status,
                      cases[i].today[0], cases[i].today[1], cases[i].today[2]);
      g_assert_cmpint (ond_plan_item_is_overdue (item, today), ==, cases[i].overdue);
    }
}

static void
test_quarters (void)
{
  static const struct
  {
    const char *period;
    gboolean    known;
    int         first;
    int         last;
  } cases[] = {
    { "Q1", TRUE, 1, 1 }, { "Q2", TRUE, 2, 2 }, { "Q3", TRUE, 3, 3 }, { "Q4", TRUE, 4, 4 },
    { "Q3+4", TRUE, 3, 4 }, { "doorlopend", TRUE, 1, 4 },
    { "Doorlopend", FALSE, 0, 0 }, { "", FALSE, 0, 0 }, { NULL, FALSE, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int first = -1, last = -1;

      g_assert_cmpint (ond_plan_period_get_quarters (cases[i].period, &first, &last), ==,
                       cases[i].known);
      g_assert_cmpint (first, ==, cases[i].first);
      g_assert_cmpint (last, ==, cases[i].last);
    }
}

static void
test_to_be_decided (void)
{
  static const struct
  {
    const char *what;
    gboolean    open;
  } cases[] = {
    { "N.t.b.", TRUE }, { " n.t.b. ", TRUE }, { "N.T.B", TRUE }, { "N.t.b.?", FALSE },
    { "N.t.b. training", FALSE }, { "Ntb", FALSE }, { "Opstellen plan", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OndPlanItem) item = make_item (2024, "Q2", cases[i].what, 0, "gepland");

      g_assert_cmpint (ond_plan_item_is_to_be_decided (item), ==, cases[i].open);
    }
}

static void
test_status_codes (void)
{
  g_assert_cmpint (ond_plan_progress_status_from_code ("gepland"), ==, OND_PLAN_PROGRESS_GEPLAND);
  g_assert_cmpint (ond_plan_progress_status_from_code ("lopend"), ==, OND_PLAN_PROGRESS_LOPEND);
  g_assert_cmpint (ond_plan_progress_status_from_code ("gereed"), ==, OND_PLAN_PROGRESS_GEREED);
  g_assert_cmpint (ond_plan_progress_status_from_code ("uitgesteld"), ==,
                   OND_PLAN_PROGRESS_UITGESTELD);
  g_assert_cmpint (ond_plan_progress_status_from_code ("vervallen"), ==,
                   OND_PLAN_PROGRESS_VERVALLEN);
  g_assert_cmpint (ond_plan_progress_status_from_code ("Gereed"), ==, -1);
  g_assert_cmpint (ond_plan_progress_status_from_code (NULL), ==, -1);
}

/* Hand-made rows: the percentage is of the rows that count (not vervallen), rounded down;
 * a status outside the vocabulary counts as not done; the year filter leaves actions alone. */
static void
test_percent (void)
{
  g_autoptr(GListStore) items = g_list_store_new (OND_TYPE_PLAN_ITEM);
  g_autoptr(GListStore) actions = g_list_store_new (OND_TYPE_ACTION);
  g_autoptr(GDateTime) today = day (2024, 5, 1);
  const char *statuses[] = { "gereed", "gereed", "lopend", "vervallen", "vervallen", "onbekend" };
  OndPlanProgress progress;

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(OndPlanItem) item = make_item (2024, "Q1", "Iets", 7, statuses[i]);

      g_list_store_append (items, item);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(OndAction) action = ond_action_new (i + 1, 11, 2, 0, NULL, "", (int) i, "Actie",
                                                    i == 0 ? "gereed" : "gepland", "", 0, NULL);

      g_list_store_append (actions, action);
    }

  ond_plan_progress_count (G_LIST_MODEL (items), G_LIST_MODEL (actions),
                           OND_PLAN_PROGRESS_PLAN, 0, 0, today, &progress);
  g_assert_cmpuint (progress.planning.total, ==, 6);
  g_assert_cmpuint (progress.planning.by_status[OND_PLAN_PROGRESS_GEREED], ==, 2);
  g_assert_cmpuint (progress.planning.by_status[OND_PLAN_PROGRESS_LOPEND], ==, 1);
  g_assert_cmpuint (progress.planning.by_status[OND_PLAN_PROGRESS_VERVALLEN], ==, 2);
  g_assert_cmpuint (progress.planning.by_status[OND_PLAN_PROGRESS_GEPLAND], ==, 0);
  g_assert_cmpuint (ond_plan_progress_counts_get_done (&progress.planning), ==, 2);
  /* gereed, gereed, lopend, onbekend count: 2 of 4. */
  g_assert_cmpuint (ond_plan_progress_counts_get_counted (&progress.planning), ==, 4);
  g_assert_cmpint (ond_plan_progress_counts_get_percent (&progress.planning), ==, 50);
  /* Q1 2024 has ended on 1 May: lopend and onbekend are overdue. */
  g_assert_cmpuint (progress.planning.overdue, ==, 2);
  /* 1 of 3 actions: 33, rounded down. */
  g_assert_cmpuint (progress.actions.total, ==, 3);
  g_assert_cmpint (ond_plan_progress_counts_get_percent (&progress.actions), ==, 33);
  g_assert_cmpuint (progress.actions.overdue, ==, 0);

  /* The year 2023 has none of these rows (no row counts: -1), the actions stay. */
  ond_plan_progress_count (G_LIST_MODEL (items), G_LIST_MODEL (actions),
                           OND_PLAN_PROGRESS_PLAN, 0, 2023, today, &progress);
  g_assert_cmpuint (progress.planning.total, ==, 0);
  g_assert_cmpint (ond_plan_progress_counts_get_percent (&progress.planning), ==, -1);
  g_assert_cmpuint (progress.actions.total, ==, 3);

  /* The theme of the rows (7), as a theme and as pillar 1; the actions are pillar 2's. */
  ond_plan_progress_count (G_LIST_MODEL (items), G_LIST_MODEL (actions),
                           OND_PLAN_PROGRESS_THEME, 7, 0, today, &progress);
  g_assert_cmpuint (progress.planning.total, ==, 6);
  g_assert_cmpuint (progress.actions.total, ==, 0);
  ond_plan_progress_count (G_LIST_MODEL (items), G_LIST_MODEL (actions),
                           OND_PLAN_PROGRESS_PILLAR, 1, 0, today, &progress);
  g_assert_cmpuint (progress.planning.total, ==, 6);
  g_assert_cmpuint (progress.actions.total, ==, 0);
  ond_plan_progress_count (G_LIST_MODEL (items), G_LIST_MODEL (actions),
                           OND_PLAN_PROGRESS_PILLAR, 2, 0, today, &progress);
  g_assert_cmpuint (progress.planning.total, ==, 0);
  g_assert_cmpuint (progress.actions.total, ==, 3);

  /* Only dropped rows: none counts. */
  g_list_store_remove_all (items);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(OndPlanItem) item = make_item (2024, "Q1", "Iets", 0, "vervallen");

      g_list_store_append (items, item);
    }
  ond_plan_progress_count (G_LIST_MODEL (items), NULL, OND_PLAN_PROGRESS_PLAN, 0, 0, today,
                           &progress);
  g_assert_cmpuint (progress.planning.total, ==, 2);
  g_assert_cmpint (ond_plan_progress_counts_get_percent (&progress.planning), ==, -1);
  g_assert_cmpuint (progress.actions.total, ==, 0);
}

typedef struct
{
  GListModel *items;
  GListModel *actions;
  GListModel *themes;
  GListModel *pillars;
} Lists;

static void
lists_clear (Lists *lists)
{
  g_clear_object (&lists->items);
  g_clear_object (&lists->actions);
  g_clear_object (&lists->themes);
  g_clear_object (&lists->pillars);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Lists, lists_clear)

static void
read_lists (Fixture *f,
            Lists   *lists)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (f->store, &error);
  gint64 plan_id;

  g_assert_no_error (error);
  plan_id = ond_plan_get_id (plan);
  lists_clear (lists);
  lists->items = ond_store_list_plan_items (f->store, plan_id, &error);
  g_assert_no_error (error);
  lists->actions = ond_store_list_actions (f->store, plan_id, &error);
  g_assert_no_error (error);
  lists->themes = ond_store_list_themes (f->store, plan_id, &error);
  g_assert_no_error (error);
  lists->pillars = ond_store_list_pillars (f->store, plan_id, &error);
  g_assert_no_error (error);
}

/* The counts of one scope on the fixture's day (2025-06-15), every year. */
static OndPlanProgress
count (Fixture              *f,
       Lists                *lists,
       OndPlanProgressScope  scope,
       gint64                key)
{
  OndPlanProgress progress;

  ond_plan_progress_count (lists->items, lists->actions, scope, key, 0, f->today, &progress);
  return progress;
}

static void
assert_counts (const OndPlanProgressCounts *counts,
               guint                        total,
               guint                        gepland,
               guint                        lopend,
               guint                        gereed,
               guint                        uitgesteld,
               guint                        vervallen,
               guint                        overdue,
               int                          percent)
{
  g_assert_cmpuint (counts->total, ==, total);
  g_assert_cmpuint (counts->by_status[OND_PLAN_PROGRESS_GEPLAND], ==, gepland);
  g_assert_cmpuint (counts->by_status[OND_PLAN_PROGRESS_LOPEND], ==, lopend);
  g_assert_cmpuint (counts->by_status[OND_PLAN_PROGRESS_GEREED], ==, gereed);
  g_assert_cmpuint (counts->by_status[OND_PLAN_PROGRESS_UITGESTELD], ==, uitgesteld);
  g_assert_cmpuint (counts->by_status[OND_PLAN_PROGRESS_VERVALLEN], ==, vervallen);
  g_assert_cmpuint (counts->overdue, ==, overdue);
  g_assert_cmpint (ond_plan_progress_counts_get_percent (counts), ==, percent);
}

/* Counted by hand from the plan: the planning rows per theme (section 7, 34 rows: 16 with
 * a theme) and the actions per theme and pillar (51: pillar 1 has 2 of its own and 27 of
 * the themes, pillar 2 has 10, pillar 3 has 12). */
static const struct
{
  const char *theme;
  guint       rows;
  guint       rows_2024;
  guint       actions;
} seeded[] = {
  { "Drugs", 2, 1, 6 },
  { "Mensenhandel", 5, 1, 8 },
  { "Kwetsbare bedrijven(-terreinen), watergebonden locaties en vakantiepark", 7, 0, 5 },
  { "Outlaw Motorcycle Gangs (OMG)", 1, 1, 2 },
  { "Fraude", 1, 0, 2 },
  { "Jonge aanwas", 0, 0, 4 },
};

static void
test_seeded (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Lists) lists = { NULL, };
  g_autoptr(GDateTime) first_day = day (2023, 3, 31);
  OndPlanProgress progress;
  guint theme_rows = 0;
  guint theme_actions = 0;

  read_lists (f, &lists);
  g_assert_cmpuint (g_list_model_get_n_items (lists.themes), ==, G_N_ELEMENTS (seeded));
  g_assert_cmpuint (g_list_model_get_n_items (lists.pillars), ==, 3);

  /* The plan: 34 rows, all planned and all overdue on 2025-06-15; 51 actions planned. */
  progress = count (f, &lists, OND_PLAN_PROGRESS_PLAN, 0);
  assert_counts (&progress.planning, 34, 34, 0, 0, 0, 0, 34, 0);
  assert_counts (&progress.actions, 51, 51, 0, 0, 0, 0, 0, 0);

  /* Pillar 1: the 16 rows with a theme and 29 actions; pillars 2 and 3 have no rows. */
  progress = count (f, &lists, OND_PLAN_PROGRESS_PILLAR, 1);
  assert_counts (&progress.planning, 16, 16, 0, 0, 0, 0, 16, 0);
  assert_counts (&progress.actions, 29, 29, 0, 0, 0, 0, 0, 0);
  progress = count (f, &lists, OND_PLAN_PROGRESS_PILLAR, 2);
  assert_counts (&progress.planning, 0, 0, 0, 0, 0, 0, 0, -1);
  assert_counts (&progress.actions, 10, 10, 0, 0, 0, 0, 0, 0);
  progress = count (f, &lists, OND_PLAN_PROGRESS_PILLAR, 3);
  assert_counts (&progress.planning, 0, 0, 0, 0, 0, 0, 0, -1);
  assert_counts (&progress.actions, 12, 12, 0, 0, 0, 0, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (seeded); i++)
    {
      gint64 id = theme_id (f, seeded[i].theme);

      g_test_message ("theme %s", seeded[i].theme);
      progress = count (f, &lists, OND_PLAN_PROGRESS_THEME, id);
      assert_counts (&progress.planning, seeded[i].rows, seeded[i].rows, 0, 0, 0, 0,
                     seeded[i].rows, seeded[i].rows > 0 ? 0 : -1);
      assert_counts (&progress.actions, seeded[i].actions, seeded[i].actions, 0, 0, 0, 0, 0, 0);
      ond_plan_progress_count (lists.items, lists.actions, OND_PLAN_PROGRESS_THEME, id, 2024,
                               f->today, &progress);
      g_assert_cmpuint (progress.planning.total, ==, seeded[i].rows_2024);
      theme_rows += seeded[i].rows;
      theme_actions += seeded[i].actions;
    }
  /* The themes together are pillar 1's rows; 2 actions of pillar 1 have no theme. */
  g_assert_cmpuint (theme_rows, ==, 16);
  g_assert_cmpuint (theme_actions, ==, 29 - 2);

  /* One year: 26 rows in 2023, 8 in 2024; the actions do not change. */
  ond_plan_progress_count (lists.items, lists.actions, OND_PLAN_PROGRESS_PLAN, 0, 2023,
                           f->today, &progress);
  assert_counts (&progress.planning, 26, 26, 0, 0, 0, 0, 26, 0);
  g_assert_cmpuint (progress.actions.total, ==, 51);
  ond_plan_progress_count (lists.items, lists.actions, OND_PLAN_PROGRESS_PILLAR, 1, 2024,
                           f->today, &progress);
  assert_counts (&progress.planning, 3, 3, 0, 0, 0, 0, 3, 0);

  /* On the last day of Q1 2023 nothing is overdue yet. */
  ond_plan_progress_count (lists.items, lists.actions, OND_PLAN_PROGRESS_PLAN, 0, 0,
                           first_day, &progress);
  g_assert_cmpuint (progress.planning.overdue, ==, 0);
}

/* Sets the status of the planning rows @sql selects (their ids), through the store. */
static void
set_statuses (Fixture    *f,
              const char *sql,
              const char *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = sql_list (f->path, sql, 0, ",");
  g_auto(GStrv) parts = NULL;

  g_assert_nonnull (ids);
  parts = g_strsplit (ids, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_assert_true (ond_store_set_plan_item_status (f->store, g_ascii_strtoll (parts[i], NULL, 10),
                                                     status, &error));
      g_assert_no_error (error);
    }
}

#define ROWS_OF_THEME(name) \
  "SELECT i.id FROM plan_item i JOIN theme t ON t.id = i.theme_id" \
  " WHERE t.short_name = '" name "' ORDER BY i.id"

static void
test_seeded_statuses (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(Lists) lists = { NULL, };
  OndPlanProgress progress;
  gint64 drugs = theme_id (f, "Drugs");
  gint64 handel = theme_id (f, "Mensenhandel");

  /* Planning: both Drugs rows done; of Mensenhandel's five the first dropped, the second
   * running; a row without a theme done; the 2024 Q2 N.t.b. slot postponed. */
  set_statuses (f, ROWS_OF_THEME ("Drugs"), "gereed");
  set_statuses (f, "SELECT min(i.id) FROM plan_item i JOIN theme t ON t.id = i.theme_id"
                   " WHERE t.short_name = 'Mensenhandel'", "vervallen");
  set_statuses (f, "SELECT i.id FROM plan_item i JOIN theme t ON t.id = i.theme_id"
                   " WHERE t.short_name = 'Mensenhandel' ORDER BY i.id LIMIT 1 OFFSET 1",
                "lopend");
  set_statuses (f, "SELECT id FROM plan_item WHERE what = 'Planning 2024 opstellen'", "gereed");
  set_statuses (f, "SELECT id FROM plan_item WHERE year = 2024 AND period = 'Q2'", "uitgesteld");

  /* Actions, written outside the store: three of Drugs' six done and one dropped; two of
   * pillar 2's ten done. */
  sql_exec (f->path,
            "UPDATE action SET status = 'gereed' WHERE id IN"
            " (SELECT a.id FROM action a JOIN theme t ON t.id = a.theme_id"
            "  WHERE t.short_name = 'Drugs' ORDER BY a.id LIMIT 3);"
            "UPDATE action SET status = 'vervallen' WHERE id ="
            " (SELECT a.id FROM action a JOIN theme t ON t.id = a.theme_id"
            "  WHERE t.short_name = 'Drugs' ORDER BY a.id DESC LIMIT 1);"
            "UPDATE action SET status = 'gereed' WHERE id IN"
            " (SELECT a.id FROM action a JOIN pillar p ON p.id = a.pillar_id"
            "  WHERE p.number = 2 ORDER BY a.id LIMIT 2);");
  read_lists (f, &lists);

  /* Drugs: 2 of 2 rows done, none overdue; 3 of 5 counted actions done (60 %). */
  progress = count (f, &lists, OND_PLAN_PROGRESS_THEME, drugs);
  assert_counts (&progress.planning, 2, 0, 0, 2, 0, 0, 0, 100);
  assert_counts (&progress.actions, 6, 2, 0, 3, 0, 1, 0, 60);

  /* Mensenhandel: 5 rows, 4 counted, none done; the 4 not dropped are overdue. */
  progress = count (f, &lists, OND_PLAN_PROGRESS_THEME, handel);
  assert_counts (&progress.planning, 5, 3, 1, 0, 0, 1, 4, 0);

  /* Pillar 1: 16 rows, 2 done of 15 counted (13 %), 13 overdue; 29 actions, 3 done of 28
   * counted (10 %). */
  progress = count (f, &lists, OND_PLAN_PROGRESS_PILLAR, 1);
  assert_counts (&progress.planning, 16, 12, 1, 2, 0, 1, 13, 13);
  assert_counts (&progress.actions, 29, 25, 0, 3, 0, 1, 0, 10);

  /* Pillar 2: no rows; 2 of 10 actions done. */
  progress = count (f, &lists, OND_PLAN_PROGRESS_PILLAR, 2);
  assert_counts (&progress.actions, 10, 8, 0, 2, 0, 0, 0, 20);

  /* The plan: 34 rows, 3 done of 33 counted (9 %), 30 overdue (the postponed slot too);
   * 51 actions, 5 done of 50 counted (10 %). */
  progress = count (f, &lists, OND_PLAN_PROGRESS_PLAN, 0);
  assert_counts (&progress.planning, 34, 28, 1, 3, 1, 1, 30, 9);
  assert_counts (&progress.actions, 51, 45, 0, 5, 0, 1, 0, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/plan-progress/overdue-quarter-ends", test_overdue_quarter_ends);
  g_test_add_func ("/ond/plan-progress/quarters", test_quarters);
  g_test_add_func ("/ond/plan-progress/to-be-decided", test_to_be_decided);
  g_test_add_func ("/ond/plan-progress/status-codes", test_status_codes);
  g_test_add_func ("/ond/plan-progress/percent", test_percent);
  ADD_TEST ("/ond/plan-progress/seeded", test_seeded);
  ADD_TEST ("/ond/plan-progress/seeded-statuses", test_seeded_statuses);

  return g_test_run ();
}
