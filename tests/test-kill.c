/* test-kill.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Crash safety (issue 8, point 1; issue 6: "no data lost if ... the process killed"). A
 * child process (kill-child.c) works on a fresh database made by the store, with the
 * store's own settings, and is killed with SIGKILL at a random moment, many times over:
 * during a burst of plan edits, a burst of case edits, and a large bookings import. After
 * each kill the file is read with plain SQLite, independent of the store:
 * - PRAGMA integrity_check says "ok" and pragma_foreign_key_check is empty;
 * - every edit the child confirmed (its store call had returned success) is there, each
 *   record as the last confirmed edit left it;
 * - the one edit that may have been in flight at the kill (asked, not confirmed) is there
 *   wholly or not at all: SQLite's contract is that a transaction that has not returned
 *   from COMMIT may or may not be durable, but never half. Each edit is one store call and
 *   one transaction, which may write several records (an action and its planning links, a
 *   case and its access log): all of them read the old state, or all the new one;
 * - a bookings import is wholly there (its import_batch and all its rows, count and sum
 *   right) or wholly absent (no batch, none of its rows); after a confirmed import it is
 *   there;
 * - every table the scenario does not write is as it was, and the application opens the
 *   file again.
 * The store opens its files in WAL mode with synchronous=NORMAL (ond-store.c): a commit
 * has written its pages to the WAL file with write(2) when COMMIT returns, so it survives
 * the death of the process (the kernel keeps the pages); only a power cut may lose the last
 * commits (never half of one), as the WAL is synced at checkpoints only.
 *
 * Each kill delay and child seed comes from g_test_rand_int(): a failure prints them and
 * the seed of the run ("random seed" in the log; replay with --seed=...). Where the kill
 * lands still depends on the machine's speed, so the test counts where the kills landed
 * and asserts that some came during the work (an edit in flight, the import half
 * written), not only after it. 15 kills per scenario by default; OND_KILL_ROUNDS=N sets
 * another number (make stress). */

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ond-booking-import.h"
#include "ond-plan.h"
#include "ond-store.h"
#include "ond-test-util.h"

#define DEFAULT_ROUNDS 15
#define MIN_ROUNDS     4
/* A child that has not finished its work after this long is stuck: the test fails. */
#define CHILD_LIMIT    (180 * G_USEC_PER_SEC)

#define PLAN_EDITS     1000
#define CASE_EDITS     600
#define IMPORT_ROWS    20000
#define OLD_ROWS       100

/* The records the children report, read back as "KEY" and a state of "name=value|..." from
 * the columns after the first (names and order as kill-child.c writes them). */
static const char * const plan_records[] = {
  "SELECT 'action:' || a.id, a.pillar_id AS pillar, ifnull(a.theme_id, 0) AS theme,"
  "  a.group_heading AS heading, a.text, a.status, ifnull(a.owner_id, 0) AS owner,"
  "  ifnull((SELECT group_concat(plan_item_id) FROM (SELECT plan_item_id"
  "          FROM action_plan_item WHERE action_id = a.id ORDER BY plan_item_id)), '')"
  "    AS items"
  " FROM action AS a",
  "SELECT 'item:' || id, year, period, what, who, ifnull(theme_id, 0) AS theme, status,"
  "  recurring FROM plan_item",
  "SELECT 'partner:' || id, name, short_name AS short, kind, regiegroep AS regie,"
  "  contact_role AS role, retired FROM partner",
  NULL
};
/* The tables plan edits write: every other table must stay as it was. */
static const char * const plan_tables[] = {
  "action", "action_plan_item", "plan_item", "partner", NULL
};
/* What must hold across records, each query counting the exceptions: an action's place is
 * unique in its pillar, a planning row's in its year and period, a partner's among the
 * partners (an edit that moves one renumbers the others in the same transaction). */
static const char * const plan_invariants[] = {
  "SELECT count(*) FROM (SELECT 1 FROM action GROUP BY pillar_id, position"
  "                      HAVING count(*) > 1)",
  "SELECT count(*) FROM (SELECT 1 FROM plan_item GROUP BY plan_id, year, period, position"
  "                      HAVING count(*) > 1)",
  "SELECT count(*) FROM (SELECT 1 FROM partner GROUP BY position HAVING count(*) > 1)",
  NULL
};

static const char * const case_records[] = {
  "SELECT 'case:' || c.subject_name, c.status, c.summary, c.address,"
  "  ifnull(c.follow_up_date, '') AS follow, ifnull(c.outcome, '') AS outcome,"
  "  ifnull(c.lead_partner_id, 0) AS lead,"
  "  (SELECT count(*) FROM case_event AS e WHERE e.case_id = c.id) AS events,"
  "  (SELECT count(*) FROM access_log AS l WHERE l.case_reference = c.reference) AS log"
  " FROM case_file AS c",
  "SELECT 'ci:' || c.subject_name || '#' || (SELECT count(*) FROM case_intervention AS j"
  "                                          WHERE j.case_id = i.case_id AND j.id <= i.id),"
  "  i.intervention_id AS intervention, i.partner_id AS partner,"
  "  ifnull(i.planned_date, '') AS planned, ifnull(i.follow_up_date, '') AS follow,"
  "  i.status, i.note"
  " FROM case_intervention AS i JOIN case_file AS c ON c.id = i.case_id",
  NULL
};
static const char * const case_tables[] = {
  "case_file", "case_event", "case_intervention", "access_log", "case_counter", NULL
};
/* The counter of references has counted every case (it never hands a number out twice). */
static const char * const case_invariants[] = {
  "SELECT count(*) FROM case_file AS c"
  " WHERE CAST(substr(c.reference, 6) AS INTEGER) >"
  "       ifnull((SELECT last_number FROM case_counter"
  "               WHERE year = CAST(substr(c.reference, 1, 4) AS INTEGER)), 0)",
  NULL
};

