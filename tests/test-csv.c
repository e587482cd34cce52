/* test-csv.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The CSV reader of the imports, on files as spreadsheets and people write them. */

#include "config.h"

#include <string.h>

#include "ond-csv.h"

static OndCsv *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  OndCsv *csv = ond_csv_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (csv);
  return csv;
}

static void
assert_fields (const OndCsvRow *row,
               guint            line,
               ...)
{
  va_list args;
  const char *expected;
  guint n = 0;

  g_assert_nonnull (row);
  g_assert_cmpuint (row->line, ==, line);
  va_start (args, line);
  while ((expected = va_arg (args, const char *)) != NULL)
    {
      g_assert_cmpuint (n, <, row->n_fields);
      g_assert_cmpstr (row->fields[n], ==, expected);
      n++;
    }
  va_end (args);
  g_assert_cmpuint (row->n_fields, ==, n);
  g_assert_null (row->fields[n]);
}

static void
test_semicolon (void)
{
  g_autoptr(OndCsv) csv = parse ("Datum;Bron;Subject\n"
                                 "01-03-2023;Politie;Jansen, J.\n"
                                 "2023-03-02;C3;Bakkerij, De\n");

  g_assert_cmpint (ond_csv_get_separator (csv), ==, ';');
  g_assert_cmpstr (ond_csv_get_encoding (csv), ==, "UTF-8");
  g_assert_false (ond_csv_get_had_bom (csv));
  assert_fields (ond_csv_get_header (csv), 1, "Datum", "Bron", "Subject", NULL);
  g_assert_cmpuint (ond_csv_get_n_rows (csv), ==, 2);
  /* The commas in the values do not make it a comma file. */
  assert_fields (ond_csv_get_row (csv, 0), 2, "01-03-2023", "Politie", "Jansen, J.", NULL);
  assert_fields (ond_csv_get_row (csv, 1), 3, "2023-03-02", "C3", "Bakkerij, De", NULL);
  g_assert_cmpuint (ond_csv_get_n_problems (csv), ==, 0);
}

static void
test_comma (void)
{
  /* The last line has no line end. */
  g_autoptr(OndCsv) csv = parse ("Datum,Bron,Subject\n"
                                 "01-03-2023,Politie,Jansen; J.\n"
                                 "02-03-2023,C3,\"Bakkerij, De\"");

  g_assert_cmpint (ond_csv_get_separator (csv), ==, ',');
  assert_fields (ond_csv_get_header (csv), 1, "Datum", "Bron", "Subject", NULL);
  g_assert_cmpuint (ond_csv_get_n_rows (csv), ==, 2);
  assert_fields (ond_csv_get_row (csv, 0), 2, "01-03-2023", "Politie", "Jansen; J.", NULL);
  assert_fields (ond_csv_get_row (csv, 1), 3, "02-03-2023", "C3", "Bakkerij, De", NULL);
}

static void
test_separator_from_header (void)
{
  /* The header decides: separators inside its quotes do not count, nor do the rows. */
  g_autoptr(OndCsv) semicolons = parse ("\"a,b,c\";d;e\n1,2,3;4;5\n");
  g_autoptr(OndCsv) commas = parse ("\"a;b;c\",d,e\n1;2;3,4,5\n");
  g_autoptr(OndCsv) single = parse ("Datum\n01-03-2023\n");

  g_assert_cmpint (ond_csv_get_separator (semicolons), ==, ';');
  assert_fields (ond_csv_get_header (semicolons), 1, "a,b,c", "d", "e", NULL);
  assert_fields (ond_csv_get_row (semicolons, 0), 2, "1,2,3", "4", "5", NULL);

  g_assert_cmpint (ond_csv_get_separator (commas), ==, ',');
  assert_fields (ond_csv_get_header (commas), 1, "a;b;c", "d", "e", NULL);
  assert_fields (ond_csv_get_row (commas, 0), 2, "1;2;3", "4", "5", NULL);

  assert_fields (ond_csv_get_header (single), 1, "Datum", NULL);
  assert_fields (ond_csv_get_row (single, 0), 2, "01-03-2023", NULL);
}

