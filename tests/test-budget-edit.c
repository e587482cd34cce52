/* test-budget-edit.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the budget of the seeded plan (ond-store-budget.h): adding, renaming, deleting
 * and restoring cost lines, budget changes and their history, and funding with its
 * earmarks. Every rule is tried and must refuse with the error code of the field it is
 * about (OND_BUDGET_ERROR; OND_STORE_ERROR for what is about no field) and a message that
 * says why, while a snapshot of the budget tables and one of the other tables (read with
 * plain SQLite, outside the store) stay the same. A deleted line comes back with its id and
 * every row the delete took, compared with plain SQL. A read-only file refuses every change
 * and stays byte for byte the same.
 */

#define G_LOG_DOMAIN "test-budget-edit"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-budget-line.h"
#include "ond-funding.h"
#include "ond-pg.h"
#include "ond-plan.h"
#include "ond-store-budget.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define EURO(n) ((gint64) (n) * 100)

#define VIK        "Veiligheidsinformatieknooppunt (VIK)"
#define MEDEWERKER "Inzet communicatiemedewerker"
#define PLAN_COMM  "Opstellen strategisch communicatieplan + contentkalender"
#define ACTIES     "Uitvoering acties uit communicatieplan + contentkalender"
#define VAKANTIE   "Uitvoering maatregelen project vakantiepark"

/* Every row of the tables a budget edit may write to, each table in the order of its key
 * (not of its rowids: a row put back is the same row under a new rowid). */
static const char * const budget_queries[] = {
  "SELECT * FROM budget_line ORDER BY id",
  "SELECT line_id, year, amount_cents FROM budget_amount ORDER BY line_id, year",
  "SELECT * FROM budget_change ORDER BY id",
  "SELECT * FROM funding ORDER BY id",
  "SELECT funding_id, line_id FROM funding_line ORDER BY funding_id, line_id",
  "SELECT plan_id, year, amount_cents FROM plan_total ORDER BY plan_id, year",
  "SELECT * FROM booking ORDER BY id",
  "SELECT * FROM explanation ORDER BY id",
};

/* Every row of the budget tables as text (plain SQL on the file or the server). */
static char *
budget_rows (Fixture *f)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint q = 0; q < G_N_ELEMENTS (budget_queries); q++)
    {
      g_autofree char *rows = sql_rows (f->path, budget_queries[q]);

      g_string_append_printf (all, "[%s]\n%s", budget_queries[q], rows);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

/* A checksum of every row of the budget tables. */
static char *
budget_snapshot (Fixture *f)
{
  g_autofree char *rows = budget_rows (f);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, rows, -1);
}

/* The one column of every row of @query joined by ",", in the order of the rows. */
static char *
joined_rows (Fixture    *f,
             const char *query)
{
  g_autofree char *rows = sql_rows (f->path, query);
  g_auto(GStrv) lines = g_strsplit (rows, "\n", -1);
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        continue;
      g_assert_true (g_str_has_suffix (lines[i], "|"));
      lines[i][strlen (lines[i]) - 1] = '\0';
      g_string_append_printf (all, "%s%s", all->len > 0 ? "," : "", lines[i]);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

/* The rows of one line, read with plain SQL: "id|plan|position|name|code" and its original
 * amounts "year:cents,..." in the order of the years. */
static char *
line_rows (Fixture *f,
           gint64   id)
{
  g_autofree char *line = sql_text (f->path,
                                    "SELECT coalesce((SELECT id || '|' || plan_id || '|' ||"
                                    "                        position || '|' || name || '|' ||"
                                    "                        coalesce(ledger_code, '<null>')"
                                    "                 FROM budget_line WHERE id = ?), '<gone>')",
                                    id);
  g_autofree char *query = g_strdup_printf ("SELECT year || ':' || amount_cents"
                                            " FROM budget_amount"
                                            " WHERE line_id = %" G_GINT64_FORMAT
                                            " ORDER BY year", id);
  g_autofree char *amounts = joined_rows (f, query);

  return g_strconcat (line, " / ", amounts, NULL);
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

/* Runs @call, which must return 0 / FALSE, refuse with @code of @domain and @words, and
 * write nothing: neither the budget tables nor the others (snapshot ()) change. */
#define REFUSED_IN(f, call, domain, code, words) G_STMT_START { \
    g_autofree char *before_ = budget_snapshot (f); \
    g_autofree char *before_others_ = snapshot (f); \
    g_autofree char *after_ = NULL; \
    g_autofree char *after_others_ = NULL; \
    g_assert_true ((call) == 0); \
    assert_refused (&error, (domain), (code), (words)); \
    after_ = budget_snapshot (f); \
    after_others_ = snapshot (f); \
    g_assert_cmpstr (before_, ==, after_); \
    g_assert_cmpstr (before_others_, ==, after_others_); \
  } G_STMT_END
/* A refusal about a field: @code of OND_BUDGET_ERROR. */
#define REFUSED(f, call, code, words) REFUSED_IN (f, call, OND_BUDGET_ERROR, code, words)
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

static GListModel *
list_lines (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *lines = ond_store_list_budget_lines (f->store, plan_id (f), &error);

  g_assert_no_error (error);
  return lines;
}

/* The line called @name as ond_store_list_budget_lines () gives it, or NULL. */
static OndBudgetLine *
find_line (Fixture    *f,
           const char *name)
{
  g_autoptr(GListModel) lines = list_lines (f);

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);

      if (g_strcmp0 (ond_budget_line_get_name (line), name) == 0)
        return g_steal_pointer (&line);
    }
  return NULL;
}

static gint64
line_id (Fixture    *f,
         const char *name)
{
  g_autoptr(OndBudgetLine) line = find_line (f, name);

  g_assert_nonnull (line);
  return ond_budget_line_get_id (line);
}

/* The names of the plan's lines in the budget's order, one string. */
static char *
line_names (Fixture *f)
{
  g_autoptr(GListModel) lines = list_lines (f);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);

      g_string_append_printf (names, "%s;", ond_budget_line_get_name (line));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The line's budget for @year (original amount plus changes). */
static gint64
budget_of (Fixture    *f,
           const char *name,
           int         year)
{
  g_autoptr(OndBudgetLine) line = find_line (f, name);

  g_assert_nonnull (line);
  return ond_budget_line_get_amount (line, year);
}

