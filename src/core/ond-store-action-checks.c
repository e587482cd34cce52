/* ond-store-action-checks.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rules an action and its progress notes obey before anything is written (listed in
 * ond-store-actions.h): a text, a pillar and theme of the action's own plan, a status of
 * work_status, an owner that is a partner and not retired, linked planning rows of the
 * plan; a progress note's text and date. Each refusal names its field with an
 * OND_PLAN_ERROR code. These functions only read, inside the caller's transaction.
 */

#define G_LOG_DOMAIN "ond-store-actions"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-date.h"
#include "ond-store-actions-private.h"
#include "ond-text.h"

#define FIRST_DATE "2000-01-01"

void
_ond_store_action_row_clear (OndActionRow *row)
{
  g_clear_pointer (&row->group_heading, g_free);
}

gboolean
_ond_store_action_fail (GError       **error,
                        OndPlanError   code,
                        const char    *message)
{
  g_set_error_literal (error, OND_PLAN_ERROR, code, message);
  return FALSE;
}

gboolean
_ond_store_action_read (OndStore      *self,
                        gint64         action_id,
                        OndActionRow  *row,
                        GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                             "SELECT plan_id, pillar_id, theme_id, group_heading, owner_id"
                             " FROM action WHERE id = ?",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, action_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The action does not exist (any more)."));
      return FALSE;
    }
  row->id = action_id;
  row->plan_id = ond_statement_get_int64 (stmt, 0);
  row->pillar_id = ond_statement_get_int64 (stmt, 1);
  row->theme_id = ond_statement_get_int64 (stmt, 2);
  row->group_heading = g_strdup (ond_statement_get_text (stmt, 3));
  row->owner_id = ond_statement_get_int64 (stmt, 4);
  return TRUE;
}

/* Runs @sql with @a and @b bound to its two parameters; *@found tells whether it gave a
 * row. */
static gboolean
row_exists (OndStore    *self,
            const char  *sql,
            gint64       a,
            gint64       b,
            gboolean    *found,
            GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);

  *found = FALSE;
  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, a, error)
         && ond_statement_bind_int64 (stmt, 2, b, error)
         && ond_statement_step (stmt, found, error);
}

static gboolean
check_plan (OndStore  *self,
            gint64     plan_id,
            GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean found;

  stmt = _ond_store_prepare (self, "SELECT 1 FROM plan WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, plan_id, error)
      || !ond_statement_step (stmt, &found, error))
    return FALSE;
  if (!found)
    g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                         _("The plan does not exist (any more)."));
  return found;
}

gboolean
_ond_store_action_check_status (OndStore    *self,
                                const char  *status,
                                GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean found;

  if (ond_text_is_blank (status))
    return _ond_store_action_fail (error, OND_PLAN_ERROR_STATUS, _("Choose a status."));

  stmt = _ond_store_prepare (self, "SELECT 1 FROM work_status WHERE code = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_text (stmt, 1, status, error)
      || !ond_statement_step (stmt, &found, error))
    return FALSE;
  if (!found)
    g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_STATUS,
                 _("“%s” is not a status an action can have."), status);
  return found;
}

/* An owner: none (0), or a partner that exists and is not retired, unless it is the owner
 * the action has now (a partner retired later stays on the actions it had). */
static gboolean
check_owner (OndStore  *self,
             gint64     owner_id,
             gint64     current_owner_id,
             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean found;

  if (owner_id == 0)
    return TRUE;

  stmt = _ond_store_prepare (self, "SELECT name, retired FROM partner WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, owner_id, error)
      || !ond_statement_step (stmt, &found, error))
    return FALSE;
  if (!found)
    return _ond_store_action_fail (error, OND_PLAN_ERROR_OWNER,
                                   _("The owner is not a partner (any more)."));
  if (ond_statement_get_int64 (stmt, 1) != 0 && owner_id != current_owner_id)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_OWNER,
                   _("“%s” is retired and can no longer own an action."),
                   ond_statement_get_text (stmt, 0));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_plan_items (OndStore      *self,
                  gint64         plan_id,
                  const gint64  *ids,
                  guint          n_ids,
                  GError       **error)
{
  for (guint i = 0; i < n_ids; i++)
    {
      gboolean found;

      if (!row_exists (self, "SELECT 1 FROM plan_item WHERE id = ? AND plan_id = ?",
                       ids[i], plan_id, &found, error))
        return FALSE;
      if (!found)
        return _ond_store_action_fail (error, OND_PLAN_ERROR_PLAN_ITEM,
                                       _("A linked planning row is not part of this plan."));
    }
  return TRUE;
}

