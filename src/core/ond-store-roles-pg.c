/* ond-store-roles-pg.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The three roles of a team server and what each may do, enforced by the server itself:
 *
 *  - casework: the casusoverleg: cases, interventions, meetings and the registers, with the
 *    personal data they hold; drafts and updates the plan; reads the budget.
 *  - budget: budget lines, funding, bookings and their imports; the year close; reads the
 *    plan and the figures, never a case's personal data.
 *  - reporting: figures, planning and the council reports; reads the budget; never a case's
 *    personal data.
 *
 * A person gets one of them from the administrator (GRANT casework TO name). The roles are
 * names of the whole server (cluster), shared by every database on it: they are made when
 * missing and otherwise reused, also when two databases are set up at the same moment. The
 * owner of the database (the administrator who ran --init-server) keeps every right.
 *
 * Personal data (AVG article 10) is what a council report may never read: the list of
 * ond_council_is_personal () (ond-store-council.c), one list for both. Of every table that
 * holds some, budget and reporting get SELECT on the other columns only, computed from the
 * schema when it is set up; a table that is personal as a whole they cannot read at all. A
 * query that names a closed column, or SELECT *, is refused by the server (permission
 * denied).
 *
 * A fourth role, ond_council_reader, reads exactly what a council report may read (the same
 * columns as budget and reporting, and the plan); every role and the owner are members, and
 * the council scope takes it while it gathers a report, so that on a server too nothing
 * personal can reach a report (a file's scope has SQLite's authorizer for it).
 *
 * Row-level security: budget and reporting see no case removed (deleted_at set) and waiting
 * to be erased; budget sees only the import batches of bookings, with their file names; an
 * access log or deletion log entry can only be written in one's own name (who = the database
 * user), and only casework reads them.
 */

#define G_LOG_DOMAIN "ond-store-roles"

#include "config.h"

#include "ond-store-private.h"

#include "ond-store-council.h"

#define ROLE(name) \
  "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" name "') THEN" \
  "    BEGIN" \
  "      CREATE ROLE " name " NOLOGIN;" \
  "    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;" \
  "    END;" \
  "  END IF;"

#define ALL_ROLES "casework, budget, reporting"

#define VOCABULARY \
  "plan_state, work_status, period, partner_kind, funding_source, case_source, case_status," \
  " subject_kind, complexity, weighing_decision, case_outcome, intervention_status," \
  " control_kind, measure_kind, measure_domain, activity_kind, indicator_method," \
  " booking_kind, explanation_subject, ond_database"

#define PLAN \
  "plan, pillar, partner, theme, theme_owner, action, action_progress, intervention," \
  " intervention_partner, area, plan_item, indicator, indicator_value, target," \
  " indicator_frozen, action_plan_item"

#define REGISTERS "control, control_partner, measure, stop_talk, activity"

#define BUDGET \
  "budget_line, budget_amount, budget_change, plan_total, funding, funding_line," \
  " import_batch, import_mapping, booking"

#define REPORTS "explanation, council_report, year_close"

#define CASES "case_counter, case_file, case_event, case_intervention, meeting, meeting_item," \
  " retention_setting"

