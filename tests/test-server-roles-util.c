/* test-server-roles-util.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include <libpq-fe.h>

#include "ond-store-cases.h"
#include "ond-store-meetings.h"
#include "ond-test-pg.h"
#include "test-server-roles-util.h"

const char * const roles[N_ROLES] = { "casework", "budget", "reporting" };

/* The SQLSTATE of @sql run as the login of @uri; "00000" when it succeeded. */
char *
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
char *
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

void
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

void
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
