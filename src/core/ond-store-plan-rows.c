/* ond-store-plan-rows.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A new plan period, second part: the recurring planning rows. Each distinct recurring row
 * of the source (the same period, what, who and theme, whatever its year) comes once for
 * every year of the new period, status "gepland", with the targets of the source's latest
 * row of it. An action linked to such a row in the source is linked to its copies. Inside
 * the transaction of ond_store_copy_plan (ond-store-plan-copy.c).
 */

#define G_LOG_DOMAIN "ond-store-plan-copy"

#include "config.h"

#include "ond-store-plan-copy-private.h"

/* One recurring row of the source, as the new plan repeats it. */
typedef struct
{
  gint64  id;          /* the source's latest row of it: its targets are copied */
  char   *period;
  char   *what;
  char   *who;
  gint64  theme_id;    /* of the new plan, 0 for none */
  GArray *copies;      /* gint64: the new plan's rows, one a year */
} Recurring;

static void
recurring_free (gpointer data)
{
  Recurring *r = data;

  g_free (r->period);
  g_free (r->what);
  g_free (r->who);
  g_array_unref (r->copies);
  g_free (r);
}

/* The distinct recurring rows of the source, in the order of the latest year that has
 * them; @rows_of (source row id -> Recurring) tells for each of the source's recurring rows,
 * of any year, which one it is. */
static GPtrArray *
read_recurring (OndStore    *self,
                gint64       source_id,
                GHashTable  *themes,
                GHashTable  *rows_of,
                GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (recurring_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean has_row;
  gboolean ok;

  stmt = _ond_store_prepare (self,
                             "SELECT i.id, i.period, i.what, i.who, i.theme_id"
                             " FROM plan_item AS i JOIN period AS d ON d.code = i.period"
                             " WHERE i.plan_id = ? AND i.recurring = 1"
                             " ORDER BY i.year DESC, d.position, i.position, i.id",
                             error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, source_id, error))
    return NULL;

  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      gint64 id = ond_statement_get_int64 (stmt, 0);
      gint64 old_theme = ond_statement_get_is_null (stmt, 4) ? 0
                                                             : ond_statement_get_int64 (stmt, 4);
      g_autofree char *key = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%" G_GINT64_FORMAT,
                                              ond_statement_get_text (stmt, 1),
                                              ond_statement_get_text (stmt, 2),
                                              ond_statement_get_text (stmt, 3),
                                              old_theme);
      Recurring *r = g_hash_table_lookup (by_key, key);

      if (r == NULL)
        {
          r = g_new0 (Recurring, 1);
          r->id = id;
          r->period = g_strdup (ond_statement_get_text (stmt, 1));
          r->what = g_strdup (ond_statement_get_text (stmt, 2));
          r->who = g_strdup (ond_statement_get_text (stmt, 3));
          r->theme_id = old_theme != 0 ? _ond_plan_copy_id_map_get (themes, old_theme) : 0;
          r->copies = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_ptr_array_add (rows, r);
          g_hash_table_insert (by_key, g_steal_pointer (&key), r);
        }
      g_hash_table_insert (rows_of, g_memdup2 (&id, sizeof id), r);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&rows);
}

static gboolean
copy_targets (OndStore  *self,
              gint64     source_item_id,
              gint64     item_id,
              GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                             "INSERT INTO target (plan_item_id, indicator_id, description, value)"
                             " SELECT ?, indicator_id, description, value FROM target"
                             " WHERE plan_item_id = ? ORDER BY id",
                             error);
  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, item_id, error)
         && ond_statement_bind_int64 (stmt, 2, source_item_id, error)
         && ond_statement_execute (stmt, error);
}

static gboolean
insert_rows (OndStore   *self,
             gint64      plan_id,
             int         first_year,
             int         last_year,
             GPtrArray  *rows,
             GError    **error)
{
  g_autoptr(OndStatement) into = NULL;
  int position = 0;

  into = _ond_store_prepare (self,
                             "INSERT INTO plan_item (plan_id, year, period, position, what, who,"
                             "                       theme_id, recurring)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
                             error);
  if (into == NULL)
    return FALSE;

  for (int year = first_year; year <= last_year; year++)
    for (guint i = 0; i < rows->len; i++)
      {
        Recurring *r = g_ptr_array_index (rows, i);
        gint64 id = 0;

        ond_statement_reset (into);
        if (!ond_statement_bind_int64 (into, 1, plan_id, error)
            || !ond_statement_bind_int64 (into, 2, year, error)
            || !ond_statement_bind_text (into, 3, r->period, error)
            || !ond_statement_bind_int64 (into, 4, ++position, error)
            || !ond_statement_bind_text (into, 5, r->what, error)
            || !ond_statement_bind_text (into, 6, r->who, error)
            || !ond_statement_bind_id (into, 7, r->theme_id, error)
            || !ond_statement_execute_returning (into, &id, error))
          return FALSE;
        g_array_append_val (r->copies, id);
        if (!copy_targets (self, r->id, id, error))
          return FALSE;
      }
  return TRUE;
}

/* Links each new action to the copies of the recurring rows its source action was linked
 * to (action_plan_item); links to rows that do not recur stay behind with those rows. */
static gboolean
copy_links (OndStore    *self,
            gint64       source_id,
            GHashTable  *actions,
            GHashTable  *rows_of,
            GError     **error)
{
  g_autoptr(OndStatement) from = NULL;
  g_autoptr(OndStatement) into = NULL;
  gboolean has_row;
  gboolean ok;

  from = _ond_store_prepare (self,
                             "SELECT l.action_id, l.plan_item_id FROM action_plan_item AS l"
                             " JOIN action AS a ON a.id = l.action_id"
                             " WHERE a.plan_id = ? ORDER BY l.action_id, l.plan_item_id",
                             error);
  into = _ond_store_prepare (self,
                             "INSERT INTO action_plan_item (action_id, plan_item_id)"
                             " VALUES (?, ?) ON CONFLICT DO NOTHING",
                             error);
  if (from == NULL || into == NULL || !ond_statement_bind_int64 (from, 1, source_id, error))
    return FALSE;

  while ((ok = ond_statement_step (from, &has_row, error)) && has_row)
    {
      gint64 action_id = _ond_plan_copy_id_map_get (actions, ond_statement_get_int64 (from, 0));
      gint64 item_id = ond_statement_get_int64 (from, 1);
      const Recurring *r = g_hash_table_lookup (rows_of, &item_id);

      if (action_id == 0 || r == NULL)
        continue;
      for (guint i = 0; i < r->copies->len; i++)
        {
          ond_statement_reset (into);
          if (!ond_statement_bind_int64 (into, 1, action_id, error)
              || !ond_statement_bind_int64 (into, 2, g_array_index (r->copies, gint64, i), error)
              || !ond_statement_execute (into, error))
            return FALSE;
        }
    }
  return ok;
}

gboolean
_ond_plan_copy_recurring (OndStore    *self,
                          gint64       source_id,
                          gint64       plan_id,
                          int          first_year,
                          int          last_year,
                          GHashTable  *themes,
                          GHashTable  *actions,
                          GError     **error)
{
  g_autoptr(GHashTable) rows_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         NULL);
  g_autoptr(GPtrArray) rows = read_recurring (self, source_id, themes, rows_of, error);

  return rows != NULL
         && insert_rows (self, plan_id, first_year, last_year, rows, error)
         && copy_links (self, source_id, actions, rows_of, error);
}
