/* test-report-xlsx.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The council workbook made and recorded (ond_report_export_xlsx): read back with openpyxl
 * (tests/dump_xlsx_sheets.py), the sheets Monitoring and Casussen checked against core and
 * against plain SQL counts, the whole workbook read inside a council scope, no personal data
 * in any member of its zip, and made again byte for byte from its record after the figures
 * changed.
 */

#define G_LOG_DOMAIN "test-report-xlsx"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "ond-report-export.h"
#include "ond-report.h"
#include "ond-store-cases.h"
#include "ond-store-council-reports.h"
#include "ond-store-council.h"
#include "ond-test-util.h"
#include "ond-xlsx-export.h"
#include "test-case-util.h"

#define PYTHON "/usr/bin/python3"

/* Personal data of the cases made by fill (); none of it may reach the workbook. */
static const char * const canaries[] = {
  "Zwaluwstaart", "Kanarieweg 713", "Kanarie-samenvatting", "MMA-KANARIE-77",
  "PL-KANARIE-88", "RIEC-KANARIE-99", "ZK-KANARIE-11", "Tweede Kanariepersoon",
};

static gint64
case_with (Fixture    *f,
           const char *date,
           const char *source,
           const char *theme,
           const char *subject,
           const char *address,
           const char *summary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, date, subject);
  gint64 id;

  g_free (draft->source);
  draft->source = g_strdup (source);
  draft->theme_id = theme_id (f, theme);
  g_free (draft->address);
  draft->address = g_strdup (address);
  g_free (draft->summary);
  draft->summary = g_strdup (summary);
  g_free (draft->mma_number);
  draft->mma_number = g_strdup ("MMA-KANARIE-77");
  draft->police_number = g_strdup ("PL-KANARIE-88");
  draft->riec_number = g_strdup ("RIEC-KANARIE-99");
  draft->zaaknummer = g_strdup ("ZK-KANARIE-11");
  id = ond_store_create_case (f->store, draft, f->today, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Signals of 2024 (two MMA about drugs, one C3 about human trafficking) and of 2023, all
 * with personal data; 7 integral controls in 2024 and 3 in 2023. */
static void
fill (Fixture *f)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  case_with (f, "2024-02-10", "mma", "Drugs", "Jan Zwaluwstaart", "Kanarieweg 713",
             "Kanarie-samenvatting over een hennepzolder");
  case_with (f, "2024-03-11", "mma", "Drugs", "Piet Zwaluwstaart", "Kanarieweg 713",
             "Kanarie-samenvatting twee");
  case_with (f, "2024-05-03", "c3", "Mensenhandel", "Tweede Kanariepersoon", "Kanarieweg 713",
             "Kanarie-samenvatting drie");
  case_with (f, "2023-11-30", "mma", "Fraude", "Vijfde Zwaluwstaart", "Kanarieweg 713",
             "Kanarie-samenvatting");
  for (int i = 1; i <= 7; i++)
    g_string_append_printf (sql, "INSERT INTO control (date, kind, businesses, signals)"
                            " VALUES ('2024-0%d-15', 'integraal', 8, 1);", i);
  for (int i = 1; i <= 3; i++)
    g_string_append_printf (sql, "INSERT INTO control (date, kind, businesses)"
                            " VALUES ('2023-0%d-10', 'integraal', 5);", 3 * i);
  sql_exec (f->path, sql->str);
}

/* Running dump_xlsx_sheets.py: its output, or NULL (the test skipped) without openpyxl. */
static char *
run_dump (const char *option,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "dump_xlsx_sheets.py", NULL);
  g_autofree char *err = NULL;
  const char *argv[] = { PYTHON, script, option != NULL ? option : path,
                         option != NULL ? path : NULL, NULL };
  char *out = NULL;
  int status = 0;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("needs " PYTHON " with openpyxl");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_free (out);
      g_test_skip ("needs python3-openpyxl");
      return NULL;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("dump_xlsx_sheets.py failed: %s", err);
  return out;
}

