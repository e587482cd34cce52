/* ond-bookings-page-delete.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Deleting a booking: the user confirms, the booking is deleted at once, and a toast offers
 * Undo for as long as it is shown; Undo puts the booking back with its own id and import
 * batch (ond_store_restore_booking) from the copy the list held. Only the last deletion can
 * be undone. And the page's toasts: one of ours at a time. */

#define G_LOG_DOMAIN "ond-bookings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-bookings-page-private.h"
#include "ond-date.h"
#include "ond-delete-undo.h"
#include "ond-money.h"
#include "ond-store-bookings.h"

/* Toasts. */

void
_ond_bookings_page_add_toast (OndBookingsPage *self,
                              AdwToast        *toast)
{
  ond_delete_undo_add_toast (GTK_WIDGET (self), &self->info_toast, self->undo_toast, toast);
}

char *
_ond_bookings_page_describe (OndBooking *booking)
{
  g_autofree char *date = ond_date_format (ond_booking_get_date (booking));
  g_autofree char *amount = ond_money_format (ond_booking_get_amount (booking));
  const char *line = ond_booking_get_line_name (booking);

  if (line == NULL || line[0] == '\0')
    /* Translators: a booking in a few words: its date and its amount. */
    return g_strdup_printf (_("%s, %s"), date, amount);
  /* Translators: a booking in a few words: its date, its amount and its cost line. */
  return g_strdup_printf (_("%s, %s, %s"), date, amount, line);
}

AdwToast *
_ond_bookings_page_new_toast (OndBooking *booking,
                              const char *format)
{
  g_autofree char *what = _ond_bookings_page_describe (booking);
  g_autoptr(GString) message = g_string_new (format);
  g_autofree char *escaped = NULL;

  /* Not printf: the compiler cannot check a format handed in. */
  g_string_replace (message, "%s", what, 1);
  escaped = g_markup_escape_text (message->str, -1);
  return adw_toast_new (escaped);
}

/* Deleting and undoing. */

static void
on_undo_clicked_cb (OndBookingsPage *self,
                    AdwToast        *toast)
{
  g_autoptr(OndBooking) booking = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (booking == NULL || self->store == NULL)
    return;

  id = ond_store_restore_booking (self->store, booking, &error);
  if (id == 0)
    {
      _ond_bookings_page_report_error (self, error);
      ond_bookings_page_reload (self);
      return;
    }
  _ond_bookings_page_reload_own (self);
  _ond_bookings_page_select_booking (self, id);
}

static void
on_undo_dismissed_cb (OndBookingsPage *self,
                      AdwToast        *toast)
{
  ond_delete_undo_dropped (toast, &self->undo_toast, (GObject **) &self->deleted);
}

static void
delete_booking (gpointer owner,
                gpointer item)
{
  OndBookingsPage *self = owner;
  OndBooking *booking = item;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (self->store == NULL)
    return;

  if (!ond_store_delete_booking (self->store, ond_booking_get_id (booking), &error))
    {
      _ond_bookings_page_report_error (self, error);
      ond_bookings_page_reload (self);
      return;
    }

  ond_delete_undo_keep (self, &self->undo_toast, (GObject **) &self->deleted, booking);
  _ond_bookings_page_reload_own (self);

  /* Translators: %s is the booking's date, amount and cost line. */
  toast = _ond_bookings_page_new_toast (booking, _("Booking of %s deleted"));
  ond_delete_undo_offer (toast, self, G_CALLBACK (on_undo_clicked_cb),
                         G_CALLBACK (on_undo_dismissed_cb), &self->undo_toast);
  _ond_bookings_page_add_toast (self, toast);
}

void
_ond_bookings_page_confirm_delete (OndBookingsPage *self,
                                   OndBooking      *booking)
{
  g_autofree char *what = NULL;
  g_autofree char *body = NULL;

  if (self->store == NULL || ond_store_is_read_only (self->store))
    return;

  what = _ond_bookings_page_describe (booking);
  /* Translators: %s is the booking's date, amount and cost line. */
  body = g_strdup_printf (_("The booking of %s is taken out of the budget's figures."), what);
  ond_delete_confirm (_ond_bookings_page_get_window (self), _("Delete Booking?"), body,
                      self, booking, delete_booking);
}

/**
 * _ond_bookings_page_forget_deleted:
 * @self: an #OndBookingsPage
 *
 * Drops the booking kept for Undo: its toast no longer brings it back.
 */
void
_ond_bookings_page_forget_deleted (OndBookingsPage *self)
{
  ond_delete_undo_forget (self, &self->undo_toast, (GObject **) &self->deleted);
}

/* The action bookings.delete: deletes the booking whose id is @param, after asking. */
void
_ond_bookings_page_delete_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  OndBookingsPage *self = OND_BOOKINGS_PAGE (widget);
  g_autoptr(OndBooking) booking = _ond_bookings_page_find_booking (self,
                                                                   g_variant_get_int64 (param));

  if (booking != NULL)
    _ond_bookings_page_confirm_delete (self, booking);
}

/* The action bookings.delete-selected: deletes the selected booking, after asking. */
void
_ond_bookings_page_delete_selected_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *param)
{
  OndBookingsPage *self = OND_BOOKINGS_PAGE (widget);
  OndBooking *booking = gtk_single_selection_get_selected_item (self->selection);

  if (booking != NULL)
    _ond_bookings_page_confirm_delete (self, booking);
}
