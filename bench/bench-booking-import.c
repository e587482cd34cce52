/* bench-booking-import.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times the import of bookings (issue 5: "an import of 100,000 rows ... stays within twice
 * the time that the sqlite3 shell's .import needs for the same file"):
 *
 *   bench-booking-import [--rows N] [--runs N] [--sqlite3 PATH]
 *
 * Writes a CSV export of N bookings (default 100,000) in the default format into a scratch
 * folder, then per run: ond_booking_import_prepare () + ond_store_import_bookings () into a
 * fresh copy of a seeded database, against the sqlite3 shell importing the same file into a
 * plain table of a new database (`.mode csv`, `.separator ;`, `.import`, which also starts
 * the shell), and, for comparison, the shell importing it and moving the rows into the
 * table booking of a seeded copy without checking them (what SQLite itself needs for the
 * table's indexes and constraints). Prints the median of --runs runs (default 3) of each
 * and the ratios; exits 1 when the import takes more than twice the plain .import, 77
 * (skipped) when there is no sqlite3 shell. Our import runs in a child (this program with
 * --child), so that getrusage gives its peak memory, as it gives the shell's.
 *
 * With OND_TEST_PG set, the import runs again into a new database of that PostgreSQL
 * cluster holding a copy of the seeded database (bench-server.h), against psql's \copy of
 * the same file into a plain table of a new database (what .import is for the file),
 * labelled PostgreSQL; those figures are reported, not held to the target.
 */

#define G_LOG_DOMAIN "bench-booking-import"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "bench-server.h"
#include "bench-util.h"
#include "ond-booking-import.h"
#include "ond-plan.h"
#include "ond-store.h"

/* What a run leaves in the scratch folder. */
static const char * const scratch[] = {
  "boekingen.csv", "seeded.db", "seeded.db-wal", "seeded.db-shm", "import.db",
  "import.db-wal", "import.db-shm", "import.db-journal", "plain.db", "plain.db-journal",
  "plain.db-wal", "plain.db-shm",
};

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

/* Seconds for prepare + import into a copy of @seeded, or into the server database @db
 * (a copy of it already). */
static double
time_ours (const char *seeded,
           const char *db,
           const char *csv,
           guint       rows)
{
  g_autoptr(OndStore) store = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start, middle, end;
  guint n_added = 0;

  if (!g_str_has_prefix (db, "postgresql://"))
    copy_file (seeded, db);
  store = ond_store_open (db, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  plan = ond_store_dup_current_plan (store, &error);
  if (plan == NULL)
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  import = ond_booking_import_prepare (store, ond_plan_get_id (plan), csv, NULL, &error);
  if (import == NULL)
    g_error ("%s", error->message);
  if (ond_booking_import_get_problems (import)->len > 0)
    g_error ("the generated file has problems");
  middle = g_get_monotonic_time ();
  if (!ond_store_import_bookings (store, import, NULL, NULL, NULL, &n_added, &error))
    g_error ("%s", error->message);
  /* The shell's time includes closing the database: so does ours. */
  g_clear_object (&import);
  g_clear_object (&store);
  end = g_get_monotonic_time ();

  if (n_added != rows)
    g_error ("%u rows added, not %u", n_added, rows);
  g_print ("  (read and checked in %.3f s, written and closed in %.3f s)\n",
           (middle - start) / 1e6, (end - middle) / 1e6);
  return (end - start) / 1e6;
}

/* time_ours () in a child (this program with --child), for its peak memory in @kb. */
static double
time_ours_child (const char *seeded,
                 const char *db,
                 const char *csv,
                 guint       rows,
                 glong      *kb)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self = g_file_read_link ("/proc/self/exe", &error);
  g_autofree char *rows_text = g_strdup_printf ("%u", rows);
  const char *argv[] = { self, "--child", seeded, db, csv, rows_text, NULL };
  const char *line;
  BenchChild child;
  double seconds;

  if (self == NULL || !bench_run_child (argv, NULL, &child, &error))
    g_error ("%s", error->message);
  line = strstr (child.out, "seconds ");
  if (line == NULL)
    g_error ("The import printed no time: %s", child.out);
  seconds = g_ascii_strtod (line + strlen ("seconds "), NULL);
  g_print ("%.*s", (int) (line - child.out), child.out);
  *kb = child.max_rss_kb;
  bench_child_clear (&child);
  return seconds;
}

/* Seconds for the sqlite3 shell running @commands (after `.mode csv` and `.separator ;`)
 * on @db, process start included; its peak memory in @kb. */
static double
time_shell (const char         *sqlite3,
            const char         *db,
            const char * const *commands,
            glong              *kb)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  BenchChild child;
  double seconds;

  g_strv_builder_add_many (builder, sqlite3, "-bail", "-cmd", ".mode csv", "-cmd",
                           ".separator ;", db, NULL);
  g_strv_builder_addv (builder, (const char **) commands);
  argv = g_strv_builder_end (builder);

  if (!bench_run_child ((const char * const *) argv, NULL, &child, &error))
    g_error ("%s", error->message);
  seconds = child.seconds;
  *kb = child.max_rss_kb;
  bench_child_clear (&child);
  return seconds;
}

