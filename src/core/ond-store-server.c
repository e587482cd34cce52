/* ond-store-server.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The store on a team server (PostgreSQL): opening a server database, setting up an empty
 * one (--init-server), and seeding the plan into one that has our schema but no data. The
 * table ond_database does the work of a file's application_id and user_version.
 */

#define G_LOG_DOMAIN "ond-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-private.h"

#define VERSION_TABLE_SQL \
  "CREATE TABLE ond_database (application_id BIGINT NOT NULL," \
  "  schema_version BIGINT NOT NULL, created_at TEXT NOT NULL);"

/* SQLite gives a row whose id is inserted as NULL the next id; the store relies on that when
 * it inserts a row with an id that may be 0 (bound as NULL: a new row) or a row put back.
 * On the server a trigger on every table with an identity id does the same. */
#define FILL_IDS_SQL \
  "CREATE FUNCTION ond_fill_id () RETURNS trigger LANGUAGE plpgsql AS $$" \
  " BEGIN" \
  "   IF NEW.id IS NULL THEN" \
  "     NEW.id := nextval (pg_get_serial_sequence (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME," \
  "                                                'id'));" \
  "   END IF;" \
  "   RETURN NEW;" \
  " END $$;" \
  "DO $$ DECLARE t record; BEGIN" \
  "  FOR t IN SELECT table_name FROM information_schema.columns" \
  "           WHERE table_schema = 'public' AND column_name = 'id' AND is_identity = 'YES' LOOP" \
  "    EXECUTE format ('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW" \
  "                     WHEN (NEW.id IS NULL) EXECUTE FUNCTION ond_fill_id ()'," \
  "                    t.table_name || '_fill_id', t.table_name);" \
  "  END LOOP;" \
  "END $$;"

gboolean
ond_store_location_is_server (const char *location)
{
  return ond_pg_is_uri (location);
}

char *
ond_store_location_display_name (const char *location)
{
  g_return_val_if_fail (location != NULL, NULL);

  if (ond_pg_is_uri (location))
    return ond_pg_display_name (location);
  return g_filename_display_basename (location);
}

char *
ond_store_dup_display_name (OndStore *self)
{
  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  return ond_store_location_display_name (ond_store_get_path (self));
}

/* Whether the database has our version table; *@foreign says whether it has other tables
 * instead. */
static gboolean
has_schema (OndStore  *self,
            gboolean  *ours,
            gboolean  *foreign,
            GError   **error)
{
  gint64 found = 0;
  gint64 tables = 0;

  if (!_ond_store_query_int (self, "SELECT to_regclass('public.ond_database') IS NOT NULL",
                             &found, error) ||
      !_ond_store_query_int (self, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
                             &tables, error))
    return FALSE;
  *ours = found != 0;
  *foreign = !*ours && tables > 0;
  return TRUE;
}

/* What migration 7 (ond-store-migration-7.c) adds to a server database of version 6. */
static const char upgrade_7[] =
  "ALTER TABLE case_file ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;";

/* What migration 8 (ond-store-migration-8.c) adds to one of version 7. */
static const char upgrade_8[] =
  "ALTER TABLE case_intervention ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;"
  "ALTER TABLE budget_line ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;";

/* What migration 9 (ond-store-migration-9.c) adds to one of version 8. */
static const char upgrade_9[] =
  "ALTER TABLE action ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;"
  "ALTER TABLE funding ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;";

/* What migration 10 (ond-store-migration-10.c) adds to one of version 9. */
static const char upgrade_10[] =
  "ALTER TABLE plan_item ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;"
  "ALTER TABLE partner ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;"
  "ALTER TABLE explanation ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;";

/* What migration 11 (ond-store-migration-11.c) adds to one of version 10. */
static const char upgrade_11[] =
  "ALTER TABLE control ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;"
  "ALTER TABLE measure ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;"
  "ALTER TABLE stop_talk ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;"
  "ALTER TABLE activity ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;";

/* What migration 12 (ond-store-migration-12.c) adds to one of version 11. */
static const char upgrade_12[] =
  "ALTER TABLE booking ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;"
  "ALTER TABLE indicator_value ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;"
  "ALTER TABLE intervention ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;"
  "ALTER TABLE theme ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;"
  "ALTER TABLE meeting_item ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;";

