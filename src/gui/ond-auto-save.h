/* ond-auto-save.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Saving a form at once. A form that changes a record that exists has no Save button: each
 * change goes to the store by itself, a choice at once and typed text after a short pause
 * (OND_AUTO_SAVE_TYPING_DELAY), and whatever is still waiting is saved when the form's
 * window closes or is destroyed (the main window closed with the form open). A refused
 * change writes nothing; the form shows why under its field and the record keeps its last
 * saved state.
 *
 * The form gives a function that saves every field in one store call and says whether the
 * store took it; OndAutoSave only decides when to call it. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The pause after the last key press before typed text is saved, in milliseconds. */
#define OND_AUTO_SAVE_TYPING_DELAY 400

typedef struct _OndAutoSave OndAutoSave;

/* Saves the whole form; returns TRUE if the store took it, FALSE if it refused (the form
 * has shown why). */
typedef gboolean (*OndAutoSaveFunc) (gpointer user_data);

/* Calls @save for the form of @window (not referenced: free the OndAutoSave in the form's
 * dispose, which saves what is waiting first). Saves what is waiting when @window is about
 * to close. */
OndAutoSave *ond_auto_save_new         (GtkWindow       *window,
                                        OndAutoSaveFunc  save,
                                        gpointer         user_data);
/* A field changed: saves after @delay_ms (0: at once, from this call). A change while
 * another waits replaces it: the form is saved once, whole. */
void         ond_auto_save_changed     (OndAutoSave     *self,
                                        guint            delay_ms);
/* Saves now if a change waits. Returns FALSE if that save was refused, TRUE otherwise. */
gboolean     ond_auto_save_flush       (OndAutoSave     *self);
/* Whether a change waits to be saved. */
gboolean     ond_auto_save_is_pending  (OndAutoSave     *self);
/* While suspended (the form filling its fields), changes are ignored. */
void         ond_auto_save_set_suspended (OndAutoSave   *self,
                                          gboolean       suspended);
/* Saves what waits, then frees @self. */
void         ond_auto_save_free        (OndAutoSave     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndAutoSave, ond_auto_save_free)

G_END_DECLS
