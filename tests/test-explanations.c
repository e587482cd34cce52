/* test-explanations.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Explanations for the council (ond-store-explanations.h): set, replace, get, list, delete
 * and restore; every refusal writes nothing; a read-only file refuses. The rows are read
 * back with plain SQLite, outside the store. */

#include "config.h"

#include <glib/gstdio.h>

#include "ond-pg.h"
#include "ond-plan-error.h"
#include "ond-store-explanations.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* The seeded plan (2023-2024) and some of its content, looked up in SQL. */
static gint64
plan_id (Fixture *f)
{
  return sql_int (f->path, "SELECT id FROM plan WHERE first_year = 2023", 0);
}

static gint64
pillar (Fixture *f,
        int      number)
{
  return sql_int (f->path, "SELECT id FROM pillar WHERE number = ? AND plan_id = 1", number);
}

static gint64
indicator (Fixture    *f,
           const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM indicator WHERE code = '%s'", code);

  return sql_int (f->path, sql, 0);
}

static gint64
line (Fixture *f)
{
  return sql_int (f->path, "SELECT id FROM budget_line WHERE name = 'Integrale controles'", 0);
}

static gint64
n_explanations (Fixture *f)
{
  return sql_int (f->path, "SELECT COUNT(*) FROM explanation", 0);
}

static char *
table_sum (Fixture *f)
{
  return sql_list (f->path,
                   "SELECT id || '|' || subject || '|' || coalesce(CAST(year AS TEXT), '-')"
                   " || '|' || text || '|' || who || '|' || at FROM explanation ORDER BY id",
                   0, ";");
}

static void
test_set_get_list (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndExplanation) got = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *text = NULL;
  gint64 plan = plan_id (f);
  gint64 year_id, line_id, figure_id, p2, p1_all;

  year_id = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_YEAR, 0, 2023,
                                       "De dekking is later vastgesteld.", &error);
  g_assert_no_error (error);
  line_id = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_BUDGET_LINE, line (f),
                                       2024, "  Meer controles dan begroot.\n", &error);
  g_assert_no_error (error);
  figure_id = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_INDICATOR,
                                         indicator (f, "integrated_controls"), 2024,
                                         "Twee controles zijn verschoven.", &error);
  g_assert_no_error (error);
  p2 = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_PILLAR, pillar (f, 2), 2024,
                                  "Pijler 2 ligt op schema.", &error);
  g_assert_no_error (error);
  p1_all = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_PILLAR, pillar (f, 1), 0,
                                      "Pijler 1 voor elk jaar.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (year_id, >, 0);
  g_assert_cmpint (line_id, >, 0);
  g_assert_cmpint (figure_id, >, 0);
  g_assert_cmpint (p2, >, 0);
  g_assert_cmpint (p1_all, >, 0);

  /* Five rows, each in the column of its subject, the text trimmed. */
  g_assert_cmpint (n_explanations (f), ==, 5);
  g_assert_cmpint (sql_int (f->path, "SELECT line_id FROM explanation WHERE id = ?", line_id),
                   ==, line (f));
  g_assert_cmpint (sql_int (f->path, "SELECT indicator_id FROM explanation WHERE id = ?",
                            figure_id), ==, indicator (f, "integrated_controls"));
  g_assert_cmpint (sql_int (f->path, "SELECT year IS NULL FROM explanation WHERE id = ?",
                            p1_all), ==, 1);
  text = sql_text (f->path, "SELECT text FROM explanation WHERE id = ?", line_id);
  g_assert_cmpstr (text, ==, "Meer controles dan begroot.");

  g_assert_true (ond_store_get_explanation (f->store, plan, OND_EXPLANATION_INDICATOR,
                                            indicator (f, "integrated_controls"), 2024, &got,
                                            &error));
  g_assert_no_error (error);
  g_assert_nonnull (got);
  g_assert_cmpint (got->id, ==, figure_id);
  g_assert_cmpint (got->subject, ==, OND_EXPLANATION_INDICATOR);
  g_assert_cmpint (got->year, ==, 2024);
  g_assert_cmpstr (got->text, ==, "Twee controles zijn verschoven.");
  g_assert_cmpstr (got->who, !=, "");
  g_assert_nonnull (got->at);
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$", got->at,
                                       0, 0));
  g_clear_pointer (&got, ond_explanation_free);

  /* Another year of the same figure has none. */
  g_assert_true (ond_store_get_explanation (f->store, plan, OND_EXPLANATION_INDICATOR,
                                            indicator (f, "integrated_controls"), 2023, &got,
                                            &error));
  g_assert_no_error (error);
  g_assert_null (got);

  /* Listed: pillars (by number), figures, lines, years. */
  list = ond_store_list_explanations (f->store, plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 5);
  g_assert_cmpint (((OndExplanation *) list->pdata[0])->id, ==, p1_all);
  g_assert_cmpint (((OndExplanation *) list->pdata[1])->id, ==, p2);
  g_assert_cmpint (((OndExplanation *) list->pdata[2])->id, ==, figure_id);
  g_assert_cmpint (((OndExplanation *) list->pdata[3])->id, ==, line_id);
  g_assert_cmpint (((OndExplanation *) list->pdata[4])->id, ==, year_id);
  g_assert_cmpint (((OndExplanation *) list->pdata[3])->subject_id, ==, line (f));
}

