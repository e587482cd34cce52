/* ond-action-row.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndActionRow: one action (maatregel) of the plan in a list: its text; its theme, owner,
 * linked planning rows and latest progress note; its status, changed at once from the row;
 * and a menu to edit it, add a progress note, move it up or down (Alt+Up, Alt+Down) or
 * delete it. The changes go through the OndActionEditing of the list's view. */

#pragma once

#include <adwaita.h>

#include "ond-action-editing.h"
#include "ond-action.h"

G_BEGIN_DECLS

#define OND_TYPE_ACTION_ROW (ond_action_row_get_type ())
G_DECLARE_FINAL_TYPE (OndActionRow, ond_action_row, OND, ACTION_ROW, AdwActionRow)

/* Where the row's action stands in its group, for moving it. */
typedef enum
{
  OND_ACTION_ROW_FIRST = 1 << 0,   /* nothing of its group above it */
  OND_ACTION_ROW_LAST  = 1 << 1,   /* nothing of its group below it */
} OndActionRowPlace;

GtkWidget *ond_action_row_new            (OndAction         *action,
                                          OndActionEditing  *editing,
                                          gboolean           show_theme,
                                          OndActionRowPlace  place) G_GNUC_WARN_UNUSED_RESULT;
OndAction *ond_action_row_get_action     (OndActionRow      *self);
gboolean   ond_action_row_get_show_theme (OndActionRow      *self);
/* The text below the title: theme, owner, planning rows, latest progress note. */
const char *ond_action_row_get_details   (OndActionRow      *self);

OndActionRowPlace ond_action_row_place_in (GListModel   *actions,
                                           OndAction    *action);

G_END_DECLS
