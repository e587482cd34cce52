/* ond-window.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndWindow: the main window, a sidebar of sections beside the section shown. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_WINDOW (ond_window_get_type ())
G_DECLARE_FINAL_TYPE (OndWindow, ond_window, OND, WINDOW, AdwApplicationWindow)

OndWindow  *ond_window_new           (GtkApplication *application,
                                      OndStore       *store,
                                      GSettings      *settings) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *ond_window_get_store     (OndWindow      *self);
OndPlan    *ond_window_get_plan      (OndWindow      *self);
gboolean    ond_window_get_read_only (OndWindow      *self);
const char *ond_window_get_section   (OndWindow      *self);
gboolean    ond_window_back_up       (OndWindow      *self,
                                      const char     *path);

G_END_DECLS
