/* test-server-copy-progress.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress of a copy to a team server and back (issue 9, --copy-to; the copy itself,
 * its refusals and its failures: test-server-copy.c): the progress function hears rising
 * counts up to the source's rows, copied first and then checked, and a copy cancelled from
 * it, while it copies or while it checks, leaves the server database as it was and makes no
 * file; the copy goes through afterwards. Runs on the private test cluster of `make check`
 * (suite pg).
 */

#include "config.h"

#include "ond-test-pg.h"
#include "test-case-util.h"
#include "test-server-copy-util.h"

/* What the progress function heard, and when it cancels. */
typedef struct
{
  GArray            *calls;        /* OndStoreCopyProgress, the table names not kept */
  GPtrArray         *tables;       /* the table named by each call */
  GCancellable      *cancellable;
  OndStoreCopyStage  cancel_stage;
  gint64             cancel_after; /* rows of cancel_stage; 0: never cancels */
} Progress;

static void
progress_init (Progress          *p,
               OndStoreCopyStage  cancel_stage,
               gint64             cancel_after)
{
  p->calls = g_array_new (FALSE, FALSE, sizeof (OndStoreCopyProgress));
  p->tables = g_ptr_array_new_with_free_func (g_free);
  p->cancellable = g_cancellable_new ();
  p->cancel_stage = cancel_stage;
  p->cancel_after = cancel_after;
}

static void
progress_clear (Progress *p)
{
  g_array_unref (p->calls);
  g_ptr_array_unref (p->tables);
  g_object_unref (p->cancellable);
}

static void
on_progress (const OndStoreCopyProgress *progress,
             gpointer                    user_data)
{
  Progress *p = user_data;
  OndStoreCopyProgress copy = *progress;

  copy.table = NULL;
  g_array_append_val (p->calls, copy);
  g_ptr_array_add (p->tables, g_strdup (progress->table));
  if (p->cancel_after > 0 && progress->stage == p->cancel_stage &&
      progress->rows_done >= p->cancel_after)
    g_cancellable_cancel (p->cancellable);
}

/* Every row of every table of the file @path, counted with plain SQL. */
static gint64
count_all_rows (const char *path)
{
  g_auto(GStrv) tables = file_tables (path);
  gint64 total = 0;

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      total += sql_int (path, sql, 0);
    }
  return total;
}

/* A source of a few thousand rows: the progress is told many times on the way. */
static void
fill_areas (Fixture *f)
{
  sql_exec (f->path, "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                     " WHERE i < 2000)"
                     " INSERT INTO area (name, position) SELECT 'Buurt ' || i, 1000 + i FROM n");
  new_case_in (f, OND_CASE_STATUS_WEIGHED);
}

/* The calls of @stage rise (never fall), table by table, and end at @total. */
static void
assert_rising (Progress          *p,
               OndStoreCopyStage  stage,
               gint64             total,
               guint              n_tables)
{
  gint64 last_rows = -1;
  guint last_table = 0;
  guint n_calls = 0;
  guint n_in_areas = 0;

  for (guint i = 0; i < p->calls->len; i++)
    {
      const OndStoreCopyProgress *call = &g_array_index (p->calls, OndStoreCopyProgress, i);

      if (call->stage != stage)
        continue;
      n_calls++;
      g_assert_cmpint (call->rows_total, ==, total);
      g_assert_cmpuint (call->n_tables, ==, n_tables);
      g_assert_cmpint (call->rows_done, >=, last_rows);
      g_assert_cmpint (call->rows_done, <=, total);
      g_assert_cmpuint (call->table_index, >=, last_table);
      g_assert_cmpuint (call->table_index, >=, 1);
      g_assert_cmpuint (call->table_index, <=, n_tables);
      g_assert_nonnull (g_ptr_array_index (p->tables, i));
      if (g_str_equal (g_ptr_array_index (p->tables, i), "area"))
        n_in_areas++;
      last_rows = call->rows_done;
      last_table = call->table_index;
    }
  g_assert_cmpuint (n_calls, >, 0);
  g_assert_cmpint (last_rows, ==, total);
  g_assert_cmpuint (last_table, ==, n_tables);
  /* Told at each table, and every OND_COPY_PROGRESS_ROWS (200) rows: ten times and more
   * within the 2000 areas alone. */
  g_assert_cmpuint (n_in_areas, >=, 2 + 2000 / 200);
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autofree char *uri = ond_test_pg_new_empty ();
  g_auto(GStrv) names = NULL;
  gint64 total;
  Progress p;

  fill_areas (f);
  total = count_all_rows (f->path);
  names = file_tables (f->path);
  g_assert_cmpint (total, >, 2000);

  progress_init (&p, OND_STORE_COPY_COPYING, 0);
  g_assert_true (ond_store_copy_to_with_progress (f->store, uri, on_progress, &p, p.cancellable,
                                                  &tables, &error));
  g_assert_no_error (error);
  assert_rising (&p, OND_STORE_COPY_COPYING, total, g_strv_length (names));
  assert_rising (&p, OND_STORE_COPY_CHECKING, total, g_strv_length (names));
  /* First every row is copied, then checked. */
  g_assert_cmpint (g_array_index (p.calls, OndStoreCopyProgress, 0).stage, ==,
                   OND_STORE_COPY_COPYING);
  g_assert_cmpint (g_array_index (p.calls, OndStoreCopyProgress, p.calls->len - 1).stage, ==,
                   OND_STORE_COPY_CHECKING);
  /* The names are the tables copied, in the order of the report. */
  for (guint i = 0; i < p.calls->len; i++)
    {
      const OndStoreCopyProgress *call = &g_array_index (p.calls, OndStoreCopyProgress, i);
      const OndStoreCopiedTable *copied = g_ptr_array_index (tables, call->table_index - 1);

      g_assert_cmpstr (g_ptr_array_index (p.tables, i), ==, copied->table);
    }
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==,
                   sql_int (f->path, "SELECT count(*) FROM area", 0));
  progress_clear (&p);
  ond_test_pg_drop_database (uri);
}

