/* test-booking-import.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Importing bookings from the financial system's CSV export: every bad input of issue 5
 * gives a problem naming its line and column, and leaves the database file byte for byte
 * as it was (checked with the store closed); a good file adds exactly its rows, amounts to
 * the cent; a file imported before is refused, rows present already are skipped and
 * listed; a saved mapping reads other header names; a cancel writes nothing; a large file
 * imports. What was written is read back with plain SQLite from outside the store. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-booking-import.h"
#include "ond-booking.h"
#include "ond-pg.h"
#include "ond-plan.h"
#include "ond-store-bookings.h"
#include "ond-store-budget.h"
#include "ond-store-private.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define HEADER "Datum;Kostenpost;Bedrag;Soort;Omschrijving;Referentie;Leverancier\n"
#define GOOD_ROW "03-01-2023;Integrale controles;100,00;realisatie;Goed;F-1;Leverancier\n"

static gint64
plan_id (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (f->store, &error);

  g_assert_no_error (error);
  return ond_plan_get_id (plan);
}

static OndBookingImport *
prepare_text (Fixture                 *f,
              const char              *text,
              const OndBookingMapping *mapping)
{
  return ond_booking_import_prepare_data (f->store, plan_id (f), "boekingen.csv", text,
                                          strlen (text), mapping);
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static gint64
n_bookings (Fixture *f)
{
  return sql_int (f->path, "SELECT count(*) FROM booking", 0);
}

/* The checksum of every row of every table of a server database, each table in a fixed
 * order (one query: the server writes each table out as XML). */
static char *
server_checksum (Fixture *f)
{
  g_autofree char *all = sql_text (f->path,
                                   "SELECT string_agg(table_name || ':' || md5(CAST("
                                   "  query_to_xml('SELECT t.* FROM ' || quote_ident(table_name)"
                                   "               || ' t ORDER BY t::text', true, false, '')"
                                   "  AS TEXT)), ',' ORDER BY table_name)"
                                   " FROM information_schema.tables"
                                   " WHERE table_schema = current_schema()"
                                   " AND table_type = 'BASE TABLE'", 0);

  g_assert_nonnull (all);
  g_assert_nonnull (strstr (all, "booking:"));
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, all, -1);
}

/* The checksum of the database file with the store closed (so that nothing is pending in
 * a journal), or of every row of a server database; the store is opened again afterwards. */
static char *
file_checksum (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  char *sum;

  g_clear_object (&f->store);
  sum = ond_pg_is_uri (f->path) ? server_checksum (f) : ond_test_file_checksum (f->path);
  g_assert_nonnull (sum);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  return sum;
}

static void
print_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const OndImportProblem *p = g_ptr_array_index (problems, i);

      g_test_message ("problem %u: line %u, column %s: %s", i, p->line,
                      p->column != NULL ? p->column : "(none)", p->message);
    }
}

/* Whether @import lists a problem on @line in @column whose message holds @needle. */
static gboolean
has_problem (OndBookingImport *import,
             guint             line,
             const char       *column,
             const char       *needle)
{
  GPtrArray *problems = ond_booking_import_get_problems (import);

  for (guint i = 0; i < problems->len; i++)
    {
      const OndImportProblem *p = g_ptr_array_index (problems, i);

      if (p->line == line && g_strcmp0 (p->column, column) == 0 &&
          strstr (p->message, needle) != NULL)
        return TRUE;
    }
  print_problems (problems);
  return FALSE;
}

/* Reads @data, expects exactly one problem, on @line in @column with @needle in its
 * message, and checks that importing is refused and the file stays as it was. */
static void
assert_refused (Fixture    *f,
                const char *data,
                gsize       length,
                guint       line,
                const char *column,
                const char *needle)
{
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_checksum (f);
  g_autofree char *after = NULL;
  guint n_added = 99;
  GPtrArray *problems;

  import = ond_booking_import_prepare_data (f->store, plan_id (f), "fout.csv", data, length,
                                            NULL);
  g_assert_nonnull (import);
  problems = ond_booking_import_get_problems (import);
  print_problems (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (has_problem (import, line, column, needle));
  g_assert_false (ond_booking_import_is_duplicate (import));

  g_assert_false (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, &n_added,
                                             &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_cmpuint (n_added, ==, 0);

  g_clear_object (&import);
  after = file_checksum (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (n_bookings (f), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM import_batch", 0), ==, 0);
}

static void
assert_refused_text (Fixture    *f,
                     const char *text,
                     guint       line,
                     const char *column,
                     const char *needle)
{
  assert_refused (f, text, strlen (text), line, column, needle);
}

/* Bad input, one test each. */

static void
test_amount_letters (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, HEADER GOOD_ROW
                       "04-01-2023;Integrale controles;12a,50;realisatie;;F-2;\n",
                       3, "Bedrag", "is not an amount");
}

static void
test_amount_three_decimals (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, HEADER "04-01-2023;Integrale controles;1,234;realisatie;;F-2;\n"
                       GOOD_ROW, 2, "Bedrag", "more than two decimals");
}

static void
test_amount_too_large (Fixture *f, gconstpointer data)
{
  /* € 100.000.000 itself is allowed (test_line_by_name_and_code); one cent more is not,
   * nor what does not fit in 64 bits of cents. */
  assert_refused_text (f, HEADER GOOD_ROW
                       "04-01-2023;Integrale controles;€ 100.000.000,01;realisatie;;F-2;\n",
                       3, "Bedrag", "beyond € 100.000.000");
  assert_refused_text (f, HEADER GOOD_ROW
                       "04-01-2023;Integrale controles;-99999999999999999999;realisatie;;F-2;"
                       "\n", 3, "Bedrag", "beyond € 100.000.000");
}

static void
test_unknown_line (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, HEADER GOOD_ROW GOOD_ROW
                       "04-01-2023;Koffie en thee;25,00;realisatie;;F-2;\n",
                       4, "Kostenpost", "“Koffie en thee” is not a cost line");
}

static void
test_empty_header_name (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, "Datum;Kostenpost;;Bedrag;Soort\n"
                       "03-01-2023;Integrale controles;x;100,00;realisatie\n",
                       1, "column 3", "no name");
}

