/* ond-store-plan-copy.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A new plan period copied from an existing plan, in one transaction: the checks, the plan
 * row, its pillars, themes with their owners, and actions. The recurring planning rows are
 * in ond-store-plan-rows.c; switching the current plan in ond-store-plan-current.c. What is
 * copied and what is not is listed in ond-store-plan-copy.h. Refusals are OND_PLAN_ERROR
 * codes (NAME, PLAN_PERIOD, CYCLE); a refused copy writes nothing.
 */

#define G_LOG_DOMAIN "ond-store-plan-copy"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-plan-copy-private.h"
#include "ond-text.h"

/* The id maps of a copy. */

GHashTable *
_ond_plan_copy_id_map_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

void
_ond_plan_copy_id_map_put (GHashTable *map,
                           gint64      old_id,
                           gint64      new_id)
{
  g_hash_table_insert (map, g_memdup2 (&old_id, sizeof old_id),
                       g_memdup2 (&new_id, sizeof new_id));
}

gint64
_ond_plan_copy_id_map_get (GHashTable *map,
                           gint64      old_id)
{
  gint64 *new_id = g_hash_table_lookup (map, &old_id);

  return new_id != NULL ? *new_id : 0;
}

static gboolean
fail (GError       **error,
      OndPlanError   code,
      const char    *message)
{
  g_set_error_literal (error, OND_PLAN_ERROR, code, message);
  return FALSE;
}

/* The checks that need no database. */

static gboolean
check_years (int      first_year,
             int      last_year,
             GError **error)
{
  if (first_year < OND_PLAN_MIN_YEAR || first_year > OND_PLAN_MAX_YEAR
      || last_year < OND_PLAN_MIN_YEAR || last_year > OND_PLAN_MAX_YEAR)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD,
                   _("The years of a plan lie between %d and %d."),
                   OND_PLAN_MIN_YEAR, OND_PLAN_MAX_YEAR);
      return FALSE;
    }
  if (last_year < first_year)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD,
                   _("The last year (%d) comes before the first year (%d)."),
                   last_year, first_year);
      return FALSE;
    }
  if (last_year - first_year + 1 > OND_PLAN_MAX_YEARS)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD,
                   _("A plan covers at most %d years; %d–%d is %d years."),
                   OND_PLAN_MAX_YEARS, first_year, last_year, last_year - first_year + 1);
      return FALSE;
    }
  return TRUE;
}

/* The checks against the other plans, inside the transaction. */

gboolean
_ond_plan_copy_check_plan (OndStore  *self,
                           gint64     plan_id,
                           GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT 1 FROM plan WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, plan_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The plan does not exist (any more)."));
      return FALSE;
    }
  return TRUE;
}

/* Follows created_from from @plan_id back to a plan that was not copied. A plan met twice on
 * the way is a loop (only a file changed outside the application can hold one): it is
 * refused, and the walk ends there, whatever the loop's length. */
static gboolean
check_chain (OndStore  *self,
             gint64     plan_id,
             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 id = plan_id;

  stmt = _ond_store_prepare (self, "SELECT created_from, title FROM plan WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  while (id != 0)
    {
      gboolean has_row;

      if (g_hash_table_contains (seen, &id))
        {
          g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_CYCLE,
                       _("The plans this one was copied from lead back to themselves, so "
                         "it cannot be copied. The file was changed outside Ondermijning: "
                         "restore a backup."));
          return FALSE;
        }
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));

      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, id, error)
          || !ond_statement_step (stmt, &has_row, error))
        return FALSE;
      /* A plan that is gone ends the chain (created_from is set to NULL on a delete). */
      id = has_row && !ond_statement_get_is_null (stmt, 0) ? ond_statement_get_int64 (stmt, 0)
                                                         : 0;
    }
  return TRUE;
}

/* Refuses a title another plan has apart from case and accents, and years that overlap
 * another plan's period. */
