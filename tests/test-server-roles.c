/* test-server-roles.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The three roles of a team server (ond-store-roles-pg.c), proved against the server on the
 * test cluster (suite pg): budget and reporting cannot read a case's subject, address or
 * summary, by any query of the application nor in plain SQL, while they read and change what
 * their role is for; casework reads its cases, and the access log holds the database user,
 * who cannot write an entry in another's name. Each test logs in as people given one role,
 * made for the test and removed afterwards.
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "ond-case-list.h"
#include "ond-case.h"
#include "ond-pg.h"
#include "ond-report.h"
#include "ond-store-budget.h"
#include "ond-store-cases.h"
#include "ond-store-explanations.h"
#include "ond-store-meetings.h"
#include "ond-store-registers.h"
#include "ond-store-subject.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define SUBJECT "Jan Kanarievogel"
#define ADDRESS "Kanarieweg 713"
#define SUMMARY "Kanarie-samenvatting over een hennepzolder"

static const char * const roles[] = { "casework", "budget", "reporting" };

typedef struct
{
  Fixture  base;
  char    *users[G_N_ELEMENTS (roles)];  /* a login of each role */
  char    *uris[G_N_ELEMENTS (roles)];   /* the database, as that login */
  gint64   case_id;
  gint64   deleted_id;
} RolesFixture;

enum { CASEWORK, BUDGET, REPORTING };

/* The SQLSTATE of @sql run as the login of @uri; "00000" when it succeeded. */
static char *
sql_state (const char *uri,
           const char *sql)
{
  PGconn *conn = PQconnectdb (uri);
  PGresult *result;
  char *state;

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("Cannot connect to %s: %s", uri, PQerrorMessage (conn));
  result = PQexec (conn, sql);
  if (PQresultStatus (result) == PGRES_TUPLES_OK || PQresultStatus (result) == PGRES_COMMAND_OK)
    state = g_strdup ("00000");
  else
    state = g_strdup (PQresultErrorField (result, PG_DIAG_SQLSTATE));
  PQclear (result);
  PQfinish (conn);
  return state;
}

/* The one value of @sql run as the login of @uri, which must succeed. */
static char *
sql_value_as (const char *uri,
              const char *sql)
{
  PGconn *conn = PQconnectdb (uri);
  PGresult *result = PQexec (conn, sql);
  char *value;

  if (PQresultStatus (result) != PGRES_TUPLES_OK || PQntuples (result) != 1)
    g_error ("%s as %s: %s", sql, uri, PQerrorMessage (conn));
  value = g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  PQfinish (conn);
  return value;
}

static void
roles_set_up (RolesFixture  *f,
              gconstpointer  data)
{
  static guint serial;
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = NULL;
  gint64 meeting;

  fixture_set_up (&f->base, data);
  serial++;
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autofree char *sql = NULL;

      f->users[i] = g_strdup_printf ("ond_test_%d_%u_%s", (int) getpid (), serial, roles[i]);
      sql = g_strdup_printf ("CREATE ROLE %s LOGIN IN ROLE %s", f->users[i], roles[i]);
      ond_test_pg_exec (f->base.path, sql);
      f->uris[i] = g_strdup_printf ("%s&user=%s", f->base.path, f->users[i]);
    }

  /* What the owner put in: a case with personal data in every free text, an intervention,
   * a meeting with the case on its agenda, and a removed case. */
  draft = make_draft (&f->base, "2025-03-01", SUBJECT);
  g_free (draft->address);
  draft->address = g_strdup (ADDRESS);
  g_free (draft->summary);
  draft->summary = g_strdup (SUMMARY);
  f->case_id = ond_store_create_case (f->base.store, draft, f->base.today, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_weigh_case (f->base.store, f->case_id, "midden",
                                       OND_WEIGHING_PARTNER, "Wegingsreden-kanarie",
                                       partner_id (&f->base, "Politie"), NULL, &error));
  g_assert_cmpint (ond_store_add_case_intervention (f->base.store, f->case_id,
                                                    intervention_id (&f->base,
                                                                     "Strafrechtelijk onderzoek"),
                                                    partner_id (&f->base, "Politie"), NULL, NULL,
                                                    "gepland", "Interventienotitie-kanarie",
                                                    &error), >, 0);
  meeting = ond_store_create_meeting (f->base.store, "2025-03-10", &error);
  g_assert_cmpint (ond_store_add_meeting_case (f->base.store, meeting, f->case_id, &error), >, 0);
  f->deleted_id = new_case (&f->base, "2025-04-01", "Verborgen Kanarie");
  g_assert_true (ond_store_delete_case (f->base.store, f->deleted_id, &error));
  g_assert_no_error (error);
}

static void
roles_tear_down (RolesFixture  *f,
                 gconstpointer  data)
{
  g_clear_object (&f->base.store);
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP ROLE %s", f->users[i]);

      ond_test_pg_exec (f->base.path, sql);
      g_free (f->users[i]);
      g_free (f->uris[i]);
    }
  fixture_tear_down (&f->base, data);
}

/* Personal data put in by roles_set_up (); none of it may reach budget or reporting. */
static const char * const canaries[] = {
  "Kanarievogel", "Kanarieweg", "Kanarie-samenvatting", "Wegingsreden-kanarie",
  "Interventienotitie-kanarie", "Verborgen Kanarie", "MMA-123",
};