/* A new migration is brought to a server database here too. */
G_STATIC_ASSERT (OND_STORE_SCHEMA_VERSION == 12);

/* Brings a server database of version 6 to 11 up to date in one transaction: the row
 * versions of migrations 7 to 12, the roles, which version 6 did not have, and for
 * version 7 to 11 the grants of the figures roles on the columns added since (action,
 * plan_item and partner are granted whole with the plan, explanation with the reports,
 * funding, measure and stop_talk whole as they hold nothing personal, control and activity
 * column by column without their note; of migration 12, indicator_value, intervention and
 * theme whole with the plan, booking whole, meeting_item column by column without its
 * decision). Changing the
 * schema is for the database's owner: anyone else is told to ask the administrator. */
static gboolean
upgrade (OndStore    *self,
         const char  *display,
         gint64       version,
         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *set_version = g_strdup_printf ("UPDATE ond_database SET schema_version = %d",
                                                  OND_STORE_SCHEMA_VERSION);

  if (!_ond_store_begin (self, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if ((version < 7 && !_ond_store_exec (self, upgrade_7, &local_error)) ||
      (version < 8 && !_ond_store_exec (self, upgrade_8, &local_error)) ||
      (version < 9 && !_ond_store_exec (self, upgrade_9, &local_error)) ||
      (version < 10 && !_ond_store_exec (self, upgrade_10, &local_error)) ||
      (version < 11 && !_ond_store_exec (self, upgrade_11, &local_error)) ||
      (version < 12 && !_ond_store_exec (self, upgrade_12, &local_error)) ||
      !_ond_store_exec (self, set_version, &local_error) ||
      (version < 7 ? !_ond_store_grant_roles (self, &local_error)
                   : !_ond_store_grant_figures (self, &local_error)) ||
      !_ond_store_commit (self, &local_error))
    {
      _ond_store_rollback (self);
      if (g_error_matches (local_error, OND_STORE_ERROR, OND_STORE_ERROR_PERMISSION))
        {
          /* Translators: %s names the database and server; the command is not translated. */
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA,
                       _("The server database %s has the schema of an earlier version of "
                         "Ondermijning. Its administrator brings it up to date by opening it "
                         "once, or with “ondermijning --database ADDRESS --init-server”; "
                         "nothing has been changed."), display);
          return FALSE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_message ("Brought the server database %s up to date (schema version %d)", display,
             OND_STORE_SCHEMA_VERSION);
  return TRUE;
}

/* Our application id and a schema version this build can use, else a clear error. An older
 * version is brought up to date. @found (optional): the version the database had. */
static gboolean
check_version (OndStore    *self,
               const char  *display,
               int         *found,
               GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row = FALSE;
  gint64 app_id;
  gint64 version;

  stmt = _ond_store_prepare (self, "SELECT application_id, schema_version FROM ond_database",
                             error);
  if (stmt == NULL || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  app_id = has_row ? ond_statement_get_int64 (stmt, 0) : 0;
  version = has_row ? ond_statement_get_int64 (stmt, 1) : 0;
  if (found != NULL)
    *found = (int) CLAMP (version, 0, G_MAXINT);
  if (app_id != OND_STORE_APPLICATION_ID)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FOREIGN,
                   _("The server database %s belongs to another application, not to "
                     "Ondermijning. It has not been changed."), display);
      return FALSE;
    }
  if (version > OND_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEWER,
                   _("The server database %s was set up by a newer version of Ondermijning. "
                     "Update the application to use it; nothing has been changed."), display);
      return FALSE;
    }
  if (version < 6)
    {
      /* The first server schema is version 6: nothing older exists to bring up to date. */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NO_SCHEMA,
                   _("The server database %s has an Ondermijning schema of version %d, which "
                     "this version cannot bring up to date."), display, (int) version);
      return FALSE;
    }
  if (version < OND_STORE_SCHEMA_VERSION)
    return upgrade (self, display, version, error);
  return TRUE;
}

static OndStore *
connect_store (const char  *uri,
               GError     **error)
{
  OndPg *pg = ond_pg_connect (uri, error);

  return pg != NULL ? _ond_store_new_server (uri, pg) : NULL;
}

