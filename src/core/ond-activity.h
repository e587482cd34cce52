/* ond-activity.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndActivity: something done that the planning counts (a wijkgerichte drugsactie, a
 * weerbaarheidsactie, a bewustwordingsbijeenkomst, a gerichte controle mensenhandel),
 * optionally linked to a theme and to the planning row it fulfils. One row of the table
 * activity. Immutable but for its
 * row version (ond-store-migration-11.c).
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_ACTIVITY (ond_activity_get_type ())
G_DECLARE_FINAL_TYPE (OndActivity, ond_activity, OND, ACTIVITY, GObject)

/* @kind: an activity_kind code ("drugsactie", "weerbaarheidsactie", "bewustwording",
 * "gerichte_controle", "overig"). @theme_id, @plan_item_id, @area_id: 0 = none; the
 * labels and names may be NULL (the store fills them when it reads; @plan_item_text is
 * the planning row's "what"). */
OndActivity *ond_activity_new                (gint64       id,
                                              const char  *date,
                                              const char  *kind,
                                              const char  *kind_label,
                                              gint64       theme_id,
                                              const char  *theme_name,
                                              gint64       plan_item_id,
                                              const char  *plan_item_text,
                                              gint64       area_id,
                                              const char  *area_name,
                                              const char  *note) G_GNUC_WARN_UNUSED_RESULT;
gint64       ond_activity_get_id             (OndActivity *self);
/* The row version read with the record (optimistic locking, ond-store-migration-11.c):
 * a save of a change is refused when the row changed since; 0 = not checked. */
gint64       ond_activity_get_row_version    (OndActivity *self);
void         ond_activity_set_row_version    (OndActivity *self,
                                              gint64       row_version);
const char  *ond_activity_get_date           (OndActivity *self);
const char  *ond_activity_get_kind           (OndActivity *self);
const char  *ond_activity_get_kind_label     (OndActivity *self);
gint64       ond_activity_get_theme_id       (OndActivity *self);
const char  *ond_activity_get_theme_name     (OndActivity *self);
gint64       ond_activity_get_plan_item_id   (OndActivity *self);
const char  *ond_activity_get_plan_item_text (OndActivity *self);
gint64       ond_activity_get_area_id        (OndActivity *self);
const char  *ond_activity_get_area_name      (OndActivity *self);
const char  *ond_activity_get_note           (OndActivity *self);
const char  *ond_activity_get_search_text    (OndActivity *self);

G_END_DECLS
