/* ond-plan-progress.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress of a plan, counted from the lists the store gives (ond_store_list_plan_items,
 * ond_store_list_actions): no SQL, no database. For a scope (the whole plan, a pillar or a
 * theme) it counts the planning rows and the actions per status, how many are done (gereed),
 * how many planning rows are overdue on a date (ond_plan_item_is_overdue), and a percentage
 * done of the rows that count.
 *
 * What belongs to a scope:
 * - The plan: every planning row and every action.
 * - A theme: the planning rows and the actions with that theme.
 * - A pillar (by its number, 1 to 3): its actions, theme actions included (the plan puts the
 *   six themes under pillar 1). A planning row has no pillar of its own: a row with a theme
 *   belongs to pillar 1, as the themes are pillar 1's content; a row without a theme belongs
 *   to no pillar and counts for the plan as a whole only. So pillars 2 and 3 count actions
 *   only.
 * Optionally only the planning rows of one year are counted; actions have no year, and are
 * always all counted. Actions have no period either, so they are never overdue.
 *
 * What counts: dropped rows (vervallen) are counted per status but do not count towards the
 * percentage: it is done / (all - vervallen), rounded down (100 only when every row that
 * counts is done), and -1 when no row counts. A status outside the vocabulary counts in the
 * total (and as not done), in none of the per-status counts.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The statuses of the vocabulary work_status, in its order. */
typedef enum
{
  OND_PLAN_PROGRESS_GEPLAND,
  OND_PLAN_PROGRESS_LOPEND,
  OND_PLAN_PROGRESS_GEREED,
  OND_PLAN_PROGRESS_UITGESTELD,
  OND_PLAN_PROGRESS_VERVALLEN,
  OND_PLAN_PROGRESS_N_STATUSES,
} OndPlanProgressStatus;

typedef enum
{
  OND_PLAN_PROGRESS_PLAN,     /* key: unused */
  OND_PLAN_PROGRESS_PILLAR,   /* key: the pillar's number, 1 to 3 */
  OND_PLAN_PROGRESS_THEME,    /* key: the theme's id */
} OndPlanProgressScope;

/* The counts of one kind of row (planning rows or actions) in a scope. */
typedef struct
{
  guint total;
  guint by_status[OND_PLAN_PROGRESS_N_STATUSES];
  guint overdue;              /* planning rows only; 0 for actions */
} OndPlanProgressCounts;

typedef struct
{
  OndPlanProgressCounts planning;
  OndPlanProgressCounts actions;
} OndPlanProgress;

/* The status of a work_status code; -1 for a code that is none. */
int      ond_plan_progress_status_from_code   (const char                  *code);

/* Counts @items (OndPlanItem, may be NULL) and @actions (OndAction, may be NULL) of
 * @scope/@key into @progress (overwritten). @year 0 counts the planning rows of every year.
 * @today judges what is overdue. */
void     ond_plan_progress_count              (GListModel                  *items,
                                               GListModel                  *actions,
                                               OndPlanProgressScope         scope,
                                               gint64                       key,
                                               int                          year,
                                               GDateTime                   *today,
                                               OndPlanProgress             *progress);

/* Done: the rows with status gereed. */
guint    ond_plan_progress_counts_get_done    (const OndPlanProgressCounts *counts);
/* The rows that count: all but the dropped (vervallen). */
guint    ond_plan_progress_counts_get_counted (const OndPlanProgressCounts *counts);
/* done * 100 / counted, rounded down; -1 when no row counts. */
int      ond_plan_progress_counts_get_percent (const OndPlanProgressCounts *counts);

G_END_DECLS
