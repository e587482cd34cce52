/* test-store.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening, creating and refusing database files. Checked from outside the store with
 * plain SQLite and file checksums: a refused file must stay as it was, byte for byte.
 *
 * In the PostgreSQL run (OND_TEST_BACKEND=postgresql, ond-test-pg.h) what a server database
 * has as well runs on a fresh seeded one, read with plain libpq (test-case-util.h); what only
 * a file has (its bytes, header, folder, mode, journal, migrations, secure_delete) is skipped
 * there: a server database's refusals are test-server.c's. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "ond-pg.h"
#include "ond-store-private.h"
#include "ond-store.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* Not test-case-util.h's Fixture: no store is open before the test opens one. @path is a file
 * that does not exist yet, or in the PostgreSQL run a fresh seeded server database. */
typedef struct
{
  char *dir;
  char *path;
} StoreFixture;

static void
store_fixture_set_up (StoreFixture  *f,
                      gconstpointer  data)
{
  f->dir = ond_test_make_dir ("ond-test-store");
  f->path = ond_test_db_new (f->dir, "plan.db");
}

static void
store_fixture_tear_down (StoreFixture  *f,
                         gconstpointer  data)
{
  if (ond_pg_is_uri (f->path))
    ond_test_db_drop (f->path);
  ond_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Skips the test in the PostgreSQL run, saying why: it is about what only a file has. */
static gboolean
file_only (StoreFixture *f,
           const char   *why)
{
  if (!ond_pg_is_uri (f->path))
    return FALSE;
  g_test_skip (why);
  return TRUE;
}

static void
make_ours (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
}

/* Opening @path must fail with @code and leave the file exactly as it was. */
static void
assert_refused_unchanged (const char *path,
                          int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *before = ond_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  store = ond_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, OND_STORE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  after = ond_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_create_new (StoreFixture  *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  gboolean server = ond_pg_is_uri (f->path);
  /* Where a new database says it is ours, at which version: a file in its header, a server
   * database in its table ond_database. */
  const char *application_id = server ? "SELECT application_id FROM ond_database"
                                      : "PRAGMA application_id";
  const char *version = server ? "SELECT schema_version FROM ond_database"
                               : "PRAGMA user_version";
  GStatBuf st;

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  /* A new file is created by the store; a server database was set up and seeded before
   * (--init-server and ond_store_seed_plan, ond-test-pg.c): opening it creates nothing. */
  g_assert_true (ond_store_was_created (store) == !server);
  g_assert_false (ond_store_is_read_only (store));
  g_assert_cmpstr (ond_store_get_path (store), ==, f->path);

  if (!server)
    {
      g_assert_cmpint (g_stat (f->path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }
  g_clear_object (&store);

  g_assert_cmpint (sql_int (f->path, application_id, 0), ==, OND_STORE_APPLICATION_ID);
  g_assert_cmpint (sql_int (f->path, version, 0), ==, OND_STORE_SCHEMA_VERSION);
  /* Version 12: the row versions of a case (test-migration-7.c), a case's intervention and a
   * budget line (test-migration-8.c), an action and funding (test-migration-9.c), a planning
   * row and a partner (test-migration-10.c), the registers' records (test-migration-11.c), a
   * booking, a figure value, an intervention, a theme and an agenda item (test-migration-12.c). */
  g_assert_cmpint (sql_int (f->path, version, 0), ==, 12);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM plan", 0), ==, 1);
  /* WAL mode is a property of the file: a new connection sees it. */
  if (!server)
    {
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==,
                       SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
      sqlite3_finalize (stmt);
      sqlite3_close (db);
    }
}

/* A process killed right after creating its database (before the WAL is checkpointed) must
 * leave a file that opens again as ours. */
static void
test_header_written_at_creation (StoreFixture  *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (f->path, &error);
  g_autofree char *contents = NULL;
  gsize len = 0;
  const guchar *h;

  if (file_only (f, "About a file's header bytes"))
    return;

  g_assert_no_error (error);
  /* The store is still open: read the main file as a crash would leave it. */
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >=, 100);
  h = (const guchar *) contents;
  g_assert_cmpuint (((guint32) h[68] << 24) | ((guint32) h[69] << 16) | ((guint32) h[70] << 8) | h[71],
                    ==, OND_STORE_APPLICATION_ID);
  g_assert_cmpuint (((guint32) h[60] << 24) | ((guint32) h[61] << 16) | ((guint32) h[62] << 8) | h[63],
                    ==, OND_STORE_SCHEMA_VERSION);

  /* And a second connection opens it while the first is still there. */
  {
    g_autoptr(OndStore) second = ond_store_open (f->path, &error);

    g_assert_no_error (error);
    g_assert_false (ond_store_was_created (second));
  }
}

static void
test_reopen_keeps_data (StoreFixture  *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  gint64 pillars;

  make_ours (f->path);
  pillars = sql_int (f->path, "SELECT count(*) FROM pillar", 0);
  sql_exec (f->path, "UPDATE plan SET title = 'Eigen titel'");

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_was_created (store));
  g_clear_object (&store);

  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM plan", 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pillar", 0), ==, pillars);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM plan WHERE title = 'Eigen titel'", 0),
                   ==, 1);
}

