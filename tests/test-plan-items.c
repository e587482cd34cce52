/* test-plan-items.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the planning of the seeded plan (ond-store-plan-items.h): adding rows at the end
 * of their year and period, changing them (filling the 2024 'N.t.b.' slots, moving a row to
 * another year or period), setting a status, deleting a row with its targets and putting it
 * back with its id, place, targets and links. Every rule is tried and must refuse with the
 * error code of the field it is about (OND_PLAN_ERROR; OND_STORE_ERROR for what is about no
 * field) while a snapshot of the plan's tables and one of the other tables (read with plain
 * SQLite, outside the store) stay the same. A read-only file refuses every change and stays
 * byte for byte the same.
 */

#define G_LOG_DOMAIN "test-plan-items"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-pg.h"
#include "ond-plan-error.h"
#include "ond-plan.h"
#include "ond-store-plan-items.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define CONTROLES "10 integrale controles (circa 8 bedrijven per controle) gericht op het " \
                  "bevorderen van een eerlijk ondernemersklimaat"
#define BINNENSTAD "Verkenning van ondermijning in de binnenstad"
#define TRAINING "Training open je ogen voor (gemeentelijke) professionals"
#define STAGIAIR "Onderzoek stagiair RIEC bespreken"

/* The tables a planning edit may write to, or that must stay as they are beside it
 * (action_plan_item when the schema has it). */
static const char * const plan_tables[] = {
  "plan", "plan_item", "target", "activity", "action", "theme", "action_plan_item",
};

/* A checksum of every row of the plan's tables. */
static char *
plan_snapshot (Fixture *f)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint t = 0; t < G_N_ELEMENTS (plan_tables); t++)
    {
      /* In a fixed order on both backends: by their key. */
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s x ORDER BY %s", plan_tables[t],
                                              g_str_equal (plan_tables[t], "action_plan_item")
                                              ? "x.action_id, x.plan_item_id" : "x.id");
      g_autofree char *rows = sql_rows (f->path, sql);

      g_string_append_printf (all, "[%s]\n%s", plan_tables[t], rows);
    }
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, all->str, all->len);
}

/* Asserts that @error is @code of @domain, with @words in its message, and clears it. */
static void
assert_refused (GError     **error,
                GQuark       domain,
                int          code,
                const char  *words)
{
  g_assert_error (*error, domain, code);
  g_test_message ("refused: %s", (*error)->message);
  if (words != NULL && strstr ((*error)->message, words) == NULL)
    g_error ("“%s” does not say “%s”", (*error)->message, words);
  g_clear_error (error);
}

/* Runs @call, which must return 0 / FALSE / NULL, refuse with @code of @domain and @words,
 * and write nothing: neither the plan's tables nor the others (snapshot ()) change. */
#define REFUSED_IN(f, call, domain, code, words) G_STMT_START { \
    g_autofree char *before_ = plan_snapshot (f); \
    g_autofree char *before_others_ = snapshot (f); \
    g_autofree char *after_ = NULL; \
    g_autofree char *after_others_ = NULL; \
    g_assert_true ((call) == 0); \
    assert_refused (&error, (domain), (code), (words)); \
    after_ = plan_snapshot (f); \
    after_others_ = snapshot (f); \
    g_assert_cmpstr (before_, ==, after_); \
    g_assert_cmpstr (before_others_, ==, after_others_); \
  } G_STMT_END
/* A refusal about a field: @code of OND_PLAN_ERROR. */
#define REFUSED(f, call, code, words) REFUSED_IN (f, call, OND_PLAN_ERROR, code, words)
/* A refusal about no field: @code of OND_STORE_ERROR. */
#define REFUSED_STORE(f, call, code, words) REFUSED_IN (f, call, OND_STORE_ERROR, code, words)

static gint64
plan_id (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (f->store, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ond_plan_get_first_year (plan), ==, 2023);
  g_assert_cmpint (ond_plan_get_last_year (plan), ==, 2024);
  return ond_plan_get_id (plan);
}

/* @text as an SQL string literal. */
static char *
quoted (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "'", -1);
  g_autofree char *inner = g_strjoinv ("''", parts);

  return g_strdup_printf ("'%s'", inner);
}