/* The shell's .import of @csv into a plain table of a new database: what the issue
 * measures against. */
static double
time_shell_plain (const char *sqlite3,
                  const char *db,
                  const char *csv,
                  glong      *kb)
{
  g_autofree char *import = g_strdup_printf (".import '%s' booking", csv);
  const char *commands[] = { import, NULL };

  g_unlink (db);
  return time_shell (sqlite3, db, commands, kb);
}

/* The shell's .import of @csv into a copy of @seeded, then the rows into the table booking
 * (foreign keys on, the same indexes and checks), converted in SQL without any checking:
 * the least SQLite itself needs to store these rows. For comparison only. */
static double
time_shell_schema (const char *sqlite3,
                   const char *seeded,
                   const char *db,
                   const char *csv)
{
  g_autofree char *import = g_strdup_printf (".import '%s' plain", csv);
  const char *commands[] = {
    "PRAGMA foreign_keys = ON",
    import,
    "BEGIN",
    "INSERT INTO import_batch (kind, file_name, sha256, imported_at, who, rows)"
    " VALUES ('bookings', 'boekingen.csv', printf('%064d', 1), 'now', 'bench', 0)",
    "INSERT INTO booking (date, line_id, ledger_code, amount_cents, kind, description,"
    " reference, supplier, batch_id)"
    " SELECT substr(Datum, 7, 4) || '-' || substr(Datum, 4, 2) || '-' || substr(Datum, 1, 2),"
    "  l.id, l.ledger_code,"
    "  CAST(replace(replace(replace(Bedrag, '€ ', ''), '.', ''), ',', '') AS INTEGER),"
    "  Soort, Omschrijving, Referentie, Leverancier,"
    "  (SELECT max(id) FROM import_batch)"
    " FROM plain JOIN budget_line AS l ON l.name = plain.Kostenpost ORDER BY plain.rowid",
    "DROP TABLE plain",
    "COMMIT",
    NULL
  };

  glong kb;

  copy_file (seeded, db);
  return time_shell (sqlite3, db, commands, &kb);
}

/* psql's \copy of @csv into a plain table of a new database on the cluster, process start
 * included: what the sqlite3 shell's .import is for the file. */
static double
time_psql_plain (const char *psql,
                 const char *csv,
                 glong      *kb)
{
  g_autofree char *uri = bench_server_new_blank ();
  g_autofree char *copy = g_strdup_printf ("\\copy booking FROM '%s' WITH (FORMAT csv, "
                                           "DELIMITER ';', HEADER true)", csv);
  const char *argv[] = {
    psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", uri,
    "-c", "CREATE TABLE booking (Datum text, Kostenpost text, Bedrag text, Soort text, "
          "Omschrijving text, Referentie text, Leverancier text)",
    "-c", copy, NULL
  };
  g_autoptr(GError) error = NULL;
  BenchChild child;
  double seconds;

  if (!bench_run_child (argv, NULL, &child, &error))
    g_error ("%s", error->message);
  seconds = child.seconds;
  *kb = child.max_rss_kb;
  bench_child_clear (&child);
  bench_server_drop_database (uri);
  return seconds;
}

/* The import on the server: each run into a new server copy of @seeded, against psql's
 * \copy (when psql is there). Prints its RESULT line; reported, no target. */