static void
test_missing_folder (StoreFixture  *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "x.db", NULL);

  store = ond_store_open (missing, &error);
  g_assert_null (store);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_MISSING_FOLDER);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_not_sqlite (StoreFixture  *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char junk[4096];

  if (file_only (f, "About files that are not SQLite (a server database: /server/foreign)"))
    return;

  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = (char) g_test_rand_int_range (0, 256);
  g_file_set_contents (f->path, junk, sizeof junk, &error);
  g_assert_no_error (error);
  assert_refused_unchanged (f->path, OND_STORE_ERROR_NOT_A_DATABASE);

  g_file_set_contents (f->path, "hello, I am a text file\n", -1, &error);
  g_assert_no_error (error);
  assert_refused_unchanged (f->path, OND_STORE_ERROR_NOT_A_DATABASE);

  /* An empty file is not a database of ours either; it is not silently filled. */
  g_file_set_contents (f->path, "", 0, &error);
  g_assert_no_error (error);
  assert_refused_unchanged (f->path, OND_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_truncated (StoreFixture  *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (file_only (f, "About a truncated file"))
    return;

  make_ours (f->path);
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 200);
  g_file_set_contents (f->path, contents, 60, &error);
  g_assert_no_error (error);
  assert_refused_unchanged (f->path, OND_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_foreign_sqlite (StoreFixture  *f,
                     gconstpointer  data)
{
  if (file_only (f, "About another application's file (a server database: /server/foreign)"))
    return;

  sql_exec (f->path, "CREATE TABLE contact (name TEXT); INSERT INTO contact VALUES ('x');");
  assert_refused_unchanged (f->path, OND_STORE_ERROR_FOREIGN);

  /* Another application's id. */
  sql_exec (f->path, "PRAGMA application_id = 1234");
  assert_refused_unchanged (f->path, OND_STORE_ERROR_FOREIGN);
}

static void
test_newer_schema (StoreFixture  *f,
                   gconstpointer  data)
{
  if (file_only (f, "About a file's PRAGMA user_version (a server database: /server/newer)"))
    return;

  make_ours (f->path);
  sql_exec (f->path, "PRAGMA user_version = 99");
  assert_refused_unchanged (f->path, OND_STORE_ERROR_NEWER);
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 99);
}

static void
test_directory (StoreFixture  *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (f->dir, &error);

  g_assert_null (store);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_read_only_file (StoreFixture  *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GListModel) plans = NULL;

  if (file_only (f, "About a file's permissions"))
    return;

  make_ours (f->path);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (ond_store_is_read_only (store));

  /* Viewing works. */
  plans = ond_store_list_plans (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1);
  g_clear_object (&store);

  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_read_only_folder (StoreFixture  *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *sub = g_build_filename (f->dir, "ro", NULL);
  g_autofree char *path = g_build_filename (sub, "plan.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  make_ours (path);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  g_assert_cmpint (g_chmod (sub, 0500), ==, 0);
  before = ond_test_file_checksum (path);

  store = ond_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (store));
  g_clear_object (&store);

  after = ond_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (sub, 0700);
}

/* Turns a new file back into what version 1 of the schema wrote (before issue 4's frozen
 * figures), with a record in it. */
static void
make_version_1 (const char *path)
{
  make_ours (path);
  sql_exec (path,
            "DROP TABLE indicator_frozen;"
            "DROP INDEX control_date; DROP INDEX measure_date;"
            "DROP INDEX stop_talk_date; DROP INDEX activity_date;"
            "CREATE INDEX booking_reference ON booking (reference);"
            "DROP TRIGGER booking_search_text_stale;"
            "ALTER TABLE booking DROP COLUMN search_text;"
            "DROP TABLE action_plan_item;"
            "DROP INDEX action_progress_action;"
            "DROP TABLE retention_setting;"
            "DROP INDEX case_event_case;"
            /* Migration 8's; case_file's and budget_line's go with migration 5's rebuild. */
            "ALTER TABLE case_intervention DROP COLUMN row_version;"
            /* Migration 12's; booking's and intervention's go with migration 5's rebuild. */
            "ALTER TABLE indicator_value DROP COLUMN row_version;"
            "ALTER TABLE theme DROP COLUMN row_version;"
            "ALTER TABLE meeting_item DROP COLUMN row_version;"
            "INSERT INTO control (date, kind, businesses, signals, note)"
            " VALUES ('2023-05-04', 'integraal', 9, 2, 'versie 1');"
            "PRAGMA user_version = 1;");
}

static void
test_upgrade_from_version_1 (StoreFixture  *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;

  if (file_only (f, "About the migrations of a file"))
    return;

  make_version_1 (f->path);
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 1);

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (ond_store_was_created (store));
  g_clear_object (&store);

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, OND_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master"
                                     " WHERE name = 'indicator_frozen'", 0), ==, 1);
  /* Migration 3 dropped the index nothing used. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master"
                                     " WHERE name = 'booking_reference'", 0), ==, 0);
  /* The records and the seeded plan are still there, and nothing was seeded twice. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM control WHERE note = 'versie 1'", 0),
                   ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM plan", 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM action", 0), ==, 51);
  g_assert_cmpint (sql_int (f->path, "PRAGMA application_id", 0), ==, OND_STORE_APPLICATION_ID);
  /* Migration 4 made the links of actions to planning rows. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master"
                                     " WHERE name = 'action_plan_item'", 0), ==, 1);
  /* Migration 6 made the retention periods, with their defaults. */
  g_assert_cmpint (sql_int (f->path, "SELECT sum(years) FROM retention_setting", 0), ==, 6);
}