/* Every value of every column of every table that the login of @uri can read, as text. */
static char *
everything_readable (RolesFixture *f,
                     const char   *uri,
                     guint        *n_readable,
                     guint        *n_refused)
{
  g_autofree char *columns = ond_test_pg_rows (f->base.path,
                                               "SELECT table_name || '.' || column_name"
                                               " FROM information_schema.columns"
                                               " WHERE table_schema = 'public'"
                                               " ORDER BY table_name, ordinal_position");
  g_auto(GStrv) lines = g_strsplit (columns, "\n", -1);
  g_autoptr(GString) all = g_string_new (NULL);
  PGconn *conn = PQconnectdb (uri);

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  *n_readable = *n_refused = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      g_autofree char *sql = NULL;
      PGresult *result;

      /* A row of ond_test_pg_rows () ends in its separator. */
      g_strdelimit (lines[i], "|", '\0');
      parts = g_strsplit (lines[i], ".", 2);
      if (parts[0] == NULL || parts[1] == NULL)
        continue;
      sql = g_strdup_printf ("SELECT CAST(\"%s\" AS TEXT) FROM \"%s\"", parts[1], parts[0]);
      result = PQexec (conn, sql);
      if (PQresultStatus (result) == PGRES_TUPLES_OK)
        {
          (*n_readable)++;
          for (int row = 0; row < PQntuples (result); row++)
            g_string_append_printf (all, "%s\n", PQgetvalue (result, row, 0));
        }
      else
        {
          if (g_strcmp0 (PQresultErrorField (result, PG_DIAG_SQLSTATE), "42501") != 0)
            g_error ("%s: %s", sql, PQresultErrorMessage (result));
          (*n_refused)++;
        }
      PQclear (result);
    }
  PQfinish (conn);
  return g_string_free (g_steal_pointer (&all), FALSE);
}

/* In plain SQL on the server: budget and reporting are refused every personal column and
 * every way round it, and read the figures of the current cases. */
static void
test_direct_sql (RolesFixture  *f,
                 gconstpointer  data)
{
  static const char * const refused[] = {
    "SELECT subject_name FROM case_file",
    "SELECT address FROM case_file",
    "SELECT summary FROM case_file",
    "SELECT search_text FROM case_file",
    "SELECT reference FROM case_file",
    "SELECT * FROM case_file",
    "SELECT c FROM case_file c",
    "SELECT count(*) FROM case_file WHERE subject_name LIKE 'Jan%'",
    "SELECT max(address) FROM case_file",
    "COPY case_file TO STDOUT",
    "SELECT note FROM case_intervention",
    "SELECT reason FROM case_event",
    "SELECT topic, decision FROM meeting_item",
    "SELECT * FROM access_log",
    "SELECT * FROM deletion_log",
    "UPDATE case_file SET status = 'gesloten'",
    "DELETE FROM case_intervention",
    "INSERT INTO case_event (case_id, at, who, to_status) VALUES (1, 'x', 'y', 'nieuw')",
    "INSERT INTO access_log (at, who, what) VALUES ('2025-01-01T00:00:00', 'iemand', 'x')",
  };
  gint64 current = sql_int (f->base.path, "SELECT count(*) FROM case_file"
                            " WHERE deleted_at IS NULL", 0);
  gint64 all = sql_int (f->base.path, "SELECT count(*) FROM case_file", 0);

  g_assert_cmpint (current, ==, 1);
  g_assert_cmpint (all, ==, 2);
  for (guint r = BUDGET; r <= REPORTING; r++)
    {
      g_autofree char *count = NULL;
      g_autofree char *status = NULL;
      g_autofree char *interventions = NULL;
      g_autofree char *readable = NULL;
      guint n_readable = 0;
      guint n_refused = 0;

      for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
        {
          g_autofree char *state = sql_state (f->uris[r], refused[i]);

          if (g_strcmp0 (state, "42501") != 0)
            g_error ("%s as %s: SQLSTATE %s, not refused", refused[i], roles[r], state);
        }

      /* The figures: the current case only (the removed one is hidden by row security). */
      count = sql_value_as (f->uris[r], "SELECT count(*) FROM case_file");
      g_assert_cmpint (g_ascii_strtoll (count, NULL, 10), ==, current);
      status = sql_value_as (f->uris[r], "SELECT string_agg(status, ',') FROM case_file");
      g_assert_cmpstr (status, ==, "toegewezen");
      interventions = sql_value_as (f->uris[r], "SELECT count(*) FROM case_intervention"
                                                " WHERE status = 'gepland'");
      g_assert_cmpstr (interventions, ==, "1");

      /* Every column the role can read at all holds none of the personal data. */
      readable = everything_readable (f, f->uris[r], &n_readable, &n_refused);
      g_assert_cmpuint (n_readable, >, 250);
      g_assert_cmpuint (n_refused, >=, 11 + 2 + 1 + 1 + 3 + 5 + 8);
      g_assert_nonnull (strstr (readable, "toegewezen"));
      for (guint i = 0; i < G_N_ELEMENTS (canaries); i++)
        {
          if (strstr (readable, canaries[i]) != NULL)
            g_error ("%s can read “%s”", roles[r], canaries[i]);
        }
    }
}

/* The same for the owner and for casework: the personal data is there to be read. */
static void
test_casework_reads (RolesFixture  *f,
                     gconstpointer  data)
{
  g_autofree char *subject = sql_value_as (f->uris[CASEWORK],
                                           "SELECT string_agg(subject_name, ',' ORDER BY id)"
                                           " FROM case_file");
  g_autofree char *forged = NULL;
  g_autofree char *own = NULL;
  g_autofree char *owner_sees = NULL;
  guint n_readable = 0;
  guint n_refused = 0;
  g_autofree char *readable = everything_readable (f, f->uris[CASEWORK], &n_readable,
                                                   &n_refused);

  g_assert_cmpstr (subject, ==, SUBJECT ",Verborgen Kanarie");
  g_assert_cmpuint (n_refused, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (canaries); i++)
    g_assert_nonnull (strstr (readable, canaries[i]));

  /* An access log entry only in one's own name. */
  forged = sql_state (f->uris[CASEWORK],
                      "INSERT INTO access_log (at, who, what)"
                      " VALUES ('2025-01-01T00:00:00', 'iemand anders', 'Zaak geopend')");
  g_assert_cmpstr (forged, ==, "42501");
  own = sql_state (f->uris[CASEWORK],
                   "INSERT INTO access_log (at, who, what)"
                   " VALUES ('2025-01-01T00:00:00', session_user, 'Zaak geopend')");
  g_assert_cmpstr (own, ==, "00000");
  owner_sees = sql_text (f->base.path, "SELECT count(*) FROM access_log"
                         " WHERE who = 'iemand anders'", 0);
  g_assert_cmpstr (owner_sees, ==, "0");
}