static gint64
add_change (Fixture    *f,
            const char *name,
            int         year,
            const char *date,
            gint64      amount,
            const char *reason)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ond_store_add_budget_change (f->store, line_id (f, name), year, date, amount,
                                           reason, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A second plan (2025-2026) with one line of its own, written outside the store. */
static gint64
add_other_plan_line (Fixture *f)
{
  sql_exec (f->path,
            "INSERT INTO plan (title, first_year, last_year, state)"
            " VALUES ('Uitvoeringsplan ondermijning 2025-2026', 2025, 2026, 'draft');"
            "INSERT INTO budget_line (plan_id, position, name)"
            " VALUES ((SELECT max(id) FROM plan), 1, 'Kostenpost van het volgende plan');");
  return sql_int (f->path, "SELECT id FROM budget_line WHERE name = 'Kostenpost van het"
                  " volgende plan'", 0);
}

static void
test_add_line (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) before = list_lines (f);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(OndBudgetLine) line = NULL;
  g_autoptr(OndBudgetLine) previous = NULL;
  const gint64 amounts[] = { EURO (5000), EURO (2500) + 50 };
  const gint64 zeros[] = { 0, 0 };
  gint64 id, bare_id;

  /* The seeded plan has the fourteen lines of section 6. */
  g_assert_cmpuint (g_list_model_get_n_items (before), ==, 14);

  id = ond_store_add_budget_line (f->store, plan_id (f), "  Weerbaarheidstraining horeca  ",
                                  " 6.1.9 ", amounts, G_N_ELEMENTS (amounts), &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  after = list_lines (f);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 15);
  line = g_list_model_get_item (after, 14);
  previous = g_list_model_get_item (after, 13);
  g_assert_cmpint (ond_budget_line_get_id (line), ==, id);
  g_assert_cmpstr (ond_budget_line_get_name (line), ==, "Weerbaarheidstraining horeca");
  g_assert_cmpstr (ond_budget_line_get_ledger_code (line), ==, "6.1.9");
  g_assert_cmpint (ond_budget_line_get_position (line), >,
                   ond_budget_line_get_position (previous));
  g_assert_cmpint (ond_budget_line_get_amount (line, 2023), ==, 500000);
  g_assert_cmpint (ond_budget_line_get_amount (line, 2024), ==, 250050);
  /* The original amounts, one row per year of the plan. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM budget_amount WHERE line_id = ?", id),
                   ==, 2);
  g_assert_cmpint (sql_int (f->path, "SELECT amount_cents FROM budget_amount"
                            " WHERE line_id = ? AND year = 2024", id), ==, 250050);

  /* A blank ledger code is none; an amount of 0 is an amount. */
  bare_id = ond_store_add_budget_line (f->store, plan_id (f), "Reservering", "   ", zeros, 2,
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT ledger_code IS NULL FROM budget_line WHERE id = ?",
                            bare_id), ==, 1);
  g_clear_object (&line);
  line = find_line (f, "Reservering");
  g_assert_true (ond_budget_line_has_amount (line, 2023));
  g_assert_cmpint (ond_budget_line_get_amount (line, 2023), ==, 0);
}

static void
test_add_line_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const gint64 amounts[] = { EURO (1000), EURO (1000) };
  const gint64 negative[] = { EURO (1000), -1 };
  const gint64 huge[] = { EURO (100000000) + 1, 0 };
  const gint64 most[] = { EURO (100000000), 0 };
  gint64 plan = plan_id (f);

  g_assert_cmpint (ond_store_add_budget_line (f->store, plan, "Cameratoezicht", "6.1.7", amounts,
                                              2, &error), >, 0);
  g_assert_no_error (error);

  REFUSED (f, ond_store_add_budget_line (f->store, plan, "   ", NULL, amounts, 2, &error),
           OND_BUDGET_ERROR_NAME, "name");
  REFUSED (f, ond_store_add_budget_line (f->store, plan, NULL, NULL, amounts, 2, &error),
           OND_BUDGET_ERROR_NAME, "name");
  /* The same name apart from case, accents and spaces. */
  REFUSED (f, ond_store_add_budget_line (f->store, plan, " inzet COMMUNICATIEMEDEWERKER ", NULL,
                                         amounts, 2, &error),
           OND_BUDGET_ERROR_NAME, MEDEWERKER);
  REFUSED (f, ond_store_add_budget_line (f->store, plan, "Camératoezicht", NULL, amounts, 2,
                                         &error),
           OND_BUDGET_ERROR_NAME, "Cameratoezicht");
  /* The ledger code of another line. */
  REFUSED (f, ond_store_add_budget_line (f->store, plan, "Iets anders", " 6.1.7", amounts, 2,
                                         &error),
           OND_BUDGET_ERROR_LEDGER_CODE, "6.1.7");
  /* One amount per year of the plan, each 0 or more and not beyond € 100.000.000. */
  REFUSED (f, ond_store_add_budget_line (f->store, plan, "Iets anders", NULL, amounts, 1, &error),
           OND_BUDGET_ERROR_AMOUNT, "2023–2024");
  REFUSED (f, ond_store_add_budget_line (f->store, plan, "Iets anders", NULL, NULL, 0, &error),
           OND_BUDGET_ERROR_AMOUNT, "each year");
  REFUSED (f, ond_store_add_budget_line (f->store, plan, "Iets anders", NULL, negative, 2,
                                         &error),
           OND_BUDGET_ERROR_AMOUNT, "2024");
  REFUSED (f, ond_store_add_budget_line (f->store, plan, "Iets anders", NULL, huge, 2, &error),
           OND_BUDGET_ERROR_AMOUNT, "100.000.000");
  REFUSED_STORE (f, ond_store_add_budget_line (f->store, 9999, "Iets anders", NULL, amounts,
                                               2, &error),
                 OND_STORE_ERROR_NOT_FOUND, "plan");

  /* € 100.000.000 itself is allowed. */
  g_assert_cmpint (ond_store_add_budget_line (f->store, plan, "Iets anders", NULL, most, 2,
                                              &error), >, 0);
  g_assert_no_error (error);
}

static void
test_update_line (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBudgetLine) line = NULL;
  gint64 vik = line_id (f, VIK);
  gint64 mma = line_id (f, "Meld Misdaad Anoniem (MMA)");

  g_assert_true (ond_store_update_budget_line (f->store, vik, " VIK (Veiligheidsinformatie) ",
                                               " 6.1.2a ", &error));
  g_assert_no_error (error);
  line = find_line (f, "VIK (Veiligheidsinformatie)");
  g_assert_nonnull (line);
  g_assert_cmpint (ond_budget_line_get_id (line), ==, vik);
  g_assert_cmpstr (ond_budget_line_get_ledger_code (line), ==, "6.1.2a");
  /* Renaming keeps the amounts and the place. */
  g_assert_cmpint (ond_budget_line_get_amount (line, 2023), ==, EURO (17000));
  g_assert_cmpint (ond_budget_line_get_amount (line, 2024), ==, EURO (17000));
  g_assert_cmpint (ond_budget_line_get_position (line), ==, 1);

  /* Its own name in other capitals, and its own code again, are no clash. */
  g_assert_true (ond_store_update_budget_line (f->store, vik, "vik (veiligheidsinformatie)",
                                               "6.1.2A", &error));
  g_assert_no_error (error);
  /* No code any more. */
  g_assert_true (ond_store_update_budget_line (f->store, vik, "VIK", "", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT ledger_code IS NULL FROM budget_line WHERE id = ?",
                            vik), ==, 1);

  g_assert_true (ond_store_update_budget_line (f->store, mma, "Meld Misdaad Anoniem (MMA)",
                                               "6.1.3", &error));
  g_assert_no_error (error);
  REFUSED (f, ond_store_update_budget_line (f->store, vik, "meld misdaad anoniem (mma)", NULL,
                                            &error),
           OND_BUDGET_ERROR_NAME, "Meld Misdaad Anoniem (MMA)");
  REFUSED (f, ond_store_update_budget_line (f->store, vik, "VIK", "6.1.3", &error),
           OND_BUDGET_ERROR_LEDGER_CODE, "Meld Misdaad Anoniem (MMA)");
  REFUSED (f, ond_store_update_budget_line (f->store, vik, " ", NULL, &error),
           OND_BUDGET_ERROR_NAME, "name");
  REFUSED_STORE (f, ond_store_update_budget_line (f->store, 99999, "Nieuw", NULL, &error),
                 OND_STORE_ERROR_NOT_FOUND, "cost line");
}

