/* ond-booking-editor.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBookingEditor: the form of one booking of the Begroting (a realisatie or a
 * verplichting), to add one or to change one: date (dd-mm-jjjj), cost line (a line of the
 * plan), kind, amount (typed as text, Dutch or plain, read exactly by ond_money_parse),
 * description, reference and supplier. What cannot be read, and what the store refuses,
 * appears below the field it concerns; nothing is written until the store accepts the form.
 * The window then emits "saved" and closes. */

#pragma once

#include <adwaita.h>

#include "ond-booking.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_BOOKING_EDITOR (ond_booking_editor_get_type ())
G_DECLARE_FINAL_TYPE (OndBookingEditor, ond_booking_editor, OND, BOOKING_EDITOR, AdwWindow)

OndBookingEditor *ond_booking_editor_new         (GtkWindow        *parent,
                                                  OndStore         *store,
                                                  OndPlan          *plan,
                                                  OndBooking       *booking)
                                                  G_GNUC_WARN_UNUSED_RESULT;
/* The booking changed, or NULL for a new one. */
OndBooking       *ond_booking_editor_get_booking (OndBookingEditor *self);

G_END_DECLS
