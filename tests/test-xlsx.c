/* test-xlsx.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The council workbook: exported from a freshly seeded store and read back by
 * tests/check_xlsx.py (openpyxl), which checks it against the plan document on its own.
 * Also: the export is atomic (a failed export leaves nothing and keeps an existing file),
 * and the default reporting year follows DESIGN.md's rule.
 */

#define G_LOG_DOMAIN "test-xlsx"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "ond-pg.h"
#include "ond-plan.h"
#include "ond-store.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "ond-xlsx-export.h"

#define PYTHON "/usr/bin/python3"

typedef struct
{
  char     *dir;
  char     *db;      /* a file, or in the PostgreSQL run a seeded server database */
  OndStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = ond_test_make_dir ("ond-test-xlsx");
  fixture->db = ond_test_db_new (fixture->dir, "ondermijning.db");
  fixture->store = ond_store_open (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ond_store_close (fixture->store);
  g_clear_object (&fixture->store);
  if (ond_pg_is_uri (fixture->db))
    ond_test_db_drop (fixture->db);
  ond_test_remove_tree (fixture->dir);
  g_free (fixture->db);
  g_free (fixture->dir);
}

/* The names in @path other than the database's own files, sorted, joined by spaces: what a
 * failed export must not change. */
static char *
list_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_prefix (name, "ondermijning.db"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, (GCompareFunc) g_ascii_strcasecmp);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static gboolean
has_zip_signature (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  return length > 4 && memcmp (contents, "PK\003\004", 4) == 0;
}

/* One TAP comment per line of the checker's output. */
static void
report_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  guint i;

  for (i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] != '\0')
        g_test_message ("check_xlsx.py: %s", lines[i]);
    }
}

/* Runs tests/check_xlsx.py on @path, with @forbidden texts that must appear nowhere in the
 * file; skips when Python or openpyxl is not installed. */
static void
check_workbook_full (const char         *path,
                     int                 year,
                     const char * const *forbidden)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check_xlsx.py", NULL);
  g_autofree char *year_text = g_strdup_printf ("%d", year);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int status = 0;
  guint i;

  g_ptr_array_add (argv, (char *) PYTHON);
  g_ptr_array_add (argv, script);
  g_ptr_array_add (argv, (char *) path);
  g_ptr_array_add (argv, (char *) "--year");
  g_ptr_array_add (argv, year_text);
  for (i = 0; forbidden != NULL && forbidden[i] != NULL; i++)
    {
      g_ptr_array_add (argv, (char *) "--forbid");
      g_ptr_array_add (argv, (char *) forbidden[i]);
    }
  g_ptr_array_add (argv, NULL);

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("needs " PYTHON " with openpyxl");
      return;
    }

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);

  if (g_spawn_check_wait_status (status, NULL))
    return;
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("needs python3-openpyxl");
      return;
    }
  report_lines (out);
  report_lines (err);
  g_test_fail_printf ("%s does not hold the council workbook of the seeded plan (see above)",
                      path);
}

static void
check_workbook (const char *path,
                int         year)
{
  check_workbook_full (path, year, NULL);
}

static void
test_default_year (void)
{
  g_autoptr(GDateTime) in_2022 = g_date_time_new_local (2022, 12, 31, 23, 0, 0);
  g_autoptr(GDateTime) in_2023 = g_date_time_new_local (2023, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) in_2024 = g_date_time_new_local (2024, 6, 15, 12, 0, 0);
  g_autoptr(GDateTime) in_2026 = g_date_time_new_local (2026, 3, 1, 9, 0, 0);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);

  /* After the plan: its last year; before it: its first; inside: that year. */
  g_assert_cmpint (ond_report_default_year (2023, 2024, in_2026), ==, 2024);
  g_assert_cmpint (ond_report_default_year (2023, 2024, in_2022), ==, 2023);
  g_assert_cmpint (ond_report_default_year (2023, 2024, in_2023), ==, 2023);
  g_assert_cmpint (ond_report_default_year (2023, 2024, in_2024), ==, 2024);
  g_assert_cmpint (ond_report_default_year (2025, 2026, in_2026), ==, 2026);
  /* NULL is now. */
  g_assert_cmpint (ond_report_default_year (this_year - 1, this_year + 1, NULL), ==, this_year);
  g_assert_cmpint (ond_report_default_year (this_year + 2, this_year + 3, NULL), ==,
                   this_year + 2);
}

static void
test_seeded_workbook (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "raad.xlsx", NULL);
  g_autofree char *listing = NULL;

  g_assert_true (ond_xlsx_export_write (fixture->store, 0, 2024, path, &error));
  g_assert_no_error (error);
  g_assert_true (has_zip_signature (path));

  /* Beside the database only the workbook: no temporary file is left behind. */
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "raad.xlsx");

  check_workbook (path, 2024);
}

