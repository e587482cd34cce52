/* ond-action.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndAction: one action (maatregel) of the plan text, of a pillar or of a theme: with its
 * latest progress note, the planning rows linked to it and, when read one at a time
 * (ond_store_dup_action), all its progress notes.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define OND_TYPE_ACTION (ond_action_get_type ())
G_DECLARE_FINAL_TYPE (OndAction, ond_action, OND, ACTION, GObject)

OndAction  *ond_action_new               (gint64      id,
                                          gint64      pillar_id,
                                          int         pillar_number,
                                          gint64      theme_id,
                                          const char *theme_name,
                                          const char *group_heading,
                                          int         position,
                                          const char *text,
                                          const char *status,
                                          const char *status_label,
                                          gint64      owner_id,
                                          const char *owner) G_GNUC_WARN_UNUSED_RESULT;
gint64      ond_action_get_id            (OndAction  *self);
gint64      ond_action_get_pillar_id     (OndAction  *self);
int         ond_action_get_pillar_number (OndAction  *self);
gint64      ond_action_get_theme_id      (OndAction  *self);
const char *ond_action_get_theme_name    (OndAction  *self);
const char *ond_action_get_group_heading (OndAction  *self);
int         ond_action_get_position      (OndAction  *self);
const char *ond_action_get_text          (OndAction  *self);
const char *ond_action_get_status        (OndAction  *self);
const char *ond_action_get_status_label  (OndAction  *self);
gint64      ond_action_get_owner_id      (OndAction  *self);
const char *ond_action_get_owner         (OndAction  *self);
gboolean    ond_action_same_group        (OndAction  *self,
                                          OndAction  *other);

const char   *ond_action_get_latest_progress_date (OndAction    *self);
const char   *ond_action_get_latest_progress_note (OndAction    *self);
void          ond_action_set_latest_progress      (OndAction    *self,
                                                   const char   *date,
                                                   const char   *note);
const gint64 *ond_action_get_plan_item_ids        (OndAction    *self,
                                                   guint        *n_ids);
guint         ond_action_get_n_plan_items         (OndAction    *self);
gboolean      ond_action_has_plan_item            (OndAction    *self,
                                                   gint64        plan_item_id);
void          ond_action_set_plan_item_ids        (OndAction    *self,
                                                   const gint64 *ids,
                                                   guint         n_ids);
GListModel   *ond_action_get_progress             (OndAction    *self);
void          ond_action_set_progress             (OndAction    *self,
                                                   GListModel   *progress);
/* The row version read with the action (optimistic locking, ond-store-migration-9.c). */
gint64        ond_action_get_row_version          (OndAction    *self);
void          ond_action_set_row_version          (OndAction    *self,
                                                   gint64        row_version);

G_END_DECLS
