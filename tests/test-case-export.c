/* test-case-export.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The export of the case list to CSV: cases are registered through the store, the list is
 * filtered and sorted, exported, and the file is read back byte for byte against what the
 * test wrote down itself (the internal-document line, the header, the rows in the list's
 * order, quoting, dates, formulas defused), with mode 0600; the access log gets one row per
 * exported case and never a name. A failing path leaves nothing behind and logs nothing; a
 * read-only store gets the file but is told that it was not recorded.
 */

#define G_LOG_DOMAIN "test-case-export"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ond-case-export.h"
#include "ond-case-list.h"
#include "ond-pg.h"
#include "ond-store-cases.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define BOM "\xEF\xBB\xBF"
#define CRLF "\r\n"
#define FIRST_LINE "Intern document — bevat persoonsgegevens, niet voor de gemeenteraad"
#define HEADER "Kenmerk;Ontvangen;Bron;Thema;Gebied;Soort;Subject;Adres;Samenvatting;Status;" \
               "Trekker;Volgende follow-up"
#define WHAT "Opgenomen in export caselijst"

/* Three 2025 cases and one of 2024, registered in an order that is not the list's. */
typedef struct
{
  char  *first;      /* 2025-03-01, Jan de Vries, nieuw */
  char  *second;     /* 2025-04-02, Piet Bakker, police, toegewezen, follow-up in 30 days */
  char  *third;      /* 2025-05-05, a subject and summary a spreadsheet would run */
  char  *older;      /* 2024-11-20, Klaas Smit */
  char  *follow_up;  /* the second's, dd-mm-jjjj */
} Cases;

static void
cases_clear (Cases *c)
{
  g_free (c->first);
  g_free (c->second);
  g_free (c->third);
  g_free (c->older);
  g_free (c->follow_up);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Cases, cases_clear)

static gint64
create (Fixture       *f,
        OndCaseDraft  *draft,
        char         **reference)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ond_store_create_case (f->store, draft, f->today, reference, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_nonnull (*reference);
  return id;
}

static void
make_cases (Fixture *f,
            Cases   *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) third = make_draft (f, "2025-05-05", "=1+2");
  g_autoptr(OndCaseDraft) second = make_draft (f, "2025-04-02", "Piet Bakker");
  g_autoptr(OndCaseDraft) older = make_draft (f, "2024-11-20", "Klaas Smit");
  g_autoptr(OndCaseDraft) first = make_draft (f, "2025-03-01", "Jan de Vries");
  g_autofree char *iso = day_from_now (30);
  gint64 id;

  g_free (third->summary);
  third->summary = g_strdup ("-- zie melding");
  create (f, third, &c->third);

  g_free (second->source);
  second->source = g_strdup ("politie");
  g_free (second->summary);
  second->summary = g_strdup ("Drugs; \"hennep\" en\nwapens");
  id = create (f, second, &c->second);
  drive_case (f, id, OND_CASE_STATUS_ASSIGNED);
  g_assert_true (ond_store_set_case_follow_up (f->store, id, iso, &error));
  g_assert_no_error (error);
  /* YYYY-MM-DD -> DD-MM-YYYY */
  c->follow_up = g_strdup_printf ("%.2s-%.2s-%.4s", iso + 8, iso + 5, iso);

  create (f, older, &c->older);
  create (f, first, &c->first);
}