/* Turns a new file back into what version 3 of the schema wrote (before issue 6's links of
 * actions to planning rows), with a progress note in it. */
static void
make_version_3 (const char *path)
{
  make_ours (path);
  sql_exec (path,
            "DROP TABLE action_plan_item;"
            "DROP INDEX action_progress_action;"
            "DROP TABLE retention_setting;"
            "DROP INDEX case_event_case;"
            /* Migration 8's; case_file's and budget_line's go with migration 5's rebuild. */
            "ALTER TABLE case_intervention DROP COLUMN row_version;"
            /* Migration 12's; booking's and intervention's go with migration 5's rebuild. */
            "ALTER TABLE indicator_value DROP COLUMN row_version;"
            "ALTER TABLE theme DROP COLUMN row_version;"
            "ALTER TABLE meeting_item DROP COLUMN row_version;"
            "INSERT INTO action_progress (action_id, date, note, who)"
            " VALUES (3, '2023-06-01', 'Training gegeven', 'versie 3');"
            "PRAGMA user_version = 3;");
}

static void
test_upgrade_from_version_3 (StoreFixture  *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;

  if (file_only (f, "About the migrations of a file"))
    return;

  make_version_3 (f->path);
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 3);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master"
                                     " WHERE name = 'action_plan_item'", 0), ==, 0);

  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (ond_store_was_created (store));
  g_clear_object (&store);

  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, OND_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master"
                                     " WHERE type = 'table' AND name = 'action_plan_item'", 0),
                   ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master"
                                     " WHERE name = 'action_progress_action'", 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM action_plan_item", 0), ==, 0);
  /* The plan and the progress note are still there, nothing seeded twice. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM action_progress"
                                     " WHERE who = 'versie 3'", 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM action", 0), ==, 51);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM plan_item", 0), ==, 34);
}

static void
test_read_only_version_1 (StoreFixture  *f,
                          gconstpointer  data)
{
  if (file_only (f, "About a file's permissions and migrations"))
    return;

  make_version_1 (f->path);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  /* Root writes whatever the mode says: the store must still treat the file as read-only
   * (no write bits) and refuse to upgrade it, leaving it as it was. */
  assert_refused_unchanged (f->path, OND_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 1);
}