static void
test_bom (void)
{
  g_autoptr(OndCsv) csv = parse ("\xEF\xBB\xBF" "Datum;Bron\n01-03-2023;Inwoner\n");

  g_assert_true (ond_csv_get_had_bom (csv));
  g_assert_cmpstr (ond_csv_get_encoding (csv), ==, "UTF-8");
  assert_fields (ond_csv_get_header (csv), 1, "Datum", "Bron", NULL);
  assert_fields (ond_csv_get_row (csv, 0), 2, "01-03-2023", "Inwoner", NULL);
}

static void
test_windows_1252 (void)
{
  /* "Crème;Beëindiging" and "Café “De Hoek”;€ 5" as Excel on Windows saves them. */
  g_autoptr(OndCsv) csv = parse ("Cr\xE8me;Be\xEB" "indiging\n"
                                 "Caf\xE9 \x93" "De Hoek\x94;\x80 5\n");
  g_autoptr(OndCsv) utf8 = parse ("Crème;Beëindiging\nCafé;€ 5\n");

  g_assert_cmpstr (ond_csv_get_encoding (csv), ==, "WINDOWS-1252");
  assert_fields (ond_csv_get_header (csv), 1, "Crème", "Beëindiging", NULL);
  assert_fields (ond_csv_get_row (csv, 0), 2, "Café “De Hoek”", "€ 5", NULL);

  /* Valid UTF-8 is never read as Windows-1252. */
  g_assert_cmpstr (ond_csv_get_encoding (utf8), ==, "UTF-8");
  assert_fields (ond_csv_get_header (utf8), 1, "Crème", "Beëindiging", NULL);
  assert_fields (ond_csv_get_row (utf8, 0), 2, "Café", "€ 5", NULL);
}

static void
test_quotes (void)
{
  g_autoptr(OndCsv) csv = parse ("Subject;Samenvatting;Adres\n"
                                 "\"Jansen; J.\";\"Zei: \"\"kom morgen\"\"\";\"Straat 1\n"
                                 "3311 AA Dordrecht\"\n"
                                 "\"\";\"\"\"\";  \"spaties ervoor\"\n"
                                 "half\"quote;\"a\"b;c\n");

  g_assert_cmpuint (ond_csv_get_n_rows (csv), ==, 3);
  assert_fields (ond_csv_get_row (csv, 0), 2,
                 "Jansen; J.", "Zei: \"kom morgen\"", "Straat 1\n3311 AA Dordrecht", NULL);
  /* The line break inside the quotes moved the next row one line down. */
  assert_fields (ond_csv_get_row (csv, 1), 4, "", "\"", "spaties ervoor", NULL);
  assert_fields (ond_csv_get_row (csv, 2), 5, "half\"quote", "ab", "c", NULL);
}

static void
test_crlf (void)
{
  g_autoptr(OndCsv) csv = parse ("a;b\r\n1;\"twee\r\nregels\"\r\n3;4\r\n\r\n");
  g_autoptr(OndCsv) cr = parse ("a;b\r1;2\r3;4");

  assert_fields (ond_csv_get_header (csv), 1, "a", "b", NULL);
  g_assert_cmpuint (ond_csv_get_n_rows (csv), ==, 2);
  assert_fields (ond_csv_get_row (csv, 0), 2, "1", "twee\nregels", NULL);
  assert_fields (ond_csv_get_row (csv, 1), 4, "3", "4", NULL);

  g_assert_cmpuint (ond_csv_get_n_rows (cr), ==, 2);
  assert_fields (ond_csv_get_row (cr, 0), 2, "1", "2", NULL);
  assert_fields (ond_csv_get_row (cr, 1), 3, "3", "4", NULL);
}

static void
test_empty_lines (void)
{
  g_autoptr(OndCsv) csv = parse ("\n\na;b;c\n1;2;3\n\n4;5;6\n;;\n\"\";;\n\n\n");

  /* Lines before the header and empty rows are skipped; line numbers stay the file's. */
  assert_fields (ond_csv_get_header (csv), 3, "a", "b", "c", NULL);
  g_assert_cmpuint (ond_csv_get_n_rows (csv), ==, 2);
  assert_fields (ond_csv_get_row (csv, 0), 4, "1", "2", "3", NULL);
  assert_fields (ond_csv_get_row (csv, 1), 6, "4", "5", "6", NULL);
  g_assert_cmpuint (ond_csv_get_n_problems (csv), ==, 0);
}