/* The id of the row of @year and @period whose what is @what, read with plain SQL. */
static gint64
row_id (Fixture    *f,
        int         year,
        const char *period,
        const char *what)
{
  g_autofree char *period_literal = quoted (period);
  g_autofree char *what_literal = quoted (what);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM plan_item WHERE year = ?"
                                          " AND period = %s AND what = %s",
                                          period_literal, what_literal);
  g_autofree char *ids = sql_list (f->path, sql, year, ",");

  /* Exactly one. */
  g_assert_nonnull (ids);
  g_assert_null (strchr (ids, ','));
  return g_ascii_strtoll (ids, NULL, 10);
}

/* Everything of one row, read with plain SQL: "id|plan|year|period|position|what|who|theme|
 * status|recurring", its targets "id:indicator:description:value;..." and the activities
 * linked to it, or "<gone>". */
static char *
row_text (Fixture *f,
          gint64   id)
{
  g_autofree char *row = sql_text (f->path,
                                   "SELECT id || '|' || plan_id || '|' || year || '|' ||"
                                   " period || '|' || position || '|' || what || '|' || who"
                                   " || '|' || coalesce(CAST(theme_id AS TEXT), '<null>')"
                                   " || '|' || status || '|' || recurring"
                                   " FROM plan_item WHERE id = ?", id);
  g_autofree char *targets = sql_list (f->path,
                                       "SELECT id || ':'"
                                       " || coalesce(CAST(indicator_id AS TEXT), '<null>')"
                                       " || ':' || description || ':' || value"
                                       " FROM target WHERE plan_item_id = ? ORDER BY id",
                                       id, ";");
  g_autofree char *activities = sql_list (f->path, "SELECT id FROM activity"
                                                   " WHERE plan_item_id = ? ORDER BY id",
                                          id, ";");

  return g_strdup_printf ("%s / %s / %s", row != NULL ? row : "<gone>",
                          targets != NULL ? targets : "", activities != NULL ? activities : "");
}

static GListModel *
list_items (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *items = ond_store_list_plan_items (f->store, plan_id (f), &error);

  g_assert_no_error (error);
  return items;
}

/* The whats of the rows of @year and @period as ond_store_list_plan_items () orders them,
 * joined with ";". */
static char *
slot_whats (Fixture    *f,
            int         year,
            const char *period)
{
  g_autoptr(GListModel) items = list_items (f);
  g_autoptr(GString) whats = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      if (ond_plan_item_get_year (item) == year
          && g_strcmp0 (ond_plan_item_get_period (item), period) == 0)
        g_string_append_printf (whats, "%s;", ond_plan_item_get_what (item));
    }
  return g_string_free (g_steal_pointer (&whats), FALSE);
}

static OndPlanItem *
find_item (Fixture *f,
           gint64   id)
{
  g_autoptr(GListModel) items = list_items (f);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      if (ond_plan_item_get_id (item) == id)
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* A second plan (2025-2026) with a theme of its own, written outside the store. Returns
 * that theme's id. */
static gint64
add_other_plan_theme (Fixture *f)
{
  sql_exec (f->path,
            "INSERT INTO plan (title, first_year, last_year, state)"
            " VALUES ('Uitvoeringsplan ondermijning 2025-2026', 2025, 2026, 'draft');"
            "INSERT INTO theme (plan_id, position, name, short_name)"
            " VALUES ((SELECT max(id) FROM plan), 1, 'Drugs 2025', 'Drugs');");
  return sql_int (f->path, "SELECT id FROM theme WHERE name = 'Drugs 2025'", 0);
}

static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlanItem) item = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *whats = NULL;
  gint64 plan = plan_id (f);
  gint64 drugs = theme_id (f, "Drugs");
  gint64 id;
  gint64 second;

  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item", 0), ==, 34);

  /* Trimmed; no status is gepland; at the end of 2024 Q2, after the N.t.b. slot (the
   * seed's positions count through the whole plan: that slot is 28). */
  id = ond_store_add_plan_item (f->store, plan, 2024, "Q2", "  Weerbaarheidsavond ondernemers ",
                                " Regiegroep ondermijning\n", drugs, NULL, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  text = row_text (f, id);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|2024|Q2|29|"
                              "Weerbaarheidsavond ondernemers|Regiegroep ondermijning|"
                              "%" G_GINT64_FORMAT "|gepland|0 /  / ", id, plan, drugs);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item", 0), ==, 35);

  /* A second one goes after it; blank who is "not decided", no theme, recurring. */
  second = ond_store_add_plan_item (f->store, plan, 2024, "Q2", "Evaluatie DOR", "   ", 0,
                                    "lopend", TRUE, &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = row_text (f, second);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|2024|Q2|30|"
                              "Evaluatie DOR||<null>|lopend|1 /  / ", second, plan);
  g_assert_cmpstr (text, ==, expected);

  /* The list has them after the slot, with their labels. */
  whats = slot_whats (f, 2024, "Q2");
  g_assert_cmpstr (whats, ==, "N.t.b.;Weerbaarheidsavond ondernemers;Evaluatie DOR;");
  item = find_item (f, second);
  g_assert_cmpstr (ond_plan_item_get_status_label (item), ==, "Lopend");
  g_assert_cmpstr (ond_plan_item_get_period_label (item), ==, "Q2");
  g_assert_true (ond_plan_item_get_recurring (item));
  g_assert_false (ond_plan_item_is_to_be_decided (item));

  /* A period of its own: the first row of 2024 Q3+4. */
  id = ond_store_add_plan_item (f->store, plan, 2024, "Q3+4", "Week tegen mensenhandel",
                                "Mensenhandel", theme_id (f, "Mensenhandel"), "gepland", FALSE,
                                &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT position FROM plan_item WHERE id = ?", id), ==, 1);
  g_clear_pointer (&whats, g_free);
  whats = slot_whats (f, 2024, "Q3+4");
  g_assert_cmpstr (whats, ==, "Week tegen mensenhandel;");
}