static OndStore *
open_as (RolesFixture *f,
         guint         role)
{
  g_autoptr(GError) error = NULL;
  OndStore *store = ond_store_open (f->uris[role], &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* Through the application: every query that would show personal data is refused to budget
 * and reporting with a clear error, and nothing is written; the council report is made. */
static void
test_application (RolesFixture  *f,
                  gconstpointer  data)
{
  g_autoptr(OndReport) owners_report = NULL;
  g_autofree char *owners_text = NULL;
  g_autofree char *before = snapshot (&f->base);
  gint64 plan = sql_int (f->base.path, "SELECT id FROM plan WHERE state = 'current'", 0);
  const gint64 amounts[] = { 1000000, 2000000 };
  g_autoptr(GError) error = NULL;

  owners_report = ond_report_gather (f->base.store, 0, 2024, f->base.today, &error);
  g_assert_no_error (error);
  owners_text = ond_report_to_text (owners_report);

  for (guint r = BUDGET; r <= REPORTING; r++)
    {
      g_autoptr(OndStore) store = open_as (f, r);
      g_autoptr(OndCase) opened = NULL;
      g_autoptr(OndCase) got = NULL;
      g_autoptr(GListModel) found = NULL;
      g_autoptr(GListModel) log = NULL;
      g_autoptr(GListModel) items = NULL;
      g_autoptr(OndCaseList) list = NULL;
      g_autoptr(OndCaseDraft) draft = make_draft (&f->base, "2025-05-01", "Nieuwe Kanarie");
      g_autoptr(OndReport) report = NULL;
      g_autofree char *text = NULL;
      g_autofree char *role = NULL;
      OndStoreAccess access = ond_store_get_access (store, &role);
      gint64 line;

      g_assert_cmpstr (role, ==, roles[r]);
      g_assert_false (access & OND_STORE_ACCESS_READ_CASES);
      g_assert_false (access & OND_STORE_ACCESS_EDIT_CASES);
      g_assert_true (access & OND_STORE_ACCESS_READ_BUDGET);
      g_assert_cmpint (!!(access & OND_STORE_ACCESS_EDIT_BUDGET), ==, r == BUDGET);
      g_assert_cmpint (!!(access & OND_STORE_ACCESS_EDIT_PLAN), ==, r == REPORTING);

      opened = ond_store_open_case (store, f->case_id, &error);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_PERMISSION);
      g_assert_null (opened);
      g_clear_error (&error);
      got = ond_store_get_case (store, f->case_id, &error);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_PERMISSION);
      g_clear_error (&error);
      found = ond_store_find_subject (store, "Kanarievogel", NULL, &error);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_PERMISSION);
      g_clear_error (&error);
      log = ond_store_list_access_log (store, NULL, &error);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_PERMISSION);
      g_clear_error (&error);
      items = ond_store_list_meeting_items (store,
                                            sql_int (f->base.path,
                                                     "SELECT id FROM meeting", 0),
                                            &error);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_PERMISSION);
      g_clear_error (&error);
      list = ond_case_list_new (store);
      ond_case_list_set_search (list, "Kanarie");
      ond_case_list_reload (list);
      g_assert_nonnull (ond_case_list_get_error (list));
      g_assert_true (g_error_matches (ond_case_list_get_error (list), OND_STORE_ERROR,
                                      OND_STORE_ERROR_PERMISSION));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
      g_assert_cmpint (ond_store_create_case (store, draft, f->base.today, NULL, &error), ==,
                       0);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_PERMISSION);
      g_clear_error (&error);

      /* The council report, the same as the owner's. */
      report = ond_report_gather (store, 0, 2024, f->base.today, &error);
      g_assert_no_error (error);
      text = ond_report_to_text (report);
      g_assert_cmpstr (text, ==, owners_text);

      /* A budget line: budget's to change, not reporting's. */
      line = ond_store_add_budget_line (store, plan, "Rollen-test", "6.1", amounts,
                                        G_N_ELEMENTS (amounts), &error);
      if (r == BUDGET)
        {
          g_assert_no_error (error);
          g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM budget_line"
                                    " WHERE id = ?", line), ==, 1);
          g_assert_true (ond_store_delete_budget_line (store, line, &error));
          g_assert_no_error (error);
        }
      else
        {
          g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_PERMISSION);
          g_assert_cmpint (line, ==, 0);
          g_clear_error (&error);
        }
    }
  {
    g_autofree char *after = snapshot (&f->base);

    g_assert_cmpstr (after, ==, before);
  }
}

/* Casework opens a case: the access log holds its database user; the budget is not its to
 * change. */