/* The dump's lines, split into fields (a GPtrArray of GStrv). */
static GPtrArray *
dump (const char *path)
{
  g_autofree char *out = run_dump (NULL, path);
  g_auto(GStrv) lines = NULL;
  GPtrArray *facts;

  if (out == NULL)
    return NULL;
  facts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_ptr_array_add (facts, g_strsplit (lines[i], "\t", -1));
  return facts;
}

/* The fields after the kind of the first fact @kind whose second field is @key (NULL: any). */
static const char * const *
fact (GPtrArray  *facts,
      const char *kind,
      const char *key)
{
  for (guint i = 0; i < facts->len; i++)
    {
      char **fields = g_ptr_array_index (facts, i);

      if (g_str_equal (fields[0], kind) && (key == NULL || g_strcmp0 (fields[1], key) == 0))
        return (const char * const *) fields + 1;
    }
  return NULL;
}

/* A cell of a sheet: { value, formula, number format, bold }, or NULL when it is empty. */
static const char * const *
cell (GPtrArray  *facts,
      const char *sheet,
      const char *ref)
{
  for (guint i = 0; i < facts->len; i++)
    {
      char **fields = g_ptr_array_index (facts, i);

      if (g_str_equal (fields[0], "cell") && g_str_equal (fields[1], sheet) &&
          g_str_equal (fields[2], ref))
        return (const char * const *) fields + 3;
    }
  return NULL;
}

static const char *
value (GPtrArray  *facts,
       const char *sheet,
       const char *ref)
{
  const char * const *fields = cell (facts, sheet, ref);

  return fields != NULL ? fields[0] : "";
}

static char *
ref (int col,
     int row)
{
  return g_strdup_printf ("%c%d", 'A' + col, row);
}

static char *
number (gint64 n)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

/* The gathered hook: every read of the workbook happens in a council scope. */
static void
on_gathered (OndStore *store,
             gpointer  user_data)
{
  guint *calls = user_data;

  g_assert_true (ond_store_in_council_scope (store));
  (*calls)++;
}

static char *
export (Fixture    *f,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  gboolean recorded = FALSE;
  guint calls = 0;

  ond_xlsx_export_set_gathered_hook (on_gathered, &calls);
  g_assert_true (ond_report_export_xlsx (f->store, 0, 2024, path, f->today, &recorded, &error));
  ond_xlsx_export_set_gathered_hook (NULL, NULL);
  g_assert_no_error (error);
  g_assert_true (recorded);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_false (ond_store_in_council_scope (f->store));
  return path;
}

static void
check_page (GPtrArray  *facts,
            const char *sheet)
{
  const char * const *page = fact (facts, "page", sheet);

  g_test_message ("sheet %s", sheet);
  g_assert_cmpstr (fact (facts, "freeze", sheet)[1], ==, "A2");
  g_assert_true (g_str_has_prefix (fact (facts, "filter", sheet)[1], "A1:"));
  g_assert_cmpstr (fact (facts, "titles", sheet)[1], ==, "$1:$1");
  g_assert_nonnull (page);
  g_assert_cmpstr (page[1], ==, "landscape");
  g_assert_cmpstr (page[2], ==, "9");
  g_assert_cmpstr (page[3], ==, "1");
  g_assert_cmpstr (page[4], ==, "1");
  g_assert_cmpstr (page[5], ==, "0");
  /* The header row is bold. */
  g_assert_cmpstr (cell (facts, sheet, "A1")[3], ==, "1");
}

/* Monitoring: one row per figure of core's report, values of 2022 to 2024, target, status,
 * explanation; the integral controls as plain SQL counts them. */
