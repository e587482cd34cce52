/* ond-store-partners-shared.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files that edit the partners and the menukaart share
 * (ond-store-partners-private.h): trimming, names unique apart from case and accents, the
 * checks of an id, deleting a row, and ending a change's transaction.
 */

#define G_LOG_DOMAIN "ond-store-partners"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-partners-private.h"
#include "ond-text.h"

char *
_ond_store_partners_trim (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

gboolean
_ond_store_partners_fail (GError       **error,
                          OndPlanError   code,
                          const char    *message)
{
  g_set_error_literal (error, OND_PLAN_ERROR, code, message);
  return FALSE;
}

gboolean
_ond_store_partners_find_same (OndStore    *self,
                               const char  *sql,
                               gint64       except_id,
                               const char  *text,
                               char       **same,
                               GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *folded = ond_text_fold (text);
  gboolean has_row;
  gboolean ok;

  *same = NULL;
  stmt = _ond_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autofree char *other = NULL;

      if (ond_statement_get_int64 (stmt, 0) == except_id)
        continue;
      other = ond_text_fold (ond_statement_get_text (stmt, 1));
      if (g_strcmp0 (other, folded) == 0)
        {
          *same = g_strdup (ond_statement_get_text (stmt, 1));
          return TRUE;
        }
    }
  return ok;
}

gboolean
_ond_store_partners_execute_for_id (OndStore    *self,
                                    const char  *sql,
                                    gint64       id,
                                    GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);

  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, id, error)
         && ond_statement_execute (stmt, error);
}

gboolean
_ond_store_partners_delete_row (OndStore    *self,
                                const char  *sql,
                                gint64       id,
                                const char  *in_use_message,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);

  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, id, error))
    return FALSE;
  if (ond_statement_execute (stmt, &local_error))
    return TRUE;
  if (ond_statement_foreign_key_failed (stmt))
    {
      g_message ("A delete the checks allowed was refused by a foreign key: %s",
                 local_error->message);
      return _ond_store_partners_fail (error, OND_PLAN_ERROR_IN_USE, in_use_message);
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
_ond_store_partners_row_exists (OndStore    *self,
                                const char  *sql,
                                gint64       id,
                                gboolean    *exists,
                                GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);

  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, id, error)
         && ond_statement_step (stmt, exists, error);
}

gboolean
_ond_store_partners_check_free_id (OndStore    *self,
                                   const char  *sql,
                                   gint64       id,
                                   const char  *taken_message,
                                   GError     **error)
{
  gboolean taken;

  if (id <= 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Only what was stored can be put back."));
      return FALSE;
    }
  if (!_ond_store_partners_row_exists (self, sql, id, &taken, error))
    return FALSE;
  if (taken)
    g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID, taken_message);
  return !taken;
}

gboolean
_ond_store_partners_finish (OndStore  *self,
                            gboolean   ok,
                            GError   **error)
{
  if (ok && _ond_store_commit (self, error))
    return TRUE;
  _ond_store_rollback (self);
  return FALSE;
}