static void
test_casework_store (RolesFixture  *f,
                     gconstpointer  data)
{
  g_autoptr(OndStore) store = open_as (f, CASEWORK);
  g_autoptr(OndCase) opened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *role = NULL;
  g_autofree char *who = NULL;
  gint64 plan = sql_int (f->base.path, "SELECT id FROM plan WHERE state = 'current'", 0);
  const gint64 amounts[] = { 1000000, 2000000 };
  OndStoreAccess access = ond_store_get_access (store, &role);

  g_assert_cmpstr (role, ==, "casework");
  g_assert_cmpint (access, ==, OND_STORE_ACCESS_READ_CASES | OND_STORE_ACCESS_EDIT_CASES |
                   OND_STORE_ACCESS_READ_BUDGET | OND_STORE_ACCESS_EDIT_PLAN |
                   OND_STORE_ACCESS_EDIT_REGISTERS);
  g_assert_cmpint (ond_store_get_access (f->base.store, NULL), ==, OND_STORE_ACCESS_ALL);

  opened = ond_store_open_case (store, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ond_case_get_subject_name (opened), ==, SUBJECT);
  who = sql_text (f->base.path, "SELECT who FROM access_log ORDER BY id DESC LIMIT 1", 0);
  g_assert_cmpstr (who, ==, f->users[CASEWORK]);

  g_assert_cmpint (ond_store_add_budget_line (store, plan, "Rollen-test", "6.1", amounts,
                                              G_N_ELEMENTS (amounts), &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_PERMISSION);
}

static gpointer
init_blank (gpointer data)
{
  g_autoptr(GError) error = NULL;
  int found = -1;

  ond_store_init_server (data, &found, &error);
  g_assert_no_error (error);
  g_assert_cmpint (found, ==, 0);
  return NULL;
}

/* The roles are the whole server's: setting up more databases at once reuses them. */
static void
test_shared_roles (void)
{
  char *uris[3];
  GThread *threads[G_N_ELEMENTS (uris)];

  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    uris[i] = ond_test_pg_new_blank ();
  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    threads[i] = g_thread_new ("init", init_blank, uris[i]);
  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpint (ond_test_pg_int (uris[i], "SELECT count(*) FROM pg_roles WHERE rolname"
                                        " IN ('casework', 'budget', 'reporting')", 0), ==, 3);
      ond_test_pg_drop_database (uris[i]);
      g_free (uris[i]);
    }
}

/* A server database of version 6 (no row versions, no roles yet) is brought up to date by
 * its owner when opened; a member of a role is told to ask the administrator, and nothing
 * changes. */
static void
test_upgrade_from_6 (RolesFixture  *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) as_casework = NULL;
  g_autoptr(OndStore) as_owner = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 cases = sql_int (f->base.path, "SELECT count(*) FROM case_file", 0);

  g_clear_object (&f->base.store);
  ond_test_pg_exec (f->base.path,
                    "DO $$ DECLARE p record; BEGIN"
                    "  FOR p IN SELECT policyname, tablename FROM pg_policies LOOP"
                    "    EXECUTE format ('DROP POLICY %I ON %I', p.policyname, p.tablename);"
                    "  END LOOP;"
                    "END $$;"
                    "ALTER TABLE case_file DISABLE ROW LEVEL SECURITY;"
                    "ALTER TABLE access_log DISABLE ROW LEVEL SECURITY;"
                    "ALTER TABLE deletion_log DISABLE ROW LEVEL SECURITY;"
                    "ALTER TABLE import_batch DISABLE ROW LEVEL SECURITY;"
                    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM casework, budget, reporting;"
                    "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM casework, budget,"
                    "  reporting;"
                    "ALTER TABLE case_file DROP COLUMN row_version;"
                    "ALTER TABLE case_intervention DROP COLUMN row_version;"
                    "ALTER TABLE budget_line DROP COLUMN row_version;"
                    "ALTER TABLE action DROP COLUMN row_version;"
                    "ALTER TABLE funding DROP COLUMN row_version;"
                    "ALTER TABLE plan_item DROP COLUMN row_version;"
                    "ALTER TABLE partner DROP COLUMN row_version;"
                    "ALTER TABLE explanation DROP COLUMN row_version;"
                    "ALTER TABLE control DROP COLUMN row_version;"
                    "ALTER TABLE measure DROP COLUMN row_version;"
                    "ALTER TABLE stop_talk DROP COLUMN row_version;"
                    "ALTER TABLE activity DROP COLUMN row_version;"
                    "ALTER TABLE booking DROP COLUMN row_version;"
                    "ALTER TABLE indicator_value DROP COLUMN row_version;"
                    "ALTER TABLE intervention DROP COLUMN row_version;"
                    "ALTER TABLE theme DROP COLUMN row_version;"
                    "ALTER TABLE meeting_item DROP COLUMN row_version;"
                    "UPDATE ond_database SET schema_version = 6;");
  /* As version 6 had it: a role sees nothing of the tables. */
  ond_test_pg_exec (f->base.path, "GRANT SELECT ON ond_database TO casework");
  before = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");

  as_casework = ond_store_open (f->uris[CASEWORK], &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA);
  g_assert_nonnull (strstr (error->message, "administrator"));
  g_assert_null (as_casework);
  g_clear_error (&error);
  after = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM information_schema.columns"
                            " WHERE table_name = 'case_file' AND column_name = 'row_version'",
                            0), ==, 0);

  as_owner = ond_store_open (f->base.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->base.path, "SELECT schema_version FROM ond_database", 0), ==,
                   OND_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM case_file"
                            " WHERE row_version = 1", 0), ==, cases);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM pg_policies", 0), >, 0);

  /* Now the roles work as on a database set up by this version. */
  {
    g_autofree char *refused = sql_state (f->uris[REPORTING],
                                          "SELECT subject_name FROM case_file");
    g_autofree char *count = sql_value_as (f->uris[REPORTING],
                                           "SELECT count(*) FROM case_file");

    g_assert_cmpstr (refused, ==, "42501");
    g_assert_cmpint (g_ascii_strtoll (count, NULL, 10), ==, cases - 1);
  }
  f->base.store = g_steal_pointer (&as_owner);
}

/* A server database of version 7 (row versions on cases only, the roles set up) is brought
 * up to date by its owner on open, not by a role: the row versions of migration 8 on every
 * intervention of a case and every budget line, and the figures roles granted the new
 * column of case_intervention (column grants are computed when granted); budget reads and
 * updates budget_line as before. */
