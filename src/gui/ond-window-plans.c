/* ond-window-plans.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The plan periods of the main window: the switcher at the top of the sidebar lists every
 * plan of the store by its period and state; choosing one makes it the store's current plan
 * (ond_store_set_current_plan: the plan that was current becomes closed or a draft) and
 * shows it in every section. A file opened read-only is not changed: the plan chosen is only
 * shown. The list follows the store (OndStore::changed), e.g. after a new plan period.
 */

#define G_LOG_DOMAIN "ond-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-plan-copy.h"
#include "ond-window-private.h"

/* The choice of the switcher: the period, and the state when the plan is not current. */
static char *
plan_label (OndPlan  *plan,
            gpointer  user_data)
{
  const char *state;

  if (plan == NULL)
    return NULL;
  state = ond_plan_get_state (plan);
  if (g_strcmp0 (state, "draft") == 0)
    /* Translators: a plan period in the plan switcher, e.g. "2025-2026 (draft)". */
    return g_strdup_printf (_("%s (draft)"), ond_plan_get_period_label (plan));
  if (g_strcmp0 (state, "closed") == 0)
    /* Translators: a plan period in the plan switcher, e.g. "2023-2024 (closed)". */
    return g_strdup_printf (_("%s (closed)"), ond_plan_get_period_label (plan));
  return g_strdup (ond_plan_get_period_label (plan));
}

static OndPlan *
find_plan (OndWindow *self,
           gint64     plan_id,
           guint     *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->plans));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);

      if (ond_plan_get_id (plan) == plan_id)
        {
          if (position != NULL)
            *position = i;
          return plan;
        }
    }
  return NULL;
}

/* Selects the plan shown in the switcher, without switching. */
static void
select_shown_plan (OndWindow *self)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->plan != NULL)
    find_plan (self, ond_plan_get_id (self->plan), &position);
  self->syncing_plans = TRUE;
  gtk_drop_down_set_selected (self->plan_switcher, position);
  self->syncing_plans = FALSE;
}

/* Reads the plans again; FALSE (with a toast) when they cannot be read. */
static gboolean
reload_plans (OndWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) plans = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (self->store == NULL)
    return FALSE;
  plans = ond_store_list_plans (self->store, &error);
  if (plans == NULL)
    {
      g_warning ("Could not read the plans: %s", error->message);
      _ond_window_show_toast (self, error->message, TRUE);
      return FALSE;
    }

  n = g_list_model_get_n_items (plans);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (plans, i));
  self->syncing_plans = TRUE;
  g_list_store_splice (self->plans, 0, g_list_model_get_n_items (G_LIST_MODEL (self->plans)),
                       items->pdata, items->len);
  self->syncing_plans = FALSE;
  /* Choosing between plans makes sense only when there are two. */
  gtk_widget_set_visible (GTK_WIDGET (self->plan_switcher), n > 1);
  select_shown_plan (self);
  return TRUE;
}

static gboolean
same_content (OndPlan *a,
              OndPlan *b)
{
  return g_strcmp0 (ond_plan_get_title (a), ond_plan_get_title (b)) == 0
         && ond_plan_get_first_year (a) == ond_plan_get_first_year (b)
         && ond_plan_get_last_year (a) == ond_plan_get_last_year (b)
         && g_strcmp0 (ond_plan_get_objective (a), ond_plan_get_objective (b)) == 0;
}

/* After a change in the store: the plans again; the plan shown stays, read again when its
 * title or period changed, and when it is gone the current plan is shown. */
static void
on_store_changed_cb (OndWindow *self,
                     OndStore  *store)
{
  OndPlan *fresh;

  if (!reload_plans (self) || self->plan == NULL)
    return;
  fresh = find_plan (self, ond_plan_get_id (self->plan), NULL);
  if (fresh == NULL)
    _ond_window_load_plans (self);
  else if (!same_content (fresh, self->plan))
    _ond_window_set_plan (self, fresh);
}

static void
on_plan_selected_cb (OndWindow   *self,
                     GParamSpec  *pspec,
                     GtkDropDown *switcher)
{
  OndPlan *plan = gtk_drop_down_get_selected_item (switcher);

  if (self->syncing_plans || self->plans == NULL || plan == NULL)
    return;
  if (self->plan != NULL && ond_plan_get_id (plan) == ond_plan_get_id (self->plan))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.switch-plan", "x", ond_plan_get_id (plan));
}

void
_ond_window_init_plans (OndWindow *self)
{
  GtkExpression *label;

  self->plans = g_list_store_new (OND_TYPE_PLAN);
  label = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                       G_CALLBACK (plan_label), NULL, NULL);
  gtk_drop_down_set_expression (self->plan_switcher, label);
  gtk_expression_unref (label);
  gtk_drop_down_set_model (self->plan_switcher, G_LIST_MODEL (self->plans));
  g_signal_connect_object (self->plan_switcher, "notify::selected",
                           G_CALLBACK (on_plan_selected_cb), self, G_CONNECT_SWAPPED);
}

void
_ond_window_load_plans (OndWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;

  if (self->store != NULL)
    {
      plan = ond_store_dup_current_plan (self->store, &error);
      if (plan == NULL && error != NULL)
        {
          g_warning ("Could not read the plan: %s", error->message);
          _ond_window_show_toast (self, error->message, TRUE);
        }
      /* Once: the window keeps the list in line with the store from now on. */
      if (g_signal_handler_find (self->store, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA, 0, 0,
                                 NULL, on_store_changed_cb, self) == 0)
        g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb),
                                 self, G_CONNECT_SWAPPED);
    }

  _ond_window_set_plan (self, plan);
  reload_plans (self);
}

gboolean
_ond_window_switch_plan (OndWindow *self,
                         gint64     plan_id)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return FALSE;

  if (ond_store_is_read_only (self->store))
    {
      OndPlan *plan;

      reload_plans (self);
      plan = find_plan (self, plan_id, NULL);
      if (plan == NULL)
        {
          select_shown_plan (self);
          return FALSE;
        }
      _ond_window_set_plan (self, plan);
      select_shown_plan (self);
      return TRUE;
    }

  if (!ond_store_set_current_plan (self->store, plan_id, NULL, &error))
    {
      g_message ("Could not switch to plan %" G_GINT64_FORMAT ": %s", plan_id, error->message);
      _ond_window_show_toast (self, error->message, TRUE);
      select_shown_plan (self);
      return FALSE;
    }
  _ond_window_load_plans (self);
  return TRUE;
}

void
_ond_window_forget_plans (OndWindow *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->plans);
}