static const char * const import_tables[] = { "booking", "import_batch", NULL };
static const char * const import_invariants[] = { NULL };

/* Where kills of the import are aimed besides anywhere: its transaction (after "try": the
 * rows, the index made again, the commit), and its commit (after "progress 20000"). */
#define N_AIMS 2

typedef enum
{
  SCENARIO_PLAN,
  SCENARIO_CASES,
  SCENARIO_IMPORT,
} ScenarioKind;

typedef struct
{
  ScenarioKind        kind;
  const char         *name;      /* the child's first argument */
  const char * const *records;   /* NULL: the import */
  const char * const *tables;    /* what it writes */
  const char * const *invariants;
} Scenario;

static const Scenario plan_scenario = {
  SCENARIO_PLAN, "plan", plan_records, plan_tables, plan_invariants
};
static const Scenario case_scenario = {
  SCENARIO_CASES, "cases", case_records, case_tables, case_invariants
};
static const Scenario import_scenario = {
  SCENARIO_IMPORT, "import", NULL, import_tables, import_invariants
};

/* One kill: what the child said, and what the parent made of it. */
typedef struct
{
  guint       number;
  guint32     seed;
  const char *anchor;        /* kill after a line that starts so; NULL: after the start */
  guint       anchor_count;  /* ...after the anchor_count-th such line */
  guint       anchor_seen;
  gint64      kill_at;       /* microseconds after the anchor; -1: after "done" */
  gint64      anchor_at;     /* when the anchor came (from the start), or -1 */
  gint64      killed_at;
  char       *path;

  GString    *partial;       /* the end of the output not yet a whole line */
  GPtrArray  *lines;         /* char * */
  GArray     *times;         /* gint64: when each line came */

  GHashTable *expected;      /* key -> state: the template with every confirmed edit */
  GPtrArray  *in_flight;     /* char *: key, state, key, state... asked, not confirmed */
  guint       n_confirmed;
  gboolean    ready;
  gboolean    done;
  gint64      done_at;
  guint       progress;      /* import: rows written so far */
  gint64      aim_at[N_AIMS];  /* import: when each aim's line came, or 0 */
  gint64      import_ok_at;
  const char *found;         /* what the check found of the edit in flight or the import */
} Round;

/* The runs of one scenario: its template and what the kills showed. */
typedef struct
{
  const Scenario *scenario;
  char           *dir;
  char           *template;
  char           *child;
  GHashTable     *records;        /* the template's records: key -> state */
  GHashTable     *others;         /* the template's tables not written: name -> checksum */
  guint           rounds;

  /* The import: the file and what it holds, counted when it was made. */
  char           *csv;
  char           *sha256;
  gint64          import_sum;
  gint64          import_commitments;
  gint64          old_batch;
  char           *old_bookings;   /* checksum of the template's bookings and batches */

  /* How long the work takes, and how long from each aim's line to the import's "ok", from
   * the last round that saw them: where the next kills are aimed. */
  gint64          work_time;
  char           *aim_lines[N_AIMS];
  gint64          aim_span[N_AIMS];

  /* Where the kills landed. */
  guint           n_before_ready;
  guint           n_before_first;
  guint           n_mid;           /* edits confirmed, more to come */
  guint           n_in_flight;     /* an edit asked and not confirmed */
  guint           n_in_flight_kept;
  guint           n_after_done;
  guint           n_import_reading;   /* the store reads and checks the file */
  guint           n_import_rows;      /* its transaction writes the rows */
  guint           n_import_index;     /* the last rows and the index */
  guint           n_import_commit;    /* all written, the commit under way */
  guint           n_import_present;
  guint           n_import_absent;
} Run;

static guint
n_rounds (void)
{
  const char *text = g_getenv ("OND_KILL_ROUNDS");
  guint64 n = text != NULL ? g_ascii_strtoull (text, NULL, 10) : DEFAULT_ROUNDS;

  return (guint) CLAMP (n, MIN_ROUNDS, 100000);
}

/* ---- plain SQLite ---------------------------------------------------------------------- */

