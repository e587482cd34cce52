/* ond-auto-save.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* When a form without a Save button saves: see ond-auto-save.h. One timeout at most waits;
 * the window's ::close-request saves it first (and lets the window close either way: a
 * refused change has been shown, and the record keeps its last saved state). */

#define G_LOG_DOMAIN "ond-auto-save"

#include "config.h"

#include "ond-auto-save.h"

struct _OndAutoSave
{
  GtkWindow       *window;      /* weak */
  gulong           close_handler;
  OndAutoSaveFunc  save;
  gpointer         user_data;
  guint            timeout_id;
  gboolean         pending;
  gboolean         suspended;
  gboolean         saving;
};

static gboolean
run_save (OndAutoSave *self)
{
  gboolean saved;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (!self->pending || self->saving)
    return TRUE;
  self->pending = FALSE;
  /* The save may change fields of the form (a message shown); those are no new change. */
  self->saving = TRUE;
  saved = self->save (self->user_data);
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

OndAutoSave *
ond_auto_save_new (GtkWindow       *window,
                   OndAutoSaveFunc  save,
                   gpointer         user_data)
{
  OndAutoSave *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (save != NULL, NULL);

  self = g_new0 (OndAutoSave, 1);
  self->save = save;
  self->user_data = user_data;
  g_set_weak_pointer (&self->window, window);
  self->close_handler = g_signal_connect (window, "close-request",
                                          G_CALLBACK (on_close_request_cb), self);
  return self;
}

void
ond_auto_save_changed (OndAutoSave *self,
                       guint        delay_ms)
{
  g_return_if_fail (self != NULL);

  if (self->suspended || self->saving)
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

gboolean
ond_auto_save_is_pending (OndAutoSave *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->pending;
}

void
ond_auto_save_set_suspended (OndAutoSave *self,
                             gboolean     suspended)
{
  g_return_if_fail (self != NULL);

  self->suspended = suspended;
}

void
ond_auto_save_free (OndAutoSave *self)
{
  if (self == NULL)
    return;

  run_save (self);
  if (self->window != NULL)
    g_clear_signal_handler (&self->close_handler, self->window);
  g_clear_weak_pointer (&self->window);
  g_free (self);
}