/* The list as the user left it: 2025 only, oldest received first. */
static OndCaseList *
make_list (Fixture *f)
{
  OndCaseList *list = ond_case_list_new (f->store);

  ond_case_list_set_year (list, 2025);
  ond_case_list_set_sort (list, OND_CASE_SORT_RECEIVED, FALSE);
  g_assert_null (ond_case_list_get_error (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  return list;
}

static char *
expected_file (Cases *c)
{
  return g_strconcat (BOM FIRST_LINE CRLF HEADER CRLF,
                      c->first, ";01-03-2025;Meld Misdaad Anoniem;Drugs;Crabbehof;Persoon;"
                      "Jan de Vries;Voorstraat 12;Hennepkwekerij boven het café;Nieuw;;" CRLF,
                      c->second, ";02-04-2025;Politie;Drugs;Crabbehof;Persoon;Piet Bakker;"
                      "Voorstraat 12;\"Drugs; \"\"hennep\"\" en\nwapens\";Toegewezen;Politie;",
                      c->follow_up, CRLF,
                      c->third, ";05-05-2025;Meld Misdaad Anoniem;Drugs;Crabbehof;Persoon;"
                      "\"'=1+2\";Voorstraat 12;\"'-- zie melding\";Nieuw;;" CRLF,
                      NULL);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static gint64
count_logged (Fixture    *f,
              const char *reference)
{
  g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM access_log WHERE what = '"
                                          WHAT "' AND case_reference = '%s' AND id > ?",
                                          reference);

  return sql_int (f->path, sql, 0);
}

static gint64
count_export_rows (Fixture *f)
{
  return sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what = '" WHAT "'"
                           " AND id > ?", 0);
}

/* Entries of @dir whose name holds ".tmp-": leftovers of a write. */
static guint
count_leftovers (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = g_dir_open (dir, 0, &error);
  const char *name;
  guint n = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (d)) != NULL)
    if (strstr (name, ".tmp-") != NULL)
      n++;
  return n;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Cases) c = { 0 };
  g_autoptr(OndCaseList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "meldingen.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  GStatBuf st;
  guint n_rows = 0;
  gboolean logged = FALSE;
  gint64 log_before;

  make_cases (f, &c);
  list = make_list (f);
  log_before = sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0);

  /* An older file there, readable by all, is replaced by one readable by the user only. */
  g_assert_true (g_file_set_contents (out, "oud", -1, NULL));
  g_assert_cmpint (g_chmod (out, 0644), ==, 0);

  g_assert_true (ond_case_export_csv (f->store, list, out, &n_rows, &logged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 3);
  g_assert_true (logged);

  contents = read_file (out);
  expected = expected_file (&c);
  g_assert_true (g_str_has_prefix (contents, BOM FIRST_LINE CRLF HEADER CRLF));
  g_assert_cmpstr (contents, ==, expected);

  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_leftovers (f->dir), ==, 0);

  /* One row per exported case, none for the one filtered out, nothing else. */
  g_assert_cmpint (count_logged (f, c.first), ==, 1);
  g_assert_cmpint (count_logged (f, c.second), ==, 1);
  g_assert_cmpint (count_logged (f, c.third), ==, 1);
  g_assert_cmpint (count_logged (f, c.older), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0), ==,
                   log_before + 3);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(DISTINCT at) FROM access_log WHERE what = '"
                                     WHAT "' AND id > ?", 0), ==, 1);
  /* Never the personal data itself. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ? AND ("
                                     "replace(what, 'Vries', '') <> what"
                                     " OR replace(case_reference, 'Vries', '') <> case_reference"
                                     " OR replace(what, 'Bakker', '') <> what"
                                     " OR replace(case_reference, 'Bakker', '') <> case_reference"
                                     " OR replace(what, 'Voorstraat', '') <> what"
                                     " OR replace(what, 'hennep', '') <> what)",
                           0), ==, 0);
}

static void
test_search_and_empty (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Cases) c = { 0 };
  g_autoptr(OndCaseList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "gezocht.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  guint n_rows = 99;
  gboolean logged = FALSE;

  make_cases (f, &c);
  list = make_list (f);

  /* A search narrows the export to what the list shows. */
  ond_case_list_set_search (list, "bakker");
  g_assert_true (ond_case_export_csv (f->store, list, out, &n_rows, &logged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_true (logged);
  contents = read_file (out);
  expected = g_strconcat (BOM FIRST_LINE CRLF HEADER CRLF,
                          c.second, ";02-04-2025;Politie;Drugs;Crabbehof;Persoon;Piet Bakker;"
                          "Voorstraat 12;\"Drugs; \"\"hennep\"\" en\nwapens\";Toegewezen;"
                          "Politie;", c.follow_up, CRLF, NULL);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpint (count_export_rows (f), ==, 1);
  g_assert_cmpint (count_logged (f, c.second), ==, 1);
  g_clear_pointer (&contents, g_free);

  /* Nothing found: the notice and the header, and nothing to log. */
  ond_case_list_set_search (list, "niemand");
  g_assert_true (ond_case_export_csv (f->store, list, out, &n_rows, &logged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 0);
  g_assert_true (logged);
  contents = read_file (out);
  g_assert_cmpstr (contents, ==, BOM FIRST_LINE CRLF HEADER CRLF);
  g_assert_cmpint (count_export_rows (f), ==, 1);
}

static void
test_failure_leaves_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_auto(Cases) c = { 0 };
  g_autoptr(OndCaseList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "bestaat-niet", NULL);
  g_autofree char *out = g_build_filename (missing, "meldingen.csv", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "map", NULL);
  g_autofree char *inside = g_build_filename (folder, "bestand", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_rows = 99;
  gboolean logged = TRUE;
  gint64 log_before;

  make_cases (f, &c);
  list = make_list (f);
  log_before = sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0);

  /* A folder that does not exist. */
  g_assert_false (ond_case_export_csv (f->store, list, out, &n_rows, &logged, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "bestaat-niet"));
  g_clear_error (&error);
  g_assert_cmpuint (n_rows, ==, 0);
  g_assert_false (logged);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* The rows are written, but the file cannot take the place of a folder: the temporary
   * file goes, the folder stays as it was. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "blijft", -1, NULL));
  before = ond_test_file_checksum (inside);
  logged = TRUE;
  g_assert_false (ond_case_export_csv (f->store, list, folder, &n_rows, &logged, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (logged);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  after = ond_test_file_checksum (inside);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_leftovers (f->dir), ==, 0);

  /* Nothing was logged for either. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0), ==,
                   log_before);
  g_assert_cmpint (count_export_rows (f), ==, 0);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Cases) c = { 0 };
  g_autoptr(OndCaseList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) references = g_ptr_array_new ();
  g_autofree char *out = g_build_filename (f->dir, "meldingen.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_rows = 0;
  gboolean logged = TRUE;

  /* A file's permission: file-only (a server says who may write with its roles). */
  if (ond_pg_is_uri (f->path))
    {
      g_test_skip ("A read-only file is file-only");
      return;
    }
  make_cases (f, &c);
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));
  list = make_list (f);

  /* The file is written; the caller is told that it was not recorded. */
  g_assert_true (ond_case_export_csv (f->store, list, out, &n_rows, &logged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 3);
  g_assert_false (logged);
  contents = read_file (out);
  expected = expected_file (&c);
  g_assert_cmpstr (contents, ==, expected);

  /* Logging directly is refused as well. */
  g_ptr_array_add (references, c.first);
  g_assert_false (ond_store_log_access_many (f->store, references, WHAT, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);

  g_clear_object (&list);
  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count_export_rows (f), ==, 0);
}