static sqlite3 *
open_plain (const char *path)
{
  sqlite3 *db = NULL;

  /* Read-write as the next start of the application would be (a WAL left by the killed
   * process is recovered), never created. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  return stmt;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = prepare (db, sql);
  gint64 value = -1;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Columns @first.. of the current row as "name=value|...", values escaped as the child
 * does; a NULL is the name alone (the children's records have none). */
static char *
render_row (sqlite3_stmt *stmt,
            int           first)
{
  GString *state = g_string_new (NULL);

  for (int c = first; c < sqlite3_column_count (stmt); c++)
    {
      const char *value = (const char *) sqlite3_column_text (stmt, c);

      if (state->len > 0)
        g_string_append_c (state, '|');
      g_string_append (state, sqlite3_column_name (stmt, c));
      if (value != NULL)
        {
          g_autofree char *escaped = g_strescape (value, NULL);

          g_string_append_printf (state, "=%s", escaped);
        }
    }
  return g_string_free (state, FALSE);
}

static GHashTable *
read_records (sqlite3            *db,
              const char * const *queries)
{
  GHashTable *records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint q = 0; queries[q] != NULL; q++)
    {
      sqlite3_stmt *stmt = prepare (db, queries[q]);

      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          char *key = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

          if (g_hash_table_contains (records, key))
            g_error ("Two records are %s", key);
          g_hash_table_insert (records, key, render_row (stmt, 1));
        }
      sqlite3_finalize (stmt);
    }
  return records;
}

static gint
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Adds every row of @sql's result, in any order, under @label. */
static void
add_rows (GChecksum  *sum,
          sqlite3    *db,
          const char *label,
          const char *sql)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = prepare (db, sql);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (rows, render_row (stmt, 0));
  sqlite3_finalize (stmt);
  g_ptr_array_sort (rows, compare_rows);
  g_checksum_update (sum, (const guchar *) label, -1);
  g_checksum_update (sum, (const guchar *) "\n", 1);
  for (guint i = 0; i < rows->len; i++)
    {
      g_checksum_update (sum, g_ptr_array_index (rows, i), -1);
      g_checksum_update (sum, (const guchar *) "\n", 1);
    }
}

/* Every table but @skip: name -> a checksum of its rows, in any order; and the schema. */
static GHashTable *
checksum_tables (sqlite3            *db,
                 const char * const *skip)
{
  GHashTable *sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GChecksum) sum = NULL;
  sqlite3_stmt *stmt;

  stmt = prepare (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                      " AND name NOT LIKE 'sqlite_%'");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      g_autoptr(GChecksum) rows = NULL;
      g_autofree char *sql = NULL;

      if (g_strv_contains (skip, name))
        continue;
      rows = g_checksum_new (G_CHECKSUM_SHA256);
      sql = g_strdup_printf ("SELECT * FROM \"%s\"", name);
      add_rows (rows, db, name, sql);
      g_hash_table_insert (sums, g_strdup (name), g_strdup (g_checksum_get_string (rows)));
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (g_hash_table_size (sums), >, 10);

  /* And the schema: tables, indexes and triggers (an import drops and makes an index). */
  sum = g_checksum_new (G_CHECKSUM_SHA256);
  add_rows (sum, db, "sqlite_schema", "SELECT type, name, tbl_name, sql FROM sqlite_schema");
  g_hash_table_insert (sums, g_strdup ("sqlite_schema"),
                       g_strdup (g_checksum_get_string (sum)));
  return sums;
}

/* The bookings and batches other than @new_batch (-1: none). */
static char *
checksum_old_bookings (sqlite3 *db,
                       gint64   new_batch)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *bookings = g_strdup_printf ("SELECT * FROM booking"
                                               " WHERE batch_id IS NOT %" G_GINT64_FORMAT,
                                               new_batch);
  g_autofree char *batches = g_strdup_printf ("SELECT * FROM import_batch"
                                              " WHERE id IS NOT %" G_GINT64_FORMAT,
                                              new_batch);

  add_rows (sum, db, "booking", bookings);
  add_rows (sum, db, "import_batch", batches);
  return g_strdup (g_checksum_get_string (sum));
}

/* ---- the template: a fresh database made by the store ----------------------------------- */

#define BOOKINGS_HEADER "Datum;Kostenpost;Bedrag;Soort;Omschrijving;Referentie;Leverancier\n"

/* @n bookings on cost lines of the seeded plan, references PREFIX-1...: their sum and the
 * number of commitments are counted here as they are made. */
static char *
make_bookings (guint       n,
               const char *prefix,
               gint64     *sum,
               gint64     *commitments)
{
  static const char * const lines[] = {
    "Integrale controles", "BIBOB trainingen", "Onvoorziene kosten",
    "Veiligheidsinformatieknooppunt (VIK)",
  };
  GString *text = g_string_new (BOOKINGS_HEADER);

  *sum = 0;
  *commitments = 0;
  for (guint i = 1; i <= n; i++)
    {
      gint64 cents = g_test_rand_int_range (1, 10000000);
      gboolean commitment = g_test_rand_int_range (0, 5) == 0;

      g_string_append_printf (text, "%02d-%02d-%d;%s;%" G_GINT64_FORMAT ",%02d;%s;Regel %u;"
                              "%s-%u;Leverancier %u\n",
                              g_test_rand_int_range (1, 29), g_test_rand_int_range (1, 13),
                              g_test_rand_int_range (2023, 2025),
                              lines[g_test_rand_int_range (0, G_N_ELEMENTS (lines))],
                              cents / 100, (int) (cents % 100),
                              commitment ? "verplichting" : "realisatie", i, prefix, i, i % 50);
      *sum += cents;
      *commitments += commitment;
    }
  return g_string_free (text, FALSE);
}

