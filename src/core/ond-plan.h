/* ond-plan.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPlan: one uitvoeringsplan (a row of the plan table), e.g. "Uitvoeringsplan ondermijning
 * 2023-2024". Read-only: the store makes a new one after a change.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_PLAN (ond_plan_get_type ())
G_DECLARE_FINAL_TYPE (OndPlan, ond_plan, OND, PLAN, GObject)

OndPlan    *ond_plan_new              (gint64      id,
                                       const char *title,
                                       int         first_year,
                                       int         last_year,
                                       const char *objective,
                                       const char *state) G_GNUC_WARN_UNUSED_RESULT;
gint64      ond_plan_get_id           (OndPlan    *self);
const char *ond_plan_get_title        (OndPlan    *self);
int         ond_plan_get_first_year   (OndPlan    *self);
int         ond_plan_get_last_year    (OndPlan    *self);
const char *ond_plan_get_objective    (OndPlan    *self);
const char *ond_plan_get_state        (OndPlan    *self);
const char *ond_plan_get_period_label (OndPlan    *self);

G_END_DECLS
