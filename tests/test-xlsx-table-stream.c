/* test-xlsx-table-stream.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An OndXlsxTable written as it is filled (ond_xlsx_table_begin_write (), the way the case
 * list is exported, in constant memory): read back with python3-openpyxl (dump_xlsx.py), the
 * workbook is the one the same rows give when kept and written whole, cell for cell, with
 * the same widths, wrapping, filter and frozen header; and it is what the rows say on its
 * own (dates, numbers, a long text wrapping). A table given up before the end leaves nothing
 * behind and an existing file untouched; a missing folder is refused at the start. */

#define G_LOG_DOMAIN "test-xlsx-table-stream"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ond-test-util.h"
#include "ond-xlsx-dump.h"
#include "ond-xlsx-table.h"

/* More cells than a batch of the writer's thread holds, several times over. */
#define N_ROWS 3000

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = ond_test_make_dir ("ond-test-xlsx-table-stream");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ond_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static OndXlsxTable *
new_table (void)
{
  OndXlsxTable *table = ond_xlsx_table_new ("Meldingen");

  ond_xlsx_table_set_subtitle (table, "Intern document");
  ond_xlsx_table_set_personal (table, TRUE);
  ond_xlsx_table_add_column (table, "Ontvangen", OND_XLSX_DATE);
  ond_xlsx_table_add_column (table, "Samenvatting", OND_XLSX_TEXT);
  ond_xlsx_table_add_column (table, "Bedrijven", OND_XLSX_COUNT);
  ond_xlsx_table_add_column (table, "Bedrag", OND_XLSX_MONEY);
  ond_xlsx_table_add_column (table, "Maatwerk", OND_XLSX_YES_NO);
  return table;
}

/* Row @i (from 1): a date, a text (long in row 500, of two lines in row 3, with a control
 * character in row 4), a count, an amount, a yes/no; row 7 has only two cells. */
static void
add_row (OndXlsxTable *table,
         guint         i)
{
  g_autofree char *date = g_strdup_printf ("2024-%02u-%02u", 1 + i % 12, 1 + i % 28);
  g_autofree char *text = NULL;

  if (i == 500)
    text = g_strdup ("Melding over een pand aan de Voorstraat waar meerdere bedrijven "
                     "ingeschreven staan zonder zichtbare activiteit");
  else if (i == 3)
    text = g_strdup ("eerste regel\ntweede regel");
  else if (i == 4)
    text = g_strdup ("met\001teken");
  else
    text = g_strdup_printf ("Melding %u", i);

  ond_xlsx_table_begin_row (table);
  ond_xlsx_table_add_date (table, date);
  ond_xlsx_table_add_text (table, text);
  if (i == 7)
    return;
  ond_xlsx_table_add_number (table, i);
  ond_xlsx_table_add_number (table, (gint64) i * 101 - 50000);
  ond_xlsx_table_add_boolean (table, i % 2 == 0);
}

