/* ond-plan-item-deletion.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the delete of a planning row took, kept for its undo: the row's own columns, its
 * targets, and the ids of the activities and actions that referred to it. Filled in by the
 * store while it deletes; read by the store when it restores. */

#define G_LOG_DOMAIN "ond-plan-item-deletion"

#include "config.h"

#include "ond-plan-item-deletion.h"

struct _OndPlanItemDeletion
{
  GObject   parent_instance;

  gint64    plan_id;
  gint64    id;
  int       year;
  char     *period;
  int       position;
  char     *what;
  char     *who;
  gint64    theme_id;
  char     *status;
  gboolean  recurring;
  gint64    row_version;

  GArray   *targets;        /* OndPlanItemTarget, descriptions owned */
  GArray   *activity_ids;   /* gint64 */
  GArray   *action_ids;     /* gint64 */
};

G_DEFINE_FINAL_TYPE (OndPlanItemDeletion, ond_plan_item_deletion, G_TYPE_OBJECT)

static void
clear_target (gpointer data)
{
  OndPlanItemTarget *target = data;

  g_free ((char *) target->description);
}

static void
ond_plan_item_deletion_finalize (GObject *object)
{
  OndPlanItemDeletion *self = OND_PLAN_ITEM_DELETION (object);

  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->what, g_free);
  g_clear_pointer (&self->who, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->targets, g_array_unref);
  g_clear_pointer (&self->activity_ids, g_array_unref);
  g_clear_pointer (&self->action_ids, g_array_unref);

  G_OBJECT_CLASS (ond_plan_item_deletion_parent_class)->finalize (object);
}

static void
ond_plan_item_deletion_class_init (OndPlanItemDeletionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_plan_item_deletion_finalize;
}

static void
ond_plan_item_deletion_init (OndPlanItemDeletion *self)
{
  self->targets = g_array_new (FALSE, FALSE, sizeof (OndPlanItemTarget));
  g_array_set_clear_func (self->targets, clear_target);
  self->activity_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->action_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * ond_plan_item_deletion_new:
 * @plan_id: the plan the row was part of
 * @id: the row's id
 * @year: its year
 * @period: its period code
 * @position: its place within its year and period
 * @what: what was planned
 * @who: who would do it ("" when not decided)
 * @theme_id: its theme, or 0
 * @status: its work_status code
 * @recurring: whether it recurs every year of the plan
 *
 * Returns: (transfer full): a record of a deleted row, without targets or links yet
 */
OndPlanItemDeletion *
ond_plan_item_deletion_new (gint64      plan_id,
                            gint64      id,
                            int         year,
                            const char *period,
                            int         position,
                            const char *what,
                            const char *who,
                            gint64      theme_id,
                            const char *status,
                            gboolean    recurring)
{
  OndPlanItemDeletion *self = g_object_new (OND_TYPE_PLAN_ITEM_DELETION, NULL);

  self->plan_id = plan_id;
  self->id = id;
  self->year = year;
  self->period = g_strdup (period != NULL ? period : "");
  self->position = position;
  self->what = g_strdup (what != NULL ? what : "");
  self->who = g_strdup (who != NULL ? who : "");
  self->theme_id = theme_id;
  self->status = g_strdup (status != NULL ? status : "");
  self->recurring = recurring;
  return self;
}

gint64
ond_plan_item_deletion_get_plan_id (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), 0);

  return self->plan_id;
}

gint64
ond_plan_item_deletion_get_id (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), 0);

  return self->id;
}

int
ond_plan_item_deletion_get_year (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), 0);

  return self->year;
}

const char *
ond_plan_item_deletion_get_period (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), NULL);

  return self->period;
}

int
ond_plan_item_deletion_get_position (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), 0);

  return self->position;
}

const char *
ond_plan_item_deletion_get_what (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), NULL);

  return self->what;
}

const char *
ond_plan_item_deletion_get_who (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), NULL);

  return self->who;
}

gint64
ond_plan_item_deletion_get_theme_id (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), 0);

  return self->theme_id;
}

const char *
ond_plan_item_deletion_get_status (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), NULL);

  return self->status;
}

gboolean
ond_plan_item_deletion_get_recurring (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), FALSE);

  return self->recurring;
}

/**
 * ond_plan_item_deletion_get_row_version:
 * @self: an #OndPlanItemDeletion
 *
 * Returns: the row version the row had when it was deleted (an undo puts it back with it)
 */
gint64
ond_plan_item_deletion_get_row_version (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), 0);

  return self->row_version;
}

/**
 * ond_plan_item_deletion_set_row_version:
 * @self: an #OndPlanItemDeletion
 * @row_version: the row version the row had
 */
void
ond_plan_item_deletion_set_row_version (OndPlanItemDeletion *self,
                                        gint64               row_version)
{
  g_return_if_fail (OND_IS_PLAN_ITEM_DELETION (self));

  self->row_version = row_version;
}

guint
ond_plan_item_deletion_get_n_targets (OndPlanItemDeletion *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), 0);

  return self->targets->len;
}

/**
 * ond_plan_item_deletion_get_target:
 * @self: a #OndPlanItemDeletion
 * @index: below ond_plan_item_deletion_get_n_targets()
 *
 * Returns: (transfer none): the target, in the order of its ids
 */
const OndPlanItemTarget *
ond_plan_item_deletion_get_target (OndPlanItemDeletion *self,
                                   guint                index)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), NULL);
  g_return_val_if_fail (index < self->targets->len, NULL);

  return &g_array_index (self->targets, OndPlanItemTarget, index);
}

/**
 * ond_plan_item_deletion_get_activity_ids:
 * @self: a #OndPlanItemDeletion
 * @n_ids: (out): the number of ids
 *
 * Returns: (transfer none) (array length=n_ids): the activities that counted for the row
 */
const gint64 *
ond_plan_item_deletion_get_activity_ids (OndPlanItemDeletion *self,
                                         guint               *n_ids)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->activity_ids->len;
  return (const gint64 *) (gpointer) self->activity_ids->data;
}

/**
 * ond_plan_item_deletion_get_action_ids:
 * @self: a #OndPlanItemDeletion
 * @n_ids: (out): the number of ids
 *
 * Returns: (transfer none) (array length=n_ids): the actions linked to the row
 */
const gint64 *
ond_plan_item_deletion_get_action_ids (OndPlanItemDeletion *self,
                                       guint               *n_ids)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_DELETION (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->action_ids->len;
  return (const gint64 *) (gpointer) self->action_ids->data;
}

void
ond_plan_item_deletion_add_target (OndPlanItemDeletion *self,
                                   gint64               id,
                                   gint64               indicator_id,
                                   const char          *description,
                                   gint64               value)
{
  OndPlanItemTarget target;

  g_return_if_fail (OND_IS_PLAN_ITEM_DELETION (self));

  target = (OndPlanItemTarget) { id, indicator_id, g_strdup (description), value };
  g_array_append_val (self->targets, target);
}

void
ond_plan_item_deletion_add_activity (OndPlanItemDeletion *self,
                                     gint64               activity_id)
{
  g_return_if_fail (OND_IS_PLAN_ITEM_DELETION (self));

  g_array_append_val (self->activity_ids, activity_id);
}

void
ond_plan_item_deletion_add_action (OndPlanItemDeletion *self,
                                   gint64               action_id)
{
  g_return_if_fail (OND_IS_PLAN_ITEM_DELETION (self));

  g_array_append_val (self->action_ids, action_id);
}
