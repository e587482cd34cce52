/* ond-store-council.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The council scope (ond-store-council.h): an SQLite authorizer on the store's connection
 * that refuses personal columns and every write while data for the council is gathered,
 * and the one count the council report needs that no other file of the store has (signals
 * per theme and status).
 *
 * sqlite3_set_authorizer () expires the statements prepared before, so even a statement
 * that somebody kept is prepared again, and checked, before its next step.
 */

#define G_LOG_DOMAIN "ond-store-council"

#include "config.h"

#include "ond-store-council.h"
#include "ond-store-private.h"

struct _OndCouncilScope
{
  OndStore *store;
  sqlite3  *db;      /* NULL on a team server */
  OndPg    *pg;      /* NULL for a file */
  gboolean  began;   /* the scope opened the read transaction */
};

/* The store's open scope is kept as its qdata under this name. */
static GQuark
council_scope_quark (void)
{
  return g_quark_from_static_string ("ond-council-scope");
}

/* A personal column of a table; column NULL: the whole table. */
typedef struct
{
  const char *table;
  const char *column;
} Personal;

/* Keep in step with the list in ond-store-council.h. */
static const Personal personal[] = {
  { "case_file", "subject_name" },
  { "case_file", "address" },
  { "case_file", "summary" },
  { "case_file", "search_text" },
  { "case_file", "weighing_reason" },
  { "case_file", "outcome_note" },
  { "case_file", "mma_number" },
  { "case_file", "police_number" },
  { "case_file", "riec_number" },
  { "case_file", "zaaknummer" },
  { "case_file", "reference" },
  { "case_event", "reason" },
  { "case_event", "who" },
  { "case_intervention", "note" },
  { "meeting", "note" },
  { "meeting_item", "topic" },
  { "meeting_item", "decision" },
  { "meeting_item", "decided_by" },
  { "access_log", NULL },
  { "deletion_log", NULL },
  { "import_batch", "file_name" },
  { "import_batch", "who" },
  { "control", "note" },
  { "activity", "note" },
};

/* The pragmas a scope may ask (never set): they read settings, no data. */
static const char * const readable_pragmas[] = {
  "application_id", "user_version", "schema_version", "data_version", "foreign_keys",
  "query_only", "journal_mode",
};

/**
 * ond_council_is_personal:
 * @table: a table of the schema
 * @column: (nullable): one of its columns; %NULL or "" for the table itself
 *
 * Returns: whether a council scope refuses to read it (see ond-store-council.h)
 */