static void
test_delete_line (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = NULL;
  const gint64 amounts[] = { EURO (100), EURO (200) };
  gint64 plan = plan_id (f);
  gint64 unused, booked, changed, earmarked, explained;
  g_autofree char *sql = NULL;

  unused = ond_store_add_budget_line (f->store, plan, "Tijdelijk", NULL, amounts, 2, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_delete_budget_line (f->store, unused, &error));
  g_assert_no_error (error);
  g_assert_null (find_line (f, "Tijdelijk"));
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM budget_amount WHERE line_id = ?",
                            unused), ==, 0);
  REFUSED_STORE (f, ond_store_delete_budget_line (f->store, unused, &error),
                 OND_STORE_ERROR_NOT_FOUND, "cost line");

  /* In use through a booking (written with plain SQL), a budget change, an earmark: the
   * seeded RIEC money is earmarked for the communicatiemedewerker. */
  booked = line_id (f, VIK);
  sql = g_strdup_printf ("INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
                         " VALUES ('2023-04-01', %" G_GINT64_FORMAT ", 120000, 'realisatie',"
                         " 'F-2023-001')", booked);
  sql_exec (f->path, sql);
  REFUSED (f, ond_store_delete_budget_line (f->store, booked, &error),
           OND_BUDGET_ERROR_IN_USE, "bookings");

  changed = line_id (f, "Integrale controles");
  add_change (f, "Integrale controles", 2024, "01-02-2024", EURO (500), "Extra controles");
  REFUSED (f, ond_store_delete_budget_line (f->store, changed, &error),
           OND_BUDGET_ERROR_IN_USE, "budget changes");

  earmarked = line_id (f, MEDEWERKER);
  REFUSED (f, ond_store_delete_budget_line (f->store, earmarked, &error),
           OND_BUDGET_ERROR_IN_USE, "earmarked");

  /* An explanation for the council about the line (written with plain SQL): deleting the
   * line would take it along. */
  explained = line_id (f, "Inzet bestuurlijke maatregelen");
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("INSERT INTO explanation (plan_id, subject, line_id, year, text, at)"
                         " VALUES (%" G_GINT64_FORMAT ", 'budget_line', %" G_GINT64_FORMAT ","
                         " 2023, 'Minder maatregelen dan verwacht', '2024-01-15T10:00:00')",
                         plan, explained);
  sql_exec (f->path, sql);
  REFUSED (f, ond_store_delete_budget_line (f->store, explained, &error),
           OND_BUDGET_ERROR_IN_USE, "explanation");
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM explanation WHERE line_id = ?",
                            explained), ==, 1);

  lines = list_lines (f);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 14);
}

/* A deleted line comes back as it was: its id, place, name, ledger code and amounts, every
 * row the delete took (read with plain SQL before and after), and the budget reads as
 * before. */
static void
test_restore_line (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBudgetLine) line = NULL;
  g_autoptr(OndBudgetLine) short_line = NULL;
  g_autoptr(OndBudgetLine) restored = NULL;
  g_autofree char *rows_before = NULL;
  g_autofree char *rows_deleted = NULL;
  g_autofree char *rows_after = NULL;
  g_autofree char *names_before = NULL;
  g_autofree char *names_after = NULL;
  g_autofree char *bibob_rows = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *short_before = NULL;
  g_autofree char *short_after = NULL;
  g_autofree char *gone = NULL;
  const gint64 zeros[] = { 0, 0 };
  gint64 plan = plan_id (f);
  gint64 bibob = line_id (f, "BIBOB trainingen");
  gint64 short_id, newer;

  /* The third line of section 6, € 7.500 in both years, given a ledger code. */
  g_assert_true (ond_store_update_budget_line (f->store, bibob, "BIBOB trainingen", "6.1.4",
                                               &error));
  g_assert_no_error (error);
  rows_before = budget_rows (f);
  names_before = line_names (f);
  line = find_line (f, "BIBOB trainingen");

  g_assert_true (ond_store_delete_budget_line (f->store, bibob, &error));
  g_assert_no_error (error);
  gone = line_rows (f, bibob);
  g_assert_cmpstr (gone, ==, "<gone> / ");
  rows_deleted = budget_rows (f);
  g_assert_cmpstr (rows_deleted, !=, rows_before);
  g_clear_pointer (&names_after, g_free);
  names_after = line_names (f);
  g_assert_null (strstr (names_after, "BIBOB"));

  g_assert_cmpint (ond_store_restore_budget_line (f->store, plan, line, &error), ==, bibob);
  g_assert_no_error (error);
  /* Every row of every budget table is as it was. */
  rows_after = budget_rows (f);
  g_assert_cmpstr (rows_after, ==, rows_before);
  bibob_rows = line_rows (f, bibob);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|3|BIBOB trainingen|"
                              "6.1.4 / 2023:750000,2024:750000", bibob, plan);
  g_assert_cmpstr (bibob_rows, ==, expected);
  /* Third again, with its budget. */
  g_clear_pointer (&names_after, g_free);
  names_after = line_names (f);
  g_assert_cmpstr (names_after, ==, names_before);
  restored = find_line (f, "BIBOB trainingen");
  g_assert_cmpint (ond_budget_line_get_position (restored), ==, 3);
  g_assert_cmpint (ond_budget_line_get_amount (restored, 2023), ==, EURO (7500));
  g_assert_cmpint (ond_budget_line_get_amount (restored, 2024), ==, EURO (7500));
  /* And it can be used as before: a budget change. */
  add_change (f, "BIBOB trainingen", 2024, "01-02-2024", EURO (500), "Extra training");
  g_assert_cmpint (budget_of (f, "BIBOB trainingen", 2024), ==, EURO (8000));

  /* A line with an amount for 2023 only and no ledger code (written with plain SQL, as an
   * older file may have it), last in the budget. Deleted; a new line takes its place at the
   * end; Undo puts it back in its place, and the newer line after it. */
  sql_exec (f->path,
            "INSERT INTO budget_line (id, plan_id, position, name)"
            " VALUES (100, (SELECT id FROM plan WHERE first_year = 2023), 15, 'Alleen 2023');"
            "INSERT INTO budget_amount (line_id, year, amount_cents)"
            " VALUES ((SELECT id FROM budget_line WHERE name = 'Alleen 2023'), 2023, 123456);");
  short_id = line_id (f, "Alleen 2023");
  short_before = line_rows (f, short_id);
  short_line = find_line (f, "Alleen 2023");
  g_assert_false (ond_budget_line_has_amount (short_line, 2024));
  g_assert_true (ond_store_delete_budget_line (f->store, short_id, &error));
  g_assert_no_error (error);
  newer = ond_store_add_budget_line (f->store, plan, "Nieuwer", NULL, zeros, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT position FROM budget_line WHERE id = ?", newer), ==,
                   15);

  g_assert_cmpint (ond_store_restore_budget_line (f->store, plan, short_line, &error), ==,
                   short_id);
  g_assert_no_error (error);
  short_after = line_rows (f, short_id);
  g_assert_cmpstr (short_after, ==, short_before);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM budget_amount WHERE line_id = ?",
                            short_id), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT position FROM budget_line WHERE id = ?", newer), ==,
                   16);
  {
    g_autoptr(GListModel) lines = list_lines (f);
    g_autoptr(OndBudgetLine) fifteenth = g_list_model_get_item (lines, 14);
    g_autoptr(OndBudgetLine) sixteenth = g_list_model_get_item (lines, 15);

    g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 16);
    g_assert_cmpstr (ond_budget_line_get_name (fifteenth), ==, "Alleen 2023");
    g_assert_cmpstr (ond_budget_line_get_name (sixteenth), ==, "Nieuwer");
    g_assert_null (ond_budget_line_get_ledger_code (fifteenth));
    g_assert_false (ond_budget_line_has_amount (fifteenth, 2024));
  }
}

