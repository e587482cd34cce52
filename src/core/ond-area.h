/* ond-area.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndArea: a part of Dordrecht that cases, controls and activities are recorded for.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_AREA (ond_area_get_type ())
G_DECLARE_FINAL_TYPE (OndArea, ond_area, OND, AREA, GObject)

OndArea    *ond_area_new                 (gint64      id,
                                          const char *name,
                                          const char *district,
                                          gboolean    aandachtsgebied,
                                          gboolean    retired,
                                          int         position) G_GNUC_WARN_UNUSED_RESULT;
gint64      ond_area_get_id              (OndArea    *self);
const char *ond_area_get_name            (OndArea    *self);
const char *ond_area_get_district        (OndArea    *self);
gboolean    ond_area_get_aandachtsgebied (OndArea    *self);
gboolean    ond_area_get_retired         (OndArea    *self);
int         ond_area_get_position        (OndArea    *self);

G_END_DECLS