static void
test_add_refused (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 plan = plan_id (f);
  gint64 drugs = theme_id (f, "Drugs");
  gint64 other_theme = add_other_plan_theme (f);

  /* TEXT: blank or missing; it comes first, before a wrong year. */
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2024, "Q2", "  \t ", "Regiegroep", drugs,
                                       NULL, FALSE, &error),
           OND_PLAN_ERROR_TEXT, "what is planned");
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2024, "Q2", NULL, "", 0, NULL, FALSE,
                                       &error),
           OND_PLAN_ERROR_TEXT, "cannot be empty");
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 1999, "Q9", "", "", 0, "klaar", FALSE,
                                       &error),
           OND_PLAN_ERROR_TEXT, NULL);

  /* YEAR: none, or outside 2023-2024 (the message names the plan's years). */
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 0, "Q2", "Iets", "", 0, NULL, FALSE,
                                       &error),
           OND_PLAN_ERROR_YEAR, "Choose the year");
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2022, "Q2", "Iets", "", 0, NULL, FALSE,
                                       &error),
           OND_PLAN_ERROR_YEAR, "2022 is not a year of the plan (2023–2024)");
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2025, "Q1", "Iets", "", 0, NULL, FALSE,
                                       &error),
           OND_PLAN_ERROR_YEAR, "2025");
  /* The year before the period. */
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2025, NULL, "Iets", "", 0, NULL, FALSE,
                                       &error),
           OND_PLAN_ERROR_YEAR, NULL);

  /* PERIOD: none, or not of the vocabulary (codes are exact). */
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2024, NULL, "Iets", "", 0, NULL, FALSE,
                                       &error),
           OND_PLAN_ERROR_PERIOD, "Choose the period");
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2024, "", "Iets", "", 0, NULL, FALSE,
                                       &error),
           OND_PLAN_ERROR_PERIOD, "Choose the period");
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2024, "Q5", "Iets", "", 0, NULL, FALSE,
                                       &error),
           OND_PLAN_ERROR_PERIOD, "“Q5” is not a period");
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2024, "q1", "Iets", "", 0, NULL, FALSE,
                                       &error),
           OND_PLAN_ERROR_PERIOD, "q1");

  /* THEME: of another plan, or none at all. */
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2024, "Q1", "Iets", "", other_theme, NULL,
                                       FALSE, &error),
           OND_PLAN_ERROR_THEME, "not a theme of this plan");
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2024, "Q1", "Iets", "", 987654, NULL,
                                       FALSE, &error),
           OND_PLAN_ERROR_THEME, NULL);

  /* STATUS: not of work_status (labels are not codes). */
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2024, "Q1", "Iets", "", drugs, "klaar",
                                       FALSE, &error),
           OND_PLAN_ERROR_STATUS, "“klaar” is not a status");
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2024, "Q1", "Iets", "", drugs, "Gereed",
                                       FALSE, &error),
           OND_PLAN_ERROR_STATUS, NULL);
  REFUSED (f, ond_store_add_plan_item (f->store, plan, 2024, "Q1", "Iets", "", drugs, "", FALSE,
                                       &error),
           OND_PLAN_ERROR_STATUS, "Choose a status");

  /* A plan that does not exist: about no field. */
  REFUSED_STORE (f, ond_store_add_plan_item (f->store, 4711, 2024, "Q1", "Iets", "", 0, NULL,
                                             FALSE, &error),
                 OND_STORE_ERROR_NOT_FOUND, "plan");

  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item", 0), ==, 34);
}

