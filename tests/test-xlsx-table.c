/* test-xlsx-table.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndXlsxTable, the one-sheet workbook an exported list is written as: tables are filled
 * here, written, and read back with python3-openpyxl (dump_xlsx.py), which tells what a
 * spreadsheet sees: a date is a date shown dd-mm-yyyy, an amount a number of euros in the
 * euro format, a count a number, a yes/no a number shown Yes or No; the bold header row is
 * frozen and filtered over exactly the rows, and repeated on every printed page, landscape,
 * one page wide; the columns are as wide as their content; the document's properties are
 * set. A workbook is written whole or not at all: a missing folder, a folder that may not be
 * written in and a directory in the way fail with the path in the message and leave
 * nothing behind. Personal data is readable by its owner only. */

#define G_LOG_DOMAIN "test-xlsx-table"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ond-test-util.h"
#include "ond-xlsx-dump.h"
#include "ond-xlsx-table.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = ond_test_make_dir ("ond-test-xlsx-table");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_chmod (fixture->dir, 0700);
  ond_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The names in @path, sorted, joined by spaces. */
static char *
list_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* A table of five kinds of column, and its three rows. */
static OndXlsxTable *
new_register_table (void)
{
  OndXlsxTable *table = ond_xlsx_table_new ("Controles");

  ond_xlsx_table_set_subtitle (table, "Zoekterm: dor");
  ond_xlsx_table_set_subject (table, "Controles & maatregelen");
  g_assert_cmpuint (ond_xlsx_table_add_column (table, "Datum", OND_XLSX_DATE), ==, 0);
  g_assert_cmpuint (ond_xlsx_table_add_column (table, "Omschrijving", OND_XLSX_TEXT), ==, 1);
  g_assert_cmpuint (ond_xlsx_table_add_column (table, "Bedrijven", OND_XLSX_COUNT), ==, 2);
  g_assert_cmpuint (ond_xlsx_table_add_column (table, "Bedrag", OND_XLSX_MONEY), ==, 3);
  g_assert_cmpuint (ond_xlsx_table_add_column (table, "Maatwerk", OND_XLSX_YES_NO), ==, 4);

  ond_xlsx_table_begin_row (table);
  ond_xlsx_table_add_date (table, "2024-03-12");
  ond_xlsx_table_add_text (table, "DOR/DOL controle");
  ond_xlsx_table_add_number (table, 8);
  ond_xlsx_table_add_number (table, 123456);
  ond_xlsx_table_add_boolean (table, TRUE);

  /* A long text (wraps), a negative amount, no value for the count. */
  ond_xlsx_table_begin_row (table);
  ond_xlsx_table_add_date (table, "2023-12-31");
  ond_xlsx_table_add_text (table, "Integrale controle op het bedrijventerrein Dordtse Kil IV, "
                                  "samen met OZHZ, politie en de Belastingdienst");
  ond_xlsx_table_add_empty (table);
  ond_xlsx_table_add_number (table, -1250);
  ond_xlsx_table_add_boolean (table, FALSE);

  /* A date that does not exist stays text; a control character becomes a space; a row
   * given fewer cells ends with empty ones. */
  ond_xlsx_table_begin_row (table);
  ond_xlsx_table_add_date (table, "2023-02-30");
  ond_xlsx_table_add_text (table, "regel\001een\ntweede regel");
  ond_xlsx_table_add_number (table, 0);

  return table;
}