static void
check_monitoring (Fixture   *f,
                  GPtrArray *facts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndReport) report = ond_report_gather (f->store, 0, 2024, f->today, &error);
  gboolean found_controls = FALSE;
  guint i;

  g_assert_no_error (error);
  check_page (facts, "Monitoring");
  g_assert_cmpstr (value (facts, "Monitoring", "D1"), ==, "2022 (nulmeting)");
  g_assert_cmpstr (value (facts, "Monitoring", "E1"), ==, "2023");
  g_assert_cmpstr (value (facts, "Monitoring", "F1"), ==, "2024");
  g_assert_cmpstr (value (facts, "Monitoring", "G1"), ==, "Doel 2024");
  g_assert_cmpstr (value (facts, "Monitoring", "H1"), ==, "Status 2024");
  g_assert_cmpstr (value (facts, "Monitoring", "I1"), ==, "Toelichting 2024");
  g_assert_cmpuint (report->figures->len, >, 3);

  for (i = 0; i < report->figures->len; i++)
    {
      const OndReportFigure *figure = g_ptr_array_index (report->figures, i);
      g_autofree char *a = ref (0, i + 2);
      g_autofree char *h = ref (7, i + 2);
      g_autofree char *g = ref (6, i + 2);
      g_autofree char *target = figure->target >= 0 ? number (figure->target) : g_strdup ("");

      g_assert_cmpstr (value (facts, "Monitoring", a), ==, figure->code);
      g_assert_cmpstr (value (facts, "Monitoring", h), ==, figure->status_label);
      g_assert_cmpstr (value (facts, "Monitoring", g), ==, target);
      for (guint j = 0; j < figure->values->len; j++)
        {
          const OndReportValue *v = &g_array_index (figure->values, OndReportValue, j);
          g_autofree char *c = ref (3 + v->year - 2022, i + 2);
          g_autofree char *expected = v->has_value ? number (v->value) : g_strdup ("");

          g_assert_cmpstr (value (facts, "Monitoring", c), ==, expected);
          if (v->has_value)
            g_assert_cmpstr (cell (facts, "Monitoring", c)[2], ==, "#,##0");
        }

      if (g_str_equal (figure->code, "integrated_controls"))
        {
          g_autofree char *e = ref (4, i + 2);
          g_autofree char *fy = ref (5, i + 2);
          g_autofree char *in_2023 = number (sql_int (f->path, "SELECT COUNT(*) FROM control"
                                                      " WHERE kind = 'integraal' AND date"
                                                      " LIKE '2023-%' AND ? = 0", 0));
          g_autofree char *in_2024 = number (sql_int (f->path, "SELECT COUNT(*) FROM control"
                                                      " WHERE kind = 'integraal' AND date"
                                                      " LIKE '2024-%' AND ? = 0", 0));

          g_assert_cmpstr (in_2024, ==, "7");
          g_assert_cmpstr (value (facts, "Monitoring", e), ==, in_2023);
          g_assert_cmpstr (value (facts, "Monitoring", fy), ==, in_2024);
          found_controls = TRUE;
        }
    }
  g_assert_true (found_controls);
  /* No row after the last figure. */
  {
    g_autofree char *after = ref (0, report->figures->len + 2);

    g_assert_null (cell (facts, "Monitoring", after));
  }
}

/* Casussen: per theme x status with SUM formulas and their values, per source, per outcome,
 * against plain SQL counts of the signals of 2024. */