static void
test_same_as_kept (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndXlsxTable) kept = new_table ();
  g_autoptr(OndXlsxTable) streamed = new_table ();
  g_autofree char *kept_path = g_build_filename (fixture->dir, "kept.xlsx", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "streamed.xlsx", NULL);
  g_autoptr(XlsxDump) a = NULL;
  g_autoptr(XlsxDump) b = NULL;
  GStatBuf st;

  for (guint i = 1; i <= N_ROWS; i++)
    add_row (kept, i);
  g_assert_true (ond_xlsx_table_write (kept, kept_path, &error));
  g_assert_no_error (error);

  g_assert_true (ond_xlsx_table_begin_write (streamed, path, &error));
  g_assert_no_error (error);
  for (guint i = 1; i <= N_ROWS; i++)
    add_row (streamed, i);
  g_assert_cmpuint (ond_xlsx_table_get_n_rows (streamed), ==, N_ROWS);
  g_assert_true (ond_xlsx_table_end_write (streamed, &error));
  g_assert_no_error (error);
  /* Personal data: readable by its owner only. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);

  a = xlsx_dump_read (kept_path);
  if (a == NULL)
    return;
  b = xlsx_dump_read (path);

  /* What the rows say: the header on row 3, row i of the table on row i + 3. */
  g_assert_cmpstr (xlsx_dump_fields (b, "max")[0], ==, "3003");
  g_assert_cmpstr (xlsx_dump_get (b, "filter"), ==, "A3:E3003");
  g_assert_cmpstr (xlsx_dump_get (b, "freeze"), ==, "A4");
  g_assert_cmpstr (xlsx_dump_text (b, "B3"), ==, "Samenvatting");
  g_assert_true (xlsx_dump_bold (b, "B3"));
  g_assert_cmpstr (xlsx_dump_type (b, "A4"), ==, "date");
  g_assert_cmpstr (xlsx_dump_text (b, "A4"), ==, "2024-02-02");
  g_assert_cmpstr (xlsx_dump_text (b, "B3003"), ==, "Melding 3000");
  g_assert_cmpstr (xlsx_dump_text (b, "C3003"), ==, "3000");
  g_assert_cmpstr (xlsx_dump_format (b, "D3003"), ==, "\"€ \"#,##0.00");
  g_assert_cmpstr (xlsx_dump_text (b, "B7"), ==, "met teken");
  g_assert_cmpstr (xlsx_dump_type (b, "C10"), ==, "empty");
  /* The long text and the one of two lines wrap; the column is as wide as allowed. */
  g_assert_true (xlsx_dump_wraps (b, "B503"));
  g_assert_true (xlsx_dump_wraps (b, "B6"));
  g_assert_false (xlsx_dump_wraps (b, "A503"));
  g_assert_cmpfloat (g_ascii_strtod (xlsx_dump_value (b, "width", "B"), NULL), >=, 60);
  g_assert_cmpfloat (g_ascii_strtod (xlsx_dump_value (b, "width", "C"), NULL), <, 20);

  /* And cell for cell what the same rows give when kept. */
  for (const char *const *fact = (const char *const[]) { "filter", "freeze", "titles",
                                                        "sheet", NULL };
       *fact != NULL; fact++)
    g_assert_cmpstr (xlsx_dump_get (a, *fact), ==, xlsx_dump_get (b, *fact));
  for (const char *col = "ABCDE"; *col != '\0'; col++)
    {
      char name[2] = { *col, '\0' };

      g_assert_cmpstr (xlsx_dump_value (a, "width", name), ==,
                       xlsx_dump_value (b, "width", name));
    }
  for (guint row = 1; row <= N_ROWS + 3; row++)
    {
      g_auto(GStrv) cells_a = xlsx_dump_row (a, row);
      g_auto(GStrv) cells_b = xlsx_dump_row (b, row);

      g_assert_cmpstrv (cells_a, cells_b);
      for (const char *col = "ABCDE"; *col != '\0'; col++)
        {
          g_autofree char *cell = g_strdup_printf ("%c%u", *col, row);

          g_assert_cmpstr (xlsx_dump_type (a, cell), ==, xlsx_dump_type (b, cell));
          g_assert_cmpstr (xlsx_dump_format (a, cell), ==, xlsx_dump_format (b, cell));
          g_assert_cmpint (xlsx_dump_wraps (a, cell), ==, xlsx_dump_wraps (b, cell));
        }
    }
}

/* Given up half-way (the list changed under the export): nothing left behind, the file that
 * was there untouched. */
static void
test_given_up (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndXlsxTable) table = new_table ();
  g_autofree char *path = g_build_filename (fixture->dir, "meldingen.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;

  g_assert_true (g_file_set_contents (path, "older", -1, &error));
  g_assert_true (ond_xlsx_table_begin_write (table, path, &error));
  g_assert_no_error (error);
  for (guint i = 1; i <= N_ROWS / 2; i++)
    add_row (table, i);
  g_clear_object (&table);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, "older");
  dir = g_dir_open (fixture->dir, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "meldingen.xlsx");
  g_assert_null (g_dir_read_name (dir));
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndXlsxTable) table = new_table ();
  g_autofree char *missing = g_build_filename (fixture->dir, "ontbreekt", NULL);
  g_autofree char *path = g_build_filename (missing, "meldingen.xlsx", NULL);

  g_assert_false (ond_xlsx_table_begin_write (table, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ond/xlsx-table-stream/same-as-kept", Fixture, NULL,
              fixture_set_up, test_same_as_kept, fixture_tear_down);
  g_test_add ("/ond/xlsx-table-stream/given-up", Fixture, NULL,
              fixture_set_up, test_given_up, fixture_tear_down);
  g_test_add ("/ond/xlsx-table-stream/missing-folder", Fixture, NULL,
              fixture_set_up, test_missing_folder, fixture_tear_down);

  return g_test_run ();
}