static void
test_upgrade_from_7 (RolesFixture  *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) as_casework = NULL;
  g_autoptr(OndStore) as_owner = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 lines = sql_int (f->base.path, "SELECT count(*) FROM budget_line", 0);
  gint64 interventions;
  gint64 id = new_case (&f->base, "2025-01-10", "Jan de Vries");

  g_assert_cmpint (ond_store_add_case_intervention (f->base.store, id,
                                                    intervention_id (&f->base, "BRP controle"),
                                                    partner_id (&f->base, "Gemeente"), NULL,
                                                    NULL, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  interventions = sql_int (f->base.path, "SELECT count(*) FROM case_intervention", 0);
  g_assert_cmpint (interventions, >, 0);
  g_assert_cmpint (lines, >, 0);

  g_clear_object (&f->base.store);
  ond_test_pg_exec (f->base.path,
                    "ALTER TABLE case_intervention DROP COLUMN row_version;"
                    "ALTER TABLE budget_line DROP COLUMN row_version;"
                    "ALTER TABLE action DROP COLUMN row_version;"
                    "ALTER TABLE funding DROP COLUMN row_version;"
                    "ALTER TABLE plan_item DROP COLUMN row_version;"
                    "ALTER TABLE partner DROP COLUMN row_version;"
                    "ALTER TABLE explanation DROP COLUMN row_version;"
                    "ALTER TABLE control DROP COLUMN row_version;"
                    "ALTER TABLE measure DROP COLUMN row_version;"
                    "ALTER TABLE stop_talk DROP COLUMN row_version;"
                    "ALTER TABLE activity DROP COLUMN row_version;"
                    "ALTER TABLE booking DROP COLUMN row_version;"
                    "ALTER TABLE indicator_value DROP COLUMN row_version;"
                    "ALTER TABLE intervention DROP COLUMN row_version;"
                    "ALTER TABLE theme DROP COLUMN row_version;"
                    "ALTER TABLE meeting_item DROP COLUMN row_version;"
                    "UPDATE ond_database SET schema_version = 7;");
  before = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");

  as_casework = ond_store_open (f->uris[CASEWORK], &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA);
  g_assert_null (as_casework);
  g_clear_error (&error);
  after = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM information_schema.columns"
                            " WHERE table_name IN ('case_intervention', 'budget_line')"
                            " AND column_name = 'row_version'", 0), ==, 0);

  as_owner = ond_store_open (f->base.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->base.path, "SELECT schema_version FROM ond_database", 0), ==,
                   OND_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM case_intervention"
                            " WHERE row_version = 1", 0), ==, interventions);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM budget_line"
                            " WHERE row_version = 1", 0), ==, lines);

  /* The roles read the new columns; budget updates a line as before. */
  {
    g_autofree char *figures = sql_value_as (f->uris[REPORTING],
                                             "SELECT count(row_version) FROM case_intervention");
    g_autofree char *note = sql_state (f->uris[REPORTING], "SELECT note FROM case_intervention");
    g_autofree char *read = sql_value_as (f->uris[BUDGET],
                                          "SELECT count(row_version) FROM budget_line");
    g_autofree char *by_reporting = sql_value_as (f->uris[REPORTING],
                                                  "SELECT count(row_version) FROM budget_line");
    g_autofree char *updated = sql_value_as (f->uris[BUDGET],
                                             "UPDATE budget_line SET name = name,"
                                             " row_version = row_version + 1"
                                             " WHERE id = (SELECT min(id) FROM budget_line)"
                                             " RETURNING row_version");

    g_assert_cmpint (g_ascii_strtoll (figures, NULL, 10), ==, interventions);
    g_assert_cmpstr (note, ==, "42501");
    g_assert_cmpint (g_ascii_strtoll (read, NULL, 10), ==, lines);
    g_assert_cmpint (g_ascii_strtoll (by_reporting, NULL, 10), ==, lines);
    g_assert_cmpstr (updated, ==, "2");
  }
  f->base.store = g_steal_pointer (&as_owner);
}

/* A server database of version 8 is brought up to date by its owner on open, not by a role:
 * the row versions of migration 9 on every action and every funding; budget reads and
 * updates funding as before (with its version), reporting reads it and changes an action of
 * the plan, casework reads both. */
