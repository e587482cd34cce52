/* ond-store-access.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the user may see and change in the store's database: everything in a file; on a
 * team server what the user's role grants (ond-store-roles-pg.c), read from the server's
 * own privileges, so that the window shows exactly what the server allows. The server
 * enforces the roles; this only lets the window hide what would be refused.
 */

#define G_LOG_DOMAIN "ond-store"

#include "config.h"

#include "ond-store-private.h"

/* One round trip: a privilege per access flag, and the role the user works in (the first of
 * the three the user is a member of; none for the database's owner or a superuser, who may
 * do everything). */
#define ACCESS_SQL \
  "SELECT has_column_privilege ('case_file', 'subject_name', 'SELECT')," \
  "  has_table_privilege ('case_file', 'UPDATE')," \
  "  has_table_privilege ('budget_line', 'SELECT')," \
  "  has_table_privilege ('budget_line', 'UPDATE')," \
  "  has_table_privilege ('action', 'UPDATE')," \
  "  has_table_privilege ('control', 'UPDATE')," \
  "  CASE WHEN pg_has_role ('casework', 'MEMBER') THEN 'casework'" \
  "       WHEN pg_has_role ('budget', 'MEMBER') THEN 'budget'" \
  "       WHEN pg_has_role ('reporting', 'MEMBER') THEN 'reporting' ELSE '' END"

/**
 * ond_store_get_access:
 * @self: an open #OndStore
 * @role: (out) (optional) (transfer full): the user's role on a team server ("casework",
 *   "budget", "reporting"), or %NULL when the user may do everything (a file, the
 *   database's owner)
 *
 * What the user may do, read from the server once per store. On a file, or when the server
 * cannot say, every flag is set: the server still refuses what is not granted.
 *
 * Returns: the #OndStoreAccess flags
 */
/* What the server said, kept on the store: the views ask on every reload, and a user's
 * rights do not change while the database is open. */
typedef struct
{
  OndStoreAccess  access;
  char           *role;   /* NULL: every right */
} Access;

static void
access_free (gpointer data)
{
  Access *cached = data;

  g_free (cached->role);
  g_free (cached);
}

static GQuark
access_quark (void)
{
  return g_quark_from_static_string ("ond-store-access");
}

/* Reads the rights from the server; NULL when it cannot say. */
static Access *
read_access (OndStore *self)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  const OndStoreAccess flags[] = {
    OND_STORE_ACCESS_READ_CASES, OND_STORE_ACCESS_EDIT_CASES,
    OND_STORE_ACCESS_READ_BUDGET, OND_STORE_ACCESS_EDIT_BUDGET,
    OND_STORE_ACCESS_EDIT_PLAN, OND_STORE_ACCESS_EDIT_REGISTERS,
  };
  Access *read;
  gboolean has_row = FALSE;

  stmt = _ond_store_prepare (self, ACCESS_SQL, &error);
  if (stmt == NULL || !ond_statement_step (stmt, &has_row, &error) || !has_row)
    {
      g_warning ("Could not read the user's rights: %s",
                 error != NULL ? error->message : "no row");
      return NULL;
    }
  read = g_new0 (Access, 1);
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      if (ond_statement_get_int64 (stmt, (int) i) != 0)
        read->access |= flags[i];
    }
  if (read->access != OND_STORE_ACCESS_ALL &&
      *ond_statement_get_text (stmt, G_N_ELEMENTS (flags)) != '\0')
    read->role = g_strdup (ond_statement_get_text (stmt, G_N_ELEMENTS (flags)));
  return read;
}

OndStoreAccess
ond_store_get_access (OndStore  *self,
                      char     **role)
{
  Access *cached;

  g_return_val_if_fail (OND_IS_STORE (self), OND_STORE_ACCESS_ALL);

  if (role != NULL)
    *role = NULL;
  if (!ond_store_is_server (self))
    return OND_STORE_ACCESS_ALL;

  cached = g_object_get_qdata (G_OBJECT (self), access_quark ());
  if (cached == NULL)
    {
      cached = read_access (self);
      if (cached == NULL)
        return OND_STORE_ACCESS_ALL;
      g_object_set_qdata_full (G_OBJECT (self), access_quark (), cached, access_free);
    }
  if (role != NULL)
    *role = g_strdup (cached->role);
  return cached->access;
}