static void
test_duplicate_header (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, "Datum;Kostenpost;Bedrag;Soort;DATUM\n"
                       "03-01-2023;Integrale controles;100,00;realisatie;04-01-2023\n",
                       1, "DATUM", "appears twice");
}

static void
test_missing_column (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, "Datum;Kostenpost;Soort\n03-01-2023;Integrale controles;realisatie\n",
                       1, "Bedrag", "missing from the header");
}

static void
test_binary_file (Fixture *f, gconstpointer data)
{
  /* A zero byte in the amount of the third line... */
  static const char text[] = HEADER GOOD_ROW "04-01-2023;Integrale controles;1\0" "00;"
                             "realisatie;;F-2;\n";
  /* ...and a PNG picture's first bytes: the zero byte is on line 3, in the first field. */
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";

  assert_refused (f, text, sizeof text - 1, 3, "Bedrag", "zero byte");
  assert_refused (f, png, sizeof png - 1, 3, "‰PNG", "zero byte");
}

/* Bytes that are no text: invalid UTF-8 after a UTF-8 byte order mark, or a byte that
 * Windows-1252 does not define. */
static void
test_not_text (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, "\xEF\xBB\xBF" HEADER GOOD_ROW
                       "04-01-2023;Integrale controles;12,50;realisatie;Caf\xE9;F-2;\n",
                       3, "Omschrijving", "neither UTF-8 nor Windows-1252");
  assert_refused_text (f, HEADER "04-01-2023;Integrale controles;12,50;realisatie;;F-2;"
                       "Bureau \x81\n", 2, "Leverancier", "neither UTF-8 nor Windows-1252");
}

static void
test_empty_file (Fixture *f, gconstpointer data)
{
  assert_refused (f, "", 0, 1, "Datum", "empty (0 bytes)");
  assert_refused_text (f, "\n\n;;;\n", 1, "Datum", "no header line");
}

static void
test_mixed_separators (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, HEADER GOOD_ROW
                       "04-01-2023,Integrale controles,\"12,50\",realisatie,,F-2,\n",
                       3, "Kostenpost", "separated by “,” where the header uses “;”");
}

static void
test_wrong_field_count (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, HEADER GOOD_ROW
                       "04-01-2023;Integrale controles;12,50;realisatie;;F-2;x;y\n",
                       3, "column 8", "This row has 8 fields where the header has 7");
}

static void
test_unterminated_quote (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, HEADER GOOD_ROW
                       "04-01-2023;Integrale controles;\"12,50;realisatie;;F-2;\n" GOOD_ROW,
                       3, "Bedrag", "never closed");
}

static void
test_bad_date (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, HEADER GOOD_ROW
                       "31-02-2023;Integrale controles;12,50;realisatie;;F-2;\n",
                       3, "Datum", "not an existing date");
  assert_refused_text (f, HEADER "gisteren;Integrale controles;12,50;realisatie;;F-2;\n",
                       2, "Datum", "gisteren");
  assert_refused_text (f, HEADER "31-12-1999;Integrale controles;12,50;realisatie;;F-2;\n",
                       2, "Datum", "from 2000 to 2100");
}

static void
test_bad_kind (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, HEADER GOOD_ROW
                       "04-01-2023;Integrale controles;12,50;betaling;;F-2;\n",
                       3, "Soort", "“betaling” is not a kind of booking");
}

/* The rules of ond-store-bookings.h for a commitment and an amount. */
static void
test_booking_rules (Fixture *f, gconstpointer data)
{
  assert_refused_text (f, HEADER "04-01-2023;Integrale controles;-12,50;verplichting;;O-1;\n",
                       2, "Bedrag", "cannot be negative");
  assert_refused_text (f, HEADER "04-01-2023;Integrale controles;12,50;verplichting;;  ;\n",
                       2, "Referentie", "needs a reference");
  assert_refused_text (f, HEADER "04-01-2023;Integrale controles;0,00;realisatie;;F-1;\n",
                       2, "Bedrag", "0 is not a booking");
  /* A commitment in a file without a Referentie column: named after the default. */
  assert_refused_text (f, "Datum;Kostenpost;Bedrag;Soort\n"
                       "04-01-2023;Integrale controles;12,50;verplichting\n",
                       2, "Referentie", "needs a reference");
}

/* Every bad row of a file is listed, in line order, and the good row is not added. */
static void
test_every_problem_listed (Fixture *f, gconstpointer data)
{
  g_autofree char *path = data_path ("boekingen-fouten.csv");
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_checksum (f);
  g_autofree char *after = NULL;
  static const struct { guint line; const char *column; } expected[] = {
    { 3, "Datum" }, { 4, "Kostenpost" }, { 5, "Bedrag" }, { 6, "Bedrag" }, { 7, "Bedrag" },
    { 8, "Soort" }, { 9, "Kostenpost" },
  };
  GPtrArray *problems;

  import = ond_booking_import_prepare (f->store, plan_id (f), path, NULL, &error);
  g_assert_no_error (error);
  problems = ond_booking_import_get_problems (import);
  print_problems (problems);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const OndImportProblem *p = g_ptr_array_index (problems, i);

      g_assert_cmpuint (p->line, ==, expected[i].line);
      g_assert_cmpstr (p->column, ==, expected[i].column);
    }
  /* The one good row is read, but not added. */
  g_assert_cmpuint (ond_booking_import_get_bookings (import)->len, ==, 1);
  g_assert_false (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, NULL,
                                             &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_object (&import);
  after = file_checksum (f);
  g_assert_cmpstr (after, ==, before);
}

/* A good file. */

