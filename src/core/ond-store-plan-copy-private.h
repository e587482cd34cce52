/* ond-store-plan-copy-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of a new plan period share (ond-store-plan-copy.c, ond-store-plan-rows.c,
 * ond-store-plan-current.c). */

#pragma once

#include "ond-store-plan-copy.h"
#include "ond-store-private.h"

G_BEGIN_DECLS

/* A map from the old id to the new id of the rows a copy made (gint64 to gint64). */
GHashTable *_ond_plan_copy_id_map_new  (void) G_GNUC_WARN_UNUSED_RESULT;
void        _ond_plan_copy_id_map_put  (GHashTable  *map,
                                        gint64       old_id,
                                        gint64       new_id);
/* The new id of @old_id, or 0 when it was not copied. */
gint64      _ond_plan_copy_id_map_get  (GHashTable  *map,
                                        gint64       old_id);

/* Fails with OND_STORE_ERROR_NOT_FOUND when there is no plan @plan_id. */
gboolean    _ond_plan_copy_check_plan  (OndStore    *self,
                                        gint64       plan_id,
                                        GError     **error);

/* Copies the recurring planning rows of @source_id into @plan_id once for each year
 * @first_year..@last_year, with their targets, and links the new actions to them as the
 * source's actions were linked to the rows they were copied from. @themes and @actions map
 * the source's ids to the new plan's. Inside the caller's transaction. */
gboolean    _ond_plan_copy_recurring   (OndStore    *self,
                                        gint64       source_id,
                                        gint64       plan_id,
                                        int          first_year,
                                        int          last_year,
                                        GHashTable  *themes,
                                        GHashTable  *actions,
                                        GError     **error);

G_END_DECLS