/* A line put back follows the rules of a new one, and its id must be free. */
static void
test_restore_line_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBudgetLine) line = NULL;
  g_autoptr(OndBudgetLine) unsaved = NULL;
  g_autoptr(OndBudgetLine) negative = NULL;
  g_autoptr(OndBudgetLine) huge = NULL;
  g_autoptr(OndBudgetLine) blank = NULL;
  const int years[] = { 2023, 2024 };
  const gint64 amounts[] = { EURO (100), EURO (100) };
  const gint64 below[] = { EURO (100), -1 };
  const gint64 beyond[] = { EURO (100000000) + 1, 0 };
  gint64 plan = plan_id (f);
  gint64 digi = line_id (f, "Inzet Digitale Opsporing BV");
  gint64 mma = line_id (f, "Meld Misdaad Anoniem (MMA)");
  gint64 other;

  g_assert_true (ond_store_update_budget_line (f->store, digi, "Inzet Digitale Opsporing BV",
                                               "6.1.6", &error));
  g_assert_no_error (error);
  line = find_line (f, "Inzet Digitale Opsporing BV");
  g_assert_true (ond_store_delete_budget_line (f->store, digi, &error));
  g_assert_no_error (error);

  /* Meanwhile another line took its name, then its ledger code. */
  g_assert_true (ond_store_update_budget_line (f->store, mma, "inzet digitale opsporing bv",
                                               NULL, &error));
  REFUSED (f, ond_store_restore_budget_line (f->store, plan, line, &error),
           OND_BUDGET_ERROR_NAME, "inzet digitale opsporing bv");
  g_assert_true (ond_store_update_budget_line (f->store, mma, "Meld Misdaad Anoniem (MMA)",
                                               "6.1.6", &error));
  REFUSED (f, ond_store_restore_budget_line (f->store, plan, line, &error),
           OND_BUDGET_ERROR_LEDGER_CODE, "6.1.6");
  g_assert_true (ond_store_update_budget_line (f->store, mma, "Meld Misdaad Anoniem (MMA)",
                                               NULL, &error));

  /* Into a plan that does not exist, or into the next plan, whose years it has no amounts
   * for. */
  REFUSED_STORE (f, ond_store_restore_budget_line (f->store, 9999, line, &error),
                 OND_STORE_ERROR_NOT_FOUND, "plan");
  other = add_other_plan_line (f);
  REFUSED (f, ond_store_restore_budget_line (f->store,
                                             sql_int (f->path, "SELECT plan_id FROM budget_line"
                                                      " WHERE id = ?", other),
                                             line, &error),
           OND_BUDGET_ERROR_YEAR, "2025–2026");

  /* Now it goes back; a second time its id is taken. */
  g_assert_cmpint (ond_store_restore_budget_line (f->store, plan, line, &error), ==, digi);
  g_assert_no_error (error);
  REFUSED_STORE (f, ond_store_restore_budget_line (f->store, plan, line, &error),
                 OND_STORE_ERROR_INVALID, "exists already");

  /* Lines that were never stored, or with amounts no line may have. */
  unsaved = ond_budget_line_new (0, 1, "Nooit bewaard", NULL, years, amounts, 2, 1);
  REFUSED_STORE (f, ond_store_restore_budget_line (f->store, plan, unsaved, &error),
                 OND_STORE_ERROR_INVALID, "stored");
  negative = ond_budget_line_new (9000, 1, "Onder nul", NULL, years, below, 2, 1);
  REFUSED (f, ond_store_restore_budget_line (f->store, plan, negative, &error),
           OND_BUDGET_ERROR_AMOUNT, "2024");
  huge = ond_budget_line_new (9000, 1, "Te veel", NULL, years, beyond, 2, 1);
  REFUSED (f, ond_store_restore_budget_line (f->store, plan, huge, &error),
           OND_BUDGET_ERROR_AMOUNT, "100.000.000");
  blank = ond_budget_line_new (9000, 1, "  ", NULL, years, amounts, 2, 1);
  REFUSED (f, ond_store_restore_budget_line (f->store, plan, blank, &error),
           OND_BUDGET_ERROR_NAME, "name");
}

static void
test_change (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Section 6: VIK € 17.000 in both years. */
  g_assert_cmpint (budget_of (f, VIK, 2023), ==, EURO (17000));

  add_change (f, VIK, 2023, "01-03-2023", EURO (2500), "Raadsbesluit voorjaarsnota");
  g_assert_cmpint (budget_of (f, VIK, 2023), ==, EURO (17000) + EURO (2500));
  g_assert_cmpint (budget_of (f, VIK, 2024), ==, EURO (17000));

  add_change (f, VIK, 2023, "2023-09-15", -EURO (4000) - 25, "Overheveling naar MMA");
  g_assert_cmpint (budget_of (f, VIK, 2023), ==, EURO (17000) + EURO (2500) - EURO (4000) - 25);
  g_assert_cmpint (budget_of (f, VIK, 2023), ==, 1549975);

  /* The original amount is never overwritten. */
  g_assert_cmpint (sql_int (f->path, "SELECT amount_cents FROM budget_amount"
                            " WHERE line_id = ? AND year = 2023", line_id (f, VIK)), ==,
                   EURO (17000));

  /* A line without a 2024 budget gets one through a change. */
  g_assert_cmpint (budget_of (f, PLAN_COMM, 2024), ==, 0);
  add_change (f, PLAN_COMM, 2024, "10-01-2024", EURO (1000), "Actualisatie communicatieplan");
  g_assert_cmpint (budget_of (f, PLAN_COMM, 2024), ==, EURO (1000));
  g_assert_cmpint (budget_of (f, PLAN_COMM, 2023), ==, EURO (10000));

  /* Down to exactly 0 is allowed. */
  add_change (f, PLAN_COMM, 2024, "20-01-2024", -EURO (1000), "Toch niet nodig");
  g_assert_cmpint (budget_of (f, PLAN_COMM, 2024), ==, 0);
}

