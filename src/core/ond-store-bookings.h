/* ond-store-bookings.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The bookings of the Begroting (ond-store-bookings.c): realisaties and verplichtingen on
 * the budget lines. Listed, added, changed, deleted and restored after a delete (undo).
 * Every change is one transaction; a refused change writes nothing.
 *
 * Rules (errors in OND_BOOKING_ERROR, the code naming the field):
 * - the date is a real date from 2000 to 2100 (dd-mm-jjjj or ISO accepted, stored ISO);
 * - the budget line exists and belongs to the plan the booking is saved for;
 * - the kind is "realisatie" or "verplichting";
 * - the amount is not 0 and at most OND_BOOKING_MAX_AMOUNT (cents) either way; a
 *   verplichting is positive;
 * - description, reference and supplier are trimmed; a verplichting needs a reference (a
 *   realisatie uses a commitment up through it: DESIGN.md, "Commitments");
 * - a read-only store refuses with OND_STORE_ERROR_READ_ONLY.
 * Lists are newest first (date, then id, descending).
 */

#pragma once

#include "ond-booking.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_BOOKING_ERROR (ond_booking_error_quark ())

/* € 100.000.000 in cents: more is taken for a typing error. */
#define OND_BOOKING_MAX_AMOUNT G_GINT64_CONSTANT (10000000000)

typedef enum
{
  OND_BOOKING_ERROR_DATE,
  OND_BOOKING_ERROR_LINE,
  OND_BOOKING_ERROR_AMOUNT,
  OND_BOOKING_ERROR_KIND,
  OND_BOOKING_ERROR_REFERENCE,
} OndBookingError;

GQuark      ond_booking_error_quark  (void);

/* The sum in cents of the bookings of @kind ("realisatie" or "verplichting") dated in
 * @year on the budget lines of @plan_id. Bookings without a budget line are not part of
 * any plan and are left out. */
gboolean    ond_store_sum_bookings    (OndStore    *self,
                                       gint64       plan_id,
                                       int          year,
                                       const char  *kind,
                                       gint64      *cents,
                                       GError     **error);

/* Every booking on the lines of @plan_id, and every booking without a line (transfer full:
 * a GListStore of OndBooking, newest first, line names and kind labels filled in). */
GListModel *ond_store_list_bookings   (OndStore    *self,
                                       gint64       plan_id,
                                       GError     **error) G_GNUC_WARN_UNUSED_RESULT;
/* id 0 adds, another id changes that booking (OND_STORE_ERROR_NOT_FOUND when it does not
 * exist; OND_STORE_ERROR_CONFLICT when its row version moved on since the booking was read:
 * ond_booking_get_row_version (), 0 = not checked; ond-store-migration-12.c). The line must
 * belong to @plan_id. Returns the id, or 0 with @error set. */
gint64      ond_store_save_booking    (OndStore    *self,
                                       gint64       plan_id,
                                       OndBooking  *booking,
                                       GError     **error);
gboolean    ond_store_delete_booking  (OndStore    *self,
                                       gint64       id,
                                       GError     **error);
/* Undo of a delete: puts the booking back with its own id, import batch and row version. */
gint64      ond_store_restore_booking (OndStore    *self,
                                       OndBooking  *booking,
                                       GError     **error);

G_END_DECLS
