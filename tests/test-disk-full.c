/* test-disk-full.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A full disk under the database itself (issue 8, point 2). The test mounts a small tmpfs
 * in a mount namespace of its own (as root, CI's case, a plain one; otherwise inside a user
 * namespace), so nothing outside the process sees it and it goes when the test ends. On it:
 *
 * - edits until the disk is full: the one that does not fit is refused with a clear message
 *   and writes nothing, every edit confirmed before it is there, the store still reads, and
 *   once space is freed the next edit goes through; the file passes integrity_check;
 * - a booking import that does not fit is refused whole;
 * - a new database on a full disk is refused and leaves no file behind.
 */

#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "ond-booking-import.h"
#include "ond-case-draft.h"
#include "ond-case.h"
#include "ond-plan.h"
#include "ond-store-cases.h"
#include "ond-store.h"
#include "ond-test-util.h"

/* The tmpfs: room for a seeded database (about 1 MB with its WAL) and its growth. */
#define DISK_SIZE "8m"
/* The room left for edits: a few dozen of the cases below (each commit adds its pages to
 * the write-ahead log). */
#define ROOM (2 * 1024 * 1024)

static char *mount_point;

static gboolean
write_map (const char *file,
           const char *text)
{
  int fd = open (file, O_WRONLY);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = write (fd, text, strlen (text)) == (ssize_t) strlen (text);
  close (fd);
  return ok;
}

/* Mounts the small tmpfs at a fresh folder in a mount namespace of this process alone.
 * Must run before any thread exists (unshare of a user namespace needs that). */