static void
test_change_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 vik = line_id (f, VIK);
  gint64 other;

  add_change (f, VIK, 2023, "01-03-2023", EURO (1000), "Raadsbesluit");
  /* 17.000 + 1.000: taking 18.000,01 away would leave less than nothing. */
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2023, "02-03-2023",
                                           -EURO (18000) - 1, "Te veel", &error),
           OND_BUDGET_ERROR_AMOUNT, "below € 0");
  /* The other year counts on its own: 2024 has 17.000. */
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2024, "02-03-2023",
                                           -EURO (17000) - 1, "Te veel", &error),
           OND_BUDGET_ERROR_AMOUNT, "€ 17.000");
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2023, "02-03-2023", 0, "Niets",
                                           &error),
           OND_BUDGET_ERROR_AMOUNT, "€ 0");
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2023, "02-03-2023",
                                           EURO (100000000) + 1, "Typefout", &error),
           OND_BUDGET_ERROR_AMOUNT, "100.000.000");
  /* An amount within the limit that would take the budget (€ 18.000) beyond it. */
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2023, "02-03-2023",
                                           EURO (100000000) - EURO (18000) + 1, "Typefout",
                                           &error),
           OND_BUDGET_ERROR_AMOUNT, "100.000.000");
  /* Outside the plan's period. */
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2025, "02-03-2023", EURO (10),
                                           "Volgend plan", &error),
           OND_BUDGET_ERROR_YEAR, "2025");
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2022, "02-03-2023", EURO (10),
                                           "Vorig plan", &error),
           OND_BUDGET_ERROR_YEAR, "2023–2024");
  /* A reason is required. */
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2023, "02-03-2023", EURO (10), "  ",
                                           &error),
           OND_BUDGET_ERROR_REASON, "reason");
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2023, "02-03-2023", EURO (10), NULL,
                                           &error),
           OND_BUDGET_ERROR_REASON, "reason");
  /* A real date. */
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2023, "", EURO (10), "Reden", &error),
           OND_BUDGET_ERROR_DATE, "date");
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2023, NULL, EURO (10), "Reden",
                                           &error),
           OND_BUDGET_ERROR_DATE, "date");
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2023, "31-02-2023", EURO (10), "Reden",
                                           &error),
           OND_BUDGET_ERROR_DATE, "31-02-2023");
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2023, "morgen", EURO (10), "Reden",
                                           &error),
           OND_BUDGET_ERROR_DATE, "morgen");
  REFUSED (f, ond_store_add_budget_change (f->store, vik, 2023, "01-01-1999", EURO (10), "Reden",
                                           &error),
           OND_BUDGET_ERROR_DATE, "2000");
  REFUSED_STORE (f, ond_store_add_budget_change (f->store, 99999, 2023, "02-03-2023",
                                                 EURO (10), "Reden", &error),
                 OND_STORE_ERROR_NOT_FOUND, "cost line");
  /* A line of the next plan takes only that plan's years. */
  other = add_other_plan_line (f);
  REFUSED (f, ond_store_add_budget_change (f->store, other, 2024, "02-03-2024", EURO (10),
                                           "Reden", &error),
           OND_BUDGET_ERROR_YEAR, "2025–2026");

  /* Nothing of that reached the budget. */
  g_assert_cmpint (budget_of (f, VIK, 2023), ==, EURO (18000));
  g_assert_cmpint (budget_of (f, VIK, 2024), ==, EURO (17000));
}

/* Item @i of @changes (transfer none: the list keeps it). */
static OndBudgetChange *
change_at (GListModel *changes,
           guint       i)
{
  OndBudgetChange *change = g_list_model_get_item (changes, i);

  g_assert_nonnull (change);
  g_object_unref (change);
  return change;
}

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) of_vik = NULL;
  g_autoptr(GListModel) empty = NULL;
  gint64 plan = plan_id (f);
  gint64 late, early, middle, same_day;
  OndBudgetChange *change;

  /* Entered out of order: listed by date, and in the order entered on the same date. */
  late = add_change (f, VIK, 2024, "15-11-2023", EURO (3000), "Najaarsnota");
  early = add_change (f, MEDEWERKER, 2023, "2023-02-01", -EURO (5000), "Later gestart");
  middle = add_change (f, VIK, 2023, "01-06-2023", -EURO (1500) - 99, "Overheveling");
  same_day = add_change (f, ACTIES, 2023, "01-06-2023", EURO (1500) + 99, "Overheveling");

  all = ond_store_list_budget_changes (f->store, plan, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_item_type (all), ==, OND_TYPE_BUDGET_CHANGE);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 4);

  change = change_at (all, 0);
  g_assert_cmpint (ond_budget_change_get_id (change), ==, early);
  g_assert_cmpint (ond_budget_change_get_line_id (change), ==, line_id (f, MEDEWERKER));
  g_assert_cmpstr (ond_budget_change_get_line_name (change), ==, MEDEWERKER);
  g_assert_cmpint (ond_budget_change_get_year (change), ==, 2023);
  g_assert_cmpstr (ond_budget_change_get_date (change), ==, "2023-02-01");
  g_assert_cmpint (ond_budget_change_get_amount (change), ==, -500000);
  g_assert_cmpstr (ond_budget_change_get_reason (change), ==, "Later gestart");
  g_assert_cmpstr (ond_budget_change_get_who (change), ==, ond_test_user_name (f->path));

  change = change_at (all, 1);
  g_assert_cmpint (ond_budget_change_get_id (change), ==, middle);
  g_assert_cmpstr (ond_budget_change_get_date (change), ==, "2023-06-01");
  g_assert_cmpint (ond_budget_change_get_amount (change), ==, -150099);
  change = change_at (all, 2);
  g_assert_cmpint (ond_budget_change_get_id (change), ==, same_day);
  g_assert_cmpstr (ond_budget_change_get_line_name (change), ==, ACTIES);
  change = change_at (all, 3);
  g_assert_cmpint (ond_budget_change_get_id (change), ==, late);
  g_assert_cmpstr (ond_budget_change_get_date (change), ==, "2023-11-15");
  g_assert_cmpint (ond_budget_change_get_year (change), ==, 2024);
  g_assert_cmpstr (ond_budget_change_get_who (change), ==, ond_test_user_name (f->path));

  /* The properties say the same as the getters. */
  {
    g_autofree char *reason = NULL;
    gint64 amount;

    g_object_get (change, "reason", &reason, "amount", &amount, NULL);
    g_assert_cmpstr (reason, ==, "Najaarsnota");
    g_assert_cmpint (amount, ==, 300000);
  }

  /* One line: its own changes only. */
  of_vik = ond_store_list_budget_changes (f->store, plan, line_id (f, VIK), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (of_vik), ==, 2);
  g_assert_cmpint (ond_budget_change_get_id (change_at (of_vik, 0)), ==, middle);
  g_assert_cmpint (ond_budget_change_get_id (change_at (of_vik, 1)), ==, late);

  /* The budgets follow: 17.000 - 1.500,99 in 2023 and 17.000 + 3.000 in 2024. */
  g_assert_cmpint (budget_of (f, VIK, 2023), ==, 1549901);
  g_assert_cmpint (budget_of (f, VIK, 2024), ==, 2000000);
  g_assert_cmpint (budget_of (f, ACTIES, 2023), ==, EURO (40000) + 150099);
  g_assert_cmpint (budget_of (f, MEDEWERKER, 2023), ==, EURO (35000));

  /* Another plan has none. */
  add_other_plan_line (f);
  empty = ond_store_list_budget_changes (f->store,
                                         sql_int (f->path, "SELECT max(id) FROM plan", 0), 0,
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
}

static OndFunding *
find_funding (Fixture *f,
              gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) funding = ond_store_list_funding (f->store, plan_id (f), &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (funding); i++)
    {
      g_autoptr(OndFunding) item = g_list_model_get_item (funding, i);

      if (ond_funding_get_id (item) == id)
        return g_steal_pointer (&item);
    }
  return NULL;
}