/* Filling the 2024 Q2 'N.t.b.' slot: a change of what, who and theme; it keeps its place. */
static void
test_fill_slot (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlanItem) item = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *whats = NULL;
  gint64 plan = plan_id (f);
  gint64 slot = row_id (f, 2024, "Q2", "N.t.b.");
  gint64 jong = theme_id (f, "Jonge aanwas");

  item = find_item (f, slot);
  g_assert_true (ond_plan_item_is_to_be_decided (item));
  g_assert_cmpstr (ond_plan_item_get_who (item), ==, "");
  g_clear_object (&item);

  g_assert_true (ond_store_update_plan_item (f->store, slot, 2024, "Q2",
                                             "Voorlichting jonge aanwas op scholen",
                                             "Jonge aanwas", jong, "lopend", FALSE, &error));
  g_assert_no_error (error);
  text = row_text (f, slot);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|2024|Q2|28|"
                              "Voorlichting jonge aanwas op scholen|Jonge aanwas|"
                              "%" G_GINT64_FORMAT "|lopend|0 /  / ", slot, plan, jong);
  g_assert_cmpstr (text, ==, expected);
  item = find_item (f, slot);
  g_assert_false (ond_plan_item_is_to_be_decided (item));
  g_assert_cmpstr (ond_plan_item_get_theme_name (item), ==, "Jonge aanwas");
  whats = slot_whats (f, 2024, "Q2");
  g_assert_cmpstr (whats, ==, "Voorlichting jonge aanwas op scholen;");

  /* The other slot is still open; 34 rows still. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE what = 'N.t.b.'", 0),
                   ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item", 0), ==, 34);
}

/* Moving a row to another year and period: to the end of it, with its targets. */
static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *whats = NULL;
  gint64 controles = row_id (f, 2023, "doorlopend", CONTROLES);
  gint64 training = row_id (f, 2023, "Q1", TRAINING);
  gint64 handel = theme_id (f, "Mensenhandel");

  /* 2023 Q1 -> 2024 Q3, after the N.t.b. slot (position 29). */
  g_assert_true (ond_store_update_plan_item (f->store, training, 2024, "Q3", TRAINING,
                                             "Mensenhandel", handel, "gepland", FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT position FROM plan_item WHERE id = ?", training),
                   ==, 30);
  whats = slot_whats (f, 2024, "Q3");
  g_assert_cmpstr (whats, ==, "N.t.b.;" TRAINING ";");
  g_clear_pointer (&whats, g_free);
  whats = slot_whats (f, 2023, "Q1");
  g_assert_cmpstr (whats, ==, "Opstellen uitvoeringsplan ondermijning;"
                              "Opstellen strategisch communicatieplan ondermijning;");

  /* The row with two targets moves from 2023 doorlopend to 2024 Q4; its targets go along. */
  before = row_text (f, controles);
  g_assert_nonnull (strstr (before, ":Integrale controles:10;"));
  g_assert_nonnull (strstr (before, ":Bezochte bedrijven (circa 8 per controle):80 / "));
  g_assert_true (ond_store_update_plan_item (f->store, controles, 2024, "Q4", CONTROLES,
                                             "Ondermijning", 0, "lopend", TRUE, &error));
  g_assert_no_error (error);
  after = row_text (f, controles);
  g_assert_cmpstr (strstr (after, " / "), ==, strstr (before, " / "));
  g_assert_cmpint (sql_int (f->path, "SELECT year * 100 + position FROM plan_item WHERE id = ?",
                            controles), ==, 2024 * 100 + 31);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM target WHERE plan_item_id = ?",
                            controles), ==, 2);

  /* Changed within its own period, a row keeps its place. */
  g_assert_true (ond_store_update_plan_item (f->store, controles, 2024, "Q4",
                                             "12 integrale controles", "Ondermijning", 0,
                                             "lopend", TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT position FROM plan_item WHERE id = ?", controles),
                   ==, 31);
}