static void
test_cells (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndXlsxTable) table = new_register_table ();
  g_autofree char *path = g_build_filename (fixture->dir, "controles.xlsx", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(XlsxDump) dump = NULL;

  g_assert_cmpuint (ond_xlsx_table_get_n_columns (table), ==, 5);
  g_assert_cmpuint (ond_xlsx_table_get_n_rows (table), ==, 3);
  g_assert_true (ond_xlsx_table_write (table, path, &error));
  g_assert_no_error (error);

  /* Only the workbook: no temporary file is left behind. */
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "controles.xlsx");

  dump = xlsx_dump_read (path);
  if (dump == NULL)
    return;

  /* Title, subtitle, header in row 3, rows 4 to 6. */
  g_assert_cmpstr (xlsx_dump_get (dump, "sheets"), ==, "1");
  g_assert_cmpstr (xlsx_dump_get (dump, "sheet"), ==, "Controles");
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "6");
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[1], ==, "5");
  g_assert_cmpstr (xlsx_dump_type (dump, "A1"), ==, "text");
  g_assert_cmpstr (xlsx_dump_text (dump, "A1"), ==, "Controles");
  g_assert_true (xlsx_dump_bold (dump, "A1"));
  g_assert_cmpstr (xlsx_dump_text (dump, "A2"), ==, "Zoekterm: dor");
  {
    static const char * const header[] = { "Datum", "Omschrijving", "Bedrijven", "Bedrag",
                                           "Maatwerk", NULL };
    g_auto(GStrv) row = xlsx_dump_row (dump, 3);
    static const char * const cells[] = { "A3", "B3", "C3", "D3", "E3" };

    g_assert_cmpstrv (row, header);
    for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
      g_assert_true (xlsx_dump_bold (dump, cells[i]));
    g_assert_false (xlsx_dump_bold (dump, "A4"));
  }

  /* A date is a date, shown dd-mm-yyyy. */
  g_assert_cmpstr (xlsx_dump_type (dump, "A4"), ==, "date");
  g_assert_cmpstr (xlsx_dump_text (dump, "A4"), ==, "2024-03-12");
  g_assert_cmpstr (xlsx_dump_format (dump, "A4"), ==, "dd-mm-yyyy");
  g_assert_cmpstr (xlsx_dump_type (dump, "A5"), ==, "date");
  g_assert_cmpstr (xlsx_dump_text (dump, "A5"), ==, "2023-12-31");
  g_assert_cmpstr (xlsx_dump_type (dump, "A6"), ==, "text");
  g_assert_cmpstr (xlsx_dump_text (dump, "A6"), ==, "2023-02-30");

  /* Texts as given, made fit for XML. */
  g_assert_cmpstr (xlsx_dump_text (dump, "B4"), ==, "DOR/DOL controle");
  g_assert_cmpstr (xlsx_dump_text (dump, "B6"), ==, "regel een\ntweede regel");

  /* A count is a number. */
  g_assert_cmpstr (xlsx_dump_type (dump, "C4"), ==, "int");
  g_assert_cmpstr (xlsx_dump_text (dump, "C4"), ==, "8");
  g_assert_cmpstr (xlsx_dump_type (dump, "C5"), ==, "empty");
  g_assert_cmpstr (xlsx_dump_type (dump, "C6"), ==, "int");
  g_assert_cmpstr (xlsx_dump_text (dump, "C6"), ==, "0");

  /* An amount is a number of euros in the euro format. */
  g_assert_cmpstr (xlsx_dump_type (dump, "D4"), ==, "float");
  g_assert_cmpstr (xlsx_dump_text (dump, "D4"), ==, "1234.56");
  g_assert_cmpstr (xlsx_dump_format (dump, "D4"), ==, "\"€ \"#,##0.00");
  g_assert_cmpstr (xlsx_dump_text (dump, "D5"), ==, "-12.5");
  g_assert_cmpstr (xlsx_dump_format (dump, "D5"), ==, "\"€ \"#,##0.00");
  g_assert_cmpstr (xlsx_dump_type (dump, "D6"), ==, "empty");

  /* Yes and no are 1 and 0, shown as the words. */
  g_assert_cmpstr (xlsx_dump_type (dump, "E4"), ==, "int");
  g_assert_cmpstr (xlsx_dump_text (dump, "E4"), ==, "1");
  g_assert_cmpstr (xlsx_dump_format (dump, "E4"), ==, "\"Yes\";\"Yes\";\"No\"");
  g_assert_cmpstr (xlsx_dump_text (dump, "E5"), ==, "0");
  g_assert_cmpstr (xlsx_dump_type (dump, "E6"), ==, "empty");

  /* The header row frozen, the filter over the header and the three rows. */
  g_assert_cmpstr (xlsx_dump_get (dump, "freeze"), ==, "A4");
  g_assert_cmpstr (xlsx_dump_get (dump, "filter"), ==, "A3:E6");
}

