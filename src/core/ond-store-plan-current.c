/* ond-store-plan-current.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Switching between plan periods: which plan is current (the one the window opens on, the
 * exports and the checks of dated records use). The rule is in ond-store-plan-copy.h: one
 * plan is current; the one that was becomes "closed" when its period has ended, else
 * "draft".
 */

#define G_LOG_DOMAIN "ond-store-plan-copy"

#include "config.h"

#include "ond-store-plan-copy-private.h"

static gboolean
set_current (OndStore  *self,
             gint64     plan_id,
             int        year,
             GError   **error)
{
  g_autoptr(OndStatement) others = NULL;
  g_autoptr(OndStatement) chosen = NULL;

  others = _ond_store_prepare (self,
                               "UPDATE plan"
                               " SET state = CASE WHEN last_year < ? THEN 'closed' ELSE 'draft' END"
                               " WHERE state = 'current' AND id <> ?",
                               error);
  chosen = _ond_store_prepare (self, "UPDATE plan SET state = 'current' WHERE id = ?", error);
  return others != NULL && chosen != NULL
         && ond_statement_bind_int64 (others, 1, year, error)
         && ond_statement_bind_int64 (others, 2, plan_id, error)
         && ond_statement_execute (others, error)
         && ond_statement_bind_int64 (chosen, 1, plan_id, error)
         && ond_statement_execute (chosen, error);
}

/**
 * ond_store_set_current_plan:
 * @self: a #OndStore
 * @plan_id: the plan to make current
 * @today: (nullable): the date the rule is applied on; %NULL for now
 * @error: return location for an error: %OND_STORE_ERROR_NOT_FOUND (no such plan),
 *   %OND_STORE_ERROR_READ_ONLY
 *
 * Makes @plan_id the current plan, whatever its state was. The plan that was current
 * becomes "closed" when its last year is before the year of @today (its period has ended),
 * else "draft". Other plans keep their state.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_set_current_plan (OndStore   *self,
                            gint64      plan_id,
                            GDateTime  *today,
                            GError    **error)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (today == NULL)
    today = now = g_date_time_new_now_local ();

  if (!_ond_store_check_writable (self, error) || !_ond_store_begin (self, error))
    return FALSE;
  if (_ond_plan_copy_check_plan (self, plan_id, error)
      && set_current (self, plan_id, g_date_time_get_year (today), error)
      && _ond_store_commit (self, error))
    return TRUE;
  _ond_store_rollback (self);
  return FALSE;
}
