/* ond-theme-owners-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndThemeOwnersDialog: the owners of one theme, in order. An owner is moved up or down,
 * removed, or a partner that is not retired is added; each change is saved at once
 * (ond_store_set_theme_owners), and a refusal shows below the list. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"
#include "ond-theme.h"

G_BEGIN_DECLS

#define OND_TYPE_THEME_OWNERS_DIALOG (ond_theme_owners_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndThemeOwnersDialog, ond_theme_owners_dialog,
                      OND, THEME_OWNERS_DIALOG, AdwWindow)

OndThemeOwnersDialog *ond_theme_owners_dialog_new        (GtkWindow            *parent,
                                                          OndStore             *store,
                                                          OndPlan              *plan,
                                                          OndTheme             *theme)
                                                          G_GNUC_WARN_UNUSED_RESULT;
/* The owners shown (OndPartner), in order. */
GListModel           *ond_theme_owners_dialog_get_owners (OndThemeOwnersDialog *self);

G_END_DECLS