typedef struct
{
  const char *date;
  const char *line;
  gint64      cents;
  const char *kind;
  const char *description;
  const char *reference;
  const char *supplier;
} Expected;

/* The bookings in the database, in id order, against @expected. */
static void
assert_stored (Fixture        *f,
               const Expected *expected,
               guint           n)
{
  g_assert_cmpint (n_bookings (f), ==, n);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = sql_int (f->path, "SELECT id FROM booking ORDER BY id LIMIT 1 OFFSET ?", i);
      g_autofree char *date = sql_text (f->path, "SELECT date FROM booking WHERE id = ?", id);
      g_autofree char *line = sql_text (f->path,
                                        "SELECT l.name FROM booking b JOIN budget_line l"
                                        " ON l.id = b.line_id WHERE b.id = ?", id);
      g_autofree char *kind = sql_text (f->path, "SELECT kind FROM booking WHERE id = ?", id);
      g_autofree char *description = sql_text (f->path,
                                               "SELECT description FROM booking WHERE id = ?",
                                               id);
      g_autofree char *reference = sql_text (f->path,
                                             "SELECT reference FROM booking WHERE id = ?", id);
      g_autofree char *supplier = sql_text (f->path,
                                            "SELECT supplier FROM booking WHERE id = ?", id);

      g_assert_cmpstr (date, ==, expected[i].date);
      g_assert_cmpstr (line, ==, expected[i].line);
      g_assert_cmpint (sql_int (f->path, "SELECT amount_cents FROM booking WHERE id = ?", id),
                       ==, expected[i].cents);
      g_assert_cmpstr (kind, ==, expected[i].kind);
      g_assert_cmpstr (description, ==, expected[i].description);
      g_assert_cmpstr (reference, ==, expected[i].reference);
      g_assert_cmpstr (supplier, ==, expected[i].supplier);
      /* Every row points at the one import batch. */
      g_assert_cmpint (sql_int (f->path, "SELECT batch_id FROM booking WHERE id = ?", id), ==,
                       sql_int (f->path, "SELECT max(id) FROM import_batch", 0));
    }
}

static guint
import_file (Fixture    *f,
             const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  import = ond_booking_import_prepare (f->store, plan_id (f), path, NULL, &error);
  g_assert_no_error (error);
  print_problems (ond_booking_import_get_problems (import));
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  g_assert_true (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, &n_added,
                                            &error));
  g_assert_no_error (error);
  return n_added;
}

static void
test_good_file (Fixture *f, gconstpointer data)
{
  static const Expected expected[] = {
    { "2023-02-15", "Inzet communicatiemedewerker", 1000000, "verplichting",
      "Opdracht communicatiemedewerker 2023", "O-2023-017", "Bureau Helder" },
    { "2023-01-03", "Veiligheidsinformatieknooppunt (VIK)", 123456, "realisatie",
      "Bijdrage VIK januari", "F-2023-001", "RIEC Rotterdam" },
    { "2023-03-31", "Inzet communicatiemedewerker", 250000, "realisatie", "Inzet maart",
      "O-2023-017", "Bureau Helder" },
    { "2023-04-12", "BIBOB trainingen", 150000, "realisatie",
      "Training BIBOB voor vergunningverleners", "F-2023-010", "Academie Integriteit" },
    { "2023-04-20", "Inzet communicatiemedewerker", -1250, "realisatie",
      "Creditnota afronding", "O-2023-017", "Bureau Helder" },
    { "2024-05-20", "Meld Misdaad Anoniem (MMA)", 150000, "realisatie",
      "Bijdrage MMA 2024; regio Zuid-Holland Zuid", "F-2024-003",
      "Stichting Meld Misdaad Anoniem" },
  };
  g_autofree char *path = data_path ("boekingen.csv");
  g_autofree char *sha = NULL;
  g_autofree char *batch_sha = NULL;
  g_autofree char *batch_name = NULL;
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *header;
  GPtrArray *bookings;
  guint n_added = 0;

  import = ond_booking_import_prepare (f->store, plan_id (f), path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (ond_booking_import_get_skipped (import)->len, ==, 0);
  g_assert_cmpstr (ond_booking_import_get_file_name (import), ==, "boekingen.csv");
  header = ond_booking_import_get_header (import);
  g_assert_cmpuint (g_strv_length ((char **) header), ==, 7);
  g_assert_cmpstr (header[2], ==, "Bedrag");

  /* The preview: the rows in file order, each with its line. */
  bookings = ond_booking_import_get_bookings (import);
  g_assert_cmpuint (bookings->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < bookings->len; i++)
    {
      OndBooking *booking = g_ptr_array_index (bookings, i);

      g_assert_cmpint (ond_booking_get_id (booking), ==, 0);
      g_assert_cmpstr (ond_booking_get_date (booking), ==, expected[i].date);
      g_assert_cmpstr (ond_booking_get_line_name (booking), ==, expected[i].line);
      g_assert_cmpint (ond_booking_get_amount (booking), ==, expected[i].cents);
      g_assert_cmpuint (ond_booking_import_get_line (import, i), ==, i + 2);
    }

  g_assert_true (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, &n_added,
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 6);
  assert_stored (f, expected, G_N_ELEMENTS (expected));

  /* One import batch, with the file's name, checksum and number of rows. */
  sha = ond_test_file_checksum (path);
  batch_sha = sql_text (f->path, "SELECT sha256 FROM import_batch WHERE kind = 'bookings'", 0);
  batch_name = sql_text (f->path, "SELECT file_name FROM import_batch", 0);
  g_assert_cmpstr (batch_sha, ==, sha);
  g_assert_cmpstr (batch_name, ==, "boekingen.csv");
  g_assert_cmpint (sql_int (f->path, "SELECT rows FROM import_batch", 0), ==, 6);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM import_batch", 0), ==, 1);
}

static void
test_windows_1252 (Fixture *f, gconstpointer data)
{
  static const Expected expected[] = {
    { "2023-06-06", "Integrale controles", 25000, "realisatie", "Lunch controleteam",
      "F-2023-044", "Café De Hoek" },
    { "2023-06-07", "Uitvoering maatregelen project vakantiepark", 175025, "realisatie",
      "Borden \"Privé terrein\"", "F-2023-045", "Bordenmakerij Geërfd" },
  };

  g_assert_cmpuint (import_file (f, "boekingen-windows-1252.csv"), ==, 2);
  assert_stored (f, expected, G_N_ELEMENTS (expected));
}

static void
test_comma_file (Fixture *f, gconstpointer data)
{
  static const Expected expected[] = {
    { "2023-09-01", "Inzet OZHZ project Hermes (gedoogbeschikking + handhaving)", 1200000,
      "verplichting", "Opdracht OZHZ, project Hermes", "O-2023-090", "OZHZ" },
    { "2023-10-15", "Inzet OZHZ project Hermes (gedoogbeschikking + handhaving)", 425050,
      "realisatie", "Eerste termijn", "O-2023-090", "OZHZ" },
    { "2023-11-30", "Onvoorziene kosten", 9995, "realisatie", "Kleine uitgaven", "", "" },
  };

  g_assert_cmpuint (import_file (f, "boekingen-komma.csv"), ==, 3);
  assert_stored (f, expected, G_N_ELEMENTS (expected));
}

/* Lines by name with case and accents ignored, and by ledger code. */
static void
test_line_by_name_and_code (Fixture *f, gconstpointer data)
{
  static const Expected expected[] = {
    { "2023-01-03", "Integrale controles", 100, "realisatie", "", "A", "" },
    { "2023-01-03", "Integrale controles", 200, "verplichting", "", "B", "" },
    { "2023-01-03", "Integrale controles", 300, "realisatie", "", "C", "" },
    { "2023-01-03", "BIBOB trainingen", 10000000000, "realisatie", "", "D", "" },
  };
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  sql_exec (f->path, "UPDATE budget_line SET ledger_code = '6.1.2.07'"
                     " WHERE name = 'Integrale controles'");
  import = prepare_text (f, HEADER
                         "03-01-2023;  INTEGRÁLE   Contróles ;1,00;REALISATIE;;A;\n"
                         "2023-01-03;6.1.2.07;2,00;Verplichting;;B;\n"
                         "3-1-2023;integrale controles;€ 3,00;realisatie;;C;\n"
                         "03-01-2023;bibob trainingen;€ 100.000.000;realisatie;;D;\n",
                         NULL);
  print_problems (ond_booking_import_get_problems (import));
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  g_assert_true (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, &n_added,
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 4);
  assert_stored (f, expected, G_N_ELEMENTS (expected));
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM booking"
                                     " WHERE ledger_code = '6.1.2.07'", 0), ==, 3);
}

