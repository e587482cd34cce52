/* ond-plan-item.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPlanItem: one row of the planning (section 7 of the plan): year, period, what, who.
 * The rules that need no database live here too: when a row is overdue, which quarters its
 * period covers, and whether it is one of the plan's open 'N.t.b.' slots.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_PLAN_ITEM (ond_plan_item_get_type ())
G_DECLARE_FINAL_TYPE (OndPlanItem, ond_plan_item, OND, PLAN_ITEM, GObject)

OndPlanItem *ond_plan_item_new              (gint64       id,
                                             int          year,
                                             const char  *period,
                                             const char  *period_label,
                                             int          position,
                                             const char  *what,
                                             const char  *who,
                                             gint64       theme_id,
                                             const char  *theme_name,
                                             const char  *status,
                                             const char  *status_label,
                                             const char  *targets,
                                             gboolean     recurring) G_GNUC_WARN_UNUSED_RESULT;
gint64       ond_plan_item_get_id           (OndPlanItem *self);
int          ond_plan_item_get_year         (OndPlanItem *self);
const char  *ond_plan_item_get_period       (OndPlanItem *self);
const char  *ond_plan_item_get_period_label (OndPlanItem *self);
int          ond_plan_item_get_position     (OndPlanItem *self);
const char  *ond_plan_item_get_what         (OndPlanItem *self);
const char  *ond_plan_item_get_who          (OndPlanItem *self);
gint64       ond_plan_item_get_theme_id     (OndPlanItem *self);
const char  *ond_plan_item_get_theme_name   (OndPlanItem *self);
const char  *ond_plan_item_get_status       (OndPlanItem *self);
const char  *ond_plan_item_get_status_label (OndPlanItem *self);
const char  *ond_plan_item_get_targets      (OndPlanItem *self);
gboolean     ond_plan_item_get_recurring    (OndPlanItem *self);
/* The row version read with the row (optimistic locking, ond-store-migration-10.c). */
gint64       ond_plan_item_get_row_version  (OndPlanItem *self);
void         ond_plan_item_set_row_version  (OndPlanItem *self,
                                             gint64       row_version);
/* Its period has ended before @today and it is not done (gereed) or dropped (vervallen). */
gboolean     ond_plan_item_is_overdue       (OndPlanItem *self,
                                             GDateTime   *today);
/* Its what is still the plan's "N.t.b." (nader te bepalen, to be decided): a slot to fill. */
gboolean     ond_plan_item_is_to_be_decided (OndPlanItem *self);

/* The quarters a period code covers: Q1 1-1, Q3+4 3-4, doorlopend 1-4. FALSE (and 0, 0)
 * for a code that is not a period. */
gboolean     ond_plan_period_get_quarters   (const char  *period,
                                             int         *first_quarter,
                                             int         *last_quarter);

G_END_DECLS
