/* ond-store-menukaart.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the interventie menukaart: its interventions (added, renamed, retired and brought
 * back, deleted when no case uses them and put back after a delete) and its matrix: which
 * partner can carry out which intervention. The rules and their error codes are listed in
 * ond-store-partners.h.
 */

#define G_LOG_DOMAIN "ond-store-menukaart"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-partners-private.h"

/* The name is not blank and no other intervention's (@except_id: the intervention itself,
 * 0 for a new one) apart from case and accents. */
static gboolean
check_name (OndStore    *self,
            gint64       except_id,
            const char  *name,
            GError     **error)
{
  g_autofree char *same = NULL;

  if (*name == '\0')
    return _ond_store_partners_fail (error, OND_PLAN_ERROR_NAME,
                                     _("An intervention needs a name."));
  if (self == NULL)
    return TRUE;
  if (!_ond_store_partners_find_same (self, "SELECT id, name FROM intervention", except_id,
                                      name, &same, error))
    return FALSE;
  if (same != NULL)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_NAME,
                   _("The menukaart already has the intervention “%s”."), same);
      return FALSE;
    }
  return TRUE;
}

/* Reads the name of an intervention for a change (@name may be NULL). */
static gboolean
read_intervention (OndStore    *self,
                   gint64       intervention_id,
                   char       **name,
                   GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT name FROM intervention WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, intervention_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The intervention does not exist (any more)."));
      return FALSE;
    }
  if (name != NULL)
    *name = g_strdup (ond_statement_get_text (stmt, 0));
  return TRUE;
}

static gint64
insert_intervention (OndStore    *self,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  if (!check_name (self, 0, name, error))
    return 0;
  stmt = _ond_store_prepare (self,
                             "INSERT INTO intervention (name, position)"
                             " VALUES (?, (SELECT coalesce(max(position), 0) + 1"
                             "             FROM intervention)) RETURNING id",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_text (stmt, 1, name, error))
    return 0;
  return ond_statement_insert (stmt, error);
}

/**
 * ond_store_add_intervention:
 * @self: a #OndStore
 * @name: the name of the intervention (trimmed; not blank, unique on the menukaart apart
 *   from case and accents)
 * @error: return location for an error: %OND_PLAN_ERROR_NAME
 *
 * Adds an intervention at the end of the menukaart, with no partner that can carry it out
 * yet (ond_store_set_menukaart_cell()).
 *
 * Returns: the id of the new intervention, or 0 with @error set (nothing written)
 */
gint64
ond_store_add_intervention (OndStore    *self,
                            const char  *name,
                            GError     **error)
{
  g_autofree char *trimmed = _ond_store_partners_trim (name);
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error) || !check_name (NULL, 0, trimmed, error)
      || !_ond_store_begin (self, error))
    return 0;
  id = insert_intervention (self, trimmed, error);
  return _ond_store_partners_finish (self, id != 0, error) ? id : 0;
}

/* @row_version: NULL for a rename that is not checked; else the version the edit was opened
 * with, and on success the version the row has now (ond-store-migration-12.c). */
static gboolean
rename_intervention (OndStore    *self,
                     gint64       intervention_id,
                     gint64      *row_version,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gint64 opened = row_version != NULL ? *row_version : 0;
  gint64 written = 0;

  if (!read_intervention (self, intervention_id, NULL, error)
      || !check_name (self, intervention_id, name, error))
    return FALSE;
  stmt = _ond_store_prepare (self,
                             "UPDATE intervention SET name = ?, row_version = row_version + 1"
                             " WHERE id = ? AND (? = 0 OR row_version = ?) RETURNING id",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_text (stmt, 1, name, error)
      || !ond_statement_bind_int64 (stmt, 2, intervention_id, error)
      || !ond_statement_bind_int64 (stmt, 3, opened, error)
      || !ond_statement_bind_int64 (stmt, 4, opened, error)
      || !ond_statement_execute_returning (stmt, &written, error))
    return FALSE;
  if (written == 0)
    {
      /* It is there (read above, in this transaction): its version moved on. */
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                           _("Someone else changed this intervention after you opened it. "
                             "Nothing has been saved."));
      return FALSE;
    }
  if (row_version != NULL)
    *row_version = opened + 1;
  return TRUE;
}

