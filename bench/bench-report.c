/* bench-report.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times the council's outputs from the command line (issue 8: the report under a second):
 *
 *   bench-report [--runs N] [--year YEAR] ONDERMIJNING CASES.db
 *
 * A realistic database is made first in a scratch folder: a copy of CASES.db (the seeded
 * plan and 100,000 cases, made by gen-cases) into which 100,000 bookings are imported. Each
 * run then starts `ondermijning --database DB --year YEAR --export-pdf OUT.pdf` and the same
 * with --export-xlsx (the council workbook), timed from the spawn to the exit, with the
 * peak memory of the process (getrusage); and, as the reference, the same two commands on a
 * freshly seeded database without cases or bookings: what the data adds. Prints the medians
 * of --runs runs (default 5); exits 1 when the PDF report takes a second or more.
 *
 * With OND_TEST_PG set, both databases are copied to new databases of that PostgreSQL
 * cluster (bench-server.h) and every figure is taken again with --database URI, labelled
 * PostgreSQL, the PDF report held to the same target (about 0.5 s there on the build
 * machine).
 */

#define G_LOG_DOMAIN "bench-report"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "bench-server.h"
#include "bench-util.h"
#include "ond-booking-import.h"
#include "ond-plan.h"
#include "ond-store.h"

#define BOOKINGS 100000
#define TARGET_SECONDS 1.0

typedef struct
{
  GArray *times;
  GArray *kb;
} Figures;

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
}

/* Imports @csv into @db, as --import-bookings does. */
static void
import_bookings (const char *db,
                 const char *csv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (db, &error);
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(OndBookingImport) import = NULL;
  guint n_added = 0;

  if (store == NULL)
    g_error ("%s", error->message);
  plan = ond_store_dup_current_plan (store, &error);
  if (plan == NULL)
    g_error ("%s", error->message);
  import = ond_booking_import_prepare (store, ond_plan_get_id (plan), csv, NULL, &error);
  if (import == NULL)
    g_error ("%s", error->message);
  if (!ond_store_import_bookings (store, import, NULL, NULL, NULL, &n_added, &error))
    g_error ("%s", error->message);
  if (n_added != BOOKINGS)
    g_error ("%u bookings imported, not %u", n_added, BOOKINGS);
  ond_store_close (store);
}

static void
run (const char *app,
     const char *db,
     const char *year,
     const char *option,
     const char *out,
     Figures    *figures)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { app, "--database", db, "--year", year, option, out, NULL };
  BenchChild child;

  if (!bench_run_child (argv, NULL, &child, &error))
    g_error ("%s", error->message);
  if (!g_file_test (out, G_FILE_TEST_IS_REGULAR))
    g_error ("%s wrote no %s", app, out);
  g_unlink (out);
  g_array_append_val (figures->times, child.seconds);
  g_array_append_val (figures->kb, child.max_rss_kb);
  bench_child_clear (&child);
}

static void
figures_init (Figures *figures)
{
  figures->times = g_array_new (FALSE, FALSE, sizeof (double));
  figures->kb = g_array_new (FALSE, FALSE, sizeof (glong));
}

static void
figures_clear (Figures *figures)
{
  g_array_unref (figures->times);
  g_array_unref (figures->kb);
}

/* Prints the RESULT line of one output; returns its median time. */
static double
report (const char *operation,
        Figures    *ours,
        Figures    *empty,
        const char *target,
        gboolean    has_target)
{
  double mine = bench_median (ours->times);
  double base = bench_median (empty->times);
  g_autofree char *mine_text = bench_format_seconds (mine);
  g_autofree char *base_text = bench_format_seconds (base);
  g_autofree char *reference = g_strdup_printf ("%s (empty database)", base_text);
  g_autofree char *memory = g_strdup_printf ("%ld MB (empty database %ld MB)",
                                             bench_median_long (ours->kb) / 1024,
                                             bench_median_long (empty->kb) / 1024);

  bench_print_result (operation, mine_text, reference, mine / base, target,
                      has_target ? (mine < TARGET_SECONDS ? "yes" : "no") : "—", memory);
  return mine;
}

/* Every figure with --database @db and, for the reference, @empty_db (files or server
 * URIs), labelled with their backend; returns the PDF report's median time. */
