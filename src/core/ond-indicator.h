/* ond-indicator.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndIndicator: a monitoring figure, counted from the records or entered by hand.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_INDICATOR (ond_indicator_get_type ())
G_DECLARE_FINAL_TYPE (OndIndicator, ond_indicator, OND, INDICATOR, GObject)

OndIndicator *ond_indicator_new             (gint64        id,
                                             const char   *code,
                                             const char   *name,
                                             const char   *unit,
                                             const char   *method,
                                             const char   *parent_code,
                                             int           position) G_GNUC_WARN_UNUSED_RESULT;
gint64        ond_indicator_get_id          (OndIndicator *self);
const char   *ond_indicator_get_code        (OndIndicator *self);
const char   *ond_indicator_get_name        (OndIndicator *self);
const char   *ond_indicator_get_unit        (OndIndicator *self);
const char   *ond_indicator_get_method      (OndIndicator *self);
const char   *ond_indicator_get_parent_code (OndIndicator *self);
int           ond_indicator_get_position    (OndIndicator *self);

G_END_DECLS
