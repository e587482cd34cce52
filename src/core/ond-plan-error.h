/* ond-plan-error.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The refusals of drafting the plan (actions, planning rows, themes, partners, the
 * menukaart, a new plan period). Each code names the field a form shows the message under;
 * IN_USE and CYCLE are about no field (a delete, a copy). Errors that are about no field
 * and no rule stay in OND_STORE_ERROR: a plan, action, row or partner that does not exist
 * (NOT_FOUND), a read-only file (READ_ONLY), a restore whose id is taken (INVALID).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OND_PLAN_ERROR (ond_plan_error_quark ())

typedef enum
{
  OND_PLAN_ERROR_TEXT,          /* an action's or planning row's text: blank */
  OND_PLAN_ERROR_PILLAR,        /* not a pillar of the plan */
  OND_PLAN_ERROR_THEME,         /* not a theme of the plan */
  OND_PLAN_ERROR_OWNER,         /* not a partner, retired, or twice among a theme's owners */
  OND_PLAN_ERROR_STATUS,        /* not in work_status */
  OND_PLAN_ERROR_DATE,          /* a progress note's date: missing, no date, before 2000, future */
  OND_PLAN_ERROR_NOTE,          /* a progress note: blank */
  OND_PLAN_ERROR_YEAR,          /* missing, or outside the plan's period */
  OND_PLAN_ERROR_PERIOD,        /* missing or not in period (Q1..Q4, Q3+4, doorlopend) */
  OND_PLAN_ERROR_PLAN_ITEM,     /* a linked planning row of another plan */
  OND_PLAN_ERROR_NAME,          /* a partner's, intervention's or plan's name: blank or taken */
  OND_PLAN_ERROR_SHORT_NAME,    /* a partner's short name: blank */
  OND_PLAN_ERROR_KIND,          /* not in partner_kind */
  OND_PLAN_ERROR_PARTNER,       /* a menukaart partner that does not exist */
  OND_PLAN_ERROR_IN_USE,        /* a delete of something records refer to: retire it instead */
  OND_PLAN_ERROR_PLAN_PERIOD,   /* a new plan's years: reversed, too long, overlapping a plan */
  OND_PLAN_ERROR_CYCLE,         /* a plan copied, directly or not, from itself */
} OndPlanError;

GQuark ond_plan_error_quark (void);

G_END_DECLS
