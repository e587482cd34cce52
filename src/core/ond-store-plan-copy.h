/* ond-store-plan-copy.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A new plan period started from an existing plan, and the choice of the plan that is
 * current (the one the window opens on and the exports use).
 *
 * What a copy takes along: the plan's objective; the pillars (number, name, objective,
 * description); the themes (name, short name, description, position) with their owners;
 * the actions (text, group heading, pillar, theme, owner, position), each back to status
 * "gepland" and without progress notes; and the recurring planning rows
 * (plan_item.recurring = 1): each distinct one (same period, what, who and theme; the
 * latest year's row when the source repeats it every year) once for every year of the new
 * period, status "gepland", with its targets; an action linked to such a row
 * (action_plan_item) is linked to its copies. Owners that have been retired stay behind: a
 * retired partner is no longer offered for new work.
 *
 * What it leaves: partners, the menukaart and areas are shared by every plan and are not
 * copied; budget lines, budget changes, funding and the stated totals are not copied
 * either (a new period gets its own budget); nor the planning rows that do not recur, the
 * records (cases, registers, bookings: dated, not part of a plan) or the figures. The
 * source plan and everything that belongs to it stay exactly as they were.
 *
 * The rule of the current plan: one plan at a time is "current". Making another plan
 * current turns the one that was into "closed" when its period has ended (its last year
 * is before today's year), else into "draft" (it can be made current again later, as can a
 * closed one). A new copy starts as "draft".
 */

#pragma once

#include "ond-plan-error.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* The longest plan period, in years (the schema's limit too). */
#define OND_PLAN_MAX_YEARS 10
#define OND_PLAN_MIN_YEAR  2000
#define OND_PLAN_MAX_YEAR  2100

gint64   ond_store_copy_plan        (OndStore    *self,
                                     gint64       source_plan_id,
                                     int          first_year,
                                     int          last_year,
                                     const char  *title,
                                     GError     **error);
gboolean ond_store_set_current_plan (OndStore    *self,
                                     gint64       plan_id,
                                     GDateTime   *today,
                                     GError     **error);

G_END_DECLS
