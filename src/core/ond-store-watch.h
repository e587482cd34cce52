/* ond-store-watch.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

/* How often a window looks for changes made by others (ond_store_watch_outside_changes). */
#define OND_STORE_WATCH_INTERVAL_MS 1500

gboolean ond_store_claim_window           (OndStore  *self,
                                           GError   **error);
gboolean ond_store_has_window_claim       (OndStore  *self);
void     ond_store_watch_outside_changes  (OndStore  *self,
                                           guint      interval_ms);
gboolean ond_store_check_outside_changes  (OndStore  *self);
/* OndStore:connected: FALSE while the connection to the team server is lost. */
gboolean ond_store_get_connected          (OndStore  *self);

G_END_DECLS