/* A database on a network share is refused before a byte is read: the decision on the
 * file system's statfs type, for the shares a test machine cannot mount, and local file
 * systems (this test's own folder among them) that pass. */
static void
test_network_share (StoreFixture  *f,
                    gconstpointer  data)
{
  static const struct
  {
    unsigned long type;
    const char   *name;
  } shares[] = {
    { 0x6969UL, "NFS" }, { 0xFF534D42UL, "SMB/CIFS" }, { 0xFE534D42UL, "SMB2" },
    { 0x517BUL, "SMB" }, { 0x01021997UL, "9p" }, { 0x00C36400UL, "Ceph" },
  };
  /* ext4, tmpfs, btrfs, xfs, overlayfs, vfat */
  static const unsigned long local[] = {
    0xEF53UL, 0x01021994UL, 0x9123683EUL, 0x58465342UL, 0x794C7630UL, 0x4D44UL,
  };
  g_autoptr(OndStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (file_only (f, "About where a file lies"))
    return;

  for (gsize i = 0; i < G_N_ELEMENTS (shares); i++)
    {
      g_autofree char *kind = g_strdup_printf ("(%s)", shares[i].name);

      g_assert_false (_ond_store_check_filesystem (f->path, shares[i].type, &error));
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NETWORK_SHARE);
      g_assert_nonnull (strstr (error->message, f->path));
      g_assert_nonnull (strstr (error->message, kind));
      g_assert_nonnull (strstr (error->message, "network share"));
      g_assert_nonnull (strstr (error->message, "local"));
      g_clear_error (&error);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (local); i++)
    {
      g_assert_true (_ond_store_check_filesystem (f->path, local[i], &error));
      g_assert_no_error (error);
    }

  /* The real check, on this folder and then on the file made in it. */
  g_assert_true (_ond_store_check_location (f->path, &error));
  g_assert_no_error (error);
  store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (_ond_store_check_location (f->path, &error));
  g_assert_no_error (error);
}

/* What is removed for good (retention, erasure on request) is overwritten in the file: the
 * store's connection has PRAGMA secure_delete on, whatever SQLite's build default. */
