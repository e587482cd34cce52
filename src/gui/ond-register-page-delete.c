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

#include "ond-delete-undo.h"
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
  ond_delete_undo_dropped (toast, &self->undo_toast, &self->deleted);
}

static void
delete_record (gpointer owner,
               gpointer item)
{
  OndRegisterPage *self = owner;
  GObject *record = item;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (self->store == NULL)
    return;

  if (!ond_register_delete (self->store, record, &error))
    {
      _ond_register_page_report_error (self, error);
      ond_register_page_reload (self);
      return;
    }

  ond_delete_undo_keep (self, &self->undo_toast, &self->deleted, record);
  ond_register_page_reload (self);

  toast = _ond_register_page_new_toast (record,
                                        ond_register_kind_get_texts (self->kind)->deleted);
  ond_delete_undo_offer (toast, self, G_CALLBACK (on_undo_clicked_cb),
                         G_CALLBACK (on_undo_dismissed_cb), &self->undo_toast);
  _ond_register_page_add_toast (self, toast);
}

void
_ond_register_page_confirm_delete (OndRegisterPage *self,
                                   GObject         *record)
{
  const OndRegisterTexts *texts = ond_register_kind_get_texts (self->kind);
  g_autofree char *body = ond_register_record_format (record, texts->delete_body);

  if (self->store == NULL || ond_store_is_read_only (self->store))
    return;

  ond_delete_confirm (_ond_register_page_get_window (self), _(texts->delete_heading), body,
                      self, record, delete_record);
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
  ond_delete_undo_forget (self, &self->undo_toast, &self->deleted);
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
