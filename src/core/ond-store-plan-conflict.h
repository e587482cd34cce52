/* ond-store-plan-conflict.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits of the plan's records under concurrency (optimistic locking, ond-store-migration-9.c):
 * an action (ond_store_save_action_edit, ond-store-actions.h) and funding
 * (ond_store_save_funding_edit, here) and a planning row (ond_store_save_plan_item_edit,
 * ond-store-plan-items.h) are saved only while the row still has the version
 * read when the edit was opened; when someone else changed it since, the save is refused
 * (OND_STORE_ERROR_CONFLICT), the row is read again, and each field of the form that differs
 * between the version the user opened and the current row is listed as an OndCaseChange
 * (ond-store-case-conflict.h), for the conflict dialog all edits share.
 */

#pragma once

#include "ond-store-actions.h"
#include "ond-store-budget.h"
#include "ond-store-case-conflict.h"
#include "ond-store-plan-items.h"

G_BEGIN_DECLS

/* Saves an edit of funding opened as @opened (read by ond_store_list_funding()), with the
 * rules of ond_store_save_funding(); OND_STORE_ERROR_CONFLICT when the row changed since,
 * NOT_FOUND when it is gone. Returns the id, or 0 (nothing written). */
gint64      ond_store_save_funding_edit    (OndStore               *self,
                                            gint64                  plan_id,
                                            OndFunding             *opened,
                                            int                     year,
                                            const char             *source,
                                            gint64                  amount,
                                            const char             *earmark,
                                            const gint64           *line_ids,
                                            guint                   n_lines,
                                            GError                **error);

/* The funding @funding_id of @plan_id as it is now; OND_STORE_ERROR_NOT_FOUND when it is
 * gone. Transfer full. */
OndFunding *ond_store_get_funding          (OndStore               *self,
                                            gint64                  plan_id,
                                            gint64                  funding_id,
                                            GError                **error)
                                            G_GNUC_WARN_UNUSED_RESULT;

/* The fields of the action's form (text, group heading, pillar, theme, status, owner,
 * linked planning rows) where @current (ond_store_dup_action()) differs from @opened, with
 * the user's values @mine. @plan_id: the action's plan. A GPtrArray of OndCaseChange; empty
 * when only the row version moved on. Transfer full. */
GPtrArray  *ond_store_compare_action_edit  (OndStore               *self,
                                            gint64                  plan_id,
                                            OndAction              *opened,
                                            const OndActionFields  *mine,
                                            OndAction              *current,
                                            GError                **error)
                                            G_GNUC_WARN_UNUSED_RESULT;

/* The fields of the funding form (year, source, amount, earmark, eligible cost lines)
 * where @current differs from @opened, with the user's values. A GPtrArray of
 * OndCaseChange; empty when only the row version moved on. Transfer full. */
GPtrArray  *ond_store_compare_funding_edit (OndStore               *self,
                                            gint64                  plan_id,
                                            OndFunding             *opened,
                                            int                     year,
                                            const char             *source,
                                            gint64                  amount,
                                            const char             *earmark,
                                            const gint64           *line_ids,
                                            guint                   n_lines,
                                            OndFunding             *current,
                                            GError                **error)
                                            G_GNUC_WARN_UNUSED_RESULT;

/* The planning row @item_id of @plan_id as it is now; OND_STORE_ERROR_NOT_FOUND when it is
 * gone. Transfer full. */
OndPlanItem *ond_store_get_plan_item       (OndStore               *self,
                                            gint64                  plan_id,
                                            gint64                  item_id,
                                            GError                **error)
                                            G_GNUC_WARN_UNUSED_RESULT;

/* The fields of the planning row's form (what, who, year, period, theme, status, recurs
 * every year) where @current differs from @opened, with the user's values. A GPtrArray of
 * OndCaseChange; empty when only the row version moved on. Transfer full. */
GPtrArray  *ond_store_compare_plan_item_edit (OndStore             *self,
                                              gint64                plan_id,
                                              OndPlanItem          *opened,
                                              int                   year,
                                              const char           *period,
                                              const char           *what,
                                              const char           *who,
                                              gint64                theme_id,
                                              const char           *status,
                                              gboolean              recurring,
                                              OndPlanItem          *current,
                                              GError              **error)
                                              G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
