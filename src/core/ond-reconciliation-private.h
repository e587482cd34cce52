/* ond-reconciliation-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the reconciliation (ond-reconciliation.c) needs of a booking, as a plain struct: at
 * 100,000 bookings the store reads these few columns with one statement
 * (ond-store-bookings.c) instead of making an OndBooking of every row; and what
 * ond_store_reconcile (ond-reconciliation-read.c) shares with the computation. Private to
 * core.
 */

#pragma once

#include "ond-booking.h"
#include "ond-reconciliation.h"
#include "ond-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      id;
  gint64      line_id;      /* 0: on no line */
  gint64      amount;       /* cents */
  const char *date;         /* ISO */
  const char *reference;    /* "" for none */
  int         year;         /* of the date (as ond_booking_get_year ()) */
  gboolean    commitment;   /* a verplichting */
  OndBooking *booking;      /* the booking it was taken from (transfer none), or NULL */
} OndReconcileBooking;

/* Reconciles @bookings (OndReconcileBooking) by the rules of ond-reconciliation.h; those on
 * no line and outside the years are left in @unmatched and @outside (OndReconcileBooking *,
 * pointing into @bookings) for the caller to list with _ond_reconciliation_list. */
OndReconciliation *_ond_reconciliation_compute (GListModel   *lines,
                                                GListModel   *funding,
                                                GArray       *bookings,
                                                int           first_year,
                                                int           last_year,
                                                const gint64 *stated_totals,
                                                GPtrArray    *unmatched,
                                                GPtrArray    *outside)
                                                G_GNUC_WARN_UNUSED_RESULT;
/* Lists the OndBookings of @unmatched and @outside (references added), newest first. */
void               _ond_reconciliation_list    (OndReconciliation *self,
                                                GPtrArray         *unmatched,
                                                GPtrArray         *outside);

/* The bookings of @plan_id (those on its lines and those on no line, as
 * ond_store_list_bookings lists them), in no particular order, with one statement: a GArray
 * of OndReconcileBooking (transfer full; booking NULL) whose strings are kept in @strings.
 * NULL with @error set on a database error. */
GArray *_ond_store_read_reconcile_bookings (OndStore      *self,
                                            gint64         plan_id,
                                            GStringChunk  *strings,
                                            GError       **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
