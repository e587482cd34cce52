/* ond-theme-section.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndThemeSection: one theme of the plan: its owners (edited in a dialog), the counts of
 * its open cases, measures and activities, its actions (added, changed, moved and deleted
 * here as in the pillars) and its planning rows. */

#pragma once

#include <adwaita.h>

#include "ond-action-editing.h"
#include "ond-theme.h"

G_BEGIN_DECLS

#define OND_TYPE_THEME_SECTION (ond_theme_section_get_type ())
G_DECLARE_FINAL_TYPE (OndThemeSection, ond_theme_section, OND, THEME_SECTION, AdwBin)

GtkWidget  *ond_theme_section_new            (OndTheme         *theme,
                                              GListModel       *actions,
                                              OndActionEditing *editing) G_GNUC_WARN_UNUSED_RESULT;
OndTheme   *ond_theme_section_get_theme      (OndThemeSection  *self);
GListModel *ond_theme_section_get_actions    (OndThemeSection  *self);
GListModel *ond_theme_section_get_plan_items (OndThemeSection  *self);

G_END_DECLS
