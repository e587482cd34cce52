/* ond-booking-editor-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the booking editor (ond-booking-editor.c) and its conflict question
 * (ond-booking-editor-conflict.c) share. */

#pragma once

#include "ond-booking-editor.h"

G_BEGIN_DECLS

/* Someone else changed @opened (the form's baseline) after the form read it, and the save of
 * @mine (read from the form) was refused: reads the booking again and asks the user. FALSE
 * with @error set when it cannot be read (gone since). */
gboolean _ond_booking_editor_show_conflict   (OndBookingEditor  *self,
                                              OndStore          *store,
                                              OndBooking        *opened,
                                              OndBooking        *mine,
                                              GError           **error);
/* The user's answer (an OndConflictAnswerFunc, ond-case-conflict-dialog.h). */
void     _ond_booking_editor_answer_conflict (GtkWindow         *form,
                                              gpointer           current,
                                              gboolean           overwrite);

G_END_DECLS
