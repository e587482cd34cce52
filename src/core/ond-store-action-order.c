/* ond-store-action-order.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The order of a pillar's actions (ond-store-actions.h): read as a list in the order the
 * window shows it (the pillar's own actions first, then each theme's by the theme's
 * position; within that by position), changed in memory, and written back as positions 1,
 * 2, 3...: dense and unique within the pillar. For ond-store-actions.c and
 * ond-store-action-restore.c, inside their transactions.
 */

#define G_LOG_DOMAIN "ond-store-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-actions-private.h"

/* One action in the order of its pillar. Actions of no theme come first, then those of
 * each theme by the theme's position; the theme decides the block, the position the place
 * within it. */
typedef struct
{
  gint64  id;
  gint64  theme_id;
  gint64  theme_position;
  char   *heading;
} Place;

static void
place_clear (gpointer data)
{
  Place *place = data;

  g_free (place->heading);
}

static int
compare_blocks (const Place *a,
                const Place *b)
{
  if ((a->theme_id != 0) != (b->theme_id != 0))
    return a->theme_id != 0 ? 1 : -1;
  if (a->theme_position != b->theme_position)
    return a->theme_position < b->theme_position ? -1 : 1;
  if (a->theme_id != b->theme_id)
    return a->theme_id < b->theme_id ? -1 : 1;
  return 0;
}

static gboolean
same_group (const Place *a,
            const Place *b)
{
  return a->theme_id == b->theme_id && g_strcmp0 (a->heading, b->heading) == 0;
}

/* The actions of @pillar_id in the window's order, without @except_id. */
static GArray *
read_order (OndStore  *self,
            gint64     pillar_id,
            gint64     except_id,
            GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GArray) order = g_array_new (FALSE, TRUE, sizeof (Place));
  gboolean has_row;
  gboolean ok;

  g_array_set_clear_func (order, place_clear);
  stmt = _ond_store_prepare (self,
                             "SELECT a.id, a.theme_id, t.position, a.group_heading"
                             " FROM action AS a LEFT JOIN theme AS t ON t.id = a.theme_id"
                             " WHERE a.pillar_id = ? AND a.id <> ?"
                             " ORDER BY a.theme_id IS NOT NULL, t.position, t.id,"
                             "          a.position, a.id",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, pillar_id, error)
      || !ond_statement_bind_int64 (stmt, 2, except_id, error))
    return NULL;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      Place place = {
        ond_statement_get_int64 (stmt, 0),
        ond_statement_get_int64 (stmt, 1),
        ond_statement_get_int64 (stmt, 2),
        g_strdup (ond_statement_get_text (stmt, 3)),
      };

      g_array_append_val (order, place);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&order);
}