static void
test_funding (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndFunding) funding = NULL;
  gint64 plan = plan_id (f);
  gint64 acties = line_id (f, ACTIES);
  gint64 vakantie = line_id (f, VAKANTIE);
  gint64 vik = line_id (f, VIK);
  const gint64 earmark[] = { acties, vakantie, acties };
  const gint64 one[] = { vik };
  const gint64 *ids;
  guint n;
  gint64 id, open_id;

  /* The seed has three rows of funding (section 6). */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM funding WHERE plan_id = ?", plan), ==,
                   3);

  id = ond_store_save_funding (f->store, plan, 0, 2024, "riec", EURO (20000),
                               "  voor weerbaarheidsprojecten  ", earmark, G_N_ELEMENTS (earmark),
                               &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  funding = find_funding (f, id);
  g_assert_nonnull (funding);
  g_assert_cmpint (ond_funding_get_year (funding), ==, 2024);
  g_assert_cmpstr (ond_funding_get_source (funding), ==, "riec");
  g_assert_cmpint (ond_funding_get_amount (funding), ==, 2000000);
  g_assert_cmpstr (ond_funding_get_earmark (funding), ==, "voor weerbaarheidsprojecten");
  /* A line named twice is earmarked once. */
  ids = ond_funding_get_line_ids (funding, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (ond_funding_may_pay_for (funding, acties));
  g_assert_true (ond_funding_may_pay_for (funding, vakantie));
  g_assert_false (ond_funding_may_pay_for (funding, vik));
  g_assert_true (ids[0] == acties || ids[1] == acties);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM funding_line WHERE funding_id = ?",
                            id), ==, 2);

  /* Changed: another year, source and amount, one line instead of two. */
  g_assert_cmpint (ond_store_save_funding (f->store, plan, id, 2023, "overig", EURO (7500) + 1,
                                           NULL, one, 1, &error), ==, id);
  g_assert_no_error (error);
  g_clear_object (&funding);
  funding = find_funding (f, id);
  g_assert_cmpint (ond_funding_get_year (funding), ==, 2023);
  g_assert_cmpstr (ond_funding_get_source (funding), ==, "overig");
  g_assert_cmpint (ond_funding_get_amount (funding), ==, 750001);
  g_assert_cmpstr (ond_funding_get_earmark (funding), ==, "");
  g_assert_true (ond_funding_may_pay_for (funding, vik));
  g_assert_false (ond_funding_may_pay_for (funding, acties));
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM funding_line WHERE funding_id = ?",
                            id), ==, 1);

  /* No lines: it may pay for any line. An amount of 0 is an amount. */
  open_id = ond_store_save_funding (f->store, plan, 0, 2024, "taakveld_1_2", 0, "", NULL, 0,
                                    &error);
  g_assert_no_error (error);
  g_clear_object (&funding);
  funding = find_funding (f, open_id);
  g_assert_true (ond_funding_may_pay_for (funding, vik));
  g_assert_true (ond_funding_may_pay_for (funding, acties));
  g_assert_cmpint (ond_funding_get_amount (funding), ==, 0);

  /* The earmarked line cannot be deleted while the funding names it; after the funding is
   * deleted it can. */
  REFUSED (f, ond_store_delete_budget_line (f->store, vik, &error), OND_BUDGET_ERROR_IN_USE,
           "earmarked");
  g_assert_true (ond_store_delete_funding (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (find_funding (f, id));
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM funding_line WHERE funding_id = ?",
                            id), ==, 0);
  g_assert_true (ond_store_delete_budget_line (f->store, vik, &error));
  g_assert_no_error (error);
  REFUSED_STORE (f, ond_store_delete_funding (f->store, id, &error),
                 OND_STORE_ERROR_NOT_FOUND, "funding");
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM funding WHERE plan_id = ?", plan), ==,
                   4);
}

static void
test_funding_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 plan = plan_id (f);
  gint64 acties = line_id (f, ACTIES);
  gint64 other = add_other_plan_line (f);
  gint64 other_plan = sql_int (f->path, "SELECT plan_id FROM budget_line WHERE id = ?", other);
  gint64 riec = sql_int (f->path, "SELECT id FROM funding WHERE source = 'riec' AND plan_id = ?",
                         plan);
  const gint64 mixed[] = { acties, other };
  const gint64 missing[] = { acties, 99999 };
  const gint64 good[] = { acties };

  g_assert_cmpint (riec, >, 0);
  /* A line of another plan, as a new earmark and as a change of the RIEC earmark. */
  REFUSED (f, ond_store_save_funding (f->store, plan, 0, 2023, "riec", EURO (100), "", mixed, 2,
                                      &error),
           OND_BUDGET_ERROR_LINES, "another plan");
  REFUSED (f, ond_store_save_funding (f->store, plan, riec, 2023, "riec", EURO (65000), "",
                                      mixed, 2, &error),
           OND_BUDGET_ERROR_LINES, "Kostenpost van het volgende plan");
  REFUSED (f, ond_store_save_funding (f->store, plan, 0, 2023, "riec", EURO (100), "", missing,
                                      2, &error),
           OND_BUDGET_ERROR_LINES, "does not exist");
  /* Year, source, amount. */
  REFUSED (f, ond_store_save_funding (f->store, plan, 0, 2025, "riec", EURO (100), "", good, 1,
                                      &error),
           OND_BUDGET_ERROR_YEAR, "2025");
  REFUSED (f, ond_store_save_funding (f->store, plan, 0, 2023, "gemeentefonds", EURO (100), "",
                                      good, 1, &error),
           OND_BUDGET_ERROR_SOURCE, "gemeentefonds");
  REFUSED (f, ond_store_save_funding (f->store, plan, 0, 2023, " ", EURO (100), "", good, 1,
                                      &error),
           OND_BUDGET_ERROR_SOURCE, "source");
  REFUSED (f, ond_store_save_funding (f->store, plan, 0, 2023, NULL, EURO (100), "", good, 1,
                                      &error),
           OND_BUDGET_ERROR_SOURCE, "source");
  REFUSED (f, ond_store_save_funding (f->store, plan, 0, 2023, "riec", -1, "", good, 1, &error),
           OND_BUDGET_ERROR_AMOUNT, "below € 0");
  REFUSED (f, ond_store_save_funding (f->store, plan, 0, 2023, "riec", EURO (100000000) + 1, "",
                                      good, 1, &error),
           OND_BUDGET_ERROR_AMOUNT, "100.000.000");
  /* Funding that does not exist, or is another plan's. */
  REFUSED_STORE (f, ond_store_save_funding (f->store, plan, 99999, 2023, "riec", EURO (100), "",
                                            good, 1, &error),
                 OND_STORE_ERROR_NOT_FOUND, "funding");
  REFUSED_STORE (f, ond_store_save_funding (f->store, other_plan, riec, 2025, "riec", EURO (100),
                                            "", NULL, 0, &error),
                 OND_STORE_ERROR_NOT_FOUND, "funding");
  REFUSED_STORE (f, ond_store_save_funding (f->store, 99999, 0, 2023, "riec", EURO (100), "",
                                            good, 1, &error),
                 OND_STORE_ERROR_NOT_FOUND, "plan");
  REFUSED_STORE (f, ond_store_delete_funding (f->store, 99999, &error),
                 OND_STORE_ERROR_NOT_FOUND, "funding");

  /* The other plan may earmark its own line in its own years. */
  g_assert_cmpint (ond_store_save_funding (f->store, other_plan, 0, 2025, "taakveld_1_2",
                                           EURO (150000), "", &other, 1, &error), >, 0);
  g_assert_no_error (error);
}

