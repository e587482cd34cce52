/* ond-auto-save.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Saving a form at once. A form that changes a record that exists has no Save button: each
 * change goes to the store by itself, a choice at once and typed text after a short pause
 * (OND_AUTO_SAVE_TYPING_DELAY), Enter in a text field at once, and whatever is still
 * waiting is saved when the form's window closes or is destroyed (the main window closed
 * with the form open). A refused change writes nothing; the form shows why under its field
 * and the record keeps its last saved state.
 *
 * The form gives a function that writes every field in one store call (OndFormWriteFunc,
 * the same that its Add uses for a new record) and has a signal "saved" (one gint64: the
 * record's id), emitted after each save the store took. The form fills its fields first,
 * then makes its OndAutoSave with the fields to watch; OndAutoSave decides when to write.
 * The header bar of such a form is set up by ond_form_set_up_header () (ond-form-field.h). */

#pragma once

#include <gtk/gtk.h>

#include "ond-form-field.h"

G_BEGIN_DECLS

/* The pause after the last key press before typed text is saved, in milliseconds. */
#define OND_AUTO_SAVE_TYPING_DELAY 400

typedef struct _OndAutoSave OndAutoSave;

/* Saves @form with @write (ond_form_save ()) after each change of a field it watches: the
 * fields given, NULL-terminated (see ond_auto_save_watch ()), and any watched later. @form
 * is not referenced: free the OndAutoSave in the form's dispose, which saves what is waiting
 * first. Saves what is waiting when @form is about to close. */
OndAutoSave *ond_auto_save_new       (GtkWindow        *form,
                                      OndFormWriteFunc  write,
                                      gpointer          first_field,
                                      ...) G_GNUC_NULL_TERMINATED;
/* Watches a field of the form: typed text (a GtkEditable such as an AdwEntryRow, or a
 * GtkTextBuffer) is saved after the pause, and Enter in an AdwEntryRow saves at once; a
 * choice (an AdwComboRow, a GtkSwitch, a GtkCheckButton) is saved at once. */
void         ond_auto_save_watch     (OndAutoSave      *self,
                                      gpointer          field);
/* A field changed: saves after @delay_ms (0: at once, from this call). A change while
 * another waits replaces it: the form is saved once, whole. */
void         ond_auto_save_changed   (OndAutoSave      *self,
                                      guint             delay_ms);
/* Saves now if a change waits. Returns FALSE if that save was refused, TRUE otherwise. */
gboolean     ond_auto_save_flush     (OndAutoSave      *self);
/* Saves what waits, stops watching the fields, then frees @self. */
void         ond_auto_save_free      (OndAutoSave      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndAutoSave, ond_auto_save_free)

G_END_DECLS
