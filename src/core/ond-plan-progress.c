/* ond-plan-progress.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Counting the progress of a plan per scope (the plan, a pillar, a theme) from the model
 * objects the store lists; the rules of what belongs where are in ond-plan-progress.h. */

#define G_LOG_DOMAIN "ond-plan-progress"

#include "config.h"

#include <string.h>

#include "ond-action.h"
#include "ond-plan-item.h"
#include "ond-plan-progress.h"

/* The pillar whose content the themes are. */
#define THEME_PILLAR 1

static const char * const status_codes[OND_PLAN_PROGRESS_N_STATUSES] = {
  [OND_PLAN_PROGRESS_GEPLAND] = "gepland",
  [OND_PLAN_PROGRESS_LOPEND] = "lopend",
  [OND_PLAN_PROGRESS_GEREED] = "gereed",
  [OND_PLAN_PROGRESS_UITGESTELD] = "uitgesteld",
  [OND_PLAN_PROGRESS_VERVALLEN] = "vervallen",
};

/**
 * ond_plan_progress_status_from_code:
 * @code: (nullable): a work_status code, e.g. "gereed"
 *
 * Returns: the #OndPlanProgressStatus of @code, or -1 when it is none
 */
int
ond_plan_progress_status_from_code (const char *code)
{
  for (int i = 0; i < OND_PLAN_PROGRESS_N_STATUSES; i++)
    if (g_strcmp0 (code, status_codes[i]) == 0)
      return i;
  return -1;
}

static void
add_status (OndPlanProgressCounts *counts,
            const char            *code)
{
  int status = ond_plan_progress_status_from_code (code);

  counts->total++;
  if (status >= 0)
    counts->by_status[status]++;
}

static gboolean
item_in_scope (OndPlanItem          *item,
               OndPlanProgressScope  scope,
               gint64                key)
{
  switch (scope)
    {
    case OND_PLAN_PROGRESS_PLAN:
      return TRUE;

    case OND_PLAN_PROGRESS_PILLAR:
      return key == THEME_PILLAR && ond_plan_item_get_theme_id (item) != 0;

    case OND_PLAN_PROGRESS_THEME:
      return ond_plan_item_get_theme_id (item) == key;

    default:
      g_return_val_if_reached (FALSE);
    }
}

static gboolean
action_in_scope (OndAction            *action,
                 OndPlanProgressScope  scope,
                 gint64                key)
{
  switch (scope)
    {
    case OND_PLAN_PROGRESS_PLAN:
      return TRUE;

    case OND_PLAN_PROGRESS_PILLAR:
      return ond_action_get_pillar_number (action) == key;

    case OND_PLAN_PROGRESS_THEME:
      return ond_action_get_theme_id (action) == key;

    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * ond_plan_progress_count:
 * @items: (nullable): a #GListModel of #OndPlanItem: the planning of a plan
 * @actions: (nullable): a #GListModel of #OndAction: the actions of the same plan
 * @scope: what to count: the plan, a pillar or a theme
 * @key: the pillar's number (@scope %OND_PLAN_PROGRESS_PILLAR) or the theme's id
 *   (%OND_PLAN_PROGRESS_THEME); unused for the plan
 * @year: count only the planning rows of this year; 0 for every year
 * @today: the date that decides which planning rows are overdue
 * @progress: (out caller-allocates): the counts
 *
 * Counts the planning rows and the actions of @scope per status, and the planning rows
 * that are overdue on @today. ond-plan-progress.h says what belongs to which scope.
 */
void
ond_plan_progress_count (GListModel           *items,
                         GListModel           *actions,
                         OndPlanProgressScope  scope,
                         gint64                key,
                         int                   year,
                         GDateTime            *today,
                         OndPlanProgress      *progress)
{
  g_return_if_fail (items == NULL || G_IS_LIST_MODEL (items));
  g_return_if_fail (actions == NULL || G_IS_LIST_MODEL (actions));
  g_return_if_fail (today != NULL);
  g_return_if_fail (progress != NULL);

  memset (progress, 0, sizeof *progress);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      if (!item_in_scope (item, scope, key)
          || (year != 0 && ond_plan_item_get_year (item) != year))
        continue;
      add_status (&progress->planning, ond_plan_item_get_status (item));
      if (ond_plan_item_is_overdue (item, today))
        progress->planning.overdue++;
    }

  for (guint i = 0; actions != NULL && i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(OndAction) action = g_list_model_get_item (actions, i);

      if (action_in_scope (action, scope, key))
        add_status (&progress->actions, ond_action_get_status (action));
    }
}

guint
ond_plan_progress_counts_get_done (const OndPlanProgressCounts *counts)
{
  g_return_val_if_fail (counts != NULL, 0);

  return counts->by_status[OND_PLAN_PROGRESS_GEREED];
}

guint
ond_plan_progress_counts_get_counted (const OndPlanProgressCounts *counts)
{
  g_return_val_if_fail (counts != NULL, 0);

  return counts->total - counts->by_status[OND_PLAN_PROGRESS_VERVALLEN];
}

/**
 * ond_plan_progress_counts_get_percent:
 * @counts: the counts of a scope
 *
 * The share done of the rows that count (dropped rows do not), in whole percents rounded
 * down: 2 of 3 is 66, and 100 only when every row that counts is done.
 *
 * Returns: 0 to 100, or -1 when no row counts
 */
int
ond_plan_progress_counts_get_percent (const OndPlanProgressCounts *counts)
{
  guint counted;

  g_return_val_if_fail (counts != NULL, -1);

  counted = ond_plan_progress_counts_get_counted (counts);
  if (counted == 0)
    return -1;
  return (int) (ond_plan_progress_counts_get_done (counts) * 100 / counted);
}