gboolean
ond_council_is_personal (const char *table,
                         const char *column)
{
  if (table == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (personal); i++)
    {
      if (g_ascii_strcasecmp (personal[i].table, table) != 0)
        continue;
      /* A table read without a column (COUNT(*)) comes with column "". */
      if (personal[i].column == NULL ||
          (column != NULL && g_ascii_strcasecmp (personal[i].column, column) == 0))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_readable_pragma (const char *name,
                    const char *argument)
{
  if (name == NULL || argument != NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (readable_pragmas); i++)
    {
      if (g_ascii_strcasecmp (readable_pragmas[i], name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Everything not named here is refused: every kind of write, ATTACH, transactions. */
static int
authorize_cb (void       *user_data,
              int         action,
              const char *arg1,
              const char *arg2,
              const char *database,
              const char *trigger_or_view)
{
  switch (action)
    {
    case SQLITE_SELECT:
    case SQLITE_RECURSIVE:
      return SQLITE_OK;

    case SQLITE_FUNCTION:
      /* arg2 is the function's name. */
      return arg2 != NULL && g_ascii_strcasecmp (arg2, "load_extension") == 0 ?
             SQLITE_DENY : SQLITE_OK;

    case SQLITE_READ:
      return ond_council_is_personal (arg1, arg2) ? SQLITE_DENY : SQLITE_OK;

    case SQLITE_PRAGMA:
      return is_readable_pragma (arg1, arg2) ? SQLITE_OK : SQLITE_DENY;

    default:
      return SQLITE_DENY;
    }
}

/**
 * ond_store_enter_council_scope:
 * @store: an open #OndStore that is not in a council scope
 *
 * Opens a council scope on @store (see ond-store-council.h): from now until
 * ond_council_scope_leave(), every statement prepared on the store's connection that reads
 * personal data or writes anything fails. Scopes do not nest.
 *
 * Returns: (transfer full): the scope; leave it with ond_council_scope_leave() (or
 *   g_autoptr)
 */
OndCouncilScope *
ond_store_enter_council_scope (OndStore *store)
{
  OndCouncilScope *scope;
  sqlite3 *db;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (!ond_store_in_council_scope (store), NULL);
  db = _ond_store_get_db (store);
  g_return_val_if_fail (db != NULL || _ond_store_get_pg (store) != NULL, NULL);

  scope = g_new0 (OndCouncilScope, 1);
  scope->store = g_object_ref (store);
  scope->db = db;
  scope->pg = _ond_store_get_pg (store);

  /* One snapshot for everything read in the scope. A deferred BEGIN writes nothing; on a
   * server the transaction is read-only, so the server refuses every write. */
  if (!_ond_store_in_transaction (store))
    scope->began = _ond_store_exec (store,
                                    db != NULL ? "BEGIN DEFERRED"
                                               : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
                                    NULL);

  /* On a server the scope reads as the role that may read only what a report may (see
   * ond-store-roles-pg.c), until the transaction ends; the server then refuses every
   * personal column, as SQLite's authorizer does for a file. */
  if (db == NULL && scope->began)
    {
      gint64 member = 0;

      if (_ond_store_query_int (store,
                                "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles"
                                "  WHERE rolname = 'ond_council_reader')"
                                " THEN pg_has_role ('ond_council_reader', 'MEMBER')"
                                " ELSE false END",
                                &member, NULL) && member)
        _ond_store_exec (store, "SET LOCAL ROLE ond_council_reader", NULL);
    }
  if (db != NULL)
    sqlite3_set_authorizer (db, authorize_cb, scope);
  g_object_set_qdata (G_OBJECT (store), council_scope_quark (), scope);
  return scope;
}

/**
 * ond_council_scope_leave:
 * @scope: (transfer full) (nullable): a scope of ond_store_enter_council_scope()
 *
 * Closes the scope: the store reads and writes as before. Frees @scope.
 */
void
ond_council_scope_leave (OndCouncilScope *scope)
{
  if (scope == NULL)
    return;

  /* The store may have been closed in the scope: then its connection is gone. */
  if (_ond_store_get_db (scope->store) == scope->db &&
      _ond_store_get_pg (scope->store) == scope->pg)
    {
      if (scope->db != NULL)
        sqlite3_set_authorizer (scope->db, NULL, NULL);
      if (scope->began && _ond_store_in_transaction (scope->store) &&
          !_ond_store_exec (scope->store, "COMMIT", NULL))
        _ond_store_exec (scope->store, "ROLLBACK", NULL);
    }
  if (g_object_get_qdata (G_OBJECT (scope->store), council_scope_quark ()) == scope)
    g_object_set_qdata (G_OBJECT (scope->store), council_scope_quark (), NULL);
  g_object_unref (scope->store);
  g_free (scope);
}

/**
 * ond_store_in_council_scope:
 * @store: an #OndStore
 *
 * Returns: whether a council scope is open on @store
 */
gboolean
ond_store_in_council_scope (OndStore *store)
{
  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  return g_object_get_qdata (G_OBJECT (store), council_scope_quark ()) != NULL;
}

/**
 * ond_council_who:
 *
 * Returns: (transfer none): the OS user's real name, else the login name
 */
const char *
ond_council_who (void)
{
  const char *real_name = g_get_real_name ();

  if (real_name != NULL && real_name[0] != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    return real_name;
  return g_get_user_name ();
}

void
ond_theme_status_count_free (OndThemeStatusCount *self)
{
  if (self == NULL)
    return;
  g_free (self->status);
  g_free (self);
}

/**
 * ond_store_count_cases_by_theme_status:
 * @store: an #OndStore
 * @year: the year of the date received
 * @error: return location for an error
 *
 * Counts the signals received in @year (hidden cases left out) per theme and status. Reads
 * only the codes, ids and dates of case_file, so it works in a council scope.
 *
 * Returns: (transfer full) (element-type OndThemeStatusCount): one entry per pair that has
 *   signals, by theme id then status code, or %NULL with @error set
 */
GPtrArray *
ond_store_count_cases_by_theme_status (OndStore  *store,
                                       int        year,
                                       GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autofree char *first = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *last = g_strdup_printf ("%04d-12-31", year);
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (store,
                             "SELECT coalesce(c.theme_id, 0), c.status, COUNT(*)"
                             " FROM case_file c"
                             " WHERE c.deleted_at IS NULL"
                             "  AND c.date_received >= ? AND c.date_received <= ?"
                             " GROUP BY 1, 2 ORDER BY 1, 2",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, first, error) ||
      !ond_statement_bind_text (stmt, 2, last, error))
    return NULL;

  counts = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_theme_status_count_free);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      OndThemeStatusCount *count = g_new0 (OndThemeStatusCount, 1);

      count->theme_id = ond_statement_get_int64 (stmt, 0);
      count->status = g_strdup (ond_statement_get_text (stmt, 1));
      count->count = ond_statement_get_int64 (stmt, 2);
      g_ptr_array_add (counts, count);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&counts);
}
