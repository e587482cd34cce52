/* ond-store-bookings.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Bookings read for the budget's progress (ond-store-bookings.c). */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

/* The sum in cents of the bookings of @kind ("realisatie" or "verplichting") dated in
 * @year on the budget lines of @plan_id. Bookings without a budget line are not part of
 * any plan and are left out. */
gboolean ond_store_sum_bookings (OndStore    *self,
                                 gint64       plan_id,
                                 int          year,
                                 const char  *kind,
                                 gint64      *cents,
                                 GError     **error);

G_END_DECLS