static gboolean
check_other_plans (OndStore    *self,
                   const char  *title,
                   int          first_year,
                   int          last_year,
                   GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *folded = ond_text_fold (title);
  gboolean has_row;
  gboolean ok;

  stmt = _ond_store_prepare (self, "SELECT title, first_year, last_year FROM plan ORDER BY id",
                             error);
  if (stmt == NULL)
    return FALSE;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      const char *other = ond_statement_get_text (stmt, 0);
      g_autofree char *other_folded = ond_text_fold (other);

      if (g_strcmp0 (folded, other_folded) == 0)
        {
          g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_NAME,
                       _("There is already a plan called “%s”."), other);
          return FALSE;
        }
    }
  if (!ok)
    return FALSE;

  g_clear_pointer (&stmt, ond_statement_free);
  stmt = _ond_store_prepare (self,
                             "SELECT title, first_year, last_year FROM plan"
                             " WHERE first_year <= ? AND last_year >= ?"
                             " ORDER BY first_year, id LIMIT 1",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, last_year, error)
      || !ond_statement_bind_int64 (stmt, 2, first_year, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD,
                   _("%d–%d overlaps the period of “%s” (%d–%d): plan periods do not "
                     "overlap."),
                   first_year, last_year, ond_statement_get_text (stmt, 0),
                   (int) ond_statement_get_int64 (stmt, 1),
                   (int) ond_statement_get_int64 (stmt, 2));
      return FALSE;
    }
  return TRUE;
}

/* The copies. Each reads the source's rows in their own order and writes them for the new
 * plan, remembering the new ids where later rows refer to them. */

static gint64
insert_plan (OndStore    *self,
             gint64       source_id,
             const char  *title,
             int          first_year,
             int          last_year,
             GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                             "INSERT INTO plan (title, first_year, last_year, objective, state,"
                             "                  created_from)"
                             " SELECT ?, ?, ?, objective, 'draft', id FROM plan WHERE id = ?"
                             " RETURNING id",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_text (stmt, 1, title, error)
      || !ond_statement_bind_int64 (stmt, 2, first_year, error)
      || !ond_statement_bind_int64 (stmt, 3, last_year, error)
      || !ond_statement_bind_int64 (stmt, 4, source_id, error))
    return 0;
  return ond_statement_insert (stmt, error);
}

static gboolean
copy_pillars (OndStore    *self,
              gint64       source_id,
              gint64       plan_id,
              GHashTable  *pillars,
              GError     **error)
{
  g_autoptr(OndStatement) from = NULL;
  g_autoptr(OndStatement) into = NULL;
  gboolean has_row;
  gboolean ok;

  from = _ond_store_prepare (self,
                             "SELECT id, number, name, objective, description FROM pillar"
                             " WHERE plan_id = ? ORDER BY number, id",
                             error);
  into = _ond_store_prepare (self,
                             "INSERT INTO pillar (plan_id, number, name, objective, description)"
                             " VALUES (?, ?, ?, ?, ?) RETURNING id",
                             error);
  if (from == NULL || into == NULL || !ond_statement_bind_int64 (from, 1, source_id, error))
    return FALSE;

  while ((ok = ond_statement_step (from, &has_row, error)) && has_row)
    {
      gint64 new_id = 0;

      ond_statement_reset (into);
      if (!ond_statement_bind_int64 (into, 1, plan_id, error)
          || !ond_statement_bind_int64 (into, 2, ond_statement_get_int64 (from, 1), error)
          || !ond_statement_bind_text (into, 3, ond_statement_get_text (from, 2), error)
          || !ond_statement_bind_text (into, 4, ond_statement_get_text (from, 3), error)
          || !ond_statement_bind_text (into, 5, ond_statement_get_text (from, 4), error)
          || !ond_statement_execute_returning (into, &new_id, error))
        return FALSE;
      _ond_plan_copy_id_map_put (pillars, ond_statement_get_int64 (from, 0), new_id);
    }
  return ok;
}