/**
 * ond_store_rename_intervention:
 * @self: a #OndStore
 * @intervention_id: the intervention
 * @name: its new name (the rules of ond_store_add_intervention())
 * @error: return location for an error: %OND_PLAN_ERROR_NAME, or
 *   %OND_STORE_ERROR_NOT_FOUND for an intervention that does not exist
 *
 * Renames an intervention; the cases that use it show the new name.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_rename_intervention (OndStore    *self,
                               gint64       intervention_id,
                               const char  *name,
                               GError     **error)
{
  g_autofree char *trimmed = _ond_store_partners_trim (name);

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_check_writable (self, error) || !check_name (NULL, 0, trimmed, error)
      || !_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_partners_finish (self,
                                     rename_intervention (self, intervention_id, NULL, trimmed,
                                                          error),
                                     error);
}

/**
 * ond_store_rename_intervention_edit:
 * @self: a #OndStore
 * @intervention_id: the intervention
 * @row_version: (inout): the row version the intervention was read with; on success the
 *   version the row has now
 * @name: its new name
 * @error: return location for an error: as ond_store_rename_intervention (), and
 *   %OND_STORE_ERROR_CONFLICT when someone else changed the intervention since
 *
 * Renames an intervention like ond_store_rename_intervention (), but only while the row
 * still has @row_version (ond-store-migration-12.c).
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_rename_intervention_edit (OndStore    *self,
                                    gint64       intervention_id,
                                    gint64      *row_version,
                                    const char  *name,
                                    GError     **error)
{
  g_autofree char *trimmed = _ond_store_partners_trim (name);
  gint64 version;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (row_version != NULL && *row_version >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_check_writable (self, error) || !check_name (NULL, 0, trimmed, error)
      || !_ond_store_begin (self, error))
    return FALSE;
  version = *row_version;
  if (!_ond_store_partners_finish (self,
                                   rename_intervention (self, intervention_id, &version,
                                                        trimmed, error),
                                   error))
    return FALSE;
  *row_version = version;
  return TRUE;
}

static gboolean
set_retired (OndStore  *self,
             gint64     intervention_id,
             gboolean   retired,
             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  if (!read_intervention (self, intervention_id, NULL, error))
    return FALSE;
  stmt = _ond_store_prepare (self, "UPDATE intervention SET retired = ?,"
                                   " row_version = row_version + 1 WHERE id = ?", error);
  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, retired ? 1 : 0, error)
         && ond_statement_bind_int64 (stmt, 2, intervention_id, error)
         && ond_statement_execute (stmt, error);
}

/**
 * ond_store_set_intervention_retired:
 * @self: a #OndStore
 * @intervention_id: the intervention
 * @retired: %TRUE to retire it, %FALSE to bring it back
 * @error: return location for an error: %OND_STORE_ERROR_NOT_FOUND for an intervention
 *   that does not exist
 *
 * Retires an intervention (it stays on the cases that have it and on the menukaart as it
 * was, with its partners, and is no longer offered for a case), or brings it back.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_set_intervention_retired (OndStore  *self,
                                    gint64     intervention_id,
                                    gboolean   retired,
                                    GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_partners_finish (self,
                                     set_retired (self, intervention_id, retired, error),
                                     error);
}

/* Refuses to delete an intervention that a case's intervention refers to. */
static gboolean
check_intervention_unused (OndStore    *self,
                           gint64       intervention_id,
                           const char  *name,
                           GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;
  gulong n;

  stmt = _ond_store_prepare (self,
                             "SELECT COUNT(*) FROM case_intervention WHERE intervention_id = ?",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, intervention_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  n = (gulong) ond_statement_get_int64 (stmt, 0);
  if (n == 0)
    return TRUE;

  /* Translators: %s is an intervention, %d how often cases use it. */
  g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_IN_USE,
               ngettext ("“%s” cannot be deleted, because %d case uses it. Retire it instead: it "
                         "stays on that case and is no longer offered for new ones.",
                         "“%s” cannot be deleted, because cases use it %d times. Retire it "
                         "instead: it stays on those cases and is no longer offered for new "
                         "ones.",
                         n),
               name, (int) n);
  return FALSE;
}

/**
 * ond_store_check_intervention_unused:
 * @self: a #OndStore
 * @intervention_id: the intervention
 * @error: return location for an error: %OND_PLAN_ERROR_IN_USE (the message of
 *   ond_store_delete_intervention()) or %OND_STORE_ERROR_NOT_FOUND
 *
 * Tells whether the intervention can be deleted, without deleting it (nothing is written).
 *
 * Returns: %TRUE when no case uses the intervention
 */