static void
check_cases (Fixture   *f,
             GPtrArray *facts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndReport) report = ond_report_gather (f->store, 0, 2024, f->today, &error);
  const char *counted = "SELECT COUNT(*) FROM case_file WHERE deleted_at IS NULL"
                        " AND date_received LIKE '2024-%' AND theme_id = ?";
  guint n_statuses, n_themes, i;
  int total_col, total_row;
  gboolean drugs = FALSE, trafficking = FALSE;

  g_assert_no_error (error);
  check_page (facts, "Casussen");
  n_statuses = report->case_statuses->len;
  n_themes = report->cases_by_theme->len;
  total_col = 1 + n_statuses;
  total_row = 2 + n_themes;
  g_assert_cmpuint (n_statuses, >=, 3);
  g_assert_cmpstr (value (facts, "Casussen", "A1"), ==, "Signalen 2024 per thema");

  for (i = 0; i < n_themes; i++)
    {
      const OndReportThemeCases *theme = g_ptr_array_index (report->cases_by_theme, i);
      g_autofree char *a = ref (0, i + 2);
      g_autofree char *t = ref (total_col, i + 2);
      g_autofree char *first = ref (1, i + 2);
      g_autofree char *last = ref (total_col - 1, i + 2);
      g_autofree char *formula = g_strdup_printf ("=SUM(%s:%s)", first, last);
      const char * const *total = cell (facts, "Casussen", t);
      g_autofree char *sql_count = NULL;

      g_assert_cmpstr (value (facts, "Casussen", a), ==, theme->label);
      g_assert_nonnull (total);
      g_assert_cmpstr (total[1], ==, formula);
      if (theme->theme_id > 0)
        {
          sql_count = number (sql_int (f->path, counted, theme->theme_id));
          g_assert_cmpstr (total[0], ==, sql_count);
        }
      drugs |= g_str_equal (theme->label, "Drugs") && g_str_equal (total[0], "2");
      trafficking |= g_str_equal (theme->label, "Mensenhandel") && g_str_equal (total[0], "1");
    }
  g_assert_true (drugs);
  g_assert_true (trafficking);

  /* The total of every signal of 2024: 3, as SQL counts them. */
  {
    g_autofree char *t = ref (total_col, total_row);
    g_autofree char *first = ref (total_col, 2);
    g_autofree char *last = ref (total_col, total_row - 1);
    g_autofree char *formula = g_strdup_printf ("=SUM(%s:%s)", first, last);
    g_autofree char *all = number (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE"
                                            " deleted_at IS NULL AND date_received"
                                            " LIKE '2024-%' AND ? = 0", 0));
    g_autofree char *a = ref (0, total_row);

    g_assert_cmpstr (all, ==, "3");
    g_assert_cmpstr (value (facts, "Casussen", a), ==, "Totaal");
    g_assert_cmpstr (cell (facts, "Casussen", t)[0], ==, all);
    g_assert_cmpstr (cell (facts, "Casussen", t)[1], ==, formula);
  }

  /* Per source: its heading two rows below, then one row per source and a total of 3 (MMA 2,
   * C3 1). */
  {
    g_autofree char *heading = ref (0, total_row + 2);
    int first_row = total_row + 3;
    int source_total_row = first_row + (int) report->cases_by_source->len;
    g_autofree char *t = ref (1, source_total_row);
    gint64 sum = 0;

    g_assert_cmpstr (value (facts, "Casussen", heading), ==, "Signalen 2024 per bron");
    for (i = 0; i < report->cases_by_source->len; i++)
      {
        const OndCount *count = g_ptr_array_index (report->cases_by_source, i);
        g_autofree char *a = ref (0, first_row + i);
        g_autofree char *b = ref (1, first_row + i);
        g_autofree char *n = number (count->count);

        g_assert_cmpstr (value (facts, "Casussen", a), ==, count->label);
        g_assert_cmpstr (value (facts, "Casussen", b), ==, n);
        sum += count->count;
      }
    g_assert_cmpint (sum, ==, 3);
    g_assert_cmpstr (cell (facts, "Casussen", t)[0], ==, "3");
    g_assert_true (g_str_has_prefix (cell (facts, "Casussen", t)[1], "=SUM(B"));
  }
}

