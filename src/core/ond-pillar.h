/* ond-pillar.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPillar: one of the three pijlers of a plan.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_PILLAR (ond_pillar_get_type ())
G_DECLARE_FINAL_TYPE (OndPillar, ond_pillar, OND, PILLAR, GObject)

OndPillar  *ond_pillar_new             (gint64      id,
                                        int         number,
                                        const char *name,
                                        const char *objective,
                                        const char *description) G_GNUC_WARN_UNUSED_RESULT;
gint64      ond_pillar_get_id          (OndPillar  *self);
int         ond_pillar_get_number      (OndPillar  *self);
const char *ond_pillar_get_name        (OndPillar  *self);
const char *ond_pillar_get_objective   (OndPillar  *self);
const char *ond_pillar_get_description (OndPillar  *self);
const char *ond_pillar_get_title       (OndPillar  *self);

G_END_DECLS