gboolean
_ond_store_action_check_fields (OndStore               *self,
                                gint64                  plan_id,
                                const OndActionFields  *fields,
                                gint64                  current_owner_id,
                                char                  **text,
                                char                  **group_heading,
                                GError                **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (fields->text != NULL ? fields->text : ""));
  g_autofree char *heading = g_strstrip (g_strdup (fields->group_heading != NULL
                                                   ? fields->group_heading : ""));
  gboolean found;

  if (!check_plan (self, plan_id, error))
    return FALSE;
  if (*trimmed == '\0')
    return _ond_store_action_fail (error, OND_PLAN_ERROR_TEXT, _("An action needs a text."));

  if (fields->pillar_id == 0)
    return _ond_store_action_fail (error, OND_PLAN_ERROR_PILLAR, _("Choose a pillar."));
  if (!row_exists (self, "SELECT 1 FROM pillar WHERE id = ? AND plan_id = ?",
                   fields->pillar_id, plan_id, &found, error))
    return FALSE;
  if (!found)
    return _ond_store_action_fail (error, OND_PLAN_ERROR_PILLAR,
                                   _("The pillar is not part of this plan."));

  if (fields->theme_id != 0)
    {
      if (!row_exists (self, "SELECT 1 FROM theme WHERE id = ? AND plan_id = ?",
                       fields->theme_id, plan_id, &found, error))
        return FALSE;
      if (!found)
        return _ond_store_action_fail (error, OND_PLAN_ERROR_THEME,
                                       _("The theme is not part of this plan."));
    }

  if (!_ond_store_action_check_status (self, fields->status != NULL ? fields->status
                                                                     : "gepland", error)
      || !check_owner (self, fields->owner_id, current_owner_id, error)
      || !check_plan_items (self, plan_id, fields->plan_item_ids, fields->n_plan_items, error))
    return FALSE;

  *text = g_steal_pointer (&trimmed);
  *group_heading = g_steal_pointer (&heading);
  return TRUE;
}

gboolean
_ond_store_action_check_date (const char  *date,
                              char       **iso,
                              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *parsed = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *today = NULL;

  if (ond_text_is_blank (date))
    return _ond_store_action_fail (error, OND_PLAN_ERROR_DATE, _("Enter a date."));
  if (!ond_date_parse (date, &parsed, &local_error))
    return _ond_store_action_fail (error, OND_PLAN_ERROR_DATE, local_error->message);

  shown = ond_date_format (parsed);
  if (strcmp (parsed, FIRST_DATE) < 0)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_DATE,
                   _("The date %s lies before 2000."), shown);
      return FALSE;
    }
  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");
  if (strcmp (parsed, today) > 0)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_DATE,
                   _("The date %s lies in the future."), shown);
      return FALSE;
    }
  *iso = g_steal_pointer (&parsed);
  return TRUE;
}

gboolean
_ond_store_action_write_links (OndStore      *self,
                               gint64         action_id,
                               const gint64  *ids,
                               guint          n_ids,
                               GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self, "DELETE FROM action_plan_item WHERE action_id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, action_id, error)
      || !ond_statement_execute (stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, ond_statement_free);

  /* A row named twice is linked once. */
  stmt = _ond_store_prepare (self,
                             "INSERT INTO action_plan_item (action_id, plan_item_id)"
                             " VALUES (?, ?) ON CONFLICT DO NOTHING",
                             error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    {
      ond_statement_reset (stmt);
      if (!ond_statement_bind_int64 (stmt, 1, action_id, error)
          || !ond_statement_bind_int64 (stmt, 2, ids[i], error)
          || !ond_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_ond_store_action_finish (OndStore  *self,
                          gboolean   ok,
                          GError   **error)
{
  if (ok && _ond_store_commit (self, error))
    return TRUE;
  _ond_store_rollback (self);
  return FALSE;
}
