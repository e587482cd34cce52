/* test-backup.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Backups and restoring one (ond-store-backup.h), read back with plain SQLite: the copy has
 * every row of the database, those still only in the -wal too, passes integrity_check and is
 * 0600; a failing destination leaves nothing; automatic backups keep the newest ten; a
 * restore puts the backup in place and keeps the replaced file aside byte for byte, and
 * refuses what is not our database; a backup while another process holds a write
 * transaction is made at once and holds what was committed. */

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ond-cli.h"
#include "ond-plan.h"
#include "ond-store-backup.h"
#include "ond-store-cases.h"
#include "ond-store-retention.h"
#include "ond-store-subject.h"
#include "ond-test-util.h"
#include "test-case-util.h"

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every row of every table, and the schema, as sorted text: equal for equal databases. */
static char *
dump (const char *path)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM sqlite_master "
                                       "ORDER BY type, name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (lines, g_strdup_printf ("schema|%s|%s|%s",
                                               sqlite3_column_text (stmt, 0),
                                               sqlite3_column_text (stmt, 1),
                                               sqlite3_column_text (stmt, 2)));
      if (g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "table"))
        g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"",
                                              (char *) g_ptr_array_index (tables, t));

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *line = g_string_new (g_ptr_array_index (tables, t));

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              if (sqlite3_column_type (stmt, c) == SQLITE_NULL)
                g_string_append (line, "|NULL");
              else
                g_string_append_printf (line, "|%d:%s", sqlite3_column_type (stmt, c),
                                        sqlite3_column_text (stmt, c));
            }
          g_ptr_array_add (lines, g_string_free (line, FALSE));
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (all, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static char *
integrity (const char *path)
{
  return sql_text (path, "PRAGMA integrity_check", 0);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return -1;
  return st.st_size;
}

/* The names in @dir, sorted, joined with spaces. */
static char *
listing (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The store reads, and so holds the -wal open, as a window does. */
static void
use_store (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
}

/* Adds @n areas through a second, plain connection, which the open store keeps in the -wal. */
static void
add_areas (const char *path,
           const char *prefix,
           guint       n)
{
  g_autoptr(GString) sql = g_string_new ("BEGIN;");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "INSERT INTO area (name, position) VALUES ('%s %u', %u);",
                            prefix, i + 1, 1000 + i);
  g_string_append (sql, "COMMIT;");
  sql_exec (path, sql->str);
}

static gint64
count_areas (const char *path,
             const char *prefix)
{
  g_autofree char *pattern = g_strconcat (prefix, " %", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM area WHERE name LIKE ?", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_backup_copies_rows (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *main_only = g_build_filename (f->dir, "main-only.db", NULL);
  g_autofree char *out_dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *out = g_build_filename (out_dir, "kopie.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *source = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *check = NULL;
  g_autofree char *names = NULL;
  gsize len = 0;

  use_store (f->store);
  add_areas (f->path, "Walwijk", 3);
  /* The rows are in the -wal only: the main file on its own does not have them. */
  g_assert_cmpint (file_size (wal), >, 0);
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (main_only, contents, len, NULL));
  g_assert_cmpint (count_areas (main_only, "Walwijk"), ==, 0);
  g_assert_cmpint (count_areas (f->path, "Walwijk"), ==, 3);

  g_assert_cmpint (g_mkdir (out_dir, 0755), ==, 0);
  umask (022);
  g_assert_true (ond_store_backup (f->store, out, &error));
  g_assert_no_error (error);

  source = dump (f->path);
  copy = dump (out);
  g_assert_cmpstr (copy, ==, source);
  g_assert_cmpint (count_areas (out, "Walwijk"), ==, 3);
  g_assert_cmpint (strlen (copy), >, 10000);
  check = integrity (out);
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (sql_int (out, "PRAGMA application_id", 0), ==, 0x4F4E444D);
  g_assert_cmpint (file_mode (out), ==, 0600);
  /* One self-contained file: no journal, no log beside it. */
  names = listing (out_dir);
  g_assert_cmpstr (names, ==, "kopie.db");

  /* The store goes on working, and a second backup replaces the first. */
  g_clear_pointer (&contents, g_free);
  add_areas (f->path, "Later", 2);
  g_assert_true (ond_store_backup (f->store, out, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_areas (out, "Later"), ==, 2);
  g_assert_false (ond_store_is_read_only (f->store));
}

static void
test_backup_failing_destination (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "nergens", "kopie.db", NULL);
  g_autofree char *out = g_build_filename (f->dir, "kopie.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *old = NULL;
  struct rlimit saved, small;

  use_store (f->store);
  before = listing (f->dir);
  g_assert_false (ond_store_backup (f->store, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "nergens"));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);
  after = listing (f->dir);
  g_assert_cmpstr (after, ==, before);

  /* The database itself is refused. */
  g_assert_false (ond_store_backup (f->store, f->path, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A write that fails half-way (a file size limit, as on a full disk): no file left, and
   * the file that was there keeps its content. */
  g_assert_true (g_file_set_contents (out, "oud", -1, NULL));
  g_clear_pointer (&before, g_free);
  before = listing (f->dir);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = 8192;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  g_assert_false (ond_store_backup (f->store, out, &error));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_assert_nonnull (strstr (error->message, "kopie.db"));
  g_clear_pointer (&after, g_free);
  after = listing (f->dir);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_get_contents (out, &old, NULL, NULL));
  g_assert_cmpstr (old, ==, "oud");
}

static void
test_backup_read_only (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *out = g_build_filename (f->dir, "kopie.db", NULL);
  g_autofree char *sum = NULL;
  g_autofree char *sum_after = NULL;
  g_autofree char *source = NULL;
  g_autofree char *copy = NULL;

  add_areas (f->path, "Alleen", 2);
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  sum = ond_test_file_checksum (f->path);

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (store));
  g_assert_true (ond_store_backup (store, out, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  source = dump (f->path);
  copy = dump (out);
  g_assert_cmpstr (copy, ==, source);
  g_assert_cmpint (count_areas (out, "Alleen"), ==, 2);
  sum_after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (sum_after, ==, sum);
}

static void
test_auto_keeps_ten (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *folder = ond_store_backup_folder (f->path);
  g_autofree char *expected_folder = g_strconcat (f->path, "-backups", NULL);
  g_autofree char *other = NULL;

  g_assert_cmpstr (folder, ==, expected_folder);
  list = ond_store_list_backups (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  for (guint i = 1; i <= 12; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("Ronde%02u", i);
      char *path;

      add_areas (f->path, prefix, 1);
      path = ond_store_backup_auto (f->store, &error);
      g_assert_no_error (error);
      g_assert_nonnull (path);
      g_assert_true (g_str_has_prefix (path, folder));
      g_ptr_array_add (made, path);
      if (i == 1)
        {
          /* Something of the user's in the folder stays. */
          other = g_build_filename (folder, "notitie.txt", NULL);
          g_assert_true (g_file_set_contents (other, "x", -1, NULL));
        }
    }

  g_assert_cmpint (file_mode (folder), ==, 0700);
  list = ond_store_list_backups (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 10);
  /* Newest first: the last ten made, in reverse. */
  for (guint i = 0; i < 10; i++)
    g_assert_cmpstr (g_ptr_array_index (list, i), ==, g_ptr_array_index (made, 11 - i));
  g_assert_false (g_file_test (g_ptr_array_index (made, 0), G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (g_ptr_array_index (made, 1), G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  /* The newest holds the last round; the oldest kept the third. */
  g_assert_cmpint (count_areas (g_ptr_array_index (list, 0), "Ronde12"), ==, 1);
  g_assert_cmpint (count_areas (g_ptr_array_index (list, 9), "Ronde03"), ==, 1);
  g_assert_cmpint (count_areas (g_ptr_array_index (list, 9), "Ronde04"), ==, 0);
  for (guint i = 0; i < list->len; i++)
    {
      g_autoptr(GDateTime) time = ond_store_backup_get_time (g_ptr_array_index (list, i));
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      g_assert_nonnull (time);
      g_assert_cmpint (g_date_time_difference (now, time), <, 600 * G_USEC_PER_SEC);
      g_assert_cmpint (g_date_time_difference (now, time), >=, 0);
      g_assert_cmpint (file_mode (g_ptr_array_index (list, i)), ==, 0600);
    }
  g_assert_null (ond_store_backup_get_time (other));
}

static void
test_restore_replaces (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *backup = g_build_filename (f->dir, "kopie.db", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *prefix = g_strconcat (f->path, ".voor-herstel-", NULL);
  g_autofree char *replaced_sum = NULL;
  g_autofree char *backup_sum = NULL;
  g_autofree char *sum = NULL;

  add_areas (f->path, "Bewaard", 2);
  g_assert_true (ond_store_backup (f->store, backup, &error));
  g_assert_no_error (error);
  add_areas (f->path, "Daarna", 4);

  /* An open store is refused. */
  g_assert_false (ond_store_restore_backup (f->path, backup, &aside, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_BUSY);
  g_assert_null (aside);
  g_clear_error (&error);
  g_assert_cmpint (count_areas (f->path, "Daarna"), ==, 4);

  g_clear_object (&f->store);
  replaced_sum = ond_test_file_checksum (f->path);
  backup_sum = ond_test_file_checksum (backup);

  g_assert_true (ond_store_restore_backup (f->path, backup, &aside, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_true (g_str_has_prefix (aside, prefix));

  sum = ond_test_file_checksum (f->path);
  g_assert_cmpstr (sum, ==, backup_sum);
  g_clear_pointer (&sum, g_free);
  sum = ond_test_file_checksum (aside);
  g_assert_cmpstr (sum, ==, replaced_sum);
  g_clear_pointer (&sum, g_free);
  sum = ond_test_file_checksum (backup);
  g_assert_cmpstr (sum, ==, backup_sum);
  g_assert_cmpint (file_mode (f->path), ==, 0600);
  g_assert_cmpint (count_areas (aside, "Daarna"), ==, 4);

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_is_read_only (store));
  g_clear_object (&store);
  g_assert_cmpint (count_areas (f->path, "Bewaard"), ==, 2);
  g_assert_cmpint (count_areas (f->path, "Daarna"), ==, 0);
}

/* Restoring @bad is refused with @code; the database and its folder stay as they were. */
static void
assert_restore_refused (Fixture    *f,
                        const char *bad,
                        int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *sum = ond_test_file_checksum (f->path);
  g_autofree char *bad_sum = ond_test_file_checksum (bad);
  g_autofree char *before = listing (f->dir);
  g_autofree char *after = NULL;
  g_autofree char *sum_after = NULL;
  g_autofree char *bad_after = NULL;
  g_autofree char *base = g_path_get_basename (bad);

  g_assert_false (ond_store_restore_backup (f->path, bad, &aside, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, base));
  g_assert_null (aside);
  after = listing (f->dir);
  g_assert_cmpstr (after, ==, before);
  sum_after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (sum_after, ==, sum);
  bad_after = ond_test_file_checksum (bad);
  g_assert_cmpstr (bad_after, ==, bad_sum);
}

static void
test_restore_refuses (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *random = g_build_filename (f->dir, "willekeurig.db", NULL);
  g_autofree char *foreign = g_build_filename (f->dir, "ander.db", NULL);
  g_autofree char *damaged = g_build_filename (f->dir, "beschadigd.db", NULL);
  g_autofree char *contents = NULL;
  guint8 noise[8192];
  gsize len = 0;

  g_assert_true (ond_store_backup (f->store, damaged, &error));
  g_assert_no_error (error);
  g_clear_object (&f->store);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_random_int ();
  g_assert_true (g_file_set_contents (random, (const char *) noise, sizeof noise, NULL));
  assert_restore_refused (f, random, OND_STORE_ERROR_NOT_A_DATABASE);

  sql_exec (foreign, "PRAGMA application_id = 1234; CREATE TABLE t (x); "
                     "INSERT INTO t VALUES (1);");
  assert_restore_refused (f, foreign, OND_STORE_ERROR_FOREIGN);

  /* Our header, but pages overwritten in the middle: the integrity check fails. */
  g_assert_true (g_file_get_contents (damaged, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 65536);
  memset (contents + len / 2, 0xA5, 8192);
  g_assert_true (g_file_set_contents (damaged, contents, len, NULL));
  assert_restore_refused (f, damaged, OND_STORE_ERROR_NOT_A_DATABASE);
}

/* The child: holds a write transaction with @n new areas until told to commit on stdin. */
static int
run_writer (const char *path)
{
  sqlite3 *db = NULL;
  char line[16];

  if (sqlite3_open (path, &db) != SQLITE_OK)
    return 3;
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    return 4;
  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO area (name, position) "
                                              "VALUES ('Onaf %u', %u)", i + 1, 5000 + i);

      if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return 5;
    }
  printf ("ready\n");
  fflush (stdout);
  if (fgets (line, sizeof line, stdin) == NULL)
    return 6;
  if (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    return 7;
  sqlite3_close (db);
  return 0;
}

static void
test_backup_beside_writer (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *copy = g_build_filename (f->dir, "kopie.db", NULL);
  g_autofree char *after = g_build_filename (f->dir, "kopie-na.db", NULL);
  g_autofree char *line = NULL;
  g_autofree char *source = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *check = NULL;
  gint64 start;

  g_assert_nonnull (self);
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                            &error, self, "--writer", f->path, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");

  /* The child holds its write transaction: the backup does not wait for it, and holds what
   * was committed before it. */
  start = g_get_monotonic_time ();
  g_assert_true (ond_store_backup (f->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  source = dump (f->path);
  copied = dump (copy);
  g_assert_cmpstr (copied, ==, source);
  g_assert_cmpint (count_areas (copy, "Onaf"), ==, 0);
  check = integrity (copy);
  g_assert_cmpstr (check, ==, "ok");

  g_assert_true (g_output_stream_write_all (g_subprocess_get_stdin_pipe (child), "go\n", 3,
                                            NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (child, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_areas (f->path, "Onaf"), ==, 500);
  g_assert_cmpint (count_areas (copy, "Onaf"), ==, 0);
  g_assert_true (ond_store_backup (f->store, after, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_areas (after, "Onaf"), ==, 500);
}

/* --backup through the command line's core (ond_cli_handle_options), in a subprocess so
 * that its output can be read. */
static void
test_cli_backup (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "cli.db", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "nergens", "cli.db", NULL);

  if (g_test_subprocess ())
    {
      /* The fixture of this run is not the parent's: the parent says which file. */
      g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
      int status;

      g_variant_dict_insert (options, "database", "^ay", g_getenv ("OND_TEST_BACKUP_DB"));
      g_variant_dict_insert (options, "backup", "^ay", g_getenv ("OND_TEST_BACKUP_OUT"));
      status = ond_cli_handle_options (options);
      fixture_tear_down (f, NULL);
      exit (status);
    }

  add_areas (f->path, "Opdracht", 3);
  g_setenv ("OND_TEST_BACKUP_DB", f->path, TRUE);
  g_setenv ("OND_TEST_BACKUP_OUT", out, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("Backup written to *cli.db.\n");
  g_test_trap_assert_stderr ("");
  g_assert_cmpint (count_areas (out, "Opdracht"), ==, 3);
  g_assert_cmpint (file_mode (out), ==, 0600);

  g_setenv ("OND_TEST_BACKUP_OUT", missing, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr ("ondermijning: *nergens*does not exist*\n");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* A backup made before an erasure on request or a removal after the retention period: the
 * restore removes those cases again (their casusoverleg texts too), while a case deleted by
 * hand comes back, as a restore is how a mistake is undone. */
static void
test_restore_keeps_removals (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) later = g_date_time_add_years (f->today, 3);
  g_autoptr(GListModel) removed = NULL;
  g_auto(GStrv) not_due = NULL;
  g_autofree char *backup = g_build_filename (f->dir, "voor.db", NULL);
  g_autofree char *ref_erased = NULL;
  g_autofree char *ref_retained = NULL;
  g_autofree char *ref_deleted = NULL;
  gint64 erased = new_case (f, "2025-03-01", "Karel Appelboom");
  gint64 retained = new_case (f, "2025-03-02", "Wim Peerboom");
  gint64 deleted = new_case (f, "2025-03-03", "Els Kersboom");
  gint64 kept = new_case (f, "2025-03-04", "Ria Pruimboom");
  guint n_again = 0;
  gint64 items_with_text;

  ref_erased = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?", erased);
  ref_retained = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?", retained);
  ref_deleted = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?", deleted);
  drive_case (f, retained, OND_CASE_STATUS_DROPPED);
  /* A casusoverleg item that names the person erased later. */
  sql_exec (f->path, "INSERT INTO meeting (date) VALUES ('2025-04-01')");
  {
    g_autofree char *insert =
      g_strdup_printf ("INSERT INTO meeting_item (meeting_id, case_id, position, topic, decision)"
                       " VALUES ((SELECT max(id) FROM meeting), %" G_GINT64_FORMAT ", 1,"
                       " 'Karel Appelboom, hennep', 'Bestuurlijke rapportage')", erased);

    sql_exec (f->path, insert);
  }

  g_assert_true (ond_store_backup (f->store, backup, &error));
  g_assert_no_error (error);

  /* Since the backup: one erased on request, one removed after its period, one deleted by
   * hand and purged. */
  g_assert_true (ond_store_erase_on_request (f->store, &erased, 1, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_apply_retention (f->store, later, NULL, &removed, &not_due, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (removed), ==, 1);
  g_assert_true (ond_store_delete_case (f->store, deleted, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_purge_deleted_cases (f->store, &error));
  g_assert_no_error (error);
  g_clear_object (&f->store);

  g_assert_true (ond_store_restore_backup (f->path, backup, NULL, &n_again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_again, ==, 2);

  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", erased),
                   ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", retained),
                   ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_event WHERE case_id = ?",
                            erased), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", deleted),
                   ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", kept),
                   ==, 1);
  items_with_text = sql_int (f->path, "SELECT count(*) FROM meeting_item"
                                      " WHERE topic LIKE '%Appelboom%' AND ? = 0", 0);
  g_assert_cmpint (items_with_text, ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file"
                                     " WHERE subject_name LIKE '%Appelboom%' AND ? = 0", 0),
                   ==, 0);

  /* Noted in the restored file's own logs, without personal data. */
  {
    g_autofree char *again = sql_text (f->path, "SELECT group_concat(reference || '|' || reason,"
                                                " '#') FROM (SELECT * FROM deletion_log"
                                                " WHERE reason LIKE '%opnieuw%' AND ? = 0"
                                                " ORDER BY reason)", 0);
    g_autofree char *expected =
      g_strdup_printf ("%s|Bewaartermijn verstreken (afgevoerd, 1 jaar); opnieuw na herstel uit"
                       " back-up#%s|Gewist op verzoek van betrokkene (AVG art. 17); opnieuw na"
                       " herstel uit back-up",
                       ref_retained, ref_erased);

    g_assert_cmpstr (again, ==, expected);
  }
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM access_log"
                                     " WHERE what = 'Opnieuw verwijderd na herstel uit back-up'"
                                     " AND ? = 0", 0), ==, 2);

  /* A plain restore, with nothing removed since, changes nothing of the backup. */
  {
    g_autofree char *backup2 = g_build_filename (f->dir, "na.db", NULL);
    g_autofree char *sum = NULL;
    g_autoptr(OndStore) store = ond_store_open (f->path, &error);

    g_assert_no_error (error);
    g_assert_true (ond_store_backup (store, backup2, &error));
    g_assert_no_error (error);
    g_clear_object (&store);
    sum = ond_test_file_checksum (backup2);
    g_assert_true (ond_store_restore_backup (f->path, backup2, NULL, &n_again, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_again, ==, 0);
    g_assert_cmpstr (ond_test_file_checksum (f->path), ==, sum);
  }
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--writer"))
    return run_writer (argv[2]);

  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/backup/copies-rows", test_backup_copies_rows);
  ADD_TEST ("/backup/failing-destination", test_backup_failing_destination);
  ADD_TEST ("/backup/read-only", test_backup_read_only);
  ADD_TEST ("/backup/beside-writer", test_backup_beside_writer);
  ADD_TEST ("/backup/auto-keeps-ten", test_auto_keeps_ten);
  ADD_TEST ("/backup/cli", test_cli_backup);
  ADD_TEST ("/restore/replaces", test_restore_replaces);
  ADD_TEST ("/restore/refuses", test_restore_refuses);
  ADD_TEST ("/restore/keeps-removals", test_restore_keeps_removals);

  return g_test_run ();
}