static void
test_layout (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndXlsxTable) table = new_register_table ();
  g_autofree char *path = g_build_filename (fixture->dir, "controles.xlsx", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(XlsxDump) dump = NULL;
  const char * const *fit;
  const char *author;
  double width;

  g_assert_true (ond_xlsx_table_write (table, path, &error));
  g_assert_no_error (error);
  dump = xlsx_dump_read (path);
  if (dump == NULL)
    return;

  /* Printed landscape on A4, one page wide and as long as it takes, the header row on every
   * page. */
  g_assert_cmpstr (xlsx_dump_get (dump, "orientation"), ==, "landscape");
  g_assert_cmpstr (xlsx_dump_get (dump, "paper"), ==, "9");
  fit = xlsx_dump_fields (dump, "fit");
  g_assert_cmpstr (fit[0], ==, "1");
  g_assert_true (g_str_equal (fit[1], "1") || fit[1][0] == '\0');
  g_assert_cmpstr (fit[2], ==, "0");
  g_assert_cmpstr (xlsx_dump_get (dump, "titles"), ==, "3:3");

  /* Widths from the content: the date column fits "dd-mm-yyyy", the header of the count
   * column fits with its filter button, the long text is cut at 60 and wraps, the others
   * do not. */
  width = g_ascii_strtod (xlsx_dump_value (dump, "width", "A"), NULL);
  g_assert_cmpfloat (width, >=, 10);
  g_assert_cmpfloat (width, <, 20);
  width = g_ascii_strtod (xlsx_dump_value (dump, "width", "C"), NULL);
  g_assert_cmpfloat (width, >=, strlen ("Bedrijven") + 2);
  g_assert_cmpfloat (width, <, 20);
  width = g_ascii_strtod (xlsx_dump_value (dump, "width", "B"), NULL);
  g_assert_cmpfloat (width, >=, 60);
  g_assert_cmpfloat (width, <, 62);
  g_assert_true (xlsx_dump_wraps (dump, "B5"));
  g_assert_false (xlsx_dump_wraps (dump, "A5"));
  width = g_ascii_strtod (xlsx_dump_value (dump, "width", "D"), NULL);
  g_assert_cmpfloat (width, >=, strlen ("€ 1.234,56"));

  /* The document's properties: title, subject, who made it and when. */
  g_assert_cmpstr (xlsx_dump_value (dump, "prop", "title"), ==, "Controles");
  g_assert_cmpstr (xlsx_dump_value (dump, "prop", "subject"), ==, "Controles & maatregelen");
  author = g_get_real_name ();
  if (author == NULL || author[0] == '\0' || g_str_equal (author, "Unknown"))
    author = g_get_user_name ();
  g_assert_cmpstr (xlsx_dump_value (dump, "prop", "creator"), ==, author);
  created = g_date_time_new_from_iso8601 (xlsx_dump_value (dump, "prop", "created"), utc);
  g_assert_nonnull (created);
  g_assert_cmpint (ABS (g_date_time_difference (now, created)), <, 5 * 60 * G_TIME_SPAN_SECOND);
  /* Nothing says it holds personal data. */
  g_assert_null (xlsx_dump_value (dump, "custom", "Persoonsgegevens"));
}

/* The row @row of the callback table: a text and its number. */
static void
add_numbered_row (OndXlsxTable *table,
                  guint         row,
                  gpointer      user_data)
{
  g_autofree char *text = g_strdup_printf ("%s %u", (const char *) user_data, row + 1);

  ond_xlsx_table_add_text (table, text);
  ond_xlsx_table_add_number (table, (gint64) (row + 1) * 10);
}

