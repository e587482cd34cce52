/* ond-auto-save.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* When a form without a Save button saves: see ond-auto-save.h. One timeout at most waits;
 * the window's ::close-request saves it first (and lets the window close either way: a
 * refused change has been shown, and the record keeps its last saved state). The fields
 * watched are held until ond_auto_save_free (), which disconnects from them. */

#define G_LOG_DOMAIN "ond-auto-save"

#include "config.h"

#include "ond-auto-save.h"

struct _OndAutoSave
{
  GtkWindow        *form;         /* weak */
  gulong            close_handler;
  OndFormWriteFunc  write;
  GPtrArray        *watched;      /* GObject, referenced */
  guint             timeout_id;
  gboolean          pending;
  gboolean          saving;
};

static gboolean
run_save (OndAutoSave *self)
{
  gboolean saved;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (!self->pending || self->saving || self->form == NULL)
    return TRUE;
  self->pending = FALSE;
  /* The save may change fields of the form (a message shown); those are no new change. */
  self->saving = TRUE;
  saved = ond_form_save (self->form, self->write);
  self->saving = FALSE;
  return saved;
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  OndAutoSave *self = user_data;

  self->timeout_id = 0;
  run_save (self);
  return G_SOURCE_REMOVE;
}

static gboolean
on_close_request_cb (GtkWindow *window,
                     gpointer   user_data)
{
  ond_auto_save_flush (user_data);
  return FALSE;
}

static void
on_typed_cb (gpointer user_data)
{
  ond_auto_save_changed (user_data, OND_AUTO_SAVE_TYPING_DELAY);
}

static void
on_chosen_cb (gpointer user_data)
{
  ond_auto_save_changed (user_data, 0);
}

static void
on_entry_activated_cb (gpointer user_data)
{
  ond_auto_save_flush (user_data);
}

/**
 * ond_auto_save_new:
 * @form: the form of a record that exists, with a signal "saved" (one gint64)
 * @write: writes every field of @form in one store call
 * @first_field: (nullable): the first field to watch (see ond_auto_save_watch ())
 * @...: more fields, then %NULL
 *
 * Returns: (transfer full): the saving of @form
 */
OndAutoSave *
ond_auto_save_new (GtkWindow        *form,
                   OndFormWriteFunc  write,
                   gpointer          first_field,
                   ...)
{
  OndAutoSave *self;
  va_list fields;

  g_return_val_if_fail (GTK_IS_WINDOW (form), NULL);
  g_return_val_if_fail (write != NULL, NULL);
  g_return_val_if_fail (g_signal_lookup ("saved", G_OBJECT_TYPE (form)) != 0, NULL);

  self = g_new0 (OndAutoSave, 1);
  self->write = write;
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  g_set_weak_pointer (&self->form, form);
  self->close_handler = g_signal_connect (form, "close-request",
                                          G_CALLBACK (on_close_request_cb), self);
  va_start (fields, first_field);
  for (gpointer field = first_field; field != NULL; field = va_arg (fields, gpointer))
    ond_auto_save_watch (self, field);
  va_end (fields);
  return self;
}

/**
 * ond_auto_save_watch:
 * @self: an #OndAutoSave
 * @field: (type GObject): a GtkEditable, GtkTextBuffer, AdwComboRow, GtkSwitch or
 *   GtkCheckButton of the form
 *
 * Saves the form after each change of @field: typed text after the pause (Enter in an
 * AdwEntryRow at once), a choice at once.
 */
void
ond_auto_save_watch (OndAutoSave *self,
                     gpointer     field)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_OBJECT (field));

  if (GTK_IS_EDITABLE (field) || GTK_IS_TEXT_BUFFER (field))
    g_signal_connect_swapped (field, "changed", G_CALLBACK (on_typed_cb), self);
  else if (ADW_IS_COMBO_ROW (field))
    g_signal_connect_swapped (field, "notify::selected", G_CALLBACK (on_chosen_cb), self);
  else if (GTK_IS_SWITCH (field))
    g_signal_connect_swapped (field, "notify::active", G_CALLBACK (on_chosen_cb), self);
  else if (GTK_IS_CHECK_BUTTON (field))
    g_signal_connect_swapped (field, "toggled", G_CALLBACK (on_chosen_cb), self);
  else
    g_return_if_reached ();

  if (ADW_IS_ENTRY_ROW (field))
    g_signal_connect_swapped (field, "entry-activated", G_CALLBACK (on_entry_activated_cb),
                              self);
  g_ptr_array_add (self->watched, g_object_ref (field));
}

void
ond_auto_save_changed (OndAutoSave *self,
                       guint        delay_ms)
{
  g_return_if_fail (self != NULL);

  if (self->saving)
    return;
  self->pending = TRUE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (delay_ms == 0)
    run_save (self);
  else
    self->timeout_id = g_timeout_add (delay_ms, on_timeout_cb, self);
}

gboolean
ond_auto_save_flush (OndAutoSave *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return run_save (self);
}

void
ond_auto_save_free (OndAutoSave *self)
{
  if (self == NULL)
    return;

  run_save (self);
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_unref (self->watched);
  if (self->form != NULL)
    g_clear_signal_handler (&self->close_handler, self->form);
  g_clear_weak_pointer (&self->form);
  g_free (self);
}
