/* ond-booking-editor-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The saving of a changed booking under concurrency (optimistic locking,
 * ond-store-migration-12.c). When someone else changed the booking after the editor read it,
 * the store refuses and nothing is written; the booking is read again and the conflict dialog
 * every edit form shares shows what changed (their value, the user's). The user goes back to
 * the form, keeps their version (the form is filled in from the booking as it is now, which
 * becomes the baseline), or saves the form over it (checked against the version just read).
 * A booking deleted since is said above the form.
 */

#define G_LOG_DOMAIN "ond-booking-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-booking-editor-private.h"
#include "ond-case-conflict-dialog.h"
#include "ond-store-form-conflict.h"

gboolean
_ond_booking_editor_show_conflict (OndBookingEditor  *self,
                                   OndStore          *store,
                                   OndBooking        *opened,
                                   OndBooking        *mine,
                                   GError           **error)
{
  g_autoptr(OndBooking) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const OndConflictTexts texts = {
    _("Someone Else Changed This Booking"),
    _("The booking was changed after you opened it, so your changes have not been saved. "
      "This is what changed:"),
    _("The booking was changed after you opened it, but not in the fields of this form. Your "
      "changes have not been saved."),
  };

  g_return_val_if_fail (OND_IS_BOOKING (opened), FALSE);

  current = ond_store_get_booking (store, ond_booking_get_id (opened), error);
  if (current != NULL)
    changes = ond_store_compare_booking_edit (store, opened, mine, current, error);
  if (changes == NULL)
    return FALSE;
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           g_object_unref, _ond_booking_editor_answer_conflict);
  return TRUE;
}
