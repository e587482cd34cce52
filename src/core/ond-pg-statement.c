/* ond-pg-statement.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One statement on a PostgreSQL connection: see ond-pg-statement.h. */

#define G_LOG_DOMAIN "ond-pg-statement"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ond-pg-statement.h"
#include "ond-pq.h"

/* pg_type OIDs of the types we send (catalog/pg_type_d.h is not in libpq-dev). */
#define INT8_OID 20
#define TEXT_OID 25

struct _OndPgStatement
{
  OndPg     *pg;          /* not owned: the store's */
  char      *sql;         /* with $1, $2, ... */
  int        n_params;
  char     **values;      /* owned; NULL for SQL NULL */
  Oid       *types;
  PGresult  *result;      /* NULL: not executed since the last reset */
  int        row;         /* the row the columns are read from */
  int        n_rows;
  gint64     changes;
  gboolean   foreign_key_failed;
};

OndPgStatement *
ond_pg_statement_new (OndPg      *pg,
                      const char *sql)
{
  OndPgStatement *self = g_new0 (OndPgStatement, 1);

  self->pg = pg;
  self->sql = ond_pg_translate_sql (sql, &self->n_params);
  self->values = g_new0 (char *, MAX (self->n_params, 1));
  self->types = g_new0 (Oid, MAX (self->n_params, 1));
  return self;
}

static void
clear_values (OndPgStatement *self)
{
  for (int i = 0; i < self->n_params; i++)
    {
      g_clear_pointer (&self->values[i], g_free);
      self->types[i] = 0;
    }
}

void
ond_pg_statement_free (OndPgStatement *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->result, ond_pq ()->PQclear);
  clear_values (self);
  g_free (self->values);
  g_free (self->types);
  g_free (self->sql);
  g_free (self);
}

gboolean
ond_pg_statement_bind (OndPgStatement *self,
                       int             position,
                       const char     *value,
                       gboolean        is_integer)
{
  if (position < 1 || position > self->n_params)
    return FALSE;
  /* Binding again after a step starts the next execution, as sqlite3_reset() would. */
  g_clear_pointer (&self->result, ond_pq ()->PQclear);
  g_free (self->values[position - 1]);
  self->values[position - 1] = g_strdup (value);
  /* A NULL is sent untyped: the server takes the type its place in the query asks for. */
  self->types[position - 1] = value == NULL ? 0 : is_integer ? INT8_OID : TEXT_OID;
  return TRUE;
}

gboolean
ond_pg_statement_step (OndPgStatement  *self,
                       gboolean        *has_row,
                       GError         **error)
{
  if (self->result == NULL)
    {
      PGconn *conn = ond_pg_get_conn (self->pg);
      ExecStatusType status;
      const char *tuples;

      self->result = ond_pq ()->PQexecParams (conn, self->sql, self->n_params, self->types,
                                              (const char * const *) self->values, NULL, NULL,
                                              0);
      status = ond_pq ()->PQresultStatus (self->result);
      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        {
          const char *state = ond_pq ()->PQresultErrorField (self->result, PG_DIAG_SQLSTATE);

          self->foreign_key_failed = g_strcmp0 (state, "23503") == 0;
          ond_pg_set_error (error, conn, self->result, _("A database query"));
          g_clear_pointer (&self->result, ond_pq ()->PQclear);
          if (has_row != NULL)
            *has_row = FALSE;
          return FALSE;
        }
      self->row = -1;
      self->n_rows = ond_pq ()->PQntuples (self->result);
      tuples = ond_pq ()->PQcmdTuples (self->result);
      self->changes = tuples != NULL && *tuples != '\0' ? g_ascii_strtoll (tuples, NULL, 10) : 0;
    }

  if (self->row < self->n_rows)
    self->row++;
  if (has_row != NULL)
    *has_row = self->row < self->n_rows;
  return TRUE;
}

void
ond_pg_statement_reset (OndPgStatement *self)
{
  g_clear_pointer (&self->result, ond_pq ()->PQclear);
  clear_values (self);
}

static gboolean
has_column (OndPgStatement *self,
            int             column)
{
  return self->result != NULL && self->row >= 0 && self->row < self->n_rows &&
         column >= 0 && column < ond_pq ()->PQnfields (self->result);
}

gint64
ond_pg_statement_get_int64 (OndPgStatement *self,
                            int             column)
{
  const char *value;

  if (!has_column (self, column) || ond_pq ()->PQgetisnull (self->result, self->row, column))
    return 0;
  value = ond_pq ()->PQgetvalue (self->result, self->row, column);
  /* A comparison in the select list comes back as a boolean, where SQLite gives 1 or 0. */
  if (value[0] == 't' && value[1] == '\0')
    return 1;
  if (value[0] == 'f' && value[1] == '\0')
    return 0;
  return g_ascii_strtoll (value, NULL, 10);
}

const char *
ond_pg_statement_get_text (OndPgStatement *self,
                           int             column)
{
  if (!has_column (self, column) || ond_pq ()->PQgetisnull (self->result, self->row, column))
    return NULL;
  return ond_pq ()->PQgetvalue (self->result, self->row, column);
}

gboolean
ond_pg_statement_is_null (OndPgStatement *self,
                          int             column)
{
  return !has_column (self, column) || ond_pq ()->PQgetisnull (self->result, self->row, column);
}

gint64
ond_pg_statement_changes (OndPgStatement *self)
{
  return self->changes;
}

gboolean
ond_pg_statement_foreign_key_failed (OndPgStatement *self)
{
  return self->foreign_key_failed;
}
