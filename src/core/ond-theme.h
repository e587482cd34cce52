/* ond-theme.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndTheme: one of the ondermijningsthema's of a plan, with its owners.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_THEME (ond_theme_get_type ())
G_DECLARE_FINAL_TYPE (OndTheme, ond_theme, OND, THEME, GObject)

OndTheme     *ond_theme_new             (gint64        id,
                                         int           position,
                                         const char   *name,
                                         const char   *short_name,
                                         const char   *description,
                                         const char   *owners,
                                         const gint64 *owner_ids,
                                         guint         n_owner_ids) G_GNUC_WARN_UNUSED_RESULT;
gint64        ond_theme_get_id          (OndTheme     *self);
/* The row version read with the theme (optimistic locking, ond-store-migration-12.c): a
 * change of its owners is refused when the row changed since; 0 = not checked. */
gint64        ond_theme_get_row_version (OndTheme     *self);
void          ond_theme_set_row_version (OndTheme     *self,
                                         gint64        row_version);
int           ond_theme_get_position    (OndTheme     *self);
const char   *ond_theme_get_name        (OndTheme     *self);
const char   *ond_theme_get_short_name  (OndTheme     *self);
const char   *ond_theme_get_description (OndTheme     *self);
const char   *ond_theme_get_owners      (OndTheme     *self);
const gint64 *ond_theme_get_owner_ids   (OndTheme     *self,
                                         guint        *n_owner_ids);
gboolean      ond_theme_has_owner       (OndTheme     *self,
                                         gint64        partner_id);

G_END_DECLS
