/* test-server-copy.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Moving a database to a team server and back (issue 9, --copy-to): a file with casework,
 * meetings, registers, budget, bookings, an access log and a deletion log is copied into a
 * server database that was just set up, and from there into a new file; every table holds
 * the same rows on each side, read with plain SQL outside the store. Afterwards the server
 * and the new file hand out fresh ids and the next reference. Every refusal leaves the
 * target as it was, and a copy that fails half-way leaves nothing behind. The progress of a
 * copy and a copy cancelled: test-server-copy-progress.c. Runs on the private test cluster
 * of `make check` (suite pg).
 */

#include "config.h"

#include <string.h>

#include "ond-activity.h"
#include "ond-booking.h"
#include "ond-control.h"
#include "ond-measure.h"
#include "ond-store-actions.h"
#include "ond-store-bookings.h"
#include "ond-store-budget.h"
#include "ond-store-cases.h"
#include "ond-store-explanations.h"
#include "ond-store-figures.h"
#include "ond-store-meetings.h"
#include "ond-store-registers.h"
#include "ond-store-retention.h"
#include "ond-stop-talk.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"
#include "test-server-copy-util.h"

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every row of @table at @location, each column named (the columns of the file @schema_path),
 * as text, the lines sorted: the same text from a file and from a server. */
static char *
table_rows (const char *location,
            const char *schema_path,
            const char *table)
{
  g_autofree char *columns_sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s')"
                                                  " ORDER BY cid", table);
  g_autofree char *columns = sql_list (schema_path, columns_sql, 0, ", ");
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s", columns, table);
  g_autofree char *rows = sql_rows (location, sql);
  g_auto(GStrv) lines = g_strsplit (rows, "\n", -1);

  qsort (lines, g_strv_length (lines), sizeof (char *), compare_lines);
  return g_strjoinv ("\n", lines);
}

/* Every table of the file @a, row for row, at @b; and @b has no other tables. */
static void
assert_same_data (const char *a,
                  const char *b)
{
  g_auto(GStrv) tables = file_tables (a);
  g_autofree char *b_tables = NULL;
  g_autofree char *a_tables = g_strjoinv (",", tables);

  if (ond_store_location_is_server (b))
    b_tables = sql_list (b, "SELECT table_name FROM information_schema.tables"
                            " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                            " AND table_name <> 'ond_database' ORDER BY table_name", 0, ",");
  else
    b_tables = sql_list (b, "SELECT name FROM sqlite_master WHERE type = 'table'"
                            " AND name <> 'sqlite_sequence' ORDER BY name", 0, ",");
  g_assert_cmpstr (b_tables, ==, a_tables);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *in_a = table_rows (a, a, tables[i]);
      g_autofree char *in_b = table_rows (b, a, tables[i]);

      g_test_message ("%s", tables[i]);
      g_assert_cmpstr (in_b, ==, in_a);
    }
}