static void
test_update_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 slot = row_id (f, 2024, "Q2", "N.t.b.");
  gint64 other_theme = add_other_plan_theme (f);

  REFUSED (f, ond_store_update_plan_item (f->store, slot, 2024, "Q2", " ", "", 0, "gepland",
                                          FALSE, &error),
           OND_PLAN_ERROR_TEXT, "cannot be empty");
  REFUSED (f, ond_store_update_plan_item (f->store, slot, 0, "Q2", "Iets", "", 0, "gepland",
                                          FALSE, &error),
           OND_PLAN_ERROR_YEAR, "Choose the year");
  REFUSED (f, ond_store_update_plan_item (f->store, slot, 2025, "Q2", "Iets", "", 0, "gepland",
                                          FALSE, &error),
           OND_PLAN_ERROR_YEAR, "2025 is not a year of the plan");
  REFUSED (f, ond_store_update_plan_item (f->store, slot, 2024, NULL, "Iets", "", 0, "gepland",
                                          FALSE, &error),
           OND_PLAN_ERROR_PERIOD, "Choose the period");
  REFUSED (f, ond_store_update_plan_item (f->store, slot, 2024, "Q3+4 (doorlopend)", "Iets", "",
                                          0, "gepland", FALSE, &error),
           OND_PLAN_ERROR_PERIOD, "is not a period");
  REFUSED (f, ond_store_update_plan_item (f->store, slot, 2024, "Q2", "Iets", "", other_theme,
                                          "gepland", FALSE, &error),
           OND_PLAN_ERROR_THEME, "not a theme of this plan");
  REFUSED (f, ond_store_update_plan_item (f->store, slot, 2024, "Q2", "Iets", "", 0, NULL, FALSE,
                                          &error),
           OND_PLAN_ERROR_STATUS, "Choose a status");
  REFUSED (f, ond_store_update_plan_item (f->store, slot, 2024, "Q2", "Iets", "", 0, "afgerond",
                                          FALSE, &error),
           OND_PLAN_ERROR_STATUS, "afgerond");
  REFUSED_STORE (f, ond_store_update_plan_item (f->store, 987654, 2024, "Q2", "Iets", "", 0,
                                                "gepland", FALSE, &error),
                 OND_STORE_ERROR_NOT_FOUND, "planning row");
}

static void
test_status (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlanItem) item = NULL;
  g_autoptr(GString) expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 binnenstad = row_id (f, 2023, "Q2", BINNENSTAD);
  g_autoptr(GDateTime) end_of_q2 = g_date_time_new_local (2023, 6, 30, 12, 0, 0);

  before = row_text (f, binnenstad);
  g_assert_true (ond_store_set_plan_item_status (f->store, binnenstad, "gereed", &error));
  g_assert_no_error (error);
  after = row_text (f, binnenstad);
  /* Only the status changed. */
  expected = g_string_new (before);
  g_assert_cmpuint (g_string_replace (expected, "|gepland|0 / ", "|gereed|0 / ", 0), ==, 1);
  g_assert_cmpstr (after, ==, expected->str);
  item = find_item (f, binnenstad);
  g_assert_cmpstr (ond_plan_item_get_status_label (item), ==, "Gereed");
  g_assert_false (ond_plan_item_is_overdue (item, f->today));
  g_clear_object (&item);

  g_assert_true (ond_store_set_plan_item_status (f->store, binnenstad, "uitgesteld", &error));
  g_assert_no_error (error);
  item = find_item (f, binnenstad);
  g_assert_true (ond_plan_item_is_overdue (item, f->today));
  g_assert_false (ond_plan_item_is_overdue (item, end_of_q2));

  REFUSED (f, ond_store_set_plan_item_status (f->store, binnenstad, "klaar", &error),
           OND_PLAN_ERROR_STATUS, "“klaar” is not a status");
  REFUSED (f, ond_store_set_plan_item_status (f->store, binnenstad, NULL, &error),
           OND_PLAN_ERROR_STATUS, "Choose a status");
  REFUSED (f, ond_store_set_plan_item_status (f->store, binnenstad, "", &error),
           OND_PLAN_ERROR_STATUS, NULL);
  REFUSED_STORE (f, ond_store_set_plan_item_status (f->store, 987654, "gereed", &error),
                 OND_STORE_ERROR_NOT_FOUND, "planning row");
}