static double
measure (const char *app,
         const char *db,
         const char *empty_db,
         int         year,
         int         runs,
         const char *pdf,
         const char *xlsx)
{
  const char *backend = bench_backend_name (db);
  g_autofree char *year_text = g_strdup_printf ("%d", year);
  g_autofree char *pdf_label = g_strdup_printf ("PDF report export (--export-pdf), 100,000 "
                                                "cases + bookings, %s", backend);
  g_autofree char *xlsx_label = g_strdup_printf ("council workbook (--export-xlsx), 100,000 "
                                                 "cases + bookings, %s", backend);
  Figures pdf_ours, pdf_empty, xlsx_ours, xlsx_empty;
  double pdf_seconds;

  figures_init (&pdf_ours);
  figures_init (&pdf_empty);
  figures_init (&xlsx_ours);
  figures_init (&xlsx_empty);
  /* One of each first, not counted (the disk cache). */
  run (app, db, year_text, "--export-pdf", pdf, &pdf_ours);
  run (app, empty_db, year_text, "--export-pdf", pdf, &pdf_empty);
  g_array_set_size (pdf_ours.times, 0);
  g_array_set_size (pdf_ours.kb, 0);
  g_array_set_size (pdf_empty.times, 0);
  g_array_set_size (pdf_empty.kb, 0);
  for (int i = 0; i < runs; i++)
    {
      run (app, db, year_text, "--export-pdf", pdf, &pdf_ours);
      run (app, empty_db, year_text, "--export-pdf", pdf, &pdf_empty);
      run (app, db, year_text, "--export-xlsx", xlsx, &xlsx_ours);
      run (app, empty_db, year_text, "--export-xlsx", xlsx, &xlsx_empty);
      g_print ("run %d: PDF %.0f ms (empty database %.0f ms), workbook %.0f ms (%.0f ms)\n",
               i + 1, g_array_index (pdf_ours.times, double, i) * 1000,
               g_array_index (pdf_empty.times, double, i) * 1000,
               g_array_index (xlsx_ours.times, double, i) * 1000,
               g_array_index (xlsx_empty.times, double, i) * 1000);
    }

  g_print ("Median of %d runs, year %d, 100,000 cases and %d bookings; from the start of "
           "the process to its exit, on %s:\n", runs, year, BOOKINGS, backend);
  pdf_seconds = report (pdf_label, &pdf_ours, &pdf_empty, "< 1 s", TRUE);
  report (xlsx_label, &xlsx_ours, &xlsx_empty, "—", FALSE);

  figures_clear (&pdf_ours);
  figures_clear (&pdf_empty);
  figures_clear (&xlsx_ours);
  figures_clear (&xlsx_empty);
  return pdf_seconds;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("ONDERMIJNING CASES.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *empty_db = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;
  int runs = 5;
  int year = 2024;
  GOptionEntry entries[] = {
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs of each (default 5)", "N" },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, "The reporting year (default 2024)", "YEAR" },
    { NULL },
  };
  double pdf_seconds;
  double server_seconds = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3 || runs < 1)
    {
      g_printerr ("Usage: %s [--runs N] [--year YEAR] ONDERMIJNING CASES.db\n",
                  g_get_prgname ());
      return 2;
    }

  dir = g_dir_make_tmp ("bench-report-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  db = g_build_filename (dir, "report.db", NULL);
  empty_db = g_build_filename (dir, "empty.db", NULL);
  csv = g_build_filename (dir, "boekingen.csv", NULL);
  pdf = g_build_filename (dir, "report.pdf", NULL);
  xlsx = g_build_filename (dir, "report.xlsx", NULL);

  copy_file (argv[2], db);
  bench_write_bookings_csv (csv, BOOKINGS);
  import_bookings (db, csv);
  {
    g_autoptr(OndStore) store = ond_store_open (empty_db, &error);

    if (store == NULL)
      g_error ("%s", error->message);
    ond_store_close (store);
  }

  pdf_seconds = measure (argv[1], db, empty_db, year, runs, pdf, xlsx);
  if (bench_server_conninfo () != NULL)
    {
      double seconds = 0;
      g_autofree char *uri = bench_server_new_database (db, &seconds);
      g_autofree char *empty_uri = bench_server_new_database (empty_db, NULL);

      g_print ("\nOn the PostgreSQL server (OND_TEST_PG), a copy of the same database "
               "(copied in %.1f s):\n", seconds);
      server_seconds = measure (argv[1], uri, empty_uri, year, runs, pdf, xlsx);
      bench_server_drop_database (uri);
      bench_server_drop_database (empty_uri);
    }
  {
    static const char * const names[] = {
      "report.db", "report.db-wal", "report.db-shm", "empty.db", "empty.db-wal",
      "empty.db-shm", "boekingen.csv",
    };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = g_build_filename (dir, names[i], NULL);

        g_unlink (path);
      }
  }
  g_rmdir (dir);
  return pdf_seconds < TARGET_SECONDS && server_seconds < TARGET_SECONDS ? EXIT_SUCCESS
                                                                         : EXIT_FAILURE;
}