static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 plan = plan_id (f);
  gint64 first, second;

  first = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_PILLAR, pillar (f, 3), 2024,
                                     "Eerste versie.", &error);
  g_assert_no_error (error);
  second = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_PILLAR, pillar (f, 3),
                                      2024, "Tweede versie.", &error);
  g_assert_no_error (error);

  g_assert_cmpint (first, ==, second);
  g_assert_cmpint (n_explanations (f), ==, 1);
  text = sql_text (f->path, "SELECT text FROM explanation WHERE id = ?", first);
  g_assert_cmpstr (text, ==, "Tweede versie.");

  /* The same pillar for every year is another subject. */
  g_assert_cmpint (ond_store_set_explanation (f->store, plan, OND_EXPLANATION_PILLAR,
                                              pillar (f, 3), 0, "Algemeen.", &error), !=, first);
  g_assert_no_error (error);
  g_assert_cmpint (n_explanations (f), ==, 2);
}

/* Each bad input: the error expected, and nothing written. */
static void
assert_refused (Fixture               *f,
                gint64                 plan,
                OndExplanationSubject  subject,
                gint64                 subject_id,
                int                    year,
                const char            *text,
                GQuark                 domain,
                int                    code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = table_sum (f);
  g_autofree char *after = NULL;

  g_assert_cmpint (ond_store_set_explanation (f->store, plan, subject, subject_id, year, text,
                                              &error), ==, 0);
  g_assert_error (error, domain, code);
  g_assert_cmpstr (error->message, !=, "");
  after = table_sum (f);
  g_assert_cmpstr (before, ==, after);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (OND_EXPLANATION_MAX_LENGTH + 1, 'x');
  g_autofree char *max_text = g_strnfill (OND_EXPLANATION_MAX_LENGTH, 'y');
  gint64 plan = plan_id (f);
  gint64 other_plan, other_pillar, other_line;

  /* One explanation there already, so that "nothing written" also means "nothing changed". */
  ond_store_set_explanation (f->store, plan, OND_EXPLANATION_PILLAR, pillar (f, 1), 2023,
                             "Staat er al.", &error);
  g_assert_no_error (error);

  assert_refused (f, plan, OND_EXPLANATION_PILLAR, pillar (f, 1), 2023, "   \n\t ",
                  OND_PLAN_ERROR, OND_PLAN_ERROR_TEXT);
  assert_refused (f, plan, OND_EXPLANATION_PILLAR, pillar (f, 2), 2023, "",
                  OND_PLAN_ERROR, OND_PLAN_ERROR_TEXT);
  assert_refused (f, plan, OND_EXPLANATION_PILLAR, pillar (f, 2), 2023, NULL,
                  OND_PLAN_ERROR, OND_PLAN_ERROR_TEXT);
  assert_refused (f, plan, OND_EXPLANATION_PILLAR, pillar (f, 2), 2023, long_text,
                  OND_PLAN_ERROR, OND_PLAN_ERROR_TEXT);
  assert_refused (f, plan, OND_EXPLANATION_INDICATOR, indicator (f, "mma_reports"), 2022,
                  "De nulmeting.", OND_PLAN_ERROR, OND_PLAN_ERROR_YEAR);
  assert_refused (f, plan, OND_EXPLANATION_INDICATOR, indicator (f, "mma_reports"), 2025,
                  "Te laat.", OND_PLAN_ERROR, OND_PLAN_ERROR_YEAR);
  assert_refused (f, plan, OND_EXPLANATION_BUDGET_LINE, line (f), 0, "Geen jaar.",
                  OND_PLAN_ERROR, OND_PLAN_ERROR_YEAR);
  assert_refused (f, plan, OND_EXPLANATION_PILLAR, pillar (f, 2), 2030, "Buiten het plan.",
                  OND_PLAN_ERROR, OND_PLAN_ERROR_YEAR);
  assert_refused (f, plan, OND_EXPLANATION_YEAR, 0, 1999, "Te vroeg.",
                  OND_PLAN_ERROR, OND_PLAN_ERROR_YEAR);
  assert_refused (f, plan, OND_EXPLANATION_INDICATOR, 99999, 2024, "Bestaat niet.",
                  OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  assert_refused (f, plan, OND_EXPLANATION_PILLAR, 99999, 2024, "Bestaat niet.",
                  OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  assert_refused (f, 99999, OND_EXPLANATION_YEAR, 0, 2024, "Geen plan.",
                  OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);

  /* A second plan with a pillar and a line of its own. */
  sql_exec (f->path,
            "INSERT INTO plan (title, first_year, last_year, state)"
            "  VALUES ('Uitvoeringsplan 2025-2026', 2025, 2026, 'draft');"
            "INSERT INTO pillar (plan_id, number, name)"
            "  SELECT max(id), 1, 'Aanpak' FROM plan;"
            "INSERT INTO budget_line (plan_id, position, name)"
            "  SELECT max(id), 1, 'Nieuwe post' FROM plan;");
  other_plan = sql_int (f->path, "SELECT max(id) FROM plan", 0);
  other_pillar = sql_int (f->path, "SELECT id FROM pillar WHERE plan_id = ?", other_plan);
  other_line = sql_int (f->path, "SELECT id FROM budget_line WHERE plan_id = ?", other_plan);
  g_assert_cmpint (other_plan, !=, plan);

  assert_refused (f, plan, OND_EXPLANATION_PILLAR, other_pillar, 2024, "Ander plan.",
                  OND_PLAN_ERROR, OND_PLAN_ERROR_PILLAR);
  assert_refused (f, plan, OND_EXPLANATION_BUDGET_LINE, other_line, 2024, "Ander plan.",
                  OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  /* The other plan's own years count for its content. */
  assert_refused (f, other_plan, OND_EXPLANATION_BUDGET_LINE, other_line, 2024, "2024.",
                  OND_PLAN_ERROR, OND_PLAN_ERROR_YEAR);
  g_assert_cmpint (ond_store_set_explanation (f->store, other_plan, OND_EXPLANATION_BUDGET_LINE,
                                              other_line, 2025, "Goed jaar.", &error), >, 0);
  g_assert_no_error (error);

  /* The longest text allowed, and a year that is no year of the plan for a year's
   * explanation (bookings dated outside the plan). */
  g_assert_cmpint (ond_store_set_explanation (f->store, plan, OND_EXPLANATION_PILLAR,
                                              pillar (f, 2), 2024, max_text, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_set_explanation (f->store, plan, OND_EXPLANATION_YEAR, 0, 2022,
                                              "Boekingen van 2022.", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (n_explanations (f), ==, 4);
}

static void
test_delete_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndExplanation) kept = NULL;
  g_autoptr(OndExplanation) back = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 plan = plan_id (f);
  gint64 id, other;

  id = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_BUDGET_LINE, line (f), 2023,
                                  "Uitgaven later geboekt.", &error);
  g_assert_no_error (error);
  other = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_YEAR, 0, 2024,
                                     "Ander jaar.", &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_get_explanation (f->store, plan, OND_EXPLANATION_BUDGET_LINE,
                                            line (f), 2023, &kept, &error));
  g_assert_no_error (error);
  before = table_sum (f);

  g_assert_true (ond_store_delete_explanation (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM explanation WHERE id = ?", id), ==, 0);
  g_assert_cmpint (n_explanations (f), ==, 1);

  /* Deleting it again: not found, nothing else touched. */
  g_assert_false (ond_store_delete_explanation (f->store, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (n_explanations (f), ==, 1);

  /* Undo: the same id, text, who and time. */
  g_assert_cmpint (ond_store_restore_explanation (f->store, kept, &error), ==, id);
  g_assert_no_error (error);
  after = table_sum (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (ond_store_get_explanation (f->store, plan, OND_EXPLANATION_BUDGET_LINE,
                                            line (f), 2023, &back, &error));
  g_assert_cmpstr (back->at, ==, kept->at);
  g_assert_cmpstr (back->who, ==, kept->who);

  /* Restoring what is there: its subject has it. */
  g_assert_cmpint (ond_store_restore_explanation (f->store, kept, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (n_explanations (f), ==, 2);

  /* Deleted, then written anew: the undo does not overwrite the new one. */
  g_assert_true (ond_store_delete_explanation (f->store, id, &error));
  g_assert_cmpint (ond_store_set_explanation (f->store, plan, OND_EXPLANATION_BUDGET_LINE,
                                              line (f), 2023, "Nieuw geschreven.", &error),
                   >, 0);
  g_assert_no_error (error);
  g_clear_pointer (&before, g_free);
  before = table_sum (f);
  g_assert_cmpint (ond_store_restore_explanation (f->store, kept, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_pointer (&after, g_free);
  after = table_sum (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (other, >, 0);
}

/* Undo after another explanation took the deleted one's id (SQLite gives the highest id
 * again once its row is gone): it comes back under a new id, the other one untouched. */
static void
test_restore_after_reuse (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndExplanation) kept = NULL;
  g_autoptr(OndExplanation) back = NULL;
  g_autofree char *text = NULL;
  gint64 plan = plan_id (f);
  gint64 id, newer, restored;

  id = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_YEAR, 0, 2023, "Weg en terug.",
                                  &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_get_explanation (f->store, plan, OND_EXPLANATION_YEAR, 0, 2023,
                                            &kept, &error));
  g_assert_true (ond_store_delete_explanation (f->store, id, &error));
  newer = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_YEAR, 0, 2024,
                                     "Tussendoor geschreven.", &error);
  g_assert_no_error (error);

  restored = ond_store_restore_explanation (f->store, kept, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, >, 0);
  g_assert_cmpint (restored, !=, newer);
  g_assert_cmpint (n_explanations (f), ==, 2);
  text = sql_text (f->path, "SELECT text FROM explanation WHERE id = ?", newer);
  g_assert_cmpstr (text, ==, "Tussendoor geschreven.");
  g_assert_true (ond_store_get_explanation (f->store, plan, OND_EXPLANATION_YEAR, 0, 2023,
                                            &back, &error));
  g_assert_cmpint (back->id, ==, restored);
  g_assert_cmpstr (back->text, ==, "Weg en terug.");
  g_assert_cmpstr (back->at, ==, kept->at);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndExplanation) got = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 plan = plan_id (f);
  gint64 id;

  if (ond_pg_is_uri (f->path))
    {
      /* File-only: a server database is read-only through its roles, not a mode bit. */
      g_test_skip ("a read-only file (a server database has no such mode)");
      return;
    }
  id = ond_store_set_explanation (f->store, plan, OND_EXPLANATION_PILLAR, pillar (f, 1), 2024,
                                  "Voor de raad.", &error);
  g_assert_no_error (error);
  g_clear_object (&f->store);
  before = ond_test_file_checksum (f->path);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

  /* Reading works; every change is refused. */
  g_assert_true (ond_store_get_explanation (f->store, plan, OND_EXPLANATION_PILLAR,
                                            pillar (f, 1), 2024, &got, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (got->text, ==, "Voor de raad.");
  g_assert_cmpint (ond_store_set_explanation (f->store, plan, OND_EXPLANATION_PILLAR,
                                              pillar (f, 1), 2024, "Anders.", &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ond_store_delete_explanation (f->store, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_restore_explanation (f->store, got, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (f->path, 0600);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/explanations/set-get-list", test_set_get_list);
  ADD_TEST ("/ond/explanations/replace", test_replace);
  ADD_TEST ("/ond/explanations/bad-input", test_bad_input);
  ADD_TEST ("/ond/explanations/delete-restore", test_delete_restore);
  ADD_TEST ("/ond/explanations/restore-after-reuse", test_restore_after_reuse);
  ADD_TEST ("/ond/explanations/read-only", test_read_only);

  return g_test_run ();
}
