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

#include <libpq-fe.h>

#include "ond-case-list.h"
#include "ond-case.h"
#include "ond-pg.h"
#include "ond-report.h"
#include "ond-store-budget.h"
#include "ond-store-cases.h"
#include "ond-store-meetings.h"
#include "ond-store-subject.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-server-roles-util.h"

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
  g_test_add_func ("/roles/shared-roles", test_shared_roles);

  return g_test_run ();
}
