/* ond-booking.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBooking: one booking of the spend on taakveld 1.2: a realisatie (actual spend) or a
 * verplichting (commitment), on a budget line, dated, in cents. One row of the table
 * booking. Immutable: an edit builds a new object and hands it to the store.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_BOOKING (ond_booking_get_type ())
G_DECLARE_FINAL_TYPE (OndBooking, ond_booking, OND, BOOKING, GObject)

/* @id: 0 for a booking not stored yet. @line_id: 0 = matches no budget line (an imported row
 * whose cost line is unknown is refused, so only old or foreign data has none). @kind:
 * "realisatie" or "verplichting". @amount: cents; a realisatie may be negative (a credit
 * note). @line_name and @kind_label may be NULL (the store fills them when it reads).
 * @batch_id: the import it came from, 0 when entered by hand. */
OndBooking *ond_booking_new               (gint64       id,
                                           const char  *date,
                                           gint64       line_id,
                                           const char  *line_name,
                                           gint64       amount,
                                           const char  *kind,
                                           const char  *kind_label,
                                           const char  *description,
                                           const char  *reference,
                                           const char  *supplier,
                                           gint64       batch_id) G_GNUC_WARN_UNUSED_RESULT;
gint64      ond_booking_get_id            (OndBooking  *self);
/* The row version read with the record (optimistic locking, ond-store-migration-12.c):
 * a save of a change is refused when the row changed since; 0 = not checked. */
gint64      ond_booking_get_row_version   (OndBooking  *self);
void        ond_booking_set_row_version   (OndBooking  *self,
                                           gint64       row_version);
const char *ond_booking_get_date          (OndBooking  *self);   /* ISO */
int         ond_booking_get_year          (OndBooking  *self);
gint64      ond_booking_get_line_id       (OndBooking  *self);
const char *ond_booking_get_line_name     (OndBooking  *self);   /* "" when none */
gint64      ond_booking_get_amount        (OndBooking  *self);   /* cents */
const char *ond_booking_get_kind          (OndBooking  *self);
const char *ond_booking_get_kind_label    (OndBooking  *self);
gboolean    ond_booking_is_commitment     (OndBooking  *self);
const char *ond_booking_get_description   (OndBooking  *self);
const char *ond_booking_get_reference     (OndBooking  *self);
const char *ond_booking_get_supplier      (OndBooking  *self);
gint64      ond_booking_get_batch_id      (OndBooking  *self);
/* Folded text of date (both forms), line, amount as shown, kind, description, reference,
 * supplier, for a search entry. */
const char *ond_booking_get_search_text   (OndBooking  *self);

G_END_DECLS