static void
test_ragged_rows (void)
{
  g_autoptr(OndCsv) csv = parse ("a;b;c\n"
                                 "1;2\n"
                                 "1;2;3\n"
                                 "1;2;3;4\n"
                                 "5;6;7;;\n"
                                 "\"x\ny\";2\n"
                                 "8;9;10\n");
  const OndCsvProblem *problem;

  g_assert_cmpuint (ond_csv_get_n_rows (csv), ==, 3);
  assert_fields (ond_csv_get_row (csv, 0), 3, "1", "2", "3", NULL);
  /* Empty fields past the header's are what spreadsheets add: tolerated. */
  assert_fields (ond_csv_get_row (csv, 1), 5, "5", "6", "7", NULL);
  assert_fields (ond_csv_get_row (csv, 2), 8, "8", "9", "10", NULL);

  g_assert_cmpuint (ond_csv_get_n_problems (csv), ==, 3);
  problem = ond_csv_get_problem (csv, 0);
  g_assert_cmpuint (problem->line, ==, 2);
  g_assert_nonnull (strstr (problem->message, "2 fields"));
  g_assert_nonnull (strstr (problem->message, "3"));
  problem = ond_csv_get_problem (csv, 1);
  g_assert_cmpuint (problem->line, ==, 4);
  g_assert_nonnull (strstr (problem->message, "4 fields"));
  problem = ond_csv_get_problem (csv, 2);
  g_assert_cmpuint (problem->line, ==, 6);
}

static void
test_unterminated_quote (void)
{
  const char *text = "a;b\n1;2\n3;\"open\n4;5\n6;7\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCsv) csv = ond_csv_parse (text, strlen (text), &error);

  g_assert_null (csv);
  g_assert_error (error, OND_CSV_ERROR, OND_CSV_ERROR_UNTERMINATED_QUOTE);
  g_assert_nonnull (strstr (error->message, "Line 3"));
}

static void
test_not_readable (void)
{
  const char *empties[] = { "", "\xEF\xBB\xBF", "\n\r\n\n", ";;;\n;;\n" };
  const char nul[] = "a;b\n1;\0002\n";
  const char undefined[] = "a;b\n\x81\x8D;\x90\n";
  const char bad_after_bom[] = "\xEF\xBB\xBF" "a;b\n\xE9;2\n";

  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OndCsv) csv = ond_csv_parse (empties[i], strlen (empties[i]), &error);

      g_assert_null (csv);
      g_assert_error (error, OND_CSV_ERROR, OND_CSV_ERROR_EMPTY);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(OndCsv) csv = ond_csv_parse (nul, sizeof nul - 1, &error);

    g_assert_null (csv);
    g_assert_error (error, OND_CSV_ERROR, OND_CSV_ERROR_ENCODING);
  }
  {
    /* Bytes that Windows-1252 leaves undefined, in a file that is not UTF-8 either. */
    g_autoptr(GError) error = NULL;
    g_autoptr(OndCsv) csv = ond_csv_parse (undefined, sizeof undefined - 1, &error);

    g_assert_null (csv);
    g_assert_error (error, OND_CSV_ERROR, OND_CSV_ERROR_ENCODING);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(OndCsv) csv = ond_csv_parse (bad_after_bom, sizeof bad_after_bom - 1, &error);

    g_assert_null (csv);
    g_assert_error (error, OND_CSV_ERROR, OND_CSV_ERROR_ENCODING);
  }
}

static void
test_sha256 (void)
{
  g_autofree char *abc = ond_csv_sha256 ("abc", 3);
  g_autofree char *empty = ond_csv_sha256 ("", 0);

  g_assert_cmpstr (abc, ==,
                   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  g_assert_cmpstr (empty, ==,
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/csv/semicolon", test_semicolon);
  g_test_add_func ("/ond/csv/comma", test_comma);
  g_test_add_func ("/ond/csv/separator-from-header", test_separator_from_header);
  g_test_add_func ("/ond/csv/bom", test_bom);
  g_test_add_func ("/ond/csv/windows-1252", test_windows_1252);
  g_test_add_func ("/ond/csv/quotes", test_quotes);
  g_test_add_func ("/ond/csv/crlf", test_crlf);
  g_test_add_func ("/ond/csv/empty-lines", test_empty_lines);
  g_test_add_func ("/ond/csv/ragged-rows", test_ragged_rows);
  g_test_add_func ("/ond/csv/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/ond/csv/not-readable", test_not_readable);
  g_test_add_func ("/ond/csv/sha256", test_sha256);

  return g_test_run ();
}