/* A copy cancelled when @stage has done @after rows fails with G_IO_ERROR_CANCELLED, while it
 * was not done yet. */
static void
copy_cancelled (OndStore          *from,
                const char        *to,
                OndStoreCopyStage  stage,
                gint64             after)
{
  g_autoptr(GError) error = NULL;
  Progress p;
  const OndStoreCopyProgress *last;

  progress_init (&p, stage, after);
  g_assert_false (ond_store_copy_to_with_progress (from, to, on_progress, &p, p.cancellable,
                                                   NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_cancellable_is_cancelled (p.cancellable));
  last = &g_array_index (p.calls, OndStoreCopyProgress, p.calls->len - 1);
  g_assert_cmpint (last->stage, ==, stage);
  g_assert_cmpint (last->rows_done, >=, after);
  g_assert_cmpint (last->rows_done, <, last->rows_total);
  progress_clear (&p);
}

static void
test_cancel_leaves_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) server = NULL;
  g_autofree char *uri = ond_test_pg_new_empty ();
  g_autofree char *back = g_build_filename (f->dir, "back.db", NULL);
  g_autofree char *before = dump_all_tables (uri);
  g_autofree char *journal = g_strconcat (back, "-journal", NULL);
  g_autofree char *wal = g_strconcat (back, "-wal", NULL);
  gint64 plans = sql_int (f->path, "SELECT count(*) FROM plan", 0);

  fill_areas (f);

  /* Into the server, cancelled while it copies and while it checks: as it was, empty. */
  copy_cancelled (f->store, uri, OND_STORE_COPY_COPYING, 1000);
  assert_unchanged (uri, before);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==, 0);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM plan", 0), ==, 0);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM case_file", 0), ==, 0);
  copy_cancelled (f->store, uri, OND_STORE_COPY_CHECKING, 1000);
  assert_unchanged (uri, before);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM area", 0), ==, 0);

  /* The copy goes through afterwards, as nothing was left behind. */
  g_assert_true (ond_store_copy_to (f->store, uri, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM plan", 0), ==, plans);

  /* From the server into a new file, cancelled either way: no file. */
  server = ond_store_open (uri, &error);
  g_assert_no_error (error);
  copy_cancelled (server, back, OND_STORE_COPY_COPYING, 1000);
  g_assert_false (g_file_test (back, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  copy_cancelled (server, back, OND_STORE_COPY_CHECKING, 1000);
  g_assert_false (g_file_test (back, G_FILE_TEST_EXISTS));
  g_assert_true (ond_store_copy_to (server, back, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (back, "SELECT count(*) FROM area", 0), ==,
                   sql_int (f->path, "SELECT count(*) FROM area", 0));

  g_clear_object (&server);
  ond_test_pg_drop_database (uri);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("OND_TEST_PG") == NULL)
    {
      g_test_skip ("no PostgreSQL test cluster (OND_TEST_PG): run through make check");
      return g_test_run ();
    }
  ADD_TEST ("/server-copy/progress", test_progress);
  ADD_TEST ("/server-copy/cancel-leaves-nothing", test_cancel_leaves_nothing);
  return g_test_run ();
}