gboolean
ond_store_check_intervention_unused (OndStore  *self,
                                     gint64     intervention_id,
                                     GError   **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return read_intervention (self, intervention_id, &name, error)
         && check_intervention_unused (self, intervention_id, name, error);
}

static gboolean
delete_intervention (OndStore  *self,
                     gint64     intervention_id,
                     GError   **error)
{
  g_autofree char *name = NULL;
  g_autofree char *in_use = NULL;

  if (!read_intervention (self, intervention_id, &name, error)
      || !check_intervention_unused (self, intervention_id, name, error))
    return FALSE;
  in_use = g_strdup_printf (_("“%s” cannot be deleted, because records refer to it. Retire it "
                              "instead: it stays on those records and is no longer offered "
                              "for new ones."),
                            name);
  return _ond_store_partners_execute_for_id (self,
                                             "DELETE FROM intervention_partner"
                                             " WHERE intervention_id = ?",
                                             intervention_id, error)
         && _ond_store_partners_delete_row (self, "DELETE FROM intervention WHERE id = ?",
                                            intervention_id, in_use, error);
}

/**
 * ond_store_delete_intervention:
 * @self: a #OndStore
 * @intervention_id: the intervention
 * @error: return location for an error
 *
 * Deletes an intervention that no case uses, with its row of the matrix (the partners that
 * could carry it out). One that a case's intervention refers to is refused with
 * %OND_PLAN_ERROR_IN_USE, whose message says that it can be retired instead; one that does
 * not exist with %OND_STORE_ERROR_NOT_FOUND. ond_store_restore_intervention() undoes it.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_delete_intervention (OndStore  *self,
                               gint64     intervention_id,
                               GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_partners_finish (self, delete_intervention (self, intervention_id, error),
                                     error);
}

/* Reads whether a partner is retired; a partner that does not exist is refused with
 * OND_PLAN_ERROR_PARTNER. @short_name may be NULL. */
static gboolean
read_partner (OndStore    *self,
              gint64       partner_id,
              gboolean    *retired,
              char       **short_name,
              GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT retired, short_name FROM partner WHERE id = ?",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, partner_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return _ond_store_partners_fail (error, OND_PLAN_ERROR_PARTNER,
                                     _("That partner does not exist (any more)."));
  *retired = ond_statement_get_int64 (stmt, 0) != 0;
  if (short_name != NULL)
    *short_name = g_strdup (ond_statement_get_text (stmt, 1));
  return TRUE;
}

static gboolean
insert_cell (OndStore  *self,
             gint64     intervention_id,
             gint64     partner_id,
             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                             "INSERT INTO intervention_partner (intervention_id, partner_id)"
                             " VALUES (?, ?)",
                             error);
  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, intervention_id, error)
         && ond_statement_bind_int64 (stmt, 2, partner_id, error)
         && ond_statement_execute (stmt, error);
}

static gboolean
restore_intervention (OndStore         *self,
                      OndIntervention  *intervention,
                      const char       *name,
                      GError          **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gint64 id = ond_intervention_get_id (intervention);
  int position = ond_intervention_get_position (intervention);
  const gint64 *partner_ids;
  guint n_partners;

  if (!_ond_store_partners_check_free_id (self, "SELECT 1 FROM intervention WHERE id = ?", id,
                                          _("An intervention with this number exists "
                                            "already, so the deleted one cannot be put back."),
                                          error)
      || !check_name (self, 0, name, error))
    return FALSE;
  partner_ids = ond_intervention_get_partner_ids (intervention, &n_partners);
  for (guint i = 0; i < n_partners; i++)
    {
      gboolean retired;

      if (!read_partner (self, partner_ids[i], &retired, NULL, error))
        return FALSE;
    }

  /* An intervention added since the delete may hold the place: it and those after it move
   * down. */
  stmt = _ond_store_prepare (self,
                             "UPDATE intervention SET position = position + 1"
                             " WHERE position >= ?"
                             "   AND EXISTS (SELECT 1 FROM intervention WHERE position = ?)",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, position, error)
      || !ond_statement_bind_int64 (stmt, 2, position, error)
      || !ond_statement_execute (stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, ond_statement_free);

  stmt = _ond_store_prepare (self,
                             "INSERT INTO intervention (name, position, retired, id)"
                             " VALUES (?, ?, ?, ?)",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_text (stmt, 1, name, error)
      || !ond_statement_bind_int64 (stmt, 2, position, error)
      || !ond_statement_bind_int64 (stmt, 3, ond_intervention_get_retired (intervention) ? 1 : 0,
                                    error)
      || !ond_statement_bind_int64 (stmt, 4, id, error)
      || !ond_statement_execute (stmt, error))
    return FALSE;
  for (guint i = 0; i < n_partners; i++)
    if (!insert_cell (self, id, partner_ids[i], error))
      return FALSE;
  return TRUE;
}

