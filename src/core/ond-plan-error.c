/* ond-plan-error.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The error domain of drafting the plan (ond-plan-error.h). */

#define G_LOG_DOMAIN "ond-plan-error"

#include "config.h"

#include "ond-plan-error.h"

G_DEFINE_QUARK (ond-plan-error-quark, ond_plan_error)
