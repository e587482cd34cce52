/* ond-retention-window.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndRetentionWindow: the retention periods (the main menu's "Retention Periods…", a modal
 * window; the core is ond-store-retention.h). The two periods, saved and logged a moment
 * after each change; the cases due for removal today (reference, status, dates, period),
 * or a status page when none is; a warning naming the reporting years that are not closed
 * whose counted figures their removal changes; and "Remove…", which asks first and then
 * removes the cases listed that are still due, and emits "cases-removed" (the number
 * removed). The list follows the store's changes. On a
 * read-only file everything is shown, nothing can be changed, and the window says why. */

#pragma once

#include <adwaita.h>

#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_RETENTION_WINDOW (ond_retention_window_get_type ())
G_DECLARE_FINAL_TYPE (OndRetentionWindow, ond_retention_window, OND, RETENTION_WINDOW,
                      AdwWindow)

/* The window, modal and transient for @parent, not yet shown; destroyed when closed. */
OndRetentionWindow *ond_retention_window_new (GtkWindow *parent,
                                              OndStore  *store);

G_END_DECLS