static const char roles_sql[] =
  "DO $$ BEGIN"
  ROLE ("casework")
  ROLE ("budget")
  ROLE ("reporting")
  ROLE ("ond_council_reader")
  "END $$;"
  /* What a council report may read, for the council scope (ond-store-council.c), which
   * takes this role for the time it gathers: every role and the owner may take it, and it
   * gives them nothing they do not have. Made a member only once, also when two databases
   * are set up at the same moment. */
  "DO $$ DECLARE member text; BEGIN"
  "  FOREACH member IN ARRAY ARRAY['casework', 'budget', 'reporting', current_user] LOOP"
  "    IF NOT pg_has_role (member, 'ond_council_reader', 'MEMBER') THEN"
  "      BEGIN"
  "        EXECUTE format ('GRANT ond_council_reader TO %I', member);"
  "      EXCEPTION WHEN unique_violation THEN NULL;"
  "      END;"
  "    END IF;"
  "  END LOOP;"
  "END $$;"
  "GRANT SELECT ON " VOCABULARY ", " PLAN ", " REPORTS " TO ond_council_reader;"

  "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " ALL_ROLES ";"
  "GRANT SELECT ON " VOCABULARY ", " PLAN ", " REPORTS " TO " ALL_ROLES ";"
  "GRANT INSERT, UPDATE, DELETE ON " PLAN " TO casework, reporting;"

  "GRANT SELECT, INSERT, UPDATE, DELETE ON " CASES ", " REGISTERS " TO casework;"

  "GRANT SELECT, INSERT, UPDATE, DELETE ON " BUDGET " TO budget;"
  "GRANT SELECT ON " BUDGET " TO casework;"
  "GRANT INSERT ON import_batch TO casework;"
  "GRANT INSERT, UPDATE, DELETE ON explanation, council_report TO budget, reporting;"
  "GRANT INSERT ON year_close TO budget;"

  "ALTER TABLE case_file ENABLE ROW LEVEL SECURITY;"
  "CREATE POLICY casework_cases ON case_file TO casework USING (true) WITH CHECK (true);"
  "CREATE POLICY figures_of_current_cases ON case_file FOR SELECT"
  "  TO budget, reporting, ond_council_reader USING (deleted_at IS NULL);"

  "ALTER TABLE import_batch ENABLE ROW LEVEL SECURITY;"
  "CREATE POLICY casework_imports ON import_batch TO casework USING (true) WITH CHECK (true);"
  "CREATE POLICY budget_imports ON import_batch TO budget USING (kind = 'bookings')"
  "  WITH CHECK (kind = 'bookings');"
  "CREATE POLICY reporting_imports ON import_batch FOR SELECT"
  "  TO reporting, ond_council_reader USING (true);"

  "GRANT SELECT ON access_log, deletion_log TO casework;"
  "GRANT INSERT ON access_log TO " ALL_ROLES ";"
  "GRANT INSERT ON deletion_log TO casework;"
  "ALTER TABLE access_log ENABLE ROW LEVEL SECURITY;"
  "CREATE POLICY casework_reads_access ON access_log FOR SELECT TO casework USING (true);"
  "CREATE POLICY own_access_entries ON access_log FOR INSERT TO " ALL_ROLES
  "  WITH CHECK (who = session_user);"
  "ALTER TABLE deletion_log ENABLE ROW LEVEL SECURITY;"
  "CREATE POLICY casework_reads_deletions ON deletion_log FOR SELECT TO casework"
  "  USING (true);"
  "CREATE POLICY own_deletion_entries ON deletion_log FOR INSERT TO casework"
  "  WITH CHECK (who = session_user);";

/* The tables whose figures budget and reporting read, without their personal columns; all
 * of budget's own tables besides are granted to it whole above. */
static const char * const figures_tables[] = {
  "case_file", "case_event", "case_intervention", "meeting", "meeting_item",
  "control", "control_partner", "measure", "stop_talk", "activity",
  "budget_line", "budget_amount", "budget_change", "plan_total", "funding", "funding_line",
  "import_batch", "import_mapping", "booking",
};

/* "GRANT SELECT (a, b, ...) ON @table TO budget, reporting, ..." for the columns of @table that
 * hold no personal data, read from the schema (the whole table when none does). */
static char *
figures_grant (OndStore    *self,
               const char  *table,
               GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GString) sql = g_string_new ("GRANT SELECT (");
  gboolean has_row = FALSE;
  guint n_columns = 0;
  guint n_personal = 0;

  stmt = _ond_store_prepare (self,
                             "SELECT column_name FROM information_schema.columns"
                             " WHERE table_schema = 'public' AND table_name = ?"
                             " ORDER BY ordinal_position",
                             error);
  if (stmt == NULL || !ond_statement_bind_text (stmt, 1, table, error))
    return NULL;
  for (;;)
    {
      const char *column;

      if (!ond_statement_step (stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      column = ond_statement_get_text (stmt, 0);
      if (ond_council_is_personal (table, column))
        {
          n_personal++;
          continue;
        }
      g_string_append_printf (sql, "%s\"%s\"", n_columns > 0 ? ", " : "", column);
      n_columns++;
    }
  if (n_columns == 0)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                   "The table %s has no column to grant", table);
      return NULL;
    }
  /* A table without personal data is granted whole, so that its privilege reads as one. */
  if (n_personal == 0)
    return g_strdup_printf ("GRANT SELECT ON %s TO budget, reporting, ond_council_reader",
                            table);
  g_string_append_printf (sql, ") ON %s TO budget, reporting, ond_council_reader", table);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* Makes the roles when missing and grants them their rights on the schema just created.
 * Runs inside the caller's transaction. */
gboolean
_ond_store_grant_roles (OndStore  *self,
                        GError   **error)
{
  return _ond_store_exec (self, roles_sql, error) && _ond_store_grant_figures (self, error);
}

/* Grants budget, reporting and the council scope SELECT on the columns of the figures tables
 * that hold no personal data, as the schema has them now: again after a migration adds a
 * column. Runs inside the caller's transaction. */
gboolean
_ond_store_grant_figures (OndStore  *self,
                          GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (figures_tables); i++)
    {
      g_autofree char *grant = NULL;

      if (ond_council_is_personal (figures_tables[i], NULL))
        continue;
      grant = figures_grant (self, figures_tables[i], error);
      if (grant == NULL || !_ond_store_exec (self, grant, error))
        return FALSE;
    }
  return TRUE;
}