static void
test_sheets (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) facts = NULL;
  g_autofree char *path = NULL;
  const char * const *sheets;

  fill (f);
  path = export (f, "raad.xlsx");
  facts = dump (path);
  if (facts == NULL)
    return;

  sheets = fact (facts, "sheets", NULL);
  g_assert_cmpstr (sheets[0], ==, "Monitoring");
  g_assert_cmpstr (sheets[1], ==, "Planning");
  g_assert_cmpstr (sheets[2], ==, "Begroting");
  g_assert_cmpstr (sheets[3], ==, "Menukaart");
  g_assert_cmpstr (sheets[4], ==, "Casussen");
  g_assert_null (sheets[5]);
  for (guint i = 1; i < 4; i++)
    check_page (facts, sheets[i]);

  /* Document properties: the title, the author on record, the created date = made_at. */
  g_assert_true (g_str_has_suffix (fact (facts, "prop", "title")[1], "rapportage 2024"));
  g_assert_cmpstr (fact (facts, "prop", "creator")[1], ==, ond_council_who ());
  g_assert_true (g_str_has_prefix (fact (facts, "prop", "created")[1], "2025-06-15"));

  check_monitoring (f, facts);
  check_cases (f, facts);
}

/* The canary: no member of the zip holds any personal data of the cases. */
static void
test_canary (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *members = NULL;

  fill (f);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE subject_name"
                            " LIKE '%Zwaluwstaart%' AND ? = 0", 0), ==, 3);
  path = export (f, "kanarie.xlsx");
  members = run_dump ("--unzip", path);
  if (members == NULL)
    return;

  /* What is searched is the workbook's text: sheets, shared strings, properties. */
  g_assert_nonnull (strstr (members, "member xl/sharedStrings.xml"));
  g_assert_nonnull (strstr (members, "member docProps/core.xml"));
  g_assert_nonnull (strstr (members, "Signalen 2024 per thema"));
  g_assert_nonnull (strstr (members, "Mensenhandel"));
  for (guint i = 0; i < G_N_ELEMENTS (canaries); i++)
    {
      g_test_message ("canary %s", canaries[i]);
      g_assert_null (strstr (members, canaries[i]));
    }
}