static void
test_explicit_plan_and_year (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "raad-2023.xlsx", NULL);
  gint64 plan_id = 0;

  plan = ond_store_dup_current_plan (fixture->store, &error);
  g_assert_no_error (error);
  plan_id = ond_plan_get_id (plan);
  g_assert_cmpint (plan_id, >, 0);

  g_assert_true (ond_xlsx_export_write (fixture->store, plan_id, 2023, path, &error));
  g_assert_no_error (error);
  check_workbook (path, 2023);
}

static void
test_default_year_in_title (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *path = g_build_filename (fixture->dir, "raad.xlsx", NULL);

  g_assert_true (ond_xlsx_export_write (fixture->store, 0, 0, path, &error));
  g_assert_no_error (error);
  check_workbook (path, ond_report_default_year (2023, 2024, now));
}

/* A case holds personal data (AVG article 10); the council workbook never shows it. There is
 * no store API to record a case yet, so the case goes into the file directly. */
static void
test_no_personal_data (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const personal[] = {
    "Jan Verdachtenberg", "Geheimstraat 13", "vertrouwelijke-samenvatting-7Q", NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "raad.xlsx", NULL);
  /* The texts hold no quote. */
  g_autofree char *sql =
    g_strdup_printf ("INSERT INTO case_file (reference, date_received, source,"
                     " subject_kind, subject_name, address, summary, created_at, updated_at)"
                     " VALUES ('2024-0001', '2024-02-01', 'mma', 'persoon', '%s', '%s', '%s',"
                     " '2024-02-01T10:00:00', '2024-02-01T10:00:00')",
                     personal[0], personal[1], personal[2]);

  /* From outside the store: plain SQLite on the file, plain libpq on a server database. */
  if (ond_pg_is_uri (fixture->db))
    ond_test_pg_exec (fixture->db, sql);
  else
    {
      sqlite3 *db = NULL;

      g_assert_cmpint (sqlite3_open (fixture->db, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_busy_timeout (db, 5000), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
    }

  g_assert_true (ond_xlsx_export_write (fixture->store, 0, 2024, path, &error));
  g_assert_no_error (error);
  check_workbook_full (path, 2024, personal);
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "raad.xlsx", NULL);
  g_autofree char *listing = NULL;

  g_assert_false (ond_xlsx_export_write (fixture->store, 0, 2024, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  /* The message names the folder. */
  g_assert_nonnull (strstr (error->message, missing));

  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "");
}

static void
test_replace_existing (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "raad.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;

  g_assert_true (g_file_set_contents (path, "an older workbook", -1, &error));

  /* A failed export (a year outside the plan period) keeps the existing file. */
  g_assert_false (ond_xlsx_export_write (fixture->store, 0, 2030, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "an older workbook");

  /* So does an export of a plan that does not exist. */
  g_assert_false (ond_xlsx_export_write (fixture->store, 9999, 2024, path, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "an older workbook");
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "raad.xlsx");

  /* A successful one replaces it. */
  g_assert_true (ond_xlsx_export_write (fixture->store, 0, 2024, path, &error));
  g_assert_no_error (error);
  g_assert_true (has_zip_signature (path));
  g_clear_pointer (&listing, g_free);
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "raad.xlsx");
  check_workbook (path, 2024);
}

static void
test_directory_in_the_way (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "raad.xlsx", NULL);
  g_autofree char *inside = g_build_filename (path, "keep", NULL);
  g_autofree char *listing = NULL;

  /* The workbook is written whole before the rename fails: its temporary file must go. */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "keep", -1, &error));

  g_assert_false (ond_xlsx_export_write (fixture->store, 0, 2024, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "raad.xlsx");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/report/default-year", test_default_year);
  g_test_add ("/ond/xlsx/seeded", Fixture, NULL,
              fixture_set_up, test_seeded_workbook, fixture_tear_down);
  g_test_add ("/ond/xlsx/explicit-plan", Fixture, NULL,
              fixture_set_up, test_explicit_plan_and_year, fixture_tear_down);
  g_test_add ("/ond/xlsx/default-year", Fixture, NULL,
              fixture_set_up, test_default_year_in_title, fixture_tear_down);
  g_test_add ("/ond/xlsx/no-personal-data", Fixture, NULL,
              fixture_set_up, test_no_personal_data, fixture_tear_down);
  g_test_add ("/ond/xlsx/missing-folder", Fixture, NULL,
              fixture_set_up, test_missing_folder, fixture_tear_down);
  g_test_add ("/ond/xlsx/replace-existing", Fixture, NULL,
              fixture_set_up, test_replace_existing, fixture_tear_down);
  g_test_add ("/ond/xlsx/directory-in-the-way", Fixture, NULL,
              fixture_set_up, test_directory_in_the_way, fixture_tear_down);

  return g_test_run ();
}