static void
test_upgrade_from_8 (RolesFixture  *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) as_budget = NULL;
  g_autoptr(OndStore) as_owner = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 actions = sql_int (f->base.path, "SELECT count(*) FROM action", 0);
  gint64 funding = sql_int (f->base.path, "SELECT count(*) FROM funding", 0);
  int found = -1;

  g_assert_cmpint (actions, >, 0);
  g_assert_cmpint (funding, >, 0);
  g_clear_object (&f->base.store);
  ond_test_pg_exec (f->base.path,
                    "ALTER TABLE action DROP COLUMN row_version;"
                    "ALTER TABLE funding DROP COLUMN row_version;"
                    "ALTER TABLE plan_item DROP COLUMN row_version;"
                    "ALTER TABLE partner DROP COLUMN row_version;"
                    "ALTER TABLE explanation DROP COLUMN row_version;"
                    "ALTER TABLE control DROP COLUMN row_version;"
                    "ALTER TABLE measure DROP COLUMN row_version;"
                    "ALTER TABLE stop_talk DROP COLUMN row_version;"
                    "ALTER TABLE activity DROP COLUMN row_version;"
                    "ALTER TABLE booking DROP COLUMN row_version;"
                    "ALTER TABLE indicator_value DROP COLUMN row_version;"
                    "ALTER TABLE intervention DROP COLUMN row_version;"
                    "ALTER TABLE theme DROP COLUMN row_version;"
                    "ALTER TABLE meeting_item DROP COLUMN row_version;"
                    "UPDATE ond_database SET schema_version = 8;");
  before = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");

  as_budget = ond_store_open (f->uris[BUDGET], &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA);
  g_assert_null (as_budget);
  g_clear_error (&error);
  after = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM information_schema.columns"
                            " WHERE table_name IN ('action', 'funding')"
                            " AND column_name = 'row_version'", 0), ==, 0);

  /* Its owner's --init-server brings it up to date, as opening it does, and says from which
   * version. */
  g_assert_true (ond_store_init_server (f->base.path, &found, &error));
  g_assert_no_error (error);
  g_assert_cmpint (found, ==, 8);
  g_assert_cmpint (sql_int (f->base.path, "SELECT schema_version FROM ond_database", 0), ==,
                   OND_STORE_SCHEMA_VERSION);
  as_owner = ond_store_open (f->base.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM action WHERE row_version = 1",
                            0), ==, actions);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM funding WHERE row_version = 1",
                            0), ==, funding);

  /* The roles do what they did, with the new columns. */
  {
    g_autofree char *read = sql_value_as (f->uris[BUDGET],
                                          "SELECT count(row_version) FROM funding");
    g_autofree char *by_reporting = sql_value_as (f->uris[REPORTING],
                                                  "SELECT count(row_version) FROM funding");
    g_autofree char *by_casework = sql_value_as (f->uris[CASEWORK],
                                                 "SELECT count(row_version) FROM action");
    g_autofree char *updated = sql_value_as (f->uris[BUDGET],
                                             "UPDATE funding SET earmark = 'Gewijzigd',"
                                             " row_version = row_version + 1"
                                             " WHERE id = (SELECT min(id) FROM funding)"
                                             " RETURNING row_version");
    g_autofree char *action = sql_value_as (f->uris[REPORTING],
                                            "UPDATE action SET status = 'lopend',"
                                            " row_version = row_version + 1"
                                            " WHERE id = (SELECT min(id) FROM action)"
                                            " RETURNING row_version");
    g_autofree char *refused = sql_state (f->uris[BUDGET],
                                          "UPDATE action SET row_version = row_version + 1");

    g_assert_cmpint (g_ascii_strtoll (read, NULL, 10), ==, funding);
    g_assert_cmpint (g_ascii_strtoll (by_reporting, NULL, 10), ==, funding);
    g_assert_cmpint (g_ascii_strtoll (by_casework, NULL, 10), ==, actions);
    g_assert_cmpstr (updated, ==, "2");
    g_assert_cmpstr (action, ==, "2");
    g_assert_cmpstr (refused, ==, "42501");
  }
  f->base.store = g_steal_pointer (&as_owner);
}

/* A server database of version 9 is brought up to date by its owner on open, not by a role:
 * the row versions of migration 10 on every planning row, partner and explanation; the roles
 * read them (the plan's and the reports' tables are granted whole), casework and reporting
 * change a planning row and a partner with their versions as before, budget may not change a
 * planning row but does change an explanation. */
static void
test_upgrade_from_9 (RolesFixture  *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) as_reporting = NULL;
  g_autoptr(OndStore) as_owner = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 items = sql_int (f->base.path, "SELECT count(*) FROM plan_item", 0);
  gint64 partners = sql_int (f->base.path, "SELECT count(*) FROM partner", 0);
  gint64 plan_id = sql_int (f->base.path, "SELECT min(id) FROM plan WHERE 0 = ?", 0);

  g_assert_cmpint (ond_store_set_explanation (f->base.store, plan_id, OND_EXPLANATION_YEAR, 0,
                                              (int) sql_int (f->base.path,
                                                             "SELECT first_year FROM plan"
                                                             " WHERE id = ?", plan_id),
                                              "Een toelichting", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (items, >, 0);
  g_assert_cmpint (partners, >, 0);
  g_clear_object (&f->base.store);
  ond_test_pg_exec (f->base.path,
                    "ALTER TABLE plan_item DROP COLUMN row_version;"
                    "ALTER TABLE partner DROP COLUMN row_version;"
                    "ALTER TABLE explanation DROP COLUMN row_version;"
                    "ALTER TABLE control DROP COLUMN row_version;"
                    "ALTER TABLE measure DROP COLUMN row_version;"
                    "ALTER TABLE stop_talk DROP COLUMN row_version;"
                    "ALTER TABLE activity DROP COLUMN row_version;"
                    "ALTER TABLE booking DROP COLUMN row_version;"
                    "ALTER TABLE indicator_value DROP COLUMN row_version;"
                    "ALTER TABLE intervention DROP COLUMN row_version;"
                    "ALTER TABLE theme DROP COLUMN row_version;"
                    "ALTER TABLE meeting_item DROP COLUMN row_version;"
                    "UPDATE ond_database SET schema_version = 9;");
  before = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");

  as_reporting = ond_store_open (f->uris[REPORTING], &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA);
  g_assert_null (as_reporting);
  g_clear_error (&error);
  after = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM information_schema.columns"
                            " WHERE table_name IN ('plan_item', 'partner', 'explanation')"
                            " AND column_name = 'row_version'", 0), ==, 0);

  as_owner = ond_store_open (f->base.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->base.path, "SELECT schema_version FROM ond_database", 0), ==,
                   OND_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM plan_item"
                            " WHERE row_version = 1", 0), ==, items);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM partner"
                            " WHERE row_version = 1", 0), ==, partners);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM explanation"
                            " WHERE row_version = 1", 0), ==, 1);

  /* The roles do what they did, with the new columns. */
  {
    g_autofree char *by_budget = sql_value_as (f->uris[BUDGET],
                                               "SELECT count(row_version) FROM plan_item");
    g_autofree char *partners_read = sql_value_as (f->uris[CASEWORK],
                                                   "SELECT count(row_version) FROM partner");
    g_autofree char *item = sql_value_as (f->uris[REPORTING],
                                          "UPDATE plan_item SET status = 'lopend',"
                                          " row_version = row_version + 1"
                                          " WHERE id = (SELECT min(id) FROM plan_item)"
                                          " RETURNING row_version");
    g_autofree char *partner = sql_value_as (f->uris[CASEWORK],
                                             "UPDATE partner SET contact_role = 'Wijkagent',"
                                             " row_version = row_version + 1"
                                             " WHERE id = (SELECT min(id) FROM partner)"
                                             " RETURNING row_version");
    g_autofree char *refused = sql_state (f->uris[BUDGET],
                                          "UPDATE plan_item SET row_version = row_version + 1");
    g_autofree char *explained = sql_value_as (f->uris[BUDGET],
                                               "UPDATE explanation SET text = 'Anders',"
                                               " row_version = row_version + 1"
                                               " RETURNING row_version");

    g_assert_cmpint (g_ascii_strtoll (by_budget, NULL, 10), ==, items);
    g_assert_cmpint (g_ascii_strtoll (partners_read, NULL, 10), ==, partners);
    g_assert_cmpstr (item, ==, "2");
    g_assert_cmpstr (partner, ==, "2");
    g_assert_cmpstr (refused, ==, "42501");
    g_assert_cmpstr (explained, ==, "2");
  }
  f->base.store = g_steal_pointer (&as_owner);
}

