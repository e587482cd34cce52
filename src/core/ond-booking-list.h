/* ond-booking-list.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBookingList: a GListModel of OndBooking over the store, for the bookings of one plan
 * (those on its budget lines and those on no line, as ond_store_list_bookings lists them).
 * It stays smooth at 100,000 bookings the way OndCaseList does: each change of search,
 * filter or sort runs one query that lists the ids of the matching bookings in order
 * (get_n_items is their number), items are read by id a page at a time into a small cache,
 * and searching, filtering and sorting happen in SQL. Changing the search, a filter or the
 * sort emits one items-changed for the whole list. A new list shows every booking of the
 * plan, newest first.
 */

#pragma once

#include <gio/gio.h>

#include "ond-booking.h"
#include "ond-paged-list.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* The columns of the bookings list. Texts sort ignoring ASCII case; ties on the id. */
typedef enum
{
  OND_BOOKING_SORT_DATE,
  OND_BOOKING_SORT_LINE,
  OND_BOOKING_SORT_KIND,
  OND_BOOKING_SORT_AMOUNT,
  OND_BOOKING_SORT_DESCRIPTION,
  OND_BOOKING_SORT_REFERENCE,
  OND_BOOKING_SORT_SUPPLIER,
} OndBookingSort;

#define OND_TYPE_BOOKING_LIST (ond_booking_list_get_type ())
G_DECLARE_FINAL_TYPE (OndBookingList, ond_booking_list, OND, BOOKING_LIST, OndPagedList)

OndBookingList *ond_booking_list_new          (OndStore        *store,
                                               gint64           plan_id) G_GNUC_WARN_UNUSED_RESULT;
gint64          ond_booking_list_get_plan_id  (OndBookingList  *self);
/* Every word must occur in the booking's date (dd-mm-jjjj or ISO), cost line, amount as
 * shown (€ 1.234,56), kind, description, reference or supplier, ignoring case and accents
 * (ond_booking_get_search_text). NULL/"" = all. */
void            ond_booking_list_set_search   (OndBookingList  *self,
                                               const char      *text);
/* "realisatie" or "verplichting"; NULL = every kind. */
void            ond_booking_list_set_kind     (OndBookingList  *self,
                                               const char      *kind);
/* The year of the date; 0 = every year. */
void            ond_booking_list_set_year     (OndBookingList  *self,
                                               int              year);
void            ond_booking_list_set_sort     (OndBookingList  *self,
                                               OndBookingSort   sort,
                                               gboolean         descending);
/* Drops the cache, lists the bookings again and re-counts (after the store changed). */
void            ond_booking_list_reload       (OndBookingList  *self);
/* The last query error, or NULL (the model is then empty). */
const GError   *ond_booking_list_get_error    (OndBookingList  *self);

/* How many bookings the plan has, whatever the search and filters (as of the last load). */
guint           ond_booking_list_get_n_total  (OndBookingList  *self);
/* The years the plan's bookings are dated in, ascending (as of the last load). */
const int      *ond_booking_list_get_years    (OndBookingList  *self,
                                               guint           *n_years);
/* The position of booking @id in the list, or G_MAXUINT (GTK_INVALID_LIST_POSITION) when
 * the search or filters leave it out. */
guint           ond_booking_list_find         (OndBookingList  *self,
                                               gint64           id);
/* Booking @id read from the store, whether the search and filters show it or not; NULL
 * (and no error) when it does not exist, or is not one of the plan's. */
OndBooking     *ond_booking_list_lookup       (OndBookingList  *self,
                                               gint64           id,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
