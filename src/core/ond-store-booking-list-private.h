/* ond-store-booking-list-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The queries behind OndBookingList (ond-store-booking-list.c): which bookings of a plan
 * match the list's search and filters, in the list's order; reading a page of them; what the
 * list counts beside (all bookings, their years); and the folded search text the store keeps
 * in booking.search_text. Private to core.
 */

#pragma once

#include "ond-booking-list.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* What the list shows. Strings are owned by the caller; NULL / 0 = no filter. */
typedef struct
{
  gint64          plan_id;
  const char     *search;      /* as typed: the store folds it (ond_text_fold) */
  const char     *kind;        /* booking_kind code */
  int             year;        /* of the date */
  OndBookingSort  sort;
  gboolean        descending;
} OndBookingQuery;

/* The ids of the bookings that match @query, in its order (ties broken on the id, so the
 * order is total). Returns a GArray of gint64 (transfer full), or NULL with @error set.
 * A booking without its search_text is matched on its texts as stored (ASCII case only):
 * fill them in first (_ond_store_fill_booking_search_text). */
GArray     *_ond_store_list_booking_ids     (OndStore               *self,
                                             const OndBookingQuery  *query,
                                             GError                **error)
                                             G_GNUC_WARN_UNUSED_RESULT;

/* Reads the bookings @ids[0 .. @n_ids - 1] of plan @plan_id, with their line names and kind
 * labels. Returns a GPtrArray of @n_ids OndBooking * in the order of @ids (transfer full); a
 * booking that is gone, or is no longer one of the plan's, leaves a NULL in its place. NULL
 * with @error set on a database error. */
GPtrArray  *_ond_store_read_bookings        (OndStore               *self,
                                             gint64                  plan_id,
                                             const gint64           *ids,
                                             guint                   n_ids,
                                             GError                **error)
                                             G_GNUC_WARN_UNUSED_RESULT;

/* How many bookings plan @plan_id has (*@n_total), and the years they are dated in (a GArray
 * of int, ascending, transfer full). FALSE with @error set on a database error. */
gboolean    _ond_store_count_bookings       (OndStore               *self,
                                             gint64                  plan_id,
                                             guint                  *n_total,
                                             GArray                **years,
                                             GError                **error);

/* Gives every booking stored without its search text (by the import, or before schema
 * version 3) its search text, in one transaction (OndStore::changed follows). Does nothing
 * on a read-only store, inside another transaction, or when every booking has it (one scan
 * of the table). FALSE with @error set when the database could not be read or written. */
gboolean    _ond_store_fill_booking_search_text (OndStore           *self,
                                                 GError            **error);

/* The folded text that booking.search_text keeps: the date as shown and as stored, the
 * amount as shown, the description, the reference and the supplier. With the line's name and
 * the kind's label (matched apart, as they live in other tables) this is what
 * ond_booking_get_search_text () holds. Transfer full. */
char       *_ond_store_booking_search_text  (const char             *date,
                                             gint64                  amount,
                                             const char             *description,
                                             const char             *reference,
                                             const char             *supplier)
                                             G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
