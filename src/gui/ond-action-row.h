/* ond-action-row.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndActionRow: one action (maatregel) of the plan in a list: its text, theme, owner and
 * status. */

#pragma once

#include <adwaita.h>

#include "ond-action.h"

G_BEGIN_DECLS

#define OND_TYPE_ACTION_ROW (ond_action_row_get_type ())
G_DECLARE_FINAL_TYPE (OndActionRow, ond_action_row, OND, ACTION_ROW, AdwActionRow)

GtkWidget *ond_action_row_new            (OndAction    *action,
                                          gboolean      show_theme) G_GNUC_WARN_UNUSED_RESULT;
OndAction *ond_action_row_get_action     (OndActionRow *self);
gboolean   ond_action_row_get_show_theme (OndActionRow *self);

G_END_DECLS