static gint64
theme_position (OndStore  *self,
                gint64     theme_id,
                GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  if (theme_id == 0)
    return 0;
  stmt = _ond_store_prepare (self, "SELECT position FROM theme WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, theme_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return -1;
  return has_row ? ond_statement_get_int64 (stmt, 0) : 0;
}

/* Where a new member of @place's group goes: after the last action of its group; else
 * after the last of its theme; else where its theme's block begins. */
static guint
end_of_group (GArray      *order,
              const Place *place)
{
  guint after_group = G_MAXUINT;
  guint after_theme = G_MAXUINT;
  guint before_block = 0;

  for (guint i = 0; i < order->len; i++)
    {
      const Place *other = &g_array_index (order, Place, i);

      if (same_group (other, place))
        after_group = i + 1;
      if (other->theme_id == place->theme_id)
        after_theme = i + 1;
      if (compare_blocks (other, place) < 0)
        before_block = i + 1;
    }
  if (after_group != G_MAXUINT)
    return after_group;
  if (after_theme != G_MAXUINT)
    return after_theme;
  return before_block;
}

/* Keeps each theme's actions in one block (a stable sort: the order within a block
 * stays). */
static void
sort_blocks (GArray *order)
{
  for (guint i = 1; i < order->len; i++)
    for (guint j = i; j > 0; j--)
      {
        Place *a = &g_array_index (order, Place, j - 1);
        Place *b = &g_array_index (order, Place, j);
        Place swap;

        if (compare_blocks (a, b) <= 0)
          break;
        swap = *a;
        *a = *b;
        *b = swap;
      }
}

/* Writes the positions 1, 2, 3... in the order of @order. */
static gboolean
write_order (OndStore  *self,
             GArray    *order,
             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                             "UPDATE action SET position = ? WHERE id = ?"
                             " AND position IS DISTINCT FROM ?",
                             error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < order->len; i++)
    {
      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, i + 1, error)
          || !ond_statement_bind_int64 (stmt, 2, g_array_index (order, Place, i).id, error)
          || !ond_statement_bind_int64 (stmt, 3, i + 1, error)
          || !ond_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_ond_store_action_renumber (OndStore  *self,
                            gint64     pillar_id,
                            GError   **error)
{
  g_autoptr(GArray) order = read_order (self, pillar_id, 0, error);

  return order != NULL && write_order (self, order, error);
}

gboolean
_ond_store_action_place (OndStore    *self,
                         gint64       id,
                         gint64       pillar_id,
                         gint64       theme_id,
                         const char  *heading,
                         guint        index,
                         GError     **error)
{
  g_autoptr(GArray) order = read_order (self, pillar_id, id, error);
  Place place = { id, theme_id, 0, g_strdup (heading) };

  if (order == NULL)
    {
      place_clear (&place);
      return FALSE;
    }
  place.theme_position = theme_position (self, theme_id, error);
  if (place.theme_position < 0)
    {
      place_clear (&place);
      return FALSE;
    }
  if (index == G_MAXUINT)
    index = end_of_group (order, &place);
  g_array_insert_val (order, MIN (index, order->len), place);
  sort_blocks (order);
  return write_order (self, order, error);
}

/* The order of the action's pillar, the index of the action in it, and whether the place
 * @offset away holds an action of the same group. */
static GArray *
find_neighbour (OndStore  *self,
                gint64     action_id,
                int        offset,
                guint     *index,
                gboolean  *found,
                GError   **error)
{
  g_auto(OndActionRow) row = { 0 };
  g_autoptr(GArray) order = NULL;

  *found = FALSE;
  if (!_ond_store_action_read (self, action_id, &row, error)
      || (order = read_order (self, row.pillar_id, 0, error)) == NULL)
    return NULL;
  for (guint i = 0; i < order->len; i++)
    if (g_array_index (order, Place, i).id == action_id)
      {
        gint64 other = (gint64) i + offset;

        *index = i;
        *found = other >= 0 && other < order->len
                 && same_group (&g_array_index (order, Place, i),
                                &g_array_index (order, Place, other));
        break;
      }
  return g_steal_pointer (&order);
}

gboolean
_ond_store_action_move (OndStore  *self,
                        gint64     action_id,
                        int        offset,
                        GError   **error)
{
  g_autoptr(GArray) order = NULL;
  gboolean found;
  guint index = 0;
  Place swap;

  order = find_neighbour (self, action_id, offset, &index, &found, error);
  if (order == NULL)
    return FALSE;
  if (!found)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           offset < 0 ? _("The action is the first of its group already.")
                                      : _("The action is the last of its group already."));
      return FALSE;
    }
  swap = g_array_index (order, Place, index);
  g_array_index (order, Place, index) = g_array_index (order, Place, index + offset);
  g_array_index (order, Place, index + offset) = swap;
  return write_order (self, order, error);
}

/**
 * ond_store_move_action:
 * @self: a #OndStore
 * @action_id: the action
 * @offset: -1 to move it up, 1 to move it down
 * @error: return location for an error: %OND_STORE_ERROR_INVALID when there is no action of
 *   its group there, %OND_STORE_ERROR_NOT_FOUND for an action that does not exist
 *
 * Swaps an action with its neighbour in its group (the same pillar, theme and group
 * heading), and numbers the pillar's actions 1, 2, 3...
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
_ond_store_action_can_move (OndStore  *self,
                            gint64     action_id,
                            int        offset,
                            gboolean  *can_move,
                            GError   **error)
{
  g_autoptr(GArray) order = NULL;
  guint index;

  order = find_neighbour (self, action_id, offset, &index, can_move, error);
  return order != NULL;
}

int
_ond_store_action_place_of (OndStore  *self,
                            gint64     pillar_id,
                            gint64     action_id,
                            GError   **error)
{
  g_autoptr(GArray) order = read_order (self, pillar_id, 0, error);

  if (order == NULL)
    return -1;
  for (guint i = 0; i < order->len; i++)
    if (g_array_index (order, Place, i).id == action_id)
      return (int) i + 1;
  return 0;
}