/* The import's template holds an earlier, small import (which must stay as it is); the
 * large file is written for the child to read. */
static void
prepare_import (Run      *run,
                OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndBookingImport) old = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *text = NULL;
  gint64 old_sum, old_commitments;
  guint n_added = 0;

  g_assert_no_error (error);
  old_text = make_bookings (OLD_ROWS, "P", &old_sum, &old_commitments);
  old = ond_booking_import_prepare_data (store, ond_plan_get_id (plan), "eerder.csv", old_text,
                                         strlen (old_text), NULL);
  g_assert_cmpuint (ond_booking_import_get_problems (old)->len, ==, 0);
  g_assert_true (ond_store_import_bookings (store, old, NULL, NULL, NULL, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, OLD_ROWS);

  text = make_bookings (IMPORT_ROWS, "K", &run->import_sum, &run->import_commitments);
  run->csv = g_build_filename (run->dir, "boekingen.csv", NULL);
  g_assert_true (g_file_set_contents (run->csv, text, -1, &error));
  g_assert_no_error (error);
  run->sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

static void
make_template (Run *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *wal = NULL;
  sqlite3 *db;

  run->dir = ond_test_make_dir ("ond-test-kill");
  run->template = g_build_filename (run->dir, "template.db", NULL);
  run->child = g_test_build_filename (G_TEST_BUILT, "kill-child", NULL);
  if (!g_file_test (run->child, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("%s is missing: build it (ninja tests/kill-child)", run->child);

  store = ond_store_open (run->template, &error);
  g_assert_no_error (error);
  if (run->scenario->kind == SCENARIO_IMPORT)
    prepare_import (run, store);
  g_clear_object (&store);
  /* Closed, the store has checkpointed its WAL: the file alone is the database. */
  wal = g_strconcat (run->template, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  db = open_plain (run->template);
  if (run->scenario->records != NULL)
    run->records = read_records (db, run->scenario->records);
  else
    run->records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  run->others = checksum_tables (db, run->scenario->tables);
  if (run->scenario->kind == SCENARIO_IMPORT)
    {
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM import_batch"), ==, 1);
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM booking"), ==, OLD_ROWS);
      run->old_batch = query_int (db, "SELECT id FROM import_batch");
      run->old_bookings = checksum_old_bookings (db, -1);
    }
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* ---- one kill -------------------------------------------------------------------------- */

static void
round_clear (Round *r)
{
  g_free (r->path);
  g_string_free (r->partial, TRUE);
  g_ptr_array_unref (r->lines);
  g_array_unref (r->times);
  g_clear_pointer (&r->expected, g_hash_table_unref);
  g_clear_pointer (&r->in_flight, g_ptr_array_unref);
}

/* What to say when a check fails: enough to find the kill again. */
static void
report (Run        *run,
        Round      *r,
        const char *what)
{
  guint first = r->lines->len > 12 ? r->lines->len - 12 : 0;

  g_test_message ("%s", what);
  g_test_message ("%s, kill %u: child seed %u, killed %.3f s after the start; the file is"
                  " kept: %s", run->scenario->name, r->number, r->seed, r->killed_at / 1e6,
                  r->path);
  g_test_message ("the child's last lines (of %u):", r->lines->len);
  for (guint i = first; i < r->lines->len; i++)
    g_test_message ("  %.3f s: %s", g_array_index (r->times, gint64, i) / 1e6,
                    (char *) g_ptr_array_index (r->lines, i));
}

static void
take_output (Round      *r,
             const char *data,
             gssize      length,
             gint64      at)
{
  char *end;

  g_string_append_len (r->partial, data, length);
  while ((end = memchr (r->partial->str, '\n', r->partial->len)) != NULL)
    {
      gsize line = end - r->partial->str;
      char *text = g_strndup (r->partial->str, line);

      g_ptr_array_add (r->lines, text);
      g_array_append_val (r->times, at);
      if (r->anchor != NULL && r->anchor_at < 0 && g_str_has_prefix (text, r->anchor) &&
          ++r->anchor_seen == r->anchor_count)
        r->anchor_at = at;
      g_string_erase (r->partial, 0, line + 1);
    }
}

static gboolean
last_line_is (Round      *r,
              const char *prefix)
{
  return r->lines->len > 0 &&
         g_str_has_prefix (g_ptr_array_index (r->lines, r->lines->len - 1), prefix);
}

/* Starts the child on the round's file, reads what it says, and kills it r->kill_at after
 * the start or the anchor line (or when it is done); then reads what it said before it
 * died. */
static void
run_child (Run   *run,
           Round *r)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *seed = g_strdup_printf ("%u", r->seed);
  g_autofree char *n_edits = g_strdup_printf ("%u", run->scenario->kind == SCENARIO_PLAN
                                                    ? PLAN_EDITS : CASE_EDITS);
  char *argv[] = {
    run->child, (char *) run->scenario->name, r->path, seed,
    run->scenario->kind == SCENARIO_IMPORT ? run->csv : n_edits, NULL
  };
  char buffer[8192];
  gboolean ended = FALSE;
  gint64 start, killed_at;
  GPid pid;
  gssize n;
  int out = -1;
  int status = 0;

  g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                            NULL, &out, NULL, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();

  while (!ended)
    {
      gint64 now = g_get_monotonic_time () - start;
      gint64 deadline = -1;
      struct pollfd fd = { out, POLLIN, 0 };
      int timeout = 100;

      if (r->kill_at >= 0 && r->anchor == NULL)
        deadline = r->kill_at;
      else if (r->kill_at >= 0 && r->anchor_at >= 0)
        deadline = r->anchor_at + r->kill_at;
      if (deadline >= 0 && now >= deadline)
        break;
      if (deadline >= 0 && deadline - now < 2000)
        {
          /* Closer than poll()'s milliseconds: an edit takes a fraction of one. */
          g_usleep (deadline - now);
          break;
        }
      if (last_line_is (r, "done"))
        break;
      if (now > CHILD_LIMIT)
        {
          report (run, r, "The child did not finish its work");
          g_assert_cmpint (now, <=, CHILD_LIMIT);
        }
      if (deadline >= 0)
        timeout = (int) MIN ((deadline - now + 999) / 1000, 100);
      if (poll (&fd, 1, timeout) <= 0)
        continue;
      n = read (out, buffer, sizeof buffer);
      if (n > 0)
        take_output (r, buffer, n, g_get_monotonic_time () - start);
      else if (n == 0 || errno != EINTR)
        ended = TRUE;
    }

  killed_at = g_get_monotonic_time () - start;
  r->killed_at = killed_at;
  kill (pid, SIGKILL);
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);
  /* What the child wrote before it died is still in the pipe. */
  while ((n = read (out, buffer, sizeof buffer)) != 0)
    {
      if (n > 0)
        take_output (r, buffer, n, killed_at);
      else if (errno != EINTR)
        break;
    }
  close (out);

  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    {
      report (run, r, "The child ended before it was killed");
      g_assert_false (WIFEXITED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
    }
}

/* Replays what the child said: the records every confirmed edit left, and the edit in
 * flight at the kill, if any. */
static void
parse_round (Run   *run,
             Round *r)
{
  GHashTableIter iter;
  gpointer key, value;

  r->expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, run->records);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (r->expected, g_strdup (key), g_strdup (value));

  for (guint i = 0; i < r->lines->len; i++)
    {
      g_auto(GStrv) fields = g_strsplit (g_ptr_array_index (r->lines, i), "\t", -1);
      gint64 at = g_array_index (r->times, gint64, i);
      guint n_fields = g_strv_length (fields);

      for (guint a = 0; a < N_AIMS; a++)
        {
          if (r->aim_at[a] == 0 &&
              g_str_has_prefix (g_ptr_array_index (r->lines, i), run->aim_lines[a]))
            r->aim_at[a] = at;
        }
      if (g_str_equal (fields[0], "ready"))
        r->ready = TRUE;
      else if (g_str_equal (fields[0], "try") && n_fields >= 3 && n_fields % 2 == 1)
        {
          g_clear_pointer (&r->in_flight, g_ptr_array_unref);
          r->in_flight = g_ptr_array_new_with_free_func (g_free);
          for (guint f = 1; f < n_fields; f++)
            g_ptr_array_add (r->in_flight, g_strdup (fields[f]));
        }
      else if (g_str_equal (fields[0], "ok") && n_fields >= 3 && n_fields % 2 == 1)
        {
          for (guint f = 1; f < n_fields; f += 2)
            g_hash_table_insert (r->expected, g_strdup (fields[f]), g_strdup (fields[f + 1]));
          g_clear_pointer (&r->in_flight, g_ptr_array_unref);
          r->n_confirmed++;
          if (g_str_equal (fields[1], "import"))
            r->import_ok_at = at;
        }
      else if (g_str_equal (fields[0], "progress") && n_fields == 2)
        r->progress = (guint) g_ascii_strtoull (fields[1], NULL, 10);
      else if (g_str_equal (fields[0], "prepared") && n_fields == 3)
        {
          /* The store read the file as it was made. */
          g_assert_cmpuint (g_ascii_strtoull (fields[1], NULL, 10), ==, IMPORT_ROWS);
          g_assert_cmpstr (fields[2], ==, run->sha256);
        }
      else if (g_str_equal (fields[0], "done"))
        {
          r->done = TRUE;
          r->done_at = at;
        }
      else
        {
          report (run, r, "The child said something unexpected (or failed)");
          g_error ("%s", (char *) g_ptr_array_index (r->lines, i));
        }
    }
}

/* ---- the checks after a kill ------------------------------------------------------------- */

static void
check_integrity (Run     *run,
                 Round   *r,
                 sqlite3 *db)
{
  g_autoptr(GString) result = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* A damaged file may fail before the check can start: that is its result too. */
  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_string_append_printf (result, "%s%s", result->len > 0 ? "; " : "",
                              (const char *) sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    g_string_append_printf (result, "%s%s", result->len > 0 ? "; " : "", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  if (!g_str_equal (result->str, "ok"))
    report (run, r, "integrity_check is not ok");
  g_assert_cmpstr (result->str, ==, "ok");

  if (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check") != 0)
    report (run, r, "A foreign key is broken");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

static void
check_others (Run     *run,
              Round   *r,
              sqlite3 *db)
{
  g_autoptr(GHashTable) others = checksum_tables (db, run->scenario->tables);
  g_autoptr(GString) changed = g_string_new (NULL);
  GHashTableIter iter;
  gpointer name, sum;

  g_hash_table_iter_init (&iter, run->others);
  while (g_hash_table_iter_next (&iter, &name, &sum))
    {
      if (g_strcmp0 (g_hash_table_lookup (others, name), sum) != 0)
        g_string_append_printf (changed, " %s", (char *) name);
    }
  if (changed->len > 0 || g_hash_table_size (others) != g_hash_table_size (run->others))
    report (run, r, "A table the child does not write has changed");
  g_assert_cmpstr (changed->str, ==, "");
  g_assert_cmpuint (g_hash_table_size (others), ==, g_hash_table_size (run->others));
}

/* Every record reads as the last confirmed edit left it (or as the template had it); the
 * records of the edit in flight all read as before it, or all as after it. Returns whether
 * the edit in flight was found written. */
static gboolean
check_records (Run     *run,
               Round   *r,
               sqlite3 *db)
{
  g_autoptr(GHashTable) found = read_records (db, run->scenario->records);
  g_autoptr(GHashTable) extra = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *flight = r->in_flight;
  gboolean all_old = TRUE;
  gboolean all_new = TRUE;
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, r->expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *got = g_hash_table_lookup (found, key);
      gboolean asked = FALSE;

      for (guint i = 0; flight != NULL && i < flight->len; i += 2)
        asked = asked || g_str_equal (g_ptr_array_index (flight, i), key);
      if (asked || g_strcmp0 (got, value) == 0)
        continue;
      report (run, r, got == NULL ? "A record is gone"
                                  : "A record does not read as the last confirmed edit left it");
      g_test_message ("record %s", (char *) key);
      g_assert_cmpstr (got, ==, value);
    }

  /* Records that neither the template nor a confirmed edit made. */
  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (!g_hash_table_contains (r->expected, key))
        g_hash_table_insert (extra, key, value);
    }

  for (guint i = 0; flight != NULL && i < flight->len; i += 2)
    {
      const char *key_asked = g_ptr_array_index (flight, i);
      const char *state = g_ptr_array_index (flight, i + 1);

      if (g_str_has_suffix (key_asked, ":new"))
        {
          /* An add: its id was not known yet. At most one record more, as asked. */
          gboolean made = FALSE;

          g_hash_table_iter_init (&iter, extra);
          while (g_hash_table_iter_next (&iter, &key, &value))
            {
              if (g_str_equal (value, state))
                {
                  made = TRUE;
                  g_hash_table_iter_remove (&iter);
                  break;
                }
            }
          all_new = all_new && made;
          all_old = all_old && !made;
        }
      else
        {
          const char *got = g_hash_table_lookup (found, key_asked);

          all_new = all_new && g_strcmp0 (got, state) == 0;
          all_old = all_old && g_strcmp0 (got, g_hash_table_lookup (r->expected, key_asked)) == 0;
          g_hash_table_remove (extra, key_asked);
        }
    }
  if (!all_old && !all_new)
    {
      report (run, r, "The edit in flight at the kill was written in part");
      for (guint i = 0; i < flight->len; i += 2)
        {
          const char *key_asked = g_ptr_array_index (flight, i);

          g_test_message ("%s: before %s; asked %s; found %s", key_asked,
                          (char *) g_hash_table_lookup (r->expected, key_asked),
                          (char *) g_ptr_array_index (flight, i + 1),
                          (char *) g_hash_table_lookup (found, key_asked));
        }
    }
  g_assert_true (all_old || all_new);

  if (g_hash_table_size (extra) > 0)
    {
      report (run, r, "The file has a record that no edit made");
      g_hash_table_iter_init (&iter, extra);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_test_message ("%s: %s", (char *) key, (char *) value);
    }
  g_assert_cmpuint (g_hash_table_size (extra), ==, 0);
  return flight != NULL && all_new && !all_old;
}

/* The import is wholly there or wholly absent; the bookings that were there stay. Returns
 * whether it is there. */
static gboolean
check_import (Run     *run,
              Round   *r,
              sqlite3 *db)
{
  g_autofree char *sql = NULL;
  g_autofree char *old = NULL;
  gboolean confirmed = g_hash_table_contains (r->expected, "import");
  gboolean asked = confirmed || r->in_flight != NULL;
  gint64 new_batch = -1;
  gint64 n_new;

  sql = g_strdup_printf ("SELECT count(*) FROM import_batch WHERE id <> %" G_GINT64_FORMAT,
                         run->old_batch);
  n_new = query_int (db, sql);
  if (n_new > (asked ? 1 : 0) || (confirmed && n_new != 1))
    report (run, r, confirmed ? "A confirmed import is not there"
                              : "An import batch that should not be there");
  g_assert_cmpint (n_new, <=, asked ? 1 : 0);
  g_assert_true (!confirmed || n_new == 1);

  if (n_new == 1)
    {
      sqlite3_stmt *stmt;

      g_free (sql);
      sql = g_strdup_printf ("SELECT id, kind, sha256, rows FROM import_batch"
                             " WHERE id <> %" G_GINT64_FORMAT, run->old_batch);
      stmt = prepare (db, sql);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      new_batch = sqlite3_column_int64 (stmt, 0);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "bookings");
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, run->sha256);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 3), ==, IMPORT_ROWS);
      sqlite3_finalize (stmt);

      g_free (sql);
      sql = g_strdup_printf ("SELECT count(*), sum(amount_cents),"
                             "  sum(kind = 'verplichting') FROM booking"
                             " WHERE batch_id = %" G_GINT64_FORMAT, new_batch);
      stmt = prepare (db, sql);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      if (sqlite3_column_int64 (stmt, 0) != IMPORT_ROWS)
        report (run, r, "The import's batch is there, but not all its bookings");
      g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, IMPORT_ROWS);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, run->import_sum);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 2), ==, run->import_commitments);
      sqlite3_finalize (stmt);
    }

  /* No booking outside the two batches, the earlier import as it was, and the table's
   * index (dropped and made again inside the import's transaction) there. */
  if (query_int (db, "SELECT count(*) FROM booking") != OLD_ROWS + (n_new == 1 ? IMPORT_ROWS : 0))
    report (run, r, "Bookings without their batch");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM booking"), ==,
                   OLD_ROWS + (n_new == 1 ? IMPORT_ROWS : 0));
  old = checksum_old_bookings (db, new_batch);
  g_assert_cmpstr (old, ==, run->old_bookings);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                                  " AND name = 'booking_line_date'"), ==, 1);
  return n_new == 1;
}

