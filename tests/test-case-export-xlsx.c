/* test-case-export-xlsx.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The export of the case list as a workbook (ond_case_export_xlsx): cases are registered
 * through the store, the list is filtered, searched and sorted, exported, and the workbook
 * read back with python3-openpyxl: the rows are the list's, in its order, with the columns
 * of the CSV export (dates as dates); the file says that it is an internal document with
 * personal data and only its owner can read it; the access log gets one row per exported
 * case, as for the CSV file. A failing path leaves nothing behind and logs nothing; a
 * read-only store gets the file but is told that it was not recorded. */

#define G_LOG_DOMAIN "test-case-export-xlsx"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ond-case-export.h"
#include "ond-case-list.h"
#include "ond-pg.h"
#include "ond-store-cases.h"
#include "ond-test-util.h"
#include "ond-xlsx-dump.h"
#include "test-case-util.h"

#define NOTICE "Intern document — bevat persoonsgegevens, niet voor de gemeenteraad"
#define WHAT   "Opgenomen in export caselijst"

static char *
create (Fixture    *f,
        const char *date,
        const char *subject)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, date, subject);
  char *reference = NULL;

  g_assert_cmpint (ond_store_create_case (f->store, draft, f->today, &reference, &error), >, 0);
  g_assert_no_error (error);
  return reference;
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
  static const char * const header[] = {
    "Kenmerk", "Ontvangen", "Bron", "Thema", "Gebied", "Soort", "Subject", "Adres",
    "Samenvatting", "Status", "Trekker", "Volgende follow-up", NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseList) list = NULL;
  g_autoptr(XlsxDump) dump = NULL;
  g_autofree char *out = g_build_filename (f->dir, "meldingen.xlsx", NULL);
  g_autofree char *late = create (f, "2025-04-02", "Piet Bakker");
  g_autofree char *older = create (f, "2024-11-20", "Klaas Smit");
  g_autofree char *early = create (f, "2025-03-01", "Jan de Vries");
  g_auto(GStrv) row = NULL;
  GStatBuf st;
  guint n_rows = 0;
  gboolean logged = FALSE;

  /* An older file there, readable by all, is replaced by one readable by the user only. */
  g_assert_true (g_file_set_contents (out, "oud", -1, NULL));
  g_assert_cmpint (g_chmod (out, 0644), ==, 0);

  /* 2025 only, newest received first. */
  list = ond_case_list_new (f->store);
  ond_case_list_set_year (list, 2025);
  ond_case_list_set_sort (list, OND_CASE_SORT_RECEIVED, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  g_assert_true (ond_case_export_xlsx (f->store, list, out, &n_rows, &logged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 2);
  g_assert_true (logged);
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* One row per exported case, none for the one filtered out. */
  g_assert_cmpint (count_logged (f, early), ==, 1);
  g_assert_cmpint (count_logged (f, late), ==, 1);
  g_assert_cmpint (count_logged (f, older), ==, 0);
  g_assert_cmpint (count_export_rows (f), ==, 2);

  g_assert_cmpuint (count_leftovers (f->dir), ==, 0);

  dump = xlsx_dump_read (out);
  if (dump == NULL)
    return;

  /* It says what it is, in the sheet and in its properties. */
  g_assert_cmpstr (xlsx_dump_text (dump, "A1"), ==, "Meldingen");
  g_assert_true (g_str_has_prefix (xlsx_dump_text (dump, "A2"), NOTICE));
  g_assert_cmpstr (xlsx_dump_value (dump, "prop", "subject"), ==, NOTICE);
  g_assert_cmpstr (xlsx_dump_value (dump, "custom", "Persoonsgegevens"), ==, "true");

  row = xlsx_dump_row (dump, 3);
  g_assert_cmpstrv (row, header);
  g_clear_pointer (&row, g_strfreev);

  /* The list's order: the April case first. */
  g_assert_cmpstr (xlsx_dump_text (dump, "A4"), ==, late);
  g_assert_cmpstr (xlsx_dump_type (dump, "B4"), ==, "date");
  g_assert_cmpstr (xlsx_dump_text (dump, "B4"), ==, "2025-04-02");
  g_assert_cmpstr (xlsx_dump_text (dump, "G4"), ==, "Piet Bakker");
  g_assert_cmpstr (xlsx_dump_text (dump, "H4"), ==, "Voorstraat 12");
  g_assert_cmpstr (xlsx_dump_text (dump, "A5"), ==, early);
  g_assert_cmpstr (xlsx_dump_text (dump, "B5"), ==, "2025-03-01");
  g_assert_cmpstr (xlsx_dump_text (dump, "G5"), ==, "Jan de Vries");
  g_assert_cmpstr (xlsx_dump_text (dump, "J5"), ==, "Nieuw");
  g_assert_cmpstr (xlsx_dump_type (dump, "L5"), ==, "empty");
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "5");
  g_assert_cmpstr (xlsx_dump_get (dump, "filter"), ==, "A3:L5");
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseList) list = ond_case_list_new (f->store);
  g_autoptr(XlsxDump) dump = NULL;
  g_autofree char *out = g_build_filename (f->dir, "gezocht.xlsx", NULL);
  g_autofree char *first = create (f, "2025-03-01", "Jan de Vries");
  g_autofree char *second = create (f, "2025-04-02", "Piet Bakker");
  guint n_rows = 0;
  gboolean logged = FALSE;

  ond_case_list_set_search (list, "bakker");
  g_assert_true (ond_case_export_xlsx (f->store, list, out, &n_rows, &logged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_cmpint (count_logged (f, second), ==, 1);
  g_assert_cmpint (count_logged (f, first), ==, 0);

  dump = xlsx_dump_read (out);
  if (dump == NULL)
    return;
  g_assert_cmpstr (xlsx_dump_text (dump, "A4"), ==, second);
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "4");
}

static void
test_failure_leaves_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseList) list = ond_case_list_new (f->store);
  g_autofree char *missing = g_build_filename (f->dir, "bestaat-niet", NULL);
  g_autofree char *out = g_build_filename (missing, "meldingen.xlsx", NULL);
  g_autofree char *reference = create (f, "2025-03-01", "Jan de Vries");
  guint n_rows = 99;
  gboolean logged = TRUE;

  g_assert_false (ond_case_export_xlsx (f->store, list, out, &n_rows, &logged, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, out));
  g_assert_cmpuint (n_rows, ==, 0);
  g_assert_false (logged);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_leftovers (f->dir), ==, 0);
  g_assert_cmpint (count_export_rows (f), ==, 0);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseList) list = NULL;
  g_autofree char *out = g_build_filename (f->dir, "meldingen.xlsx", NULL);
  g_autofree char *reference = create (f, "2025-03-01", "Jan de Vries");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_rows = 0;
  gboolean logged = TRUE;

  /* A file made read-only; what a server database lets a user do is its roles'
   * (test-server-roles.c). */
  if (ond_pg_is_uri (f->path))
    {
      g_test_skip ("About a read-only file");
      return;
    }
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));
  list = ond_case_list_new (f->store);

  /* The file is written; the caller is told that it was not recorded. */
  g_assert_true (ond_case_export_xlsx (f->store, list, out, &n_rows, &logged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_false (logged);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  g_clear_object (&list);
  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count_export_rows (f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/case-export-xlsx/export", test_export);
  ADD_TEST ("/ond/case-export-xlsx/search", test_search);
  ADD_TEST ("/ond/case-export-xlsx/failure-leaves-nothing", test_failure_leaves_nothing);
  ADD_TEST ("/ond/case-export-xlsx/read-only", test_read_only);

  return g_test_run ();
}