/* The rows of one funding, read with plain SQL: "id|plan|year|source|cents|earmark" and
 * the lines it may pay for "line,line,..." in the order of their ids. */
static char *
funding_rows (Fixture *f,
              gint64   id)
{
  g_autofree char *funding = sql_text (f->path,
                                       "SELECT coalesce((SELECT id || '|' || plan_id || '|' ||"
                                       "                        year || '|' || source || '|' ||"
                                       "                        amount_cents || '|' || earmark"
                                       "                 FROM funding WHERE id = ?), '<gone>')",
                                       id);
  g_autofree char *query = g_strdup_printf ("SELECT line_id FROM funding_line"
                                            " WHERE funding_id = %" G_GINT64_FORMAT
                                            " ORDER BY line_id", id);
  g_autofree char *lines = joined_rows (f, query);

  return g_strconcat (funding, " / ", lines, NULL);
}

/* Deleted funding comes back as it was: its id, year, source, amount, earmark text and the
 * lines it may pay for, every row of funding and funding_line (read with plain SQL before
 * and after), and the earmark holds again. */
static void
test_restore_funding (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndFunding) riec = NULL;
  g_autoptr(OndFunding) open = NULL;
  g_autoptr(OndFunding) restored = NULL;
  g_autofree char *rows_before = NULL;
  g_autofree char *rows_deleted = NULL;
  g_autofree char *rows_after = NULL;
  g_autofree char *riec_before = NULL;
  g_autofree char *riec_rows = NULL;
  g_autofree char *open_before = NULL;
  g_autofree char *open_after = NULL;
  g_autofree char *gone = NULL;
  g_autofree char *expected = NULL;
  gint64 plan = plan_id (f);
  gint64 comm = line_id (f, PLAN_COMM);
  gint64 medewerker = line_id (f, MEDEWERKER);
  gint64 acties = line_id (f, ACTIES);
  gint64 riec_id = sql_int (f->path, "SELECT id FROM funding WHERE source = 'riec'"
                            " AND plan_id = ?", plan);
  gint64 open_id;
  guint n = 0;

  /* The seeded RIEC money: € 65.000 for 2023, for communication and resilience, earmarked
   * for three lines. */
  g_assert_cmpint (riec_id, >, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM funding_line WHERE funding_id = ?",
                            riec_id), ==, 3);
  rows_before = budget_rows (f);
  riec_before = funding_rows (f, riec_id);
  riec = find_funding (f, riec_id);
  g_assert_nonnull (riec);

  g_assert_true (ond_store_delete_funding (f->store, riec_id, &error));
  g_assert_no_error (error);
  g_assert_null (find_funding (f, riec_id));
  gone = funding_rows (f, riec_id);
  g_assert_cmpstr (gone, ==, "<gone> / ");
  rows_deleted = budget_rows (f);
  g_assert_cmpstr (rows_deleted, !=, rows_before);
  /* Without the earmark, the medewerker's line could be deleted now. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM funding_line WHERE line_id = ?",
                            medewerker), ==, 0);

  g_assert_cmpint (ond_store_restore_funding (f->store, plan, riec, &error), ==, riec_id);
  g_assert_no_error (error);
  /* Every row of every budget table is as it was. */
  rows_after = budget_rows (f);
  g_assert_cmpstr (rows_after, ==, rows_before);
  riec_rows = funding_rows (f, riec_id);
  g_assert_cmpstr (riec_rows, ==, riec_before);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|2023|riec|6500000|"
                              "voor communicatie- en weerbaarheidsprojecten / ", riec_id, plan);
  g_assert_true (g_str_has_prefix (riec_rows, expected));
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM funding_line WHERE funding_id = ?",
                            riec_id), ==, 3);
  restored = find_funding (f, riec_id);
  g_assert_nonnull (restored);
  g_assert_cmpint (ond_funding_get_amount (restored), ==, EURO (65000));
  g_assert_cmpstr (ond_funding_get_earmark (restored), ==,
                   "voor communicatie- en weerbaarheidsprojecten");
  ond_funding_get_line_ids (restored, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (ond_funding_may_pay_for (restored, comm));
  g_assert_true (ond_funding_may_pay_for (restored, medewerker));
  g_assert_true (ond_funding_may_pay_for (restored, acties));
  g_assert_false (ond_funding_may_pay_for (restored, line_id (f, VIK)));
  /* The earmark holds again: its lines are in use. */
  REFUSED (f, ond_store_delete_budget_line (f->store, medewerker, &error),
           OND_BUDGET_ERROR_IN_USE, "earmarked");

  /* Funding for any line, of € 0, without an earmark text: back as it was, and not
   * earmarked for anything. */
  open_id = ond_store_save_funding (f->store, plan, 0, 2024, "overig", 0, "", NULL, 0, &error);
  g_assert_no_error (error);
  open_before = funding_rows (f, open_id);
  open = find_funding (f, open_id);
  g_assert_true (ond_store_delete_funding (f->store, open_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_restore_funding (f->store, plan, open, &error), ==, open_id);
  g_assert_no_error (error);
  open_after = funding_rows (f, open_id);
  g_assert_cmpstr (open_after, ==, open_before);
  g_assert_true (g_str_has_suffix (open_after, "|2024|overig|0| / "));
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM funding WHERE plan_id = ?", plan), ==,
                   4);
}