/* The application opens the file after the crash. */
static void
check_reopen (Run   *run,
              Round *r)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (r->path, &error);

  if (store == NULL)
    report (run, r, "The application does not open the file after the kill");
  g_assert_no_error (error);
  g_assert_false (ond_store_is_read_only (store));
}

static void
check_round (Run   *run,
             Round *r)
{
  sqlite3 *db = open_plain (r->path);
  gboolean kept;

  check_integrity (run, r, db);
  check_others (run, r, db);
  for (guint i = 0; run->scenario->invariants[i] != NULL; i++)
    {
      gint64 exceptions = query_int (db, run->scenario->invariants[i]);

      if (exceptions != 0)
        {
          report (run, r, "A rule across records is broken");
          g_test_message ("%s", run->scenario->invariants[i]);
        }
      g_assert_cmpint (exceptions, ==, 0);
    }
  if (run->scenario->records != NULL)
    {
      kept = check_records (run, r, db);
      run->n_in_flight += r->in_flight != NULL;
      run->n_in_flight_kept += kept;
      r->found = r->in_flight == NULL ? "no edit in flight"
                 : kept ? "the edit in flight written" : "the edit in flight not written";
    }
  else if (check_import (run, r, db))
    {
      run->n_import_present++;
      r->found = "the import whole";
    }
  else
    {
      run->n_import_absent++;
      r->found = "no import";
    }
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  check_reopen (run, r);
}

