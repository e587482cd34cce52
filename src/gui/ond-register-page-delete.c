/* ond-register-page-delete.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Deleting a record of a register: the user confirms, the record is deleted at once, and a
 * toast offers Undo for as long as it is shown; Undo puts the record back with its own id
 * (ond_store_restore_*) from the copy the list held. Only the last deletion can be undone. */

#define G_LOG_DOMAIN "ond-register-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-register-page-private.h"

static void
on_undo_clicked_cb (OndRegisterPage *self,
                    AdwToast        *toast)
{
  g_autoptr(GObject) record = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (record == NULL || self->store == NULL)
    return;

  id = ond_register_restore (self->store, record, &error);
  if (id == 0)
    _ond_register_page_report_error (self, error);
  ond_register_page_reload (self);
  if (id != 0)
    _ond_register_page_select_record (self, id);
}

static void
on_undo_dismissed_cb (OndRegisterPage *self,
                      AdwToast        *toast)
{
  if (toast != self->undo_toast)
    return;

  g_clear_object (&self->undo_toast);
  g_clear_object (&self->deleted);
}

static void
delete_record (OndRegisterPage *self,
               GObject         *record)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!ond_register_delete (self->store, record, &error))
    {
      _ond_register_page_report_error (self, error);
      ond_register_page_reload (self);
      return;
    }

  /* Undo takes back the last deletion only. */
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  _ond_register_page_forget_deleted (self);
  self->deleted = g_object_ref (record);
  ond_register_page_reload (self);

  toast = _ond_register_page_new_toast (record,
                                        ond_register_kind_get_texts (self->kind)->deleted);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked",
                           G_CALLBACK (on_undo_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed",
                           G_CALLBACK (on_undo_dismissed_cb), self, G_CONNECT_SWAPPED);
  self->undo_toast = g_object_ref (toast);
  _ond_register_page_add_toast (self, toast);
}

typedef struct
{
  OndRegisterPage *page;
  GObject         *record;
} PendingDelete;

static void
pending_delete_free (gpointer  data,
                     GClosure *closure)
{
  PendingDelete *pending = data;

  g_object_unref (pending->page);
  g_object_unref (pending->record);
  g_free (pending);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PendingDelete    *pending)
{
  if (g_strcmp0 (response, "delete") == 0 && pending->page->store != NULL)
    delete_record (pending->page, pending->record);
}

void
_ond_register_page_confirm_delete (OndRegisterPage *self,
                                   GObject         *record)
{
  const OndRegisterTexts *texts = ond_register_kind_get_texts (self->kind);
  g_autofree char *body = ond_register_record_format (record, texts->delete_body);
  PendingDelete *pending;
  GtkWidget *dialog;

  if (self->store == NULL || ond_store_is_read_only (self->store))
    return;

  dialog = adw_message_dialog_new (_ond_register_page_get_window (self),
                                   _(texts->delete_heading), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  pending = g_new0 (PendingDelete, 1);
  pending->page = g_object_ref (self);
  pending->record = g_object_ref (record);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_delete_response_cb), pending,
                         pending_delete_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _ond_register_page_forget_deleted:
 * @self: an #OndRegisterPage
 *
 * Drops the record kept for Undo: its toast no longer brings it back.
 */
void
_ond_register_page_forget_deleted (OndRegisterPage *self)
{
  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  g_clear_object (&self->undo_toast);
  g_clear_object (&self->deleted);
}

/* The action register.delete: deletes the record whose id is @param, after asking. */
void
_ond_register_page_delete_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  OndRegisterPage *self = OND_REGISTER_PAGE (widget);
  g_autoptr(GObject) record = _ond_register_page_find_record (self, g_variant_get_int64 (param));

  if (record != NULL)
    _ond_register_page_confirm_delete (self, record);
}

/* The action register.delete-selected: deletes the selected record, after asking. */
void
_ond_register_page_delete_selected_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *param)
{
  OndRegisterPage *self = OND_REGISTER_PAGE (widget);
  GObject *record = gtk_single_selection_get_selected_item (self->selection);

  if (record != NULL)
    _ond_register_page_confirm_delete (self, record);
}