/* A server database of version 10 is brought up to date by its owner on open, not by a role:
 * the row versions of migration 11 on every record of the registers; casework reads and
 * changes them with their versions, budget and reporting read them (a control's and an
 * activity's columns but the note, measure and stop_talk whole) and change none. */
static void
test_upgrade_from_10 (RolesFixture  *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) as_reporting = NULL;
  g_autoptr(OndStore) as_owner = NULL;
  g_autoptr(OndControl) control = NULL;
  g_autoptr(OndMeasure) measure = NULL;
  g_autoptr(OndStopTalk) stop_talk = NULL;
  g_autoptr(OndActivity) activity = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char * const tables[] = { "control", "measure", "stop_talk", "activity" };

  control = ond_control_new (0, "2024-02-01", "integraal", NULL, 0, NULL, 4, 1, NULL, 0, NULL,
                             "Een notitie");
  measure = ond_measure_new (0, "2024-03-01", "sluiting", NULL, "harddrugs", NULL, "", 0, NULL,
                             0, NULL);
  stop_talk = ond_stop_talk_new (0, "2024-04-01", "Autobranche", TRUE, 0, NULL);
  activity = ond_activity_new (0, "2024-05-01", "drugsactie", NULL, 0, NULL, 0, NULL, 0, NULL,
                               "Wijkschouw");
  g_assert_cmpint (ond_store_save_control (f->base.store, control, OND_REGISTER_FLAGS_NONE,
                                           &error), >, 0);
  g_assert_cmpint (ond_store_save_measure (f->base.store, measure, OND_REGISTER_FLAGS_NONE,
                                           &error), >, 0);
  g_assert_cmpint (ond_store_save_stop_talk (f->base.store, stop_talk, OND_REGISTER_FLAGS_NONE,
                                             &error), >, 0);
  g_assert_cmpint (ond_store_save_activity (f->base.store, activity, OND_REGISTER_FLAGS_NONE,
                                            &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&f->base.store);
  ond_test_pg_exec (f->base.path,
                    "ALTER TABLE control DROP COLUMN row_version;"
                    "ALTER TABLE measure DROP COLUMN row_version;"
                    "ALTER TABLE stop_talk DROP COLUMN row_version;"
                    "ALTER TABLE activity DROP COLUMN row_version;"
                    "ALTER TABLE booking DROP COLUMN row_version;"
                    "ALTER TABLE indicator_value DROP COLUMN row_version;"
                    "ALTER TABLE intervention DROP COLUMN row_version;"
                    "ALTER TABLE theme DROP COLUMN row_version;"
                    "ALTER TABLE meeting_item DROP COLUMN row_version;"
                    "UPDATE ond_database SET schema_version = 10;");
  before = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");

  as_reporting = ond_store_open (f->uris[REPORTING], &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA);
  g_assert_null (as_reporting);
  g_clear_error (&error);
  after = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM information_schema.columns"
                            " WHERE table_name IN ('control', 'measure', 'stop_talk',"
                            " 'activity') AND column_name = 'row_version'", 0), ==, 0);

  as_owner = ond_store_open (f->base.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->base.path, "SELECT schema_version FROM ond_database", 0), ==,
                   OND_STORE_SCHEMA_VERSION);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE row_version = 1",
                                              tables[i]);
      g_autofree char *budget_sql = g_strdup_printf ("SELECT count(row_version) FROM %s",
                                                     tables[i]);
      g_autofree char *by_budget = sql_value_as (f->uris[BUDGET], budget_sql);
      g_autofree char *by_reporting = sql_value_as (f->uris[REPORTING], budget_sql);

      g_assert_cmpint (sql_int (f->base.path, sql, 0), ==, 1);
      g_assert_cmpstr (by_budget, ==, "1");
      g_assert_cmpstr (by_reporting, ==, "1");
    }

  /* The roles do what they did, with the new columns. */
  {
    g_autofree char *changed = sql_value_as (f->uris[CASEWORK],
                                             "UPDATE control SET businesses = 5,"
                                             " row_version = row_version + 1"
                                             " RETURNING row_version");
    g_autofree char *talk = sql_value_as (f->uris[CASEWORK],
                                          "UPDATE stop_talk SET maatwerk = 0,"
                                          " row_version = row_version + 1"
                                          " RETURNING row_version");
    g_autofree char *refused = sql_state (f->uris[BUDGET],
                                          "UPDATE measure SET row_version = row_version + 1");
    g_autofree char *refused_too = sql_state (f->uris[REPORTING],
                                              "UPDATE activity SET row_version = 7");
    g_autofree char *note = sql_state (f->uris[BUDGET], "SELECT note FROM control");

    g_assert_cmpstr (changed, ==, "2");
    g_assert_cmpstr (talk, ==, "2");
    g_assert_cmpstr (refused, ==, "42501");
    g_assert_cmpstr (refused_too, ==, "42501");
    g_assert_cmpstr (note, ==, "42501");
  }
  f->base.store = g_steal_pointer (&as_owner);
}

