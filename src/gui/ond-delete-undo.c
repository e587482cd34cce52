/* ond-delete-undo.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Deleting with a confirmation and an Undo: the question (Cancel is the default, Delete is
 * destructive), and the Undo toast whose copy of the item only the last deletion keeps. */

#define G_LOG_DOMAIN "ond-delete-undo"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-delete-undo.h"

typedef struct
{
  GObject       *owner;
  GObject       *item;
  OndDeleteFunc  delete_func;
} PendingDelete;

static void
pending_delete_free (gpointer  data,
                     GClosure *closure)
{
  PendingDelete *pending = data;

  g_object_unref (pending->owner);
  g_object_unref (pending->item);
  g_free (pending);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PendingDelete    *pending)
{
  if (g_strcmp0 (response, "delete") == 0)
    pending->delete_func (pending->owner, pending->item);
}

/**
 * ond_delete_confirm:
 * @parent: (nullable): the window the question belongs to
 * @heading: the question, translated
 * @body: what deleting does, translated
 * @owner: the object that deletes (kept alive while the question is shown)
 * @item: the item to delete (kept alive while the question is shown)
 * @delete_func: called with @owner and @item when the user answers Delete
 *
 * Asks whether to delete @item; Cancel and closing the question do nothing.
 */
void
ond_delete_confirm (GtkWindow     *parent,
                    const char    *heading,
                    const char    *body,
                    gpointer       owner,
                    gpointer       item,
                    OndDeleteFunc  delete_func)
{
  PendingDelete *pending;
  GtkWidget *dialog;

  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (G_IS_OBJECT (item));
  g_return_if_fail (delete_func != NULL);

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  pending = g_new0 (PendingDelete, 1);
  pending->owner = g_object_ref (owner);
  pending->item = g_object_ref (item);
  pending->delete_func = delete_func;
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_delete_response_cb), pending,
                         pending_delete_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ond_delete_undo_keep:
 * @owner: the object whose signal handlers are on the toast
 * @undo_toast: (inout) (nullable): the toast of the deletion before, dismissed
 * @deleted: (inout): where the copy for Undo is kept
 * @item: the item just deleted
 *
 * Undo takes back the last deletion only: dismisses and drops the toast of the deletion
 * before, and keeps a reference to @item in @deleted.
 */
void
ond_delete_undo_keep (gpointer    owner,
                      AdwToast  **undo_toast,
                      GObject   **deleted,
                      gpointer    item)
{
  g_return_if_fail (G_IS_OBJECT (item));

  if (*undo_toast != NULL)
    adw_toast_dismiss (*undo_toast);
  ond_delete_undo_forget (owner, undo_toast, deleted);
  *deleted = g_object_ref (item);
}

/**
 * ond_delete_undo_offer:
 * @toast: the toast saying what was deleted
 * @owner: the object the callbacks are called on (as their first argument)
 * @undo_clicked: called when Undo is clicked
 * @dismissed: called when the toast goes
 * @undo_toast: (out): where the owner keeps the toast (a new reference)
 *
 * Gives @toast its Undo button and a high priority; the toast still has to be shown.
 */
void
ond_delete_undo_offer (AdwToast   *toast,
                       gpointer    owner,
                       GCallback   undo_clicked,
                       GCallback   dismissed,
                       AdwToast  **undo_toast)
{
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", undo_clicked, owner, G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed", dismissed, owner, G_CONNECT_SWAPPED);
  *undo_toast = g_object_ref (toast);
}

/**
 * ond_delete_undo_dropped:
 * @toast: the toast that was dismissed
 * @undo_toast: (inout) (nullable): the Undo toast the owner keeps
 * @deleted: (inout) (nullable): the copy kept for Undo
 *
 * For the owner's handler of #AdwToast::dismissed: when @toast is the Undo toast, the
 * deletion can no longer be undone; the toast and the copy are dropped.
 */
void
ond_delete_undo_dropped (AdwToast   *toast,
                         AdwToast  **undo_toast,
                         GObject   **deleted)
{
  if (toast != *undo_toast)
    return;

  g_clear_object (undo_toast);
  g_clear_object (deleted);
}

/**
 * ond_delete_undo_forget:
 * @owner: the object whose signal handlers are on the toast
 * @undo_toast: (inout) (nullable): the Undo toast, cleared
 * @deleted: (inout) (nullable): the copy kept for Undo, cleared
 *
 * Drops the item kept for Undo: its toast no longer brings it back.
 */
void
ond_delete_undo_forget (gpointer    owner,
                        AdwToast  **undo_toast,
                        GObject   **deleted)
{
  if (*undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (*undo_toast, owner);
  g_clear_object (undo_toast);
  g_clear_object (deleted);
}

/**
 * ond_delete_undo_add_toast:
 * @widget: a widget inside the toast overlay
 * @info_toast: (inout) (nullable): the owner's last toast other than the Undo toast
 * @undo_toast: (nullable): the owner's Undo toast
 * @toast: (transfer full): the toast to show
 *
 * Shows @toast; the owner's other toast still shown goes first, so there is one at a time.
 * Without an overlay around @widget, @toast is dropped.
 */
void
ond_delete_undo_add_toast (GtkWidget  *widget,
                           AdwToast  **info_toast,
                           AdwToast   *undo_toast,
                           AdwToast   *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (*info_toast != NULL)
    adw_toast_dismiss (*info_toast);
  g_clear_object (info_toast);

  if (overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }

  if (toast != undo_toast)
    *info_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}