static void
test_rows_by_callback (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndXlsxTable) table = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "boekingen.xlsx", NULL);
  g_autoptr(XlsxDump) dump = NULL;
  g_autofree char *sheet = NULL;

  /* No subtitle: the header is the second row. A title Excel cannot name a sheet after. */
  table = ond_xlsx_table_new ("Boekingen: realisatie/verplichting [2023] van de begroting "
                              "taakveld 1.2");
  ond_xlsx_table_add_column (table, "Omschrijving", OND_XLSX_TEXT);
  ond_xlsx_table_add_column (table, "Bedrag", OND_XLSX_MONEY);
  ond_xlsx_table_add_rows (table, 1500, add_numbered_row, (gpointer) "Termijn");
  g_assert_cmpuint (ond_xlsx_table_get_n_rows (table), ==, 1500);
  g_assert_true (ond_xlsx_table_write (table, path, &error));
  g_assert_no_error (error);

  dump = xlsx_dump_read (path);
  if (dump == NULL)
    return;

  /* At most 31 characters, without : / [ ]. */
  sheet = g_strdup (xlsx_dump_get (dump, "sheet"));
  g_assert_cmpuint (g_utf8_strlen (sheet, -1), <=, 31);
  g_assert_null (strpbrk (sheet, ":/[]"));
  g_assert_true (g_str_has_prefix (sheet, "Boekingen"));

  g_assert_cmpstr (xlsx_dump_text (dump, "A2"), ==, "Omschrijving");
  g_assert_true (xlsx_dump_bold (dump, "A2"));
  g_assert_cmpstr (xlsx_dump_text (dump, "A3"), ==, "Termijn 1");
  g_assert_cmpstr (xlsx_dump_text (dump, "B3"), ==, "0.1");
  g_assert_cmpstr (xlsx_dump_text (dump, "A1502"), ==, "Termijn 1500");
  g_assert_cmpstr (xlsx_dump_type (dump, "B1502"), ==, "int");
  g_assert_cmpstr (xlsx_dump_text (dump, "B1502"), ==, "150");
  g_assert_cmpstr (xlsx_dump_format (dump, "B1502"), ==, "\"€ \"#,##0.00");
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "1502");
  g_assert_cmpstr (xlsx_dump_get (dump, "freeze"), ==, "A3");
  g_assert_cmpstr (xlsx_dump_get (dump, "filter"), ==, "A2:B1502");
  g_assert_cmpstr (xlsx_dump_get (dump, "titles"), ==, "2:2");
}

static void
test_empty_table (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndXlsxTable) table = ond_xlsx_table_new ("Stopgesprekken");
  g_autofree char *path = g_build_filename (fixture->dir, "leeg.xlsx", NULL);
  g_autoptr(XlsxDump) dump = NULL;

  ond_xlsx_table_add_column (table, "Datum", OND_XLSX_DATE);
  ond_xlsx_table_add_column (table, "Branche", OND_XLSX_TEXT);
  g_assert_true (ond_xlsx_table_write (table, path, &error));
  g_assert_no_error (error);

  dump = xlsx_dump_read (path);
  if (dump == NULL)
    return;
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "2");
  g_assert_cmpstr (xlsx_dump_text (dump, "B2"), ==, "Branche");
  g_assert_cmpstr (xlsx_dump_get (dump, "filter"), ==, "A2:B2");
}