/* Links the row to the first action. */
static void
link_action (Fixture *f,
             gint64   item_id)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO action_plan_item (action_id, plan_item_id)"
                         " VALUES ((SELECT min(id) FROM action), %" G_GINT64_FORMAT ")",
                         item_id);
  sql_exec (f->path, sql);
}

/* The row with two targets, an activity that counts for it and another activity: deleted,
 * it takes its targets, unlinks the activity (which stays), and comes back as it was. */
static void
test_delete_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlanItemDeletion) deletion = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *gone = NULL;
  g_autofree char *others_before = NULL;
  g_autofree char *others_after = NULL;
  g_autofree char *whats = NULL;
  gint64 controles = row_id (f, 2023, "doorlopend", CONTROLES);
  const gint64 *ids;
  guint n_ids;
  gint64 restored;

  sql_exec (f->path,
            "INSERT INTO activity (date, kind, plan_item_id, note) VALUES"
            " ('2023-05-10', 'overig', (SELECT id FROM plan_item WHERE what LIKE '10 integrale%'"
            "                           AND year = 2023), 'Controle Dordtse Kil');"
            "INSERT INTO activity (date, kind, note) VALUES"
            " ('2023-05-11', 'overig', 'Los van de planning');");
  link_action (f, controles);
  before = row_text (f, controles);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM activity WHERE plan_item_id = ?",
                            controles), ==, 1);
  others_before = snapshot (f);

  deletion = ond_store_delete_plan_item (f->store, controles, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deletion);
  g_assert_cmpint (ond_plan_item_deletion_get_id (deletion), ==, controles);
  g_assert_cmpstr (ond_plan_item_deletion_get_what (deletion), ==, CONTROLES);
  g_assert_cmpuint (ond_plan_item_deletion_get_n_targets (deletion), ==, 2);
  g_assert_cmpint (ond_plan_item_deletion_get_target (deletion, 0)->value, ==, 10);
  g_assert_cmpint (ond_plan_item_deletion_get_target (deletion, 1)->value, ==, 80);
  ids = ond_plan_item_deletion_get_activity_ids (deletion, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (ids[0], ==, sql_int (f->path, "SELECT id FROM activity"
                                        " WHERE note = 'Controle Dordtse Kil'", 0));
  ond_plan_item_deletion_get_action_ids (deletion, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);

  /* Gone with its targets; both activities stay, the one without its link. */
  gone = row_text (f, controles);
  g_assert_cmpstr (gone, ==, "<gone> /  / ");
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item", 0), ==, 33);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM target", 0), ==, 9 - 2);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM activity", 0), ==, 2);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM activity WHERE plan_item_id IS NULL",
                            0), ==, 2);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM action_plan_item"
                            " WHERE plan_item_id = ?", controles), ==, 0);

  /* A second delete finds nothing. */
  REFUSED_STORE (f, ond_store_delete_plan_item (f->store, controles, &error),
                 OND_STORE_ERROR_NOT_FOUND, "planning row");

  /* Back: the same id, place, fields, targets (their ids too) and links. */
  restored = ond_store_restore_plan_item (f->store, deletion, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, controles);
  after = row_text (f, controles);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM action_plan_item"
                            " WHERE plan_item_id = ?", controles), ==, 1);
  others_after = snapshot (f);
  g_assert_cmpstr (others_after, ==, others_before);
  whats = slot_whats (f, 2023, "doorlopend");
  g_assert_nonnull (strstr (whats, ";" CONTROLES ";Controles seksbranche;"));
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item", 0), ==, 34);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM target", 0), ==, 9);

  /* Put back twice: the id is taken. */
  REFUSED_STORE (f, ond_store_restore_plan_item (f->store, deletion, &error),
                 OND_STORE_ERROR_INVALID, "exists already");
}