static gboolean
copy_theme_owners (OndStore    *self,
                   GHashTable  *themes,
                   GError     **error)
{
  g_autoptr(OndStatement) from = NULL;
  g_autoptr(OndStatement) into = NULL;
  GHashTableIter iter;
  gpointer old_id, new_id;

  /* Retired partners are no longer offered: they stay on the source's themes only. */
  from = _ond_store_prepare (self,
                             "SELECT o.partner_id, o.position FROM theme_owner AS o"
                             " JOIN partner AS p ON p.id = o.partner_id"
                             " WHERE o.theme_id = ? AND p.retired = 0"
                             " ORDER BY o.position, o.partner_id",
                             error);
  into = _ond_store_prepare (self,
                             "INSERT INTO theme_owner (theme_id, partner_id, position)"
                             " VALUES (?, ?, ?)",
                             error);
  if (from == NULL || into == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, themes);
  while (g_hash_table_iter_next (&iter, &old_id, &new_id))
    {
      gboolean has_row;
      gboolean ok;

      ond_statement_reset (from);
      if (!ond_statement_bind_int64 (from, 1, *(gint64 *) old_id, error))
        return FALSE;
      while ((ok = ond_statement_step (from, &has_row, error)) && has_row)
        {
          ond_statement_reset (into);
          if (!ond_statement_bind_int64 (into, 1, *(gint64 *) new_id, error)
              || !ond_statement_bind_int64 (into, 2, ond_statement_get_int64 (from, 0), error)
              || !ond_statement_bind_int64 (into, 3, ond_statement_get_int64 (from, 1), error)
              || !ond_statement_execute (into, error))
            return FALSE;
        }
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
copy_themes (OndStore    *self,
             gint64       source_id,
             gint64       plan_id,
             GHashTable  *themes,
             GError     **error)
{
  g_autoptr(OndStatement) from = NULL;
  g_autoptr(OndStatement) into = NULL;
  gboolean has_row;
  gboolean ok;

  from = _ond_store_prepare (self,
                             "SELECT id, position, name, short_name, description FROM theme"
                             " WHERE plan_id = ? ORDER BY position, id",
                             error);
  into = _ond_store_prepare (self,
                             "INSERT INTO theme (plan_id, position, name, short_name,"
                             "                   description)"
                             " VALUES (?, ?, ?, ?, ?) RETURNING id",
                             error);
  if (from == NULL || into == NULL || !ond_statement_bind_int64 (from, 1, source_id, error))
    return FALSE;

  while ((ok = ond_statement_step (from, &has_row, error)) && has_row)
    {
      gint64 new_id = 0;

      ond_statement_reset (into);
      if (!ond_statement_bind_int64 (into, 1, plan_id, error)
          || !ond_statement_bind_int64 (into, 2, ond_statement_get_int64 (from, 1), error)
          || !ond_statement_bind_text (into, 3, ond_statement_get_text (from, 2), error)
          || !ond_statement_bind_text (into, 4, ond_statement_get_text (from, 3), error)
          || !ond_statement_bind_text (into, 5, ond_statement_get_text (from, 4), error)
          || !ond_statement_execute_returning (into, &new_id, error))
        return FALSE;
      _ond_plan_copy_id_map_put (themes, ond_statement_get_int64 (from, 0), new_id);
    }
  return ok && copy_theme_owners (self, themes, error);
}

static gboolean
copy_actions (OndStore    *self,
              gint64       source_id,
              gint64       plan_id,
              GHashTable  *pillars,
              GHashTable  *themes,
              GHashTable  *actions,
              GError     **error)
{
  g_autoptr(OndStatement) from = NULL;
  g_autoptr(OndStatement) into = NULL;
  gboolean has_row;
  gboolean ok;

  /* The status is the column's default, "gepland"; progress notes stay behind. */
  from = _ond_store_prepare (self,
                             "SELECT a.pillar_id, a.theme_id, a.group_heading, a.position, a.text,"
                             "       CASE WHEN p.retired = 0 THEN a.owner_id END, a.id"
                             " FROM action AS a LEFT JOIN partner AS p ON p.id = a.owner_id"
                             " WHERE a.plan_id = ? ORDER BY a.position, a.id",
                             error);
  into = _ond_store_prepare (self,
                             "INSERT INTO action (plan_id, pillar_id, theme_id, group_heading,"
                             "                    position, text, owner_id)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                             error);
  if (from == NULL || into == NULL || !ond_statement_bind_int64 (from, 1, source_id, error))
    return FALSE;

  while ((ok = ond_statement_step (from, &has_row, error)) && has_row)
    {
      gint64 pillar_id = _ond_plan_copy_id_map_get (pillars, ond_statement_get_int64 (from, 0));
      gint64 old_theme = ond_statement_get_is_null (from, 1) ? 0
                                                             : ond_statement_get_int64 (from, 1);
      gint64 theme_id = old_theme != 0 ? _ond_plan_copy_id_map_get (themes, old_theme) : 0;
      gint64 owner_id = ond_statement_get_is_null (from, 5) ? 0
                                                            : ond_statement_get_int64 (from, 5);
      gint64 new_id = 0;

      /* An action of a pillar of another plan (a damaged file) cannot be placed. */
      if (pillar_id == 0)
        continue;
      ond_statement_reset (into);
      if (!ond_statement_bind_int64 (into, 1, plan_id, error)
          || !ond_statement_bind_int64 (into, 2, pillar_id, error)
          || !ond_statement_bind_id (into, 3, theme_id, error)
          || !ond_statement_bind_text (into, 4, ond_statement_get_text (from, 2), error)
          || !ond_statement_bind_int64 (into, 5, ond_statement_get_int64 (from, 3), error)
          || !ond_statement_bind_text (into, 6, ond_statement_get_text (from, 4), error)
          || !ond_statement_bind_id (into, 7, owner_id, error)
          || !ond_statement_execute_returning (into, &new_id, error))
        return FALSE;
      _ond_plan_copy_id_map_put (actions, ond_statement_get_int64 (from, 6), new_id);
    }
  return ok;
}

static gint64
copy_plan (OndStore    *self,
           gint64       source_id,
           int          first_year,
           int          last_year,
           const char  *title,
           GError     **error)
{
  g_autoptr(GHashTable) pillars = _ond_plan_copy_id_map_new ();
  g_autoptr(GHashTable) themes = _ond_plan_copy_id_map_new ();
  g_autoptr(GHashTable) actions = _ond_plan_copy_id_map_new ();
  gint64 plan_id;

  if (!_ond_plan_copy_check_plan (self, source_id, error)
      || !check_chain (self, source_id, error)
      || !check_other_plans (self, title, first_year, last_year, error))
    return 0;

  plan_id = insert_plan (self, source_id, title, first_year, last_year, error);
  if (plan_id == 0
      || !copy_pillars (self, source_id, plan_id, pillars, error)
      || !copy_themes (self, source_id, plan_id, themes, error)
      || !copy_actions (self, source_id, plan_id, pillars, themes, actions, error)
      || !_ond_plan_copy_recurring (self, source_id, plan_id, first_year, last_year, themes,
                                    actions, error))
    return 0;
  return plan_id;
}

/**
 * ond_store_copy_plan:
 * @self: a #OndStore
 * @source_plan_id: the plan to start from
 * @first_year: the first year of the new period (2000-2100)
 * @last_year: its last year (not before @first_year, at most 10 years in all)
 * @title: the title of the new plan (trimmed; not blank, not another plan's title apart from
 *   case and accents)
 * @error: return location for an error: %OND_PLAN_ERROR_NAME (the title),
 *   %OND_PLAN_ERROR_PLAN_PERIOD (the years: outside 2000-2100, reversed, more than 10 years,
 *   or overlapping another plan's period), %OND_PLAN_ERROR_CYCLE (the plans @source_plan_id
 *   was copied from loop back), %OND_STORE_ERROR_NOT_FOUND (no such plan),
 *   %OND_STORE_ERROR_READ_ONLY
 *
 * Starts a new plan period from @source_plan_id in one transaction: see
 * ond-store-plan-copy.h for what is copied. The new plan is a "draft" whose created_from is
 * the source; the source and all that belongs to it are left as they are.
 *
 * Returns: the id of the new plan, or 0 with @error set (nothing written)
 */
gint64
ond_store_copy_plan (OndStore    *self,
                     gint64       source_plan_id,
                     int          first_year,
                     int          last_year,
                     const char  *title,
                     GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (title != NULL ? title : ""));
  gint64 plan_id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error))
    return 0;
  if (*trimmed == '\0')
    return fail (error, OND_PLAN_ERROR_NAME, _("A plan needs a title."));
  if (!check_years (first_year, last_year, error))
    return 0;

  if (!_ond_store_begin (self, error))
    return 0;
  plan_id = copy_plan (self, source_plan_id, first_year, last_year, trimmed, error);
  if (plan_id != 0 && _ond_store_commit (self, error))
    return plan_id;
  _ond_store_rollback (self);
  return 0;
}
