/* ond-store-plan-items.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the planning of a plan (section 7; ond-store-plan-items.c): rows added at the end
 * of their year and period, changed (also moved to another year or period), their status
 * set, deleted and put back. Every change is one transaction; a refused change writes
 * nothing. ond_store_list_plan_items() reads the planning.
 *
 * Rules checked before anything is written, in this order. A refusal about one field is in
 * OND_PLAN_ERROR, its code naming that field, so a form can show the message next to it:
 * - TEXT: what is planned is not blank (it is stored trimmed). Who does it is free text, the
 *   plan's own words ("Regiegroep ondermijning"); blank is not decided yet.
 * - YEAR: a row has a year (not 0), and it is a year of the plan's period. (The schema's
 *   trigger refuses such a row too; this check comes first, with a message that says why.)
 * - PERIOD: a row has a period of the vocabulary period: Q1, Q2, Q3, Q4, Q3+4, doorlopend.
 * - THEME: a row's theme (0 for none) is a theme of the row's own plan.
 * - STATUS: a status of the vocabulary work_status: gepland, lopend, gereed, uitgesteld,
 *   vervallen. A new row without one (NULL) is gepland.
 * Refusals about no field stay in OND_STORE_ERROR: a plan or row that does not exist
 * (NOT_FOUND), a read-only file (READ_ONLY), a restore whose row id is taken (INVALID).
 *
 * Deleting a row deletes its stated targets with it; nothing else is deleted. The
 * activities that counted for it (activity.plan_item_id) and the actions linked to it (the
 * table action_plan_item, when the schema has it) lose their link. The OndPlanItemDeletion
 * the delete returns holds all of that, and ond_store_restore_plan_item() brings it back:
 * the row with its id and place, its targets, and the links.
 */

#pragma once

#include "ond-plan-item-deletion.h"
#include "ond-plan-item.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* Adds a row after the other rows of its year and period. @theme_id 0 = none; @status NULL
 * = gepland. Returns its id, or 0 with @error set. */
gint64               ond_store_add_plan_item        (OndStore             *self,
                                                     gint64                plan_id,
                                                     int                   year,
                                                     const char           *period,
                                                     const char           *what,
                                                     const char           *who,
                                                     gint64                theme_id,
                                                     const char           *status,
                                                     gboolean              recurring,
                                                     GError              **error);
/* Changes every field of a row. A row given another year or period moves to the end of
 * that year and period; else it keeps its place. */
gboolean             ond_store_update_plan_item     (OndStore             *self,
                                                     gint64                item_id,
                                                     int                   year,
                                                     const char           *period,
                                                     const char           *what,
                                                     const char           *who,
                                                     gint64                theme_id,
                                                     const char           *status,
                                                     gboolean              recurring,
                                                     GError              **error);
/* Saves an edit opened with *@row_version like ond_store_update_plan_item (), only while the
 * row still has that version (OND_STORE_ERROR_CONFLICT when someone else changed it since,
 * ond-store-migration-10.c); on success *@row_version is the row's new version. */
gboolean             ond_store_save_plan_item_edit  (OndStore             *self,
                                                     gint64                item_id,
                                                     gint64               *row_version,
                                                     int                   year,
                                                     const char           *period,
                                                     const char           *what,
                                                     const char           *who,
                                                     gint64                theme_id,
                                                     const char           *status,
                                                     gboolean              recurring,
                                                     GError              **error);
gboolean             ond_store_set_plan_item_status (OndStore             *self,
                                                     gint64                item_id,
                                                     const char           *status,
                                                     GError              **error);
/* Deletes a row with its targets; returns what it took (transfer full), or NULL with
 * @error set. */
OndPlanItemDeletion *ond_store_delete_plan_item     (OndStore             *self,
                                                     gint64                item_id,
                                                     GError              **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;
/* Undo of a delete: the row back with its own id and place, its targets and links. The
 * rules of an add apply; an id in use fails with OND_STORE_ERROR_INVALID. Returns the id,
 * or 0 with @error set. */
gint64               ond_store_restore_plan_item    (OndStore             *self,
                                                     OndPlanItemDeletion  *deletion,
                                                     GError              **error);

G_END_DECLS
