/* ond-store-themes.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A theme's owners, written as one ordered list in one transaction, and the counts of what
 * the casework and the registers hold about a theme (the rules in ond-store-themes.h).
 */

#define G_LOG_DOMAIN "ond-store-themes"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-private.h"
#include "ond-store-themes.h"

static gboolean
check_theme (OndStore  *self,
             gint64     theme_id,
             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean found;

  stmt = _ond_store_prepare (self, "SELECT 1 FROM theme WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, theme_id, error)
      || !ond_statement_step (stmt, &found, error))
    return FALSE;
  if (!found)
    g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                         _("The theme does not exist (any more)."));
  return found;
}

/* Each owner exists, is named once, and is not retired unless it owns the theme already. */
static gboolean
check_owners (OndStore      *self,
              gint64         theme_id,
              const gint64  *partner_ids,
              guint          n_partners,
              GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                             "SELECT p.name, p.retired,"
                             "       EXISTS (SELECT 1 FROM theme_owner"
                             "               WHERE theme_id = ? AND partner_id = p.id)"
                             " FROM partner AS p WHERE p.id = ?",
                             error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_partners; i++)
    {
      gboolean found;

      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, theme_id, error)
          || !ond_statement_bind_int64 (stmt, 2, partner_ids[i], error)
          || !ond_statement_step (stmt, &found, error))
        return FALSE;
      if (!found)
        {
          g_set_error_literal (error, OND_PLAN_ERROR, OND_PLAN_ERROR_OWNER,
                               _("An owner is not a partner (any more)."));
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (partner_ids[j] == partner_ids[i])
          {
            g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_OWNER,
                         _("“%s” is an owner of the theme already."),
                         ond_statement_get_text (stmt, 0));
            return FALSE;
          }
      if (ond_statement_get_int64 (stmt, 1) != 0 && ond_statement_get_int64 (stmt, 2) == 0)
        {
          g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_OWNER,
                       _("“%s” is retired and can no longer own a theme."),
                       ond_statement_get_text (stmt, 0));
          return FALSE;
        }
    }
  return TRUE;
}

/* @row_version: the version of the theme the edit was opened with, 0 = not checked; on
 * success the version the row has now (ond-store-migration-12.c). */
static gboolean
write_owners (OndStore      *self,
              gint64         theme_id,
              gint64        *row_version,
              const gint64  *partner_ids,
              guint          n_partners,
              GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gint64 written = 0;

  if (!check_theme (self, theme_id, error)
      || !check_owners (self, theme_id, partner_ids, n_partners, error))
    return FALSE;

  /* A change of the owners is a change of the theme: written only while the theme has the
   * version read, and adds 1. */
  stmt = _ond_store_prepare (self,
                             "UPDATE theme SET row_version = row_version + 1"
                             " WHERE id = ? AND (? = 0 OR row_version = ?) RETURNING row_version",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, theme_id, error)
      || !ond_statement_bind_int64 (stmt, 2, *row_version, error)
      || !ond_statement_bind_int64 (stmt, 3, *row_version, error)
      || !ond_statement_execute_returning (stmt, &written, error))
    return FALSE;
  if (written == 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                           _("Someone else changed the owners of this theme after you opened "
                             "them. Nothing has been saved."));
      return FALSE;
    }
  *row_version = written;
  g_clear_pointer (&stmt, ond_statement_free);

  stmt = _ond_store_prepare (self, "DELETE FROM theme_owner WHERE theme_id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, theme_id, error)
      || !ond_statement_execute (stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, ond_statement_free);

  stmt = _ond_store_prepare (self,
                             "INSERT INTO theme_owner (theme_id, partner_id, position)"
                             " VALUES (?, ?, ?)",
                             error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_partners; i++)
    {
      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, theme_id, error)
          || !ond_statement_bind_int64 (stmt, 2, partner_ids[i], error)
          || !ond_statement_bind_int64 (stmt, 3, i + 1, error)
          || !ond_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ond_store_set_theme_owners:
 * @self: a #OndStore
 * @theme_id: the theme
 * @partner_ids: (array length=n_partners) (nullable): its owners, first first
 * @n_partners: the number of owners (0: none)
 * @error: return location for an error: %OND_PLAN_ERROR_OWNER for an owner that is not a
 *   partner, named twice, or newly retired; %OND_STORE_ERROR_NOT_FOUND for a theme that
 *   does not exist
 *
 * Makes @partner_ids the owners of the theme, in that order (ond_store_list_themes () lists
 * them so).
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_set_theme_owners (OndStore      *self,
                            gint64         theme_id,
                            const gint64  *partner_ids,
                            guint          n_partners,
                            GError       **error)
{
  gint64 unchecked = 0;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (partner_ids != NULL || n_partners == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return ond_store_set_theme_owners_edit (self, theme_id, &unchecked, partner_ids, n_partners,
                                          error);
}

/**
 * ond_store_set_theme_owners_edit:
 * @self: a #OndStore
 * @theme_id: the theme
 * @row_version: (inout): the row version the theme was read with (0: not checked); on
 *   success the version the row has now
 * @partner_ids: (array length=n_partners) (nullable): its owners, first first
 * @n_partners: the number of owners (0: none)
 * @error: return location for an error: as ond_store_set_theme_owners (), and
 *   %OND_STORE_ERROR_CONFLICT when someone else changed the theme's owners since
 *
 * Sets the owners like ond_store_set_theme_owners (), but only while the theme still has
 * @row_version (ond-store-migration-12.c).
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_set_theme_owners_edit (OndStore      *self,
                                 gint64         theme_id,
                                 gint64        *row_version,
                                 const gint64  *partner_ids,
                                 guint          n_partners,
                                 GError       **error)
{
  gint64 version;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (row_version != NULL && *row_version >= 0, FALSE);
  g_return_val_if_fail (partner_ids != NULL || n_partners == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  version = *row_version;
  if (write_owners (self, theme_id, &version, partner_ids, n_partners, error)
      && _ond_store_commit (self, error))
    {
      *row_version = version;
      return TRUE;
    }
  _ond_store_rollback (self);
  return FALSE;
}

/**
 * ond_store_count_theme:
 * @self: a #OndStore
 * @theme_id: the theme
 * @counts: (out caller-allocates): the counts
 * @error: return location for an error
 *
 * Counts what names the theme: its open cases (not closed, dismissed or deleted), the
 * measures on its cases (of any status, not deleted), and its activities. Controls name no
 * theme and are not counted.
 *
 * Returns: %FALSE with @error set (%OND_STORE_ERROR_NOT_FOUND for a theme that does not
 *   exist)
 */
gboolean
ond_store_count_theme (OndStore        *self,
                       gint64           theme_id,
                       OndThemeCounts  *counts,
                       GError         **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_theme (self, theme_id, error))
    return FALSE;
  stmt = _ond_store_prepare (self,
                             "SELECT (SELECT COUNT(*) FROM case_file"
                             "        WHERE theme_id = ?1 AND deleted_at IS NULL"
                             "          AND status NOT IN ('gesloten', 'afgevoerd')),"
                             "       (SELECT COUNT(*) FROM measure AS m"
                             "        JOIN case_file AS c ON c.id = m.case_id"
                             "        WHERE c.theme_id = ?1 AND c.deleted_at IS NULL),"
                             "       (SELECT COUNT(*) FROM activity WHERE theme_id = ?1)",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, theme_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  counts->open_cases = (guint) ond_statement_get_int64 (stmt, 0);
  counts->measures = (guint) ond_statement_get_int64 (stmt, 1);
  counts->activities = (guint) ond_statement_get_int64 (stmt, 2);
  return TRUE;
}