OndStore *
_ond_store_open_server (const char  *uri,
                        GError     **error)
{
  g_autoptr(OndStore) self = NULL;
  g_autofree char *display = ond_pg_display_name (uri);
  gboolean ours = FALSE;
  gboolean foreign = FALSE;

  self = connect_store (uri, error);
  if (self == NULL || !has_schema (self, &ours, &foreign, error))
    return NULL;
  if (!ours)
    {
      /* Translators: %s names the database and server; the command is not translated. */
      g_set_error (error, OND_STORE_ERROR,
                   foreign ? OND_STORE_ERROR_FOREIGN : OND_STORE_ERROR_NO_SCHEMA,
                   foreign ? _("The server database %s holds tables of another application, "
                               "not of Ondermijning. It has not been changed.")
                           : _("The server database %s has not been set up for Ondermijning. "
                               "Its administrator sets it up with “ondermijning --database "
                               "ADDRESS --init-server”."),
                   display);
      return NULL;
    }
  if (!check_version (self, display, NULL, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * ond_store_init_server:
 * @uri: a server database (postgresql://...)
 * @found_version: (out): 0 when the database was empty and is set up now; else the version
 *   of our schema it had (%OND_STORE_SCHEMA_VERSION: it was up to date and nothing changed;
 *   lower: it was brought up to date, as opening it does)
 * @error: return location for an error
 *
 * Creates our schema in an empty server database, without data, in one transaction. A
 * database that has our schema already is left as it is, or brought up to date when it is
 * of an older version (*@found_version says which); one that holds other tables is refused.
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_init_server (const char  *uri,
                       int         *found_version,
                       GError     **error)
{
  g_autoptr(OndStore) self = NULL;
  g_autofree char *display = NULL;
  g_autofree char *now = NULL;
  g_autoptr(OndStatement) version = NULL;
  gboolean ours = FALSE;
  gboolean foreign = FALSE;

  g_return_val_if_fail (uri != NULL, FALSE);
  g_return_val_if_fail (found_version != NULL, FALSE);

  *found_version = 0;
  if (!ond_pg_is_uri (uri))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION,
                           _("A team server is named by an address that starts with "
                             "“postgresql://”."));
      return FALSE;
    }
  display = ond_pg_display_name (uri);
  self = connect_store (uri, error);
  if (self == NULL || !has_schema (self, &ours, &foreign, error))
    return FALSE;
  if (ours)
    return check_version (self, display, found_version, error);
  if (foreign)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FOREIGN,
                   _("The server database %s already holds tables of another application. "
                     "Ondermijning is set up only in an empty database; nothing has been "
                     "changed."), display);
      return FALSE;
    }

  now = _ond_store_timestamp ();
  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!_ond_store_exec (self, _ond_store_schema_pg, error) ||
      !_ond_store_exec (self, FILL_IDS_SQL, error) ||
      !_ond_store_exec (self, VERSION_TABLE_SQL, error) ||
      (version = _ond_store_prepare (self, "INSERT INTO ond_database VALUES (?, ?, ?)",
                                     error)) == NULL ||
      !ond_statement_bind_int64 (version, 1, OND_STORE_APPLICATION_ID, error) ||
      !ond_statement_bind_int64 (version, 2, OND_STORE_SCHEMA_VERSION, error) ||
      !ond_statement_bind_text (version, 3, now, error) ||
      !ond_statement_execute (version, error) ||
      !_ond_store_grant_roles (self, error) ||
      !_ond_store_commit (self, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

/**
 * ond_store_is_empty:
 * @self: an open #OndStore
 * @empty: (out): whether it holds no plan yet
 * @error: return location for an error
 *
 * A server database just set up holds no plan: the window offers to seed one or to copy a
 * file in.
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_is_empty (OndStore  *self,
                    gboolean  *empty,
                    GError   **error)
{
  gint64 plans = 0;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (empty != NULL, FALSE);

  if (!_ond_store_query_int (self, "SELECT count(*) FROM plan", &plans, error))
    return FALSE;
  *empty = plans == 0;
  return TRUE;
}

/**
 * ond_store_seed_plan:
 * @self: an open #OndStore that holds no plan
 * @error: return location for an error
 *
 * Seeds the plan of the seed document into an empty database, in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_seed_plan (OndStore  *self,
                     GError   **error)
{
  gboolean empty = FALSE;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);

  if (!ond_store_is_empty (self, &empty, error))
    return FALSE;
  if (!empty)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("The database already holds a plan: nothing was added."));
      return FALSE;
    }
  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!_ond_store_seed (self, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}
