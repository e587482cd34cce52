/* test-server-roles-upgrade.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A team server's database of an older version (6 to 11) is brought up to date by its owner
 * on open, not by a role: a member of a role is told to ask the administrator and nothing
 * changes; after the owner's open every row has its row version and the roles do what they
 * did, with the new columns. Each test takes a fresh database back to its version by
 * dropping the columns of every later migration (added_columns in test-case-util.c: a new
 * migration only adds its own there).
 */

#include "config.h"

#include <string.h>

#include "ond-store-cases.h"
#include "ond-store-explanations.h"
#include "ond-store-registers.h"
#include "ond-test-pg.h"
#include "test-server-roles-util.h"

/* How many columns @column of the database of @f is: 1 when there, else 0. */
static gint64
column_count (RolesFixture      *f,
              const AddedColumn *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM information_schema.columns"
                                          " WHERE table_schema = 'public'"
                                          " AND table_name = '%s' AND column_name = '%s'",
                                          column->table, column->column);

  return sql_int (f->base.path, sql, 0);
}

/* The rows of every table a migration after @version adds a column to: a "table count" line
 * each. Transfer full. */
static char *
row_counts (RolesFixture *f,
            guint         version)
{
  GString *counts = g_string_new (NULL);
  guint n = 0;
  const AddedColumn *added = added_columns_list (&n);

  for (guint i = 0; i < n; i++)
    if (added[i].version > version)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", added[i].table);

        g_string_append_printf (counts, "%s %" G_GINT64_FORMAT "\n", added[i].table,
                                sql_int (f->base.path, sql, 0));
      }
  return g_string_free (counts, FALSE);
}

/* Takes the database of @f back to @version: closes the owner's store, drops the columns of
 * every later migration, runs @extra_sql (NULL: none) and sets the version. The login of
 * @refused_role opening it then is told to ask the administrator, and nothing changes: every
 * row of every table as it was, the later columns still absent. */
static void
take_back (RolesFixture *f,
           guint         version,
           const char   *extra_sql,
           guint         refused_role)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) refused = NULL;
  g_autofree char *drop = added_columns_drop_sql (version);
  g_autofree char *set_version = g_strdup_printf ("UPDATE ond_database"
                                                  " SET schema_version = %u", version);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n = 0;
  const AddedColumn *added = added_columns_list (&n);

  g_assert_cmpuint (version, <, OND_STORE_SCHEMA_VERSION);
  g_assert_cmpuint (strlen (drop), >, 0);
  g_clear_object (&f->base.store);
  ond_test_pg_exec (f->base.path, drop);
  if (extra_sql != NULL)
    ond_test_pg_exec (f->base.path, extra_sql);
  ond_test_pg_exec (f->base.path, set_version);
  before = dump_all_tables (f->base.path);

  refused = ond_store_open (f->uris[refused_role], &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA);
  g_assert_nonnull (strstr (error->message, "administrator"));
  g_assert_null (refused);
  after = dump_all_tables (f->base.path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (f->base.path, "SELECT schema_version FROM ond_database", 0), ==,
                   version);
  for (guint i = 0; i < n; i++)
    if (added[i].version > version && column_count (f, &added[i]) != 0)
      g_error ("%s.%s is there after %s was refused", added[i].table, added[i].column,
               roles[refused_role]);
}

/* The database of @f, taken back to @version, was brought up to date: the current schema
 * version, every column of the later migrations there, as many rows in their tables as
 * before (@counts, from row_counts ()), and every row of them at row version 1. */
static void
assert_brought_up (RolesFixture *f,
                   guint         version,
                   const char   *counts)
{
  g_autofree char *now = row_counts (f, version);
  guint n = 0;
  const AddedColumn *added = added_columns_list (&n);

  g_assert_cmpint (sql_int (f->base.path, "SELECT schema_version FROM ond_database", 0), ==,
                   OND_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (now, ==, counts);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\""
                                              " WHERE row_version IS DISTINCT FROM 1",
                                              added[i].table);

      if (added[i].version <= version)
        continue;
      if (column_count (f, &added[i]) != 1)
        g_error ("%s.%s is missing after the upgrade", added[i].table, added[i].column);
      if (g_str_equal (added[i].column, "row_version") && sql_int (f->base.path, sql, 0) != 0)
        g_error ("A row of %s has no row version 1 after the upgrade", added[i].table);
    }
}