/* A row put back finds its place taken by a row added since: that one moves down. */
static void
test_restore_place (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlanItemDeletion) deletion = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *whats = NULL;
  gint64 binnenstad = row_id (f, 2023, "Q2", BINNENSTAD);
  gint64 added;

  before = row_text (f, binnenstad);
  deletion = ond_store_delete_plan_item (f->store, binnenstad, &error);
  g_assert_no_error (error);

  /* The last place of 2023 Q2 (10) is free again, and the new row takes it. */
  added = ond_store_add_plan_item (f->store, plan_id (f), 2023, "Q2", "Nieuwe verkenning", "", 0,
                                   NULL, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT position FROM plan_item WHERE id = ?", added), ==,
                   10);

  g_assert_cmpint (ond_store_restore_plan_item (f->store, deletion, &error), ==, binnenstad);
  g_assert_no_error (error);
  after = row_text (f, binnenstad);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->path, "SELECT position FROM plan_item WHERE id = ?", added), ==,
                   11);
  whats = slot_whats (f, 2023, "Q2");
  g_assert_true (g_str_has_suffix (whats, BINNENSTAD ";Nieuwe verkenning;"));
}

/* The rules of an add apply to a row put back: its theme deleted since refuses it. */
static void
test_restore_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlanItemDeletion) deletion = NULL;
  gint64 stagiair = row_id (f, 2024, "Q1", STAGIAIR);

  deletion = ond_store_delete_plan_item (f->store, stagiair, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_plan_item_deletion_get_theme_id (deletion), ==,
                   theme_id (f, "Outlaw Motorcycle Gangs (OMG)"));

  sql_exec (f->path, "DELETE FROM theme WHERE short_name = 'OMG'");
  REFUSED (f, ond_store_restore_plan_item (f->store, deletion, &error),
           OND_PLAN_ERROR_THEME, "not a theme of this plan");
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE id = ?", stagiair),
                   ==, 0);
}

/* A file opened read-only: every change refused with OND_STORE_ERROR_READ_ONLY, the list
 * still read, and the file byte for byte the same. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlanItemDeletion) deletion = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 plan = plan_id (f);
  gint64 slot = row_id (f, 2024, "Q2", "N.t.b.");

  if (ond_pg_is_uri (f->path))
    {
      /* File-only: a server database is read-only through its roles, not a mode bit. */
      g_test_skip ("a read-only file (a server database has no such mode)");
      return;
    }
  /* Deleted before the file became read-only: it cannot be put back. */
  deletion = ond_store_delete_plan_item (f->store, row_id (f, 2024, "Q1", STAGIAIR), &error);
  g_assert_no_error (error);

  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

#define READ_ONLY(call) G_STMT_START { g_assert_true ((call) == 0); \
                                       assert_refused (&error, OND_STORE_ERROR, \
                                                       OND_STORE_ERROR_READ_ONLY, \
                                                       "read-only"); } G_STMT_END
  READ_ONLY (ond_store_add_plan_item (f->store, plan, 2024, "Q2", "Iets", "", 0, NULL, FALSE,
                                      &error));
  READ_ONLY (ond_store_update_plan_item (f->store, slot, 2024, "Q2", "Iets", "", 0, "gepland",
                                         FALSE, &error));
  READ_ONLY (ond_store_set_plan_item_status (f->store, slot, "gereed", &error));
  READ_ONLY (ond_store_delete_plan_item (f->store, slot, &error));
  READ_ONLY (ond_store_restore_plan_item (f->store, deletion, &error));
#undef READ_ONLY

  items = list_items (f);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 33);

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (f->path, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/plan-items/add", test_add);
  ADD_TEST ("/ond/plan-items/add-refused", test_add_refused);
  ADD_TEST ("/ond/plan-items/fill-slot", test_fill_slot);
  ADD_TEST ("/ond/plan-items/move", test_move);
  ADD_TEST ("/ond/plan-items/update-refused", test_update_refused);
  ADD_TEST ("/ond/plan-items/status", test_status);
  ADD_TEST ("/ond/plan-items/delete-restore", test_delete_restore);
  ADD_TEST ("/ond/plan-items/restore-place", test_restore_place);
  ADD_TEST ("/ond/plan-items/restore-refused", test_restore_refused);
  ADD_TEST ("/ond/plan-items/read-only", test_read_only);

  return g_test_run ();
}