/* A file with something in every table, made through the store. */
static void
fill_source (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *in_a_month = day_from_now (30);
  g_autofree char *in_a_week = day_from_now (7);
  gint64 plan_id = sql_int (f->path, "SELECT id FROM plan", 0);
  gint64 line_id = sql_int (f->path, "SELECT min(id) FROM budget_line", 0);
  gint64 action_id = sql_int (f->path, "SELECT min(id) FROM action", 0);
  gint64 partners[2] = { partner_id (f, "Politie"), partner_id (f, "OZHZ") };
  gint64 open_case, closed_case, erased_case, item_id;

  open_case = new_case_in (f, OND_CASE_STATUS_INTERVENTION);
  closed_case = new_case_in (f, OND_CASE_STATUS_CLOSED);
  new_case_in (f, OND_CASE_STATUS_WEIGHED);
  new_case (f, "2025-05-02", "Bedrijf B.V.");
  g_assert_cmpint (ond_store_add_case_intervention (f->store, open_case,
                                                    intervention_id (f, "BRP controle"),
                                                    partner_id (f, "Gemeente"), "2025-06-20",
                                                    in_a_week, "gepland", "Eerst BRP",
                                                    &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (ond_store_set_case_follow_up (f->store, open_case, in_a_month, &error));
  g_assert_no_error (error);

  /* The casusoverleg: its agenda takes the new signal; a decision goes in the history. */
  g_assert_cmpint (ond_store_create_meeting (f->store, "2025-06-10", &error), >, 0);
  g_assert_no_error (error);
  item_id = sql_int (f->path, "SELECT min(id) FROM meeting_item", 0);
  g_assert_true (ond_store_record_meeting_decision (f->store, item_id, "Oppakken", &error));
  g_assert_no_error (error);

  /* Registers. */
  {
    g_autoptr(OndControl) control = ond_control_new (0, "2024-03-05", "integraal", NULL, 0,
                                                     NULL, 8, 1, partners, 2, NULL, "Pand");
    g_autoptr(OndMeasure) measure = ond_measure_new (0, "2024-04-01", "sluiting", NULL,
                                                     "harddrugs", NULL, "Opiumwet", 0, NULL,
                                                     closed_case, NULL);
    g_autoptr(OndStopTalk) talk = ond_stop_talk_new (0, "2024-05-01", "Autohandel", TRUE, 0,
                                                     NULL);
    g_autoptr(OndActivity) activity = ond_activity_new (0, "2024-06-01", "drugsactie", NULL, 0,
                                                        NULL, 0, NULL, 0, NULL, "Wijk");

    g_assert_cmpint (ond_store_save_control (f->store, control, OND_REGISTER_FLAGS_NONE,
                                             &error), >, 0);
    g_assert_cmpint (ond_store_save_measure (f->store, measure, OND_REGISTER_FLAGS_NONE,
                                             &error), >, 0);
    g_assert_cmpint (ond_store_save_stop_talk (f->store, talk, OND_REGISTER_FLAGS_NONE,
                                               &error), >, 0);
    g_assert_cmpint (ond_store_save_activity (f->store, activity, OND_REGISTER_FLAGS_NONE,
                                              &error), >, 0);
    g_assert_no_error (error);
  }

  /* Budget, bookings, the plan's progress and the council. */
  {
    g_autoptr(OndBooking) booking = ond_booking_new (0, "2024-03-01", line_id, NULL, 1234567,
                                                     "realisatie", NULL, "Factuur “maart”",
                                                     "F-001", "Leverancier & Zn", 0);

    g_assert_cmpint (ond_store_save_booking (f->store, plan_id, booking, &error), >, 0);
    g_assert_cmpint (ond_store_add_budget_change (f->store, line_id, 2024, "2024-04-01", -5000,
                                                  "Bijstelling", &error), >, 0);
    g_assert_cmpint (ond_store_add_action_progress (f->store, action_id, "2024-02-01",
                                                    "Gestart", &error), >, 0);
    g_assert_cmpint (ond_store_set_explanation (f->store, plan_id, OND_EXPLANATION_YEAR, 0,
                                                2024, "Toelichting op 2024", &error), >, 0);
    g_assert_no_error (error);
    g_assert_true (ond_store_close_year (f->store, 2023, f->today, &error));
    g_assert_no_error (error);
  }

  /* A retention period other than a new database's, and a case erased for good: the
   * deletion log, and an id and reference the copies must never give again. */
  g_assert_true (ond_store_set_retention_years (f->store, OND_RETENTION_CLOSED, 7, &error));
  g_assert_no_error (error);
  erased_case = new_case (f, "2025-06-01", "Weg");
  g_assert_true (ond_store_delete_case (f->store, erased_case, &error));
  g_assert_true (ond_store_purge_deleted_cases (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT max(id) FROM case_file", 0), <, erased_case);

  /* What the store writes only through imports and a council export. */
  sql_exec (f->path,
            "INSERT INTO import_batch (kind, file_name, sha256, imported_at, who, rows)"
            " VALUES ('bookings', 'maart.csv', '" "0123456789abcdef0123456789abcdef"
            "0123456789abcdef0123456789abcdef', '2024-04-02T10:00:00', 'test', 0);"
            "INSERT INTO import_mapping (source_name, mapping) VALUES ('Key2', 'date=Datum');"
            "INSERT INTO action_plan_item (action_id, plan_item_id)"
            " SELECT min(a.id), min(p.id) FROM action a, plan_item p;"
            "INSERT INTO council_report (made_at, who, year, kind, sha256, figures)"
            " VALUES ('2025-01-10T09:00:00', 'test', 2024, 'pdf', '" "fedcba9876543210fedcba98"
            "76543210fedcba9876543210fedcba9876543210', 'x=1');");
}

static void
assert_every_table_filled (const char *path)
{
  g_auto(GStrv) tables = file_tables (path);

  g_assert_cmpuint (g_strv_length (tables), >=, 55);
  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      if (sql_int (path, sql, 0) == 0)
        g_error ("the table %s of the source is empty: a copy that left it out would pass",
                 tables[i]);
    }
}

/* A new case at @location (through @store) gets the id after every id given before, and the
 * next reference of its year. */
static void
assert_next_case (Fixture    *source,
                  const char *location,
                  OndStore   *store)
{
  Fixture other = { source->dir, (char *) location, store, source->today };
  gint64 last_id = sql_int (source->path, "SELECT seq FROM sqlite_sequence"
                                          " WHERE name = 'case_file'", 0);
  gint64 last_number = sql_int (source->path, "SELECT last_number FROM case_counter"
                                              " WHERE year = 2025", 0);
  g_autofree char *expected = g_strdup_printf ("2025-%04" G_GINT64_FORMAT, last_number + 1);
  g_autofree char *reference = NULL;
  gint64 id;

  id = new_case (&other, "2025-06-12", "Nieuwe melding");
  g_assert_cmpint (id, ==, last_id + 1);
  reference = sql_text (location, "SELECT reference FROM case_file WHERE id = ?", id);
  g_assert_cmpstr (reference, ==, expected);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) back_tables = NULL;
  g_autoptr(OndStore) server = NULL;
  g_autoptr(OndStore) back_store = NULL;
  g_autofree char *uri = ond_test_pg_new_empty ();
  g_autofree char *back = g_build_filename (f->dir, "back.db", NULL);
  g_autofree char *follow_ups = NULL;
  g_autofree char *server_follow_ups = NULL;
  g_autofree char *back_sequences = NULL;
  g_autofree char *file_sequences = NULL;
  g_auto(GStrv) names = NULL;
  const char *sequences = "SELECT name, seq FROM sqlite_sequence ORDER BY name";

  fill_source (f);
  assert_every_table_filled (f->path);

  /* Into the server: every table, every row, with the count the report gives. */
  g_assert_true (ond_store_copy_to (f->store, uri, &tables, &error));
  g_assert_no_error (error);
  names = file_tables (f->path);
  g_assert_cmpuint (tables->len, ==, g_strv_length (names));
  for (guint i = 0; i < tables->len; i++)
    {
      const OndStoreCopiedTable *copied = g_ptr_array_index (tables, i);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", copied->table);

      g_assert_true (g_strv_contains ((const char * const *) names, copied->table));
      g_assert_cmpint (copied->n_rows, ==, sql_int (f->path, sql, 0));
    }
  assert_same_data (f->path, uri);
  /* The triggers that keep next_follow_up_date fired on the way: the values are the file's. */
  follow_ups = sql_rows (f->path, "SELECT id, next_follow_up_date FROM case_file"
                                  " WHERE next_follow_up_date IS NOT NULL ORDER BY id");
  g_assert_cmpstr (follow_ups, !=, "");
  server_follow_ups = sql_rows (uri, "SELECT id, next_follow_up_date FROM case_file"
                                     " WHERE next_follow_up_date IS NOT NULL ORDER BY id");
  g_assert_cmpstr (server_follow_ups, ==, follow_ups);

  /* And back into a new file: the same data again, and the same ids kept as given. */
  server = ond_store_open (uri, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_copy_to (server, back, &back_tables, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (back_tables->len, ==, tables->len);
  assert_same_data (f->path, back);
  back_sequences = sql_rows (back, sequences);
  file_sequences = sql_rows (f->path, sequences);
  g_assert_cmpstr (back_sequences, ==, file_sequences);
  g_assert_cmpint (sql_int (back, "PRAGMA user_version", 0), ==, OND_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sql_int (back, "PRAGMA application_id", 0), ==, OND_STORE_APPLICATION_ID);

  /* Both go on with a fresh id (past the erased case's) and the next reference. */
  assert_next_case (f, uri, server);
  back_store = ond_store_open (back, &error);
  g_assert_no_error (error);
  assert_next_case (f, back, back_store);

  g_clear_object (&server);
  ond_test_pg_drop_database (uri);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) server = NULL;
  g_autofree char *blank = ond_test_pg_new_blank ();
  g_autofree char *seeded = ond_test_pg_new_database ();
  g_autofree char *newer = ond_test_pg_new_empty ();
  g_autofree char *empty = ond_test_pg_new_empty ();
  g_autofree char *other_file = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *new_file = g_build_filename (f->dir, "new.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *source_before = NULL;
  g_autofree char *sum = NULL;

  new_case_in (f, OND_CASE_STATUS_WEIGHED);
  source_before = dump_all_tables (f->path);

  /* A server database without our schema: it says to set it up first. */
  g_assert_false (ond_store_copy_to (f->store, blank, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA);
  g_assert_nonnull (strstr (error->message, "--init-server"));
  g_clear_error (&error);
  g_assert_cmpint (ond_test_pg_int (blank, "SELECT count(*) FROM information_schema.tables"
                                           " WHERE table_schema = 'public'", 0), ==, 0);

  /* One that holds records already (the seeded plan): the tables are named. */
  before = dump_all_tables (seeded);
  g_assert_false (ond_store_copy_to (f->store, seeded, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already holds records (in "));
  g_assert_nonnull (strstr (error->message, "intervention"));
  g_clear_error (&error);
  assert_unchanged (seeded, before);
  g_free (before);

  /* One of a newer version. */
  ond_test_pg_exec (newer, "UPDATE ond_database SET schema_version = schema_version + 1");
  before = dump_all_tables (newer);
  g_assert_false (ond_store_copy_to (f->store, newer, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEWER);
  g_clear_error (&error);
  assert_unchanged (newer, before);
  g_free (before);

  /* The database itself, and a file to a file. */
  g_assert_false (ond_store_copy_to (f->store, f->path, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ond_store_copy_to (f->store, new_file, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "server database"));
  g_clear_error (&error);
  g_assert_false (g_file_test (new_file, G_FILE_TEST_EXISTS));
  assert_unchanged (f->path, source_before);

  /* From a server: to another server, to itself, and to a file that exists. */
  before = dump_all_tables (empty);
  g_assert_true (ond_store_copy_to (f->store, empty, NULL, &error));
  g_assert_no_error (error);
  server = ond_store_open (empty, &error);
  g_assert_no_error (error);
  g_free (before);
  before = dump_all_tables (seeded);
  g_assert_false (ond_store_copy_to (server, seeded, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "new file"));
  g_clear_error (&error);
  assert_unchanged (seeded, before);
  g_assert_false (ond_store_copy_to (server, empty, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (other_file, "not a database", -1, NULL));
  sum = ond_test_file_checksum (other_file);
  g_assert_false (ond_store_copy_to (server, other_file, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_free (before);
  before = ond_test_file_checksum (other_file);
  g_assert_cmpstr (before, ==, sum);

  g_clear_object (&server);
  ond_test_pg_drop_database (blank);
  ond_test_pg_drop_database (seeded);
  ond_test_pg_drop_database (newer);
  ond_test_pg_drop_database (empty);
}

/* A copy that fails half-way: the server refuses a row (a day that does not exist, which
 * SQLite lets pass), or the copy holds other values than the source; nothing is left. */
static void
test_failure_leaves_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) server = NULL;
  g_autofree char *uri = ond_test_pg_new_empty ();
  g_autofree char *back = g_build_filename (f->dir, "back.db", NULL);
  g_autofree char *before = dump_all_tables (uri);

  new_case_in (f, OND_CASE_STATUS_WEIGHED);
  sql_exec (f->path, "INSERT INTO meeting (date, note) VALUES ('2024-02-30', 'Geen dag')");
  g_assert_false (ond_store_copy_to (f->store, uri, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_unchanged (uri, before);

  /* Copied once the day is right; then the server's next follow-up of a case is made to
   * differ from what its dates give, and the copy into a file (where the triggers recompute
   * it) names the table and leaves no file. */
  sql_exec (f->path, "DELETE FROM meeting WHERE date = '2024-02-30'");
  g_assert_true (ond_store_copy_to (f->store, uri, NULL, &error));
  g_assert_no_error (error);
  ond_test_pg_exec (uri, "UPDATE case_file SET next_follow_up_date = '2099-01-01'"
                         " WHERE next_follow_up_date IS NOT NULL");
  g_assert_cmpint (ond_test_pg_int (uri, "SELECT count(*) FROM case_file"
                                         " WHERE next_follow_up_date = '2099-01-01'", 0), >, 0);
  server = ond_store_open (uri, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_copy_to (server, back, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "case_file"));
  g_clear_error (&error);
  g_assert_false (g_file_test (back, G_FILE_TEST_EXISTS));

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
  ADD_TEST ("/server-copy/round-trip", test_round_trip);
  ADD_TEST ("/server-copy/refusals", test_refusals);
  ADD_TEST ("/server-copy/failure-leaves-nothing", test_failure_leaves_nothing);
  return g_test_run ();
}
