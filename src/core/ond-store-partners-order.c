/* ond-store-partners-order.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The order of the partners: one order of all partners (partner.position), which the window
 * shows by kind, so a partner moves up or down among the partners of its kind. A move numbers
 * all partners 1, 2, ... again, so positions that were the same become different.
 */

#define G_LOG_DOMAIN "ond-store-partners"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-partners-private.h"

/* The kind of a partner (transfer full); one that does not exist is NOT_FOUND. */
static gboolean
read_kind (OndStore  *self,
           gint64     partner_id,
           char     **kind,
           GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT kind FROM partner WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, partner_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The partner does not exist (any more)."));
      return FALSE;
    }
  *kind = g_strdup (ond_statement_get_text (stmt, 0));
  return TRUE;
}

/* Writes the positions 1, 2, ... in the order of @ids where they differ from @positions. */
static gboolean
write_order (OndStore  *self,
             GArray    *ids,
             GArray    *positions,
             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self, "UPDATE partner SET position = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (positions, gint64, i) == (gint64) i + 1)
        continue;
      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, (gint64) i + 1, error)
          || !ond_statement_bind_int64 (stmt, 2, g_array_index (ids, gint64, i), error)
          || !ond_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Swaps the partner with the next partner of its kind up (@steps < 0) or down in the one
 * order of all partners, and numbers them all 1, 2, ... (positions that were the same
 * become different). */
static gboolean
move_partner (OndStore  *self,
              gint64     partner_id,
              int        steps,
              GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *kind = NULL;
  gboolean has_row;
  gboolean ok;
  guint own = G_MAXUINT;
  guint other = G_MAXUINT;

  if (!read_kind (self, partner_id, &kind, error))
    return FALSE;
  stmt = _ond_store_prepare (self, "SELECT id, position, kind FROM partner ORDER BY position, id",
                             error);
  if (stmt == NULL)
    return FALSE;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      gint64 id = ond_statement_get_int64 (stmt, 0);
      gint64 position = ond_statement_get_int64 (stmt, 1);

      if (id == partner_id)
        own = ids->len;
      g_array_append_val (ids, id);
      g_array_append_val (positions, position);
      g_ptr_array_add (kinds, g_strdup (ond_statement_get_text (stmt, 2)));
    }
  if (!ok)
    return FALSE;
  g_assert (own < ids->len);

  if (steps < 0)
    {
      for (guint i = own; i-- > 0 && other == G_MAXUINT;)
        if (g_strcmp0 (g_ptr_array_index (kinds, i), kind) == 0)
          other = i;
    }
  else if (steps > 0)
    {
      for (guint i = own + 1; i < ids->len && other == G_MAXUINT; i++)
        if (g_strcmp0 (g_ptr_array_index (kinds, i), kind) == 0)
          other = i;
    }
  if (other == G_MAXUINT)
    return TRUE;

  g_array_index (ids, gint64, own) = g_array_index (ids, gint64, other);
  g_array_index (ids, gint64, other) = partner_id;
  /* The two swapped rows are written whatever their positions were. */
  g_array_index (positions, gint64, own) = 0;
  g_array_index (positions, gint64, other) = 0;
  return write_order (self, ids, positions, error);
}

/**
 * ond_store_move_partner:
 * @self: a #OndStore
 * @partner_id: the partner
 * @steps: -1 to move it one place up among the partners of its kind, 1 one place down
 * @error: return location for an error: %OND_STORE_ERROR_NOT_FOUND for a partner that does
 *   not exist
 *
 * Moves a partner up or down among the partners of its kind (the window lists them by
 * kind). The first of its kind does not move up, the last not down: that is no error.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_move_partner (OndStore  *self,
                        gint64     partner_id,
                        int        steps,
                        GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_partners_finish (self, move_partner (self, partner_id, steps, error),
                                     error);
}