/**
 * ond_store_restore_intervention:
 * @self: a #OndStore
 * @intervention: the intervention as ond_store_list_interventions() read it before it was
 *   deleted
 * @error: return location for an error
 *
 * Puts a deleted intervention back (undo): its own id, place, name, whether it was retired,
 * and the partners that could carry it out. When an intervention added since holds its
 * place, that one and the ones after it move down one place. The name must still be free
 * (%OND_PLAN_ERROR_NAME) and each of its partners still exist (%OND_PLAN_ERROR_PARTNER); an
 * id that is taken fails with %OND_STORE_ERROR_INVALID.
 *
 * Returns: the id of the intervention, or 0 with @error set (nothing written)
 */
gint64
ond_store_restore_intervention (OndStore         *self,
                                OndIntervention  *intervention,
                                GError          **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_INTERVENTION (intervention), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  trimmed = _ond_store_partners_trim (ond_intervention_get_name (intervention));
  if (!_ond_store_check_writable (self, error) || !check_name (NULL, 0, trimmed, error)
      || !_ond_store_begin (self, error))
    return 0;
  if (!_ond_store_partners_finish (self,
                                   restore_intervention (self, intervention, trimmed, error),
                                   error))
    return 0;
  return ond_intervention_get_id (intervention);
}

static gboolean
set_cell (OndStore  *self,
          gint64     intervention_id,
          gint64     partner_id,
          gboolean   can,
          GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *short_name = NULL;
  gboolean retired;
  gboolean has_cell;

  if (!read_intervention (self, intervention_id, NULL, error)
      || !read_partner (self, partner_id, &retired, &short_name, error))
    return FALSE;

  stmt = _ond_store_prepare (self,
                             "SELECT 1 FROM intervention_partner"
                             " WHERE intervention_id = ? AND partner_id = ?",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, intervention_id, error)
      || !ond_statement_bind_int64 (stmt, 2, partner_id, error)
      || !ond_statement_step (stmt, &has_cell, error))
    return FALSE;
  if (has_cell == can)
    return TRUE;

  if (!can)
    {
      g_clear_pointer (&stmt, ond_statement_free);
      stmt = _ond_store_prepare (self,
                                 "DELETE FROM intervention_partner"
                                 " WHERE intervention_id = ? AND partner_id = ?",
                                 error);
      return stmt != NULL
             && ond_statement_bind_int64 (stmt, 1, intervention_id, error)
             && ond_statement_bind_int64 (stmt, 2, partner_id, error)
             && ond_statement_execute (stmt, error);
    }

  if (retired)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_PARTNER,
                   _("“%s” no longer takes part, so it cannot be put on the menukaart. Bring "
                     "it back first."),
                   short_name);
      return FALSE;
    }
  return insert_cell (self, intervention_id, partner_id, error);
}

/**
 * ond_store_set_menukaart_cell:
 * @self: a #OndStore
 * @intervention_id: an intervention of the menukaart
 * @partner_id: a partner
 * @can: whether the partner can carry out the intervention
 * @error: return location for an error: %OND_PLAN_ERROR_PARTNER for a partner that does not
 *   exist, or a retired one that would be set; %OND_STORE_ERROR_NOT_FOUND for an
 *   intervention that does not exist
 *
 * Sets one cell of the matrix. A cell that is as asked already is no error. The cases that
 * have the pair already keep it; a new intervention of a case is offered the partners whose
 * cell is set.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_set_menukaart_cell (OndStore  *self,
                              gint64     intervention_id,
                              gint64     partner_id,
                              gboolean   can,
                              GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_partners_finish (self,
                                     set_cell (self, intervention_id, partner_id, can, error),
                                     error);
}