/* take_back (), then the owner opens the database and it is brought up to date
 * (assert_brought_up ()). Returns the owner's store. Transfer full. */
static OndStore *
take_back_then_upgrade (RolesFixture *f,
                        guint         version,
                        const char   *extra_sql,
                        guint         refused_role)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *counts = NULL;
  OndStore *store;

  take_back (f, version, extra_sql, refused_role);
  counts = row_counts (f, version);
  store = ond_store_open (f->base.path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  assert_brought_up (f, version, counts);
  return store;
}

/* A server database of version 6 (no row versions, no roles yet) is brought up to date by
 * its owner when opened; a member of a role is told to ask the administrator, and nothing
 * changes. */
static void
test_upgrade_from_6 (RolesFixture  *f,
                     gconstpointer  data)
{
  /* As version 6 had it: no row security, and a role sees nothing of the tables. */
  const char *no_roles = "DO $$ DECLARE p record; BEGIN"
                         "  FOR p IN SELECT policyname, tablename FROM pg_policies LOOP"
                         "    EXECUTE format ('DROP POLICY %I ON %I', p.policyname,"
                         "                    p.tablename);"
                         "  END LOOP;"
                         "END $$;"
                         "ALTER TABLE case_file DISABLE ROW LEVEL SECURITY;"
                         "ALTER TABLE access_log DISABLE ROW LEVEL SECURITY;"
                         "ALTER TABLE deletion_log DISABLE ROW LEVEL SECURITY;"
                         "ALTER TABLE import_batch DISABLE ROW LEVEL SECURITY;"
                         "REVOKE ALL ON ALL TABLES IN SCHEMA public"
                         "  FROM casework, budget, reporting;"
                         "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public"
                         "  FROM casework, budget, reporting;"
                         "GRANT SELECT ON ond_database TO casework;";
  gint64 cases = sql_int (f->base.path, "SELECT count(*) FROM case_file", 0);

  f->base.store = take_back_then_upgrade (f, 6, no_roles, CASEWORK);
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

  f->base.store = take_back_then_upgrade (f, 7, NULL, CASEWORK);
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
  g_autofree char *counts = NULL;
  gint64 actions = sql_int (f->base.path, "SELECT count(*) FROM action", 0);
  gint64 funding = sql_int (f->base.path, "SELECT count(*) FROM funding", 0);
  int found = -1;

  g_assert_cmpint (actions, >, 0);
  g_assert_cmpint (funding, >, 0);
  take_back (f, 8, NULL, BUDGET);
  counts = row_counts (f, 8);

  /* Its owner's --init-server brings it up to date, as opening it does, and says from which
   * version. */
  g_assert_true (ond_store_init_server (f->base.path, &found, &error));
  g_assert_no_error (error);
  g_assert_cmpint (found, ==, 8);
  assert_brought_up (f, 8, counts);
  f->base.store = ond_store_open (f->base.path, &error);
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

  f->base.store = take_back_then_upgrade (f, 9, NULL, REPORTING);
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
  g_autoptr(OndControl) control = NULL;
  g_autoptr(OndMeasure) measure = NULL;
  g_autoptr(OndStopTalk) stop_talk = NULL;
  g_autoptr(OndActivity) activity = NULL;
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

  f->base.store = take_back_then_upgrade (f, 10, NULL, REPORTING);
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
  const char * const tables[] = {
    "booking", "indicator_value", "intervention", "theme", "meeting_item",
  };

  ond_test_pg_exec (f->base.path,
                    "INSERT INTO booking (date, line_id, amount_cents, kind)"
                    " SELECT '2024-01-02', min(id), 100, 'realisatie' FROM budget_line");
  f->base.store = take_back_then_upgrade (f, 11, NULL, REPORTING);
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

  ADD_ROLES_TEST ("/roles/upgrade-from-6", test_upgrade_from_6);
  ADD_ROLES_TEST ("/roles/upgrade-from-7", test_upgrade_from_7);
  ADD_ROLES_TEST ("/roles/upgrade-from-8", test_upgrade_from_8);
  ADD_ROLES_TEST ("/roles/upgrade-from-9", test_upgrade_from_9);
  ADD_ROLES_TEST ("/roles/upgrade-from-10", test_upgrade_from_10);
  ADD_ROLES_TEST ("/roles/upgrade-from-11", test_upgrade_from_11);

  return g_test_run ();
}