/* ---- the rounds -------------------------------------------------------------------------- */

/* When to kill: the first time when the work is done (which shows how long it takes);
 * then anywhere from the start to a little after the end of the work; every other time
 * just after the child said it is about to make a random one of its edits (within about
 * the time an edit takes); for the import two times in three at its transaction, or at
 * its commit. */
static void
choose_kill (Run   *run,
             Round *r)
{
  guint n_edits = run->scenario->kind == SCENARIO_PLAN ? PLAN_EDITS : CASE_EDITS;

  if (r->number == 0)
    r->kill_at = -1;
  else if (run->scenario->kind == SCENARIO_IMPORT && r->number % 3 > 0 &&
           run->aim_span[r->number % 3 - 1] > 0)
    {
      guint aim = r->number % 3 - 1;

      r->anchor = run->aim_lines[aim];
      r->anchor_count = 1;
      r->kill_at = (gint64) g_test_rand_double_range (0, run->aim_span[aim] * 1.25);
    }
  else if (run->scenario->kind != SCENARIO_IMPORT && r->number % 2 == 1)
    {
      r->anchor = "try\t";
      r->anchor_count = g_test_rand_int_range (1, n_edits + 1);
      r->kill_at = (gint64) g_test_rand_double_range (0, 1.5 * run->work_time / n_edits);
    }
  else
    r->kill_at = (gint64) g_test_rand_double_range (0, run->work_time * 1.2);
}