static gboolean
mount_small_disk (char **message)
{
  char template[] = "/tmp/ond-disk-full-XXXXXX";
  uid_t uid = geteuid ();
  gid_t gid = getegid ();

  if (mkdtemp (template) == NULL)
    {
      *message = g_strdup_printf ("mkdtemp: %s", g_strerror (errno));
      return FALSE;
    }
  mount_point = g_strdup (template);

  if (uid == 0)
    {
      if (unshare (CLONE_NEWNS) != 0)
        {
          *message = g_strdup_printf ("unshare(CLONE_NEWNS): %s", g_strerror (errno));
          return FALSE;
        }
    }
  else
    {
      g_autofree char *uid_map = g_strdup_printf ("%u %u 1\n", (guint) uid, (guint) uid);
      g_autofree char *gid_map = g_strdup_printf ("%u %u 1\n", (guint) gid, (guint) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0 ||
          !write_map ("/proc/self/setgroups", "deny") ||
          !write_map ("/proc/self/uid_map", uid_map) ||
          !write_map ("/proc/self/gid_map", gid_map))
        {
          *message = g_strdup_printf ("unshare(CLONE_NEWUSER | CLONE_NEWNS): %s",
                                      g_strerror (errno));
          return FALSE;
        }
    }
  /* Mounts made here must not reach the other namespaces: make them private. In a chroot
   * "/" may be no mount point (EINVAL); then the mounts we see are the chroot's own bind
   * mounts at most, and a tmpfs over a folder of ours reaches no one who looks. */
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 && errno != EINVAL)
    {
      *message = g_strdup_printf ("making / private: %s", g_strerror (errno));
      return FALSE;
    }
  if (mount ("tmpfs", mount_point, "tmpfs", 0, "size=" DISK_SIZE ",mode=0700") != 0)
    {
      *message = g_strdup_printf ("mount tmpfs on %s: %s", mount_point, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* Fills the disk with a file of zeros until nothing more fits. */
static void
fill_disk (const char *filler)
{
  static const char block[4096];
  int fd = open (filler, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  while (write (fd, block, sizeof block) > 0)
    ;
  /* Then the last partial block, byte by byte. */
  while (write (fd, block, 1) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);
}

/* Frees @bytes at the end of the filler. */
static void
make_room (const char *filler,
           gint64      bytes)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (filler, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, bytes);
  g_assert_cmpint (truncate (filler, st.st_size - bytes), ==, 0);
}

static char *
fresh_path (const char *name)
{
  g_autofree char *dir = g_build_filename (mount_point, name, NULL);

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  return g_build_filename (dir, "plan.db", NULL);
}

static gint64
sql_count (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static char *
sql_one_text (const char *path,
              const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

static OndCaseDraft *
draft_for (int n)
{
  OndCaseDraft *draft = ond_case_draft_new ();
  g_autofree char *subject = g_strdup_printf ("Persoon %d", n);
  /* A long summary, so that the disk fills in a few hundred cases. */
  g_autofree char *summary = g_strnfill (2000, 'x');

  draft->date_received = g_strdup ("2024-03-01");
  draft->source = g_strdup ("mma");
  draft->subject_kind = g_strdup ("persoon");
  draft->subject_name = g_steal_pointer (&subject);
  draft->address = g_strdup ("Voorstraat 1");
  draft->summary = g_steal_pointer (&summary);
  return draft;
}

static void
assert_disk_full_error (const GError *error)
{
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "full"));
  g_assert_nonnull (strstr (error->message, "Nothing was changed"));
}

/* Edits until the disk is full, then free space and go on. */
static void
test_edits (void)
{
  g_autofree char *path = fresh_path ("edits");
  g_autofree char *filler = g_build_filename (mount_point, "edits", "filler", NULL);
  g_autoptr(GDateTime) today = g_date_time_new_local (2024, 6, 1, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (path, &error);
  g_autoptr(GPtrArray) confirmed = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *integrity = NULL;
  gint64 id = 1;
  gint64 last_id = 0;

  g_assert_no_error (error);
  /* Full, then room for some cases: they go in, and the disk fills while editing. */
  fill_disk (filler);
  make_room (filler, ROOM);

  /* Every edit that says it succeeded is confirmed; the loop ends at the first refusal. */
  for (int n = 1; n <= 100000 && id != 0; n++)
    {
      g_autoptr(OndCaseDraft) draft = draft_for (n);
      g_autofree char *reference = NULL;

      id = ond_store_create_case (store, draft, today, &reference, &error);
      if (id != 0)
        {
          g_ptr_array_add (confirmed, g_steal_pointer (&reference));
          last_id = id;
        }
    }
  g_assert_cmpint (id, ==, 0);
  assert_disk_full_error (error);
  g_clear_error (&error);
  g_test_message ("%u cases fitted before the disk was full", confirmed->len);
  g_assert_cmpuint (confirmed->len, >, 10);

  /* The store still reads, and holds every confirmed case, in the window's own view. */
  if (last_id != 0)
    {
      g_autoptr(OndCase) kase = ond_store_get_case (store, last_id, &error);

      g_assert_no_error (error);
      g_assert_nonnull (kase);
    }

  /* Free the space: the next edit goes through. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  {
    g_autoptr(OndCaseDraft) draft = draft_for (0);
    g_autofree char *reference = NULL;

    id = ond_store_create_case (store, draft, today, &reference, &error);
    g_assert_no_error (error);
    g_assert_cmpint (id, >, 0);
    g_ptr_array_add (confirmed, g_steal_pointer (&reference));
  }
  g_clear_object (&store);

  /* Read back with plain SQLite: every confirmed case, nothing else, and a sound file. */
  integrity = sql_one_text (path, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (sql_count (path, "SELECT count(*) FROM case_file"), ==, confirmed->len);
  for (guint i = 0; i < confirmed->len; i++)
    {
      g_autofree char *sql =
        g_strdup_printf ("SELECT count(*) FROM case_file WHERE reference = '%s'",
                         (const char *) confirmed->pdata[i]);

      g_assert_cmpint (sql_count (path, sql), ==, 1);
    }
}

/* A booking import that does not fit is refused whole. */
static void
test_import (void)
{
  g_autofree char *path = fresh_path ("import");
  g_autofree char *filler = g_build_filename (mount_point, "import", "filler", NULL);
  g_autoptr(GString) csv = g_string_new ("Datum;Kostenpost;Bedrag;Soort;Omschrijving;"
                                         "Referentie;Leverancier\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (path, &error);
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(OndPlan) plan = NULL;
  guint n_added = 0;
  gint64 bookings_before;
  gint64 batches_before;

  g_assert_no_error (error);
  for (int i = 0; i < 20000; i++)
    g_string_append_printf (csv, "%02d-%02d-2024;Integrale controles;1.250,00;realisatie;"
                            "Inhuur projectleider %d;F%06d;Leverancier %d\n",
                            1 + i % 28, 1 + i % 12, i, i, i % 50);

  plan = ond_store_dup_current_plan (store, &error);
  g_assert_no_error (error);
  import = ond_booking_import_prepare_data (store, ond_plan_get_id (plan), "boekingen.csv",
                                            csv->str, csv->len, NULL);
  g_assert_cmpuint (ond_booking_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (ond_booking_import_get_bookings (import)->len, ==, 20000);

  bookings_before = sql_count (path, "SELECT count(*) FROM booking");
  batches_before = sql_count (path, "SELECT count(*) FROM import_batch");

  fill_disk (filler);
  g_assert_false (ond_store_import_bookings (store, import, NULL, NULL, NULL, &n_added, &error));
  assert_disk_full_error (error);
  g_clear_error (&error);
  g_clear_object (&import);
  g_clear_object (&store);

  g_assert_cmpint (g_unlink (filler), ==, 0);
  g_assert_cmpint (sql_count (path, "SELECT count(*) FROM booking"), ==, bookings_before);
  g_assert_cmpint (sql_count (path, "SELECT count(*) FROM import_batch"), ==, batches_before);
  {
    g_autofree char *integrity = sql_one_text (path, "PRAGMA integrity_check");

    g_assert_cmpstr (integrity, ==, "ok");
  }
}

/* A new database on a full disk: refused, and no file left. */
static void
test_new_database (void)
{
  g_autofree char *path = fresh_path ("new");
  g_autofree char *filler = g_build_filename (mount_point, "new", "filler", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;

  fill_disk (filler);
  store = ond_store_open (path, &error);
  g_assert_null (store);
  assert_disk_full_error (error);

  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_cmpstr (name, ==, "filler");
  g_assert_cmpint (g_unlink (filler), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *message = NULL;
  int status;

  if (!mount_small_disk (&message))
    {
      g_printerr ("test-disk-full: cannot mount a small tmpfs: %s\n", message);
      if (mount_point != NULL)
        g_rmdir (mount_point);
      return 1;
    }

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/disk-full/edits", test_edits);
  g_test_add_func ("/disk-full/import", test_import);
  g_test_add_func ("/disk-full/new-database", test_new_database);
  status = g_test_run ();

  umount2 (mount_point, MNT_DETACH);
  g_rmdir (mount_point);
  return status;
}