static void
run_on_server (const char *seeded,
               const char *csv,
               int         rows,
               int         runs,
               const char *psql_option)
{
  g_autofree char *psql = psql_option != NULL ? g_strdup (psql_option)
                                              : g_find_program_in_path ("psql");
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) copies = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ours_kb = g_array_new (FALSE, FALSE, sizeof (glong));
  g_autoptr(GArray) psql_kb = g_array_new (FALSE, FALSE, sizeof (glong));
  g_autofree char *ours_text = NULL;
  g_autofree char *psql_text = NULL;
  g_autofree char *memory = NULL;
  double mine;
  double theirs = 0;

  g_print ("\nOn the PostgreSQL server (OND_TEST_PG):\n");
  for (int i = 0; i < runs; i++)
    {
      g_autofree char *uri = bench_server_new_database (seeded, NULL);
      glong a_kb, b_kb = 0;
      double a = time_ours_child (seeded, uri, csv, rows, &a_kb);
      double b = psql != NULL ? time_psql_plain (psql, csv, &b_kb) : 0;

      bench_server_drop_database (uri);
      g_array_append_val (ours, a);
      g_array_append_val (ours_kb, a_kb);
      g_array_append_val (copies, b);
      g_array_append_val (psql_kb, b_kb);
      g_print ("run %d: import %.3f s; psql \\copy %.3f s\n", i + 1, a, b);
    }
  mine = bench_median (ours);
  ours_text = bench_format_seconds (mine);
  if (psql != NULL)
    {
      g_autofree char *seconds = NULL;

      theirs = bench_median (copies);
      seconds = bench_format_seconds (theirs);
      psql_text = g_strdup_printf ("%s (psql \\copy)", seconds);
      memory = g_strdup_printf ("%ld MB (psql %ld MB)", bench_median_long (ours_kb) / 1024,
                                bench_median_long (psql_kb) / 1024);
    }
  else
    memory = g_strdup_printf ("%ld MB", bench_median_long (ours_kb) / 1024);
  g_print ("%d rows on the server, median of %d runs: import %.3f s, psql \\copy into a "
           "plain table %.3f s\n", rows, runs, mine, theirs);
  bench_print_result ("booking import, 100,000 rows, PostgreSQL", ours_text, psql_text,
                      theirs > 0 ? mine / theirs : 0, "— (reported)", "—", memory);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shell = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ours_kb = g_array_new (FALSE, FALSE, sizeof (glong));
  g_autoptr(GArray) shell_kb = g_array_new (FALSE, FALSE, sizeof (glong));
  g_autofree char *ours_text = NULL;
  g_autofree char *shell_text = NULL;
  g_autofree char *memory = NULL;
  gboolean child = FALSE;
  g_autofree char *dir = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *seeded = NULL;
  g_autofree char *db = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *sqlite3 = NULL;
  char *sqlite3_option = NULL;
  g_autofree char *psql_option = NULL;
  int rows = 100000;
  int runs = 3;
  double mine, theirs, least;
  GOptionEntry entries[] = {
    { "rows", 0, 0, G_OPTION_ARG_INT, &rows, "Rows in the file", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each (the median is shown)", "N" },
    { "sqlite3", 0, 0, G_OPTION_ARG_FILENAME, &sqlite3_option, "The sqlite3 shell", "PATH" },
    { "psql", 0, 0, G_OPTION_ARG_FILENAME, &psql_option,
      "The psql client (the server's reference, with OND_TEST_PG)", "PATH" },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &child,
      "Import: --child SEEDED DB CSV ROWS", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("- time the import of bookings");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || rows < 1 || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--rows and --runs must be > 0");
      return 2;
    }
  if (child)
    {
      if (argc != 5)
        return 2;
      g_print ("seconds %.6f\n", time_ours (argv[1], argv[2], argv[3], atoi (argv[4])));
      return 0;
    }
  sqlite3 = sqlite3_option != NULL ? sqlite3_option : g_find_program_in_path ("sqlite3");
  if (sqlite3 == NULL)
    {
      g_print ("The sqlite3 shell is not installed (Debian: apt-get install sqlite3): "
               "nothing to compare with.\n");
      return 77;
    }

  dir = g_dir_make_tmp ("bench-booking-import-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  csv = g_build_filename (dir, "boekingen.csv", NULL);
  seeded = g_build_filename (dir, "seeded.db", NULL);
  db = g_build_filename (dir, "import.db", NULL);
  plain = g_build_filename (dir, "plain.db", NULL);

  bench_write_bookings_csv (csv, rows);
  {
    g_autoptr(OndStore) store = ond_store_open (seeded, &error);

    if (store == NULL)
      g_error ("%s", error->message);
  }

  for (int i = 0; i < runs; i++)
    {
      glong a_kb, b_kb;
      double a = time_ours_child (seeded, db, csv, rows, &a_kb);
      double b = time_shell_plain (sqlite3, plain, csv, &b_kb);
      double c = time_shell_schema (sqlite3, seeded, db, csv);

      g_array_append_val (ours_kb, a_kb);
      g_array_append_val (shell_kb, b_kb);
      g_array_append_val (ours, a);
      g_array_append_val (shell, b);
      g_array_append_val (floor, c);
      g_print ("run %d: import %.3f s; sqlite3 .import %.3f s, into booking %.3f s\n",
               i + 1, a, b, c);
    }
  mine = bench_median (ours);
  theirs = bench_median (shell);
  least = bench_median (floor);

  g_print ("%d rows, median of %d runs:\n", rows, runs);
  g_print ("  ond_booking_import_prepare + ond_store_import_bookings  %7.3f s\n", mine);
  g_print ("  sqlite3 shell .import into a plain table               %7.3f s\n", theirs);
  g_print ("  sqlite3 shell .import, then into the table booking     %7.3f s\n", least);
  g_print ("  ratio to the plain .import %.2f (the limit is 2), to the shell into booking "
           "%.2f\n", mine / theirs, mine / least);
  ours_text = bench_format_seconds (mine);
  shell_text = bench_format_seconds (theirs);
  memory = g_strdup_printf ("%ld MB (sqlite3 %ld MB)", bench_median_long (ours_kb) / 1024,
                            bench_median_long (shell_kb) / 1024);
  bench_print_result ("booking import, 100,000 rows, SQLite", ours_text, shell_text, mine / theirs,
                      "<= 2x", mine <= 2 * theirs ? "yes" : "no", memory);

  if (bench_server_conninfo () != NULL)
    run_on_server (seeded, csv, rows, runs, psql_option);

  for (guint i = 0; i < G_N_ELEMENTS (scratch); i++)
    {
      g_autofree char *path = g_build_filename (dir, scratch[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);

  return mine <= 2 * theirs ? EXIT_SUCCESS : EXIT_FAILURE;
}
