/* test-case-import.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Importing signals from CSV: a good file adds every row with references in date order; a
 * bad row, a bad header or a file imported before adds nothing. What was written is read
 * back with plain SQLite, read-only, from outside the store (plain libpq in the PostgreSQL
 * run, where the database is a fresh one on the test server: ond-test-pg.h). */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ond-case-import.h"
#include "ond-pg.h"
#include "ond-store.h"
#include "ond-store-vocabulary.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"

#define HEADER "Datum;Bron;Thema;Gebied;Soort;Subject;Adres;Samenvatting\n"

typedef struct
{
  char      *dir;
  char      *db;
  OndStore  *store;
  GDateTime *today;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ond_test_make_dir ("ond-test-case-import");
  f->db = ond_test_db_new (f->dir, "plan.db");
  f->store = ond_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
  f->today = g_date_time_new_local (2024, 6, 15, 12, 0, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_date_time_unref (f->today);
  ond_test_db_drop (f->db);
  ond_test_remove_tree (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static char *
copy_fixture (Fixture    *f,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *contents = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  gsize length;

  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* NULL for a server database. */
static sqlite3 *
open_read_only (const char *path)
{
  sqlite3 *db = NULL;

  if (ond_pg_is_uri (path))
    return NULL;
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  return db;
}

static gint64
sql_int (const char *path,
         const char *sql)
{
  sqlite3 *db = open_read_only (path);
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (db == NULL)
    return ond_test_pg_int (path, sql, 0);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* The rows of @sql, each row's columns joined with "|", rows joined with "\n". */
static char *
sql_rows (const char *path,
          const char *sql)
{
  sqlite3 *db = open_read_only (path);
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);

  if (db == NULL)
    {
      /* ond_test_pg_rows () ends each column in "|", each row in "|\n" (a value may hold a
       * line break), and shows NULL as "<null>". */
      g_autofree char *rows = ond_test_pg_rows (path, sql);
      g_auto(GStrv) lines = g_strsplit (rows, "|\n", -1);

      for (guint r = 0; lines[r] != NULL && lines[r + 1] != NULL; r++)
        {
          g_auto(GStrv) columns = g_strsplit (lines[r], "|", -1);

          if (out->len > 0)
            g_string_append_c (out, '\n');
          for (guint i = 0; columns[i] != NULL; i++)
            g_string_append_printf (out, "%s%s", i > 0 ? "|" : "",
                                    g_str_equal (columns[i], "<null>") ? "NULL" : columns[i]);
        }
      return g_string_free (out, FALSE);
    }
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          if (i > 0)
            g_string_append_c (out, '|');
          g_string_append (out, text != NULL ? text : "NULL");
        }
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* Runs @sql on the database, with the store closed or open. */
static void
sql_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  if (ond_pg_is_uri (path))
    {
      ond_test_pg_exec (path, sql);
      return;
    }
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* What the import wrote, as the user sees a case: everything but the times. */
#define CASES_SQL \
  "SELECT c.reference, c.date_received, c.source, coalesce(t.short_name, ''), " \
  "  coalesce(a.name, ''), c.subject_kind, c.subject_name, c.address, c.summary, c.status" \
  " FROM case_file AS c LEFT JOIN theme AS t ON t.id = c.theme_id" \
  " LEFT JOIN area AS a ON a.id = c.area_id ORDER BY c.reference"

/* Counts of every table an import writes, to compare before and after. */
static char *
write_counts (const char *db)
{
  return sql_rows (db,
                   "SELECT (SELECT count(*) FROM case_file), (SELECT count(*) FROM case_event),"
                   " (SELECT count(*) FROM access_log), (SELECT count(*) FROM import_batch),"
                   " (SELECT count(*) FROM case_counter)");
}

static OndCaseImport *
prepare (Fixture    *f,
         const char *path)
{
  g_autoptr(GError) error = NULL;
  OndCaseImport *import = ond_case_import_prepare (f->store, path, f->today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static void
assert_problem (GPtrArray  *problems,
                guint       index,
                guint       line,
                const char *column,
                const char *needle)
{
  const OndImportProblem *problem;

  g_assert_cmpuint (index, <, problems->len);
  problem = g_ptr_array_index (problems, index);
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpstr (problem->column, ==, column);
  g_assert_nonnull (problem->message);
  g_assert_cmpstr (problem->message, !=, "");
  if (needle != NULL && strstr (problem->message, needle) == NULL)
    g_error ("line %u: “%s” not in “%s”", line, needle, problem->message);
}

static void
test_good_file (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseImport) import = NULL;
  g_autofree char *path = copy_fixture (f, "meldingen.csv");
  g_autofree char *checksum = ond_test_file_checksum (path);
  g_autofree char *cases = NULL;
  g_autofree char *batch = NULL;
  g_autofree char *events = NULL;
  g_autofree char *expected_batch = NULL;
  g_autofree char *imported_at = NULL;
  guint n_added = 0;

  import = prepare (f, path);
  g_assert_cmpstr (ond_case_import_get_file_name (import), ==, "meldingen.csv");
  g_assert_cmpstr (ond_case_import_get_sha256 (import), ==, checksum);
  g_assert_false (ond_case_import_is_duplicate (import));
  g_assert_cmpuint (ond_case_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (ond_case_import_get_drafts (import)->len, ==, 4);
  /* Preparing wrote nothing. */
  g_assert_cmpint (sql_int (f->db, "SELECT count(*) FROM import_batch"), ==, 0);

  g_assert_true (ond_store_import_cases (f->store, import, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 4);

  /* References follow the date received; the two of 15-03-2024 keep the file's order. */
  cases = sql_rows (f->db, CASES_SQL);
  g_assert_cmpstr (cases, ==,
                   "2023-0001|2023-11-02|politie||Haven|pand|Loods 4|Kade 2|"
                   "Opslag van vaten; inhoud onbekend|nieuw\n"
                   "2024-0001|2024-02-01|ondernemer|Fraude||onderneming|Bakkerij \"De Korst\"||"
                   "Veel contant geld, weinig klanten|nieuw\n"
                   "2024-0002|2024-03-15|mma|Drugs|Wielwijk|persoon|J. Jansen|Wielwijkstraat 1|"
                   "Hennepgeur uit de woning|nieuw\n"
                   "2024-0003|2024-03-15|inwoner|OMG|Binnenstad|persoon|P. Pietersen||"
                   "Clubhuis met motoren,\n's nachts druk|nieuw");

  expected_batch = g_strdup_printf ("cases|meldingen.csv|%s|%s|4|4", checksum,
                                    ond_test_user_name (f->db));
  batch = sql_rows (f->db,
                    "SELECT b.kind, b.file_name, b.sha256, b.who, b.rows,"
                    " (SELECT count(*) FROM case_file WHERE import_batch_id = b.id)"
                    " FROM import_batch AS b");
  g_assert_cmpstr (batch, ==, expected_batch);
  imported_at = sql_rows (f->db, "SELECT imported_at FROM import_batch");
  g_assert_true (g_regex_match_simple ("^2\\d{3}-\\d{2}-\\d{2}T[^\\n]*$", imported_at, 0, 0));

  /* One history entry per case: registered as new, from this file. */
  events = sql_rows (f->db,
                     "SELECT c.reference, coalesce(e.from_status, 'NULL'), e.to_status"
                     " FROM case_event AS e JOIN case_file AS c ON c.id = e.case_id"
                     " WHERE e.reason LIKE '%meldingen.csv%' ORDER BY c.reference");
  g_assert_cmpstr (events, ==,
                   "2023-0001|NULL|nieuw\n2024-0001|NULL|nieuw\n"
                   "2024-0002|NULL|nieuw\n2024-0003|NULL|nieuw");
  g_assert_cmpint (sql_int (f->db, "SELECT count(*) FROM case_event"), ==, 4);
  g_assert_cmpint (sql_int (f->db, "SELECT count(*) FROM access_log"), ==, 4);
  g_assert_cmpint (sql_int (f->db, "SELECT count(*) FROM access_log WHERE case_reference"
                                   " IN (SELECT reference FROM case_file)"), ==, 4);
}

static void
test_bad_rows (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseImport) import = NULL;
  g_autofree char *before = write_counts (f->db);
  g_autofree char *after = NULL;
  g_autofree char *path = NULL;
  GPtrArray *problems;
  guint n_added = 99;

  path = write_file (f, "fouten.csv",
                     HEADER
                     "01-03-2024;Politie;Drugs;Wielwijk;Persoon;Goed;;Goede regel\n"   /* 2 */
                     "31-02-2024;Politie;;;Persoon;A;;x\n"                            /* 3 */
                     "01-03-2030;Politie;;;Persoon;A;;x\n"                            /* 4 */
                     "01-03-1999;Politie;;;Persoon;A;;x\n"                            /* 5 */
                     ";Politie;;;Persoon;A;;x\n"                                      /* 6 */
                     "01-03-2024;Buurman;;;Persoon;A;;x\n"                            /* 7 */
                     "01-03-2024;;;;Persoon;A;;x\n"                                   /* 8 */
                     "01-03-2024;Politie;Wapens;;Persoon;A;;x\n"                      /* 9 */
                     "01-03-2024;Politie;;Zwijndrecht;Persoon;A;;x\n"                 /* 10 */
                     "01-03-2024;Politie;;;Fiets;A;;x\n"                              /* 11 */
                     "01-03-2024;Politie;;;Persoon;   ;;x\n"                          /* 12 */
                     "01-03-2024;Politie;;;Persoon;A;;\n"                             /* 13 */
                     "01-03-2024;Politie;;;Persoon\n"                                 /* 14 */
                     "01-03-2024;Buurman;;;Fiets;A;;x\n"                              /* 15 */
                     "12/2024;Politie;;;;A;;x\n");                                    /* 16 */

  import = prepare (f, path);
  problems = ond_case_import_get_problems (import);
  assert_problem (problems, 0, 3, "Datum", "31-02-2024");
  assert_problem (problems, 1, 4, "Datum", "future");
  assert_problem (problems, 2, 5, "Datum", "2000");
  assert_problem (problems, 3, 6, "Datum", NULL);
  assert_problem (problems, 4, 7, "Bron", "“Buurman” is not a known source");
  assert_problem (problems, 5, 8, "Bron", NULL);
  assert_problem (problems, 6, 9, "Thema", "“Wapens”");
  assert_problem (problems, 7, 10, "Gebied", "“Zwijndrecht”");
  assert_problem (problems, 8, 11, "Soort", "“Fiets”");
  assert_problem (problems, 9, 12, "Subject", NULL);
  assert_problem (problems, 10, 13, "Samenvatting", NULL);
  assert_problem (problems, 11, 14, NULL, "5 fields");
  assert_problem (problems, 12, 15, "Bron", "“Buurman”");
  assert_problem (problems, 13, 15, "Soort", "“Fiets”");
  assert_problem (problems, 14, 16, "Datum", "12/2024");
  assert_problem (problems, 15, 16, "Soort", NULL);
  g_assert_cmpuint (problems->len, ==, 16);
  /* The one good row is read, but is not added on its own. */
  g_assert_cmpuint (ond_case_import_get_drafts (import)->len, ==, 1);
  g_assert_false (ond_case_import_is_duplicate (import));

  g_assert_false (ond_store_import_cases (f->store, import, &n_added, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_cmpuint (n_added, ==, 0);
  after = write_counts (f->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->db, "SELECT count(*) FROM case_file"), ==, 0);
}

static void
test_bad_header (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseImport) import = NULL;
  g_autoptr(OndCaseImport) unknown = NULL;
  g_autofree char *before = write_counts (f->db);
  g_autofree char *after = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *extra = NULL;
  g_autofree char *no_header = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *open_quote = NULL;
  GPtrArray *problems;

  /* Soort is missing: one problem for the header, not one per row. */
  missing = write_file (f, "zonder-soort.csv",
                        "Datum;Bron;Subject;Samenvatting\n"
                        "01-03-2024;Politie;A;x\n"
                        "02-03-2024;Politie;B;y\n");
  import = prepare (f, missing);
  problems = ond_case_import_get_problems (import);
  assert_problem (problems, 0, 1, "Soort", NULL);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpuint (ond_case_import_get_drafts (import)->len, ==, 0);
  g_assert_false (ond_store_import_cases (f->store, import, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* An unknown column and a column twice, each named; a value under an empty heading. */
  extra = write_file (f, "extra.csv",
                      "Datum;Bron;Soort;Subject;Samenvatting;Opmerking;Bron;\n"
                      "01-03-2024;Politie;Persoon;A;x;;Politie;\n"
                      "01-03-2024;Politie;Persoon;A;x;;Politie;verloren\n");
  unknown = prepare (f, extra);
  problems = ond_case_import_get_problems (unknown);
  g_assert_cmpuint (problems->len, ==, 3);
  assert_problem (problems, 0, 1, "Opmerking", "Datum, Bron");
  assert_problem (problems, 1, 1, "Bron", NULL);
  assert_problem (problems, 2, 3, NULL, "8");

  /* No known column at all, nothing but a header, an open quote: the file is refused. */
  no_header = write_file (f, "geen-kop.csv", "01-03-2024;Politie;Persoon;A;x\n");
  g_assert_null (ond_case_import_prepare (f->store, no_header, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "geen-kop.csv"));
  g_clear_error (&error);

  empty = write_file (f, "leeg.csv", "");
  g_assert_null (ond_case_import_prepare (f->store, empty, f->today, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "leeg.csv"));
  g_clear_error (&error);

  open_quote = write_file (f, "quote.csv", HEADER "01-03-2024;Politie;;;Persoon;\"A;;x\n");
  g_assert_null (ond_case_import_prepare (f->store, open_quote, f->today, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Line 2"));
  g_clear_error (&error);

  {
    g_autoptr(OndCaseImport) header_only = NULL;
    g_autofree char *path = write_file (f, "kop.csv", HEADER);

    header_only = prepare (f, path);
    problems = ond_case_import_get_problems (header_only);
    g_assert_cmpuint (problems->len, ==, 1);
    assert_problem (problems, 0, 0, NULL, NULL);
    g_assert_false (ond_store_import_cases (f->store, header_only, NULL, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  after = write_counts (f->db);
  g_assert_cmpstr (after, ==, before);
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseImport) first = NULL;
  g_autoptr(OndCaseImport) again = NULL;
  g_autofree char *path = copy_fixture (f, "meldingen.csv");
  g_autofree char *renamed = g_build_filename (f->dir, "kopie.csv", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GPtrArray *problems;
  guint n_added = 0;

  first = prepare (f, path);
  g_assert_true (ond_store_import_cases (f->store, first, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 4);
  before = write_counts (f->db);

  /* The same bytes under another name. */
  g_assert_cmpint (g_rename (path, renamed), ==, 0);
  again = prepare (f, renamed);
  g_assert_true (ond_case_import_is_duplicate (again));
  problems = ond_case_import_get_problems (again);
  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, 0, 0, NULL, "meldingen.csv");
  g_assert_false (ond_store_import_cases (f->store, again, &n_added, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_cmpuint (n_added, ==, 0);
  g_clear_error (&error);

  /* Importing the first, already used import a second time is refused as well. */
  g_assert_false (ond_store_import_cases (f->store, first, &n_added, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);

  after = write_counts (f->db);
  g_assert_cmpstr (after, ==, before);
}

static void
test_duplicate_of_other_kind (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseImport) import = NULL;
  g_autofree char *path = copy_fixture (f, "meldingen.csv");
  g_autofree char *checksum = ond_test_file_checksum (path);
  g_autofree char *sql = NULL;

  /* The file went in before as a bookings import. */
  g_clear_object (&f->store);
  sql = g_strdup_printf ("INSERT INTO import_batch (kind, file_name, sha256, imported_at, who,"
                         " rows) VALUES ('bookings', 'boekingen.csv', '%s',"
                         " '2024-05-01T10:00:00', 'iemand', 3)", checksum);
  sql_exec (f->db, sql);
  f->store = ond_store_open (f->db, &error);
  g_assert_no_error (error);

  import = prepare (f, path);
  g_assert_true (ond_case_import_is_duplicate (import));
  assert_problem (ond_case_import_get_problems (import), 0, 0, NULL, "boekingen.csv");
  g_assert_false (ond_store_import_cases (f->store, import, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_cmpint (sql_int (f->db, "SELECT count(*) FROM case_file"), ==, 0);
}

static void
test_case_insensitive (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseImport) import = NULL;
  g_autofree char *path = NULL;
  g_autofree char *cases = NULL;
  guint n_added = 0;

  /* Headings in any case, order and spacing; values in any case, sources also by their
   * short code (MMA), themes also by their short name. */
  path = write_file (f, "hoofdletters.csv",
                     "SUBJECT ; datum;BRON;thema;GEBIED;soort;samen vatting;mma-Nummer\n"
                     "A;01-03-2024;MELD MISDAAD  ANONIEM;drugs;wielwijk;PERSOON;x;M-1\n"
                     "B;02-03-2024;mma;BEDRIJVENTERREINEN;Oud-krispijn;onderneming;y;\n"
                     "C;03-03-2024;eigen organisatie;kwetsbare bedrijven(-terreinen), "
                     "watergebonden locaties en vakantiepark;HAVEN;Pand;z;\n");
  import = prepare (f, path);
  g_assert_cmpuint (ond_case_import_get_problems (import)->len, ==, 0);
  g_assert_true (ond_store_import_cases (f->store, import, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 3);

  cases = sql_rows (f->db,
                    "SELECT c.subject_name, c.source, t.short_name, a.name, c.subject_kind,"
                    " c.summary, c.mma_number FROM case_file AS c"
                    " JOIN theme AS t ON t.id = c.theme_id JOIN area AS a ON a.id = c.area_id"
                    " ORDER BY c.reference");
  g_assert_cmpstr (cases, ==,
                   "A|mma|Drugs|Wielwijk|persoon|x|M-1\n"
                   "B|mma|Bedrijventerreinen|Oud-Krispijn|onderneming|y|\n"
                   "C|eigen|Bedrijventerreinen|Haven|pand|z|");
}

static void
test_comma_and_semicolon (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseImport) semicolon = NULL;
  g_autoptr(OndCaseImport) comma = NULL;
  g_autoptr(OndStore) other = NULL;
  g_autofree char *other_db = ond_test_db_new (f->dir, "ander.db");
  g_autofree char *semicolon_path = copy_fixture (f, "meldingen.csv");
  g_autofree char *comma_path = copy_fixture (f, "meldingen-komma.csv");
  g_autofree char *semicolon_cases = NULL;
  g_autofree char *comma_cases = NULL;
  GPtrArray *a;
  GPtrArray *b;

  semicolon = prepare (f, semicolon_path);
  comma = prepare (f, comma_path);
  g_assert_cmpstr (ond_case_import_get_sha256 (semicolon), !=,
                   ond_case_import_get_sha256 (comma));
  a = ond_case_import_get_drafts (semicolon);
  b = ond_case_import_get_drafts (comma);
  g_assert_cmpuint (a->len, ==, 4);
  g_assert_cmpuint (b->len, ==, 4);
  for (guint i = 0; i < a->len; i++)
    {
      const OndCaseDraft *da = g_ptr_array_index (a, i);
      const OndCaseDraft *db = g_ptr_array_index (b, i);

      g_assert_cmpstr (da->date_received, ==, db->date_received);
      g_assert_cmpstr (da->source, ==, db->source);
      g_assert_cmpint (da->theme_id, ==, db->theme_id);
      g_assert_cmpint (da->area_id, ==, db->area_id);
      g_assert_cmpstr (da->subject_kind, ==, db->subject_kind);
      g_assert_cmpstr (da->subject_name, ==, db->subject_name);
      g_assert_cmpstr (da->address, ==, db->address);
      g_assert_cmpstr (da->summary, ==, db->summary);
    }

  /* Each into its own database: the same cases come out. */
  g_assert_true (ond_store_import_cases (f->store, semicolon, NULL, &error));
  g_assert_no_error (error);
  other = ond_store_open (other_db, &error);
  g_assert_no_error (error);
  g_clear_object (&comma);
  comma = ond_case_import_prepare (other, comma_path, f->today, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_import_cases (other, comma, NULL, &error));
  g_assert_no_error (error);

  semicolon_cases = sql_rows (f->db, CASES_SQL);
  comma_cases = sql_rows (other_db, CASES_SQL);
  g_clear_object (&other);
  ond_test_db_drop (other_db);
  g_assert_cmpstr (semicolon_cases, !=, "");
  g_assert_cmpstr (comma_cases, ==, semicolon_cases);
}

static void
test_windows_1252 (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseImport) import = NULL;
  g_autofree char *path = copy_fixture (f, "meldingen-windows-1252.csv");
  g_autofree char *cases = NULL;

  import = prepare (f, path);
  g_assert_cmpuint (ond_case_import_get_problems (import)->len, ==, 0);
  g_assert_true (ond_store_import_cases (f->store, import, NULL, &error));
  g_assert_no_error (error);

  cases = sql_rows (f->db, CASES_SQL);
  g_assert_cmpstr (cases, ==,
                   "2024-0001|2024-01-12|professional|Mensenhandel|Oud-Krispijn|pand|"
                   "Massagesalon Hé|Crabbehoflaan 3|Signalen van uitbuiting, paspoort geëist|"
                   "nieuw\n"
                   "2024-0002|2024-01-20|eigen|Bedrijventerreinen|Bedrijventerreinen|"
                   "onderneming|Autobedrijf Geërfd|Noordendijk 7|"
                   "Café-eigenaar meldt “vreemde” geldstromen|nieuw");
  /* The search column is folded from the decoded text. */
  g_assert_cmpint (sql_int (f->db, "SELECT count(*) FROM case_file"
                                   " WHERE search_text LIKE '%autobedrijf geerfd%'"), ==, 1);
}

static void
test_optional_columns (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseImport) import = NULL;
  g_autofree char *path = NULL;
  g_autofree char *cases = NULL;

  path = write_file (f, "nummers.csv",
                     "Zaaknummer;RIEC-nummer;Politienummer;MMA-nummer;Datum;Bron;Soort;Subject;"
                     "Samenvatting\n"
                     "Z/24/1;R-7;PL1700-2024;MMA 123;2024-04-01;RIEC;Onderneming;Firma;Melding\n");
  import = prepare (f, path);
  g_assert_cmpuint (ond_case_import_get_problems (import)->len, ==, 0);
  g_assert_true (ond_store_import_cases (f->store, import, NULL, &error));
  g_assert_no_error (error);

  cases = sql_rows (f->db,
                    "SELECT reference, source, coalesce(CAST(theme_id AS TEXT), 'geen'),"
                    " coalesce(CAST(area_id AS TEXT), 'geen'), address, mma_number, police_number,"
                    " riec_number, zaaknummer FROM case_file");
  g_assert_cmpstr (cases, ==, "2024-0001|riec|geen|geen||MMA 123|PL1700-2024|R-7|Z/24/1");
}

static void
test_rolls_back (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseImport) import = NULL;
  g_autofree char *path = copy_fixture (f, "meldingen.csv");
  g_autoptr(OndCaseImport) next = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *later = NULL;
  g_autofree char *cases = NULL;

  /* The year 2024 has handed out its last number: the second 2024 row cannot be added,
   * after the 2023 row and the batch were. All of it must go. */
  g_clear_object (&f->store);
  sql_exec (f->db, "INSERT INTO case_counter (year, last_number) VALUES (2024, 9998)");
  f->store = ond_store_open (f->db, &error);
  g_assert_no_error (error);
  before = write_counts (f->db);

  import = prepare (f, path);
  g_assert_cmpuint (ond_case_import_get_problems (import)->len, ==, 0);
  g_assert_false (ond_store_import_cases (f->store, import, NULL, &error));
  g_assert_nonnull (error);
  /* The row that failed is named: the second of 2024 in date order is on line 2. */
  g_assert_nonnull (strstr (error->message, "Line 2"));

  after = write_counts (f->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->db, "SELECT last_number FROM case_counter WHERE year = 2024"),
                   ==, 9998);
  g_assert_cmpint (sql_int (f->db, "SELECT count(*) FROM case_counter WHERE year = 2023"),
                   ==, 0);
  g_clear_error (&error);

  /* The store goes on as before: the next import holds only its own rows. */
  later = write_file (f, "later.csv",
                      HEADER "05-05-2023;Politie;;;Pand;Loods 9;;Opslag\n");
  next = prepare (f, later);
  g_assert_true (ond_store_import_cases (f->store, next, NULL, &error));
  g_assert_no_error (error);
  cases = sql_rows (f->db, "SELECT reference, subject_name FROM case_file");
  g_assert_cmpstr (cases, ==, "2023-0001|Loods 9");
  g_assert_cmpint (sql_int (f->db, "SELECT count(*) FROM import_batch"), ==, 1);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseImport) import = NULL;
  g_autofree char *path = copy_fixture (f, "meldingen.csv");
  g_autofree char *checksum = NULL;
  g_autofree char *after = NULL;

  if (ond_test_pg_wanted ())
    {
      g_test_skip ("A read-only file is about a file, not a server database");
      return;
    }
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->db, 0400), ==, 0);
  checksum = ond_test_file_checksum (f->db);
  f->store = ond_store_open (f->db, &error);
  g_assert_no_error (error);
  if (!ond_store_is_read_only (f->store))
    {
      g_test_skip ("running as a user who can write read-only files");
      return;
    }

  import = prepare (f, path);
  g_assert_false (ond_store_import_cases (f->store, import, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->db);
  g_assert_cmpstr (after, ==, checksum);
}

static void
test_vocabulary (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) kinds = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  const char *refused[] = { "case_file", "case_source; DROP TABLE case_file", "", "CASE_SOURCE" };

  /* The lists the import matches against, in their own order. */
  sources = ond_store_list_vocabulary (f->store, "case_source", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sources->len; i++)
    {
      const OndVocabularyEntry *entry = g_ptr_array_index (sources, i);

      g_string_append_printf (joined, "%s%s=%s", i > 0 ? "," : "", entry->code, entry->label);
    }
  g_assert_cmpstr (joined->str, ==,
                   "mma=Meld Misdaad Anoniem,c3=C3,eigen=Eigen organisatie,politie=Politie,"
                   "professional=Professional,inwoner=Inwoner,ondernemer=Ondernemer,"
                   "riec=RIEC,overig=Overig");

  kinds = ond_store_list_vocabulary (f->store, "subject_kind", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kinds->len, ==, 3);
  g_assert_cmpstr (((OndVocabularyEntry *) g_ptr_array_index (kinds, 2))->label, ==, "Pand");

  /* Only the vocabulary tables of the schema, by their exact name. */
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GPtrArray) none = ond_store_list_vocabulary (f->store, refused[i], &error);

      g_assert_null (none);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }
  /* And the table is still there (the server lists its tables elsewhere). */
  g_assert_cmpint (sql_int (f->db, ond_pg_is_uri (f->db)
                            ? "SELECT count(*) FROM information_schema.tables"
                              " WHERE table_name = 'case_file'"
                            : "SELECT count(*) FROM sqlite_master WHERE name = 'case_file'"),
                   ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ond/case-import/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("good-file", test_good_file);
  ADD ("bad-rows", test_bad_rows);
  ADD ("bad-header", test_bad_header);
  ADD ("duplicate", test_duplicate);
  ADD ("duplicate-of-other-kind", test_duplicate_of_other_kind);
  ADD ("case-insensitive", test_case_insensitive);
  ADD ("comma-and-semicolon", test_comma_and_semicolon);
  ADD ("windows-1252", test_windows_1252);
  ADD ("optional-columns", test_optional_columns);
  ADD ("rolls-back", test_rolls_back);
  ADD ("read-only", test_read_only);
  ADD ("vocabulary", test_vocabulary);

#undef ADD

  return g_test_run ();
}
