/* ond-plan-item-deletion.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPlanItemDeletion: what the delete of one planning row took (ond_store_delete_plan_item):
 * the row as it was, its stated targets, and the activities and actions that referred to
 * it. ond_store_restore_plan_item() puts all of it back (undo).
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_PLAN_ITEM_DELETION (ond_plan_item_deletion_get_type ())
G_DECLARE_FINAL_TYPE (OndPlanItemDeletion, ond_plan_item_deletion, OND, PLAN_ITEM_DELETION,
                      GObject)

/* A stated target of the row, as the target table had it. */
typedef struct
{
  gint64      id;
  gint64      indicator_id;   /* 0 for none */
  const char *description;
  gint64      value;
} OndPlanItemTarget;

OndPlanItemDeletion     *ond_plan_item_deletion_new              (gint64               plan_id,
                                                                  gint64               id,
                                                                  int                  year,
                                                                  const char          *period,
                                                                  int                  position,
                                                                  const char          *what,
                                                                  const char          *who,
                                                                  gint64               theme_id,
                                                                  const char          *status,
                                                                  gboolean             recurring)
                                                                  G_GNUC_WARN_UNUSED_RESULT;
gint64                   ond_plan_item_deletion_get_plan_id      (OndPlanItemDeletion *self);
gint64                   ond_plan_item_deletion_get_id           (OndPlanItemDeletion *self);
int                      ond_plan_item_deletion_get_year         (OndPlanItemDeletion *self);
const char              *ond_plan_item_deletion_get_period       (OndPlanItemDeletion *self);
int                      ond_plan_item_deletion_get_position     (OndPlanItemDeletion *self);
const char              *ond_plan_item_deletion_get_what         (OndPlanItemDeletion *self);
const char              *ond_plan_item_deletion_get_who          (OndPlanItemDeletion *self);
gint64                   ond_plan_item_deletion_get_theme_id     (OndPlanItemDeletion *self);
const char              *ond_plan_item_deletion_get_status       (OndPlanItemDeletion *self);
gboolean                 ond_plan_item_deletion_get_recurring    (OndPlanItemDeletion *self);
/* The row version it had (ond-store-migration-10.c): an undo puts it back with it. */
gint64                   ond_plan_item_deletion_get_row_version  (OndPlanItemDeletion *self);
void                     ond_plan_item_deletion_set_row_version  (OndPlanItemDeletion *self,
                                                                  gint64               row_version);
guint                    ond_plan_item_deletion_get_n_targets    (OndPlanItemDeletion *self);
const OndPlanItemTarget *ond_plan_item_deletion_get_target       (OndPlanItemDeletion *self,
                                                                  guint                index);
/* The activities (activity.plan_item_id) and actions (the action_plan_item links) that
 * referred to the row. */
const gint64            *ond_plan_item_deletion_get_activity_ids (OndPlanItemDeletion *self,
                                                                  guint               *n_ids);
const gint64            *ond_plan_item_deletion_get_action_ids   (OndPlanItemDeletion *self,
                                                                  guint               *n_ids);

void                     ond_plan_item_deletion_add_target       (OndPlanItemDeletion *self,
                                                                  gint64               id,
                                                                  gint64               indicator_id,
                                                                  const char          *description,
                                                                  gint64               value);
void                     ond_plan_item_deletion_add_activity     (OndPlanItemDeletion *self,
                                                                  gint64               activity_id);
void                     ond_plan_item_deletion_add_action       (OndPlanItemDeletion *self,
                                                                  gint64               action_id);

G_END_DECLS
