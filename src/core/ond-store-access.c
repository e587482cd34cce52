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
 * Reads what the user may do. On a file, or when the server cannot say, every flag is set:
 * the server still refuses what is not granted.
 *
 * Returns: the #OndStoreAccess flags
 */
OndStoreAccess
ond_store_get_access (OndStore  *self,
                      char     **role)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  const OndStoreAccess flags[] = {
    OND_STORE_ACCESS_READ_CASES, OND_STORE_ACCESS_EDIT_CASES,
    OND_STORE_ACCESS_READ_BUDGET, OND_STORE_ACCESS_EDIT_BUDGET,
    OND_STORE_ACCESS_EDIT_PLAN, OND_STORE_ACCESS_EDIT_REGISTERS,
  };
  OndStoreAccess access = 0;
  gboolean has_row = FALSE;

  g_return_val_if_fail (OND_IS_STORE (self), OND_STORE_ACCESS_ALL);

  if (role != NULL)
    *role = NULL;
  if (!ond_store_is_server (self))
    return OND_STORE_ACCESS_ALL;

  stmt = _ond_store_prepare (self, ACCESS_SQL, &error);
  if (stmt == NULL || !ond_statement_step (stmt, &has_row, &error) || !has_row)
    {
      g_warning ("Could not read the user's rights: %s",
                 error != NULL ? error->message : "no row");
      return OND_STORE_ACCESS_ALL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      if (ond_statement_get_int64 (stmt, (int) i) != 0)
        access |= flags[i];
    }
  if (role != NULL && access != OND_STORE_ACCESS_ALL &&
      *ond_statement_get_text (stmt, G_N_ELEMENTS (flags)) != '\0')
    *role = g_strdup (ond_statement_get_text (stmt, G_N_ELEMENTS (flags)));
  return access;
}