static void
count_round (Run   *run,
             Round *r)
{
  if (!r->ready)
    run->n_before_ready++;
  else if (r->done)
    run->n_after_done++;
  else if (r->n_confirmed == 0)
    run->n_before_first++;
  else
    run->n_mid++;

  if (run->scenario->kind == SCENARIO_IMPORT && r->ready && r->n_confirmed == 0)
    {
      if (r->in_flight == NULL)
        run->n_import_reading++;
      else if (r->progress < IMPORT_ROWS - 1000)
        run->n_import_rows++;
      else if (r->progress < IMPORT_ROWS)
        run->n_import_index++;
      else
        run->n_import_commit++;
    }

  if (r->done)
    run->work_time = r->done_at;
  for (guint a = 0; a < N_AIMS; a++)
    {
      if (r->import_ok_at > 0 && r->aim_at[a] > 0)
        run->aim_span[a] = r->import_ok_at - r->aim_at[a];
    }
}

static void
run_scenario (const Scenario *scenario)
{
  Run run = { 0 };
  gint64 start = g_get_monotonic_time ();

  run.scenario = scenario;
  run.rounds = n_rounds ();
  run.aim_lines[0] = g_strdup ("try\timport");
  run.aim_lines[1] = g_strdup_printf ("progress\t%u", IMPORT_ROWS);
  make_template (&run);

  for (guint i = 0; i < run.rounds; i++)
    {
      g_autofree char *contents = NULL;
      g_autofree char *aim = NULL;
      gsize length = 0;
      Round r = { 0 };

      r.number = i;
      r.seed = g_test_rand_int ();
      r.anchor_at = -1;
      choose_kill (&run, &r);
      r.path = g_strdup_printf ("%s/kill-%u.db", run.dir, i);
      r.partial = g_string_new (NULL);
      r.lines = g_ptr_array_new_with_free_func (g_free);
      r.times = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_assert_true (g_file_get_contents (run.template, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (r.path, contents, length, NULL));

      run_child (&run, &r);
      parse_round (&run, &r);
      check_round (&run, &r);
      count_round (&run, &r);
      if (r.anchor != NULL)
        {
          g_autofree char *anchor = g_strdelimit (g_strdup (r.anchor), "\t", ' ');

          aim = g_strdup_printf ("aimed %.4f s after \"%s\" number %u", r.kill_at / 1e6,
                                 g_strstrip (anchor), r.anchor_count);
        }
      else
        aim = g_strdup (r.kill_at < 0 ? "when done" : "at random");
      g_test_message ("%s kill %u: seed %u, killed %.4f s after the start (%s), %s"
                      " (%u lines, %u confirmed): found %s", scenario->name, i, r.seed,
                      r.killed_at / 1e6, aim, r.done ? "after the work" : "amid it",
                      r.lines->len, r.n_confirmed, r.found);
      ond_test_remove_db (r.path);
      round_clear (&r);
    }

  if (scenario->kind == SCENARIO_IMPORT)
    {
      g_test_message ("import: %u kills in %.1f s (the work takes %.2f s): %u before the store"
                      " was open, %u while it read the file, %u while it wrote the rows, %u in"
                      " the last rows and the index, %u in the commit, %u after it; the import"
                      " found whole %u times, absent %u times", run.rounds,
                      (g_get_monotonic_time () - start) / 1e6, run.work_time / 1e6,
                      run.n_before_ready, run.n_import_reading, run.n_import_rows,
                      run.n_import_index, run.n_import_commit, run.n_mid + run.n_after_done,
                      run.n_import_present, run.n_import_absent);
      /* The kills hit the import's transaction, not only an idle child, and both outcomes
       * were checked. */
      g_assert_cmpuint (run.n_import_rows + run.n_import_index + run.n_import_commit, >=, 1);
      g_assert_cmpuint (run.n_import_present, >=, 1);
      g_assert_cmpuint (run.n_import_absent, >=, 1);
    }
  else
    {
      g_test_message ("%s: %u kills in %.1f s (the work takes %.2f s): %u before the store was"
                      " open, %u before the first confirmed edit, %u amid the edits, %u after"
                      " them; an edit in flight %u times, found written %u times",
                      scenario->name, run.rounds, (g_get_monotonic_time () - start) / 1e6,
                      run.work_time / 1e6, run.n_before_ready, run.n_before_first, run.n_mid,
                      run.n_after_done, run.n_in_flight, run.n_in_flight_kept);
      /* The kills came amid the work: some with an edit in flight. */
      g_assert_cmpuint (run.n_mid, >=, 1);
      g_assert_cmpuint (run.n_in_flight, >=, 1);
    }

  ond_test_remove_tree (run.dir);
  g_free (run.dir);
  g_free (run.template);
  g_free (run.child);
  g_hash_table_unref (run.records);
  g_hash_table_unref (run.others);
  g_free (run.csv);
  g_free (run.sha256);
  g_free (run.old_bookings);
  for (guint a = 0; a < N_AIMS; a++)
    g_free (run.aim_lines[a]);
}

static void
test_plan_edits (void)
{
  run_scenario (&plan_scenario);
}

static void
test_case_edits (void)
{
  run_scenario (&case_scenario);
}

static void
test_bookings_import (void)
{
  run_scenario (&import_scenario);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kill/plan-edits", test_plan_edits);
  g_test_add_func ("/kill/case-edits", test_case_edits);
  g_test_add_func ("/kill/bookings-import", test_bookings_import);
  return g_test_run ();
}