/* Funding put back follows the rules of new funding, and its id must be free. */
static void
test_restore_funding_refused (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndFunding) riec = NULL;
  g_autoptr(OndFunding) last = NULL;
  g_autoptr(OndFunding) unsaved = NULL;
  g_autoptr(OndFunding) negative = NULL;
  g_autoptr(OndFunding) huge = NULL;
  g_autoptr(OndFunding) unknown = NULL;
  g_autoptr(OndFunding) blank = NULL;
  gint64 plan = plan_id (f);
  gint64 vik = line_id (f, VIK);
  gint64 riec_id = sql_int (f->path, "SELECT id FROM funding WHERE source = 'riec'"
                            " AND plan_id = ?", plan);
  gint64 last_id = sql_int (f->path, "SELECT max(id) FROM funding WHERE plan_id = ?", plan);
  gint64 other, newer;

  /* The last funding is deleted; new funding added since gets a number of its own (ids are
   * never given twice, schema version 5), so Undo still puts the deleted one back. */
  last = find_funding (f, last_id);
  g_assert_nonnull (last);
  g_assert_true (ond_store_delete_funding (f->store, last_id, &error));
  g_assert_no_error (error);
  newer = ond_store_save_funding (f->store, plan, 0, 2023, "overig", EURO (10), "Nieuw", NULL,
                                  0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (newer, >, last_id);
  g_assert_cmpint (ond_store_restore_funding (f->store, plan, last, &error), ==, last_id);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT amount_cents FROM funding WHERE id = ?", newer), ==,
                   EURO (10));

  riec = find_funding (f, riec_id);
  g_assert_true (ond_store_delete_funding (f->store, riec_id, &error));
  g_assert_no_error (error);

  /* Into a plan that does not exist, or into the next plan: 2023 is not one of its years,
   * and the lines are not its lines. */
  REFUSED_STORE (f, ond_store_restore_funding (f->store, 9999, riec, &error),
                 OND_STORE_ERROR_NOT_FOUND, "plan");
  other = add_other_plan_line (f);
  REFUSED (f, ond_store_restore_funding (f->store,
                                         sql_int (f->path, "SELECT plan_id FROM budget_line"
                                                  " WHERE id = ?", other),
                                         riec, &error),
           OND_BUDGET_ERROR_YEAR, "2025–2026");

  /* Now it goes back; a second time its id is taken. */
  g_assert_cmpint (ond_store_restore_funding (f->store, plan, riec, &error), ==, riec_id);
  g_assert_no_error (error);
  REFUSED_STORE (f, ond_store_restore_funding (f->store, plan, riec, &error),
                 OND_STORE_ERROR_INVALID, "exists already");

  /* Funding that was never stored, or with what no funding may have. */
  unsaved = ond_funding_new (0, 2023, "riec", "RIEC-bijdrage", EURO (1), "", NULL, 0);
  REFUSED_STORE (f, ond_store_restore_funding (f->store, plan, unsaved, &error),
                 OND_STORE_ERROR_INVALID, "stored");
  negative = ond_funding_new (9000, 2023, "riec", "RIEC-bijdrage", -1, "", NULL, 0);
  REFUSED (f, ond_store_restore_funding (f->store, plan, negative, &error),
           OND_BUDGET_ERROR_AMOUNT, "below € 0");
  huge = ond_funding_new (9000, 2023, "riec", "RIEC-bijdrage", EURO (100000000) + 1, "", NULL,
                          0);
  REFUSED (f, ond_store_restore_funding (f->store, plan, huge, &error),
           OND_BUDGET_ERROR_AMOUNT, "100.000.000");
  unknown = ond_funding_new (9000, 2023, "gemeentefonds", "Gemeentefonds", EURO (1), "", NULL,
                             0);
  REFUSED (f, ond_store_restore_funding (f->store, plan, unknown, &error),
           OND_BUDGET_ERROR_SOURCE, "gemeentefonds");
  blank = ond_funding_new (9000, 2023, " ", "", EURO (1), "", NULL, 0);
  REFUSED (f, ond_store_restore_funding (f->store, plan, blank, &error),
           OND_BUDGET_ERROR_SOURCE, "source");

  /* Earmarked for a line deleted since: the earmark cannot come back, so neither can the
   * funding. */
  g_clear_object (&riec);
  riec = find_funding (f, riec_id);
  {
    const gint64 ids[] = { vik };
    gint64 earmarked = ond_store_save_funding (f->store, plan, 0, 2024, "overig", EURO (5),
                                               "voor de VIK", ids, 1, &error);
    g_autoptr(OndFunding) vik_funding = NULL;

    g_assert_no_error (error);
    vik_funding = find_funding (f, earmarked);
    g_assert_true (ond_store_delete_funding (f->store, earmarked, &error));
    g_assert_no_error (error);
    g_assert_true (ond_store_delete_budget_line (f->store, vik, &error));
    g_assert_no_error (error);
    REFUSED (f, ond_store_restore_funding (f->store, plan, vik_funding, &error),
             OND_BUDGET_ERROR_LINES, "does not exist");
    g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM funding WHERE id = ?", earmarked),
                     ==, 0);
  }
}

/* A file opened read-only: every change refused with OND_STORE_ERROR_READ_ONLY, the lists
 * still read, and the file byte for byte the same. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(OndBudgetLine) deleted = NULL;
  g_autoptr(OndFunding) deleted_funding = NULL;
  const gint64 amounts[] = { EURO (100), EURO (100) };
  gint64 plan = plan_id (f);
  gint64 vik = line_id (f, VIK);
  gint64 funding;
  gint64 change;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  change = add_change (f, VIK, 2023, "01-03-2023", EURO (250), "Raadsbesluit");
  /* A line deleted before the file became read-only cannot be put back. */
  deleted = find_line (f, "Inzet Digitale Opsporing BV");
  g_assert_true (ond_store_delete_budget_line (f->store, ond_budget_line_get_id (deleted),
                                               &error));
  g_assert_no_error (error);
  funding = sql_int (f->path, "SELECT id FROM funding WHERE source = 'riec' AND plan_id = ?",
                     plan);
  g_assert_cmpint (change, >, 0);
  /* Funding deleted before the file became read-only cannot be put back either. */
  deleted_funding = find_funding (f, sql_int (f->path, "SELECT max(id) FROM funding"
                                              " WHERE plan_id = ?", plan));
  g_assert_nonnull (deleted_funding);
  g_assert_cmpint (ond_funding_get_id (deleted_funding), !=, funding);
  g_assert_true (ond_store_delete_funding (f->store, ond_funding_get_id (deleted_funding),
                                           &error));
  g_assert_no_error (error);

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

#define READ_ONLY(call) G_STMT_START { g_assert_true ((call) == 0); \
                                       assert_refused (&error, OND_STORE_ERROR, \
                                                       OND_STORE_ERROR_READ_ONLY, \
                                                       "read-only"); } G_STMT_END
  READ_ONLY (ond_store_add_budget_line (f->store, plan, "Nieuw", NULL, amounts, 2, &error));
  READ_ONLY (ond_store_update_budget_line (f->store, vik, "VIK", NULL, &error));
  READ_ONLY (ond_store_delete_budget_line (f->store, line_id (f, "Onvoorziene kosten"), &error));
  READ_ONLY (ond_store_restore_budget_line (f->store, plan, deleted, &error));
  READ_ONLY (ond_store_add_budget_change (f->store, vik, 2023, "02-03-2023", EURO (10), "Reden",
                                          &error));
  READ_ONLY (ond_store_save_funding (f->store, plan, 0, 2023, "overig", EURO (10), "", NULL, 0,
                                     &error));
  READ_ONLY (ond_store_save_funding (f->store, plan, funding, 2023, "riec", EURO (10), "", NULL,
                                     0, &error));
  READ_ONLY (ond_store_delete_funding (f->store, funding, &error));
  READ_ONLY (ond_store_restore_funding (f->store, plan, deleted_funding, &error));
#undef READ_ONLY

  /* Reading still works, with the change in the budget. */
  changes = ond_store_list_budget_changes (f->store, plan, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
  lines = list_lines (f);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 13);
  g_assert_cmpint (budget_of (f, VIK, 2023), ==, EURO (17250));

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

  ADD_TEST ("/ond/budget-edit/line/add", test_add_line);
  ADD_TEST ("/ond/budget-edit/line/add-refused", test_add_line_refused);
  ADD_TEST ("/ond/budget-edit/line/update", test_update_line);
  ADD_TEST ("/ond/budget-edit/line/delete", test_delete_line);
  ADD_TEST ("/ond/budget-edit/line/restore", test_restore_line);
  ADD_TEST ("/ond/budget-edit/line/restore-refused", test_restore_line_refused);
  ADD_TEST ("/ond/budget-edit/change/add", test_change);
  ADD_TEST ("/ond/budget-edit/change/refused", test_change_refused);
  ADD_TEST ("/ond/budget-edit/change/history", test_history);
  ADD_TEST ("/ond/budget-edit/funding", test_funding);
  ADD_TEST ("/ond/budget-edit/funding/refused", test_funding_refused);
  ADD_TEST ("/ond/budget-edit/funding/restore", test_restore_funding);
  ADD_TEST ("/ond/budget-edit/funding/restore-refused", test_restore_funding_refused);
  ADD_TEST ("/ond/budget-edit/read-only", test_read_only);

  return g_test_run ();
}
