/* ond-council-report-compare.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window that lists what differs between a council report on record and today's
 * figures of the same plan and year (ond_store_compare_council_report ()), grouped by
 * section (Monitoring, Planning, Begroting, ...), each change with what it was and what it
 * is now; or "No Differences". */

#pragma once

#include <adwaita.h>

#include "ond-store.h"

G_BEGIN_DECLS

/* Transfer none: the window, not yet shown, destroyed when closed; NULL with @error set
 * when the record cannot be compared. */
GtkWindow *ond_council_report_compare_new (GtkWindow  *parent,
                                           OndStore   *store,
                                           gint64      report_id,
                                           GDateTime  *now,
                                           GError    **error);

G_END_DECLS