/* A database of version 11, without the row versions of migration 12 (booking,
 * indicator_value, intervention, theme, meeting_item): only the owner brings it up to date;
 * every row has version 1, casework and budget change them with their versions as their roles
 * allow, budget and reporting read them (an agenda item's columns but the decision) and budget
 * changes no agenda item. */
static void
test_upgrade_from_11 (RolesFixture  *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) as_reporting = NULL;
  g_autoptr(OndStore) as_owner = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char * const tables[] = {
    "booking", "indicator_value", "intervention", "theme", "meeting_item",
  };

  g_clear_object (&f->base.store);
  ond_test_pg_exec (f->base.path,
                    "INSERT INTO booking (date, line_id, amount_cents, kind)"
                    " SELECT '2024-01-02', min(id), 100, 'realisatie' FROM budget_line;"
                    "ALTER TABLE booking DROP COLUMN row_version;"
                    "ALTER TABLE indicator_value DROP COLUMN row_version;"
                    "ALTER TABLE intervention DROP COLUMN row_version;"
                    "ALTER TABLE theme DROP COLUMN row_version;"
                    "ALTER TABLE meeting_item DROP COLUMN row_version;"
                    "UPDATE ond_database SET schema_version = 11;");
  before = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");

  as_reporting = ond_store_open (f->uris[REPORTING], &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA);
  g_assert_null (as_reporting);
  g_clear_error (&error);
  after = sql_rows (f->base.path, "SELECT schema_version FROM ond_database");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM information_schema.columns"
                            " WHERE table_name IN ('booking', 'indicator_value', 'intervention',"
                            " 'theme', 'meeting_item') AND column_name = 'row_version'", 0),
                   ==, 0);

  as_owner = ond_store_open (f->base.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->base.path, "SELECT schema_version FROM ond_database", 0), ==,
                   OND_STORE_SCHEMA_VERSION);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE row_version <> 1"
                                              " OR 0 = ?", tables[i]);
      g_autofree char *all = g_strdup_printf ("SELECT count(*) FROM %s WHERE 0 = ?",
                                              tables[i]);
      g_autofree char *read_sql = g_strdup_printf ("SELECT count(row_version) FROM %s",
                                                   tables[i]);
      g_autofree char *by_budget = sql_value_as (f->uris[BUDGET], read_sql);
      g_autofree char *by_reporting = sql_value_as (f->uris[REPORTING], read_sql);
      g_autofree char *expected = NULL;
      gint64 rows = sql_int (f->base.path, all, 0);

      g_assert_cmpint (rows, >, 0);
      g_assert_cmpint (sql_int (f->base.path, sql, 1), ==, 0);
      expected = g_strdup_printf ("%" G_GINT64_FORMAT, rows);
      g_assert_cmpstr (by_budget, ==, expected);
      g_assert_cmpstr (by_reporting, ==, expected);
    }

  /* The roles do what they did, with the new columns. */
  {
    g_autofree char *decided = sql_value_as (f->uris[CASEWORK],
                                             "UPDATE meeting_item SET decision = 'Opvolgen',"
                                             " row_version = row_version + 1"
                                             " RETURNING row_version");
    g_autofree char *booked = sql_value_as (f->uris[BUDGET],
                                            "UPDATE booking SET amount_cents = 200,"
                                            " row_version = row_version + 1"
                                            " RETURNING row_version");
    g_autofree char *refused = sql_state (f->uris[BUDGET],
                                          "UPDATE meeting_item SET row_version = 7");
    g_autofree char *decision = sql_state (f->uris[REPORTING],
                                           "SELECT decision FROM meeting_item");

    g_assert_cmpstr (decided, ==, "2");
    g_assert_cmpstr (booked, ==, "2");
    g_assert_cmpstr (refused, ==, "42501");
    g_assert_cmpstr (decision, ==, "42501");
  }
  f->base.store = g_steal_pointer (&as_owner);
}

#define ADD_ROLES_TEST(path, func) \
  g_test_add ((path), RolesFixture, NULL, roles_set_up, (func), roles_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_setenv ("OND_TEST_BACKEND", "postgresql", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("OND_TEST_PG") == NULL)
    {
      g_test_skip ("no PostgreSQL test cluster (OND_TEST_PG): run through make check");
      return g_test_run ();
    }

  ADD_ROLES_TEST ("/roles/direct-sql", test_direct_sql);
  ADD_ROLES_TEST ("/roles/casework-reads", test_casework_reads);
  ADD_ROLES_TEST ("/roles/application", test_application);
  ADD_ROLES_TEST ("/roles/casework-store", test_casework_store);
  ADD_ROLES_TEST ("/roles/upgrade-from-6", test_upgrade_from_6);
  ADD_ROLES_TEST ("/roles/upgrade-from-7", test_upgrade_from_7);
  ADD_ROLES_TEST ("/roles/upgrade-from-8", test_upgrade_from_8);
  ADD_ROLES_TEST ("/roles/upgrade-from-9", test_upgrade_from_9);
  ADD_ROLES_TEST ("/roles/upgrade-from-10", test_upgrade_from_10);
  ADD_ROLES_TEST ("/roles/upgrade-from-11", test_upgrade_from_11);
  g_test_add_func ("/roles/shared-roles", test_shared_roles);

  return g_test_run ();
}