static void
test_personal (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndXlsxTable) table = new_register_table ();
  g_autofree char *path = g_build_filename (fixture->dir, "meldingen.xlsx", NULL);
  g_autofree char *plain = g_build_filename (fixture->dir, "controles.xlsx", NULL);
  g_autoptr(XlsxDump) dump = NULL;
  mode_t mask = umask (022);

  /* Personal data replaces a file anyone could read: only the owner can read the new one. */
  g_assert_true (g_file_set_contents (path, "older", -1, &error));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  ond_xlsx_table_set_personal (table, TRUE);
  g_assert_true (ond_xlsx_table_write (table, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (path), ==, 0600);

  /* Other data follows the umask, or keeps the mode of the file it replaces. */
  ond_xlsx_table_set_personal (table, FALSE);
  g_assert_true (ond_xlsx_table_write (table, plain, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (plain), ==, 0644);
  g_assert_cmpint (g_chmod (plain, 0640), ==, 0);
  g_assert_true (ond_xlsx_table_write (table, plain, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (plain), ==, 0640);
  umask (mask);

  dump = xlsx_dump_read (path);
  if (dump == NULL)
    return;
  g_assert_cmpstr (xlsx_dump_value (dump, "custom", "Persoonsgegevens"), ==, "true");
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndXlsxTable) table = new_register_table ();
  g_autofree char *missing = g_build_filename (fixture->dir, "ontbreekt", NULL);
  g_autofree char *path = g_build_filename (missing, "controles.xlsx", NULL);
  g_autofree char *listing = NULL;

  g_assert_false (ond_xlsx_table_write (table, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  /* The message names the file and the folder. */
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "does not exist"));

  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "");
}

/* A folder that may not be written in: one of the user's made read-only, or, for root (who
 * may write anywhere on an ordinary file system), one in /sys. */
static void
test_no_permission (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndXlsxTable) table = new_register_table ();
  g_autofree char *path = NULL;
  g_autofree char *listing = NULL;

  if (geteuid () == 0)
    {
      if (!g_file_test ("/sys/kernel", G_FILE_TEST_IS_DIR))
        {
          g_test_skip ("root may write anywhere, and there is no /sys");
          return;
        }
      path = g_strdup ("/sys/kernel/ondermijning-controles.xlsx");
    }
  else
    {
      path = g_build_filename (fixture->dir, "controles.xlsx", NULL);
      g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);
    }

  g_assert_false (ond_xlsx_table_write (table, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "");
}

/* A directory where the workbook should go: the workbook is written whole before the rename
 * fails, and its temporary file goes. An existing workbook is replaced whole. */
static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndXlsxTable) table = new_register_table ();
  g_autofree char *path = g_build_filename (fixture->dir, "controles.xlsx", NULL);
  g_autofree char *inside = g_build_filename (path, "keep", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "ouder.xlsx", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(XlsxDump) dump = NULL;
  gsize length = 0;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "keep", -1, &error));
  g_assert_false (ond_xlsx_table_write (table, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "controles.xlsx");

  g_assert_true (g_file_set_contents (other, "an older file", -1, &error));
  g_assert_true (ond_xlsx_table_write (table, other, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (other, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpint (memcmp (contents, "PK\003\004", 4), ==, 0);
  g_clear_pointer (&listing, g_free);
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "controles.xlsx ouder.xlsx");

  dump = xlsx_dump_read (other);
  if (dump == NULL)
    return;
  g_assert_cmpstr (xlsx_dump_text (dump, "B4"), ==, "DOR/DOL controle");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ond/xlsx-table/cells", Fixture, NULL,
              fixture_set_up, test_cells, fixture_tear_down);
  g_test_add ("/ond/xlsx-table/layout", Fixture, NULL,
              fixture_set_up, test_layout, fixture_tear_down);
  g_test_add ("/ond/xlsx-table/rows-by-callback", Fixture, NULL,
              fixture_set_up, test_rows_by_callback, fixture_tear_down);
  g_test_add ("/ond/xlsx-table/empty", Fixture, NULL,
              fixture_set_up, test_empty_table, fixture_tear_down);
  g_test_add ("/ond/xlsx-table/personal", Fixture, NULL,
              fixture_set_up, test_personal, fixture_tear_down);
  g_test_add ("/ond/xlsx-table/missing-folder", Fixture, NULL,
              fixture_set_up, test_missing_folder, fixture_tear_down);
  g_test_add ("/ond/xlsx-table/no-permission", Fixture, NULL,
              fixture_set_up, test_no_permission, fixture_tear_down);
  g_test_add ("/ond/xlsx-table/replace", Fixture, NULL,
              fixture_set_up, test_replace, fixture_tear_down);

  return g_test_run ();
}