static void
test_amount_forms (Fixture *f, gconstpointer data)
{
  static const struct { const char *text; gint64 cents; } amounts[] = {
    { "1.234,56", 123456 }, { "€ 1.234,56", 123456 }, { "-12,50", -1250 },
    { "1234.56", 123456 }, { "1.500", 150000 }, { "€ 25,-", 2500 }, { "0,01", 1 },
    { "\"€ 1.000.000,10\"", 100000010 },
  };
  g_autoptr(GString) text = g_string_new (HEADER);
  g_autoptr(OndBookingImport) import = NULL;
  GPtrArray *bookings;

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    g_string_append_printf (text, "03-01-2023;Integrale controles;%s;realisatie;;R-%u;\n",
                            amounts[i].text, i);
  import = prepare_text (f, text->str, NULL);
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  bookings = ond_booking_import_get_bookings (import);
  g_assert_cmpuint (bookings->len, ==, G_N_ELEMENTS (amounts));
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    g_assert_cmpint (ond_booking_get_amount (g_ptr_array_index (bookings, i)), ==,
                     amounts[i].cents);
}

/* Re-import: the same bytes under another name are refused; the database is unchanged. */
static void
test_reimport_refused (Fixture *f, gconstpointer data)
{
  g_autofree char *path = data_path ("boekingen.csv");
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_cmpuint (import_file (f, "boekingen.csv"), ==, 6);
  before = file_checksum (f);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  import = ond_booking_import_prepare_data (f->store, plan_id (f), "kopie.csv", contents,
                                            length, NULL);
  g_assert_true (ond_booking_import_is_duplicate (import));
  g_assert_true (has_problem (import, 0, NULL, "imported before"));
  g_assert_true (has_problem (import, 0, NULL, "boekingen.csv"));
  g_assert_false (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, NULL,
                                             &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_object (&import);

  after = file_checksum (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (n_bookings (f), ==, 6);
}

/* Rows already in the database, or twice in the file, are skipped and listed. */
static void
test_present_rows_skipped (Fixture *f, gconstpointer data)
{
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *skipped;
  guint n_added = 0;
  const OndImportProblem *p;

  g_assert_cmpuint (import_file (f, "boekingen.csv"), ==, 6);

  /* Line 2 is in boekingen.csv (written otherwise: ISO date, plain amount, other case);
   * line 3 differs in its reference; line 4 is line 3 again; line 5 is new. A booking by
   * hand is also seen. */
  import = prepare_text (f, HEADER
                         "2023-01-03;veiligheidsinformatieknooppunt (vik);1234.56;realisatie;"
                         "Andere tekst;F-2023-001;Ander\n"
                         "03-01-2023;Veiligheidsinformatieknooppunt (VIK);1.234,56;realisatie;"
                         ";F-2023-999;\n"
                         "03-01-2023;Veiligheidsinformatieknooppunt (VIK);1.234,56;realisatie;"
                         ";F-2023-999;\n"
                         "04-01-2023;Integrale controles;10,00;realisatie;;;\n",
                         NULL);
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  skipped = ond_booking_import_get_skipped (import);
  g_assert_cmpuint (skipped->len, ==, 2);
  p = g_ptr_array_index (skipped, 0);
  g_assert_cmpuint (p->line, ==, 2);
  g_assert_nonnull (strstr (p->message, "already in the database"));
  p = g_ptr_array_index (skipped, 1);
  g_assert_cmpuint (p->line, ==, 4);
  g_assert_nonnull (strstr (p->message, "line 3"));
  g_assert_cmpuint (ond_booking_import_get_bookings (import)->len, ==, 2);
  g_assert_cmpuint (ond_booking_import_get_line (import, 0), ==, 3);
  g_assert_cmpuint (ond_booking_import_get_line (import, 1), ==, 5);

  g_assert_true (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, &n_added,
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_cmpint (n_bookings (f), ==, 8);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM booking"
                                     " WHERE reference = 'F-2023-001'", 0), ==, 1);
}

/* A file whose rows are all present already adds nothing and writes nothing, not even an
 * import batch. */
static void
test_all_rows_present (Fixture *f, gconstpointer data)
{
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_added = 99;

  g_assert_cmpuint (import_file (f, "boekingen.csv"), ==, 6);
  before = file_checksum (f);
  import = prepare_text (f, HEADER
                         "2024-05-20;Meld Misdaad Anoniem (MMA);1500;realisatie;;F-2024-003;\n",
                         NULL);
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (ond_booking_import_get_skipped (import)->len, ==, 1);
  g_assert_cmpuint (ond_booking_import_get_bookings (import)->len, ==, 0);
  g_assert_true (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, &n_added,
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 0);
  g_clear_object (&import);
  after = file_checksum (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM import_batch", 0), ==, 1);
}

/* A row stored between reading and importing is not added twice: the import is refused. */
static void
test_row_added_meanwhile (Fixture *f, gconstpointer data)
{
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(OndBooking) booking = NULL;
  g_autoptr(GError) error = NULL;

  import = prepare_text (f, HEADER GOOD_ROW, NULL);
  g_assert_cmpuint (ond_booking_import_get_bookings (import)->len, ==, 1);
  booking = g_object_ref (g_ptr_array_index (ond_booking_import_get_bookings (import), 0));
  g_assert_cmpint (ond_store_save_booking (f->store, plan_id (f), booking, &error), >, 0);
  g_assert_no_error (error);

  g_assert_false (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, NULL,
                                             &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Line 2"));
  g_assert_cmpint (n_bookings (f), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM import_batch", 0), ==, 0);
}

/* An import writes without SQLite checking each row's foreign keys and CHECKs (it checked
 * the rows itself): afterwards, whatever happened, the connection checks them again. */
static void
assert_constraints_enforced (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (_ond_store_exec (f->store,
                                   "INSERT INTO booking (date, line_id, amount_cents, kind)"
                                   " VALUES ('2023-01-01', 99999, 100, 'realisatie')",
                                   &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (_ond_store_exec (f->store,
                                   "INSERT INTO booking (date, line_id, amount_cents, kind)"
                                   " VALUES ('03-01-2023', NULL, 100, 'realisatie')",
                                   &error));
  g_assert_nonnull (error);
}

/* A cost line deleted (in another window) after the file was read: refused, nothing added. */
static void
test_line_deleted_meanwhile (Fixture *f, gconstpointer data)
{
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;
  gint64 line_id;

  import = prepare_text (f, HEADER GOOD_ROW
                         "04-01-2023;Onvoorziene kosten;50,00;realisatie;Later weg;F-2;L\n",
                         NULL);
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (ond_booking_import_get_bookings (import)->len, ==, 2);

  sql = g_strdup_printf ("SELECT id FROM budget_line WHERE name = 'Onvoorziene kosten'"
                         " AND plan_id = %" G_GINT64_FORMAT, plan_id (f));
  line_id = sql_int (f->path, sql, 0);
  g_assert_cmpint (line_id, >, 0);
  g_assert_true (ond_store_delete_budget_line (f->store, line_id, &error));
  g_assert_no_error (error);

  before = file_checksum (f);
  g_assert_false (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, NULL,
                                             &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Onvoorziene kosten"));
  g_assert_nonnull (strstr (error->message, "line 3"));
  assert_constraints_enforced (f);
  after = file_checksum (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (n_bookings (f), ==, 0);
}

/* Mappings: saved per source, other header names, any order, extra columns ignored. */
static void
test_saved_mapping (Fixture *f, gconstpointer data)
{
  g_autoptr(OndBookingMapping) mapping = ond_booking_mapping_new_default ();
  g_autoptr(OndBookingMapping) loaded = NULL;
  g_autoptr(OndBookingMapping) missing = NULL;
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(OndBookingImport) with_default = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sources = NULL;
  GPtrArray *bookings;
  OndBooking *booking;
  const char *text = "Grootboek;Crediteur;Boekdatum;Bedrag incl. btw;Kostenplaats;"
                     "Soort boeking;Factuur=nr;Omschrijving\n"
                     "4711;Drukkerij Dordt;01-07-2023;€ 2.420,00;Uitvoering acties uit "
                     "communicatieplan + contentkalender;Realisatie;F 88;Posters\n";

  ond_booking_mapping_set_column (mapping, OND_BOOKING_FIELD_DATE, "Boekdatum");
  ond_booking_mapping_set_column (mapping, OND_BOOKING_FIELD_LINE, " kostenplaats ");
  ond_booking_mapping_set_column (mapping, OND_BOOKING_FIELD_AMOUNT, "Bedrag incl. btw");
  ond_booking_mapping_set_column (mapping, OND_BOOKING_FIELD_KIND, "Soort boeking");
  ond_booking_mapping_set_column (mapping, OND_BOOKING_FIELD_REFERENCE, "Factuur=nr");
  ond_booking_mapping_set_column (mapping, OND_BOOKING_FIELD_SUPPLIER, "Crediteur");
  g_assert_true (ond_store_save_booking_mapping (f->store, "Key2Financiën", mapping, &error));
  g_assert_no_error (error);
  /* A second source, and the first saved again (replaced, not doubled). */
  g_assert_true (ond_store_save_booking_mapping (f->store, "Excel", mapping, &error));
  g_assert_true (ond_store_save_booking_mapping (f->store, " Key2Financiën ", mapping, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM import_mapping", 0), ==, 2);

  sources = ond_store_list_booking_mappings (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (sources), ==, 2);
  g_assert_cmpstr (sources[0], ==, "Excel");
  g_assert_cmpstr (sources[1], ==, "Key2Financiën");

  loaded = ond_store_load_booking_mapping (f->store, "Key2Financiën", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->columns[OND_BOOKING_FIELD_LINE], ==, "kostenplaats");
  g_assert_cmpstr (loaded->columns[OND_BOOKING_FIELD_REFERENCE], ==, "Factuur=nr");
  g_assert_cmpstr (loaded->columns[OND_BOOKING_FIELD_DESCRIPTION], ==, "Omschrijving");

  missing = ond_store_load_booking_mapping (f->store, "SAP", &error);
  g_assert_null (missing);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  import = prepare_text (f, text, loaded);
  print_problems (ond_booking_import_get_problems (import));
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  bookings = ond_booking_import_get_bookings (import);
  g_assert_cmpuint (bookings->len, ==, 1);
  booking = g_ptr_array_index (bookings, 0);
  g_assert_cmpstr (ond_booking_get_date (booking), ==, "2023-07-01");
  g_assert_cmpint (ond_booking_get_amount (booking), ==, 242000);
  g_assert_cmpstr (ond_booking_get_kind (booking), ==, "realisatie");
  g_assert_cmpstr (ond_booking_get_reference (booking), ==, "F 88");
  g_assert_cmpstr (ond_booking_get_supplier (booking), ==, "Drukkerij Dordt");
  g_assert_cmpstr (ond_booking_get_description (booking), ==, "Posters");
  g_assert_true (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_bookings (f), ==, 1);

  /* The same file in the default format misses its columns. */
  with_default = prepare_text (f, "Boekdatum;Kostenplaats;Bedrag\n01-07-2023;X;1\n", NULL);
  g_assert_true (has_problem (with_default, 1, "Datum", "missing from the header"));
  g_assert_true (has_problem (with_default, 1, "Soort", "missing from the header"));
}

static void
test_mapping_text (Fixture *f, gconstpointer data)
{
  g_autoptr(OndBookingMapping) mapping = ond_booking_mapping_new_default ();
  g_autoptr(OndBookingMapping) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  static const char * const damaged[] = {
    "date=Datum;line=Kostenpost;amount=Bedrag",                /* no kind */
    "date=Datum;line=Kostenpost;amount=Bedrag;kind=Soort;x=Y", /* unknown field */
    "date=Datum;line=Kostenpost;amount=Bedrag;kind=Soort;date=D",
    "date=Datum;line=Kostenpost;amount=Bedrag;kind",
    "date=Datum;line=Kostenpost;amount=Bedrag;kind=%zz",
    "date=Datum;line=Kostenpost;amount=Bedrag;kind=  ",
    "",
  };

  text = ond_booking_mapping_to_string (mapping);
  g_assert_cmpstr (text, ==, "date=Datum;line=Kostenpost;amount=Bedrag;kind=Soort;"
                             "description=Omschrijving;reference=Referentie;"
                             "supplier=Leverancier");
  g_clear_pointer (&text, g_free);

  ond_booking_mapping_set_column (mapping, OND_BOOKING_FIELD_AMOUNT, "Bedrag; in € = 100%");
  ond_booking_mapping_set_column (mapping, OND_BOOKING_FIELD_SUPPLIER, NULL);
  ond_booking_mapping_set_column (mapping, OND_BOOKING_FIELD_DESCRIPTION, "   ");
  text = ond_booking_mapping_to_string (mapping);
  back = ond_booking_mapping_from_string (text, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->columns[OND_BOOKING_FIELD_AMOUNT], ==, "Bedrag; in € = 100%");
  g_assert_null (back->columns[OND_BOOKING_FIELD_SUPPLIER]);
  g_assert_null (back->columns[OND_BOOKING_FIELD_DESCRIPTION]);
  g_assert_cmpstr (back->columns[OND_BOOKING_FIELD_KIND], ==, "Soort");

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autoptr(OndBookingMapping) bad = ond_booking_mapping_from_string (damaged[i], &error);

      g_assert_null (bad);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }

  /* A mapping without a required column is not saved, and an import with it says so. */
  ond_booking_mapping_set_column (mapping, OND_BOOKING_FIELD_KIND, NULL);
  g_assert_false (ond_store_save_booking_mapping (f->store, "Half", mapping, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_true (ond_booking_field_is_required (OND_BOOKING_FIELD_KIND));
  g_assert_false (ond_booking_field_is_required (OND_BOOKING_FIELD_SUPPLIER));
  g_assert_cmpstr (ond_booking_field_label (OND_BOOKING_FIELD_LINE), ==, "Cost line");
  {
    g_autoptr(OndBookingImport) import = prepare_text (f, HEADER GOOD_ROW, mapping);

    g_assert_true (has_problem (import, 1, "Kind", "No column is chosen"));
  }
}

/* Cancelled from the progress callback: rolled back, nothing written. */
typedef struct
{
  GCancellable *cancellable;
  guint         calls;
  guint         last_done;
  guint         last_total;
  gboolean      cancel;
} Progress;

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (done, >=, progress->last_done);
  progress->calls++;
  progress->last_done = done;
  progress->last_total = total;
  if (progress->cancel)
    g_cancellable_cancel (progress->cancellable);
}

/* @n rows, each on its own day and line, amounts 1,01 to n,01 euro; *@sum gets the total
 * in cents. */
static char *
generate (guint   n,
          gint64 *sum)
{
  static const char * const lines[] = {
    "Integrale controles", "BIBOB trainingen", "Onvoorziene kosten",
    "Veiligheidsinformatieknooppunt (VIK)",
  };
  GString *text = g_string_new (HEADER);

  *sum = 0;
  for (guint i = 1; i <= n; i++)
    {
      g_string_append_printf (text, "%02u-%02u-%04u;%s;%u,01;%s;Regel %u;G-%u;Leverancier\n",
                              1 + i % 28, 1 + i % 12, 2023 + i % 2, lines[i % 4], i,
                              i % 5 == 0 ? "verplichting" : "realisatie", i, i);
      *sum += (gint64) i * 100 + 1;
    }
  return g_string_free (text, FALSE);
}

static void
test_cancelled (Fixture *f, gconstpointer data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = file_checksum (f);
  g_autofree char *after = NULL;
  Progress progress = { cancellable, 0, 0, 0, TRUE };
  guint n_added = 99;
  gint64 sum;

  /* Large enough to be written without the table's index (made again at the end): a
   * cancel must give the index back as well. */
  text = generate (12000, &sum);
  import = prepare_text (f, text, NULL);
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (ond_booking_import_get_bookings (import)->len, ==, 12000);

  g_assert_false (ond_store_import_bookings (f->store, import, on_progress, &progress,
                                             cancellable, &n_added, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (progress.calls, ==, 1);
  g_assert_cmpuint (progress.last_done, ==, 1000);
  g_assert_cmpuint (progress.last_total, ==, 12000);

  g_clear_object (&import);
  after = file_checksum (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (n_bookings (f), ==, 0);
}

static void
test_large_file (Fixture *f, gconstpointer data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  Progress progress = { cancellable, 0, 0, 0, FALSE };
  guint n_added = 0;
  gint64 sum;

  text = generate (20000, &sum);
  import = prepare_text (f, text, NULL);
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (ond_booking_import_get_skipped (import)->len, ==, 0);
  g_assert_true (ond_store_import_bookings (f->store, import, on_progress, &progress,
                                            cancellable, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 20000);
  /* Every thousand rows, and the end. */
  g_assert_cmpuint (progress.calls, ==, 20);
  g_assert_cmpuint (progress.last_done, ==, 20000);
  g_assert_cmpuint (progress.last_total, ==, 20000);

  g_assert_cmpint (n_bookings (f), ==, 20000);
  g_assert_cmpint (sql_int (f->path, "SELECT sum(amount_cents) FROM booking", 0), ==, sum);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM booking WHERE kind = 'verplichting'",
                            0), ==, 4000);
  g_assert_cmpint (sql_int (f->path, "SELECT count(DISTINCT batch_id) FROM booking", 0), ==, 1);
  /* Every row refers to what is there: its line, its kind, its batch. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM booking AS b"
                                     " WHERE NOT EXISTS (SELECT 1 FROM budget_line AS l"
                                     "                   WHERE l.id = b.line_id)"
                                     " OR NOT EXISTS (SELECT 1 FROM booking_kind AS k"
                                     "                WHERE k.code = b.kind)"
                                     " OR NOT EXISTS (SELECT 1 FROM import_batch AS i"
                                     "                WHERE i.id = b.batch_id)", 0), ==, 0);
  if (ond_pg_is_uri (f->path))
    {
      /* On a server the index stays (dropping it would lock out every reader), and the
       * server checked every row as it was written. */
      g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pg_indexes"
                                         " WHERE tablename = 'booking'"
                                         " AND indexname = 'booking_line_date'", 0), ==, 1);
      assert_constraints_enforced (f);
      return;
    }
  /* Written to a file without the index, which was made again, whole. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                     " AND name = 'booking_line_date'", 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM booking INDEXED BY booking_line_date"
                                     " WHERE line_id > 0", 0), ==, 20000);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_integrity_check"
                                     " WHERE integrity_check <> 'ok'", 0), ==, 0);
  /* Written without SQLite checking each row: every row holds to the constraints anyway. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check", 0),
                   ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM booking WHERE date(date) IS NOT date"
                                     " OR typeof(amount_cents) <> 'integer'", 0), ==, 0);
  assert_constraints_enforced (f);
}

/* The rows are written many to a statement, the rest one by one: 137 rows are stored each
 * with its own fields, in the order of the file. */
static void
test_file_order (Fixture *f, gconstpointer data)
{
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_added = 0;
  gint64 sum;

  text = generate (137, &sum);
  import = prepare_text (f, text, NULL);
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  g_assert_true (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, &n_added,
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 137);

  /* Row i of the file (from 1) is the i-th booking by id, as generate () made it. */
  g_assert_cmpint (sql_int (f->path,
                            "WITH r AS (SELECT b.*, l.name AS line, b.id - (SELECT min(id)"
                            "  FROM booking) + 1 AS i FROM booking AS b"
                            "  JOIN budget_line AS l ON l.id = b.line_id)"
                            " SELECT count(*) FROM r"
                            " WHERE date = (2023 + i % 2) || '-'"
                            "              || CASE WHEN 1 + i % 12 < 10 THEN '0' ELSE '' END"
                            "              || (1 + i % 12) || '-'"
                            "              || CASE WHEN 1 + i % 28 < 10 THEN '0' ELSE '' END"
                            "              || (1 + i % 28)"
                            "   AND amount_cents = i * 100 + 1"
                            "   AND kind = CASE WHEN i % 5 = 0 THEN 'verplichting'"
                            "              ELSE 'realisatie' END"
                            "   AND description = 'Regel ' || i AND reference = 'G-' || i"
                            "   AND supplier = 'Leverancier'"
                            "   AND line = CASE i % 4 WHEN 0 THEN 'Integrale controles'"
                            "              WHEN 1 THEN 'BIBOB trainingen'"
                            "              WHEN 2 THEN 'Onvoorziene kosten'"
                            "              ELSE 'Veiligheidsinformatieknooppunt (VIK)' END",
                            0), ==, 137);
  g_assert_cmpint (sql_int (f->path, "SELECT max(id) - min(id) FROM booking", 0), ==, 136);
  g_assert_cmpint (sql_int (f->path, "SELECT sum(amount_cents) FROM booking", 0), ==, sum);
}

/* A row the database refuses (here a trigger, standing for any constraint) fails the import
 * with its line, whether it came in a statement of many rows or alone; nothing is added. */
static void
test_row_refused (Fixture *f, gconstpointer data)
{
  static const guint refused[] = { 77, 136 };

  for (guint k = 0; k < G_N_ELEMENTS (refused); k++)
    {
      g_autoptr(OndBookingImport) import = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *sql = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *line = NULL;
      guint n_added = 99;
      gint64 sum;

      if (ond_pg_is_uri (f->path))
        sql = g_strdup_printf ("DROP TRIGGER IF EXISTS refuse ON booking;"
                               "CREATE OR REPLACE FUNCTION refuse() RETURNS trigger"
                               " LANGUAGE plpgsql AS $$ BEGIN"
                               " RAISE EXCEPTION 'refused' USING ERRCODE = 'check_violation';"
                               " END $$;"
                               "CREATE TRIGGER refuse BEFORE INSERT ON booking FOR EACH ROW"
                               " WHEN (NEW.reference = 'G-%u') EXECUTE FUNCTION refuse();",
                               refused[k]);
      else
        sql = g_strdup_printf ("DROP TRIGGER IF EXISTS refuse;"
                               "CREATE TRIGGER refuse BEFORE INSERT ON booking"
                               " WHEN NEW.reference = 'G-%u'"
                               " BEGIN SELECT RAISE (ABORT, 'refused'); END;", refused[k]);
      sql_exec (f->path, sql);
      before = file_checksum (f);

      text = generate (137, &sum);
      import = prepare_text (f, text, NULL);
      g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
      g_assert_false (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, &n_added,
                                                 &error));
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
      /* The header is line 1. */
      line = g_strdup_printf ("Line %u: ", refused[k] + 1);
      g_assert_true (g_str_has_prefix (error->message, line));
      g_assert_cmpuint (n_added, ==, 0);

      g_clear_object (&import);
      after = file_checksum (f);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpint (n_bookings (f), ==, 0);
    }
}

/* A read-only database: the file is read and checked, importing is refused. */
static void
test_read_only (Fixture *f, gconstpointer data)
{
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_checksum (f);
  g_autofree char *after = NULL;
  gint64 plan;

  plan = plan_id (f);
  if (ond_pg_is_uri (f->path))
    {
      /* File-only: a server database is read-only through its roles, not a mode bit. */
      g_test_skip ("a read-only file (a server database has no such mode)");
      return;
    }
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

  import = ond_booking_import_prepare_data (f->store, plan, "b.csv", HEADER GOOD_ROW,
                                            strlen (HEADER GOOD_ROW), NULL);
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  g_assert_false (ond_store_import_bookings (f->store, import, NULL, NULL, NULL, NULL,
                                             &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/booking-import/bad/amount-letters", test_amount_letters);
  ADD_TEST ("/booking-import/bad/amount-three-decimals", test_amount_three_decimals);
  ADD_TEST ("/booking-import/bad/amount-too-large", test_amount_too_large);
  ADD_TEST ("/booking-import/bad/unknown-line", test_unknown_line);
  ADD_TEST ("/booking-import/bad/empty-header-name", test_empty_header_name);
  ADD_TEST ("/booking-import/bad/duplicate-header", test_duplicate_header);
  ADD_TEST ("/booking-import/bad/missing-column", test_missing_column);
  ADD_TEST ("/booking-import/bad/binary-file", test_binary_file);
  ADD_TEST ("/booking-import/bad/not-text", test_not_text);
  ADD_TEST ("/booking-import/bad/empty-file", test_empty_file);
  ADD_TEST ("/booking-import/bad/mixed-separators", test_mixed_separators);
  ADD_TEST ("/booking-import/bad/wrong-field-count", test_wrong_field_count);
  ADD_TEST ("/booking-import/bad/unterminated-quote", test_unterminated_quote);
  ADD_TEST ("/booking-import/bad/date", test_bad_date);
  ADD_TEST ("/booking-import/bad/kind", test_bad_kind);
  ADD_TEST ("/booking-import/bad/booking-rules", test_booking_rules);
  ADD_TEST ("/booking-import/bad/every-problem-listed", test_every_problem_listed);
  ADD_TEST ("/booking-import/good-file", test_good_file);
  ADD_TEST ("/booking-import/windows-1252", test_windows_1252);
  ADD_TEST ("/booking-import/comma-file", test_comma_file);
  ADD_TEST ("/booking-import/line-by-name-and-code", test_line_by_name_and_code);
  ADD_TEST ("/booking-import/amount-forms", test_amount_forms);
  ADD_TEST ("/booking-import/reimport-refused", test_reimport_refused);
  ADD_TEST ("/booking-import/present-rows-skipped", test_present_rows_skipped);
  ADD_TEST ("/booking-import/all-rows-present", test_all_rows_present);
  ADD_TEST ("/booking-import/row-added-meanwhile", test_row_added_meanwhile);
  ADD_TEST ("/booking-import/line-deleted-meanwhile", test_line_deleted_meanwhile);
  ADD_TEST ("/booking-import/saved-mapping", test_saved_mapping);
  ADD_TEST ("/booking-import/mapping-text", test_mapping_text);
  ADD_TEST ("/booking-import/cancelled", test_cancelled);
  ADD_TEST ("/booking-import/large-file", test_large_file);
  ADD_TEST ("/booking-import/file-order", test_file_order);
  ADD_TEST ("/booking-import/row-refused", test_row_refused);
  ADD_TEST ("/booking-import/read-only", test_read_only);

  return g_test_run ();
}