static void
test_secure_delete (StoreFixture  *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (f->path, &error);
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row = FALSE;

  if (file_only (f, "About PRAGMA secure_delete of a file"))
    return;

  g_assert_no_error (error);
  stmt = _ond_store_prepare (store, "PRAGMA secure_delete", &error);
  g_assert_no_error (error);
  g_assert_true (ond_statement_step (stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  g_assert_cmpint (ond_statement_get_int64 (stmt, 0), ==, 1);
}

static void
count_cb (OndStore *store,
          guint    *count)
{
  (*count)++;
}

static void
test_changed_signal (StoreFixture  *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (f->path, &error);
  guint count = 0;

  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_signal_connect (store, "changed", G_CALLBACK (count_cb), &count);

  /* Two changes: no signal from inside the calls, one from the main loop afterwards. */
  g_assert_cmpint (ond_store_add_area (store, "Stadspolders", FALSE, &error), >, 0);
  g_assert_cmpint (ond_store_add_area (store, "Sterrenburg", FALSE, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (count, ==, 1);

  /* A refused change writes nothing and says nothing. */
  g_assert_cmpint (ond_store_add_area (store, "Sterrenburg", FALSE, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (count, ==, 1);

  /* A change just before the store is closed is not announced from a closed store. */
  g_assert_cmpint (ond_store_add_area (store, "Dubbeldam", FALSE, NULL), >, 0);
  ond_store_close (store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (count, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ond/store/create-new", StoreFixture, NULL,
              store_fixture_set_up, test_create_new, store_fixture_tear_down);
  g_test_add ("/ond/store/header-written-at-creation", StoreFixture, NULL,
              store_fixture_set_up, test_header_written_at_creation, store_fixture_tear_down);
  g_test_add ("/ond/store/reopen-keeps-data", StoreFixture, NULL,
              store_fixture_set_up, test_reopen_keeps_data, store_fixture_tear_down);
  g_test_add ("/ond/store/missing-folder", StoreFixture, NULL,
              store_fixture_set_up, test_missing_folder, store_fixture_tear_down);
  g_test_add ("/ond/store/not-sqlite", StoreFixture, NULL,
              store_fixture_set_up, test_not_sqlite, store_fixture_tear_down);
  g_test_add ("/ond/store/truncated", StoreFixture, NULL,
              store_fixture_set_up, test_truncated, store_fixture_tear_down);
  g_test_add ("/ond/store/foreign-sqlite", StoreFixture, NULL,
              store_fixture_set_up, test_foreign_sqlite, store_fixture_tear_down);
  g_test_add ("/ond/store/newer-schema", StoreFixture, NULL,
              store_fixture_set_up, test_newer_schema, store_fixture_tear_down);
  g_test_add ("/ond/store/directory", StoreFixture, NULL,
              store_fixture_set_up, test_directory, store_fixture_tear_down);
  g_test_add ("/ond/store/read-only-file", StoreFixture, NULL,
              store_fixture_set_up, test_read_only_file, store_fixture_tear_down);
  g_test_add ("/ond/store/read-only-folder", StoreFixture, NULL,
              store_fixture_set_up, test_read_only_folder, store_fixture_tear_down);
  g_test_add ("/ond/store/upgrade-from-version-1", StoreFixture, NULL,
              store_fixture_set_up, test_upgrade_from_version_1, store_fixture_tear_down);
  g_test_add ("/ond/store/upgrade-from-version-3", StoreFixture, NULL,
              store_fixture_set_up, test_upgrade_from_version_3, store_fixture_tear_down);
  g_test_add ("/ond/store/read-only-version-1", StoreFixture, NULL,
              store_fixture_set_up, test_read_only_version_1, store_fixture_tear_down);
  g_test_add ("/ond/store/network-share", StoreFixture, NULL,
              store_fixture_set_up, test_network_share, store_fixture_tear_down);
  g_test_add ("/ond/store/secure-delete", StoreFixture, NULL,
              store_fixture_set_up, test_secure_delete, store_fixture_tear_down);
  g_test_add ("/ond/store/changed-signal", StoreFixture, NULL,
              store_fixture_set_up, test_changed_signal, store_fixture_tear_down);

  return g_test_run ();
}