static void
test_log_access_many (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) references = g_ptr_array_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *who = NULL;
  gint64 log_before = sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0);

  g_ptr_array_add (references, (gpointer) "2025-0001");
  g_ptr_array_add (references, (gpointer) "2025-0002");

  /* Without saying what, nothing is written. */
  g_assert_false (ond_store_log_access_many (f->store, references, "  ", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0), ==,
                   log_before);

  g_assert_true (ond_store_log_access_many (f->store, none, WHAT, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0), ==,
                   log_before);

  g_assert_true (ond_store_log_access_many (f->store, references, " " WHAT " ", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_logged (f, "2025-0001"), ==, 1);
  g_assert_cmpint (count_logged (f, "2025-0002"), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0), ==,
                   log_before + 2);
  who = sql_text (f->path, "SELECT who FROM access_log WHERE id > ? ORDER BY id DESC LIMIT 1",
                  0);
  g_assert_cmpstr (who, ==, ond_test_user_name (f->path));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/case-export/export", test_export);
  ADD_TEST ("/ond/case-export/search-and-empty", test_search_and_empty);
  ADD_TEST ("/ond/case-export/failure-leaves-nothing", test_failure_leaves_nothing);
  ADD_TEST ("/ond/case-export/read-only", test_read_only);
  ADD_TEST ("/ond/case-export/log-access-many", test_log_access_many);

  return g_test_run ();
}