static void
test_remake (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *path = NULL;
  g_autofree char *again = g_build_filename (f->dir, "opnieuw.xlsx", NULL);
  g_autofree char *today = g_build_filename (f->dir, "vandaag.xlsx", NULL);
  g_autofree char *sha = NULL;
  g_autofree char *sha_again = NULL;
  g_autofree char *sha_today = NULL;
  const OndCouncilReport *record;
  gint64 record_id;
  gboolean recorded = FALSE;

  fill (f);
  path = export (f, "raad.xlsx");
  sha = ond_test_file_checksum (path);

  records = ond_store_list_council_reports (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1);
  record = g_ptr_array_index (records, 0);
  record_id = record->id;
  g_assert_cmpint (record->kind, ==, OND_COUNCIL_REPORT_XLSX);
  g_assert_cmpint (record->year, ==, 2024);
  g_assert_cmpstr (record->made_at, ==, "2025-06-15T12:00:00");
  g_assert_cmpstr (record->sha256, ==, sha);
  g_assert_cmpstr (record->figures, !=, "");

  /* The figures and cases change. */
  sql_exec (f->path, "INSERT INTO control (date, kind, businesses) VALUES"
                     " ('2024-11-01', 'integraal', 8), ('2024-12-01', 'integraal', 8);");
  case_with (f, "2024-08-01", "mma", "Drugs", "Nog een Zwaluwstaart", "Kanarieweg 713",
             "Kanarie-samenvatting vier");

  /* Made again from the record: the same bytes; nothing recorded. */
  g_assert_true (ond_report_remake_xlsx (f->store, record_id, again, &error));
  g_assert_no_error (error);
  sha_again = ond_test_file_checksum (again);
  g_assert_cmpstr (sha_again, ==, sha);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM council_report WHERE ? = 0", 0),
                   ==, 1);

  /* Today's workbook of the same moment differs. */
  g_assert_true (ond_report_export_xlsx (f->store, 0, 2024, today, f->today, &recorded,
                                         &error));
  g_assert_no_error (error);
  g_assert_true (recorded);
  sha_today = ond_test_file_checksum (today);
  g_assert_cmpstr (sha_today, !=, sha);

  /* The planning, the budget, the funding and the menukaart change too: the snapshot keeps
   * what the workbook showed of them, so it is still made again identically. */
  g_assert_true (g_remove (again) == 0);
  sql_exec (f->path,
            "UPDATE plan_item SET what = 'Een andere omschrijving' WHERE id ="
            "  (SELECT min(id) FROM plan_item);"
            "UPDATE plan_item SET position = position + 1000 WHERE id ="
            "  (SELECT min(id) FROM plan_item);"
            "UPDATE budget_amount SET amount_cents = amount_cents + 12345;"
            "UPDATE budget_line SET name = name || ' (herzien)';"
            "UPDATE funding SET amount_cents = amount_cents + 500, earmark = 'Nieuw doel';"
            "UPDATE partner SET short_name = short_name || '*';"
            "DELETE FROM intervention_partner WHERE intervention_id ="
            "  (SELECT min(id) FROM intervention);"
            "UPDATE intervention SET retired = 1 WHERE id = (SELECT max(id) FROM intervention);");
  g_assert_true (ond_report_remake_xlsx (f->store, record_id, again, &error));
  g_assert_no_error (error);
  g_clear_pointer (&sha_again, g_free);
  sha_again = ond_test_file_checksum (again);
  g_assert_cmpstr (sha_again, ==, sha);

  /* ... while today's workbook shows them. */
  g_clear_pointer (&sha_today, g_free);
  g_assert_true (ond_report_export_xlsx (f->store, 0, 2024, today, f->today, NULL, &error));
  g_assert_no_error (error);
  sha_today = ond_test_file_checksum (today);
  g_assert_cmpstr (sha_today, !=, sha);
  {
    g_autofree char *cells = run_dump (NULL, today);

    if (cells != NULL)
      {
        g_assert_nonnull (strstr (cells, "Een andere omschrijving"));
        g_assert_nonnull (strstr (cells, "(herzien)"));
        g_assert_nonnull (strstr (cells, "Nieuw doel"));
      }
  }

  /* A record of an earlier version kept fewer figures (layout 1: no planning, funding or
   * menukaart): its workbook cannot be made identically, which is said, and no file is
   * left. */
  g_assert_true (g_remove (again) == 0);
  sql_exec (f->path, "UPDATE council_report SET figures = replace(figures,"
                     " '''version'': <uint32 2>', '''version'': <uint32 1>')");
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM council_report WHERE id = ?"
                                     " AND figures LIKE '%<uint32 1>%'", record_id), ==, 1);
  g_assert_false (ond_report_remake_xlsx (f->store, record_id, again, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "earlier version"));
  g_clear_error (&error);
  g_assert_false (g_file_test (again, G_FILE_TEST_EXISTS));
  {
    g_autofree char *leftover = g_strconcat (again, ".remake", NULL);

    g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
  }

  /* A PDF's record is not made again as a workbook; an unknown record is not found. */
  {
    g_autofree char *pdf = g_build_filename (f->dir, "rapport.pdf", NULL);
    g_autoptr(GPtrArray) all = NULL;
    const OndCouncilReport *newest;

    g_assert_true (ond_report_export_pdf (f->store, 0, 2024, pdf, f->today, NULL, &error));
    g_assert_no_error (error);
    all = ond_store_list_council_reports (f->store, &error);
    g_assert_no_error (error);
    newest = g_ptr_array_index (all, 0);
    g_assert_cmpint (newest->kind, ==, OND_COUNCIL_REPORT_PDF);
    g_assert_false (ond_report_remake_xlsx (f->store, newest->id, again, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (ond_report_remake_xlsx (f->store, newest->id + 100, again, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
    g_assert_false (g_file_test (again, G_FILE_TEST_EXISTS));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/report-xlsx/sheets", test_sheets);
  ADD_TEST ("/ond/report-xlsx/canary", test_canary);
  ADD_TEST ("/ond/report-xlsx/remake", test_remake);

  return g_test_run ();
}
